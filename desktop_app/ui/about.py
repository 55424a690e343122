"""About box: version, where the data is, and the licences of everything shipped.

The bundle distributes Qt (LGPLv3) as separate shared libraries in its ``_internal``
folder, so a user can replace them; fonts ship with their licence files.
"""

from __future__ import annotations

import platform
import sys
from html import escape
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop_app import APP_TITLE, __version__
from desktop_app.core.storage import config as config_mod
from desktop_app.core.storage.paths import data_dir, resources_dir
from desktop_app.ui import screen_fit

# (component, what it is for, licence, licence file under resources/ or "")
# Every runtime dependency of the package is listed (tests/installer checks this
# against the installed distributions).
COMPONENTS: list[tuple[str, str, str, str]] = [
    ("Sổ Công đoàn", QT_TRANSLATE_NOOP("About", "this program"), "MIT", ""),
    ("Liberation Serif", QT_TRANSLATE_NOOP("About", "font of printed documents"), "SIL Open Font License 1.1",
     "fonts/LICENSE-LiberationFonts.txt"),
    ("DejaVu Sans", QT_TRANSLATE_NOOP("About", "font of the interface and lists"),
     "Bitstream Vera licence; DejaVu changes public domain",
     "fonts/LICENSE-DejaVu.txt"),
    ("Qt 6, PySide6, Shiboken6", QT_TRANSLATE_NOOP("About", "windows and widgets"), "GNU LGPL version 3", ""),
    ("Python", QT_TRANSLATE_NOOP("About", "programming language"), "Python Software Foundation License", ""),
    ("SQLite", QT_TRANSLATE_NOOP("About", "database engine"), "public domain", ""),
    ("ReportLab", QT_TRANSLATE_NOOP("About", "PDF documents"), "BSD", ""),
    ("Pillow", QT_TRANSLATE_NOOP("About", "images in documents"), "MIT-CMU (HPND)", ""),
    ("charset-normalizer", QT_TRANSLATE_NOOP("About", "text encodings"), "MIT", ""),
    ("openpyxl, et_xmlfile", QT_TRANSLATE_NOOP("About", "writing Excel files"), "MIT", ""),
    ("python-calamine", QT_TRANSLATE_NOOP("About", "reading Excel files"), "MIT", ""),
    ("xlrd", QT_TRANSLATE_NOOP("About", "the fonts of old .xls files"), "BSD 3-clause", ""),
    ("defusedxml", QT_TRANSLATE_NOOP("About", "safe XML parsing"), "Python Software Foundation License", ""),
    ("sqlite-utils, sqlite-fts4", QT_TRANSLATE_NOOP("About", "database helpers"), "Apache License 2.0", ""),
    ("click, click-default-group", QT_TRANSLATE_NOOP("About", "used by sqlite-utils"),
     "BSD 3-clause; public domain", ""),
    ("python-dateutil", QT_TRANSLATE_NOOP("About", "used by sqlite-utils"), "BSD 3-clause / Apache 2.0", ""),
    ("tabulate", QT_TRANSLATE_NOOP("About", "used by sqlite-utils"), "MIT", ""),
    ("pluggy", QT_TRANSLATE_NOOP("About", "used by sqlite-utils"), "MIT", ""),
    ("platformdirs", QT_TRANSLATE_NOOP("About", "user folders"), "MIT", ""),
    ("cryptography", QT_TRANSLATE_NOOP("About", "encrypted backups and exports"),
     "Apache License 2.0 or BSD 3-clause", ""),
    ("cffi, pycparser", QT_TRANSLATE_NOOP("About", "used by cryptography"), "MIT-0; BSD 3-clause", ""),
    ("sqlcipher3-wheels (SQLCipher)", QT_TRANSLATE_NOOP("About", "the encrypted database file"),
     "zlib/libpng; SQLCipher Community Edition: BSD 3-clause", ""),
    ("typing_extensions, tzdata", QT_TRANSLATE_NOOP("About", "Python support libraries"),
     "PSF License 2.0; Apache License 2.0", ""),
]

# Distribution names as pip knows them, for the completeness test.
DISTRIBUTIONS = {
    "pyside6-essentials", "pyside6-pdf", "shiboken6", "reportlab", "pillow", "charset-normalizer",
    "openpyxl", "et-xmlfile", "python-calamine", "xlrd", "defusedxml", "sqlite-utils", "sqlite-fts4", "click",
    "click-default-group", "python-dateutil", "tabulate", "pluggy", "platformdirs", "cryptography", "cffi",
    "pycparser", "typing-extensions", "tzdata", "socongdoan", "sqlcipher3-wheels", "pip", "setuptools", "six",
}


def _link(target: Path, text, escaped: bool = False) -> str:
    shown = text if escaped else escape(str(text))
    return f"<a href='{QUrl.fromLocalFile(str(target)).toString()}'>{shown}</a>"


def about_html() -> str:
    cfg = config_mod.load()
    db = cfg.db_path or str(data_dir() / "socongdoan.sqlite3")
    licence_text = escape(QCoreApplication.translate("About", "licence text"))
    rows = []
    for name, purpose, licence, file in COMPONENTS:
        link = f" — {_link(resources_dir() / file, licence_text, escaped=True)}" if file else ""
        purpose_text = escape(QCoreApplication.translate("About", purpose))
        rows.append(f"<tr><td><b>{escape(name)}</b></td><td>{purpose_text}</td>"
                    f"<td>{escape(licence)}{link}</td></tr>")
    tagline = QCoreApplication.translate(
        "About", "Record keeping for trade-union bodies directly above the grassroots.")
    versions = QCoreApplication.translate("About", "Python {python}, Qt {qt}, PySide6 {pyside}, {system}").format(
        python=platform.python_version(), qt=qVersion(), pyside=pyside_version,
        system=f"{platform.system()} {platform.release()}")
    your_data = QCoreApplication.translate("About", "Your data")
    db_label = QCoreApplication.translate("About", "Database file:")
    folder_label = QCoreApplication.translate("About", "Data folder:")
    config_label = QCoreApplication.translate("About", "Settings file:")
    keep = QCoreApplication.translate("About", "Uninstalling the program keeps this data. "
                                               "Back it up to a USB stick regularly.")
    licences = QCoreApplication.translate("About", "Licences")
    lgpl = QCoreApplication.translate("About", "Qt and PySide6 are used under the GNU LGPL version 3 as separate "
                                               "shared libraries in the program folder; you may replace them "
                                               "with compatible versions. Sources:")
    return f"""
<h2>{escape(APP_TITLE)} {escape(__version__)}</h2>
<p>{escape(tagline)}</p>
<p>{escape(versions)}</p>
<h3>{escape(your_data)}</h3>
<table cellspacing='4'>
<tr><td>{escape(db_label)}</td><td>{_link(Path(db).parent, db)}</td></tr>
<tr><td>{escape(folder_label)}</td><td>{_link(data_dir(), data_dir())}</td></tr>
<tr><td>{escape(config_label)}</td><td>{escape(str(config_mod.config_path()))}</td></tr>
</table>
<p>{escape(keep)}</p>
<h3>{escape(licences)}</h3>
<table cellspacing='4'>{''.join(rows)}</table>
<p>{escape(lgpl)} <a href='https://download.qt.io/official_releases/'>download.qt.io</a>,
<a href='https://code.qt.io/cgit/pyside/pyside-setup.git/'>code.qt.io/pyside</a>.</p>
"""


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_TITLE))
        self.browser = QTextBrowser()
        self.browser.setObjectName("about")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(QDesktopServices.openUrl)
        self.browser.setHtml(about_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        screen_fit.fit(self, 760, 600)  # no larger than the screen


def show_about(parent: QWidget | None = None) -> None:
    AboutDialog(parent).exec()


if __name__ == "__main__":  # pragma: no cover - manual look
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv)
    show_about()
