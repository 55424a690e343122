"""The participating unions and the results of an event, edited in the event dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QTableWidgetItem

from desktop_app.core.records import events
from desktop_app.ui import dialogs
from tests.ui.conftest import when_modal
from tests.ui.test_main_window import fill


def _set(table, row, values):
    for col, text in enumerate(values):
        table.setItem(row, col, QTableWidgetItem(text))


def test_event_dialog_edits_unions_and_results(qtbot, window):
    db = window.db
    event_id = db.execute("SELECT event_id FROM event_results GROUP BY event_id LIMIT 1").fetchone()[0]
    before = events.get_event(db, event_id)
    d = dialogs.event_dialog(window, db, event_id)
    qtbot.addWidget(d)
    d.show()
    assert len(dialogs.table_rows(d.ui.unions)) == len(before["unions"])
    assert len(dialogs.table_rows(d.ui.results)) == len(before["results"])
    assert d.ui.children.count() == 4
    new_union = db.execute("""SELECT id, name FROM unions WHERE status = 'active'
                              AND id NOT IN (SELECT union_id FROM event_unions WHERE event_id = ?)
                              AND name_folded IN (SELECT name_folded FROM unions GROUP BY name_folded
                                                  HAVING count(*) = 1) LIMIT 1""", [event_id]).fetchone()
    d.ui.children.setCurrentWidget(d.ui.people_tab)
    _set(d.ui.unions, d.ui.unions.rowCount() - 1, ["Công đoàn Không Có Thật", "20"])
    d.try_accept()
    assert d.ui.unions_error.isVisible() and "Không Có Thật" in d.ui.unions_error.text()
    assert d.ui.children.currentWidget() is d.ui.unions_tab, "the grid with the problem comes to the front"
    assert events.get_event(db, event_id)["unions"] == before["unions"]

    d.ui.unions.item(d.ui.unions.rowCount() - 2, 0).setText(new_union[1])
    _set(d.ui.results, d.ui.results.rowCount() - 1, ["Cầu lông đôi nữ", "Giải Nhì", "Đội nữ", new_union[1]])
    d.try_accept()
    assert d.result() == QDialog.DialogCode.Accepted, d.ui.form_error.text()
    after = events.get_event(db, event_id)
    assert {u["union_id"]: u["participants"] for u in after["unions"]} == {
        **{u["union_id"]: u["participants"] for u in before["unions"]}, new_union[0]: 20}
    assert after["results"][-1]["prize"] == "Giải Nhì" and after["results"][-1]["union_id"] == new_union[0]
    assert len(after["results"]) == len(before["results"]) + 1


def test_new_event_with_unions_is_undone_whole(qtbot, window):
    db = window.db
    name = db.execute("""SELECT code FROM unions WHERE status = 'active' AND code IS NOT NULL LIMIT 1""").fetchone()[0]
    window.show_tab("events")

    def enter(d):
        fill(d, title="Hội thao truyền thống", starts_at="20/10/2026 07:00")
        _set(d.ui.unions, 0, [name, "40"])
        _set(d.ui.results, 0, ["Bóng chuyền", "Giải Nhất", "Đội nam", name])
        d.try_accept()
    when_modal(enter)
    window.new_record("events")
    eid = db.execute("SELECT id FROM events WHERE title = 'Hội thao truyền thống'").fetchone()[0]
    ev = events.get_event(db, eid)
    assert [u["participants"] for u in ev["unions"]] == [40] and len(ev["results"]) == 1
    window.undo_last()
    assert db.execute("SELECT count(*) FROM event_unions WHERE event_id = ?", [eid]).fetchone()[0] == 0
    assert not db.execute("SELECT 1 FROM events WHERE id = ?", [eid]).fetchone()
