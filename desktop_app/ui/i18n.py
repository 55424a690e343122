"""Interface language, Qt translations and the bundled fonts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase

from desktop_app.core import messages
from desktop_app.core.storage.paths import resources_dir

_installed: list[QTranslator] = []
_language = "en"  # the language of the loaded translations: core messages are rendered in it


def tr(context: str, text: str, /, n: int | None = None, **args: object) -> str:
    """``text`` of ``context`` in the interface language, its ``{name}`` placeholders
    filled from ``args`` (``n`` chooses the plural form of a ``%n`` text). The window's
    one translation helper: ``scripts/i18n.py update`` finds its literal calls."""
    translated = QCoreApplication.translate(context, text, None, -1 if n is None else n)
    return translated.format(**args) if args else translated


def language() -> str:
    """The interface language ("vi" or "en") chosen at start."""
    return _language


def message(error_or_message: object) -> str:
    """A core error or ``Message`` (or plain text) in the interface language."""
    return messages.render(error_or_message, _language)


def translations_dir() -> Path:
    return resources_dir() / "translations"


def install_translations(app: QCoreApplication, language: str) -> list[str]:
    """Load Qt's own strings (``qt_vi.qm``, which we write ourselves: the wheels ship no
    Vietnamese) and every feature's ``*_vi.qm``. Returns the files loaded."""
    global _language
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    _language = language if language == "vi" else "en"
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
