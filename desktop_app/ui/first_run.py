"""The first-run wizard: who is the managing body, where the data lives, how to start.

Contract with ``ui/app.py``::

    if first_run.needed(config, db_path):
        db_path = first_run.run(app, config)   # None: the user cancelled
        if db_path is None:
            return 0

The wizard only collects answers; ``core.setup.apply_first_run`` does the work (and is
tested without Qt).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app import APP_TITLE, __version__
from desktop_app.core import setup
from desktop_app.core.errors import UserError
from desktop_app.core.messages import Message
from desktop_app.core.storage import config as config_mod
from desktop_app.core.storage.paths import data_dir, resources_dir
from desktop_app.ui import i18n, screen_fit
from desktop_app.ui.body_form import BodyForm


def needed(config: config_mod.Config, db_path: Path | str | None) -> bool:
    """True when the wizard must run: never completed and no database with data yet
    (``db_path`` None: the database the config or the data folder points to)."""
    if config.first_run_done:
        return False
    if db_path is None:
        db_path = Path(config.db_path) if config.db_path else data_dir() / setup.DB_FILE_NAME
    return not setup.database_has_data(db_path)


def removable_message(reason: object, folder: Path) -> str:
    """Why the data may not live in ``folder`` (``reason`` from ``setup.removable_reason``)."""
    return i18n.message(Message("setup.folder_on_removable", path=folder, reason=reason))


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("error")
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label


class WelcomePage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Welcome to {app}").format(app=APP_TITLE))
        text = QLabel(self.tr(
            "This program keeps the records of a trade-union body directly above the grassroots: "
            "grassroots unions, members, officers, events, training courses and support paid, "
            "and prints minutes, lists and the yearly report.\n\n"
            "A few questions set it up for your office:\n"
            "  • where to keep the data on this computer,\n"
            "  • whether to start with demo data, empty, or from a backup,\n"
            "  • the name of your managing body and its parent (printed at the top of every document).\n\n"
            "Everything can be changed later in Settings."))
        text.setWordWrap(True)
        version = QLabel(self.tr("Version {version}").format(version=__version__))
        version.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addStretch(1)
        layout.addWidget(version)


class BodyPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Your managing body"))
        self.setSubTitle(self.tr("Since 2025 the level above the grassroots may be a commune or ward union, an "
                                 "industrial-zone or sector union as well as a district federation. Write the "
                                 "names as they appear on your documents."))
        self.form = BodyForm()
        self.error = _error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        # Signal-to-signal connections only: emitting from Python leaks (see BodyForm).
        self.form.name.textChanged.connect(self.completeChanged)
        self.form.connect_changed(self.error.hide)

    def initializePage(self) -> None:
        """With "use the existing database", show what that file already says."""
        wizard: FirstRunWizard = self.wizard()
        if wizard.start.choice() != "existing" or self.form.name.text().strip():
            return
        from desktop_app.core.storage.db import connect
        try:
            db = connect(wizard.data.db_file())
            try:
                self.form.set_values(setup.body_settings(db))
            finally:
                db.close()
        except Exception:  # noqa: BLE001 - an unreadable file: the user types the names
            pass

    def isComplete(self) -> bool:
        return bool(self.form.name.text().strip())

    def validatePage(self) -> bool:
        problem = self.form.problem()
        if problem:
            widget, message = problem
            self.error.setText(message)
            self.error.show()
            widget.setFocus()
            return False
        return self.wizard().apply(self.error)


class DataPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Where to keep the data"))
        self.setSubTitle(self.tr("The database file lives in this folder. Keep it on this computer's own disk: "
                                 "a USB stick or a network drive can corrupt it when it is pulled out or "
                                 "disconnected. Backups go to USB sticks."))
        self.folder = QLineEdit(str(data_dir()))
        self.folder.setObjectName("data_folder")
        browse = QPushButton(self.tr("&Browse…"))
        browse.setObjectName("browse")
        browse.clicked.connect(self._browse)
        default = QPushButton(self.tr("&Default"))
        default.clicked.connect(lambda: self.folder.setText(str(data_dir())))
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        row.addWidget(default)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.error = _error_label()
        label = QLabel(self.tr("&Folder:"))
        label.setBuddy(self.folder)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.folder.textChanged.connect(self._changed)
        self.folder.textChanged.connect(self.completeChanged)
        self._changed()

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the data"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def path(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()

    def db_file(self) -> Path:
        return self.path() / setup.DB_FILE_NAME

    def _changed(self) -> None:
        self.error.hide()
        if setup.database_has_data(self.db_file()):
            self.note.setText(self.tr("This folder already holds a database of the program: "
                                      "you can use it on the next page."))
        else:
            self.note.setText(self.tr("The file will be: {file}").format(file=self.db_file()))

    def isComplete(self) -> bool:
        return bool(self.folder.text().strip())

    def validatePage(self) -> bool:
        reason = setup.removable_reason(self.path())
        if reason:
            self.error.setText(removable_message(reason, self.path()))
            self.error.show()
            return False
        try:
            setup.check_data_folder(self.path())
        except UserError as e:
            self.error.setText(i18n.message(e))
            self.error.show()
            return False
        return True


class StartPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("How to start"))
        self.setSubTitle(self.tr("Demo data lets you try every function on a made-up district; "
                                 "start empty when you are ready to enter your own records."))
        self.demo = QRadioButton(self.tr("Start with &demo data (149 made-up grassroots unions, about 10,000 members)"))
        self.demo.setObjectName("start_demo")
        self.empty = QRadioButton(self.tr("Start &empty"))
        self.empty.setObjectName("start_empty")
        self.existing = QRadioButton(self.tr("&Use the database already in the chosen folder"))
        self.existing.setObjectName("start_existing")
        self.restore = QRadioButton(self.tr("&Restore a backup"))
        self.restore.setObjectName("start_restore")
        self.group = QButtonGroup(self)
        for button in (self.demo, self.empty, self.existing, self.restore):
            self.group.addButton(button)
        self.empty.setChecked(True)

        self.backup_file = QLineEdit()
        self.backup_file.setObjectName("backup_file")
        self.backup_file.setPlaceholderText(self.tr("Backup file (for example on the USB stick)"))
        pick = QPushButton(self.tr("Choose…"))
        pick.clicked.connect(self._pick_backup)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase, if the backup is encrypted"))
        self.restore_box = QWidget()
        box = QVBoxLayout(self.restore_box)
        box.setContentsMargins(24, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.backup_file, 1)
        row.addWidget(pick)
        box.addLayout(row)
        box.addWidget(self.passphrase)

        self.error = _error_label()
        layout = QVBoxLayout(self)
        for button in (self.demo, self.empty, self.existing, self.restore):
            layout.addWidget(button)
        layout.addWidget(self.restore_box)
        layout.addWidget(self.error)
        layout.addStretch(1)
        can_restore = setup.restore_available()
        self.restore.setVisible(can_restore)
        self.restore_box.setVisible(can_restore)
        self.group.buttonToggled.connect(self._toggled)
        self.group.buttonToggled.connect(self.completeChanged)
        self.backup_file.textChanged.connect(self.completeChanged)
        self._toggled()

    def initializePage(self) -> None:
        data_page: DataPage = self.wizard().data
        has_data = setup.database_has_data(data_page.db_file())
        self.existing.setVisible(has_data)
        self.existing.setEnabled(has_data)
        if has_data:
            self.existing.setChecked(True)
        elif self.existing.isChecked():
            self.empty.setChecked(True)
        # Restoring needs an empty target; hide it where a database already is.
        self.restore.setEnabled(not has_data)
        self._toggled()

    def _pick_backup(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Backup to restore"), self.backup_file.text(),
                                                self.tr("Backups (*.sqlite3 *.scdb-enc);;All files (*)"))
        if chosen:
            self.backup_file.setText(chosen)

    def _toggled(self, *_args) -> None:
        self.restore_box.setEnabled(self.restore.isChecked())
        self.error.hide()
        # QWizard lays out Next/Finish only when a page is entered; setFinalPage makes it
        # look again now that nextId() changed.
        self.setFinalPage(self.restore.isChecked())

    def choice(self) -> str:
        for name in ("demo", "empty", "existing", "restore"):
            if getattr(self, name).isChecked():
                return name
        return "empty"

    def isComplete(self) -> bool:
        return self.choice() != "restore" or bool(self.backup_file.text().strip())

    def nextId(self) -> int:
        # A restored backup brings its own managing body: nothing more to ask.
        return -1 if self.choice() == "restore" else FirstRunWizard.BODY

    def validatePage(self) -> bool:
        return self.choice() != "restore" or self.wizard().apply(self.error)


class FirstRunWizard(QWizard):
    WELCOME, DATA, START, BODY = range(4)

    def __init__(self, config: config_mod.Config | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.config = config if config is not None else config_mod.load()
        self.result_path: Path | None = None
        self.setWindowTitle(self.tr("{app} — first start").format(app=APP_TITLE))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        icon = resources_dir() / "icons" / "socongdoan.png"
        if icon.exists():
            self.setWindowIcon(QIcon(str(icon)))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.welcome = WelcomePage()
        self.body = BodyPage()
        self.data = DataPage()
        self.start = StartPage()
        for page_id, page in enumerate((self.welcome, self.data, self.start, self.body)):
            self.setPage(page_id, page)
        self.setStartId(self.WELCOME)
        screen_fit.fit(self, 720, 560)  # no larger than the screen

    def answers(self) -> setup.FirstRunAnswers:
        v = self.body.form.values()
        return setup.FirstRunAnswers(
            body_name=v["name"], body_kind=v["kind"], short_name=v["short_name"],
            parent_name=v["parent_name"], parent_kind=v["parent_kind"],
            parent_short_name=v["parent_short_name"], place_name=v["place_name"], symbol=v["symbol"],
            data_folder=self.data.path(), start=self.start.choice(),
            backup_file=Path(self.start.backup_file.text().strip()) if self.start.backup_file.text().strip() else None,
            passphrase=self.start.passphrase.text(), language=self.config.language or "vi")

    def apply(self, error: QLabel) -> bool:
        """Write everything (on Finish); False keeps the wizard open with ``error`` shown."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.result_path = setup.apply_first_run(self.answers(), self.config)
        except UserError as e:
            message = i18n.message(e)
        except OSError as e:
            message = self.tr("Cannot write the data: {error}").format(error=e.strerror or e)
        else:
            message = ""
        finally:
            QGuiApplication.restoreOverrideCursor()
        if message:
            error.setText(message)
            error.show()
            return False
        return True

    def reject(self) -> None:
        if self.result_path is None and self.currentId() != self.WELCOME:
            answer = QMessageBox.question(
                self, self.windowTitle(),
                self.tr("Stop setting up? The program will close and ask again at the next start."))
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()


def run(app: QApplication, config: config_mod.Config) -> Path | None:
    """Show the wizard; the database path when it finished, None when cancelled.

    On success the config (``first_run_done``, ``db_path``) is saved already.
    """
    wizard = FirstRunWizard(config)
    if wizard.exec() == QWizard.DialogCode.Accepted and wizard.result_path is not None:
        return wizard.result_path
    return None
