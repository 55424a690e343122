"""Help menu: About box (version, licences of the bundled fonts and of Qt)."""

from __future__ import annotations

import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from desktop_app import __version__
from desktop_app.core.storage.paths import resources_dir
from desktop_app.ui import error_report
from desktop_app.ui.features.host import FeatureHost
from desktop_app.ui.i18n import tr


def about_text() -> str:
    fonts = resources_dir() / "fonts"
    # tr() outside the f-strings: lupdate does not look inside them.
    title = tr("Help", "Sổ Công đoàn")
    purpose = tr("Help", "Records of grassroots unions, members, events and training for upper-level trade unions.")
    licences = tr("Help", "Licences")
    qt = tr("Help", "Qt %1 and PySide6 %2: GNU LGPL version 3.").replace("%1", qVersion()).replace("%2", pyside_version)
    dejavu = tr("Help", "DejaVu Sans font: Bitstream Vera licence (free use and redistribution).")
    liberation = tr("Help", "Liberation Serif font: SIL Open Font License 1.1.")
    texts = tr("Help", "Licence texts: %1").replace("%1", str(fonts))
    return (f"<h3>{title} {__version__}</h3><p>{purpose}</p><p><b>{licences}</b></p>"
            f"<ul><li>{qt}</li><li>{dejavu}</li><li>{liberation}</li></ul><p>{texts}</p>"
            f"<p style='color:#777'>Python {sys.version.split()[0]}</p>")


def show_about(window) -> None:
    QMessageBox.about(window, tr("Help", "About Sổ Công đoàn"), about_text())


def install(window: FeatureHost) -> None:
    about = QAction(tr("Help", "&About Sổ Công đoàn"), window)
    about.setObjectName("action_about")
    about.triggered.connect(lambda: show_about(window))
    about_qt = QAction(tr("Help", "About &Qt"), window)
    about_qt.triggered.connect(lambda: QMessageBox.aboutQt(window))
    shortcuts = QAction(tr("Help", "&Keyboard shortcuts"), window)
    shortcuts.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    shortcuts.triggered.connect(lambda: QMessageBox.information(window, tr("Help", "Keyboard shortcuts"), tr(
        "Help", "Ctrl+F: search the current list\nCtrl+N: new record\nEnter: open the selected record\n"
        "Delete: delete the selected record\nF5: refresh\nCtrl+O: open another database")))
    logs = QAction(tr("Help", "Open log folder"), window)
    logs.setObjectName("action_open_log_folder")
    logs.setStatusTip(tr("Help", "The folder of the log file, where unexpected errors are written"))
    logs.triggered.connect(lambda _checked=False: error_report.open_log_folder(window))
    window.add_feature_actions("help", shortcuts, about, about_qt, logs)
