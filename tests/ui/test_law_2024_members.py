"""Foreign members and workers without a labour relation in the member dialog, the
members tab's filter, the details and the overview."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop_app.core.records import members
from tests.ui.conftest import when_modal
from tests.ui.test_main_window import fill


def test_member_dialog_records_a_foreign_worker(qtbot, window):
    db = window.db
    window.show_tab("members")
    fdi = db.execute("SELECT name FROM unions WHERE sector = 'fdi' AND status = 'active' ORDER BY id LIMIT 1"
                     ).fetchone()[0]
    seen = {}

    def act(d):
        fill(d, full_name="Hwang Tae Yang", birth_date="05/06/1987", nationality="Hàn Quốc",
             contract_months="6", union_id=fdi, joined_on="01/10/2025")
        ok = d.ui.buttons.button(d.ui.buttons.StandardButton.Ok)
        ok.click()
        seen["error"] = d.ui.contract_months_error.text()
        d.ui.contract_months.clear()
        QTest.keyClicks(d.ui.contract_months, "24")
        ok.click()
    when_modal(act)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert "12" in seen["error"], "a six-month contract is refused beside its field"
    mid = db.execute("SELECT id FROM members WHERE full_name = 'Hwang Tae Yang'").fetchone()[0]
    m = members.get_member(db, mid)
    assert (m["nationality"], m["contract_months"], m["work_relation"]) == ("Hàn Quốc", 24, "employee")
    tab = window.list_tabs["members"]
    assert "Hàn Quốc" in tab.detail.toPlainText()


def test_members_filter_by_the_2024_law_groups(qtbot, window):
    window.show_tab("members")
    tab = window.list_tabs["members"]
    combo = tab.filter_combos["status"]
    combo.setCurrentIndex(combo.findData("foreign"))
    qtbot.waitUntil(lambda: tab.model.total() is not None, timeout=5000)
    expected = window.db.execute("SELECT count(*) FROM members WHERE nationality IS NOT NULL AND status = 'active'"
                                 ).fetchone()[0]
    assert tab.model.total() == expected > 0
    ids = [tab.model.row_id(r) for r in range(tab.model.rowCount())]
    assert all(members.get_member(window.db, i)["nationality"] for i in ids)
    combo.setCurrentIndex(combo.findData("no_relation"))
    qtbot.waitUntil(lambda: tab.model.total() is not None, timeout=5000)
    assert all(members.get_member(window.db, tab.model.row_id(r))["work_relation"] == "no_relation"
               for r in range(tab.model.rowCount()))
    assert tab.model.rowCount() > 0


def test_overview_counts_foreign_members(qtbot, window):
    window.show_tab("overview")
    qtbot.waitUntil(lambda: window.overview.ready, timeout=10000)
    assert "foreign" in window.overview.figures.text() or "nước ngoài" in window.overview.figures.text()
