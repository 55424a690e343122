"""The import wizard: choose a file and what it holds → check the columns → see the
dry-run report → import.

All the work is in ``core.excel_import``; the wizard only shows its guesses and
results. The check and the import run through ``runner`` (the main window's
``run_write``) when given, so a 100,000-row file never freezes the window;
without a runner (tests, standalone use) they run directly.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app.core.errors import UserError
from desktop_app.core.excel import importer as excel_import
from desktop_app.core.excel.columns import KINDS, fields
from desktop_app.core.excel.read import sheet_names
from desktop_app.core.messages import render
from desktop_app.core.work import EVERYTHING, NOTHING
from desktop_app.ui import i18n, screen_fit

SHOWN = 5000  # problems listed in the window; the saved report has them all
FILE_FILTER = "Excel / OpenDocument / CSV (*.xlsx *.xlsm *.xls *.ods *.csv)"


def shown_error(wizard: ImportWizard, error: Exception) -> str:
    """A ``UserError`` in the interface language."""
    return render(error, wizard.language)


def _item(text: Any) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class ProblemsModel(QAbstractTableModel):
    """The dry-run problems, read-only. A model rather than a QTableWidget: one item per
    cell means a Qt call per cell, and in PySide6 6.12 on Python 3.11 every call of a
    void Qt method from Python drops a reference to None (measured: 1,000 ``setText``
    calls, -1,000), which aborts with 'none_dealloc' after some ten thousand calls.
    ``data()`` returning None does the opposite (adds references), which is harmless,
    so roles this model does not fill get None, as Qt expects (an empty string would
    show a check box for CheckStateRole)."""

    def __init__(self, headers: list[str], language: str, levels: tuple[str, str]):
        super().__init__()
        self.headers = headers
        self.language = language
        self.levels = levels
        self.problems: list[excel_import.Problem] = []
        self.font = QFont()
        self.text_colour = QApplication.palette().color(QPalette.ColorRole.Text)
        self.error_colour = QColor("#9b0014")

    def set_problems(self, problems) -> None:
        self.beginResetModel()
        self.problems = list(problems)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        R = Qt.ItemDataRole
        if role == R.FontRole:
            return self.font
        if role == R.ForegroundRole:
            p = self.problems[index.row()] if index.isValid() else None
            return self.error_colour if p is not None and p.level == "error" else self.text_colour
        if role == R.ToolTipRole and index.isValid() and index.column() == 3:
            role = R.DisplayRole
        if role != R.DisplayRole or not index.isValid():
            return None
        p = self.problems[index.row()]
        col = index.column()
        if col == 0:
            return str(p.row)
        if col == 1:
            return p.column
        if col == 2:
            return p.value
        if col == 3:
            return render(p.reason, self.language)
        return self.levels[0] if p.level == "error" else self.levels[1]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose the workbook"))
        self.setSubTitle(self.tr("An Excel (.xlsx, .xls), OpenDocument (.ods) or .csv file. Title rows above "
                                 "the column headers are fine; text in old fonts (TCVN3, VNI) is converted."))
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setObjectName("path")
        self.path.textChanged.connect(self._path_changed)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("File:"), row)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        labels = {"members": self.tr("Members"), "unions": self.tr("Grassroots unions"),
                  "officers": self.tr("Union officers"), "enrolments": self.tr("Course enrolments"),
                  "awards": self.tr("Awards"), "congresses": self.tr("Congresses"),
                  "dues": self.tr("Dues and fund status")}
        for k in KINDS:
            self.kind.addItem(labels[k], k)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        form.addRow(self.tr("The file lists:"), self.kind)
        self.sheet = QComboBox()
        self.sheet.setObjectName("sheet")
        form.addRow(self.tr("Sheet:"), self.sheet)
        self.course = QComboBox()
        self.course.setObjectName("course")
        for cid, title, start in wizard.db.execute(
                "SELECT id, title, starts_on FROM courses ORDER BY starts_on DESC LIMIT 500"):
            self.course.addItem(f"{title} ({start[8:10]}/{start[5:7]}/{start[:4]})", cid)
        form.addRow(self.tr("Course:"), self.course)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        form.addRow(self.error)
        self._kind_changed()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the workbook"), self.path.text(),
                                              self.tr("Excel / OpenDocument / CSV "
                                                      "(*.xlsx *.xlsm *.xls *.ods *.csv)"))
        if path:
            self.path.setText(path)

    def _path_changed(self) -> None:
        self.sheet.clear()
        self.error.clear()
        p = Path(self.path.text().strip())
        if p.is_file():
            try:
                self.sheet.addItems(sheet_names(p))
            except UserError as e:
                self.error.setText(shown_error(self.w, e))
        self.completeChanged.emit()

    def _kind_changed(self) -> None:
        self.course.setEnabled(self.kind.currentData() == "enrolments")

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        kind = self.kind.currentData()
        if kind == "enrolments" and self.course.currentData() is None:
            self.error.setText(self.tr("Add the course first: enrolments are imported into a course."))
            return False
        try:
            self.w.choices.clear()
            self.w.source = excel_import.open_source(self.path.text().strip(), kind,
                                                     self.sheet.currentText() or None)
        except UserError as e:
            self.error.setText(shown_error(self.w, e))
            return False
        self.w.course_id = self.course.currentData() if kind == "enrolments" else None
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check the columns"))
        lay = QVBoxLayout(self)
        self.info = QLabel()
        self.info.setWordWrap(True)
        lay.addWidget(self.info)
        # one switch per column found in an old Vietnamese font (TCVN3, VNI...)
        self.legacy = QWidget()
        self.legacy.setObjectName("legacy")
        self.legacy_layout = QVBoxLayout(self.legacy)
        self.legacy_layout.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.legacy)
        self.switches: dict[int, QCheckBox] = {}
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("mapping")
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("First values"),
                                              self.tr("Imported as")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        lay.addWidget(self.table)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        lay.addWidget(self.error)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        src = self.w.source
        if src.guess:
            self.info.setText(self.tr("Sheet “{0}”: the column headers are on row {1}; data starts on row {2}. "
                                      "Change “Imported as” where the guess is wrong.")
                              .format(src.sheet.name, src.guess.row + 1, src.guess.first_data_row + 1))
        else:
            self.info.setText(self.tr("No header row was recognised in sheet “{0}”. Choose what each "
                                      "column holds.").format(src.sheet.name))
        self._show_legacy()
        headers = src.headers
        self.table.setRowCount(len(headers))
        self.combos = []
        vi = self.w.language == "vi"
        for c in range(len(headers)):
            combo = QComboBox()
            combo.addItem(self.tr("(not imported)"), "")
            for f in fields(src.kind):
                combo.addItem(f.label_vi if vi else f"{f.label_en} ({f.label_vi})", f.key)
            key = src.mapping.get(c, "")
            combo.setCurrentIndex(max(combo.findData(key), 0))
            self.table.setCellWidget(c, 2, combo)
            self.combos.append(combo)
        self._fill_values()
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(2, 260)

    def _fill_values(self) -> None:
        src = self.w.source
        sample = src.sample(3)
        for c, header in enumerate(src.headers[: self.table.rowCount()]):
            self.table.setItem(c, 0, _item(header))
            values = [excel_import._show(r[c]) for r in sample if c < len(r) and r[c] not in ("", None)]
            self.table.setItem(c, 1, _item("; ".join(values)))

    def _show_legacy(self) -> None:
        while self.legacy_layout.count():
            item = self.legacy_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.switches = {}
        shown = self.w.source.legacy_shown()
        self.legacy.setVisible(bool(shown))
        if not shown:
            return
        intro = QLabel(self.tr("Some columns were typed in old Vietnamese fonts and have been converted to "
                               "Unicode. Untick a column to import it as it is."))
        intro.setWordWrap(True)
        self.legacy_layout.addWidget(intro)
        for f in shown:
            box = QCheckBox()
            box.setObjectName(f"legacy_{f.column}")
            box.setChecked(f.enabled)
            box.toggled.connect(partial(self._switch, f.column))
            self.legacy_layout.addWidget(box)
            self.switches[f.column] = box
        self._legacy_texts()

    def _legacy_texts(self) -> None:
        lines = self.w.source.legacy_lines()
        for f, line in zip(self.w.source.legacy_shown(), lines):
            self.switches[f.column].setText(render(line, self.w.language))

    def _switch(self, column: int, on: bool) -> None:
        self.w.source.set_conversion(column, on)
        self._legacy_texts()
        self._fill_values()

    def mapping(self) -> dict[int, str]:
        return {c: combo.currentData() for c, combo in enumerate(self.combos) if combo.currentData()}

    def validatePage(self) -> bool:
        self.w.source.mapping = self.mapping()
        try:
            excel_import._check_mapping(self.w.source)
        except UserError as e:
            self.error.setText(shown_error(self.w, e))
            return False
        self.error.clear()
        return True


class CheckPage(QWizardPage):
    """Shows the dry run; "Import" (the commit button) runs the real import."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(self.tr("Nothing has been changed yet. Rows with errors will not be imported; "
                                 "fix them in the file and import it again."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        lay = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.model = ProblemsModel([self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Problem"),
                                    self.tr("Level")], wizard.language, (self.tr("Error"), self.tr("Warning")))
        self.table = QTableView()
        self.table.setObjectName("problems")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        lay.addWidget(self.table)
        self.unknown = QLabel()
        self.unknown.setWordWrap(True)
        self.unknown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.unknown)
        # Unions of the file whose name is in the program with another address or code:
        # the user says, row by row, whether it is the same union or another one.
        self.conflict_label = QLabel(self.tr("These unions have the name of a union in the program but another "
                                             "address or code. Is it the same union?"))
        self.conflict_label.setWordWrap(True)
        lay.addWidget(self.conflict_label)
        self.conflicts = QTableWidget(0, 4)
        self.conflicts.setObjectName("conflicts")
        self.conflicts.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Union"), self.tr("In the program → in "
                                                  "the file"), self.tr("Decision")])
        self.conflicts.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.conflicts.verticalHeader().setVisible(False)
        self.conflicts.setMaximumHeight(160)
        for col, width in ((0, 50), (1, 230), (3, 210)):
            self.conflicts.setColumnWidth(col, width)
        lay.addWidget(self.conflicts)
        self.conflict_label.setVisible(False)
        self.conflicts.setVisible(False)
        save = QPushButton(self.tr("Save this report as Excel…"))
        save.setObjectName("save_report")
        save.clicked.connect(self.save_report)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(save)
        lay.addLayout(row)
        self.result: excel_import.ImportResult | None = None
        self._imported = False

    def initializePage(self) -> None:
        self.result = None
        self._imported = False
        self.summary.setText(self.tr("Checking…"))
        source, course_id = self.w.source, self.w.course_id  # plain data for the worker, no widget
        choices = dict(self.w.choices)
        self.w.run(self.tr("Checking the rows"), lambda db, progress: excel_import.import_file(
            db, source, dry_run=True, course_id=course_id, progress=progress, choices=choices), self.show_result,
            changes=NOTHING)

    def show_result(self, result: excel_import.ImportResult | None) -> None:
        if result is None:
            self.summary.setText(self.tr("The check was stopped."))
            return
        self.result = result
        self.summary.setText(self.tr("{0} rows read. Would be added: {1}; updated: {2}; unchanged or skipped: "
                                     "{3}; not imported because of errors: {4}.")
                             .format(result.rows, result.new, result.updated, result.skipped, result.errors))
        if result.ignored:
            self.summary.setText(self.summary.text() + " " + self.tr(
                "{0} total, note or signature lines under the list are not records and were skipped.")
                .format(result.ignored))
        self._show_conflicts(result)
        # errors first (they stop rows), then warnings, each in row order
        ordered = sorted(result.problems, key=lambda p: p.level != "error")
        self.model.set_problems(ordered[:SHOWN])
        for col, width in enumerate((50, 130, 180, 0, 80)):
            if width:
                self.table.setColumnWidth(col, width)
        if self.model.rowCount() <= 200:
            self.table.resizeRowsToContents()
        if len(result.problems) > SHOWN:
            self.summary.setText(self.summary.text() + " " + self.tr(
                "The first {0} of {1} problems are shown; save the report to see them all.")
                .format(SHOWN, len(result.problems)))
        if result.unknown_unions:
            lines = [self.tr("Unions not found in the program:")]
            for name, close in list(result.unknown_unions.items())[:30]:
                hint = self.tr(" — closest: {0}").format("; ".join(close)) if close else ""
                lines.append(f"• {name}{hint}")
            self.unknown.setText("\n".join(lines))
        else:
            self.unknown.clear()
        self.completeChanged.emit()

    def _show_conflicts(self, result: excel_import.ImportResult) -> None:
        choices = [("", self.tr("Decide… (not imported)")), ("update", self.tr("Same union: update it")),
                   ("new", self.tr("Another union: add it")), ("skip", self.tr("Skip this row"))]
        self.conflicts.setRowCount(len(result.conflicts))
        for i, c in enumerate(result.conflicts):
            self.conflicts.setItem(i, 0, _item(c.row))
            self.conflicts.setItem(i, 1, _item(c.name))
            labels = {"code": self.tr("Code"), "address": self.tr("Address"), "ward": self.tr("Ward"),
                      "employer": self.tr("Employer"), "sector": self.tr("Sector block"),
                      "founded_on": self.tr("Founded")}
            self.conflicts.setItem(i, 2, _item("; ".join(f"{labels.get(k, k)}: {old} → {new}"
                                                         for k, (old, new) in c.differences.items())))
            combo = QComboBox()
            combo.setObjectName(f"conflict_{c.row}")
            for value, text in choices:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(self.w.choices.get(c.row, ""))))
            combo.currentIndexChanged.connect(partial(self._decide, c.row, combo))
            self.conflicts.setCellWidget(i, 3, combo)
        self.conflict_label.setVisible(bool(result.conflicts))
        self.conflicts.setVisible(bool(result.conflicts))

    def _decide(self, row: int, combo: QComboBox, _index: int = 0) -> None:
        value = combo.currentData()
        if value:
            self.w.choices[row] = value
        else:
            self.w.choices.pop(row, None)
        self.initializePage()   # the counts change with the decision: check again

    def isComplete(self) -> bool:
        return self.result is not None and (self.result.new + self.result.updated) > 0

    def save_report(self) -> None:
        if self.result is None:
            return
        from desktop_app.core.excel.export import write_report
        default = str(Path(self.result.path).with_name(Path(self.result.path).stem + " - bao cao nhap.xlsx"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), default, "Excel (*.xlsx)")
        if path:
            try:
                write_report(self.result, path, self.w.language)
            except (UserError, OSError) as e:
                QMessageBox.warning(self, self.tr("Save the report"), shown_error(self.w, e))

    def validatePage(self) -> bool:
        if self._imported:
            return True
        # The runner's progress dialog is modal, so "Import" cannot be pressed twice;
        # the wizard moves on when the import reports back.

        def done(result):
            if result is None:
                return
            self.w.final = result
            self._imported = True
            self.w.imported = True
            self.w.next()

        checked = self.result
        source, course_id = self.w.source, self.w.course_id
        choices = dict(self.w.choices)
        self.w.run(self.tr("Importing"), lambda db, progress: excel_import.import_file(
            db, source, dry_run=False, course_id=course_id, progress=progress, checked=checked, choices=choices),
            done, changes=EVERYTHING)
        return self._imported


class DonePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Imported"))
        lay = QVBoxLayout(self)
        self.text = QLabel()
        self.text.setObjectName("done")
        self.text.setWordWrap(True)
        lay.addWidget(self.text)

    def initializePage(self) -> None:
        r = self.w.final
        if r is None:
            return
        msg = self.tr("Added: {0}; updated: {1}; unchanged or skipped: {2}; not imported because of "
                      "errors: {3}.").format(r.new, r.updated, r.skipped, r.errors)
        if r.backup:
            msg += "\n\n" + self.tr("A backup of the data was taken before the import:\n{0}").format(r.backup)
        self.text.setText(msg)


class ImportWizard(QWizard):
    def __init__(self, db, runner=None, parent: QWidget | None = None, *, language: str | None = None):
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.source: excel_import.Source | None = None
        self.course_id: int | None = None
        self.final: excel_import.ImportResult | None = None
        self.imported = False
        self.choices: dict[int, str] = {}   # conflicting unions: Excel row -> update/new/skip
        self.language = language or i18n.language()
        self.setWindowTitle(self.tr("Import from Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        # Qt ships no Vietnamese for its own buttons: name them here.
        B = QWizard.WizardButton
        for button, text in ((B.BackButton, self.tr("< Back")), (B.NextButton, self.tr("Next >")),
                             (B.CancelButton, self.tr("Cancel")), (B.FinishButton, self.tr("Finish"))):
            self.setButtonText(button, text)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.done_page = DonePage(self)
        for page in (self.file_page, self.mapping_page, self.check_page, self.done_page):
            self.addPage(page)
        screen_fit.fit(self, 860, 600)  # no larger than the screen

    def run(self, title: str, fn, on_done, *, changes) -> None:
        """Run ``fn(db, progress)`` through the window's ``run_write`` (on a connection of
        the worker's own), or directly on the wizard's connection."""
        if self.runner is not None:
            self.runner(title, fn, on_done, changes=changes)
            return
        try:
            result = fn(self.db, lambda *a, **k: True)
        except UserError as e:
            QMessageBox.warning(self, self.windowTitle(), shown_error(self, e))
            on_done(None)
            return
        on_done(result)
