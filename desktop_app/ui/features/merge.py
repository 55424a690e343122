"""File → Merge another file… (records of former units into this file)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from desktop_app.ui.features.host import FeatureHost


def open_merge_dialog(window) -> None:
    from PySide6.QtWidgets import QWidget

    from desktop_app.ui.merge_dialog import MergeDialog

    parent = window if isinstance(window, QWidget) else None
    dialog = MergeDialog(window.db, parent, runner=window.run_write, on_merged=lambda report: window.refresh_all())
    try:
        dialog.exec()
    finally:
        import shiboken6

        shiboken6.delete(dialog)  # now: a pending deferred delete outlived the window and crashed


def install(window: FeatureHost) -> None:
    # literal translate() calls so that lupdate records the context
    action = QAction(QCoreApplication.translate("MergeFeature", "Merge another file…"), window)
    action.setStatusTip(QCoreApplication.translate(
        "MergeFeature", "Bring the records of other files (former units) into this file"))
    action.triggered.connect(lambda: open_merge_dialog(window))
    window.add_feature_actions("file", action)
