"""The Backup menu, the USB-backup status line, automatic backups on a timer and on
close, and the warning about a database kept on a USB or network drive.

``install(window)`` is called once by the main window (see the UI contract). Everything
slow runs off the UI thread through ``ui/operations``: manual operations with the
window's ``run_read``/``run_write`` (modal, cancellable), the timer's backup silently.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox

from desktop_app.core.backup import drives, reminder
from desktop_app.core.errors import UserError
from desktop_app.core.storage import sqlite_driver as sqlite3  # SQLCipher: one library for every file
from desktop_app.core.storage.db import connect
from desktop_app.core.work import NOTHING
from desktop_app.ui import i18n, operations
from desktop_app.ui.backup_dialog import (
    BackupDialog,
    LocationWarningDialog,
    PassphraseDialog,
    VerdictDialog,
    removable_status,
    vn_datetime,
)
from desktop_app.ui.features.host import FeatureHost
from desktop_app.ui.i18n import tr

if TYPE_CHECKING:
    from desktop_app.core.backup.archive import BackupResult


# Imported on first use: cryptography and the checks cost start-up time the window
# should not pay before the user asks for a backup.
def _archive():
    from desktop_app.core.backup import archive
    return archive


def _crypto():
    from desktop_app.core.backup import crypto
    return crypto

log = logging.getLogger(__name__)

AUTO_INTERVAL_MS = 10 * 60 * 1000
FILE_FILTER = QT_TRANSLATE_NOOP("Backup", "Backups (*.sqlite3 *.scdb-enc);;All files (*)")


class BackupFeature(QObject):
    def __init__(self, window: FeatureHost):
        super().__init__(window)
        self.window = window
        self.last_signature: tuple | None = None
        self.started_with: tuple | None = None
        self.auto_running = False
        self.status_label = QLabel()
        self.status_label.setObjectName("backup_status")

        self.backup_action = QAction(tr("Backup", "Back up to USB…"), window)
        self.backup_action.setShortcut("Ctrl+Shift+B")
        self.backup_action.setStatusTip(
            tr("Backup", "Save a checked copy of the database on a USB drive or in a folder"))
        self.restore_action = QAction(tr("Backup", "Restore from a backup…"), window)
        self.verify_action = QAction(tr("Backup", "Verify a backup file…"), window)
        self.folder_action = QAction(tr("Backup", "Automatic backups on this computer…"), window)
        self.backup_action.triggered.connect(lambda: self.back_up())
        self.restore_action.triggered.connect(lambda: self.restore())
        self.verify_action.triggered.connect(lambda: self.verify())
        self.folder_action.triggered.connect(lambda: self.show_automatic())
        window.add_feature_actions("backup", self.backup_action, toolbar=True)
        window.add_feature_actions("backup", self.restore_action, self.verify_action, self.folder_action)

        window.statusBar().addPermanentWidget(self.status_label)
        self.refresh_status()

        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_INTERVAL_MS)
        self.timer.timeout.connect(self.auto_tick)
        self.timer.start()
        self.last_signature = self.signature()
        window.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:   # a quit that does not go through closing the window
            app.aboutToQuit.connect(self.backup_on_close)
        QTimer.singleShot(0, self.check_location)

    # ------------------------------------------------------------ state
    def db_path(self) -> Path | None:
        path = self.window.db_path
        return Path(path) if path else None

    def signature(self) -> tuple | None:
        """Changes made by the window's connection and commits by any other connection."""
        db = self.window.db
        if db is None:
            return None
        try:
            return (db.conn.total_changes, db.execute("PRAGMA data_version").fetchone()[0], str(self.db_path()))
        except sqlite3.Error:
            return None

    def refresh_status(self) -> None:
        db = self.window.db
        if db is None:
            self.status_label.setText("")
            return
        text, warning = removable_status(reminder.last_removable_backup(db))
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color: #b00020; font-weight: bold" if warning else "")

    # ------------------------------------------------------------ manual backup
    def back_up(self) -> None:
        path = self.db_path()
        if path is None:
            return
        db = self.window.db
        status = removable_status(reminder.last_removable_backup(db)) if db is not None else None
        dialog = BackupDialog(self.window, status=status)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        folder, passphrase = dialog.folder(), dialog.chosen_passphrase()

        def work(_db, progress):
            return _archive().create_backup(path, folder, passphrase=passphrase, progress=progress)

        # The backup records itself in the audit log and settings: the status line shows that.
        self.window.run_write(tr("Backup", "Backing up"), work, self._backup_done, changes=NOTHING, use_db=False)

    def _backup_done(self, made: BackupResult) -> None:
        self.refresh_status()
        self.last_signature = self.signature()
        summary = tr("Backup", "The backup was written and checked:\n%1\n%2 MB, %3 members%4.") \
            .replace("%1", str(made.path)).replace("%2", f"{made.size / 1e6:.1f}") \
            .replace("%3", f"{made.members:,}".replace(",", ".")) \
            .replace("%4", tr("Backup", ", encrypted") if made.encrypted else "")
        if made.destination_kind == drives.REMOVABLE:
            summary += "\n" + tr("Backup", "You can now remove the USB drive safely (eject it first).")
        for warning in made.warnings:
            summary += "\n\n" + i18n.message(warning)
        VerdictDialog(self.window, ok=True, title=tr("Backup", "Backup made"), summary=summary,
                      detail="SHA-256: " + made.sha256).exec()

    # ------------------------------------------------------------ verify
    def _ask_file(self, title: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.window, title, str(_archive().backups_dir()),
                                              tr("Backup", FILE_FILTER))
        return Path(name) if name else None

    def _ask_passphrase(self, path: Path) -> tuple[bool, str | None]:
        if not _crypto().is_encrypted(path):
            return True, None
        dialog = PassphraseDialog(self.window, path.name)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False, None
        return True, dialog.passphrase.text()

    def verify(self, path: Path | None = None) -> None:
        path = path or self._ask_file(tr("Backup", "Verify a backup file"))
        if path is None:
            return
        go, passphrase = self._ask_passphrase(path)
        if not go:
            return
        self.window.run_read(
            tr("Backup", "Checking the backup"),
            lambda _db, progress: _archive().verify_backup(path, passphrase=passphrase, progress=progress),
            lambda verdict: self._show_verdict(path, verdict), use_db=False)

    def _show_verdict(self, path: Path, verdict) -> None:
        if verdict.ok:
            made = (verdict.manifest or {}).get("created_at")
            when = vn_datetime(dt.datetime.fromisoformat(made)) if made else "?"
            members = (verdict.manifest or {}).get("counts", {}).get("members", 0)
            summary = tr("Backup", "%1 is complete and intact. Made %2, %3 members.") \
                .replace("%1", path.name).replace("%2", when).replace("%3", f"{members:,}".replace(",", "."))
            dialog = VerdictDialog(self.window, ok=True, title=tr("Backup", "Backup check"), summary=summary,
                                   checks=verdict.checks)
        else:
            dialog = VerdictDialog(self.window, ok=False, title=tr("Backup", "Backup check"),
                                   summary=i18n.message(verdict.reason))
        dialog.exec()

    # ------------------------------------------------------------ restore
    def restore(self, path: Path | None = None) -> None:
        live = self.db_path()
        path = path or self._ask_file(tr("Backup", "Restore from a backup"))
        if path is None or live is None:
            return
        go, passphrase = self._ask_passphrase(path)
        if not go:
            return
        answer = QMessageBox.question(
            self.window, tr("Backup", "Restore from a backup"),
            tr("Backup", "Replace the current database with the backup %1?\n\nThe backup is checked first; the "
               "current database is saved in the backups folder before it is replaced.").replace("%1", path.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.window.close_database()

        def work(_db, progress):
            try:
                return _archive().restore_backup(path, live, passphrase=passphrase,
                                           progress=progress)
            except Exception as e:  # noqa: BLE001 - the database must be reopened whatever happened
                if not isinstance(e, UserError):
                    log.exception("restore failed")
                return e

        # Changes are shown by _restore_done, which reopens the file first.
        self.window.run_write(tr("Backup", "Restoring"), work, lambda result: self._restore_done(live, result),
                              changes=NOTHING, use_db=False)

    def _restore_done(self, live: Path, result) -> None:
        self.window.open_database(live)
        self.last_signature = self.signature()
        self.refresh_status()
        if isinstance(result, Exception):
            VerdictDialog(self.window, ok=False, title=tr("Backup", "Restore"),
                          summary=i18n.message(result) + "\n" + tr("Backup", "The database was not changed.")).exec()
            return
        self.window.refresh_all()
        summary = tr("Backup", "The backup was restored (%1 members).").replace(
            "%1", f"{result.counts.get('members', 0):,}".replace(",", "."))
        if result.safety_backup:
            summary += "\n" + tr("Backup", "The database as it was before is saved as %1.").replace(
                "%1", str(result.safety_backup))
        for warning in result.warnings:
            summary += "\n\n" + i18n.message(warning)
        VerdictDialog(self.window, ok=True, title=tr("Backup", "Restore"), summary=summary).exec()

    # ------------------------------------------------------------ automatic backups list
    def show_automatic(self) -> None:
        found = _archive().list_backups()
        lines = [f"{vn_datetime(i.created)}  {i.size / 1e6:.1f} MB  "
                 f"{(i.reason or i.kind)}{'' if i.intact else '  ✖'}" for i in found[:30]]
        text = tr("Backup", "Automatic backups are kept in %1: the last few, one a day for a week, one a week for two "
                  "months and one a month for a year.").replace("%1", str(_archive().backups_dir()))
        VerdictDialog(self.window, ok=bool(found), title=tr("Backup", "Automatic backups"), summary=text,
                      checks=lines or [tr("Backup", "No automatic backup yet.")]).exec()

    # ------------------------------------------------------------ timer and close
    def auto_tick(self) -> None:
        """Back up in the background when something changed since the last backup."""
        self.refresh_status()
        path = self.db_path()
        now = self.signature()
        if path is None or self.auto_running or now is None or now == self.last_signature:
            return
        self.auto_running = True
        self.last_signature = now
        self.started_with = now

        operations.run(None, lambda _db, _progress: _archive().auto_backup(path, "timer"),
                       done=self._auto_finished, failed=self._auto_finished, owner=self, name="auto-backup")

    def _auto_finished(self, result) -> None:
        self.auto_running = False
        after = self.signature()
        if after is not None and not isinstance(result, Exception):
            # The backup's own audit row is a commit by another connection: take the
            # new data_version, but keep this window's change count from the start so
            # an edit made during the backup is saved by the next tick.
            self.last_signature = (self.started_with[0], after[1], after[2])
        bar = self.window.statusBar()
        if isinstance(result, Exception):
            log.warning("automatic backup failed: %s", result)
            bar.showMessage(tr("Backup", "Automatic backup failed: %1").replace("%1", i18n.message(result)), 15000)
        else:
            bar.showMessage(tr("Backup", "Automatic backup saved."), 5000)

    def backup_on_close(self) -> Path | None:
        """On close: if anything changed, and only if the live file passes quick_check."""
        path = self.db_path()
        now = self.signature()
        if path is None or not path.exists() or now is None or now == self.last_signature:
            return None
        QGuiApplication.setOverrideCursor(_wait_cursor())
        try:
            conn = connect(path).conn   # keyed when the file is encrypted
            try:
                ok = conn.execute("PRAGMA quick_check(1)").fetchone()[0] == "ok"
            finally:
                conn.close()
            if not ok:
                log.error("quick_check failed on close: no automatic backup of a damaged file")
                return None
            made = _archive().auto_backup(path, "on close", check="none")
            self.last_signature = self.signature()   # a close that is cancelled and repeated: no second copy
            return made
        except (UserError, sqlite3.Error, OSError) as e:
            log.warning("backup on close failed: %s", e)
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.backup_on_close()
        return False

    # ------------------------------------------------------------ location of the live file
    def check_location(self) -> None:
        path = self.db_path()
        if path is None:
            return
        kind = drives.drive_kind(path)
        if kind not in (drives.REMOVABLE, drives.NETWORK):
            return
        from desktop_app.core.storage.paths import data_dir
        target = data_dir() / path.name
        n = 1
        while target.exists():
            target = data_dir() / f"{path.stem}-{n}{path.suffix}"
            n += 1
        dialog = LocationWarningDialog(self.window, path, kind, target)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.window.close_database()

        def work(_db, _progress):
            try:
                return _archive().copy_database_to(path, target)
            except Exception as e:  # noqa: BLE001 - the old database is reopened whatever happened
                return e

        self.window.run_write(tr("Backup", "Copying the database to this computer"), work,
                              lambda result: self._copied(path, result), changes=NOTHING, use_db=False)

    def _copied(self, old: Path, result) -> None:
        if isinstance(result, Exception):
            self.window.open_database(old)
            VerdictDialog(self.window, ok=False, title=tr("Backup", "Copy"), summary=i18n.message(result)).exec()
            return
        from desktop_app.core.storage import config
        cfg = config.load()
        cfg.db_path = str(result)
        config.save(config.remember_file(cfg, result))
        self.window.open_database(result)
        self.last_signature = self.signature()
        self.refresh_status()
        VerdictDialog(self.window, ok=True, title=tr("Backup", "Copy"), summary=tr(
            "Backup", "The database now lives at %1 and opens from there from now on. The copy on the drive was left "
            "as it was; use the drive for backups.").replace("%1", str(result))).exec()


def _wait_cursor():
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QCursor
    return QCursor(Qt.CursorShape.WaitCursor)


def install(window: FeatureHost) -> BackupFeature:
    """Add the Backup menu and start automatic backups for ``window`` (the feature is a
    child of the window: it lives as long as the window)."""
    return BackupFeature(window)

