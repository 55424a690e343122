"""Helpers for the installer tests: typing Vietnamese into widgets."""

from __future__ import annotations

import pytest


def type_text(widget, text: str) -> None:
    """Type ``text`` one character at a time (qtbot.keyClicks aborts on non-ASCII)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


@pytest.fixture
def typer():
    return type_text
