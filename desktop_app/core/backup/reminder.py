"""When the last backup went to a USB drive, and the reminder after a week without one.

Kept apart from ``archive`` so that the window's status bar can say it at start-up
without importing the backup machinery (cryptography, the checks)."""

from __future__ import annotations

import datetime as dt
import json

import sqlite_utils

from desktop_app.core.storage import sqlite_driver as sqlite3  # SQLCipher: one library for every file
from desktop_app.core.storage.db import get_setting

REMOVABLE_WARN_DAYS = 7
LAST_REMOVABLE_KEY = "backup.last_removable"


def last_removable_backup(db: sqlite_utils.Database) -> dict | None:
    """{"at": datetime, "path": str} of the last backup to a removable drive, or None."""
    try:
        raw = get_setting(db, LAST_REMOVABLE_KEY)
    except sqlite3.OperationalError:
        return None
    if not raw:
        return None
    try:
        data = json.loads(raw)
        return {"at": dt.datetime.fromisoformat(data["at"]), "path": data.get("path", "")}
    except (ValueError, KeyError, TypeError):
        return None


def removable_backup_warning(db: sqlite_utils.Database, now: dt.datetime | None = None,
                             days: int = REMOVABLE_WARN_DAYS) -> str | None:
    """A reminder when no backup went to a USB drive in the last ``days`` days."""
    now = now or dt.datetime.now(dt.UTC)
    last = last_removable_backup(db)
    if last is None:
        return "No backup has been made to a USB drive yet."
    age = now - last["at"]
    if age > dt.timedelta(days=days):
        return f"The last backup to a USB drive was made {age.days} days ago."
    return None
