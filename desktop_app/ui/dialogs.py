"""Add / edit dialogs for every kind of record, built on the Qt Designer forms in
``forms/*.ui``. A dialog collects the fields, hands them to one core call, and shows a
core ``ValidationError`` beside the field it names; nothing is written unless the core
call succeeds (each core change runs in one transaction)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop_app.core.errors import UserError, ValidationError
from desktop_app.core.records import events, members, officers, training, unions, welfare
from desktop_app.core.storage import sqlite_driver as sqlite3  # SQLCipher: one library for every file
from desktop_app.core.storage.db import explain
from desktop_app.core.text import fold, vn_date, vn_number
from desktop_app.ui import i18n, lists, screen_fit
from desktop_app.ui.forms.ui_award import Ui_AwardForm
from desktop_app.ui.forms.ui_congress import Ui_CongressForm
from desktop_app.ui.forms.ui_course import Ui_CourseForm
from desktop_app.ui.forms.ui_custom_field import Ui_CustomFieldForm
from desktop_app.ui.forms.ui_dues import Ui_DuesForm
from desktop_app.ui.forms.ui_enrol import Ui_EnrolForm
from desktop_app.ui.forms.ui_event import Ui_EventForm
from desktop_app.ui.forms.ui_member import Ui_MemberForm
from desktop_app.ui.forms.ui_member_history import Ui_MemberHistoryForm
from desktop_app.ui.forms.ui_officer import Ui_OfficerForm
from desktop_app.ui.forms.ui_support import Ui_SupportForm
from desktop_app.ui.forms.ui_union import Ui_UnionForm
from desktop_app.ui.forms.ui_union_year import Ui_UnionYearForm
from desktop_app.ui.i18n import tr

DATE_FIELDS = {"decision_date", "held_on", "founded_on", "status_on", "birth_date", "joined_on", "on_date",
               "starts_on", "ends_on", "term_start", "term_end", "paid_on", "agreement_signed_on",
               "agreement_expires_on"}
DATETIME_FIELDS = {"starts_at", "ends_at"}
NUMBER_FIELDS = {"workers", "expected_count", "present_count", "participant_count", "sessions", "amount",
                 "contract_months", "delegates", "committee_size", "members", "dues_due", "dues_paid",
                 "fund_due", "fund_paid"}


class FormDialog(QDialog):
    """A dialog around a generated ``Ui_*`` form whose field widgets are named after
    the core fields, each with a ``<field>_error`` label beside it."""

    def __init__(self, ui_class: type, save: Callable[[dict[str, Any]], Any], fields: list[str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui_class()
        self.ui.setupUi(self)
        self.fields = fields
        self.error_fields = set(fields)  # fields with an error label beside them
        self._save = save
        self.result_value: Any = None
        self.ui.buttons.accepted.connect(self.try_accept)
        # Enter accepts (OK is the default button); Ctrl+Enter also from a multi-line field,
        # where Enter starts a new line.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.try_accept)
        for text in self.findChildren(QPlainTextEdit):
            text.setTabChangesFocus(True)   # Tab went into the text: the keyboard was trapped there
        for grid in self.findChildren(QTableWidget):
            # Tab leaves a grid (the arrows move in it); while a cell is edited Tab still
            # goes on to the next cell. Tab used to cycle the cells for ever.
            grid.setTabKeyNavigation(False)
        self.clear_errors()
        # The forms are drawn for a large screen: cut to the screen, scroll when too tall.
        screen_fit.scroll_if_too_tall(self, [self.ui.buttons])
        screen_fit.fit(self)

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
                    index = _find_item(w, w.currentText())
                    if not w.currentText().strip():
                        out[name] = None
                    elif index < 0:
                        raise ValidationError(name, tr("Dialogs", "Choose an item from the list."))
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

    def show_error(self, field: str, message: object) -> None:
        label = self.widget(f"{field}_error")
        if not isinstance(label, QLabel) or field not in self.error_fields:
            label = self.ui.form_error
        label.setText(i18n.message(message))
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
            self.show_error("form", e)
            return
        except sqlite3.OperationalError as e:   # a read-only file, another program writing
            self.show_error("form", explain(e))
            return
        self.accept()


def add_custom_fields(d: FormDialog, db, entity: str, record_id: int | None) -> None:
    """Rows for the user's own fields (``core/records/custom``) under the form's fields,
    each with its error label; their values are saved with the record, in its
    transaction."""
    from PySide6.QtWidgets import QGridLayout

    from desktop_app.core.records import custom

    defined = custom.fields(db, entity)
    if not defined:
        return
    grid = d.layout()
    if not isinstance(grid, QGridLayout):
        return
    buttons_row = grid.rowCount()
    grid.removeWidget(d.ui.buttons)
    current = custom.values_of(db, entity, record_id) if record_id is not None else {}
    for i, f in enumerate(defined):
        name = f"custom_{f['id']}"
        label = QLabel(f["name"], d)
        label.setObjectName(f"{name}_label")
        if f["kind"] == "choice":
            w: QWidget = QComboBox(d)
            _fill(w, [(c, c) for c in custom._choices(f["choices"])])
            w.setCurrentIndex(max(0, w.findData(current.get(f["id"], ""))))
        else:
            w = QLineEdit(d)
            if f["kind"] == "date":
                w.setPlaceholderText("dd/mm/yyyy")
            w.setText(custom.shown(f, current.get(f["id"])))
        w.setObjectName(name)
        error = QLabel(d)
        error.setObjectName(f"{name}_error")
        error.setStyleSheet("color: #b00020;")
        error.setWordWrap(True)
        error.setVisible(False)
        grid.addWidget(label, buttons_row + i, 0)
        grid.addWidget(w, buttons_row + i, 1)
        grid.addWidget(error, buttons_row + i, 2)
        setattr(d.ui, name, w)
        setattr(d.ui, f"{name}_error", error)
        d.fields.append(name)
        d.error_fields.add(name)
    grid.addWidget(d.ui.buttons, buttons_row + len(defined), 0, 1, 3)
    d.resize(d.width(), d.height() + 34 * len(defined))
    # set_values sets every field: the record's own values unless the caller gives them.
    recorded = {f"custom_{f['id']}": custom.shown(f, current.get(f["id"])) for f in defined}
    set_values = d.set_values
    d.set_values = lambda values: set_values({**recorded, **values})
    save = d._save

    def save_with_custom(values: dict[str, Any]) -> Any:
        own = {int(k.split("_")[1]): values.pop(k) for k in list(values) if k.startswith("custom_")}
        with db.atomic():
            result = save(values)
            custom.set_values(db, entity, result, own)
            return result
    d._save = save_with_custom


def _fill(combo: QComboBox, items: list[tuple[str, Any]], blank: bool = True) -> None:
    combo.clear()
    if blank:
        combo.addItem("", "")  # never None as item data: see table_model
    for text, value in items:
        combo.addItem(text, value)


def _union_items(db) -> list[tuple[str, Any]]:
    return [(name, uid) for uid, name in db.execute(
        "SELECT id, name FROM unions WHERE status = 'active' ORDER BY name_folded")]


FOLDED_ROLE = Qt.ItemDataRole.UserRole + 1


class FoldingCompleter(QCompleter):
    """Completes a combo box's items from any part of the name, without accents: "quang
    trung" (or "Quang Trung") offers "Công đoàn Trường Tiểu học Quang Trung"."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802  (Qt's name)
        return [fold(path)]

    def pathFromIndex(self, index) -> str:  # noqa: N802
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


def _completer(combo: QComboBox) -> None:
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for i in range(combo.count()):
        combo.setItemData(i, fold(combo.itemText(i)), FOLDED_ROLE)
    completer = FoldingCompleter(combo.model(), combo)
    completer.setCompletionRole(FOLDED_ROLE)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)


def _find_item(combo: QComboBox, text: str) -> int:
    """The item the text names: exactly, or the one whose name is the same without accents."""
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    if index >= 0:
        return index
    folded = fold(text)
    matches = [i for i in range(combo.count()) if fold(combo.itemText(i)) == folded]
    return matches[0] if len(matches) == 1 else -1


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
    add_custom_fields(d, db, "unions", union_id)
    _fill(d.ui.sector, [(s["name"], s["code"]) for s in unions.sectors(db)])
    _fill(d.ui.status, lists.choices(lists.UNION_STATUS), blank=False)
    if union_id is not None:
        d.setWindowTitle(tr("Dialogs", "Edit grassroots union"))
        d.set_values(unions.get_union(db, union_id))
    else:
        d.setWindowTitle(tr("Dialogs", "New grassroots union"))
    return d


def member_dialog(parent, db, member_id: int | None = None, default_union: int | None = None) -> FormDialog:
    fields = ["full_name", "sex", "birth_date", "ethnicity", "nationality", "work_relation", "contract_months",
              "cccd", "phone", "job", "card_no", "union_id", "joined_on", "note"]

    def save(values: dict[str, Any]) -> int:
        if member_id is None:
            union = values.pop("union_id", None)
            joined = values.pop("joined_on", None)
            if union is not None and not (joined or "").strip():
                raise ValidationError("joined_on", tr("Dialogs", "Enter the date the member joined."))
            return members.add_member(db, union_id=union, joined_on=joined or None, **values)
        members.update_member(db, member_id, **values)
        return member_id

    d = FormDialog(Ui_MemberForm, save, fields, parent)
    add_custom_fields(d, db, "members", member_id)
    _fill(d.ui.sex, lists.choices(lists.SEX))
    _fill(d.ui.work_relation, lists.choices(lists.WORK_RELATIONS), blank=False)
    countries = QCompleter(list(COUNTRIES), d.ui.nationality)
    countries.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    countries.setFilterMode(Qt.MatchFlag.MatchContains)
    d.ui.nationality.setCompleter(countries)
    if member_id is not None:
        d.hide_field("union_id")
        d.hide_field("joined_on")
        d.setWindowTitle(tr("Dialogs", "Edit member"))
        d.set_values(members.get_member(db, member_id))
    else:
        d.setWindowTitle(tr("Dialogs", "New member"))
        _fill(d.ui.union_id, _union_items(db))
        _completer(d.ui.union_id)
        if default_union is not None:
            d.set_values({"union_id": default_union})
    return d


# The home countries of most foreign workers in Vietnamese enterprises, offered as the
# nationality is typed (any other may be typed in full).
COUNTRIES = ("Hàn Quốc", "Trung Quốc", "Nhật Bản", "Đài Loan (Trung Quốc)", "Thái Lan", "Lào", "Campuchia",
             "Philippines", "Ấn Độ", "Malaysia", "Singapore", "Indonesia", "Hoa Kỳ", "Anh", "Pháp", "Đức", "Úc",
             "Nga")


# Marked for lupdate (it does not see plain strings: the titles were left in English).
HISTORY_TITLES = {
    "transfer": QT_TRANSLATE_NOOP("Dialogs", "Transfer to another union"),
    "transfer_out": QT_TRANSLATE_NOOP("Dialogs", "Transferred out of this federation"),
    "leave": QT_TRANSLATE_NOOP("Dialogs", "Left the union"),
    "death": QT_TRANSLATE_NOOP("Dialogs", "Deceased"),
}


def member_history_dialog(parent, db, member_id: int, kind: str) -> FormDialog:
    actions = {"transfer": lambda v: members.transfer(db, member_id, v.get("union_id"), v["on_date"], v["reason"]),
               "transfer_out": lambda v: members.transfer_out(db, member_id, v["on_date"], v["reason"]),
               "leave": lambda v: members.leave(db, member_id, v["on_date"], v["reason"]),
               "death": lambda v: members.decease(db, member_id, v["on_date"], v["reason"])}
    fields = ["union_id", "on_date", "reason"]

    def save(values: dict[str, Any]) -> int:
        if kind == "transfer" and values.get("union_id") is None:
            raise ValidationError("union_id", tr("Dialogs", "Choose the union the member moves to."))
        return actions[kind](values)

    d = FormDialog(Ui_MemberHistoryForm, save, fields, parent)
    member = members.get_member(db, member_id)
    d.ui.member.setText(f"{member['full_name']} ({vn_date(member['birth_date'])})")
    d.setWindowTitle(tr("Dialogs", HISTORY_TITLES[kind]))
    if kind == "transfer":
        _fill(d.ui.union_id, [(n, i) for n, i in _union_items(db) if i != member["union_id"]])
        _completer(d.ui.union_id)
    else:
        d.hide_field("union_id")
    if kind == "transfer_out":
        d.ui.reason_label.setText(tr("Dialogs", "Destination"))
    return d


def table_rows(table: QTableWidget) -> list[list[str]]:
    """The rows of a grid in a dialog that have any text, each as a list of cells."""
    out = []
    for r in range(table.rowCount()):
        cells = [(table.item(r, c).text().strip() if table.item(r, c) else "") for c in range(table.columnCount())]
        if any(cells):
            out.append(cells)
    return out


def set_table_rows(table: QTableWidget, rows: list[list[str]]) -> None:
    """Fill a grid, plus one empty row to type the next line into (a new empty row appears
    whenever the last one is used). Cells always get an item: never ``setItem(None)``."""
    table.blockSignals(True)
    table.setRowCount(len(rows) + 1)
    for r in range(len(rows) + 1):
        for c in range(table.columnCount()):
            text = rows[r][c] if r < len(rows) and c < len(rows[r]) else ""
            table.setItem(r, c, QTableWidgetItem(text or ""))
    table.blockSignals(False)

    def grow(item: QTableWidgetItem) -> None:
        if item.row() == table.rowCount() - 1 and item.text().strip():
            table.blockSignals(True)
            table.insertRow(table.rowCount())
            for c in range(table.columnCount()):
                table.setItem(table.rowCount() - 1, c, QTableWidgetItem(""))
            table.blockSignals(False)
    if not table.property("grows"):
        table.itemChanged.connect(grow)
        table.setProperty("grows", True)


def _people_role(text: str) -> str:
    wanted = fold(text)
    found = lists.PEOPLE_ROLES.find(text)
    if found is not None:
        return found
    for label, code in lists.choices(lists.PEOPLE_ROLES):
        if wanted == fold(label):
            return code
    raise ValidationError("people", tr("Dialogs", "Role must be: %1.").replace(
        "%1", ", ".join(label for label, _ in lists.choices(lists.PEOPLE_ROLES))))


PRIZES = ("Giải Nhất", "Giải Nhì", "Giải Ba", "Giải Khuyến khích")  # as printed on the certificates


class CompleterDelegate(QStyledItemDelegate):
    """A grid cell typed into with suggestions (union names, prizes) that still takes
    any text: what it means is decided by core when the dialog is saved."""

    def __init__(self, words: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.words = words

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt's name)
        editor = QLineEdit(parent)
        completer = QCompleter(self.words, editor)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        editor.setCompleter(completer)
        return editor


def _union_cell(db, text: str, field: str) -> int | None:
    return unions.find_one(db, text, field) if text else None


def event_dialog(parent, db, event_id: int | None = None) -> FormDialog:
    fields = ["kind", "title", "number_label", "term", "starts_at", "ends_at", "place", "doc_number",
              "expected_count", "present_count", "participant_count", "conclusions", "summary"]

    def save(values: dict[str, Any]) -> int:
        people = [{"role": _people_role(role), "name": name, "position": position, "unit": unit}
                  for role, name, position, unit in table_rows(d.ui.people)]
        items = [{"at_time": at, "speaker": speaker, "speaker_role": role, "speaker_unit": unit, "content": content}
                 for at, speaker, role, unit, content in table_rows(d.ui.items)]
        taking_part = [{"union_id": unions.find_one(db, name, "unions"), "participants": count}
                       for name, count in table_rows(d.ui.unions)]
        results = [{"contest": contest, "prize": prize, "winner": winner,
                    "union_id": _union_cell(db, union, "results")}
                   for contest, prize, winner, union in table_rows(d.ui.results)]
        children = {"people": people, "items": items, "unions": taking_part, "results": results}
        if event_id is None:
            return events.add_event(db, **children, **values)
        events.update_event(db, event_id, **children, **values)
        return event_id

    d = FormDialog(Ui_EventForm, save, fields, parent)
    grids = {"people": d.ui.people_tab, "items": d.ui.items_tab, "unions": d.ui.unions_tab,
             "results": d.ui.results_tab}
    d.error_fields |= set(grids)
    # Tab moves from field to field; the grids' tabs are chosen with the mouse or Ctrl+Tab.
    d.ui.children.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
    show_error = d.show_error

    def show_error_on_its_tab(field: str, message: object) -> None:
        if field in grids:  # the grid with the problem comes to the front
            d.ui.children.setCurrentWidget(grids[field])
        show_error(field, message)
    d.show_error = show_error_on_its_tab
    _fill(d.ui.kind, lists.choices(lists.EVENT_KINDS), blank=False)
    names = [name for name, _ in _union_items(db)]
    d.ui.unions.setItemDelegateForColumn(0, CompleterDelegate(names, d.ui.unions))
    d.ui.results.setItemDelegateForColumn(1, CompleterDelegate(list(PRIZES), d.ui.results))
    d.ui.results.setItemDelegateForColumn(3, CompleterDelegate(names, d.ui.results))
    for table, widths in ((d.ui.people, (230, 190, 170)), (d.ui.items, (60, 170, 120, 190)),
                          (d.ui.unions, (520,)), (d.ui.results, (220, 130, 220))):
        table.verticalHeader().setDefaultSectionSize(24)
        for i, w in enumerate(widths):
            table.setColumnWidth(i, w)
    if event_id is not None:
        d.setWindowTitle(tr("Dialogs", "Edit event"))
        event = events.get_event(db, event_id)
        d.set_values(event)
        labels = _union_labels(db)
        set_table_rows(d.ui.people, [[lists.value_label(lists.PEOPLE_ROLES, p["role"]), p["name"],
                                      p["position"] or "", p["unit"] or ""] for p in event["people"]])
        set_table_rows(d.ui.items, [[i["at_time"] or "", i["speaker"] or "", i["speaker_role"] or "",
                                     i["speaker_unit"] or "", i["content"]] for i in event["items"]])
        set_table_rows(d.ui.unions, [[labels[u["union_id"]], vn_number(u["participants"])]
                                     for u in event["unions"]])
        set_table_rows(d.ui.results, [[r["contest"], r["prize"] or "", r["winner"],
                                       labels.get(r["union_id"], "")] for r in event["results"]])
    else:
        d.setWindowTitle(tr("Dialogs", "New event"))
        for table in (d.ui.people, d.ui.items, d.ui.unions, d.ui.results):
            set_table_rows(table, [])
    return d


def _union_labels(db) -> dict[int, str]:
    """Each union as typed back into a grid: its name, or its code when another union
    has the same name (two "Công đoàn Trường Mầm non" in one federation are common)."""
    return {uid: code if shared > 1 and code else name for uid, name, code, shared in db.execute(
        "SELECT id, name, code, count(*) OVER (PARTITION BY name_folded) FROM unions")}


def _yes(text: str) -> bool:
    return fold(text) in ("1", "yes", "co", "x", "true", fold(tr("Values", "Yes")))


def course_dialog(parent, db, course_id: int | None = None) -> FormDialog:
    fields = ["title", "topic", "target_group", "starts_on", "ends_on", "place", "trainer", "sessions", "note"]
    enrolled = training.enrolments(db, course_id) if course_id is not None else []

    def save(values: dict[str, Any]) -> int:
        if not str(values.get("sessions") or "").strip():
            values["sessions"] = 1
        if course_id is None:
            return training.add_course(db, **values)
        with db.atomic():  # the course and its attendance list together, or nothing
            training.update_course(db, course_id, **values)
            for r, e in enumerate(enrolled):
                cells = [(d.ui.enrolments.item(r, c).text().strip() if d.ui.enrolments.item(r, c) else "")
                         for c in range(1, 4)]
                attended, completed, certificate = cells[0] or None, _yes(cells[1]), cells[2] or None
                current = (e["attended_sessions"], bool(e["completed"]), e["certificate_no"])
                if (None if attended is None else str(attended), completed, certificate) != (
                        None if current[0] is None else str(current[0]), current[1], current[2]):
                    try:
                        training.set_attendance(db, e["id"], attended_sessions=attended, completed=completed,
                                                certificate_no=certificate, note=e["note"])
                    except ValidationError as err:
                        raise ValidationError("enrolments", "record.named_problem", name=e["full_name"],
                                              problem=err) from None
        return course_id

    d = FormDialog(Ui_CourseForm, save, fields, parent)
    d.error_fields.add("enrolments")
    table = d.ui.enrolments
    table.verticalHeader().setDefaultSectionSize(24)
    for i, w in enumerate((240, 120, 140)):
        table.setColumnWidth(i, w)
    table.setRowCount(len(enrolled))
    for r, e in enumerate(enrolled):
        name = QTableWidgetItem(e["full_name"])
        name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        table.setItem(r, 0, name)
        table.setItem(r, 1, QTableWidgetItem("" if e["attended_sessions"] is None else str(e["attended_sessions"])))
        table.setItem(r, 2, QTableWidgetItem(tr("Values", "Yes") if e["completed"] else tr("Values", "No")))
        table.setItem(r, 3, QTableWidgetItem(e["certificate_no"] or ""))
    if course_id is not None:
        d.setWindowTitle(tr("Dialogs", "Edit training course"))
        d.set_values(training.get_course(db, course_id))
    else:
        d.setWindowTitle(tr("Dialogs", "New training course"))
        d.ui.sessions.setText("1")
        d.hide_field("enrolments")
    return d


def enrol_dialog(parent, db, member_id: int, enrolment_id: int | None = None) -> FormDialog:
    """Enrol the selected member in a course (newest courses first); with
    ``enrolment_id``, correct the attendance, completion and certificate of one."""
    fields = ["course_id", "attended_sessions", "completed", "certificate_no"]

    def save(values: dict[str, Any]) -> int:
        if enrolment_id is not None:
            training.set_attendance(db, enrolment_id, attended_sessions=values["attended_sessions"],
                                    completed=bool(values["completed"]), certificate_no=values["certificate_no"],
                                    note=current["note"])
            return enrolment_id
        if values.get("course_id") is None:
            raise ValidationError("course_id", tr("Dialogs", "Choose the course."))
        return training.enrol(db, values["course_id"], member_id, attended_sessions=values["attended_sessions"],
                              completed=bool(values["completed"]), certificate_no=values["certificate_no"])

    d = FormDialog(Ui_EnrolForm, save, fields, parent)
    member = members.get_member(db, member_id)
    d.ui.member.setText(f"{member['full_name']} ({vn_date(member['birth_date'])})")
    _fill(d.ui.course_id, [(f"{vn_date(start)} – {title}", cid) for cid, title, start in db.execute(
        "SELECT id, title, starts_on FROM courses ORDER BY starts_on DESC, id DESC")])
    _fill(d.ui.completed, [(tr("Values", "No"), 0), (tr("Values", "Yes"), 1)], blank=False)
    if enrolment_id is not None:
        current = next(e for e in training.for_member(db, member_id) if e["id"] == enrolment_id)
        d.set_values({**current, "attended_sessions": "" if current["attended_sessions"] is None
                      else str(current["attended_sessions"])})
        d.ui.course_id.setEnabled(False)  # another course is another enrolment
        d.setWindowTitle(tr("Dialogs", "Course attendance"))
    else:
        d.setWindowTitle(tr("Dialogs", "Enrol in a training course"))
    return d


RATINGS = ("Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ",
           "Không hoàn thành nhiệm vụ")  # the yearly quality ratings of a grassroots union, as officially worded


def support_dialog(parent, db, member_id: int, support_id: int | None = None) -> FormDialog:
    """A support payment (thăm hỏi, trợ cấp) to the selected member; with ``support_id``,
    correct one already recorded."""
    fields = ["paid_on", "kind", "amount", "reason"]

    def save(values: dict[str, Any]) -> int:
        if support_id is not None:
            welfare.update_support(db, support_id, **values)
            return support_id
        return welfare.add_support(db, member_id=member_id, **values)

    d = FormDialog(Ui_SupportForm, save, fields, parent)
    member = members.get_member(db, member_id)
    d.ui.member.setText(f"{member['full_name']} ({vn_date(member['birth_date'])})")
    current = None
    if support_id is not None:
        current = next(w for w in welfare.for_member(db, member_id) if w["id"] == support_id)
    _fill(d.ui.kind, [(t, c) for t, c in lists.choices(lists.WELFARE_KINDS)
                      if c not in ("union_startup",) or (current and current["kind"] == c)], blank=False)
    if current is not None:
        d.set_values(current)
        d.setWindowTitle(tr("Dialogs", "Edit support payment"))
    else:
        d.setWindowTitle(tr("Dialogs", "Support payment"))
    return d


def union_year_dialog(parent, db, union_id: int, year: int) -> FormDialog:
    """The yearly facts of the selected union (rating, workers' conference, agreement)."""
    fields = ["year", "rating", "workers_conference", "agreement_type", "agreement_signed_on",
              "agreement_expires_on", "note"]

    def save(values: dict[str, Any]) -> int:
        try:
            y = int(str(values.pop("year")).strip())
        except ValueError:
            raise ValidationError("year", tr("Dialogs", "Enter a year such as 2026.")) from None
        if not 1900 <= y <= 2200:
            raise ValidationError("year", tr("Dialogs", "Enter a year such as 2026."))
        values["workers_conference"] = bool(values["workers_conference"])
        unions.set_year(db, union_id, y, **values)
        return y

    d = FormDialog(Ui_UnionYearForm, save, fields, parent)
    d.ui.union.setText(unions.get_union(db, union_id)["name"])
    _fill(d.ui.rating, [(r, r) for r in RATINGS])
    _fill(d.ui.workers_conference, [(tr("Values", "No"), 0), (tr("Values", "Yes"), 1)], blank=False)
    _fill(d.ui.agreement_type, [(tr("Dialogs", "Type A"), "A"), (tr("Dialogs", "Type B"), "B")])
    current = next((y for y in unions.years(db, union_id) if y["year"] == year), None)
    d.ui.year.setText(str(year))
    if current:
        d.set_values({**current, "year": None})
        d.ui.year.setText(str(year))
    d.setWindowTitle(tr("Dialogs", "Yearly facts"))
    return d


def officer_dialog(parent, db, member_id: int, officer_id: int | None = None) -> FormDialog:
    """A union role (chair, vice-chair, committee member...) for the selected member;
    with ``officer_id``, edit one the member holds (its term end, for instance)."""
    fields = ["role", "union_id", "term", "term_start", "term_end", "full_time"]
    current = None
    if officer_id is not None:
        current = next(o for o in officers.for_member(db, member_id) if o["id"] == officer_id)

    def save(values: dict[str, Any]) -> int:
        values["full_time"] = bool(values["full_time"])
        if officer_id is not None:
            if current["body_id"] is not None:  # a role in the managing body, not in a union
                values.pop("union_id", None)
            officers.update_officer(db, officer_id, **values)
            return officer_id
        return officers.add_officer(db, member_id=member_id, **values)

    d = FormDialog(Ui_OfficerForm, save, fields, parent)
    member = members.get_member(db, member_id)
    d.ui.member.setText(f"{member['full_name']} ({vn_date(member['birth_date'])})")
    _fill(d.ui.role, lists.choices(lists.OFFICER_ROLES))
    items = _union_items(db)
    if current is not None and current["union_id"] and all(i != current["union_id"] for _, i in items):
        items.append((current["union_name"], current["union_id"]))  # a union since merged or dissolved
    _fill(d.ui.union_id, items)
    _completer(d.ui.union_id)
    if member["union_id"]:
        d.set_values({"union_id": member["union_id"]})
    _fill(d.ui.full_time, [(tr("Values", "No"), 0), (tr("Values", "Yes"), 1)], blank=False)
    if current is not None:
        d.set_values({**current, "full_time": 1 if current["full_time"] else 0})
        if current["body_id"] is not None:
            d.hide_field("union_id")
        d.setWindowTitle(tr("Dialogs", "Edit union role"))
    else:
        d.setWindowTitle(tr("Dialogs", "Union role"))
    return d


def _member_items(db, union_id: int | None, keep: int | None = None) -> list[tuple[str, Any]]:
    """The union's active members (and ``keep``, a member since gone), name and birth date."""
    if union_id is None:
        return []
    return [(f"{name} ({vn_date(born)})" if born else name, mid) for mid, name, born in db.execute(
        """SELECT id, full_name, birth_date FROM members WHERE (union_id = ? AND status = 'active') OR id = ?
           ORDER BY name_folded, birth_date""", [union_id, keep])]


def award_dialog(parent, db, award_id: int | None = None, union_id: int | None = None,
                 member_id: int | None = None) -> FormDialog:
    """An award to a union, or to one of its members (chosen after the union)."""
    from desktop_app.core.records import awards

    fields = ["union_id", "member_id", "form", "level", "status", "year", "decision_no", "decision_date",
              "reason", "note"]

    def save(values: dict[str, Any]) -> int:
        if values.get("union_id") is None:
            raise ValidationError("union_id", "award.choose_recipient")
        if award_id is None:
            return awards.add_award(db, **values)
        awards.update_award(db, award_id, **values)
        return award_id

    d = FormDialog(Ui_AwardForm, save, fields, parent)
    current = awards.get_award(db, award_id) if award_id is not None else None
    items = _union_items(db)
    if current and current["union_id"] and all(i != current["union_id"] for _, i in items):
        items.append((current["union_name"], current["union_id"]))  # a union since closed
    _fill(d.ui.union_id, items)
    _completer(d.ui.union_id)
    _fill(d.ui.form, lists.choices(lists.AWARD_FORMS), blank=False)
    _fill(d.ui.level, lists.choices(lists.AWARD_LEVELS), blank=False)
    _fill(d.ui.status, lists.choices(lists.AWARD_STATUSES), blank=False)

    def union_chosen(_index: int = 0) -> None:
        index = d.ui.union_id.findText(d.ui.union_id.currentText(), Qt.MatchFlag.MatchFixedString)
        chosen = d.ui.union_id.itemData(index) if index >= 0 else None
        keep = current["member_id"] if current else member_id
        _fill(d.ui.member_id, _member_items(db, chosen or None, keep))
    d.ui.union_id.currentIndexChanged.connect(union_chosen)
    # set_values sets every field (absent ones to blank): the union first, then the
    # members it offers, then everything together.
    if current is not None:
        d.ui.union_id.setCurrentIndex(max(0, d.ui.union_id.findData(current["union_id"])))
        union_chosen()
        d.set_values({**current, "year": str(current["year"])})
        d.setWindowTitle(tr("Dialogs", "Edit award"))
    else:
        if member_id is not None and union_id is None:
            union_id = members.get_member(db, member_id)["union_id"]
        if union_id is not None:
            d.ui.union_id.setCurrentIndex(max(0, d.ui.union_id.findData(union_id)))
        union_chosen()
        d.set_values({"union_id": union_id, "member_id": member_id, "status": "proposed",
                      "form": "commendation", "level": "own", "year": str(dt.date.today().year)})
        d.setWindowTitle(tr("Dialogs", "New award"))
    return d


def congress_dialog(parent, db, congress_id: int | None = None, union_id: int | None = None) -> FormDialog:
    """A congress of a grassroots union and the term it opened."""
    from desktop_app.core.records import congresses

    fields = ["union_id", "held_on", "kind", "term", "number_label", "delegates", "committee_size", "note"]

    def save(values: dict[str, Any]) -> int:
        if congress_id is None:
            return congresses.add_congress(db, **values)
        congresses.update_congress(db, congress_id, **values)
        return congress_id

    d = FormDialog(Ui_CongressForm, save, fields, parent)
    current = congresses.get_congress(db, congress_id) if congress_id is not None else None
    items = _union_items(db)
    if current and all(i != current["union_id"] for _, i in items):
        items.append((current["union_name"], current["union_id"]))  # a union since closed
    _fill(d.ui.union_id, items)
    _completer(d.ui.union_id)
    _fill(d.ui.kind, lists.choices(lists.CONGRESS_KINDS), blank=False)
    if current is not None:
        d.set_values({**current, "term": congresses.term_label(current["term_start"], current["term_end"]),
                      "delegates": current["delegates"], "committee_size": current["committee_size"]})
        d.setWindowTitle(tr("Dialogs", "Edit congress"))
    else:
        d.set_values({"union_id": union_id, "kind": "all_members"})
        d.setWindowTitle(tr("Dialogs", "New congress"))
    return d


def dues_dialog(parent, db, dues_id: int | None = None, union_id: int | None = None) -> FormDialog:
    """What a union owed and remitted for a period (đoàn phí, kinh phí công đoàn)."""
    from desktop_app.core.records import dues

    fields = ["union_id", "year", "period", "members", "fund_exempt", "dues_due", "dues_paid", "fund_due",
              "fund_paid", "note"]

    def save(values: dict[str, Any]) -> int:
        if dues_id is None:
            return dues.add_dues(db, **values)
        dues.update_dues(db, dues_id, **values)
        return dues_id

    d = FormDialog(Ui_DuesForm, save, fields, parent)
    current = dues.get_dues(db, dues_id) if dues_id is not None else None
    items = _union_items(db)
    if current and all(i != current["union_id"] for _, i in items):
        items.append((current["union_name"], current["union_id"]))
    _fill(d.ui.union_id, items)
    _completer(d.ui.union_id)
    _fill(d.ui.period, lists.choices(lists.DUES_PERIODS), blank=False)
    _fill(d.ui.fund_exempt, [(tr("Values", "No"), 0), (tr("Values", "Yes"), 1)], blank=False)
    if current is not None:
        d.set_values({**current, "year": str(current["year"])})
        d.setWindowTitle(tr("Dialogs", "Edit dues and fund status"))
    else:
        today = dt.date.today()
        d.set_values({"union_id": union_id, "year": str(today.year), "period": "h1" if today.month <= 6 else "h2",
                      "fund_exempt": 0})
        d.setWindowTitle(tr("Dialogs", "Dues and fund status"))
    return d


def custom_field_dialog(parent, db, entity: str | None = None) -> FormDialog:
    """Define a field of the user's own for members or unions."""
    from desktop_app.core.records import custom

    def save(values: dict[str, Any]) -> int:
        return custom.add_field(db, **values)

    d = FormDialog(Ui_CustomFieldForm, save, ["entity", "name", "kind", "choices"], parent)
    _fill(d.ui.entity, lists.choices(lists.CUSTOM_ENTITIES), blank=False)
    _fill(d.ui.kind, lists.choices(lists.CUSTOM_KINDS), blank=False)
    d.set_values({"entity": entity or "members", "kind": "text"})
    d.setWindowTitle(tr("Dialogs", "New field of your own"))
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


def run_dialog(d: FormDialog) -> Any:
    """Show a dialog; what its save returned, or None when cancelled."""
    return d.result_value if d.exec() == QDialog.DialogCode.Accepted else None


def enrol(window, member_id: int) -> int | None:
    d = enrol_dialog(window, window.db, member_id)
    return d.result_value if d.exec() == QDialog.DialogCode.Accepted else None


def member_history(window, member_id: int, kind: str) -> bool:
    d = member_history_dialog(window, window.db, member_id, kind)
    return d.exec() == QDialog.DialogCode.Accepted


def delete_record(db, key: str, record_id: int) -> None:
    {"unions": unions.delete_union, "members": members.delete_member,
     "events": events.delete_event, "courses": training.delete_course}[key](db, record_id)
