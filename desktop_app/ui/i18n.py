"""Interface language, Qt translations and the bundled fonts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase

from desktop_app.core.storage.paths import resources_dir

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resources_dir() / "translations"


def install_translations(app: QCoreApplication, language: str) -> list[str]:
    """Load Qt's own strings (``qt_vi.qm``, which we write ourselves: the wheels ship no
    Vietnamese) and every feature's ``*_vi.qm``. Returns the files loaded."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if language == "vi":
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return []
    loaded = []
    for qm in sorted(translations_dir().glob(f"*_{language}.qm")):
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(qm.name)
    return loaded


def install_fonts(app) -> str | None:
    """Register the bundled DejaVu Sans and make it the application font, so the window
    looks the same (and has every Vietnamese glyph) on any machine."""
    family = None
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
        if font_id >= 0 and family is None:
            families = QFontDatabase.applicationFontFamilies(font_id)
            family = families[0] if families else None
    if family:
        font = QFont(family)
        font.setPointSize(9)
        app.setFont(font)
    return family
