"""Backups: create, verify, restore, rotate and the automatic backups (``archive``); the
checks a backup must pass (``check``); optional encryption (``crypto``); which copies to keep
(``rotation``); the removable drives a backup can go to (``drives``)."""

from desktop_app.core import lazy

__all__ = ["BackupInfo", "BackupResult", "RestoreResult", "auto_backup", "backups_dir", "create_backup",
           "list_backups", "restore_backup", "rotate", "verify_backup"]

__getattr__ = lazy.attributes(__name__, dict.fromkeys(__all__, "archive"))
