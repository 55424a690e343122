"""File → Merge another file…: choose files, see what a merge would do, settle the
conflicting values, merge.

The dry run and the merge run in the window's background runner (with its cancellable
progress dialog); standalone (tests, or a window without one) they run in place.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import UserError
from desktop_app.core.merge.engine import MergeReport, merge_files
from desktop_app.core.text import vn_number
from desktop_app.core.work import EVERYTHING, NOTHING
from desktop_app.ui import i18n, screen_fit

TABLES = ("unions", "members", "officers", "events", "courses", "welfare")
# A combo box per row is fine for hundreds of conflicts; past this many, the rest are
# settled by the set-all buttons (or the default, the newest value).
MAX_CONFLICT_ROWS = 2000


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return " / ".join(_text(v) for v in value)
    return str(value)


def _stamp(value: str | None) -> str:
    if not value:
        return ""
    day, _, time = value.partition("T")
    y, m, d = day.split("-")
    return f"{d}/{m}/{y} {time[:5]}".strip()


class MergeDialog(QDialog):
    def __init__(self, db, parent: QWidget | None = None, *,
                 runner: Callable[..., object] | None = None,
                 on_merged: Callable[[MergeReport], None] | None = None):
        super().__init__(parent)
        self.db = db
        self.runner = runner or self._run_here
        self.on_merged = on_merged
        self.report: MergeReport | None = None
        self.bulk_choice = "newest"
        self.result_report: MergeReport | None = None
        self.setWindowTitle(self.tr("Merge another file"))
        screen_fit.fit(self, 900, 640)  # no larger than the screen

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Bring the records of other files of this program (for example those of former district "
            "federations) into this file. A backup is made first; records already here are recognised "
            "and not duplicated."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        files_row = QHBoxLayout()
        self.files = QListWidget()
        self.files.setMaximumHeight(90)
        files_row.addWidget(self.files, 1)
        buttons = QVBoxLayout()
        self.add_button = QPushButton(self.tr("Add files…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.check_button = QPushButton(self.tr("Check (dry run)"))
        for b in (self.add_button, self.remove_button, self.check_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        files_row.addLayout(buttons)
        layout.addLayout(files_row)

        layout.addWidget(QLabel(self.tr("What the merge would do:")))
        self.summary = QTableWidget(0, 5)
        self.summary.setHorizontalHeaderLabels([
            self.tr("File / former unit"), self.tr("Records"), self.tr("Added"),
            self.tr("Already here"), self.tr("Updated")])
        self._setup_table(self.summary)
        layout.addWidget(self.summary, 1)

        conflict_row = QHBoxLayout()
        self.conflict_label = QLabel(self.tr("Conflicting values:"))
        conflict_row.addWidget(self.conflict_label, 1)
        self.all_ours_button = QPushButton(self.tr("Keep this file's values"))
        self.all_newest_button = QPushButton(self.tr("Keep the newest values"))
        self.all_theirs_button = QPushButton(self.tr("Take the other file's values"))
        for b in (self.all_ours_button, self.all_newest_button, self.all_theirs_button):
            conflict_row.addWidget(b)
        layout.addLayout(conflict_row)
        self.conflicts = QTableWidget(0, 7)
        self.conflicts.setHorizontalHeaderLabels([
            self.tr("Record"), self.tr("Field"), self.tr("This file"), self.tr("Other file"),
            self.tr("Other file changed"), self.tr("From"), self.tr("Keep")])
        self._setup_table(self.conflicts)
        layout.addWidget(self.conflicts, 2)

        self.notes = QLabel("")
        self.notes.setWordWrap(True)
        layout.addWidget(self.notes)

        self.box = QDialogButtonBox()
        self.merge_button = self.box.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.box.addButton(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(self.box)

        self.add_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self.remove_selected)
        self.check_button.clicked.connect(self.dry_run)
        self.merge_button.clicked.connect(self.merge)
        self.box.rejected.connect(self.reject)
        self.all_ours_button.clicked.connect(lambda: self.set_all("ours"))
        self.all_theirs_button.clicked.connect(lambda: self.set_all("theirs"))
        self.all_newest_button.clicked.connect(lambda: self.set_all("newest"))
        self._update_buttons()

    # --- helpers -------------------------------------------------------------------
    @staticmethod
    def _setup_table(table: QTableWidget) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)

    def _run_here(self, title: str, fn: Callable, on_done: Callable, **_changes) -> None:
        try:
            result = fn(self.db, lambda *a, **k: True)
        except UserError as e:
            QMessageBox.warning(self, title, i18n.message(e))
            return
        except Exception as e:  # noqa: BLE001 - shown, and the merge rolled back
            QMessageBox.critical(self, title, self.tr("The merge failed and nothing was changed: %1")
                                 .replace("%1", str(e)))
            return
        on_done(result)

    def paths(self) -> list[Path]:
        return [Path(self.files.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.files.count())]

    def add_paths(self, paths: list[str | Path]) -> None:
        known = {str(p) for p in self.paths()}
        for p in paths:
            if str(p) not in known:
                known.add(str(p))
                self.files.addItem(Path(p).name)
                self.files.item(self.files.count() - 1).setData(Qt.ItemDataRole.UserRole, str(p))
                self.files.item(self.files.count() - 1).setToolTip(str(p))
        self._invalidate()

    def choose_files(self) -> None:
        found, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Files to merge"), "",
            self.tr("Sổ Công đoàn files (*.sqlite3 *.db *.scd);;All files (*)"))
        if found:
            self.add_paths(found)

    def remove_selected(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self._invalidate()

    def _invalidate(self) -> None:
        self.report = None
        self.summary.setRowCount(0)
        self.conflicts.setRowCount(0)
        self.notes.setText("")
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_files = self.files.count() > 0
        self.check_button.setEnabled(has_files)
        self.remove_button.setEnabled(has_files)
        self.merge_button.setEnabled(self.report is not None and self.report.changes)
        has_conflicts = self.conflicts.rowCount() > 0
        for b in (self.all_ours_button, self.all_newest_button, self.all_theirs_button):
            b.setEnabled(has_conflicts)

    # --- dry run ---------------------------------------------------------------------
    def dry_run(self) -> None:
        paths = self.paths()
        if not paths:
            return
        # A dry run writes inside a transaction it rolls back: a write that changes nothing.
        self.runner(self.tr("Checking the files to merge"),
                    lambda db, progress: merge_files(db, paths, dry_run=True, progress=progress),
                    self.show_report, changes=NOTHING)

    def show_report(self, report: MergeReport) -> None:
        self.report = report
        self.summary.setRowCount(0)
        for s in report.sources:
            for table in TABLES:
                if not (s.added[table] or s.matched[table]):
                    continue
                r = self.summary.rowCount()
                self.summary.insertRow(r)
                values = [s.label, self.table_name(table), vn_number(s.added[table]),
                          vn_number(s.matched[table]), vn_number(s.changed[table])]
                for col, v in enumerate(values):
                    item = QTableWidgetItem(v)
                    if col >= 2:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    self.summary.setItem(r, col, item)
        self.conflicts.setRowCount(0)
        self.bulk_choice = "newest"
        for c in report.conflicts[:MAX_CONFLICT_ROWS]:
            r = self.conflicts.rowCount()
            self.conflicts.insertRow(r)
            changed_here = self.tr("This file changed: %1").replace("%1", _stamp(c.ours_updated))
            for col, v in enumerate([c.record, self.field_name(c.field), _text(c.ours), _text(c.theirs),
                                     _stamp(c.theirs_updated), c.source.split(" / ")[0]]):
                item = QTableWidgetItem(v)
                item.setToolTip(f"{c.source}\n{changed_here}")
                self.conflicts.setItem(r, col, item)
            combo = QComboBox()
            combo.addItem(self.tr("This file's value"), "ours")
            combo.addItem(self.tr("Other file's value"), "theirs")
            combo.setCurrentIndex(1 if c.choice == "theirs" else 0)
            combo.setProperty("conflict_key", c.key)
            combo.setProperty("newest", "theirs" if (c.theirs_updated or "") > (c.ours_updated or "") else "ours")
            self.conflicts.setCellWidget(r, 6, combo)
        self.conflict_label.setText(
            self.tr("Conflicting values: %n (by default the newest is kept):", "",
                    len(report.conflicts)))
        notes = [self.note_text(code, params) for s in report.sources for code, params in s.note_items]
        history = sum(s.history_rows_added for s in report.sources)
        lines = []
        if history:
            lines.append(self.tr("%n history rows will be added to members already here.", "", history))
        if not report.changes:
            lines.append(self.tr("Nothing to merge: every record of these files is already here."))
        if len(report.conflicts) > MAX_CONFLICT_ROWS:
            lines.append(self.tr("Only the first %1 conflicts are listed; the buttons above settle all of them.")
                         .replace("%1", vn_number(MAX_CONFLICT_ROWS)))
        lines += notes[:8]
        self.notes.setText("\n".join(lines))
        self._update_buttons()

    def set_all(self, choice: str) -> None:
        self.bulk_choice = choice
        for r in range(self.conflicts.rowCount()):
            combo = self.conflicts.cellWidget(r, 6)
            pick = combo.property("newest") if choice == "newest" else choice
            combo.setCurrentIndex(1 if pick == "theirs" else 0)

    def choices(self) -> dict[str, str]:
        out = {}
        if self.report is not None and self.bulk_choice != "newest":
            out = {c.key: self.bulk_choice for c in self.report.conflicts[MAX_CONFLICT_ROWS:]}
        for r in range(self.conflicts.rowCount()):
            combo = self.conflicts.cellWidget(r, 6)
            out[combo.property("conflict_key")] = combo.currentData()
        return out

    # --- merge -----------------------------------------------------------------------
    def merge(self) -> None:
        if self.report is None:
            return
        paths, choices = self.paths(), self.choices()
        self.runner(self.tr("Merging"),
                    lambda db, progress: merge_files(db, paths, choices=choices, progress=progress),
                    self.merged, changes=EVERYTHING)

    def merged(self, report: MergeReport) -> None:
        self.result_report = report
        if self.on_merged:
            self.on_merged(report)
        added = sum(s.added["members"] for s in report.sources)
        unions = sum(s.added["unions"] for s in report.sources)
        QMessageBox.information(self, self.tr("Merge finished"), self.tr(
            "Merged in %1 s: %2 members and %3 grassroots unions added; backup made before the merge:\n%4")
            .replace("%1", f"{report.seconds:.1f}").replace("%2", vn_number(added))
            .replace("%3", vn_number(unions)).replace("%4", report.backup or ""))
        self.accept()

    def note_text(self, code: str, params: dict[str, Any]) -> str:
        templates = {
            "code_clashes": self.tr("%n unions use codes that other unions here already have; they came without "
                                    "a code (the old code is in their note)", "", params.get("n", 0)),
            "certificate_clashes": self.tr("%n certificate numbers are already used here; those enrolments came "
                                           "without a number (the old number is in their note)", "",
                                           params.get("n", 0)),
            "kept_unique": self.tr("%1: kept this file's %2; %3 belongs to another record here"),
            "ambiguous_union": self.tr("Union %1: several unions here have the same name and address; added as a "
                                       "separate union, check for a duplicate"),
            "ambiguous_member": self.tr("Member %1: several members here have the same name and birth date; added "
                                        "as a separate member, check for a duplicate"),
            "cccd_taken": self.tr("Member %1: CCCD %3 is already on %4 here; added without the CCCD, check which "
                                  "is right"),
        }
        text = templates.get(code, code)
        values = [params.get("record", ""), self.field_name(str(params.get("field", ""))),
                  params.get("value", ""), params.get("holder", "")]
        for i, v in enumerate(values, start=1):
            text = text.replace(f"%{i}", str(v))
        return text

    def table_name(self, table: str) -> str:
        return {"unions": self.tr("Grassroots unions"), "members": self.tr("Members"),
                "officers": self.tr("Officers"), "events": self.tr("Events"),
                "courses": self.tr("Training courses"), "welfare": self.tr("Support payments")}.get(table, table)

    def field_name(self, name: str) -> str:
        names = {"full_name": self.tr("Full name"), "sex": self.tr("Sex"), "birth_date": self.tr("Birth date"),
                 "ethnicity": self.tr("Ethnicity"), "cccd": self.tr("CCCD"), "phone": self.tr("Phone"),
                 "job": self.tr("Job"), "card_no": self.tr("Card number"), "note": self.tr("Note"),
                 "code": self.tr("Code"), "name": self.tr("Name"), "employer": self.tr("Employer"),
                 "address": self.tr("Address"), "ward": self.tr("Ward"), "sector+is_state": self.tr("Sector"),
                 "founded_on": self.tr("Founded on"), "founding_decision": self.tr("Founding decision"),
                 "status+status_on": self.tr("Status"), "workers": self.tr("Workers"),
                 "title": self.tr("Title"), "place": self.tr("Place"), "rating": self.tr("Yearly rating"),
                 "workers_conference": self.tr("Workers' conference held"),
                 "agreement_type+agreement_signed_on+agreement_expires_on": self.tr("Collective agreement"),
                 "value": self.tr("Target"), "term": self.tr("Term"), "term_start+term_end": self.tr("Term dates"),
                 "full_time": self.tr("Full-time"), "starts_at+ends_at": self.tr("Time"),
                 "starts_on+ends_on": self.tr("Dates"), "topic": self.tr("Topic"), "trainer": self.tr("Trainer"),
                 "target_group": self.tr("Target group"), "kind": self.tr("Kind"),
                 "participant_count": self.tr("Participants"), "conclusions": self.tr("Conclusions")}
        return names.get(name, name)
