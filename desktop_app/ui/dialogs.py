"""Add / edit dialogs for every kind of record, built on the Qt Designer forms in
``forms/*.ui``. A dialog collects the fields, hands them to one core call, and shows a
core ``ValidationError`` beside the field it names; nothing is written unless the core
call succeeds (each core change runs in one transaction)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPlainTextEdit, QWidget

from ..core import events, members, training, unions
from ..core.errors import UserError, ValidationError
from ..core.text import vn_date, vn_number
from . import lists
from .forms.ui_course import Ui_CourseForm
from .forms.ui_event import Ui_EventForm
from .forms.ui_member import Ui_MemberForm
from .forms.ui_member_history import Ui_MemberHistoryForm
from .forms.ui_union import Ui_UnionForm
from .messages import localise

DATE_FIELDS = {"founded_on", "status_on", "birth_date", "joined_on", "on_date", "starts_on", "ends_on"}
DATETIME_FIELDS = {"starts_at", "ends_at"}
NUMBER_FIELDS = {"workers", "expected_count", "present_count", "participant_count", "sessions"}


def tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


class FormDialog(QDialog):
    """A dialog around a generated ``Ui_*`` form whose field widgets are named after
    the core fields, each with a ``<field>_error`` label beside it."""

    def __init__(self, ui_class: type, save: Callable[[dict[str, Any]], Any], fields: list[str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui_class()
        self.ui.setupUi(self)
        self.fields = fields
        self._save = save
        self.result_value: Any = None
        self.ui.buttons.accepted.connect(self.try_accept)
        self.clear_errors()

    def widget(self, name: str) -> QWidget | None:
        return getattr(self.ui, name, None)

    def hide_field(self, name: str) -> None:
        for suffix in ("", "_label", "_error"):
            w = self.widget(name + suffix)
            if w is not None:
                w.hide()
        if name in self.fields:
            self.fields.remove(name)

    def set_values(self, values: dict[str, Any]) -> None:
        for name in self.fields:
            w = self.widget(name)
            value = values.get(name)
            if isinstance(w, QComboBox):
                index = w.findData(value if value is not None else "")
                if index >= 0:
                    w.setCurrentIndex(index)
            elif isinstance(w, QPlainTextEdit):
                w.setPlainText("" if value is None else str(value))
            elif isinstance(w, QLineEdit):
                if value is None:
                    text = ""
                elif name in DATE_FIELDS:
                    text = vn_date(value)
                elif name in DATETIME_FIELDS:
                    text = vn_date(str(value)[:10]) + (" " + str(value)[11:16] if len(str(value)) > 10 else "")
                elif name in NUMBER_FIELDS:
                    text = vn_number(value)
                else:
                    text = str(value)
                w.setText(text)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in self.fields:
            w = self.widget(name)
            if isinstance(w, QComboBox):
                if w.isEditable():
                    index = w.findText(w.currentText(), Qt.MatchFlag.MatchFixedString)
                    if not w.currentText().strip():
                        out[name] = None
                    elif index < 0:
                        raise ValidationError(name, tr("Choose an item from the list."))
                    else:
                        out[name] = w.itemData(index)
                else:
                    out[name] = w.currentData() if w.currentIndex() >= 0 else ""
                    if out[name] == "":
                        out[name] = None
            elif isinstance(w, QPlainTextEdit):
                out[name] = w.toPlainText()
            elif isinstance(w, QLineEdit):
                out[name] = w.text()
        return out

    def clear_errors(self) -> None:
        for child in self.findChildren(QLabel):
            if child.objectName().endswith("_error"):
                child.setText("")
                child.setVisible(False)

    def show_error(self, field: str, message: str) -> None:
        label = self.widget(f"{field}_error")
        if not isinstance(label, QLabel) or field not in self.fields:
            label = self.ui.form_error
        label.setText(localise(message))
        label.setVisible(True)
        w = self.widget(field)
        if w is not None and field in self.fields:
            w.setFocus()

    def try_accept(self) -> None:
        self.clear_errors()
        try:
            self.result_value = self._save(self.values())
        except ValidationError as e:
            self.show_error(e.field, e.message)
            return
        except UserError as e:
            self.show_error("form", str(e))
            return
        self.accept()


def _fill(combo: QComboBox, items: list[tuple[str, Any]], blank: bool = True) -> None:
    combo.clear()
    if blank:
        combo.addItem("", "")  # never None as item data: see table_model
    for text, value in items:
        combo.addItem(text, value)


def _union_items(db) -> list[tuple[str, Any]]:
    return [(name, uid) for uid, name in db.execute(
        "SELECT id, name FROM unions WHERE status = 'active' ORDER BY name_folded")]


def _completer(combo: QComboBox) -> None:
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(completer.CompletionMode.PopupCompletion)


# ---- the dialogs of each kind ---------------------------------------------------------
def union_dialog(parent, db, union_id: int | None = None) -> FormDialog:
    fields = ["name", "code", "employer", "address", "ward", "sector", "founded_on", "founding_decision",
              "workers", "phone", "status", "status_on", "note"]

    def save(values: dict[str, Any]) -> int:
        if union_id is None:
            return unions.add_union(db, **values)
        unions.update_union(db, union_id, **values)
        return union_id

    d = FormDialog(Ui_UnionForm, save, fields, parent)
    _fill(d.ui.sector, [(s["name"], s["code"]) for s in unions.sectors(db)])
    _fill(d.ui.status, [(lists.tr_value(t), c) for c, t in lists.UNION_STATUS.items()], blank=False)
    if union_id is not None:
        d.setWindowTitle(tr("Edit grassroots union"))
        d.set_values(unions.get_union(db, union_id))
    else:
        d.setWindowTitle(tr("New grassroots union"))
    return d


def member_dialog(parent, db, member_id: int | None = None, default_union: int | None = None) -> FormDialog:
    fields = ["full_name", "sex", "birth_date", "ethnicity", "cccd", "phone", "job", "card_no", "union_id",
              "joined_on", "note"]

    def save(values: dict[str, Any]) -> int:
        if member_id is None:
            union = values.pop("union_id", None)
            joined = values.pop("joined_on", None)
            if union is not None and not (joined or "").strip():
                raise ValidationError("joined_on", tr("Enter the date the member joined."))
            return members.add_member(db, union_id=union, joined_on=joined or None, **values)
        members.update_member(db, member_id, **values)
        return member_id

    d = FormDialog(Ui_MemberForm, save, fields, parent)
    _fill(d.ui.sex, [(lists.tr_value(t), c) for c, t in lists.SEX.items()])
    if member_id is not None:
        d.hide_field("union_id")
        d.hide_field("joined_on")
        d.setWindowTitle(tr("Edit member"))
        d.set_values(members.get_member(db, member_id))
    else:
        d.setWindowTitle(tr("New member"))
        _fill(d.ui.union_id, _union_items(db))
        _completer(d.ui.union_id)
        if default_union is not None:
            d.set_values({"union_id": default_union})
    return d


HISTORY_TITLES = {
    "transfer": "Transfer to another union",
    "transfer_out": "Transferred out of this federation",
    "leave": "Left the union",
    "death": "Deceased",
}


def member_history_dialog(parent, db, member_id: int, kind: str) -> FormDialog:
    actions = {"transfer": lambda v: members.transfer(db, member_id, v.get("union_id"), v["on_date"], v["reason"]),
               "transfer_out": lambda v: members.transfer_out(db, member_id, v["on_date"], v["reason"]),
               "leave": lambda v: members.leave(db, member_id, v["on_date"], v["reason"]),
               "death": lambda v: members.decease(db, member_id, v["on_date"], v["reason"])}
    fields = ["union_id", "on_date", "reason"]

    def save(values: dict[str, Any]) -> int:
        if kind == "transfer" and values.get("union_id") is None:
            raise ValidationError("union_id", tr("Choose the union the member moves to."))
        return actions[kind](values)

    d = FormDialog(Ui_MemberHistoryForm, save, fields, parent)
    member = members.get_member(db, member_id)
    d.ui.member.setText(f"{member['full_name']} ({vn_date(member['birth_date'])})")
    d.setWindowTitle(tr(HISTORY_TITLES[kind]))
    if kind == "transfer":
        _fill(d.ui.union_id, [(n, i) for n, i in _union_items(db) if i != member["union_id"]])
        _completer(d.ui.union_id)
    else:
        d.hide_field("union_id")
    if kind == "transfer_out":
        d.ui.reason_label.setText(tr("Destination"))
    return d


def event_dialog(parent, db, event_id: int | None = None) -> FormDialog:
    fields = ["kind", "title", "number_label", "term", "starts_at", "ends_at", "place", "doc_number",
              "expected_count", "present_count", "participant_count", "conclusions", "summary"]

    def save(values: dict[str, Any]) -> int:
        if event_id is None:
            return events.add_event(db, **values)
        events.update_event(db, event_id, **values)
        return event_id

    d = FormDialog(Ui_EventForm, save, fields, parent)
    _fill(d.ui.kind, [(lists.tr_value(t), c) for c, t in lists.EVENT_KINDS.items()], blank=False)
    if event_id is not None:
        d.setWindowTitle(tr("Edit event"))
        d.set_values(events.get_event(db, event_id))
    else:
        d.setWindowTitle(tr("New event"))
    return d


def course_dialog(parent, db, course_id: int | None = None) -> FormDialog:
    fields = ["title", "topic", "target_group", "starts_on", "ends_on", "place", "trainer", "sessions", "note"]

    def save(values: dict[str, Any]) -> int:
        if not str(values.get("sessions") or "").strip():
            values["sessions"] = 1
        if course_id is None:
            return training.add_course(db, **values)
        training.update_course(db, course_id, **values)
        return course_id

    d = FormDialog(Ui_CourseForm, save, fields, parent)
    if course_id is not None:
        d.setWindowTitle(tr("Edit training course"))
        d.set_values(training.get_course(db, course_id))
    else:
        d.setWindowTitle(tr("New training course"))
        d.ui.sessions.setText("1")
    return d


# ---- what the window calls -------------------------------------------------------------
def make_dialog(window, key: str, record_id: int | None = None, default_union: int | None = None) -> FormDialog:
    db = window.db
    if key == "unions":
        return union_dialog(window, db, record_id)
    if key == "members":
        return member_dialog(window, db, record_id, default_union)
    if key == "events":
        return event_dialog(window, db, record_id)
    if key == "courses":
        return course_dialog(window, db, record_id)
    raise ValueError(key)


def new_record(window, key: str, default_union: int | None = None) -> int | None:
    d = make_dialog(window, key, None, default_union)
    return d.result_value if d.exec() == QDialog.DialogCode.Accepted else None


def edit_record(window, key: str, record_id: int) -> bool:
    d = make_dialog(window, key, record_id)
    return d.exec() == QDialog.DialogCode.Accepted


def member_history(window, member_id: int, kind: str) -> bool:
    d = member_history_dialog(window, window.db, member_id, kind)
    return d.exec() == QDialog.DialogCode.Accepted


def delete_record(db, key: str, record_id: int) -> None:
    {"unions": unions.delete_union, "members": members.delete_member,
     "events": events.delete_event, "courses": training.delete_course}[key](db, record_id)
