"""The annual report's window: the year, the sections the officer writes (kept per year,
drafted from the figures), the document number and "Nơi nhận". The figures themselves
are computed by core and never typed here."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.records import doc_numbers
from desktop_app.core.records.bodies import own_body
from desktop_app.core.reports import annual_texts
from desktop_app.core.reports.annual import year_figures


class AnnualReportDialog(QDialog):
    """Collects what ``annual_pdf`` takes; ``accept`` saves the texts of the year."""

    def __init__(self, db, parent: QWidget | None = None, year: int | None = None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Annual report"))
        today = dt.date.today()
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(1990, today.year)
        self.year.setValue(year or (today.year if today.month >= 11 else today.year - 1))

        self.sections = QTabWidget()
        self.edits: dict[str, QPlainTextEdit] = {}
        for key in annual_texts.KEYS:
            edit = QPlainTextEdit()
            edit.setObjectName(f"text_{key}")
            self.edits[key] = edit
            self.sections.addTab(edit, "")
        self.redraft = QPushButton(self.tr("&Draft this section from the figures again"))
        self.redraft.setObjectName("redraft")
        self.redraft.clicked.connect(self._redraft)

        self.numbered = QCheckBox()
        self.numbered.setObjectName("numbered")
        self.recipients = QPlainTextEdit()
        self.recipients.setObjectName("recipients")
        self.recipients.setFixedHeight(80)
        body = own_body(db) or {}
        parent_name = body.get("parent_short_name") or body.get("parent_name")
        self.recipients.setPlainText("\n".join([
            f"{parent_name} (để báo cáo)" if parent_name else "Cấp trên (để báo cáo)",
            "Các công đoàn cơ sở trực thuộc", "Lưu: VT"]))

        form = QFormLayout()
        form.addRow(self.tr("&Year:"), self.year)
        form.addRow(self.tr("Number:"), self.numbered)
        form.addRow(self.tr("&Recipients (one a line):"), self.recipients)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Make the report"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("make")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("The figures are computed from the records. Write the assessment, next year's "
                              "tasks and proposals below; they are kept for the year. An empty section is "
                              "left out of the report."))
        hint.setWordWrap(True)
        redraft_row = QHBoxLayout()
        redraft_row.addStretch(1)
        redraft_row.addWidget(self.redraft)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.sections, 1)
        layout.addLayout(redraft_row)
        layout.addWidget(buttons)
        self.resize(760, 620)
        self.year.valueChanged.connect(self._load)
        self._load()

    def _figures(self):
        return year_figures(self.db, self.year.value())

    def _load(self, *_args) -> None:
        year = self.year.value()
        titles = {key: annual_texts.heading(key, year) for key in annual_texts.KEYS}
        for i, key in enumerate(annual_texts.KEYS):
            self.sections.setTabText(i, titles[key])
        name = (own_body(self.db) or {}).get("name") or ""
        values = annual_texts.texts(self.db, year, self._figures(), name)
        for key, edit in self.edits.items():
            edit.setPlainText(values.get(key, ""))
        self.numbered.setText(self.tr("Give it the next number of the register: %1").replace(
            "%1", doc_numbers.proposed(self.db, "BC", min(dt.date.today(), dt.date(year, 12, 31)).year)))

    def _redraft(self, _checked: bool = False) -> None:
        key = annual_texts.KEYS[self.sections.currentIndex()]
        name = (own_body(self.db) or {}).get("name") or ""
        draft = annual_texts.defaults(self._figures(), name, annual_texts.next_year_targets(self.db, self.year.value()))
        self.edits[key].setPlainText(draft[key])

    def texts(self) -> dict[str, str]:
        return {key: edit.toPlainText() for key, edit in self.edits.items()}

    def options(self) -> dict:
        """What to pass to ``annual_pdf``."""
        lines = [line for line in self.recipients.toPlainText().splitlines() if line.strip()]
        return {"number": "auto" if self.numbered.isChecked() else None, "recipients": lines or None}

    def accept(self) -> None:
        annual_texts.save(self.db, self.year.value(), self.texts())
        super().accept()
