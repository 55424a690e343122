"""Opening a database whose key this computer does not hold (another PC, a new Windows
account, a lost key store entry): ask for the recovery passphrase, then open it.
Core restores the key store entry, so the question is asked once per computer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from desktop_app.core.errors import UserError
from desktop_app.core.storage import keys
from desktop_app.core.storage.db import open_db

ASKS_FOR_PASSPHRASE = ("encryption.recovery_passphrase_needed", "encryption.wrong_recovery_passphrase")


def open_db_asking(path: Path, parent: QWidget | None = None, ask=None, **options):
    """``open_db(path, **options)``, asking for the recovery passphrase while it is needed
    or wrong. Raises the UserError when the user cancels or the file cannot be opened
    otherwise."""
    ask = ask or _ask
    while True:
        try:
            return open_db(path, **options)
        except UserError as e:
            if e.code not in ASKS_FOR_PASSPHRASE:
                raise
            passphrase = ask(parent, path, wrong=e.code == "encryption.wrong_recovery_passphrase")
            if not passphrase:
                raise
            keys.offer_recovery_passphrase(passphrase)


def _ask(parent: QWidget | None, path: Path, wrong: bool) -> str | None:
    title = QCoreApplication.translate("Unlock", "Encrypted data")
    text = QCoreApplication.translate(
        "Unlock", "{file} is encrypted and this computer does not hold its key yet.\n"
        "Type the recovery passphrase (see the recovery sheet):").format(file=Path(path).name)
    if wrong:
        text = QCoreApplication.translate("Unlock", "The recovery passphrase is wrong.") + "\n\n" + text
    value, ok = QInputDialog.getText(parent, title, text, QLineEdit.EchoMode.Password)
    return value if ok and value else None
