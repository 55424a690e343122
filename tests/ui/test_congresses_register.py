"""The congresses register through its widgets: a term that ends before it starts is
refused beside its field, a good congress is saved and undone from the window; the
union's details flag officers past their term; the menu opens it."""

from __future__ import annotations

from PySide6.QtGui import QAction

from desktop_app.core.records import congresses
from desktop_app.ui import details
from desktop_app.ui.congresses_register import CongressesRegister
from tests.ui.conftest import when_modal
from tests.ui.test_main_window import fill


def test_add_a_congress_then_undo(qtbot, window, messages):
    db = window.db
    union_id, name = db.execute("""SELECT id, name FROM unions WHERE status = 'active'
                                   AND id NOT IN (SELECT union_id FROM congresses) LIMIT 1""").fetchone()
    reg = CongressesRegister(window, db, lambda d, u: window.push_undo(d, u), union_id=union_id)
    qtbot.addWidget(reg)
    reg.reload()
    before = reg.table.rowCount()
    assert "—" in reg.count.text()
    seen = {}

    def act(d):
        assert d.ui.union_id.currentData() == union_id
        fill(d, held_on="20/04/2025", kind="delegates", term="2030-2025", delegates="120", committee_size="9")
        ok = d.ui.buttons.button(d.ui.buttons.StandardButton.Ok)
        ok.click()
        seen["error"] = d.ui.term_error.text()
        d.ui.term.setText("2025–2030")
        ok.click()
    when_modal(act)
    reg.buttons["add"].click()
    assert seen["error"]
    assert reg.table.rowCount() == before + 1
    [c] = congresses.for_union(db, union_id)
    assert (c["term_start"], c["term_end"], c["kind"], c["delegates"]) == (2025, 2030, "delegates", 120)
    assert "2025–2030" in details.union_html(db, union_id)
    window.undo_last()
    assert congresses.for_union(db, union_id) == []
    reg.search.setText("zzzz")
    reg.buttons["edit"].click()
    reg.buttons["delete"].click()
    assert name


def test_details_flag_officers_past_their_term_and_the_menu_opens(qtbot, window):
    db = window.db
    late = congresses.officers_past_term(db)
    assert late
    html = details.union_html(db, late[0]["union_id"])
    assert late[0]["full_name"] in html and ("Term ended" in html or "hết nhiệm kỳ" in html.lower())
    action = window.findChild(QAction, "action_register_congresses")
    shown = {}

    def act(reg):
        shown["rows"] = reg.table.rowCount()
        reg.reject()
    when_modal(act)
    action.trigger()
    assert shown["rows"] == db.execute("SELECT count(*) FROM congresses").fetchone()[0]
