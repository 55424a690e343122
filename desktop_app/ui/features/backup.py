"""The Backup menu, the USB-backup status line, automatic backups on a timer and on
close, and the warning about a database kept on a USB or network drive.

``install(window)`` is called once by the main window (see the UI contract). Everything
slow runs off the UI thread: manual operations through ``window.run_in_background``
(modal, cancellable), the timer's backup in a plain worker thread.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox

from desktop_app.core.backup import archive as core
from desktop_app.core.backup import crypto as backup_crypto
from desktop_app.core.backup import drives
from desktop_app.core.errors import UserError
from desktop_app.ui.backup_dialog import (
    BackupDialog,
    LocationWarningDialog,
    PassphraseDialog,
    VerdictDialog,
    explain,
    removable_status,
    tr,
    translated_progress,
    vn_datetime,
)

log = logging.getLogger(__name__)

AUTO_INTERVAL_MS = 10 * 60 * 1000
FILE_FILTER = "Backups (*.sqlite3 *.scdb-enc);;All files (*)"


class _Relay(QObject):
    """Carries a worker thread's result back to the UI thread (queued signal)."""
    done = Signal(object)


class BackupFeature(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.last_signature: tuple | None = None
        self.started_with: tuple | None = None
        self.auto_running = False
        self.relay = _Relay(self)
        self.relay.done.connect(self._auto_finished)
        self.status_label = QLabel()
        self.status_label.setObjectName("backup_status")

        self.backup_action = QAction(tr("Back up to USB…"), window)
        self.backup_action.setShortcut("Ctrl+Shift+B")
        self.backup_action.setStatusTip(tr("Save a checked copy of the database on a USB drive or in a folder"))
        self.restore_action = QAction(tr("Restore from a backup…"), window)
        self.verify_action = QAction(tr("Verify a backup file…"), window)
        self.folder_action = QAction(tr("Automatic backups on this computer…"), window)
        self.backup_action.triggered.connect(lambda: self.back_up())
        self.restore_action.triggered.connect(lambda: self.restore())
        self.verify_action.triggered.connect(lambda: self.verify())
        self.folder_action.triggered.connect(lambda: self.show_automatic())
        window.add_feature_actions("backup", self.backup_action, toolbar=True)
        window.add_feature_actions("backup", self.restore_action, self.verify_action, self.folder_action)

        bar = window.statusBar() if hasattr(window, "statusBar") else None
        if bar is not None:
            bar.addPermanentWidget(self.status_label)
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
        path = getattr(self.window, "db_path", None)
        return Path(path) if path else None

    def signature(self) -> tuple | None:
        """Changes made by the window's connection and commits by any other connection."""
        db = getattr(self.window, "db", None)
        if db is None:
            return None
        try:
            return (db.conn.total_changes, db.execute("PRAGMA data_version").fetchone()[0], str(self.db_path()))
        except sqlite3.Error:
            return None

    def refresh_status(self) -> None:
        db = getattr(self.window, "db", None)
        if db is None:
            self.status_label.setText("")
            return
        text, warning = removable_status(core.last_removable_backup(db))
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color: #b00020; font-weight: bold" if warning else "")

    # ------------------------------------------------------------ manual backup
    def back_up(self) -> None:
        path = self.db_path()
        if path is None:
            return
        db = getattr(self.window, "db", None)
        status = removable_status(core.last_removable_backup(db)) if db is not None else None
        dialog = BackupDialog(self.window, status=status)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        folder, passphrase = dialog.folder(), dialog.chosen_passphrase()

        def work(progress):
            return core.create_backup(path, folder, passphrase=passphrase, progress=translated_progress(progress))

        self.window.run_in_background(tr("Backing up"), work, self._backup_done)

    def _backup_done(self, made: core.BackupResult) -> None:
        self.refresh_status()
        self.last_signature = self.signature()
        summary = tr("The backup was written and checked:\n%1\n%2 MB, %3 members%4.") \
            .replace("%1", str(made.path)).replace("%2", f"{made.size / 1e6:.1f}") \
            .replace("%3", f"{made.members:,}".replace(",", ".")) \
            .replace("%4", tr(", encrypted") if made.encrypted else "")
        if made.destination_kind == drives.REMOVABLE:
            summary += "\n" + tr("You can now remove the USB drive safely (eject it first).")
        if made.warnings:
            summary += "\n\n" + tr("The backup is complete, but it could not be noted in the database's log "
                                    "(the database is read-only or in use by another program).")
        VerdictDialog(self.window, ok=True, title=tr("Backup made"), summary=summary,
                      detail="SHA-256: " + made.sha256).exec()

    # ------------------------------------------------------------ verify
    def _ask_file(self, title: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.window, title, str(core.backups_dir()), tr(FILE_FILTER))
        return Path(name) if name else None

    def _ask_passphrase(self, path: Path) -> tuple[bool, str | None]:
        if not backup_crypto.is_encrypted(path):
            return True, None
        dialog = PassphraseDialog(self.window, path.name)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False, None
        return True, dialog.passphrase.text()

    def verify(self, path: Path | None = None) -> None:
        path = path or self._ask_file(tr("Verify a backup file"))
        if path is None:
            return
        go, passphrase = self._ask_passphrase(path)
        if not go:
            return
        self.window.run_in_background(
            tr("Checking the backup"),
            lambda progress: core.verify_backup(path, passphrase=passphrase, progress=translated_progress(progress)),
            lambda verdict: self._show_verdict(path, verdict))

    def _show_verdict(self, path: Path, verdict) -> None:
        if verdict.ok:
            made = (verdict.manifest or {}).get("created_at")
            when = vn_datetime(dt.datetime.fromisoformat(made)) if made else "?"
            members = (verdict.manifest or {}).get("counts", {}).get("members", 0)
            summary = tr("%1 is complete and intact. Made %2, %3 members.") \
                .replace("%1", path.name).replace("%2", when).replace("%3", f"{members:,}".replace(",", "."))
            dialog = VerdictDialog(self.window, ok=True, title=tr("Backup check"), summary=summary,
                                   checks=verdict.checks)
        else:
            dialog = VerdictDialog(self.window, ok=False, title=tr("Backup check"),
                                   summary=explain(verdict.reason), detail=verdict.reason)
        dialog.exec()

    # ------------------------------------------------------------ restore
    def restore(self, path: Path | None = None) -> None:
        live = self.db_path()
        path = path or self._ask_file(tr("Restore from a backup"))
        if path is None or live is None:
            return
        go, passphrase = self._ask_passphrase(path)
        if not go:
            return
        answer = QMessageBox.question(
            self.window, tr("Restore from a backup"),
            tr("Replace the current database with the backup %1?\n\nThe backup is checked first; the "
               "current database is saved in the backups folder before it is replaced.").replace("%1", path.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.window.close_database()

        def work(progress):
            try:
                return core.restore_backup(path, live, passphrase=passphrase,
                                           progress=translated_progress(progress))
            except Exception as e:  # noqa: BLE001 - the database must be reopened whatever happened
                if not isinstance(e, UserError):
                    log.exception("restore failed")
                return e

        self.window.run_in_background(tr("Restoring"), work, lambda result: self._restore_done(live, result))

    def _restore_done(self, live: Path, result) -> None:
        self.window.open_database(live)
        self.last_signature = self.signature()
        self.refresh_status()
        if isinstance(result, Exception):
            VerdictDialog(self.window, ok=False, title=tr("Restore"),
                          summary=explain(str(result)) + "\n" + tr("The database was not changed."),
                          detail=str(result)).exec()
            return
        self.window.refresh_all()
        summary = tr("The backup was restored (%1 members).").replace(
            "%1", f"{result.counts.get('members', 0):,}".replace(",", "."))
        if result.safety_backup:
            summary += "\n" + tr("The database as it was before is saved as %1.").replace(
                "%1", str(result.safety_backup))
        if result.warnings:
            summary += "\n\n" + tr("The restore is complete, but it could not be noted in the database's log.")
        VerdictDialog(self.window, ok=True, title=tr("Restore"), summary=summary).exec()

    # ------------------------------------------------------------ automatic backups list
    def show_automatic(self) -> None:
        found = core.list_backups()
        lines = [f"{vn_datetime(i.created)}  {i.size / 1e6:.1f} MB  "
                 f"{(i.reason or i.kind)}{'' if i.intact else '  ✖'}" for i in found[:30]]
        text = tr("Automatic backups are kept in %1: the last few, one a day for a week, one a week for two "
                  "months and one a month for a year.").replace("%1", str(core.backups_dir()))
        VerdictDialog(self.window, ok=bool(found), title=tr("Automatic backups"), summary=text,
                      checks=lines or [tr("No automatic backup yet.")]).exec()

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

        def run():
            try:
                result = core.auto_backup(path, "timer")
            except Exception as e:  # noqa: BLE001 - reported on the status bar, never fatal
                result = e
            self.relay.done.emit(result)

        threading.Thread(target=run, name="auto-backup", daemon=True).start()

    def _auto_finished(self, result) -> None:
        self.auto_running = False
        after = self.signature()
        if after is not None and not isinstance(result, Exception):
            # The backup's own audit row is a commit by another connection: take the
            # new data_version, but keep this window's change count from the start so
            # an edit made during the backup is saved by the next tick.
            self.last_signature = (self.started_with[0], after[1], after[2])
        bar = self.window.statusBar() if hasattr(self.window, "statusBar") else None
        if isinstance(result, Exception):
            log.warning("automatic backup failed: %s", result)
            if bar is not None:
                bar.showMessage(tr("Automatic backup failed: %1").replace("%1", str(result)), 15000)
        elif bar is not None:
            bar.showMessage(tr("Automatic backup saved."), 5000)

    def backup_on_close(self) -> Path | None:
        """On close: if anything changed, and only if the live file passes quick_check."""
        path = self.db_path()
        now = self.signature()
        if path is None or not path.exists() or now is None or now == self.last_signature:
            return None
        QGuiApplication.setOverrideCursor(_wait_cursor())
        try:
            conn = sqlite3.connect(str(path), timeout=10)
            try:
                ok = conn.execute("PRAGMA quick_check(1)").fetchone()[0] == "ok"
            finally:
                conn.close()
            if not ok:
                log.error("quick_check failed on close: no automatic backup of a damaged file")
                return None
            made = core.auto_backup(path, "on close", check="none")
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

        def work(progress):
            try:
                return core.copy_database_to(path, target)
            except Exception as e:  # noqa: BLE001 - the old database is reopened whatever happened
                return e

        self.window.run_in_background(tr("Copying the database to this computer"), work,
                                      lambda result: self._copied(path, result))

    def _copied(self, old: Path, result) -> None:
        if isinstance(result, Exception):
            self.window.open_database(old)
            VerdictDialog(self.window, ok=False, title=tr("Copy"), summary=explain(str(result)),
                          detail=str(result)).exec()
            return
        from desktop_app.core.storage import config
        cfg = config.load()
        cfg.db_path = str(result)
        config.save(config.remember_file(cfg, result))
        self.window.open_database(result)
        self.last_signature = self.signature()
        self.refresh_status()
        VerdictDialog(self.window, ok=True, title=tr("Copy"), summary=tr(
            "The database now lives at %1 and opens from there from now on. The copy on the drive was left "
            "as it was; use the drive for backups.").replace("%1", str(result))).exec()


def _wait_cursor():
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QCursor
    return QCursor(Qt.CursorShape.WaitCursor)


def install(window) -> None:
    """Add the Backup menu and start automatic backups for ``window``."""
    window._backup_feature = BackupFeature(window)

