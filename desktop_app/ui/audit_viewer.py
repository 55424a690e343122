"""The audit log viewer: who changed what and when, filtered by kind of record, action
and date, exported to Excel. Read-only: the log is evidence, nobody edits it."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop_app.core.records import audit
from desktop_app.ui.i18n import tr
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
        try:  # a register's change: its values, one "key: value" after another
            values = json.loads(detail)
            if isinstance(values, dict):
                detail = "; ".join(f"{k}: {v}" for k, v in values.items() if v not in (None, ""))
        except ValueError:
            pass
        target = a["target"] or ""
        table, hash_, number = target.partition("#")
        if hash_ and table in record_labels():
            target = f"{record_labels()[table]} #{number}"
        return [local_time(a["at"]), a["actor"] or "", action_labels().get(a["action"], a["action"]), target,
                "" if a["records"] is None else str(a["records"]), detail]

    def file_name(self) -> str:
        return "nhat-ky-thay-doi"
