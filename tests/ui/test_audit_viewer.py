"""The audit log viewer: a register change shows who, what and when; filters by record,
action and date; export; no edit buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from desktop_app.core.records import audit, awards
from desktop_app.core.storage.db import actor
from desktop_app.ui.audit_viewer import AuditViewer


def test_audit_viewer_shows_and_filters_changes(qtbot, window, monkeypatch, tmp_path, messages):
    db = window.db
    union = db.execute("SELECT id FROM unions WHERE status = 'active' LIMIT 1").fetchone()[0]
    a = awards.add_award(db, union_id=union, form="commendation", level="own", year=2019, decision_date="2020-01-10",
                         reason="Thành tích năm 2019")
    awards.update_award(db, a, note="Sửa ghi chú")
    v = AuditViewer(window, db)
    qtbot.addWidget(v)
    v.show()
    v.reload()
    assert not v.buttons["add"].isVisible() and not v.buttons["delete"].isVisible()
    table = v.filters["table"]
    table.setCurrentIndex(table.findData("awards"))
    days = v.filters["days"]
    days.setCurrentIndex(days.findData(0))
    shown = [v.table.item(r, 2).text() for r in range(v.table.rowCount())]
    assert shown in (["Edited", "Added"], ["Đã sửa", "Đã thêm"])
    assert v.table.item(0, 3).text().endswith(f"#{a}") and v.table.item(0, 1).text() == (actor() or "")
    assert "Sửa ghi chú" in v.table.item(0, 5).text()
    action = v.filters["action"]
    v.search.setText("2019")
    assert v.table.rowCount() == 1  # the add carries the reason; the edit only the note
    action.setCurrentIndex(0)
    out = tmp_path / "log.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a_, **k: (str(out), ""))
    v.buttons["export"].click()
    assert out.stat().st_size > 2000
    assert audit.list_audit(db, action="export")[0]["target"] == str(out)


def test_audit_details_read_as_the_form_labels_them(qtbot, window):
    """A change's detail names the union, the labels of coded values and dd/mm/yyyy
    dates, not the stored field names and codes."""
    db = window.db
    union, name = db.execute("SELECT id, name FROM unions WHERE status = 'active' LIMIT 1").fetchone()
    awards.add_award(db, union_id=union, form="commendation", level="own", year=2021, decision_date="2022-01-10",
                     reason="Hoàn thành xuất sắc nhiệm vụ")
    v = AuditViewer(window, db)
    qtbot.addWidget(v)
    v.show()
    v.reload()
    detail = v.table.item(0, 5).text()
    assert name in detail and "10/01/2022" in detail and "Hoàn thành xuất sắc nhiệm vụ" in detail
    for raw in ("union_id", "decision_date", "commendation", "2022-01-10", "origin"):
        assert raw not in detail
    assert "Ngày quyết định: 10/01/2022" in detail or "Decision date: 10/01/2022" in detail
