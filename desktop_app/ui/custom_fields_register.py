"""The user's own fields for members and unions: defined here, then filled in the member
and union dialogs, shown in the details, exported and imported by their names."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from desktop_app.core.records import custom
from desktop_app.ui import dialogs, lists
from desktop_app.ui.i18n import tr
from desktop_app.ui.registers import OnChange, RegisterDialog

R = "Registers"


class CustomFieldsRegister(RegisterDialog):
    kind = "custom_fields"

    def __init__(self, parent: QWidget | None, db, on_change: OnChange | None = None):
        self.headers = [tr(R, "For"), tr(R, "Name"), tr(R, "Kind"), tr(R, "Choices"), tr(R, "Records filled")]
        super().__init__(parent, db, on_change)
        self.setWindowTitle(tr(R, "Fields of your own"))
        for name in ("edit", "export", "print"):  # a field is added or deleted; its values are edited in place
            self.buttons[name].hide()
        self.add_filter("entity", tr(R, "For:"), [(tr(R, "(all)"), "")] + lists.choices(lists.CUSTOM_ENTITIES))

    def load(self, filters: dict[str, Any], search: str) -> list[dict[str, Any]]:
        found = custom.fields(self.db, filters["entity"])
        for f in found:
            table = custom.VALUE_TABLES[f["entity"]][0]
            f["filled"] = self.db.execute(f"SELECT count(*) FROM {table} WHERE field_id = ?", [f["id"]]).fetchone()[0]
        return [f for f in found if search.strip().lower() in f["name"].lower()]

    def cells(self, f: dict[str, Any]) -> list[str]:
        return [lists.value_label(lists.CUSTOM_ENTITIES, f["entity"]), f["name"],
                lists.value_label(lists.CUSTOM_KINDS, f["kind"]), (f["choices"] or "").replace("\n", "; "),
                str(f["filled"])]

    def make_dialog(self, record_id: int | None) -> dialogs.FormDialog:
        return dialogs.custom_field_dialog(self, self.db, self.filter_values().get("entity"))

    def remove(self, record_id: int, db=None) -> None:
        custom.delete_field(db or self.db, record_id)

    def describe(self, f: dict[str, Any]) -> str:
        return tr(R, "Delete the field “%1” and the %2 values recorded in it?").replace("%1", f["name"]).replace(
            "%2", str(f["filled"]))
