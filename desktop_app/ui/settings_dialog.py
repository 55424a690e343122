"""Settings: the managing body, where the data lives, the interface language, security.

What the first-run wizard asked, changeable later. Changes go through core.setup (tested
without Qt); moving the data is a verified copy, done at once with the database closed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import setup
from desktop_app.core.errors import UserError
from desktop_app.core.storage import config as config_mod
from desktop_app.core.storage.db import open_db
from desktop_app.core.storage.paths import backups_dir
from desktop_app.ui import i18n, screen_fit
from desktop_app.ui.body_form import BodyForm
from desktop_app.ui.first_run import removable_message
from desktop_app.ui.security_page import SecurityPage


class SettingsDialog(QDialog):
    """``window`` (optional) is the main window: moving the data closes and reopens its
    database. Without it the dialog opens ``db_path`` itself."""

    def __init__(self, db_path: Path | str, db=None, config: config_mod.Config | None = None,
                 window=None, parent: QWidget | None = None):
        super().__init__(parent if parent is not None else window)
        self.window_ = window
        self.db_path = Path(db_path)
        self._own_db = db is None and window is None
        self.db = window.db if window is not None else (db if db is not None else open_db(self.db_path))
        self.config = config if config is not None else config_mod.load()
        self.moved_to: Path | None = None
        self.setWindowTitle(self.tr("Settings"))

        self.tabs = QTabWidget()
        # --- managing body
        self.body = BodyForm()
        self.body.set_values(setup.body_settings(self.db))
        self.body_error = QLabel()
        self.body_error.setStyleSheet("color: #b00020;")
        self.body_error.hide()
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(self.body)
        box.addWidget(self.body_error)
        box.addStretch(1)
        self.tabs.addTab(page, self.tr("Managing &body"))

        # --- data folder
        self.db_label = QLabel()
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.db_label.setWordWrap(True)
        self.folder = QLineEdit(str(self.db_path.parent))
        self.folder.setObjectName("data_folder")
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.move_button = QPushButton(self.tr("&Move the data to this folder"))
        self.move_button.setObjectName("move")
        self.move_button.clicked.connect(self.move_data)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.data_note = QLabel(self.tr(
            "Moving copies the database with SQLite's backup function, checks the copy (integrity and the "
            "number of records in every table) and only then switches to it. The old file stays where it "
            "was, renamed *.moved-<date>; delete it when you are sure. Keep the data on this computer's "
            "own disk, never on a USB stick or a network drive."))
        self.data_note.setWordWrap(True)
        self.backups_label = QLabel(self.tr("Automatic backups: {folder}").format(folder=backups_dir()))
        self.backups_label.setWordWrap(True)
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(self.db_label)
        box.addWidget(QLabel(self.tr("New folder for the data:")))
        box.addLayout(row)
        box.addWidget(self.move_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.data_note)
        box.addWidget(self.backups_label)
        box.addStretch(1)
        self.tabs.addTab(page, self.tr("&Data folder"))

        # --- language
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(self.config.language or "vi")))
        restart = QLabel(self.tr("The new language takes effect the next time the program starts."))
        restart.setWordWrap(True)
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(restart)
        self.tabs.addTab(page, self.tr("&Language"))

        # --- security: encryption at rest
        self.security = SecurityPage(self.db_path, close_db=self._close_for_rewrite, reopen_db=self._reopen)
        self.tabs.addTab(self.security, self.tr("&Security"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self._show_db()
        screen_fit.fit(self, 680, 520)  # no larger than the screen

    def _show_db(self) -> None:
        self.db_label.setText(self.tr("The database now: {file}").format(file=self.db_path))

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the data"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _error(self, text: str) -> None:
        QMessageBox.warning(self, self.windowTitle(), text)

    def move_data(self) -> Path | None:
        """Move the database to the folder typed; the new path, or None if refused."""
        folder = Path(self.folder.text().strip()).expanduser()
        reason = setup.removable_reason(folder)
        if reason:
            self._error(removable_message(reason, folder))
            return None
        if folder.absolute() == self.db_path.parent.absolute():
            self._error(self.tr("The data is already in this folder."))
            return None
        if self.window_ is not None:
            self.window_.close_database()
        else:
            self.db.close()
        new = None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            new = setup.move_database(self.db_path, folder, self.config)
        except (UserError, OSError) as e:
            QGuiApplication.restoreOverrideCursor()
            self._error(self.tr("The data was not moved: {error}").format(error=i18n.message(e)))
        else:
            QGuiApplication.restoreOverrideCursor()
        finally:
            path = new or self.db_path
            if self.window_ is not None:
                self.window_.open_database(path)
                self.db = self.window_.db
            else:
                self.db = open_db(path)
                self._own_db = True
        if new is not None:
            self.db_path = self.moved_to = new
            self._show_db()
            QMessageBox.information(self, self.windowTitle(),
                                    self.tr("The data is now in {file}.").format(file=new))
        return new

    def accept(self) -> None:
        problem = self.body.problem()
        if problem:
            self.tabs.setCurrentIndex(0)
            self.body_error.setText(problem[1])
            self.body_error.show()
            problem[0].setFocus()
            return
        try:
            if self.body.values() != setup.body_settings(self.db):
                setup.save_body_settings(self.db, self.body.values())
            language = self.language.currentData()
            if language != self.config.language:
                setup.set_language(language, self.config)
                QMessageBox.information(self, self.windowTitle(), self.tr(
                    "The new language takes effect the next time the program starts."))
        except UserError as e:
            self._error(i18n.message(e))
            return
        if self.window_ is not None:
            self.window_.refresh_all()
        self._close_own()
        super().accept()

    def _close_for_rewrite(self) -> None:
        if self.window_ is not None:
            self.window_.close_database()
        elif self.db is not None:
            self.db.close()

    def _reopen(self) -> None:
        if self.window_ is not None:
            self.window_.open_database(self.db_path)
            self.db = self.window_.db
        else:
            self.db = open_db(self.db_path)
            self._own_db = True

    def reject(self) -> None:
        self._close_own()
        super().reject()

    def _close_own(self) -> None:
        if self._own_db and self.db is not None:
            self.db.close()
            self.db = None


def show_settings(window) -> None:
    """Open the settings dialog for the main window (the feature module's action)."""
    path = Path(window.db_path)
    SettingsDialog(path, window=window).exec()
