"""Statistics forms in the window: Reports → "Statistics report 02-HĐCĐ…" (the period
chosen, the unions that have not reported listed before it is made, PDF preview or
.xlsx); Records → "Period figures of the selected union…" (the union selected in the
unions tab: its section I figures for a statistics date, with who entered them and
when, and its 01-HĐCĐ template); Import/Export → "Import returned 01-HĐCĐ…"."""

from __future__ import annotations

import datetime as dt
import re
from functools import partial
from pathlib import Path

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import UserError, ValidationError
from desktop_app.core.statistics import figures as F
from desktop_app.core.statistics.compute import compute
from desktop_app.core.statistics.form01_export import form01_xlsx
from desktop_app.core.statistics.form01_import import read_returns
from desktop_app.core.statistics.form02_export import form02_pdf, form02_xlsx
from desktop_app.core.statistics.forms import (
    FORM02_CODE,
    GROUPS,
    LEGACY,
    REPORTED,
    latest_statistics_date,
    statistics_dates,
)
from desktop_app.core.text import vn_date, vn_number
from desktop_app.ui.features.reports import generate
from desktop_app.ui.i18n import message, tr

CONTEXT = "Statistics"
M_MENU = QT_TRANSLATE_NOOP("Statistics", "Statistics report 02-HĐCĐ…")
M_TITLE = QT_TRANSLATE_NOOP("Statistics", "Statistics report 02-HĐCĐ")
M_PERIOD = QT_TRANSLATE_NOOP("Statistics", "Figures as of:")
M_MAY = QT_TRANSLATE_NOOP("Statistics", "31 May (half year)")
M_NOV = QT_TRANSLATE_NOOP("Statistics", "30 November (year)")
M_OTHER = QT_TRANSLATE_NOOP("Statistics", "Another date")
M_YEAR = QT_TRANSLATE_NOOP("Statistics", "Year:")
M_RETURNED = QT_TRANSLATE_NOOP("Statistics", "%1 of %2 grassroots unions have returned their 01-HĐCĐ for %3.")
M_MISSING = QT_TRANSLATE_NOOP("Statistics", "Not returned yet (their labour figures will be missing):")
M_ALL_IN = QT_TRANSLATE_NOOP("Statistics", "Every grassroots union has returned its 01-HĐCĐ.")
M_PDF = QT_TRANSLATE_NOOP("Statistics", "Make the PDF")
M_XLSX = QT_TRANSLATE_NOOP("Statistics", "Save as Excel…")
M_XLSX_FILTER = QT_TRANSLATE_NOOP("Statistics", "Excel workbooks (*.xlsx)")
M_SAVED = QT_TRANSLATE_NOOP("Statistics", "Saved: %1")
M_CLOSE = QT_TRANSLATE_NOOP("Statistics", "Close")
M_FIGURES_BUTTON = QT_TRANSLATE_NOOP("Statistics", "Period figures of the selected union…")
M_FIGURES_TITLE = QT_TRANSLATE_NOOP("Statistics", "Period figures of %1")
M_PICK_UNION = QT_TRANSLATE_NOOP("Statistics", "Select a grassroots union in the Unions tab first.")
M_SECTION_I = QT_TRANSLATE_NOOP(
    "Statistics", "Section I of 01-HĐCĐ: figures only the union knows. Leave a field empty if it is not known.")
M_ENTERED = QT_TRANSLATE_NOOP("Statistics", "entered by %1 on %2")
M_LEGACY = QT_TRANSLATE_NOOP(
    "Statistics", "Kept from the program's previous 01-HĐCĐ, not a row of the official form (not put on 02-HĐCĐ): %1")
M_IMPORTED = QT_TRANSLATE_NOOP("Statistics", "from the returned 01-HĐCĐ, %1")
M_SAVE = QT_TRANSLATE_NOOP("Statistics", "Save")
M_TEMPLATE = QT_TRANSLATE_NOOP("Statistics", "01-HĐCĐ template…")
M_NOTHING = QT_TRANSLATE_NOOP("Statistics", "Nothing changed.")
M_IMPORT_MENU = QT_TRANSLATE_NOOP("Statistics", "Import returned 01-HĐCĐ…")
M_IMPORT_TITLE = QT_TRANSLATE_NOOP("Statistics", "Import returned 01-HĐCĐ")
M_IMPORT_FILTER = QT_TRANSLATE_NOOP("Statistics", "Workbooks (*.xlsx *.xlsm *.xls *.ods)")
M_IMPORT_SUMMARY = QT_TRANSLATE_NOOP(
    "Statistics", "Figures as of %1: %2 workbooks can be imported, %3 are refused. "
                  "%4 grassroots unions have not returned theirs yet.")
M_IMPORT_DONE = QT_TRANSLATE_NOOP("Statistics", "Imported: %1 figures changed.")
M_IMPORT = QT_TRANSLATE_NOOP("Statistics", "Import")
M_COL_FILE = QT_TRANSLATE_NOOP("Statistics", "Workbook")
M_COL_UNION = QT_TRANSLATE_NOOP("Statistics", "Union")
M_COL_RESULT = QT_TRANSLATE_NOOP("Statistics", "Result")
M_COL_WHERE = QT_TRANSLATE_NOOP("Statistics", "Where")
M_COL_PROBLEM = QT_TRANSLATE_NOOP("Statistics", "Problem")
M_OK = QT_TRANSLATE_NOOP("Statistics", "accepted")
M_REFUSED = QT_TRANSLATE_NOOP("Statistics", "refused")
M_WARNING = QT_TRANSLATE_NOOP("Statistics", "note")
M_ROW = QT_TRANSLATE_NOOP("Statistics", "row %1")
# The import's problems (core sentences) in the interface language, values kept.
PROBLEMS = [(re.compile(p), t) for p, t in (
    (r"cannot be read: (.*)", QT_TRANSLATE_NOOP("Statistics", "cannot be read: %1")),
    (r"not a 01-HĐCĐ workbook.*", QT_TRANSLATE_NOOP("Statistics", "not a 01-HĐCĐ workbook")),
    (r"the workbook does not name its union.*",
     QT_TRANSLATE_NOOP("Statistics", "the workbook does not name its union")),
    (r"union not found: (.*)", QT_TRANSLATE_NOOP("Statistics", "union not found: %1")),
    (r"the date of the figures is not a date: (.*)",
     QT_TRANSLATE_NOOP("Statistics", "the date of the figures is not a date: %1")),
    (r"the workbook does not give the date of its figures.*",
     QT_TRANSLATE_NOOP("Statistics", "the workbook does not give the date of its figures")),
    (r"the table of figures .* was not found", QT_TRANSLATE_NOOP("Statistics", "the table of figures was not found")),
    (r"(.+): a negative number: (.*)", QT_TRANSLATE_NOOP("Statistics", "%1: a negative number: %2")),
    (r"(.+): not a number: (.*)", QT_TRANSLATE_NOOP("Statistics", "%1: not a number: %2")),
    (r"women \((.+)\) are more than the workers \((.+)\)",
     QT_TRANSLATE_NOOP("Statistics", "women (%1) are more than the workers (%2)")),
    (r"(.+): (.+) is more than (.+) \((.+)\)",
     QT_TRANSLATE_NOOP("Statistics", "%1: %2 is more than %3 (%4)")),
    (r"(.+) needs the number of people it is counted over \((.+)\)",
     QT_TRANSLATE_NOOP("Statistics", "%1 needs the number of people it is counted over (%2)")),
    (r"(.+) is given without the wage it counts \((.+)\)",
     QT_TRANSLATE_NOOP("Statistics", "%1 is given without the wage it counts (%2)")),
    (r"made from the previous template: (.+) kept, but not put on 02-HĐCĐ \(not a row of the official form\)",
     QT_TRANSLATE_NOOP("Statistics", "made from the previous template: %1 kept, but not put on 02-HĐCĐ "
                                     "(not a row of the official form)")),
    (r"section I \(labour, income\) is not filled in",
     QT_TRANSLATE_NOOP("Statistics", "section I (labour, income) is not filled in")),
    (r"the workbook has no figures filled in",
     QT_TRANSLATE_NOOP("Statistics", "the workbook has no figures filled in")),
    (r"figures as of (\S+), not as of (\S+) \(another period\)",
     QT_TRANSLATE_NOOP("Statistics", "figures as of %1, not as of %2 (another period)")),
    (r"(.+): a second workbook for the same union \(the first was (.+)\)",
     QT_TRANSLATE_NOOP("Statistics", "%1: a second workbook for the same union (the first was %2)")),
    (r"(.+) was not active on (\S+)", QT_TRANSLATE_NOOP("Statistics", "%1 was not active on %2")),
    (r"(.+): (.+) = (.+) in the workbook, (.+) in the records",
     QT_TRANSLATE_NOOP("Statistics", "%1: %2 = %3 in the workbook, %4 in the records")),
)]
M_CHANGED = QT_TRANSLATE_NOOP("Statistics", "Saved.")
M_UNDO_FIGURES = QT_TRANSLATE_NOOP("Statistics", "period figures")


class PeriodPicker(QWidget):
    """31/5 or 30/11 of a year, or any date."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, initial: dt.date | None = None):
        super().__init__(parent)
        initial = initial or latest_statistics_date(dt.date.today())
        self.kind = QComboBox(self)
        self.kind.setObjectName("period_kind")
        self.kind.addItems([tr(CONTEXT, M_MAY), tr(CONTEXT, M_NOV), tr(CONTEXT, M_OTHER)])
        self.year = QSpinBox(self)
        self.year.setObjectName("period_year")
        self.year.setRange(1990, 2200)
        self.other = QDateEdit(self)
        self.other.setObjectName("period_date")
        self.other.setCalendarPopup(True)
        self.other.setDisplayFormat("dd/MM/yyyy")
        self.year_label = QLabel(tr(CONTEXT, M_YEAR), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.kind, self.year_label, self.year, self.other):
            layout.addWidget(w)
        layout.addStretch(1)
        self.set_date(initial)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.year.valueChanged.connect(lambda _v: self.changed.emit())
        self.other.dateChanged.connect(lambda _d: self.changed.emit())

    def set_date(self, day: dt.date) -> None:
        may, nov = statistics_dates(day.year)
        self.year.setValue(day.year)
        self.other.setDate(QDate(day.year, day.month, day.day))
        self.kind.setCurrentIndex(0 if day == may else 1 if day == nov else 2)
        self._show_widgets()

    def _kind_changed(self, _index: int) -> None:
        self._show_widgets()
        self.changed.emit()

    def _show_widgets(self) -> None:
        other = self.kind.currentIndex() == 2
        self.other.setVisible(other)
        self.year.setVisible(not other)
        self.year_label.setVisible(not other)

    def date(self) -> dt.date:
        if self.kind.currentIndex() == 2:
            return self.other.date().toPython()
        return statistics_dates(self.year.value())[self.kind.currentIndex()]


class Form02Dialog(QDialog):
    """Choose the period, see who has not reported, make the PDF or the workbook."""

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.setObjectName("form02_dialog")
        self.setWindowTitle(tr(CONTEXT, M_TITLE))
        self.resize(620, 480)
        self.period = PeriodPicker(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("form02_summary")
        self.summary.setWordWrap(True)
        self.missing_label = QLabel(tr(CONTEXT, M_MISSING), self)
        self.missing = QListWidget(self)
        self.missing.setObjectName("form02_missing")
        self.pdf = QPushButton(tr(CONTEXT, M_PDF), self)
        self.pdf.setObjectName("form02_pdf")
        self.xlsx = QPushButton(tr(CONTEXT, M_XLSX), self)
        self.xlsx.setObjectName("form02_xlsx")
        close = QPushButton(tr(CONTEXT, M_CLOSE), self)
        form = QFormLayout()
        form.addRow(tr(CONTEXT, M_PERIOD), self.period)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf)
        buttons.addWidget(self.xlsx)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.missing, 1)
        layout.addLayout(buttons)
        self.period.changed.connect(self.refresh)
        self.pdf.clicked.connect(self.make_pdf)
        self.xlsx.clicked.connect(self.save_xlsx)
        close.clicked.connect(self.reject)
        self.refresh()

    def refresh(self) -> None:
        day = self.period.date()
        active = compute_active(self.window_.db, day)
        missing = F.missing(self.window_.db, day)
        self.summary.setText(tr(CONTEXT, M_RETURNED).replace("%1", vn_number(active - len(missing)))
                             .replace("%2", vn_number(active)).replace("%3", vn_date(day)))
        self.missing.clear()
        for m in missing:
            self.missing.addItem(f"{m['code'] or ''}  {m['name']}".strip())
        self.missing_label.setText(tr(CONTEXT, M_MISSING) if missing else tr(CONTEXT, M_ALL_IN))

    def make_pdf(self) -> None:
        day = self.period.date()
        generate(self.window_, tr(CONTEXT, M_TITLE), lambda db, out, **kw: form02_pdf(db, day, out, **kw),
                 f"02-HDCD-{day.isoformat()}.pdf")

    def save_xlsx(self) -> None:
        day = self.period.date()
        path, _filter = QFileDialog.getSaveFileName(self, tr(CONTEXT, M_XLSX), f"02-HDCD-{day.isoformat()}.xlsx",
                                                    tr(CONTEXT, M_XLSX_FILTER))
        if not path:
            return
        out = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")

        def work(db, progress):
            progress(0, 0, tr(CONTEXT, M_TITLE))
            return form02_xlsx(db, day, out)

        self.window_.run_read(tr(CONTEXT, M_TITLE), work, self._saved)

    def _saved(self, path: Path) -> None:
        self.summary.setText(self.summary.text() + "\n" + tr(CONTEXT, M_SAVED).replace("%1", str(path)))


def compute_active(db, day: dt.date) -> int:
    """Unions active on ``day`` (cheap: no member history needed)."""
    return db.execute("""SELECT count(*) FROM unions u WHERE (u.founded_on IS NULL OR u.founded_on <= :d)
                         AND NOT (u.status != 'active' AND u.status_on <= :d)""",
                      {"d": day.isoformat()}).fetchone()[0]


def problem_text(reason: str) -> str:
    """A problem of the 01-HĐCĐ import in the interface language."""
    for pattern, template in PROBLEMS:
        m = pattern.fullmatch(reason)
        if m:
            out = tr(CONTEXT, template)
            for i, value in enumerate(m.groups(), 1):
                out = out.replace(f"%{i}", value)
            return out
    return reason


class Form01ImportDialog(QDialog):
    """The dry run of the chosen workbooks, row by row; Import writes the accepted ones."""

    def __init__(self, window, paths: list[str]):
        super().__init__(window)
        self.window_, self.paths = window, paths
        self.setObjectName("form01_import_dialog")
        self.setWindowTitle(tr(CONTEXT, M_IMPORT_TITLE))
        self.resize(980, 520)
        self.summary = QLabel(self)
        self.summary.setObjectName("form01_import_summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("form01_import_table")
        heads = (M_COL_FILE, M_COL_UNION, M_COL_RESULT, M_COL_WHERE, M_COL_PROBLEM)
        self.table.setHorizontalHeaderLabels([tr(CONTEXT, h) for h in heads])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.missing = QListWidget(self)
        self.missing.setObjectName("form01_import_missing")
        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(tr(CONTEXT, M_IMPORT), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("form01_import_run")
        close = buttons.addButton(tr(CONTEXT, M_CLOSE), QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 3)
        layout.addWidget(QLabel(tr(CONTEXT, M_MISSING), self))
        layout.addWidget(self.missing, 1)
        layout.addWidget(buttons)
        self.import_button.clicked.connect(self.run_import)
        close.clicked.connect(self.reject)
        self.result = None
        self.check()

    def check(self) -> None:
        self.show_result(read_returns(self.window_.db, self.paths, dry_run=True))

    def show_result(self, result) -> None:
        self.result = result
        problems: dict[str, list] = {}
        for p in result.problems:
            problems.setdefault(p.file, []).append(p)
        lines = []
        for f in result.files:
            name = f.path.name
            found = problems.get(name) or [None]
            for p in found:
                verdict = tr(CONTEXT, M_OK) if f.ok else tr(CONTEXT, M_REFUSED)
                if p is not None and p.level == "warning":
                    warning = tr(CONTEXT, M_WARNING)
                    verdict = f"{verdict} ({warning})"
                where = p.where if p else ""
                if where.startswith("row "):
                    where = tr(CONTEXT, M_ROW).replace("%1", where[4:])
                lines.append((name, f.union_name, verdict, where,
                              problem_text(p.reason) if p else ""))
        self.table.setRowCount(len(lines))
        for r, line in enumerate(lines):
            for c, value in enumerate(line):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.missing.clear()
        for m in result.missing:
            self.missing.addItem(f"{m['code'] or ''}  {m['name']}".strip())
        self.summary.setText(tr(CONTEXT, M_IMPORT_SUMMARY).replace("%1", vn_date(result.as_of) if result.as_of else "?")
                             .replace("%2", str(len(result.accepted))).replace("%3", str(len(result.rejected)))
                             .replace("%4", str(len(result.missing))))
        self.import_button.setEnabled(result.dry_run and bool(result.accepted))

    def run_import(self) -> None:
        try:
            result = read_returns(self.window_.db, self.paths, as_of=self.result.as_of, dry_run=False)
        except UserError as e:
            QMessageBox.warning(self, tr(CONTEXT, M_IMPORT_TITLE), message(e))
            return
        self.show_result(result)
        self.summary.setText(self.summary.text() + "\n" + tr(CONTEXT, M_IMPORT_DONE).replace("%1", str(result.changed)))
        if result.changed:
            self.window_.refresh_all()


def open_form01_import(window, paths: list[str] | None = None) -> QDialog | None:
    if paths is None:
        paths, _filter = QFileDialog.getOpenFileNames(window, tr(CONTEXT, M_IMPORT_TITLE), "",
                                                      tr(CONTEXT, M_IMPORT_FILTER))
    if not paths:
        return None
    return _keep(window, Form01ImportDialog(window, list(paths)))


class PeriodFiguresDialog(QDialog):
    """A union's section I figures for one statistics date."""

    def __init__(self, window, union_id: int):
        super().__init__(window)
        self.window_, self.db, self.union_id = window, window.db, union_id
        name = self.db.execute("SELECT name FROM unions WHERE id = ?", [union_id]).fetchone()[0]
        self.setObjectName("period_figures_dialog")
        self.setWindowTitle(tr(CONTEXT, M_FIGURES_TITLE).replace("%1", name))
        self.resize(1040, 560)
        self.period = PeriodPicker(self)
        self.fields: dict[str, QLineEdit] = {}
        self.notes: dict[str, QLabel] = {}
        form = QFormLayout()
        form.addRow(tr(CONTEXT, M_PERIOD), self.period)
        intro = QLabel(tr(CONTEXT, M_SECTION_I), self)
        intro.setWordWrap(True)
        form.addRow(intro)
        group = None
        for row in REPORTED:
            if row.group != group:
                group = row.group
                heading = QLabel(f"<b><i>{GROUPS[group]}</i></b>", self)
                heading.setWordWrap(True)
                form.addRow(heading)
            edit = QLineEdit(self)
            edit.setObjectName(f"figure_{row.key}")
            edit.setMinimumWidth(120)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            note = QLabel(self)
            note.setMinimumWidth(230)
            note.setObjectName(f"figure_{row.key}_note")
            box = QHBoxLayout()
            box.addWidget(edit, 1)
            box.addWidget(QLabel(row.unit, self))
            box.addWidget(note, 2)
            number, label = row.on_form01()
            # one line each: a wrapped label in a form layout is cut off at some widths
            caption = QLabel(f"{number}. {label}" if number else f"      {label}", self)
            caption.setBuddy(edit)
            form.addRow(caption, box)
            self.fields[row.key], self.notes[row.key] = edit, note
        # Figures of the previous template: shown, never put on a form, never edited here.
        self.legacy = QLabel(self)
        self.legacy.setObjectName("figures_legacy")
        self.legacy.setWordWrap(True)
        self.legacy.setStyleSheet("color: #555")
        form.addRow(self.legacy)
        self.error = QLabel(self)
        self.error.setObjectName("figures_error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(tr(CONTEXT, M_SAVE), QDialogButtonBox.ButtonRole.ApplyRole)
        self.save_button.setObjectName("figures_save")
        self.template_button = buttons.addButton(tr(CONTEXT, M_TEMPLATE), QDialogButtonBox.ButtonRole.ActionRole)
        self.template_button.setObjectName("figures_template")
        close = buttons.addButton(tr(CONTEXT, M_CLOSE), QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.period.changed.connect(self.load)
        self.save_button.clicked.connect(self.save)
        self.template_button.clicked.connect(self.save_template)
        close.clicked.connect(self.reject)
        self.load()

    def load(self) -> None:
        stored = F.figures(self.db, self.union_id, self.period.date())
        for key, edit in self.fields.items():
            got = stored.get(key)
            edit.setText(vn_number(got["value"]) if got else "")
            if got:
                at = vn_date(got["entered_at"][:10]) + " " + got["entered_at"][11:16]
                text = (tr(CONTEXT, M_IMPORTED).replace("%1", at) if got["source"] == "import"
                        else tr(CONTEXT, M_ENTERED).replace("%1", got["entered_by"] or "?").replace("%2", at))
            else:
                text = ""
            self.notes[key].setText(text)
        old = [f"{r.label}: {vn_number(stored[r.key]['value'])} {r.unit}" for r in LEGACY if r.key in stored]
        self.legacy.setText(tr(CONTEXT, M_LEGACY).replace("%1", "; ".join(old)) if old else "")
        self.legacy.setVisible(bool(old))
        self.error.clear()

    def save(self) -> bool:
        values = {k: e.text().strip() or None for k, e in self.fields.items()}
        day, union_id = self.period.date(), self.union_id
        saved = F.saved_figures(self.db, union_id, day)
        try:
            changed = F.set_figures(self.db, union_id, day, values)
        except ValidationError as e:
            self.error.setText(message(e))
            if e.field in self.fields:
                self.fields[e.field].setFocus()
            return False
        except UserError as e:
            self.error.setText(message(e))
            return False
        self.load()
        self.error.setText(tr(CONTEXT, M_CHANGED) if changed else tr(CONTEXT, M_NOTHING))
        if changed:
            def undo(db, dialog=self) -> None:
                F.restore_figures(db, union_id, day, saved)
                if shiboken6.isValid(dialog) and dialog.isVisible():
                    dialog.load()  # the dialog still open shows the figures as they are again
            self.window_.push_undo(tr(CONTEXT, M_UNDO_FIGURES), undo, "unions", union_id)
        return True

    def save_template(self) -> None:
        day = self.period.date()
        path, _filter = QFileDialog.getSaveFileName(
            self, tr(CONTEXT, M_TEMPLATE), f"01-HDCD-cdcs-{self.union_id}-{day.isoformat()}.xlsx",
            tr(CONTEXT, M_XLSX_FILTER))
        if path:
            out = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")
            try:
                form01_xlsx(self.db, self.union_id, day, out, form=compute(self.db, day))
            except (UserError, OSError) as e:
                QMessageBox.warning(self, tr(CONTEXT, M_TEMPLATE), message(e) if isinstance(e, UserError) else str(e))
                return
            self.error.setText(tr(CONTEXT, M_SAVED).replace("%1", str(out)))


def _keep(window, dialog: QDialog) -> QDialog:
    window.keep(dialog)  # alive until closed
    dialog.open()
    return dialog


def open_form02(window) -> QDialog:
    return _keep(window, Form02Dialog(window))


def open_period_figures(window) -> QDialog | None:
    union = window.selected_id("unions")
    if union is None:
        QMessageBox.information(window, tr(CONTEXT, M_TITLE), tr(CONTEXT, M_PICK_UNION))
        return None
    return _keep(window, PeriodFiguresDialog(window, union))


def install(window) -> None:
    action = QAction(tr(CONTEXT, M_MENU), window)
    action.setObjectName("action_report_form02")
    action.setToolTip(FORM02_CODE)
    action.triggered.connect(partial(lambda w, _checked=False: open_form02(w), window))
    separator = QAction(window)
    separator.setSeparator(True)
    window.add_feature_actions("reports", separator, action)
    importing = QAction(tr(CONTEXT, M_IMPORT_MENU), window)
    importing.setObjectName("action_import_form01")
    importing.triggered.connect(partial(lambda w, _checked=False: open_form01_import(w), window))
    window.add_feature_actions("import_export", importing)
    figures = QAction(tr(CONTEXT, M_FIGURES_BUTTON), window)
    figures.setObjectName("action_period_figures")
    figures.triggered.connect(partial(lambda w, _checked=False: open_period_figures(w), window))
    window.add_feature_actions("records", figures)
