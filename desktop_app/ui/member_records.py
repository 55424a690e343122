"""One member's union roles, courses and support payments, each listed with buttons to
add, edit or delete a row. Thin over core: every change is one core call (one
transaction); the window is told of each so it can register the undo and refresh."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import UserError
from desktop_app.core.records import members, officers, training, welfare
from desktop_app.core.text import vn_date, vn_number
from desktop_app.ui import dialogs, i18n, lists, screen_fit
from desktop_app.ui.i18n import tr
from desktop_app.ui.undo import restore, snapshot

KINDS = ("officers", "enrolments", "welfare")
OnChange = Callable[[str, Callable[[Any], None]], None]


class MemberRecordsDialog(QDialog):
    """``on_change(description, undo)`` is called after every change that was written."""

    WIDEST = 330  # pixels for one column (a course title can run to a hundred characters)

    def __init__(self, parent: QWidget | None, db, member_id: int, on_change: OnChange | None = None):
        super().__init__(parent)
        self.setObjectName("member_records")
        self.db = db
        self.member_id = member_id
        self.on_change = on_change or (lambda _d, _u: None)
        self.rows: dict[str, list[dict[str, Any]]] = {k: [] for k in KINDS}
        self.tables: dict[str, QTableWidget] = {}
        self.buttons: dict[str, dict[str, QPushButton]] = {}
        member = members.get_member(db, member_id)
        self.setWindowTitle(self.tr("Roles, courses and support — %1").replace("%1", member["full_name"]))
        layout = QVBoxLayout(self)
        header = QLabel(f"<b>{member['full_name']}</b> ({vn_date(member['birth_date'])})", self)
        header.setObjectName("member")
        layout.addWidget(header)
        headers = {
            "officers": [self.tr("Role"), self.tr("Union"), self.tr("Term"), self.tr("Starts"), self.tr("Ends"),
                         self.tr("Full-time")],
            "enrolments": [self.tr("Starts"), self.tr("Course"), self.tr("Attended"), self.tr("Completed"),
                           self.tr("Certificate")],
            "welfare": [self.tr("Date"), self.tr("Kind"), self.tr("Amount (đ)"), self.tr("Reason")],
        }
        titles = {"officers": self.tr("Union roles"), "enrolments": self.tr("Courses"),
                  "welfare": self.tr("Support received")}
        labels = {
            "officers": (self.tr("Add…"), self.tr("Edit…"), self.tr("Delete…")),
            "enrolments": (self.tr("Enrol…"), self.tr("Attendance…"), self.tr("Remove from course…")),
            "welfare": (self.tr("Add…"), self.tr("Edit…"), self.tr("Delete…")),
        }
        for kind in KINDS:
            box = QGroupBox(titles[kind], self)
            row = QHBoxLayout(box)
            table = QTableWidget(0, len(headers[kind]), box)
            table.setObjectName(f"{kind}_table")
            table.setHorizontalHeaderLabels(headers[kind])
            table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
            table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
            table.verticalHeader().setDefaultSectionSize(24)
            table.horizontalHeader().setStretchLastSection(True)
            table.itemSelectionChanged.connect(self._update_buttons)
            table.itemDoubleClicked.connect(lambda _item, k=kind: self.edit(k))
            for key, slot in ((Qt.Key.Key_Delete, self.delete), (Qt.Key.Key_Return, self.edit),
                              (Qt.Key.Key_Enter, self.edit)):  # as in the window's lists
                shortcut = QShortcut(QKeySequence(key), table)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(partial(slot, kind))
            row.addWidget(table, 1)
            column = QVBoxLayout()
            self.buttons[kind] = {}
            for action, text in zip(("add", "edit", "delete"), labels[kind]):
                button = QPushButton(text, box)
                button.setObjectName(f"{kind}_{action}")
                button.clicked.connect(lambda _checked=False, k=kind, a=action: getattr(self, a)(k))
                column.addWidget(button)
                self.buttons[kind][action] = button
            column.addStretch(1)
            row.addLayout(column)
            self.tables[kind] = table
            layout.addWidget(box, 1)
        width = max(b.sizeHint().width() for group in self.buttons.values() for b in group.values())
        for group in self.buttons.values():
            for b in group.values():
                b.setMinimumWidth(width)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        screen_fit.fit(self, 1000, 660)  # no larger than the screen
        self.reload()

    # ---- the lists --------------------------------------------------------------------
    def reload(self) -> None:
        yes, no = tr("Values", "Yes"), tr("Values", "No")
        self.rows["officers"] = officers.for_member(self.db, self.member_id)
        self.rows["enrolments"] = training.for_member(self.db, self.member_id)
        self.rows["welfare"] = welfare.for_member(self.db, self.member_id)
        cells = {
            "officers": [[lists.value_label(lists.OFFICER_ROLES, o["role"]),
                          o["union_name"] or o["body_name"] or "", o["term"] or "", vn_date(o["term_start"]),
                          vn_date(o["term_end"]), yes if o["full_time"] else no] for o in self.rows["officers"]],
            "enrolments": [[vn_date(e["starts_on"]), e["title"],
                            "" if e["attended_sessions"] is None else str(e["attended_sessions"]),
                            yes if e["completed"] else no, e["certificate_no"] or ""]
                           for e in self.rows["enrolments"]],
            "welfare": [[vn_date(w["paid_on"]), lists.value_label(lists.WELFARE_KINDS, w["kind"]),
                         vn_number(w["amount"]), w["reason"] or ""] for w in self.rows["welfare"]],
        }
        for kind, table in self.tables.items():
            keep = self.selected(kind)
            table.setRowCount(len(cells[kind]))
            for r, values in enumerate(cells[kind]):
                for c, text in enumerate(values):
                    item = QTableWidgetItem(str(text or ""))  # never setItem(None): see ui/__init__
                    item.setToolTip(str(text or ""))  # the whole of an elided course title
                    if kind == "welfare" and c == 2:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    table.setItem(r, c, item)
            table.resizeColumnsToContents()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            for c in range(table.columnCount()):  # room for the bold header; long titles elided
                table.setColumnWidth(c, min(table.columnWidth(c) + 12, self.WIDEST))
            ids = [x["id"] for x in self.rows[kind]]
            if keep is not None and keep in ids:
                table.selectRow(ids.index(keep))
            elif ids:
                table.selectRow(0)
        self._update_buttons()

    def select(self, kind: str, record_id: int) -> bool:
        ids = [x["id"] for x in self.rows[kind]]
        if record_id not in ids:
            return False
        self.tables[kind].selectRow(ids.index(record_id))
        return True

    def selected(self, kind: str) -> int | None:
        table = self.tables[kind]
        rows = table.selectionModel().selectedRows() if table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.rows[kind]):
            return None
        return self.rows[kind][rows[0].row()]["id"]

    def _record(self, kind: str, record_id: int) -> dict[str, Any]:
        return next(x for x in self.rows[kind] if x["id"] == record_id)

    def _update_buttons(self) -> None:
        for kind, buttons in self.buttons.items():
            chosen = self.selected(kind) is not None
            buttons["edit"].setEnabled(chosen)
            buttons["delete"].setEnabled(chosen)

    # ---- the changes ------------------------------------------------------------------
    def _run(self, d: dialogs.FormDialog) -> Any:
        try:
            return dialogs.run_dialog(d)
        finally:
            shiboken6.delete(d)  # at once: a deferred delete could outlive the window

    def _changed(self, description: str, undo: Callable[[Any], None], kind: str, record_id: int | None) -> None:
        self.on_change(description, undo)
        self.reload()
        if record_id is not None:
            self.select(kind, record_id)

    def add(self, kind: str) -> None:
        make, remove, what = {
            "officers": (dialogs.officer_dialog, officers.delete_officer, self.tr("a union role")),
            "enrolments": (dialogs.enrol_dialog, training.unenrol, self.tr("an enrolment")),
            "welfare": (dialogs.support_dialog, welfare.delete_support, self.tr("a support payment")),
        }[kind]
        new_id = self._run(make(self, self.db, self.member_id))
        if new_id is not None:
            self._changed(what, lambda db: remove(db, new_id), kind, new_id)

    def edit(self, kind: str) -> None:
        record_id = self.selected(kind)
        if record_id is None:
            return
        make, what = {
            "officers": (dialogs.officer_dialog, self.tr("editing a union role")),
            "enrolments": (dialogs.enrol_dialog, self.tr("editing course attendance")),
            "welfare": (dialogs.support_dialog, self.tr("editing a support payment")),
        }[kind]
        saved = snapshot(self.db, kind, record_id)
        try:
            d = make(self, self.db, self.member_id, record_id)
        except StopIteration:  # deleted meanwhile (another window on the same file)
            self.reload()
            return
        if self._run(d) is not None:
            self._changed(what, lambda db: restore(db, kind, record_id, saved), kind, record_id)

    def describe(self, kind: str, record_id: int) -> str:
        x = self._record(kind, record_id)
        if kind == "officers":
            parts = [lists.value_label(lists.OFFICER_ROLES, x["role"]),
                     x["union_name"] or x["body_name"] or "",
                     x["term"] or "–".join(v for v in (vn_date(x["term_start"]), vn_date(x["term_end"])) if v)]
            return self.tr("Delete the union role “%1”? (Ctrl+Z undoes it.)").replace(
                "%1", ", ".join(p for p in parts if p))
        if kind == "welfare":
            parts = [vn_date(x["paid_on"]), lists.value_label(lists.WELFARE_KINDS, x["kind"]),
                     f"{vn_number(x['amount'])} đ"]
            return self.tr("Delete the support payment “%1”? (Ctrl+Z undoes it.)").replace("%1", ", ".join(parts))
        text = self.tr("Remove this member from the course “%1”? (Ctrl+Z undoes it.)").replace("%1", x["title"])
        if x["certificate_no"]:
            text += "\n\n" + self.tr("Certificate no. %1 issued on this course is deleted with it.").replace(
                "%1", x["certificate_no"])
        return text

    def delete(self, kind: str) -> None:
        record_id = self.selected(kind)
        if record_id is None:
            return
        title = self.tr("Remove from course") if kind == "enrolments" else self.tr("Delete")
        answer = QMessageBox.question(self, title, self.describe(kind, record_id),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        remove, what = {
            "officers": (officers.delete_officer, self.tr("deleting a union role")),
            "enrolments": (training.unenrol, self.tr("removing from a course")),
            "welfare": (welfare.delete_support, self.tr("deleting a support payment")),
        }[kind]
        saved = snapshot(self.db, kind, record_id)
        try:
            remove(self.db, record_id)
        except UserError as e:  # refused (InUseError), or gone meanwhile (NotFoundError)
            QMessageBox.warning(self, self.tr("Cannot delete"), i18n.message(e))
            self.reload()
            return
        self._changed(what, lambda db: restore(db, kind, record_id, saved), kind, None)


def manage(parent: QWidget, db, member_id: int, on_change: OnChange | None = None) -> None:
    d = MemberRecordsDialog(parent, db, member_id, on_change)
    try:
        d.exec()
    finally:
        shiboken6.delete(d)
