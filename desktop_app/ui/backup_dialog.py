"""Dialogs of the Backup menu: choose where to back up (USB drives first), passphrases,
the verdict, and the warning about a database kept on a USB or network drive.

They only collect choices and show results; the work runs in
``ui/features/backup.py`` through ``window.run_read``/``run_write``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.backup import drives
from desktop_app.core.storage.paths import backups_dir
from desktop_app.ui import i18n
from desktop_app.ui.i18n import tr

MIN_PASSPHRASE = 8
FOLDER_ROLE = Qt.ItemDataRole.UserRole


def vn_datetime(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%H:%M %d/%m/%Y")


def removable_status(last: dict | None, now: dt.datetime | None = None, days: int = 7) -> tuple[str, bool]:
    """The status line about the last USB backup, and whether it is a warning."""
    now = now or dt.datetime.now(dt.UTC)
    if last is None:
        return tr("Backup", "No backup has been made to a USB drive yet."), True
    age = (now - last["at"]).days
    when = vn_datetime(last["at"])
    if age > days:
        return tr("Backup", "Last backup to a USB drive: %1 (%2 days ago). Please back up again.") \
            .replace("%1", when).replace("%2", str(age)), True
    return tr("Backup", "Last backup to a USB drive: %1.").replace("%1", when), False


class BackupDialog(QDialog):
    """Where to back up: USB drives first, then this computer's backups folder, then any
    folder; optional encryption with a passphrase typed twice."""

    def __init__(self, parent: QWidget | None = None, *, status: tuple[str, bool] | None = None,
                 removable: list[drives.Drive] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Back up to USB"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose where to save the backup. Plug in a USB drive and press Refresh "
                               "if it is not listed. Keep the USB drive somewhere safe, away from this computer."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.places = QListWidget()
        self.places.setObjectName("places")
        layout.addWidget(self.places)
        row = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.other_button = QPushButton(self.tr("Other folder…"))
        row.addWidget(self.refresh_button)
        row.addWidget(self.other_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.encrypt = QCheckBox(
            self.tr("Encrypt with a passphrase (recommended for a USB drive that leaves the office)"))
        layout.addWidget(self.encrypt)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Passphrase again:"), self.again)
        self.pass_box = QWidget()
        self.pass_box.setLayout(form)
        self.pass_box.setVisible(False)
        layout.addWidget(self.pass_box)
        self.hint = QLabel(self.tr("Without the passphrase nobody, including you, can open the backup. "
                                   "Write it down and keep it apart from the drive."))
        self.hint.setWordWrap(True)
        self.hint.setVisible(False)
        layout.addWidget(self.hint)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("usb_status")
        layout.addWidget(self.status)
        if status:
            self.set_status(*status)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(self.tr("Back up"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.encrypt.toggled.connect(self.pass_box.setVisible)
        self.encrypt.toggled.connect(self.hint.setVisible)
        self.refresh_button.clicked.connect(lambda: self.fill(None))
        self.other_button.clicked.connect(self.choose_folder)
        self.places.currentItemChanged.connect(lambda *_: self.error.clear())
        self.fill(removable)

    def set_status(self, text: str, warning: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020; font-weight: bold" if warning else "color: #2e7d32")

    def fill(self, removable: list[drives.Drive] | None) -> None:
        """List the USB drives (first, the first one selected), then the backups folder."""
        found = drives.removable_drives() if removable is None else removable
        self.places.clear()
        for d in found:
            text = self.tr("USB drive: %1").replace("%1", f"{d.label} — {d.root}" if d.label else str(d.root))
            if d.free is not None:
                text += " " + self.tr("(%1 GB free)").replace("%1", f"{d.free / 1e9:.1f}".replace(".", ","))
            self._add(text, d.root)
        self._add(self.tr("This computer: backups folder (%1)").replace("%1", str(backups_dir())), backups_dir())
        self.places.setCurrentRow(0)
        if not found:
            self.error.setText(self.tr("No USB drive found. Plug one in and press Refresh, or choose a folder."))

    def _add(self, text: str, folder: Path) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(FOLDER_ROLE, str(folder))
        self.places.addItem(item)
        return item

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder for the backup"))
        if folder:
            self.places.setCurrentItem(self._add(self.tr("Folder: %1").replace("%1", folder), Path(folder)))

    def folder(self) -> Path | None:
        item = self.places.currentItem()
        return Path(item.data(FOLDER_ROLE)) if item is not None else None

    def chosen_passphrase(self) -> str | None:
        return self.passphrase.text() if self.encrypt.isChecked() else None

    def accept(self) -> None:
        if self.folder() is None:
            self.error.setText(self.tr("Choose where to save the backup."))
            return
        if not self.folder().is_dir():
            self.error.setText(self.tr("That folder is not available any more (was the drive removed?)."))
            return
        if self.encrypt.isChecked():
            if len(self.passphrase.text()) < MIN_PASSPHRASE:
                self.error.setText(self.tr("The passphrase must be at least %1 characters.")
                                   .replace("%1", str(MIN_PASSPHRASE)))
                return
            if self.passphrase.text() != self.again.text():
                self.error.setText(self.tr("The two passphrases differ."))
                return
        super().accept()


class PassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None, file_name: str):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Encrypted backup"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("%1 is encrypted. Type its passphrase:").replace("%1", file_name))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.passphrase)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("OK"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class VerdictDialog(QDialog):
    """The outcome of a backup or a check: a big OK or NOT OK, the reason, the checks."""

    def __init__(self, parent: QWidget | None, *, ok: bool, title: str, summary: str,
                 checks: list[str] | None = None, detail: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.headline = QLabel(("✔ " if ok else "✖ ") + (self.tr("Passed") if ok else self.tr("Failed")))
        self.headline.setObjectName("verdict")
        self.headline.setStyleSheet(f"font-size: 18pt; font-weight: bold; color: {'#2e7d32' if ok else '#b00020'}")
        layout.addWidget(self.headline)
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        if checks:
            box = QLabel("\n".join(f"• {i18n.message(c)}" for c in checks))
            box.setWordWrap(True)
            box.setStyleSheet("color: #555")
            layout.addWidget(box)
        if detail:
            more = QLabel(detail)
            more.setWordWrap(True)
            more.setStyleSheet("color: #555")
            more.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(more)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.ok = ok


class LocationWarningDialog(QDialog):
    """The database is on a USB or network drive: explain, offer to copy it to this PC."""

    COPY, KEEP = 1, 2

    def __init__(self, parent: QWidget | None, db_path: Path, kind: str, target: Path):
        super().__init__(parent)
        self.setWindowTitle(self.tr("The database is not on this computer"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        if kind == drives.NETWORK:
            why = self.tr("The database %1 is on a network drive. SQLite cannot lock files reliably over "
                          "a network: a dropped connection, or a second computer opening the file, can "
                          "damage the records.")
        else:
            why = self.tr("The database %1 is on a removable drive (USB stick or memory card). If the "
                          "drive is pulled out or loses power while the program writes, the records can be "
                          "damaged, and a lost drive takes everyone's personal data with it.")
        text = QLabel(why.replace("%1", str(db_path)) + "\n\n" + self.tr(
            "Keep the working database on this computer and use the drive for backups. "
            "The program can copy it to %1 and open the copy.").replace("%1", str(target)))
        text.setWordWrap(True)
        layout.addWidget(text)
        buttons = QDialogButtonBox()
        self.copy_button = buttons.addButton(self.tr("Copy to this computer and open the copy"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Keep working on the drive (not recommended)"),
                          QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
