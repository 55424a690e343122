"""Backups of the database file.

``auto_backup`` is what every risky operation (import, merge, restore, migration)
calls first: a consistent snapshot through ``VACUUM INTO`` in the data folder's
backups/ directory, named by time and reason.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import sqlite_utils

from .paths import data_dir


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def auto_backup(db: sqlite_utils.Database, reason: str) -> Path:
    """Snapshot the open database before a risky change; returns the file written."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    slug = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-") or "auto"
    target = backups_dir() / f"auto-{stamp}-{slug}.sqlite3"
    tmp = target.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    db.execute("VACUUM INTO ?", [str(tmp)])
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, target)
    return target
