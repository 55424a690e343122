"""The audit log viewer: who changed what and when, filtered by kind of record, action
and date, exported to Excel. Read-only: the log is evidence, nobody edits it."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop_app.core import vocabulary as V
from desktop_app.core.records import audit
from desktop_app.core.text import vn_date, vn_number
from desktop_app.ui.i18n import tr
from desktop_app.ui.lists import value_label
from desktop_app.ui.registers import RegisterDialog

R = "Registers"


def action_labels() -> dict[str, str]:
    return {"add": tr(R, "Added"), "edit": tr(R, "Edited"), "delete": tr(R, "Deleted"),
            "export": tr(R, "Exported"), "export_encrypted": tr(R, "Exported (encrypted)"),
            "import": tr(R, "Imported"), "backup": tr(R, "Backed up"), "restore": tr(R, "Restored"),
            "copy": tr(R, "Copied"), "merge": tr(R, "Merged files"), "settings": tr(R, "Settings")}


def record_labels() -> dict[str, str]:
    return {"awards": tr(R, "Award"), "congresses": tr(R, "Congress"), "dues": tr(R, "Dues period"),
            "due_rates": tr(R, "Dues rate")}


def field_labels() -> dict[str, str]:
    """The registers' stored field names as their forms label them."""
    return {"union_id": tr(R, "Grassroots union"), "member_id": tr(R, "Member"), "form": tr(R, "Form"),
            "level": tr(R, "Given by"), "status": tr(R, "State"), "year": tr(R, "Year"),
            "decision_no": tr(R, "Decision number"), "decision_date": tr(R, "Decision date"),
            "reason": tr(R, "Achievement"), "note": tr(R, "Note"), "held_on": tr(R, "Held on"),
            "kind": tr(R, "Kind"), "term": tr(R, "Term"), "term_start": tr(R, "Term starts"),
            "term_end": tr(R, "Term ends"), "number_label": tr(R, "Congress number"),
            "delegates": tr(R, "Delegates"), "committee_size": tr(R, "Committee members"),
            "period": tr(R, "Period"), "members": tr(R, "Members"), "fund_exempt": tr(R, "Exempt from the fund"),
            "dues_due": tr(R, "Dues due"), "dues_paid": tr(R, "Dues paid"), "fund_due": tr(R, "Fund due"),
            "fund_paid": tr(R, "Fund paid"), "valid_from": tr(R, "Valid from"), "rate_percent": tr(R, "Rate (%)"),
            "cap_percent_of_base": tr(R, "Cap (% of base salary)"), "base_salary": tr(R, "Base salary")}


# A coded value is shown by its label; which vocabulary depends on the register.
CODED = {("awards", "form"): V.AWARD_FORM, ("awards", "level"): V.AWARD_LEVEL,
         ("awards", "status"): V.AWARD_STATUS, ("congresses", "kind"): V.CONGRESS_KIND,
         ("dues", "period"): V.DUES_PERIOD, ("due_rates", "kind"): V.DUE_KIND}
DATES = {"decision_date", "held_on", "term_start", "term_end", "valid_from"}
AMOUNTS = {"dues_due", "dues_paid", "fund_due", "fund_paid", "base_salary", "members", "delegates"}
HIDDEN = {"origin", "id", "created_at", "updated_at"}


def _name(db, table: str, record_id: object) -> str:
    found = db.execute(f"SELECT {'full_name' if table == 'members' else 'name'} FROM {table} WHERE id = ?",
                       [record_id]).fetchone()
    return found[0] if found else f"#{record_id}"


def describe(db, table: str, values: dict[str, Any]) -> str:
    """A register change as the officer reads it: "Năm: 2025; Hình thức: Giấy khen; …"."""
    labels, parts = field_labels(), []
    order = {key: i for i, key in enumerate(labels)}  # the forms' order, not the log's
    for key, value in sorted(values.items(), key=lambda kv: order.get(kv[0], len(order))):
        if value in (None, "") or key in HIDDEN:
            continue
        if key in ("union_id", "member_id"):
            shown = _name(db, "unions" if key == "union_id" else "members", value)
        elif (table, key) in CODED:
            shown = value_label(CODED[table, key], value)
        elif key in DATES:
            shown = vn_date(value) or str(value)
        elif key == "fund_exempt":
            shown = tr("Values", "Yes") if value else tr("Values", "No")
        elif key in AMOUNTS and isinstance(value, (int, float)):
            shown = vn_number(value)
        else:
            shown = str(value)
        parts.append(f"{labels.get(key, key)}: {shown}")
    return "; ".join(parts)


def local_time(at: str | None) -> str:
    """The log's UTC stamp in the PC's time, as dd/mm/yyyy hh:mm:ss."""
    if not at:
        return ""
    try:
        moment = dt.datetime.fromisoformat(at).replace(tzinfo=dt.UTC).astimezone()
    except ValueError:
        return at
    return moment.strftime("%d/%m/%Y %H:%M:%S")


class AuditViewer(RegisterDialog):
    kind = "audit"

    def __init__(self, parent: QWidget | None, db):
        self.headers = [tr(R, "When"), tr(R, "Who"), tr(R, "Action"), tr(R, "Record"), tr(R, "Rows"),
                        tr(R, "Details")]
        super().__init__(parent, db)
        self.setWindowTitle(tr(R, "Audit log"))
        for name in ("add", "edit", "delete", "print"):  # evidence: read and exported only
            self.buttons[name].hide()
        everything = (tr(R, "(all)"), "")
        records, acts = record_labels(), action_labels()
        self.add_filter("table", tr(R, "Record:"), [everything] + [(records.get(t, t), t) for t in audit.tables(db)])
        self.add_filter("action", tr(R, "Action:"), [everything] + [(acts.get(a, a), a) for a in audit.actions(db)])
        self.add_filter("days", tr(R, "When:"), [everything, (tr(R, "today"), 0), (tr(R, "last 7 days"), 7),
                                                 (tr(R, "last 30 days"), 30), (tr(R, "last 365 days"), 365)])

    def load(self, filters: dict[str, Any], search: str) -> list[dict[str, Any]]:
        days = filters.pop("days")
        since = None if days is None else (dt.date.today() - dt.timedelta(days=days)).isoformat()
        return audit.list_audit(self.db, since=since, search=search, **filters)

    def cells(self, a: dict[str, Any]) -> list[str]:
        detail = a["detail"] or ""
        target = a["target"] or ""
        table, hash_, number = target.partition("#")
        try:  # a register's change: its values, labelled as its form labels them
            values = json.loads(detail)
            if isinstance(values, dict):
                detail = describe(self.db, table, values)
        except ValueError:
            pass
        if hash_ and table in record_labels():
            target = f"{record_labels()[table]} #{number}"
        return [local_time(a["at"]), a["actor"] or "", action_labels().get(a["action"], a["action"]), target,
                "" if a["records"] is None else str(a["records"]), detail]

    def file_name(self) -> str:
        return "nhat-ky-thay-doi"
