"""The dues register through its widgets: the unions behind, a negative amount refused
beside its field, a period added and undone from the window, the menu opens it."""

from __future__ import annotations

from PySide6.QtGui import QAction

from desktop_app.core.records import dues
from desktop_app.ui.dues_register import DuesRegister
from tests.ui.conftest import when_modal
from tests.ui.test_main_window import fill


def test_behind_filter_add_with_a_bad_amount_then_undo(qtbot, window, messages):
    db = window.db
    reg = DuesRegister(window, db, lambda d, u: window.push_undo(d, u))
    qtbot.addWidget(reg)
    reg.reload()
    total = reg.table.rowCount()
    show = reg.filters["behind"]
    show.setCurrentIndex(show.findData(1))
    assert 0 < reg.table.rowCount() < total
    assert all(r["dues_owed"] > 0 or r["fund_owed"] > 0 for r in reg.rows)
    union_id = db.execute("""SELECT id FROM unions WHERE status = 'active' AND is_state = 0
                             AND id NOT IN (SELECT union_id FROM dues WHERE year = 2025 AND period = 'q4')
                             LIMIT 1""").fetchone()[0]
    reg.union_id = union_id
    seen = {}

    def act(d):
        fill(d, year="2025", period="q4", members="20", dues_due="1500000", dues_paid="-500000")
        ok = d.ui.buttons.button(d.ui.buttons.StandardButton.Ok)
        ok.click()
        seen["error"] = d.ui.dues_paid_error.text()
        d.ui.dues_paid.setText("1.000.000")
        ok.click()
    when_modal(act)
    reg.buttons["add"].click()
    assert seen["error"]
    [row] = [x for x in dues.for_union(db, union_id) if (x["year"], x["period"]) == (2025, "q4")]
    assert (row["dues_due"], row["dues_paid"], row["dues_owed"]) == (1_500_000, 1_000_000, 500_000)
    window.undo_last()
    assert not [x for x in dues.for_union(db, union_id) if (x["year"], x["period"]) == (2025, "q4")]
    reg.search.setText("zzzz")
    reg.buttons["edit"].click()
    reg.buttons["delete"].click()


def test_menu_opens_the_dues_register(qtbot, window):
    action = window.findChild(QAction, "action_register_dues")
    shown = {}

    def act(reg):
        shown["rows"] = reg.table.rowCount()
        reg.reject()
    when_modal(act)
    action.trigger()
    assert shown["rows"] == window.db.execute("SELECT count(*) FROM dues").fetchone()[0]
