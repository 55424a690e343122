"""The Backup menu against a small fake main window (the real one implements the same
contract), and the dialogs on their own; offscreen."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QEvent  # noqa: E402
from PySide6.QtGui import QCloseEvent  # noqa: E402
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox  # noqa: E402

from desktop_app.core.backup import archive as core  # noqa: E402
from desktop_app.core.backup import drives  # noqa: E402
from desktop_app.core.backup.check import CheckFailed  # noqa: E402
from desktop_app.core.backup.crypto import WrongPassphrase  # noqa: E402
from desktop_app.core.errors import UserError  # noqa: E402
from desktop_app.core.storage.db import open_db  # noqa: E402
from desktop_app.ui import backup_dialog  # noqa: E402
from desktop_app.ui.features import backup as feature  # noqa: E402


class FakeWindow(QMainWindow):
    """The main window's contract for features (``FeatureHost``), recording what happens."""

    def __init__(self, db_path: Path):
        super().__init__()
        self.db_path = db_path
        self.db = open_db(db_path)
        self.actions_by_menu: dict[str, list] = {}
        self.toolbar_actions: list = []
        self.errors: list[str] = []
        self.progress_calls: list[tuple] = []
        self.refreshed = 0
        self.events: list[str] = []

    def add_feature_actions(self, menu_key, *actions, toolbar=False):
        self.actions_by_menu.setdefault(menu_key, []).extend(actions)
        if toolbar:
            self.toolbar_actions.extend(actions)

    def refresh_all(self):
        self.refreshed += 1

    def close_database(self):
        self.events.append("close")
        if self.db is not None:
            self.db.close()
        self.db = None

    def open_database(self, path):
        self.events.append("open")
        self.db_path = Path(path)
        self.db = open_db(path)

    def keep(self, window):
        pass

    def apply_changes(self, changes):
        self.refreshed += 1

    def current_tab_key(self):
        return "overview"

    def selected_id(self, key):
        return None

    def current_query(self, key):
        return "1", []

    def run_read(self, title, fn, on_done, *, use_db=True, changes=None):
        def progress(done, total, text=""):
            self.progress_calls.append((done, total, text))
            return True
        try:
            result = fn(self.db if use_db else None, progress)
        except UserError as e:
            self.errors.append(str(e))
            return
        on_done(result)

    run_write = run_read

    def closeEvent(self, event):  # noqa: N802
        if self.db is not None:
            self.db.close()
            self.db = None
        event.accept()


@pytest.fixture
def shown(monkeypatch):
    """VerdictDialogs are recorded instead of blocking."""
    seen: list[backup_dialog.VerdictDialog] = []
    monkeypatch.setattr(backup_dialog.VerdictDialog, "exec", lambda self: seen.append(self) or 1)
    return seen


@pytest.fixture
def window(qtbot, small_db_path, monkeypatch):
    monkeypatch.setattr(drives, "drive_kind", lambda p: drives.FIXED)
    w = FakeWindow(small_db_path)
    qtbot.addWidget(w)
    w._backup_feature = feature.install(w)
    yield w
    if w.db is not None:
        w.db.close()


def test_install_adds_actions_status_and_timer(window):
    f = window._backup_feature
    assert [a.text() for a in window.actions_by_menu["backup"]] == [
        "Back up to USB…", "Restore from a backup…", "Verify a backup file…", "Automatic backups on this computer…"]
    assert window.toolbar_actions == [f.backup_action]
    assert f.timer.isActive() and f.timer.interval() == 10 * 60 * 1000
    assert "No backup has been made to a USB drive" in f.status_label.text()


def test_back_up_to_usb_shows_verdict_and_updates_status(window, tmp_path, monkeypatch, shown):
    usb = tmp_path / "KINGSTON"
    usb.mkdir()
    stick = drives.Drive(usb, "KINGSTON", drives.REMOVABLE, 8 * 10**9, 16 * 10**9)
    monkeypatch.setattr(drives, "removable_drives", lambda: [stick])
    monkeypatch.setattr(drives, "drive_kind", lambda p: drives.REMOVABLE if usb in Path(p).parents else drives.FIXED)

    def accept(dialog):
        assert dialog.places.item(0).text().startswith("USB drive: KINGSTON")
        assert dialog.folder() == usb
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(backup_dialog.BackupDialog, "exec", accept)
    window._backup_feature.back_up()
    made = [p for p in usb.iterdir() if p.suffix == ".sqlite3"]
    assert len(made) == 1 and core.verify_backup(made[0]).ok
    assert shown and shown[-1].ok and str(made[0]) in shown[-1].summary.text()
    assert window.progress_calls
    assert "Last backup to a USB drive" in window._backup_feature.status_label.text()


def test_verify_shows_ok_and_not_ok(window, tmp_path, shown):
    made = core.create_backup(window.db_path, tmp_path / "b.sqlite3")
    window._backup_feature.verify(made.path)
    assert shown[-1].ok and "intact" in shown[-1].summary.text()
    with open(made.path, "r+b") as f:
        f.seek(5000)
        f.write(b"x")
    window._backup_feature.verify(made.path)
    assert not shown[-1].ok and "damaged" in shown[-1].summary.text()


def test_restore_closes_swaps_and_reopens(window, tmp_path, monkeypatch, shown):
    made = core.create_backup(window.db_path, tmp_path / "b.sqlite3")
    window.db.execute("DELETE FROM memberships")
    window.db.execute("DELETE FROM members")
    window.db.conn.commit()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window._backup_feature.restore(made.path)
    assert window.events == ["close", "open"]
    assert window.db.execute("SELECT count(*) FROM members").fetchone()[0] == 40
    assert shown[-1].ok and window.refreshed == 1


def test_failed_restore_reopens_the_untouched_database(window, tmp_path, monkeypatch, shown):
    from tests.backup.conftest import file_hash
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    window.close_database()
    before = file_hash(window.db_path)
    window.open_database(window.db_path)
    window._backup_feature.restore(bad)
    assert window.events[-2:] == ["close", "open"] and window.db is not None
    assert not shown[-1].ok and "manifest" in shown[-1].summary.text()
    window.db.close()
    window.db = None
    assert file_hash(window.db_path) == before


def test_timer_backs_up_only_after_changes(window, qtbot):
    f = window._backup_feature
    f.auto_tick()
    assert not f.auto_running and core.list_backups() == []      # nothing changed yet
    window.db.execute("UPDATE members SET note = 'changed' WHERE id = 1")
    window.db.conn.commit()
    f.auto_tick()
    qtbot.waitUntil(lambda: not f.auto_running, timeout=10000)
    assert len(core.list_backups()) == 1 and "timer" in core.list_backups()[0].path.name
    f.auto_tick()
    assert not f.auto_running and len(core.list_backups()) == 1


def test_close_backs_up_only_when_changed_and_sound(window, monkeypatch):
    f = window._backup_feature
    window.db.execute("UPDATE members SET note = 'x' WHERE id = 2")
    window.db.conn.commit()
    f.eventFilter(window, QCloseEvent())
    assert [i.reason for i in core.list_backups()] == ["on close"]
    f.eventFilter(window, QCloseEvent())          # the close was cancelled, nothing changed since
    assert len(core.list_backups()) == 1


def test_close_refuses_to_back_up_a_damaged_file(window, monkeypatch):
    f = window._backup_feature
    window.db.execute("UPDATE members SET note = 'x' WHERE id = 2")
    window.db.conn.commit()
    real = feature.connect

    class Damaged:
        def __init__(self, conn):
            self.real = conn

        def execute(self, sql, *a):
            if "quick_check" in sql:
                return self.real.execute("SELECT '*** in database main *** Page 7: btree damaged'")
            return self.real.execute(sql, *a)

        def close(self):
            self.real.close()

    class Opened:
        def __init__(self, path):
            self.conn = Damaged(real(path).conn)
    monkeypatch.setattr(feature, "connect", Opened)
    assert f.backup_on_close() is None
    assert core.list_backups() == []


def test_warns_about_usb_database_and_copies_it(qtbot, small_db_path, monkeypatch, shown):
    monkeypatch.setattr(drives, "drive_kind", lambda p: drives.REMOVABLE)
    monkeypatch.setattr(backup_dialog.LocationWarningDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    w = FakeWindow(small_db_path)
    qtbot.addWidget(w)
    feature.install(w)
    qtbot.waitUntil(lambda: w.events == ["close", "open"], timeout=5000)
    assert w.db_path != small_db_path and w.db_path.parent == core.backups_dir().parent
    assert w.db.execute("SELECT count(*) FROM members").fetchone()[0] == 40
    from desktop_app.core.storage import config
    assert config.load().db_path == str(w.db_path)
    assert shown[-1].ok
    w.db.close()
    w.db = None


def test_backup_dialog_validation(qtbot, tmp_path):
    d = backup_dialog.BackupDialog(None, removable=[], status=("x", True))
    qtbot.addWidget(d)
    assert d.places.count() == 1 and "No USB drive found" in d.error.text()
    d.encrypt.setChecked(True)
    d.passphrase.setText("short")
    d.accept()
    assert d.result() == 0 and "at least 8" in d.error.text()
    d.passphrase.setText("long enough")
    d.again.setText("different!")
    d.accept()
    assert "differ" in d.error.text()
    d.again.setText("long enough")
    d.accept()
    assert d.result() == QDialog.DialogCode.Accepted and d.chosen_passphrase() == "long enough"


def test_removable_status_texts():
    now = dt.datetime(2026, 11, 15, 9, tzinfo=dt.UTC)
    text, warn = backup_dialog.removable_status({"at": now - dt.timedelta(days=9), "path": "E:/x"}, now)
    assert warn and "9 days ago" in text
    text, warn = backup_dialog.removable_status({"at": now - dt.timedelta(days=2), "path": "E:/x"}, now)
    assert not warn and "Last backup" in text


def test_close_event_reaches_filter(window):
    window.db.execute("UPDATE members SET note = 'y' WHERE id = 3")
    window.db.conn.commit()
    window.show()
    window.close()
    assert [i.reason for i in core.list_backups()] == ["on close"]
    assert QEvent.Type.Close


@pytest.mark.parametrize(("error", "vietnamese"), [
    (CheckFailed("backup.sha256_differs"), "mã SHA-256 khác với tệp kiểm tra"),
    (CheckFailed("backup.manifest_missing", name="x.manifest.json"), "thiếu tệp kiểm tra x.manifest"),
    (CheckFailed("backup.foreign_database"), "của chương trình khác"),
    (UserError("backup.destination_full", folder="/x"), "nơi lưu đã đầy"),
    (WrongPassphrase("backup.wrong_passphrase"), "sai mật khẩu"),
])
def test_backup_failures_read_in_vietnamese(error, vietnamese):
    from desktop_app.core.messages import render
    assert vietnamese in render(error, "vi")


def test_menu_actions_trigger_their_dialogs(window, monkeypatch, shown):
    asked = []
    monkeypatch.setattr(feature.QFileDialog, "getOpenFileName", lambda *a, **k: asked.append(a[1]) or ("", ""))
    window._backup_feature.verify_action.trigger()
    window._backup_feature.restore_action.trigger()
    assert asked == ["Verify a backup file", "Restore from a backup"]
    window._backup_feature.folder_action.trigger()
    assert shown and "Automatic backups are kept in" in shown[-1].summary.text()
    monkeypatch.setattr(backup_dialog.BackupDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    window._backup_feature.backup_action.trigger()
    assert window.progress_calls == []
