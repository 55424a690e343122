"""Statistics forms in the window: Reports → "Statistics report 02-HĐCĐ…" (the period
chosen, the unions that have not reported listed before it is made, PDF preview or
.xlsx), and on the unions tab "Period figures…" (a union's section I figures for a
statistics date, with who entered them and when, and its 01-HĐCĐ template)."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
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
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import UserError, ValidationError
from desktop_app.core.statistics import figures as F
from desktop_app.core.statistics.compute import compute
from desktop_app.core.statistics.form01_export import form01_xlsx
from desktop_app.core.statistics.form02_export import form02_pdf, form02_xlsx
from desktop_app.core.statistics.forms import FORM02_CODE, REPORTED, latest_statistics_date, statistics_dates
from desktop_app.core.storage.db import connect
from desktop_app.core.text import vn_date, vn_number
from desktop_app.ui.features.reports import generate

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
M_FIGURES_BUTTON = QT_TRANSLATE_NOOP("Statistics", "Period figures…")
M_FIGURES_TITLE = QT_TRANSLATE_NOOP("Statistics", "Period figures of %1")
M_PICK_UNION = QT_TRANSLATE_NOOP("Statistics", "Select a grassroots union in the Unions tab first.")
M_SECTION_I = QT_TRANSLATE_NOOP(
    "Statistics", "Section I of 01-HĐCĐ: figures only the union knows. Leave a field empty if it is not known.")
M_ENTERED = QT_TRANSLATE_NOOP("Statistics", "entered by %1 on %2")
M_IMPORTED = QT_TRANSLATE_NOOP("Statistics", "from the returned 01-HĐCĐ, %1")
M_SAVE = QT_TRANSLATE_NOOP("Statistics", "Save")
M_TEMPLATE = QT_TRANSLATE_NOOP("Statistics", "01-HĐCĐ template…")
M_NOT_NUMBER = QT_TRANSLATE_NOOP("Statistics", "%1: not a number")
M_NEGATIVE = QT_TRANSLATE_NOOP("Statistics", "%1: must not be negative")
M_WHOLE = QT_TRANSLATE_NOOP("Statistics", "%1: must be a whole number")
M_MORE = QT_TRANSLATE_NOOP("Statistics", "%1 cannot be more than the workers")
M_NOTHING = QT_TRANSLATE_NOOP("Statistics", "Nothing changed.")
M_CHANGED = QT_TRANSLATE_NOOP("Statistics", "Saved.")


def _(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class PeriodPicker(QWidget):
    """31/5 or 30/11 of a year, or any date."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, initial: dt.date | None = None):
        super().__init__(parent)
        initial = initial or latest_statistics_date(dt.date.today())
        self.kind = QComboBox(self)
        self.kind.setObjectName("period_kind")
        self.kind.addItems([_(M_MAY), _(M_NOV), _(M_OTHER)])
        self.year = QSpinBox(self)
        self.year.setObjectName("period_year")
        self.year.setRange(1990, 2200)
        self.other = QDateEdit(self)
        self.other.setObjectName("period_date")
        self.other.setCalendarPopup(True)
        self.other.setDisplayFormat("dd/MM/yyyy")
        self.year_label = QLabel(_(M_YEAR), self)
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


def _worker_db(window):
    path = getattr(window, "db_path", None)
    return (connect(path), True) if path else (window.db, False)


class Form02Dialog(QDialog):
    """Choose the period, see who has not reported, make the PDF or the workbook."""

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.setObjectName("form02_dialog")
        self.setWindowTitle(_(M_TITLE))
        self.resize(620, 480)
        self.period = PeriodPicker(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("form02_summary")
        self.summary.setWordWrap(True)
        self.missing_label = QLabel(_(M_MISSING), self)
        self.missing = QListWidget(self)
        self.missing.setObjectName("form02_missing")
        self.pdf = QPushButton(_(M_PDF), self)
        self.pdf.setObjectName("form02_pdf")
        self.xlsx = QPushButton(_(M_XLSX), self)
        self.xlsx.setObjectName("form02_xlsx")
        close = QPushButton(_(M_CLOSE), self)
        form = QFormLayout()
        form.addRow(_(M_PERIOD), self.period)
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
        self.summary.setText(_(M_RETURNED).replace("%1", vn_number(active - len(missing)))
                             .replace("%2", vn_number(active)).replace("%3", vn_date(day)))
        self.missing.clear()
        for m in missing:
            self.missing.addItem(f"{m['code'] or ''}  {m['name']}".strip())
        self.missing_label.setText(_(M_MISSING) if missing else _(M_ALL_IN))

    def make_pdf(self) -> None:
        day = self.period.date()
        generate(self.window_, _(M_TITLE), lambda db, out, **kw: form02_pdf(db, day, out, **kw),
                 f"02-HDCD-{day.isoformat()}.pdf")

    def save_xlsx(self) -> None:
        day = self.period.date()
        path, _filter = QFileDialog.getSaveFileName(self, _(M_XLSX), f"02-HDCD-{day.isoformat()}.xlsx",
                                                    _(M_XLSX_FILTER))
        if not path:
            return
        out = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")

        def work(progress):
            progress(0, 0, _(M_TITLE))
            db, own = _worker_db(self.window_)
            try:
                return form02_xlsx(db, day, out)
            finally:
                if own:
                    db.close()

        self.window_.run_in_background(_(M_TITLE), work, self._saved)

    def _saved(self, path: Path) -> None:
        self.summary.setText(self.summary.text() + "\n" + _(M_SAVED).replace("%1", str(path)))


def compute_active(db, day: dt.date) -> int:
    """Unions active on ``day`` (cheap: no member history needed)."""
    return db.execute("""SELECT count(*) FROM unions u WHERE (u.founded_on IS NULL OR u.founded_on <= :d)
                         AND NOT (u.status != 'active' AND u.status_on <= :d)""",
                      {"d": day.isoformat()}).fetchone()[0]


def _localised(e: ValidationError) -> str:
    """The few messages of the figure checks, in the interface language."""
    row = next((r for r in REPORTED if r.key == e.field), None)
    label = row.label if row else e.field
    msg = e.message
    if "more than the workers" in msg:
        return _(M_MORE).replace("%1", label)
    if "negative" in msg:
        return _(M_NEGATIVE).replace("%1", label)
    if "whole number" in msg:
        return _(M_WHOLE).replace("%1", label)
    if "not a number" in msg:
        return _(M_NOT_NUMBER).replace("%1", label)
    return msg


class PeriodFiguresDialog(QDialog):
    """A union's section I figures for one statistics date."""

    def __init__(self, window, union_id: int):
        super().__init__(window)
        self.window_, self.db, self.union_id = window, window.db, union_id
        name = self.db.execute("SELECT name FROM unions WHERE id = ?", [union_id]).fetchone()[0]
        self.setObjectName("period_figures_dialog")
        self.setWindowTitle(_(M_FIGURES_TITLE).replace("%1", name))
        self.resize(860, 300)
        self.period = PeriodPicker(self)
        self.fields: dict[str, QLineEdit] = {}
        self.notes: dict[str, QLabel] = {}
        form = QFormLayout()
        form.addRow(_(M_PERIOD), self.period)
        intro = QLabel(_(M_SECTION_I), self)
        intro.setWordWrap(True)
        form.addRow(intro)
        for row in REPORTED:
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
            form.addRow(f"{row.number}. {row.label}", box)
            self.fields[row.key], self.notes[row.key] = edit, note
        self.error = QLabel(self)
        self.error.setObjectName("figures_error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(_(M_SAVE), QDialogButtonBox.ButtonRole.ApplyRole)
        self.save_button.setObjectName("figures_save")
        self.template_button = buttons.addButton(_(M_TEMPLATE), QDialogButtonBox.ButtonRole.ActionRole)
        self.template_button.setObjectName("figures_template")
        close = buttons.addButton(_(M_CLOSE), QDialogButtonBox.ButtonRole.RejectRole)
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
                text = (_(M_IMPORTED).replace("%1", at) if got["source"] == "import"
                        else _(M_ENTERED).replace("%1", got["entered_by"] or "?").replace("%2", at))
            else:
                text = ""
            self.notes[key].setText(text)
        self.error.clear()

    def save(self) -> bool:
        values = {k: e.text().strip() or None for k, e in self.fields.items()}
        try:
            changed = F.set_figures(self.db, self.union_id, self.period.date(), values)
        except ValidationError as e:
            self.error.setText(_localised(e))
            if e.field in self.fields:
                self.fields[e.field].setFocus()
            return False
        except UserError as e:
            self.error.setText(str(e))
            return False
        self.load()
        self.error.setText(_(M_CHANGED) if changed else _(M_NOTHING))
        return True

    def save_template(self) -> None:
        day = self.period.date()
        path, _filter = QFileDialog.getSaveFileName(
            self, _(M_TEMPLATE), f"01-HDCD-cdcs-{self.union_id}-{day.isoformat()}.xlsx", _(M_XLSX_FILTER))
        if path:
            out = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")
            try:
                form01_xlsx(self.db, self.union_id, day, out, form=compute(self.db, day))
            except (UserError, OSError) as e:
                QMessageBox.warning(self, _(M_TEMPLATE), str(e))
                return
            self.error.setText(_(M_SAVED).replace("%1", str(out)))


def _keep(window, dialog: QDialog) -> QDialog:
    kept = getattr(window, "_statistics_dialogs", None)
    if kept is None:
        kept = window._statistics_dialogs = []
    kept.append(dialog)
    dialog.finished.connect(lambda _r: kept.remove(dialog) if dialog in kept else None)
    dialog.open()
    return dialog


def open_form02(window) -> QDialog:
    return _keep(window, Form02Dialog(window))


def open_period_figures(window) -> QDialog | None:
    union = window.selected_id("unions")
    if union is None:
        QMessageBox.information(window, _(M_TITLE), _(M_PICK_UNION))
        return None
    return _keep(window, PeriodFiguresDialog(window, union))


def install(window) -> None:
    action = QAction(_(M_MENU), window)
    action.setObjectName("action_report_form02")
    action.setToolTip(FORM02_CODE)
    action.triggered.connect(partial(lambda w, _checked=False: open_form02(w), window))
    separator = QAction(window)
    separator.setSeparator(True)
    window.add_feature_actions("reports", separator, action)
    unions_tab = getattr(window, "list_tabs", {}).get("unions")
    if unions_tab is not None:
        button = QPushButton(_(M_FIGURES_BUTTON), unions_tab)
        button.setObjectName("unions_period_figures")
        button.clicked.connect(lambda _checked=False: open_period_figures(window))
        bar = unions_tab.button_bar  # before the stretch the tab ends its buttons with
        bar.insertWidget(max(bar.count() - 1, 0), button)
