"""Backups: create, verify, restore, rotate and the automatic backups (``archive``); the
checks a backup must pass (``check``); optional encryption (``crypto``); which copies to keep
(``rotation``); the removable drives a backup can go to (``drives``)."""

from desktop_app.core.backup.archive import (
    BackupInfo,
    BackupResult,
    RestoreResult,
    auto_backup,
    backups_dir,
    create_backup,
    list_backups,
    restore_backup,
    rotate,
    verify_backup,
)

__all__ = ["BackupInfo", "BackupResult", "RestoreResult", "auto_backup", "backups_dir", "create_backup",
           "list_backups", "restore_backup", "rotate", "verify_backup"]
