"""The four list tabs with the filters that fit each list. The main window and the
benchmark probe (``bench/ui_probe.py``) both build them here, so the probe measures
exactly what the window runs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from desktop_app.ui import lists
from desktop_app.ui.i18n import tr
from desktop_app.ui.list_tab import ListTab

# The groups the Trade Union Law 2024 (in force 1/7/2025) opened the union to.
WORKER_GROUPS = {"foreign": ("members.status = 'active' AND members.nationality IS NOT NULL", []),
                 "no_relation": ("members.status = 'active' AND members.work_relation = 'no_relation'", [])}


def _member_status(value: Any) -> tuple[str, list[Any]] | None:
    if value in WORKER_GROUPS:
        return WORKER_GROUPS[value]
    return None if value == "" else ("members.status = ?", [value])


def _equals(sql: str) -> Callable[[Any], tuple[str, list[Any]] | None]:
    # Combo item data is never None ("" means "all"): see table_model on PySide6 and None.
    return lambda v: None if v == "" else (sql, [v])


def years(db, table: str, column: str) -> list[tuple[str, Any]]:
    """(all) and every year from the newest to the oldest row (min/max use the index)."""
    # Two queries: SQLite answers min() or max() alone from the index, both together by a scan.
    low = db.execute(f"SELECT min({column}) FROM {table}").fetchone()[0]
    high = db.execute(f"SELECT max({column}) FROM {table}").fetchone()[0]
    this = dt.date.today().year
    low = int(str(low)[:4]) if low else this
    high = max(int(str(high)[:4]) if high else this, this)
    return [(tr("Tabs", "(all)"), "")] + [(str(y), y) for y in range(high, low - 1, -1)]


class UnionCombo(QComboBox):
    """The union filter: 9,031 names at city scale, so they are read when the list is
    first opened, not when the window starts."""

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.filled = False

    def showPopup(self) -> None:
        if not self.filled:
            fill_union_filter(self.db, self)
        super().showPopup()

    def select_union(self, union_id: int) -> None:
        if not self.filled:
            fill_union_filter(self.db, self)
        index = self.findData(union_id)
        if index < 0:
            name = self.db.execute("SELECT name FROM unions WHERE id = ?", [union_id]).fetchone()
            self.addItem(name[0] if name else str(union_id), union_id)
            index = self.count() - 1
        self.setCurrentIndex(index)


def fill_union_filter(db, combo: QComboBox) -> None:
    if isinstance(combo, UnionCombo):
        combo.filled = True
    current = combo.currentData() if combo.count() else ""
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(tr("Tabs", "(all)"), "")
    for uid, name in db.execute("SELECT id, name FROM unions WHERE status = 'active' ORDER BY name_folded"):
        combo.addItem(name, uid)
    index = combo.findData(current) if current != "" else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def make_list_tab(db, key: str, details: Callable[[int], str] | None = None,
                  parent: QWidget | None = None) -> ListTab:
    tab = ListTab(db, lists.SPECS[key], details or (lambda _i: ""), parent)
    everything = (tr("Tabs", "(all)"), "")
    if key == "unions":
        sectors = [everything] + [(name, code) for code, name in db.execute(
            "SELECT code, name FROM sectors ORDER BY sort")]
        tab.add_filter("sector", tr("Tabs", "Sector block"), sectors, _equals("unions.sector = ?"))
        tab.add_filter("status", tr("Tabs", "Status"),
                       [everything] + lists.choices(lists.UNION_STATUS),
                       _equals("unions.status = ?"), default=1)
    elif key == "members":
        union = tab.add_filter("union", tr("Tabs", "Union"), [everything], _equals("members.union_id = ?"),
                               combo=UnionCombo(db, tab))
        union.setMinimumWidth(160)
        union.setMaximumWidth(320)
        # The groups the 2024 law opened the union to are kinds of active members here: a
        # filter of their own would not fit the bar on a 1366-pixel screen at 150 %.
        tab.add_filter("status", tr("Tabs", "Status"),
                       [everything] + lists.choices(lists.MEMBER_STATUS)
                       + [(tr("Tabs", "Foreign workers"), "foreign"),
                          (tr("Tabs", "No labour relation"), "no_relation")],
                       _member_status, default=1)
        tab.add_filter("sex", tr("Tabs", "Sex"), [everything] + lists.choices(lists.SEX),
                       _equals("members.sex = ?"))
        tab.add_filter("joined", tr("Tabs", "Joined in"), years(db, "memberships", "on_date"),
                       lambda v: None if v == "" else ("members.joined_on BETWEEN ? AND ?",
                                                       [f"{v}-01-01", f"{v}-12-31"]))
    elif key == "events":
        tab.add_filter("kind", tr("Tabs", "Kind"),
                       [everything] + lists.choices(lists.EVENT_KINDS),
                       _equals("events.kind = ?"))
        tab.add_filter("year", tr("Tabs", "Year"), years(db, "events", "starts_at"),
                       lambda v: None if v == "" else ("events.starts_at BETWEEN ? AND ?",
                                                       [f"{v}-01-01", f"{v}-12-31T99"]))
    elif key == "courses":
        tab.add_filter("year", tr("Tabs", "Year"), years(db, "courses", "starts_on"),
                       lambda v: None if v == "" else ("courses.starts_on BETWEEN ? AND ?",
                                                       [f"{v}-01-01", f"{v}-12-31"]))
        topics = [r[0] for r in db.execute("SELECT DISTINCT topic FROM courses WHERE topic IS NOT NULL ORDER BY topic")]
        tab.add_filter("topic", tr("Tabs", "Topic"), [everything] + [(t, t) for t in topics],
                       _equals("courses.topic = ?"))
    return tab
