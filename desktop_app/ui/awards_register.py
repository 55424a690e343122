"""The awards register (khen thưởng): filtered by year, level, form and state; the
proposals of a year printed as the danh sách đề nghị khen thưởng."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QInputDialog, QWidget

from desktop_app.core.records import awards
from desktop_app.core.text import vn_date
from desktop_app.ui import dialogs, lists
from desktop_app.ui.i18n import tr
from desktop_app.ui.registers import OnChange, RegisterDialog

R = "Registers"


class AwardsRegister(RegisterDialog):
    kind = "awards"

    def __init__(self, parent: QWidget | None, db, on_change: OnChange | None = None,
                 union_id: int | None = None, member_id: int | None = None):
        self.headers = [tr(R, "Year"), tr(R, "Form"), tr(R, "Given by"), tr(R, "State"), tr(R, "Recipient"),
                        tr(R, "Grassroots union"), tr(R, "Decision"), tr(R, "Achievement")]
        super().__init__(parent, db, on_change)
        self.union_id, self.member_id = union_id, member_id  # what "Add…" starts from
        self.setWindowTitle(tr(R, "Awards"))
        everything = (tr(R, "(all)"), "")
        this = dt.date.today().year
        known = set(awards.years(db)) | {this}
        self.add_filter("year", tr(R, "Year:"), [everything] + [(str(y), y) for y in sorted(known, reverse=True)])
        self.add_filter("level", tr(R, "Given by:"), [everything] + lists.choices(lists.AWARD_LEVELS))
        self.add_filter("form", tr(R, "Form:"), [everything] + lists.choices(lists.AWARD_FORMS))
        self.add_filter("status", tr(R, "State:"), [everything] + lists.choices(lists.AWARD_STATUSES))

    def load(self, filters: dict[str, Any], search: str) -> list[dict[str, Any]]:
        return awards.list_awards(self.db, search=search, **filters)

    def cells(self, a: dict[str, Any]) -> list[str]:
        decision = ", ".join(x for x in (a["decision_no"] or "", vn_date(a["decision_date"])) if x)
        return [str(a["year"]), lists.value_label(lists.AWARD_FORMS, a["form"]),
                lists.value_label(lists.AWARD_LEVELS, a["level"]), lists.value_label(lists.AWARD_STATUSES, a["status"]),
                a["recipient"], a["union_name"] if a["member_id"] else "", decision, a["reason"] or ""]

    def make_dialog(self, record_id: int | None) -> dialogs.FormDialog:
        if record_id is not None:
            return dialogs.award_dialog(self, self.db, record_id)
        return dialogs.award_dialog(self, self.db, union_id=self.union_id, member_id=self.member_id)

    def remove(self, record_id: int, db=None) -> None:
        awards.delete_award(db or self.db, record_id)

    def describe(self, a: dict[str, Any]) -> str:
        return tr(R, "Delete the award “%1”?").replace("%1", ", ".join(
            [lists.value_label(lists.AWARD_FORMS, a["form"]), a["recipient"], str(a["year"])]))

    def file_name(self) -> str:
        return "danh-sach-khen-thuong"

    def print_label(self) -> str:
        return tr(R, "Proposals list (PDF)…")

    def print(self) -> None:
        from desktop_app.core.reports import awards_pdf

        title = tr(R, "Awards proposed")
        chosen = self.filters["year"].currentData() if "year" in self.filters else ""
        year, ok = QInputDialog.getInt(self, title, tr(R, "Year of the proposals:"),
                                       chosen or dt.date.today().year, 1990, dt.date.today().year)
        if not ok:
            return
        self.save_pdf(title, f"danh-sach-de-nghi-khen-thuong-{year}.pdf",
                      lambda path: awards_pdf(self.db, year, Path(path)))
