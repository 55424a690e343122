"""File → Merge another file… (records of former units into this file)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction


def tr(text: str) -> str:
    return QCoreApplication.translate("MergeFeature", text)


def open_merge_dialog(window) -> None:
    from PySide6.QtWidgets import QWidget

    from ..merge_dialog import MergeDialog

    runner = getattr(window, "run_in_background", None)
    parent = window if isinstance(window, QWidget) else None
    dialog = MergeDialog(window.db, parent, runner=runner, on_merged=lambda report: window.refresh_all())
    dialog.exec()


def install(window) -> None:
    action = QAction(tr("Merge another file…"), window)
    action.setStatusTip(tr("Bring the records of other files (former units) into this file"))
    action.triggered.connect(lambda: open_merge_dialog(window))
    window.add_feature_actions("file", action)
