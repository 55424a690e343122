"""Fields of one's own through the window: defined in their dialog, filled in the member
dialog (a number that is not one refused beside it), shown in the details, undone."""

from __future__ import annotations

from PySide6.QtGui import QAction

from desktop_app.core.records import custom
from desktop_app.ui import details, dialogs
from desktop_app.ui.custom_fields_register import CustomFieldsRegister
from tests.ui.conftest import when_modal
from tests.ui.test_main_window import fill


def test_define_fill_show_and_undo(qtbot, window, messages):
    db = window.db
    reg = CustomFieldsRegister(window, db, lambda d, u: window.push_undo(d, u))
    qtbot.addWidget(reg)
    reg.reload()
    assert reg.table.rowCount() == 0
    reg.buttons["delete"].click()  # nothing selected: nothing happens

    def define(d):
        fill(d, entity="members", name="Nhóm máu", kind="choice")
        d.ui.choices.setPlainText("A\nB\nAB\nO")
        d.ui.buttons.button(d.ui.buttons.StandardButton.Ok).click()
    when_modal(define)
    reg.buttons["add"].click()
    [field] = custom.fields(db, "members")
    assert reg.table.rowCount() == 1

    years = custom.add_field(db, entity="members", name="Số năm công tác", kind="number")
    member_id = db.execute("SELECT id FROM members WHERE status = 'active' LIMIT 1").fetchone()[0]
    d = dialogs.member_dialog(window, db, member_id)
    qtbot.addWidget(d)
    d.show()
    combo = getattr(d.ui, f"custom_{field['id']}")
    combo.setCurrentIndex(combo.findData("AB"))
    getattr(d.ui, f"custom_{years}").setText("nhiều")
    d.try_accept()
    assert getattr(d.ui, f"custom_{years}_error").isVisible()
    assert custom.values_of(db, "members", member_id) == {}, "nothing written"
    getattr(d.ui, f"custom_{years}").setText("")
    d.try_accept()
    assert custom.values_of(db, "members", member_id) == {field["id"]: "AB"}
    assert "Nhóm máu" in details.member_html(db, member_id) and "AB" in details.member_html(db, member_id)
    d2 = dialogs.member_dialog(window, db, member_id)
    qtbot.addWidget(d2)
    assert getattr(d2.ui, f"custom_{field['id']}").currentData() == "AB", "the recorded value is shown"

    reg.reload()
    reg.table.selectRow(0)
    reg.buttons["delete"].click()
    assert [f["name"] for f in custom.fields(db)] == ["Số năm công tác"]
    window.undo_last()
    assert custom.values_of(db, "members", member_id) == {field["id"]: "AB"}, "undo brings the values back"
    assert window.findChild(QAction, "action_register_custom_fields") is not None
