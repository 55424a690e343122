"""Settings → Bảo mật: whether the database is encrypted, who keeps its key, and the
three things an officer does here: encrypt the file, set the recovery passphrase,
print the recovery sheet. The work is core.storage.encryption's; this page asks and
shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import UserError
from desktop_app.core.storage import encryption
from desktop_app.ui import i18n


class PassphraseDialog(QDialog):
    """The recovery passphrase, typed twice."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recovery passphrase"))
        note = QLabel(self.tr(
            "The recovery passphrase opens the data on another computer, or on this one after "
            "Windows is reinstalled. Choose at least {n} characters, write it down and keep it "
            "apart from the computer and the backups.").format(n=encryption.MIN_PASSPHRASE))
        note.setWordWrap(True)
        self.first = QLineEdit()
        self.second = QLineEdit()
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Again:"), self.second)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(note)
        box.addLayout(form)
        box.addWidget(self.problem)
        box.addWidget(buttons)

    def passphrase(self) -> str:
        return self.first.text()

    def accept(self) -> None:
        if len(self.first.text()) < encryption.MIN_PASSPHRASE:
            self.problem.setText(self.tr("At least {n} characters.").format(n=encryption.MIN_PASSPHRASE))
            return
        if self.first.text() != self.second.text():
            self.problem.setText(self.tr("The two passphrases differ."))
            return
        super().accept()


class SecurityPage(QWidget):
    """``close_db`` / ``reopen_db``: whoever holds the database closes it while the file
    is rewritten and opens it again after."""

    def __init__(self, db_path: Path, close_db=None, reopen_db=None, parent: QWidget | None = None,
                 ask_passphrase=None, ask_sheet_file=None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.close_db = close_db or (lambda: None)
        self.reopen_db = reopen_db or (lambda: None)
        # tests answer the dialogs through these
        self.ask_passphrase = ask_passphrase or self._ask_passphrase
        self.ask_sheet_file = ask_sheet_file or self._ask_sheet_file
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.encrypt_button = QPushButton(self.tr("&Encrypt the data…"))
        self.encrypt_button.clicked.connect(self.encrypt)
        self.passphrase_button = QPushButton(self.tr("Set the &recovery passphrase…"))
        self.passphrase_button.clicked.connect(self.set_passphrase)
        self.sheet_button = QPushButton(self.tr("Print the recovery &sheet…"))
        self.sheet_button.clicked.connect(self.recovery_sheet)
        self.write_on_sheet = QCheckBox(self.tr("Write the passphrase on the sheet"))
        buttons = QHBoxLayout()
        for b in (self.encrypt_button, self.passphrase_button, self.sheet_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.state_label)
        box.addLayout(buttons)
        box.addWidget(self.write_on_sheet)
        box.addStretch(1)
        self.show_state()

    def show_state(self) -> None:
        s = encryption.state(self.db_path)
        lines = []
        if s.encrypted:
            lines.append(self.tr("The data file is encrypted (SQLCipher, AES-256). Backups of it are "
                                 "encrypted with the same key."))
            if s.key_store_protected:
                lines.append(self.tr("The key is kept by the operating system for this user account: "
                                     "no password is asked when the program starts."))
            else:
                lines.append(self.tr("This computer has no key store: the key is kept in a file only this "
                                     "user account can read. It protects copies and backups, not this "
                                     "account."))
            if s.key_file is None:
                lines.append(self.tr("No recovery passphrase is set: if this user account is lost, the "
                                     "data cannot be opened. Set one and print the recovery sheet."))
            else:
                lines.append(self.tr("Recovery passphrase set (key file: {file}).").format(file=s.key_file.name))
        else:
            lines.append(self.tr("The data file is not encrypted: anyone who gets the file or a backup "
                                 "can read the members' personal data."))
        self.state_label.setText("\n\n".join(lines))
        self.encrypt_button.setEnabled(not s.encrypted)
        self.passphrase_button.setEnabled(s.encrypted)
        self.sheet_button.setEnabled(s.encrypted and s.key_file is not None)
        self.write_on_sheet.setEnabled(self.sheet_button.isEnabled())

    def _ask_passphrase(self) -> str | None:
        dialog = PassphraseDialog(self)
        return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _ask_sheet_file(self) -> str | None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the recovery sheet"),
                                                str(Path.home() / "phieu-khoi-phuc.pdf"), "PDF (*.pdf)")
        return chosen or None

    def _error(self, error: UserError | OSError) -> None:
        text = i18n.message(error) if isinstance(error, UserError) else str(error)
        QMessageBox.warning(self, self.tr("Security"), text)

    def encrypt(self) -> None:
        passphrase = self.ask_passphrase()
        if passphrase is None:
            return
        self.close_db()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            encryption.encrypt_in_place(self.db_path, passphrase)
        except (UserError, OSError) as e:
            QGuiApplication.restoreOverrideCursor()
            self._error(e)
        else:
            QGuiApplication.restoreOverrideCursor()
        finally:
            self.reopen_db()
        self.show_state()

    def set_passphrase(self) -> None:
        passphrase = self.ask_passphrase()
        if passphrase is None:
            return
        try:
            encryption.change_recovery_passphrase(self.db_path, passphrase)
        except UserError as e:
            self._error(e)
        self.show_state()

    def recovery_sheet(self) -> None:
        passphrase = None
        if self.write_on_sheet.isChecked():
            passphrase = self.ask_passphrase()
            if passphrase is None:
                return
        target = self.ask_sheet_file()
        if not target:
            return
        from desktop_app.core.reports.recovery_sheet import write_recovery_sheet
        try:
            write_recovery_sheet(self.db_path, target, passphrase=passphrase)
        except (UserError, OSError) as e:
            self._error(e)
            return
        QMessageBox.information(self, self.tr("Security"),
                                self.tr("The recovery sheet was saved: {file}").format(file=target))
