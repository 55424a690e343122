"""The awards register driven through its widgets: filters, add through the dialog
(a bad decision date refused beside its field), edit, delete, undo from the window,
the member's details, export and the proposals PDF."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog

from desktop_app.core.records import awards
from desktop_app.ui.awards_register import AwardsRegister
from tests.ui.conftest import when_modal
from tests.ui.test_main_window import fill


def _register(window) -> AwardsRegister:
    return AwardsRegister(window, window.db, lambda d, u: window.push_undo(d, u))


def test_filters_narrow_the_register(qtbot, window):
    reg = _register(window)
    qtbot.addWidget(reg)
    reg.reload()
    total = window.db.execute("SELECT count(*) FROM awards").fetchone()[0]
    assert reg.table.rowCount() == total > 100
    year = reg.filters["year"]
    year.setCurrentIndex(year.findData(2024))
    level = reg.filters["level"]
    level.setCurrentIndex(level.findData("province"))
    expected = window.db.execute("SELECT count(*) FROM awards WHERE year = 2024 AND level = 'province'").fetchone()[0]
    assert reg.table.rowCount() == expected > 0
    reg.search.setText("zzzz không có")
    assert reg.table.rowCount() == 0
    assert not reg.buttons["edit"].isEnabled()
    reg.buttons["delete"].click()  # nothing selected: nothing happens
    reg.buttons["edit"].click()


def test_add_an_award_to_a_member_then_undo(qtbot, window, messages):
    db = window.db
    member_id, union_id, name = db.execute(
        """SELECT m.id, m.union_id, m.full_name FROM members m WHERE m.status = 'active'
           AND m.id NOT IN (SELECT member_id FROM awards WHERE member_id IS NOT NULL) LIMIT 1""").fetchone()
    reg = AwardsRegister(window, db, lambda d, u: window.push_undo(d, u), member_id=member_id)
    qtbot.addWidget(reg)
    reg.reload()
    before = reg.table.rowCount()
    seen = {}

    def act(d):
        assert d.ui.member_id.currentData() == member_id, "starts from the selected member"
        fill(d, form="certificate_of_merit", level="province", status="awarded", decision_no="125/QĐ-LĐLĐ",
             decision_date=(dt.date.today() + dt.timedelta(days=5)).strftime("%d/%m/%Y"))
        d.ui.year.clear()
        d.ui.year.setText("2025")
        d.ui.reason.setPlainText("Hoàn thành xuất sắc nhiệm vụ năm 2025")
        ok = d.ui.buttons.button(d.ui.buttons.StandardButton.Ok)
        ok.click()
        seen["error"] = d.ui.decision_date_error.text()
        d.ui.decision_date.setText("15/01/2026")
        ok.click()
    when_modal(act)
    reg.buttons["add"].click()
    assert "future" in seen["error"] or "tương lai" in seen["error"]
    assert reg.table.rowCount() == before + 1
    new = awards.for_member(db, member_id)
    assert [(a["form"], a["level"], a["decision_date"], a["union_id"]) for a in new] == [
        ("certificate_of_merit", "province", "2026-01-15", union_id)]
    window.show_tab("members")
    assert window.action_undo.isEnabled()
    window.undo_last()
    assert awards.for_member(db, member_id) == []
    assert name


def test_edit_and_delete_through_the_register(qtbot, window, messages):
    db = window.db
    reg = _register(window)
    qtbot.addWidget(reg)
    reg.reload()
    reg.table.selectRow(0)
    award_id = reg.selected()
    old = awards.get_award(db, award_id)

    def act(d):
        d.ui.note.setText("Đã trao tại hội nghị tổng kết")
        d.ui.buttons.button(d.ui.buttons.StandardButton.Ok).click()
    when_modal(act)
    reg.buttons["edit"].click()
    assert awards.get_award(db, award_id)["note"] == "Đã trao tại hội nghị tổng kết"
    reg.select(award_id)
    reg.buttons["delete"].click()
    assert messages and messages[-1][0] == "question"
    assert db.execute("SELECT 1 FROM awards WHERE id = ?", [award_id]).fetchone() is None
    window.undo_last()
    back = awards.get_award(db, award_id)
    assert back["note"] == "Đã trao tại hội nghị tổng kết" and back["uid"] == old["uid"]
    window.undo_last()
    assert awards.get_award(db, award_id)["note"] == old["note"]


def test_menu_action_details_export_and_pdf(qtbot, window, monkeypatch, tmp_path, messages):
    db = window.db
    union_id = db.execute("SELECT union_id FROM awards WHERE member_id IS NULL LIMIT 1").fetchone()[0]
    window.show_tab("unions")
    window.list_tabs["unions"].select_id(union_id) if hasattr(window.list_tabs["unions"], "select_id") else None
    html = __import__("desktop_app.ui.details", fromlist=["x"]).union_html(db, union_id)
    assert "Giấy khen" in html or "Commendation" in html or "Bằng khen" in html or "Certificate" in html
    action = window.findChild(QAction, "action_register_awards")
    assert action is not None
    files = iter([str(tmp_path / "aw.xlsx"), str(tmp_path / "de-nghi.pdf")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (next(files), ""))
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (dt.date.today().year, True))

    def act(reg):
        reg.buttons["export"].click()
        reg.buttons["print"].click()
        reg.reject()
    when_modal(act)
    action.trigger()
    assert (tmp_path / "aw.xlsx").stat().st_size > 3000
    assert (tmp_path / "de-nghi.pdf").read_bytes()[:4] == b"%PDF"
    assert QApplication.activeModalWidget() is None or not isinstance(QApplication.activeModalWidget(), QDialog)
