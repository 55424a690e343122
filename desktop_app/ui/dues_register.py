"""The dues and fund status register (đoàn phí, kinh phí công đoàn): what each union
owed and remitted per period, and the unions behind (printed)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QInputDialog, QWidget

from desktop_app.core.records import dues
from desktop_app.core.text import vn_number
from desktop_app.ui import dialogs, lists
from desktop_app.ui.i18n import tr
from desktop_app.ui.registers import OnChange, RegisterDialog

R = "Registers"


class DuesRegister(RegisterDialog):
    kind = "dues"
    right_aligned = (3, 5, 6, 7, 8)

    def __init__(self, parent: QWidget | None, db, on_change: OnChange | None = None, union_id: int | None = None):
        self.headers = [tr(R, "Grassroots union"), tr(R, "Year"), tr(R, "Period"), tr(R, "Members"),
                        tr(R, "Kinh phí exempt"), tr(R, "Đoàn phí due"), tr(R, "Đoàn phí remitted"),
                        tr(R, "Kinh phí due"), tr(R, "Kinh phí remitted"), tr(R, "Remarks")]
        super().__init__(parent, db, on_change)
        self.union_id = union_id
        self.setWindowTitle(tr(R, "Dues and fund status"))
        everything = (tr(R, "(all)"), "")
        years = [r[0] for r in db.execute("SELECT DISTINCT year FROM dues ORDER BY year DESC")]
        self.add_filter("year", tr(R, "Year:"), [everything] + [(str(y), y) for y in years])
        self.add_filter("period", tr(R, "Period:"), [everything] + lists.choices(lists.DUES_PERIODS))
        self.add_filter("behind", tr(R, "Show:"), [(tr(R, "every union"), ""), (tr(R, "unions behind"), 1)])

    def load(self, filters: dict[str, Any], search: str) -> list[dict[str, Any]]:
        return dues.list_dues(self.db, year=filters["year"], period=filters["period"],
                              behind=bool(filters["behind"]), search=search)

    def reload(self, *_args) -> None:
        super().reload()
        owed = sum(max(r["dues_owed"], 0) + max(r["fund_owed"], 0) for r in self.rows)
        self.count.setText(self.count.text() + " — " + tr(R, "still owed: %1 đ").replace("%1", vn_number(owed)))

    def cells(self, d: dict[str, Any]) -> list[str]:
        return [d["union_name"], str(d["year"]), lists.value_label(lists.DUES_PERIODS, d["period"]),
                vn_number(d["members"]), tr("Values", "Yes") if d["fund_exempt"] else "",
                vn_number(d["dues_due"]), vn_number(d["dues_paid"]), vn_number(d["fund_due"]),
                vn_number(d["fund_paid"]), d["note"] or ""]

    def make_dialog(self, record_id: int | None) -> dialogs.FormDialog:
        return dialogs.dues_dialog(self, self.db, record_id, union_id=self.union_id)

    def remove(self, record_id: int, db=None) -> None:
        dues.delete_dues(db or self.db, record_id)

    def describe(self, d: dict[str, Any]) -> str:
        return tr(R, "Delete the dues row of %1 for %2 %3?").replace("%1", d["union_name"]).replace(
            "%2", lists.value_label(lists.DUES_PERIODS, d["period"])).replace("%3", str(d["year"]))

    def file_name(self) -> str:
        return "tinh-hinh-doan-phi-kinh-phi"

    def print_label(self) -> str:
        return tr(R, "Unions behind (PDF)…")

    def print(self) -> None:
        from desktop_app.core.reports import dues_behind_pdf

        title = tr(R, "Unions behind with dues")
        this = dt.date.today().year
        year, ok = QInputDialog.getInt(self, title, tr(R, "Year:"), this, 1990, this)
        if ok:
            self.save_pdf(title, f"danh-sach-cdcs-no-doan-phi-kinh-phi-{year}.pdf",
                          lambda path: dues_behind_pdf(self.db, year, Path(path)))
