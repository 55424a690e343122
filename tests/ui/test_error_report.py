"""Nothing fails silently: an exception in a slot shows a Vietnamese message and is
written to the rotating log in the data folder; Help → Open log folder opens it."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.core.storage.paths import data_dir
from desktop_app.ui import error_report, i18n
from tests.ui.conftest import when_modal


@pytest.fixture
def hook():
    app = QApplication.instance()
    i18n.install_translations(app, "vi")
    error_report.install(app)
    yield
    error_report.uninstall()
    i18n.install_translations(app, "en")


@pytest.mark.qt_no_exception_capture  # the window's own hook is what is tested here
def test_a_raising_slot_shows_the_message_and_writes_the_log(qtbot, window, hook):
    def explode():
        raise ZeroDivisionError("the slot failed on purpose")

    button = window.list_tabs["members"].add_button("Nổ thử", explode, "members_explode")
    seen = []

    def answer(box):
        seen.append((box.objectName(), box.text(), box.detailedText()))
        box.button(QMessageBox.StandardButton.Ok).click()

    when_modal(answer)
    window.show_tab("members")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    name, text, details = seen[0]
    assert name == "error_report"
    assert text.startswith("Đã có lỗi khi bạn dùng “Nổ thử”.")
    assert "không mất dữ liệu" in text and str(error_report.log_path()) in text
    assert "ZeroDivisionError: the slot failed on purpose" in details
    log = error_report.log_path()
    assert log.parent == data_dir() / "logs"
    assert "ZeroDivisionError: the slot failed on purpose" in log.read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_an_error_in_another_thread_reaches_the_user(qtbot, window, hook, monkeypatch):
    told = []
    monkeypatch.setattr(error_report, "show_dialog", lambda parent, text, details: told.append(details))

    def fail():
        raise OSError("the disk went away")

    thread = threading.Thread(target=fail, name="some-worker")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert "OSError: the disk went away" in told[0]
    assert "some-worker" in error_report.log_path().read_text(encoding="utf-8")


def test_the_window_leaves_the_test_runner_hook_alone(window):
    """Built by a test, the window does not install the hook: pytest-qt still fails the
    test on an exception in a slot."""
    import sys

    assert sys.excepthook is not error_report._excepthook


def test_help_opens_the_log_folder(qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr(error_report.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    action = next(a for a in window.menus["help"].actions() if a.objectName() == "action_open_log_folder")
    action.trigger()
    assert opened == [str(data_dir() / "logs")]


def test_the_log_rotates(tmp_path):
    path = error_report.setup_logging()
    handler = next(h for h in error_report.log.handlers if getattr(h, "baseFilename", "") == str(path))
    assert handler.maxBytes == error_report.LOG_BYTES and handler.backupCount == error_report.LOG_KEEP
