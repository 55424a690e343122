"""The congresses register (đại hội, nhiệm kỳ): who held which congress, the term it
opened, and the unions whose congress is due or overdue (printed)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QInputDialog, QWidget

from desktop_app.core.records import congresses
from desktop_app.core.text import vn_date, vn_number
from desktop_app.ui import dialogs, lists
from desktop_app.ui.i18n import tr
from desktop_app.ui.registers import OnChange, RegisterDialog

R = "Registers"


class CongressesRegister(RegisterDialog):
    kind = "congresses"
    right_aligned = (5, 6)

    def __init__(self, parent: QWidget | None, db, on_change: OnChange | None = None, union_id: int | None = None):
        self.headers = [tr(R, "Date"), tr(R, "Grassroots union"), tr(R, "Kind"), tr(R, "Term"),
                        tr(R, "Number"), tr(R, "Present"), tr(R, "Committee"), tr(R, "Next congress due")]
        super().__init__(parent, db, on_change)
        self.union_id = union_id
        self.setWindowTitle(tr(R, "Congresses and terms"))
        everything = (tr(R, "(all)"), "")
        years = [r[0] for r in db.execute("SELECT DISTINCT substr(held_on, 1, 4) FROM congresses ORDER BY 1 DESC")]
        self.add_filter("year", tr(R, "Held in:"), [everything] + [(y, int(y)) for y in years])
        self.add_filter("kind", tr(R, "Kind:"), [everything] + lists.choices(lists.CONGRESS_KINDS))
        self.summary = tr(R, "Due this year: %1, overdue: %2, none recorded: %3")

    def load(self, filters: dict[str, Any], search: str) -> list[dict[str, Any]]:
        return congresses.list_congresses(self.db, search=search, **filters)

    def reload(self, *_args) -> None:
        super().reload()
        due = congresses.due(self.db, dt.date.today().year)
        counts = [sum(1 for r in due if r["state"] == s) for s in ("due", "overdue", "unknown")]
        self.count.setText(self.count.text() + " — " + self.summary.replace("%1", vn_number(counts[0]))
                           .replace("%2", vn_number(counts[1])).replace("%3", vn_number(counts[2])))

    def cells(self, c: dict[str, Any]) -> list[str]:
        return [vn_date(c["held_on"]), c["union_name"], lists.value_label(lists.CONGRESS_KINDS, c["kind"]),
                congresses.term_label(c["term_start"], c["term_end"]), c["number_label"] or "",
                vn_number(c["delegates"]), vn_number(c["committee_size"]), str(c["term_end"])]

    def make_dialog(self, record_id: int | None) -> dialogs.FormDialog:
        return dialogs.congress_dialog(self, self.db, record_id, union_id=self.union_id)

    def remove(self, record_id: int, db=None) -> None:
        congresses.delete_congress(db or self.db, record_id)

    def describe(self, c: dict[str, Any]) -> str:
        return tr(R, "Delete the congress of %1 held on %2?").replace("%1", c["union_name"]).replace(
            "%2", vn_date(c["held_on"]))

    def file_name(self) -> str:
        return "danh-sach-dai-hoi"

    def print_label(self) -> str:
        return tr(R, "Unions due (PDF)…")

    def print(self) -> None:
        from desktop_app.core.reports import congresses_due_pdf

        title = tr(R, "Unions whose congress is due")
        this = dt.date.today().year
        year, ok = QInputDialog.getInt(self, title, tr(R, "Year:"), this, 1990, this + 5)
        if ok:
            self.save_pdf(title, f"danh-sach-cdcs-den-ky-dai-hoi-{year}.pdf",
                          lambda path: congresses_due_pdf(self.db, year, Path(path)))
