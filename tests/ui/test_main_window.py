"""The real main window on the district demo database, driven as a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from desktop_app.core.errors import UserError
from desktop_app.core.records import members, unions
from desktop_app.ui.main_window import MENU_KEYS, TAB_KEYS
from tests.ui.conftest import when_modal


def type_text(widget, text: str) -> None:
    """Per character: qtbot.keyClicks aborts on non-ASCII text."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def search(qtbot, tab, text: str, ascii_only: bool = True) -> None:
    tab.search.clear()
    if ascii_only:
        qtbot.keyClicks(tab.search, text)
    else:
        type_text(tab.search, text)
    qtbot.waitUntil(lambda: tab.model.search_text() == text, timeout=3000)


def test_every_tab_shows_rows_and_details(qtbot, window):
    for key in TAB_KEYS:
        window.show_tab(key)
        assert window.current_tab_key() == key
        if key == "overview":
            qtbot.waitUntil(lambda: window.overview.ready, timeout=10000)  # computed off the UI thread
            assert "10.391" in window.overview.figures.text()
            assert len(window.overview.targets_chart.items) == 7
            continue
        tab = window.list_tabs[key]
        assert tab.model.rowCount() > 0, key
        assert window.selected_id(key) is not None, "the first row is selected"
        assert tab.detail.toPlainText().strip(), "its details show"


def test_typing_nguyen_filters_members(qtbot, window):
    window.show_tab("members")
    tab = window.list_tabs["members"]
    qtbot.waitUntil(lambda: tab.model.total() is not None, timeout=5000)
    before = tab.model.total()
    search(qtbot, tab, "nguyen")
    qtbot.waitUntil(lambda: tab.model.total() is not None, timeout=5000)
    assert 0 < tab.model.total() < before
    assert all("nguyen" in members.get_member(window.db, tab.model.row_id(r))["name_folded"]
               for r in range(tab.model.rowCount()))
    assert "dòng" in tab.count_label.text() or "rows" in tab.count_label.text()


def test_typing_vietnamese_per_character(qtbot, window):
    window.show_tab("members")
    tab = window.list_tabs["members"]
    search(qtbot, tab, "Nguyễn Thị", ascii_only=False)
    assert tab.search.text() == "Nguyễn Thị"
    assert tab.model.rowCount() > 0
    for r in range(tab.model.rowCount()):
        folded = members.get_member(window.db, tab.model.row_id(r))["name_folded"].split()
        assert any(w.startswith("nguyen") for w in folded) and any(w.startswith("thi") for w in folded)
    search(qtbot, tab, "đức", ascii_only=False)
    assert tab.model.rowCount() > 0


def test_ctrl_f_focuses_search_and_filters_apply(qtbot, window):
    window.show_tab("members")
    tab = window.list_tabs["members"]
    window.action_find.trigger()
    assert QApplication.focusWidget() is tab.search
    combo = tab.filter_combos["sex"]
    combo.setCurrentIndex(combo.findData("F"))
    assert {tab.model.value(r, "sex") for r in range(tab.model.rowCount())} == {"F"}
    where, params = window.current_query("members").where()
    n = window.db.execute(f"SELECT count(*) FROM members LEFT JOIN unions ON unions.id = members.union_id "
                          f"WHERE {where}", params).fetchone()[0]
    assert n == window.db.execute("SELECT count(*) FROM members WHERE sex = 'F' AND status = 'active'").fetchone()[0]


def test_union_shows_its_members(qtbot, window):
    window.show_tab("unions")
    union_id = window.selected_id("unions")
    window.show_union_members()
    assert window.current_tab_key() == "members"
    tab = window.list_tabs["members"]
    assert tab.model.rowCount() > 0
    assert {members.get_member(window.db, tab.model.row_id(r))["union_id"] for r in range(tab.model.rowCount())} \
        == {union_id}


def fill(dialog, **values):
    for name, value in values.items():
        w = getattr(dialog.ui, name)
        if hasattr(w, "setCurrentIndex") and not w.isEditable():
            w.setCurrentIndex(w.findData(value))
        elif hasattr(w, "setEditText"):
            w.setEditText(value)
        elif hasattr(w, "setPlainText"):
            w.setPlainText(value)
        else:
            w.clear()
            type_text(w, value)


def test_add_member_through_the_dialog(qtbot, window):
    window.show_tab("members")
    union = unions.get_union(window.db, window.db.execute(
        "SELECT id FROM unions WHERE status = 'active' ORDER BY id LIMIT 1").fetchone()[0])
    before = window.db.execute("SELECT count(*) FROM members").fetchone()[0]

    def act(dialog):
        fill(dialog, full_name="Hoàng Thị Ánh Tuyết", sex="F", birth_date="12/03/1990", cccd="001190012345",
             union_id=union["name"], joined_on="01/02/2024")
        dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok).click()

    when_modal(act)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N
    assert window.db.execute("SELECT count(*) FROM members").fetchone()[0] == before + 1
    new = window.db.execute("SELECT * FROM members WHERE cccd = '001190012345'").fetchone()
    record = members.get_member(window.db, new[0])
    assert record["full_name"] == "Hoàng Thị Ánh Tuyết" and record["union_id"] == union["id"]
    assert record["birth_date"] == "1990-03-12"
    assert window.selected_id("members") == record["id"], "the new member is selected"


def test_invalid_input_shows_message_and_changes_nothing(qtbot, window):
    from desktop_app.ui import dialogs

    taken = window.db.execute("SELECT cccd FROM members WHERE cccd IS NOT NULL LIMIT 1").fetchone()[0]
    before = window.db.execute("SELECT count(*), max(updated_at) FROM members").fetchone()
    for values, field in [({"full_name": "Trần Văn Bình", "cccd": "12345"}, "cccd"),
                          ({"full_name": "Trần Văn Bình", "birth_date": "31/02/1990"}, "birth_date"),
                          ({"full_name": "Trần Văn Bình", "cccd": taken}, "cccd"),
                          ({"full_name": ""}, "full_name")]:
        d = dialogs.member_dialog(window, window.db)
        fill(d, **values)
        d.try_accept()
        error = getattr(d.ui, f"{field}_error")
        assert error.isVisibleTo(d) and error.text(), field
        assert d.result() != QDialog.DialogCode.Accepted
        d.reject()
    assert window.db.execute("SELECT count(*), max(updated_at) FROM members").fetchone() == before


def test_edit_member(qtbot, window):
    from desktop_app.ui import dialogs

    window.show_tab("members")
    member_id = window.selected_id("members")

    def act(dialog):
        fill(dialog, job="Kế toán trưởng", phone="0912 345 678")
        dialog.try_accept()

    when_modal(act)
    window.edit_record("members")
    record = members.get_member(window.db, member_id)
    assert record["job"] == "Kế toán trưởng" and record["phone"] == "0912345678"
    assert "Kế toán trưởng" in window.list_tabs["members"].detail.toPlainText()
    d = dialogs.member_dialog(window, window.db, member_id)
    assert d.ui.job.text() == "Kế toán trưởng"
    assert not d.ui.union_id.isVisibleTo(d), "the union changes through transfer, not edit"


def test_transfer_adds_history(qtbot, window):
    window.show_tab("members")
    tab = window.list_tabs["members"]
    member_id = window.selected_id("members")
    old = members.get_member(window.db, member_id)
    target = window.db.execute("SELECT id, name FROM unions WHERE status = 'active' AND id != ? LIMIT 1",
                               [old["union_id"]]).fetchone()

    def act(dialog):
        fill(dialog, union_id=target[1], on_date="14/11/2026", reason="Chuyển công tác")
        dialog.try_accept()

    when_modal(act)
    window.member_action("transfer")
    record = members.get_member(window.db, member_id)
    assert record["union_id"] == target[0]
    kinds = [h["kind"] for h in members.history(window.db, member_id)]
    assert kinds[-1] == "transfer" and len(kinds) >= 2
    assert "Transferred in" in tab.detail.toPlainText() or "Chuyển đến" in tab.detail.toPlainText()


def test_leave_with_bad_date_is_refused(qtbot, window):
    from desktop_app.ui import dialogs

    window.show_tab("members")
    member_id = window.selected_id("members")
    d = dialogs.member_history_dialog(window, window.db, member_id, "leave")
    fill(d, on_date="01/01/1900")
    d.try_accept()
    assert d.ui.on_date_error.text()
    assert members.get_member(window.db, member_id)["status"] == "active"


def test_delete_asks_and_refuses_in_use(qtbot, window, messages):
    window.show_tab("members")
    member_id = window.db.execute("""SELECT id FROM members WHERE status = 'active'
        AND id NOT IN (SELECT member_id FROM officers) AND id NOT IN (SELECT member_id FROM enrolments)
        AND id NOT IN (SELECT member_id FROM welfare WHERE member_id IS NOT NULL)
        AND id NOT IN (SELECT member_id FROM event_people WHERE member_id IS NOT NULL)
        ORDER BY name_folded LIMIT 1""").fetchone()[0]
    tab = window.list_tabs["members"]
    assert tab.select_id(member_id)
    QTest.keyClick(tab.view, Qt.Key.Key_Delete)
    assert messages and messages[0][0] == "question"
    assert window.db.execute("SELECT count(*) FROM members WHERE id = ?", [member_id]).fetchone()[0] == 0

    window.show_tab("unions")
    union_id = window.selected_id("unions")
    messages.clear()
    window.delete_record("unions")
    assert [m[0] for m in messages] == ["question", "warning"], "asked, then refused"
    assert unions.get_union(window.db, union_id)


def test_add_event_and_course(qtbot, window):
    from desktop_app.ui import dialogs

    d = dialogs.event_dialog(window, window.db)
    fill(d, kind="forum", title="Tọa đàm về thỏa ước lao động tập thể", starts_at="10/11/2026 08:30",
         place="Hội trường LĐLĐ quận", participant_count="85")
    d.try_accept()
    assert d.result() == QDialog.DialogCode.Accepted
    row = window.db.execute("SELECT kind, starts_at, participant_count FROM events WHERE id = ?",
                            [d.result_value]).fetchone()
    assert row == ("forum", "2026-11-10T08:30", 85)
    d = dialogs.course_dialog(window, window.db)
    fill(d, title="Kỹ năng thương lượng tập thể", starts_on="05/11/2026", ends_on="01/11/2026")
    d.try_accept()
    assert d.ui.form_error.text() or d.ui.ends_on_error.text(), "ends before it starts"
    fill(d, ends_on="06/11/2026")
    d.try_accept()
    assert d.result() == QDialog.DialogCode.Accepted
    window.after_change("courses", d.result_value)
    assert window.selected_id("courses") == d.result_value


def test_feature_contract(qtbot, window):
    for key in MENU_KEYS:
        action = QAction(f"Test {key}", window)
        window.add_feature_actions(key, action, toolbar=(key == "reports"))
        assert action in window.menus[key].actions()
    assert any(a.text() == "Test reports" for a in window.toolbar.actions())
    with pytest.raises(ValueError):
        window.add_feature_actions("nowhere", QAction("x", window))
    about = [a for a in window.menus["help"].actions() if a.objectName() == "action_about"]
    assert about, "the help feature installed itself"


def test_run_read_reports_progress_and_result_on_its_own_connection(qtbot, window, messages):
    results, connections = [], []

    def work(db, progress):
        connections.append(db)
        for i in range(5):
            assert progress(i, 5, f"step {i}")
        return db.execute("SELECT count(*) FROM members").fetchone()[0]

    window.run_read("Counting", work, results.append)
    qtbot.waitUntil(lambda: len(results) == 1, timeout=10000)
    assert results[0] > 10000
    assert connections[0] is not window.db  # never the window's connection

    def fails(db, progress):
        raise UserError("the file is not ours")

    window.run_read("Import", fails, results.append)
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    assert messages[-1] == ("warning", "Import", "the file is not ours")


def test_run_read_cannot_write(qtbot, window, messages):
    def work(db, progress):
        db.execute("DELETE FROM members")

    window.run_read("Sneaky", work)
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    assert messages[-1][0] == "error" and "readonly" in messages[-1][2]  # shown and logged
    assert window.db.execute("SELECT count(*) FROM members").fetchone()[0] > 10000


def test_run_write_refreshes_only_the_views_that_show_the_change(qtbot, window, monkeypatch):
    from desktop_app.core.work import Changes

    window.show_tab("events")
    window.list_tabs["members"].ensure_loaded()
    refreshed = []
    monkeypatch.setattr(window.overview, "refresh", lambda *a: refreshed.append("overview"))
    for key, tab in window.list_tabs.items():
        monkeypatch.setattr(tab, "refresh", lambda *a, k=key: refreshed.append(k))
    done = []
    window.run_write("Rename", lambda db, progress: db.execute(
        "UPDATE events SET title = title || '.' WHERE id = (SELECT min(id) FROM events)"),
        done.append, changes=Changes.of("events"))
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert refreshed == ["events"]  # on screen; the overview is read again when shown
    window.show_tab("overview")
    assert refreshed == ["events", "overview"]
    window.show_tab("members")  # members do not show events: not read again
    assert refreshed == ["events", "overview"]


def test_sync_runner_finishes_before_the_call_returns(window, sync_operations, messages):
    from desktop_app.core.work import Changes

    window.show_tab("members")
    tab = window.list_tabs["members"]
    member = tab.selected_id()
    results = []
    window.run_write("Rename", lambda db, progress: db.execute(
        "UPDATE members SET job = 'Thủ kho' WHERE id = ?", [member]).rowcount,
        results.append, changes=Changes.of("members"))
    assert results == [1]
    assert "Thủ kho" in tab.detail.toPlainText()  # the members tab was read again at once


def test_cancel_stops_the_work_and_drops_its_result(qtbot, window):
    import threading

    from desktop_app.ui import operations

    go = threading.Event()
    seen = []

    def work(db, progress):
        go.wait(5)
        seen.append(progress(1, 2))
        return "done"

    results = []
    handle = window.run_read("Slow", work, results.append)
    handle.cancel()
    go.set()
    qtbot.waitUntil(lambda: handle not in operations.running(), timeout=5000)
    assert seen == [False] and results == []
    assert not window.operations.handles


def test_open_database_failure_shows_message(qtbot, window, messages, tmp_path):
    bad = tmp_path / "not-a-db.sqlite3"
    bad.write_bytes(b"this is not sqlite" * 100)
    old = window.db
    window.show_tab("members")
    assert window.open_database(bad) is False
    assert messages and messages[0][0] == "warning"
    assert window.db is old and window.list_tabs["members"].model.rowCount() > 0


def test_open_other_database(qtbot, window, db_path, db):
    members.add_member(db, full_name="Đinh Công Tráng")
    db.close()
    assert window.open_database(db_path)
    window.show_tab("members")
    tab = window.list_tabs["members"]
    tab.filter_combos["status"].setCurrentIndex(0)
    assert tab.model.rowCount() == 1
    from desktop_app.core.storage import config
    assert config.load().recent_files[0] == str(db_path.resolve())


def test_keyboard_delete_in_search_box_edits_text_only(qtbot, window, messages):
    window.show_tab("members")
    tab = window.list_tabs["members"]
    tab.search.setFocus()
    qtbot.keyClicks(tab.search, "abc")
    tab.search.setCursorPosition(0)
    QTest.keyClick(tab.search, Qt.Key.Key_Delete)
    assert tab.search.text() == "bc"
    assert not messages, "Delete in the search box must not delete a record"


def test_enter_opens_the_selected_record(qtbot, window):
    window.show_tab("unions")
    tab = window.list_tabs["unions"]
    opened = []

    def act(dialog):
        opened.append(dialog.windowTitle())
        dialog.reject()

    when_modal(act)
    tab.view.setFocus()
    QTest.keyClick(tab.view, Qt.Key.Key_Return)
    assert opened == ["Edit grassroots union"]


def test_undo_edit_delete_transfer_and_add(qtbot, window, messages):
    from tests.conftest import dump as full_dump

    def dump(db):  # FTS shadow tables hold the same index in other segments after a rewrite
        return sorted(line for line in full_dump(db) if "_fts_" not in line)  # rows, not rowids

    window.show_tab("members")
    member_id = window.selected_id("members")
    before = dump(window.db)

    when_modal(lambda d: (fill(d, job="Thủ quỹ"), d.try_accept()))
    window.edit_record("members")
    assert members.get_member(window.db, member_id)["job"] == "Thủ quỹ"
    assert window.action_undo.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z
    assert dump(window.db) == before

    target = window.db.execute("SELECT name FROM unions WHERE status = 'active' AND id != ? LIMIT 1",
                               [members.get_member(window.db, member_id)["union_id"]]).fetchone()[0]
    when_modal(lambda d: (fill(d, union_id=target, on_date="14/11/2026"), d.try_accept()))
    window.member_action("transfer")
    assert members.history(window.db, member_id)[-1]["kind"] == "transfer"
    window.undo_last()
    assert dump(window.db) == before

    event_id = window.db.execute("SELECT id FROM events ORDER BY starts_at DESC LIMIT 1").fetchone()[0]
    window.show_tab("events")
    window.list_tabs["events"].select_id(event_id)
    window.delete_record("events")
    assert not window.db.execute("SELECT 1 FROM events WHERE id = ?", [event_id]).fetchone()
    window.undo_last()
    assert dump(window.db) == before
    assert window.selected_id("events") == event_id

    window.show_tab("unions")
    when_modal(lambda d: (fill(d, name="Công đoàn Công ty TNHH Hoàn Tác"), d.try_accept()))
    window.new_record("unions")
    assert unions.find_by_name(window.db, "Công đoàn Công ty TNHH Hoàn Tác")
    window.undo_last()
    assert not unions.find_by_name(window.db, "Công đoàn Công ty TNHH Hoàn Tác")
    assert not window.action_undo.isEnabled()
    assert [m[0] for m in messages] == ["question"]  # the delete asked first


def test_event_programme_and_people_in_the_dialog(qtbot, window):
    from PySide6.QtWidgets import QTableWidgetItem

    from desktop_app.core.records import events
    from desktop_app.ui import dialogs

    event_id = window.db.execute("SELECT event_id FROM event_items GROUP BY event_id LIMIT 1").fetchone()[0]
    before = events.get_event(window.db, event_id)
    d = dialogs.event_dialog(window, window.db, event_id)
    assert len(dialogs.table_rows(d.ui.items)) == len(before["items"])
    assert d.ui.items.rowCount() == len(before["items"]) + 1, "an empty row to type into"
    last = d.ui.items.rowCount() - 1
    for col, text in enumerate(["25h", "Nguyễn Văn An", "Chủ tịch", "CĐCS X", "Phát biểu bế mạc"]):
        d.ui.items.setItem(last, col, QTableWidgetItem(text))
    assert d.ui.items.rowCount() == last + 2, "typing in the last row adds another"
    d.try_accept()
    assert d.ui.items_error.text(), "25h is not a time of day"
    assert events.get_event(window.db, event_id)["items"] == before["items"]
    d.ui.items.item(last, 0).setText("11h30")
    d.try_accept()
    assert d.result() == QDialog.DialogCode.Accepted
    after = events.get_event(window.db, event_id)
    assert len(after["items"]) == len(before["items"]) + 1
    assert after["items"][-1]["at_time"] == "11:30" and after["items"][-1]["content"] == "Phát biểu bế mạc"
    assert [(p["role"], p["name"]) for p in after["people"]] == [(p["role"], p["name"]) for p in before["people"]]

    d = dialogs.event_dialog(window, window.db)
    fill(d, title="Hội nghị thử", starts_at="02/11/2026 08:00")
    d.ui.people.setItem(0, 0, QTableWidgetItem("Thư ký"))
    d.ui.people.setItem(0, 1, QTableWidgetItem("Lê Thị Hoa"))
    d.try_accept()
    assert d.result() == QDialog.DialogCode.Accepted
    assert [(p["role"], p["name"]) for p in events.get_event(window.db, d.result_value)["people"]] == \
        [("secretary", "Lê Thị Hoa")]


def test_enrol_member_in_a_course_and_undo(qtbot, window):
    from desktop_app.core.records import training

    window.show_tab("members")
    member_id = window.selected_id("members")
    course = window.db.execute("SELECT id, sessions FROM courses ORDER BY starts_on DESC LIMIT 1").fetchone()
    before = len(training.for_member(window.db, member_id))

    def act(dialog):
        dialog.ui.course_id.setCurrentIndex(dialog.ui.course_id.findData(course[0]))
        fill(dialog, attended_sessions=str(course[1] + 5))
        dialog.try_accept()
        assert dialog.ui.attended_sessions_error.text(), "more sessions than the course has"
        fill(dialog, attended_sessions=str(course[1]), completed=1, certificate_no="99999/CN-TEST")
        dialog.try_accept()

    when_modal(act)
    window.enrol_member()
    rows = training.for_member(window.db, member_id)
    assert len(rows) == before + 1 and rows[0]["certificate_no"] == "99999/CN-TEST"
    assert "99999/CN-TEST" in window.list_tabs["members"].detail.toPlainText()
    window.undo_last()
    assert len(training.for_member(window.db, member_id)) == before


def test_course_dialog_edits_attendance(qtbot, window):
    from desktop_app.core.records import training
    from desktop_app.ui import dialogs

    course_id = window.db.execute("""SELECT course_id FROM enrolments WHERE completed = 0
                                     GROUP BY course_id LIMIT 1""").fetchone()[0]
    enrolled = training.enrolments(window.db, course_id)
    row = next(i for i, e in enumerate(enrolled) if not e["completed"])
    d = dialogs.course_dialog(window, window.db, course_id)
    assert d.ui.enrolments.rowCount() == len(enrolled)
    d.ui.enrolments.item(row, 3).setText("12345/CN-THU")   # a certificate without completing
    d.try_accept()
    assert d.ui.enrolments_error.text() and enrolled[row]["full_name"] in d.ui.enrolments_error.text()
    assert training.enrolments(window.db, course_id) == enrolled, "nothing written"
    d.ui.enrolments.item(row, 2).setText("Có")
    d.try_accept()
    assert d.result() == QDialog.DialogCode.Accepted
    after = training.enrolments(window.db, course_id)[row]
    assert after["completed"] == 1 and after["certificate_no"] == "12345/CN-THU"


def test_officer_support_and_yearly_facts(qtbot, window):
    from desktop_app.core.records import officers, welfare

    window.show_tab("members")
    member_id = window.selected_id("members")

    def role(dialog):
        fill(dialog, role="vice_chair", term="2023-2028", term_start="01/07/2023", term_end="01/01/2023")
        dialog.try_accept()
        assert dialog.ui.term_end_error.text(), "the term ends before it starts"
        fill(dialog, term_end="30/06/2028")
        dialog.try_accept()

    when_modal(role)
    window.member_extra("officer")
    assert [o["role"] for o in officers.for_member(window.db, member_id)] == ["vice_chair"]
    assert "Vice-chair" in window.list_tabs["members"].detail.toPlainText()

    def support(dialog):
        fill(dialog, paid_on="10/11/2026", kind="sickness", amount="1.500.000", reason="Ốm dài ngày")
        dialog.try_accept()

    when_modal(support)
    window.member_extra("support")
    assert [(w["kind"], w["amount"]) for w in welfare.for_member(window.db, member_id)] == [("sickness", 1500000)]
    window.undo_last()
    assert welfare.for_member(window.db, member_id) == []

    window.show_tab("unions")
    union_id = window.selected_id("unions")

    def facts(dialog):
        fill(dialog, year="2026", rating="Hoàn thành tốt nhiệm vụ", workers_conference=1, agreement_type="A",
             agreement_signed_on="15/03/2026")
        dialog.try_accept()

    when_modal(facts)
    window.union_year()
    year = next(y for y in unions.years(window.db, union_id) if y["year"] == 2026)
    assert (year["rating"], year["workers_conference"], year["agreement_type"], year["agreement_signed_on"]) == \
        ("Hoàn thành tốt nhiệm vụ", 1, "A", "2026-03-15")


def test_column_widths_sort_and_tab_are_remembered(qtbot, demo_db, demo_db_path):
    from desktop_app.ui.main_window import MainWindow

    w = MainWindow(demo_db, demo_db_path)
    qtbot.addWidget(w)
    w.show_tab("members")
    view = w.list_tabs["members"].view
    view.setColumnWidth(3, 333)
    view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    w.close()
    again = MainWindow(demo_db, demo_db_path)
    qtbot.addWidget(again)
    assert again.current_tab_key() == "members"
    header = again.list_tabs["members"].view.horizontalHeader()
    assert header.sectionSize(3) == 333
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (2, Qt.SortOrder.DescendingOrder)
    again.close()
