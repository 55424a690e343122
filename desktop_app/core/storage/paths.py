"""Where things live: the user's data folder and the bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from desktop_app import APP_NAME


def data_dir() -> Path:
    """The per-user data folder (overridable with SOCONGDOAN_DATA_DIR for tests)."""
    override = os.environ.get("SOCONGDOAN_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir() -> Path:
    """The automatic backups (and the safety copies before upgrades and restores)."""
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def staging_dir() -> Path:
    """Where a backup to another drive or an encrypted one is first written: on this
    computer, never on the stick; emptied when the operation ends and at every start."""
    path = backups_dir() / ".staging"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    """The database the user chose (first-run wizard, settings), else the data folder's."""
    from desktop_app.core.storage.config import load

    chosen = load().db_path
    return Path(chosen) if chosen else data_dir() / "socongdoan.sqlite3"


def resources_dir() -> Path:
    """``resources/`` beside the package, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[3] / "resources"
