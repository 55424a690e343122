"""Fixtures for the window tests: offscreen Qt, the real main window on a private copy
of the district demo database."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

import desktop_app.ui  # noqa: E402,F401  (pins None/True/False before any Qt call: see ui/__init__)


@pytest.fixture
def window(qtbot, demo_db, demo_db_path):
    from desktop_app.ui.main_window import MainWindow

    w = MainWindow(demo_db, demo_db_path)
    qtbot.addWidget(w)
    assert w.feature_errors == []  # every feature installed
    w.resize(1300, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


@pytest.fixture
def messages(monkeypatch):
    """Message boxes answered automatically; every one shown is recorded."""
    shown: list[tuple[str, str, str]] = []

    def record(kind, answer=None):
        def box(_parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return answer if answer is not None else QMessageBox.StandardButton.Ok
        return box

    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    monkeypatch.setattr(QMessageBox, "critical", record("critical"))
    monkeypatch.setattr(QMessageBox, "information", record("information"))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))
    from desktop_app.ui import error_report

    monkeypatch.setattr(error_report, "show_dialog",
                        lambda _parent, text, details: shown.append(("error", text, details)))
    return shown


def when_modal(action, timeout_ms: int = 5000):
    """Run ``action(dialog)`` on the next modal dialog (the one ``exec()`` is about to show)."""
    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        action(dialog)
    QTimer.singleShot(0, poll)
