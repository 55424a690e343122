"""A member's union roles, courses and support payments: edited and deleted from the
"Roles, courses, support…" dialog of the members tab, on the district demo database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

from desktop_app.core.records import officers, training, welfare
from desktop_app.ui.member_records import MemberRecordsDialog
from tests.ui.conftest import when_modal
from tests.ui.test_main_window import fill


def choose_member(window, sql: str) -> int:
    """Select in the members tab the member the query names (found by name if need be)."""
    member_id = window.db.execute(sql).fetchone()[0]
    window.after_change("members", member_id)
    assert window.selected_id("members") == member_id
    return member_id


def with_manager(window, action) -> None:
    """Open the dialog from the members tab's button, run ``action(dialog)``, close it."""
    def run(dialog):
        assert isinstance(dialog, MemberRecordsDialog)
        try:
            action(dialog)
        finally:
            dialog.accept()
    when_modal(run)
    button = window.list_tabs["members"].findChild(QPushButton, "members_records")
    assert button is not None and button.isVisible()
    button.click()


def test_edit_a_role_term_end_and_undo(qtbot, window):
    member_id = choose_member(window, """SELECT o.member_id FROM officers o JOIN members m ON m.id = o.member_id
        WHERE o.union_id IS NOT NULL AND o.term_start IS NOT NULL AND m.status = 'active' LIMIT 1""")
    role = officers.for_member(window.db, member_id)[0]
    new_end = "31/12/2026" if role["term_end"] != "2026-12-31" else "30/12/2026"

    def manage(dialog):
        assert dialog.tables["officers"].rowCount() == len(officers.for_member(window.db, member_id))
        assert dialog.select("officers", role["id"])

        def edit(form):
            assert form.windowTitle() in ("Edit union role", "Sửa chức vụ công đoàn")
            assert form.ui.term_start.text().count("/") == 2, "dates shown as dd/mm/yyyy"
            assert form.ui.role.currentData() == role["role"]
            fill(form, term_end=new_end)
            form.try_accept()
        when_modal(edit)
        dialog.edit("officers")
        ends = [dialog.tables["officers"].item(r, 4).text() for r in range(dialog.tables["officers"].rowCount())]
        assert new_end in ends, "the list in the dialog shows the change"

    with_manager(window, manage)
    after = next(o for o in officers.for_member(window.db, member_id) if o["id"] == role["id"])
    assert after["term_end"] == "-".join(reversed(new_end.split("/")))
    assert (after["role"], after["union_id"], after["term_start"]) == (role["role"], role["union_id"],
                                                                         role["term_start"])
    if not role["term"]:  # the details show the term's name when it has one, else its dates
        assert new_end in window.list_tabs["members"].detail.toPlainText(), "details refreshed"
    assert window.action_undo.isEnabled()
    window.undo_last()
    undone = next(o for o in officers.for_member(window.db, member_id) if o["id"] == role["id"])
    assert undone["term_end"] == role["term_end"]


def test_delete_a_support_payment_after_asking(qtbot, window, messages):
    member_id = choose_member(window, """SELECT w.member_id FROM welfare w JOIN members m ON m.id = w.member_id
        WHERE m.status = 'active' LIMIT 1""")
    payments = welfare.for_member(window.db, member_id)
    target = payments[0]
    shown = f"{target['amount']:,}".replace(",", ".")
    assert shown in window.list_tabs["members"].detail.toPlainText()

    def manage(dialog):
        assert dialog.select("welfare", target["id"])
        dialog.delete("welfare")
        assert dialog.tables["welfare"].rowCount() == len(payments) - 1

    with_manager(window, manage)
    assert [m[0] for m in messages] == ["question"], "asked first"
    assert shown in messages[0][2] and "Ctrl+Z" in messages[0][2]
    assert [w["id"] for w in welfare.for_member(window.db, member_id)] == [w["id"] for w in payments[1:]]
    window.undo_last()
    assert welfare.for_member(window.db, member_id) == payments


def test_answering_no_deletes_nothing(qtbot, window, monkeypatch):
    member_id = choose_member(window, "SELECT member_id FROM welfare WHERE member_id IS NOT NULL LIMIT 1")
    before = welfare.for_member(window.db, member_id)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    d = MemberRecordsDialog(window, window.db, member_id)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    table = d.tables["welfare"]
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Delete)  # the Delete key, as in the window's lists
    assert len(asked) == 1
    assert welfare.for_member(window.db, member_id) == before
    d.reject()


def test_unenrol_and_edit_attendance(qtbot, window, messages):
    member_id = choose_member(window, """SELECT e.member_id FROM enrolments e JOIN members m ON m.id = e.member_id
        JOIN courses c ON c.id = e.course_id WHERE m.status = 'active' AND e.completed = 0 AND c.sessions > 1
        LIMIT 1""")
    enrolled = training.for_member(window.db, member_id)
    target = next(e for e in enrolled if not e["completed"])
    sessions = window.db.execute("SELECT sessions FROM courses WHERE id = ?", [target["course_id"]]).fetchone()[0]

    def manage(dialog):
        assert dialog.select("enrolments", target["id"])

        def attendance(form):
            assert not form.ui.course_id.isEnabled() and form.ui.course_id.currentData() == target["course_id"]
            fill(form, attended_sessions=str(sessions), completed=1, certificate_no="777/CN-SUA")
            form.try_accept()
        when_modal(attendance)
        dialog.edit("enrolments")
        assert "777/CN-SUA" in window.list_tabs["members"].detail.toPlainText(), "details refreshed at once"
        dialog.delete("enrolments")

    with_manager(window, manage)
    assert messages[0][0] == "question" and "777/CN-SUA" in messages[0][2], "the certificate goes too: said so"
    assert target["id"] not in [e["id"] for e in training.for_member(window.db, member_id)]
    assert len(training.for_member(window.db, member_id)) == len(enrolled) - 1
    assert target["title"] not in window.list_tabs["members"].detail.toPlainText() or \
        sum(e["title"] == target["title"] for e in enrolled) > 1
    window.undo_last()  # the removal, then the attendance
    back = next(e for e in training.for_member(window.db, member_id) if e["id"] == target["id"])
    assert back["certificate_no"] == "777/CN-SUA"
    window.undo_last()
    assert training.for_member(window.db, member_id) == enrolled


def test_refusals_show_a_message_and_change_nothing(qtbot, window, messages):
    member_id = window.db.execute("""SELECT o.member_id FROM officers o JOIN welfare w ON w.member_id = o.member_id
        WHERE o.term_start IS NOT NULL LIMIT 1""").fetchone()[0]
    tables = ("officers", "welfare", "enrolments")
    before = {t: window.db.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in tables}
    changes: list[str] = []
    d = MemberRecordsDialog(window, window.db, member_id, lambda what, _undo: changes.append(what))
    role = d.rows["officers"][0]
    assert d.select("officers", role["id"])

    def impossible_term(form):
        fill(form, term_end="01/01/1990")  # before the term starts
        form.try_accept()
        assert form.ui.term_end_error.isVisibleTo(form) and form.ui.term_end_error.text()
        assert form.result() != QDialog.DialogCode.Accepted
        fill(form, term_end="")
        fill(form, term_start="31/02/2024")
        form.try_accept()
        assert form.ui.term_start_error.text()
        form.reject()
    when_modal(impossible_term)
    d.edit("officers")

    def future_payment(form):
        fill(form, paid_on="01/01/2099")
        form.try_accept()
        assert form.ui.paid_on_error.text()
        fill(form, paid_on="01/01/2025", amount="0")
        form.try_accept()
        assert form.ui.amount_error.text()
        form.reject()
    assert d.select("welfare", d.rows["welfare"][0]["id"])
    when_modal(future_payment)
    d.edit("welfare")
    assert {t: window.db.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in tables} == before

    # Deleted meanwhile by someone else on the same file: refused with a message.
    gone = d.rows["welfare"][0]["id"]
    window.db.execute("DELETE FROM welfare WHERE id = ?", [gone])
    left = window.db.execute("SELECT * FROM welfare ORDER BY id").fetchall()
    assert d.select("welfare", gone)
    d.delete("welfare")
    assert [m[0] for m in messages] == ["question", "warning"], "asked, then refused"
    assert f"#{gone}" in messages[1][2]
    assert window.db.execute("SELECT * FROM welfare ORDER BY id").fetchall() == left
    assert gone not in [w["id"] for w in d.rows["welfare"]], "the list is read again"
    assert changes == [], "nothing to undo"
    d.reject()


def test_buttons_follow_the_selection(qtbot, window):
    member_id = window.db.execute("""SELECT id FROM members WHERE id NOT IN (SELECT member_id FROM officers)
        AND id NOT IN (SELECT member_id FROM welfare WHERE member_id IS NOT NULL) LIMIT 1""").fetchone()[0]
    d = MemberRecordsDialog(window, window.db, member_id)
    assert d.tables["officers"].rowCount() == 0
    assert not d.buttons["officers"]["edit"].isEnabled() and not d.buttons["officers"]["delete"].isEnabled()
    assert d.buttons["officers"]["add"].isEnabled()
    d.edit("officers")  # nothing selected: nothing happens
    d.delete("welfare")
    d.reject()
