"""The officer's everyday tasks, end to end, in Vietnamese, driven only through the
widgets: keys typed one character at a time (Vietnamese letters too), Tab, Enter, Esc,
Ctrl+Enter, clicks on buttons and menu actions. Only the platform's file dialogs are
replaced (they cannot be driven offscreen).

Keyboard only: adding a union, adding a member (and Esc, and undo), the transfer.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QMenu,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QTableWidget,
)

from desktop_app.core.records import events, members, training, unions
from desktop_app.ui import dialogs, operations

NO_MOD = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier


# ---- driving the keyboard ----------------------------------------------------------------
def focused():
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_text(text: str) -> None:
    """Into whatever has the focus, per character (qtbot.keyClicks aborts on "ễ")."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, focused(), Qt.Key.Key_unknown, ch, NO_MOD)


def press(key: Qt.Key, modifiers=NO_MOD, widget=None) -> None:
    QTest.keyClick(widget or focused(), key, modifiers)


def shortcut(qtbot, window, key: Qt.Key, modifiers=CTRL) -> None:
    """A window shortcut works once the window is active again (after a dialog closed)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    press(key, modifiers)


def field_of(dialog, widget) -> str | None:
    """The form field a focused widget belongs to (a combo box's line edit is its combo)."""
    for name in dialog.fields:
        w = dialog.widget(name)
        if w is widget or (w is not None and w.isAncestorOf(widget)):
            return name
    return None


def tab_to(dialog, name: str, visited: list[str] | None = None) -> None:
    """Press Tab until the field has the focus; the fields passed on the way must come in
    the order of the form (a sensible Tab order)."""
    for _ in range(40):
        current = field_of(dialog, focused())
        if visited is not None and current and (not visited or visited[-1] != current):
            visited.append(current)
        if current == name:
            order = [dialog.fields.index(f) for f in (visited or [])]
            assert order == sorted(order), f"Tab order jumps around: {visited}"
            return
        press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reaches {name}")


def replace_text(text: str) -> None:
    press(Qt.Key.Key_A, CTRL)
    type_text(text)


def next_modal(qtbot, timeout: int = 10000) -> QDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog), timeout=timeout)
    return QApplication.activeModalWidget()


def in_modal(qtbot, action):
    """Run ``action(dialog)`` inside the next modal dialog's own event loop (its exec()
    blocks the caller); failures are re-raised by ``check()``."""
    from PySide6.QtCore import QTimer

    state: dict = {}

    def poll():
        dialog = QApplication.activeModalWidget()
        # A progress dialog is not the one asked for: the program shows it while it works.
        if not isinstance(dialog, QDialog) or not dialog.isVisible() or isinstance(dialog, QProgressDialog):
            QTimer.singleShot(20, poll)
            return
        if QApplication.activeWindow() is not dialog:   # shown, keyboard focus not yet there
            dialog.activateWindow()
            QTimer.singleShot(20, poll)
            return
        try:
            state["result"] = action(dialog)
        except BaseException as e:  # noqa: BLE001  (reported to the test below)
            state["error"] = e
            dialog.reject()
    QTimer.singleShot(0, poll)

    def check():
        if "error" in state:
            raise state["error"]
        assert "result" in state or state == {}, state
        return state.get("result")
    return check


def choose_from_completer(qtbot) -> None:
    """The completer's popup is open under the typed text: take its first line."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), object)
                    and QApplication.activePopupWidget() is not None, timeout=3000)
    popup = QApplication.activePopupWidget()
    press(Qt.Key.Key_Down, widget=popup)
    press(Qt.Key.Key_Return, widget=popup)


def save_pdf_from_preview(qtbot, window, target: Path, monkeypatch) -> Path:
    """The report's preview shows when the background build ends: press its Save…"""
    from PySide6.QtWidgets import QFileDialog

    from desktop_app.ui.report_preview import ReportPreviewDialog

    qtbot.waitUntil(lambda: any(isinstance(w, ReportPreviewDialog) for w in window.kept_windows), timeout=60000)
    preview = [w for w in window.kept_windows if isinstance(w, ReportPreviewDialog)][-1]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(preview.findChild(QPushButton, "save_button"), Qt.MouseButton.LeftButton)
    assert target.exists() and target.stat().st_size > 1000
    qtbot.mouseClick([b for b in preview.findChildren(QPushButton) if b.text() in ("Đóng", "Close")][0],
                     Qt.MouseButton.LeftButton)
    return target


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


# ---- the window, in Vietnamese ------------------------------------------------------------
@pytest.fixture
def vi_window(qtbot, demo_db, demo_db_path):
    from desktop_app.ui import i18n
    from desktop_app.ui.main_window import MainWindow

    app = QApplication.instance()
    locale = QLocale()
    i18n.install_translations(app, "vi")
    w = MainWindow(demo_db, demo_db_path)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=3000)
    yield w
    w.close()
    i18n.install_translations(app, "en")
    QLocale.setDefault(locale)


def show_tab(qtbot, window, key: str) -> None:
    window.show_tab(key)
    tab = window.list_tabs[key]
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=10000)
    tab.view.setFocus()


# ---- the tasks ------------------------------------------------------------------------------
def test_add_a_union_by_keyboard(qtbot, vi_window):
    window = vi_window
    show_tab(qtbot, window, "unions")
    before = window.db.execute("SELECT count(*) FROM unions").fetchone()[0]

    def fill(dialog):
        assert dialog.windowTitle() == "Thêm công đoàn cơ sở"
        assert field_of(dialog, focused()) == "name", "the first field has the focus"
        type_text("Công đoàn Trường Mầm non Hoa Sen")
        visited = ["name"]
        tab_to(dialog, "employer", visited)
        type_text("Trường Mầm non Hoa Sen")
        tab_to(dialog, "sector", visited)
        type_text("Giáo")            # a closed list: typing picks the item
        assert dialog.ui.sector.currentText().startswith("Giáo dục")
        tab_to(dialog, "founded_on", visited)
        type_text("15/09/2026")
        tab_to(dialog, "workers", visited)
        type_text("42")
        press(Qt.Key.Key_Return)      # Enter accepts
        return dialog.result()

    check = in_modal(qtbot, fill)
    shortcut(qtbot, window, Qt.Key.Key_N)
    assert check() == QDialog.DialogCode.Accepted
    assert window.db.execute("SELECT count(*) FROM unions").fetchone()[0] == before + 1
    union_id = window.selected_id("unions")
    union = unions.get_union(window.db, union_id)
    assert union["name"] == "Công đoàn Trường Mầm non Hoa Sen"
    assert union["founded_on"] == "2026-09-15" and union["workers"] == 42 and union["sector"]
    assert "Hoa Sen" in window.list_tabs["unions"].detail.toPlainText()


def test_add_a_member_by_keyboard_then_undo(qtbot, vi_window):
    window = vi_window
    show_tab(qtbot, window, "members")
    db = window.db
    target = db.execute("SELECT id, name FROM unions WHERE status = 'active' AND name LIKE '%Quang Trung%' "
                        "ORDER BY id LIMIT 1").fetchone()
    assert target, "the demo has a union named after Quang Trung"
    before = db.execute("SELECT count(*) FROM members").fetchone()[0]

    # Esc cancels and adds nothing.
    check = in_modal(qtbot, lambda d: (type_text("Bỏ đi"), press(Qt.Key.Key_Escape), d.result())[-1])
    shortcut(qtbot, window, Qt.Key.Key_N)
    assert check() == QDialog.DialogCode.Rejected
    assert db.execute("SELECT count(*) FROM members").fetchone()[0] == before

    def fill(dialog):
        assert field_of(dialog, focused()) == "full_name"
        type_text("Nguyễn Thị Thu Hà")
        visited = ["full_name"]
        tab_to(dialog, "sex", visited)
        type_text("Nữ")
        tab_to(dialog, "birth_date", visited)
        type_text("05/06/1992")
        tab_to(dialog, "cccd", visited)
        type_text("001192004567")
        tab_to(dialog, "union_id", visited)
        replace_text("truong tieu hoc quang")   # without accents, from the middle of the name
        choose_from_completer(qtbot)
        assert dialog.ui.union_id.currentText() == target[1]
        tab_to(dialog, "joined_on", visited)
        type_text("01/12/2026")
        press(Qt.Key.Key_Return)
        return dialog.result()

    check = in_modal(qtbot, fill)
    shortcut(qtbot, window, Qt.Key.Key_N)
    assert check() == QDialog.DialogCode.Accepted
    row = db.execute("SELECT id FROM members WHERE cccd = '001192004567'").fetchone()
    member = members.get_member(db, row[0])
    assert member["full_name"] == "Nguyễn Thị Thu Hà" and member["sex"] == "F"
    assert member["union_id"] == target[0] and member["birth_date"] == "1992-06-05"
    assert window.selected_id("members") == row[0]

    # Ctrl+Z undoes the last change.
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert db.execute("SELECT count(*) FROM members WHERE cccd = '001192004567'").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM members").fetchone()[0] == before


def test_record_a_transfer(qtbot, vi_window):
    window = vi_window
    show_tab(qtbot, window, "members")
    db = window.db
    tab = window.list_tabs["members"]
    member_id = window.selected_id("members")
    old = members.get_member(db, member_id)
    target = db.execute("SELECT id, name FROM unions WHERE status = 'active' AND id != ? AND name LIKE '%Đức%' "
                        "ORDER BY id LIMIT 1", [old["union_id"]]).fetchone()
    from desktop_app.core.text import fold

    words = fold(target[1]).split()[-3:]   # the end of its name, without accents

    def fill(dialog):
        assert dialog.windowTitle() == "Chuyển sinh hoạt sang công đoàn khác"
        visited: list[str] = []
        tab_to(dialog, "union_id", visited)
        replace_text(" ".join(words))
        choose_from_completer(qtbot)
        tab_to(dialog, "on_date", visited)
        type_text("02/12/2026")
        tab_to(dialog, "reason", visited)
        type_text("Chuyển công tác")
        press(Qt.Key.Key_Return)
        return dialog.result()

    def pick_transfer():
        qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=3000)
        menu = QApplication.activePopupWidget()
        press(Qt.Key.Key_Down, widget=menu)
        assert menu.activeAction().objectName() == "members_transfer"
        check = in_modal(qtbot, fill)
        press(Qt.Key.Key_Return, widget=menu)
        return check

    checks = []
    QTimer.singleShot(0, lambda: checks.append(pick_transfer()))
    qtbot.mouseClick(window.findChild(QPushButton, "members_change"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(checks), timeout=5000)
    assert checks[0]() == QDialog.DialogCode.Accepted
    record = members.get_member(db, member_id)
    assert record["union_id"] == target[0]
    assert members.history(db, member_id)[-1]["kind"] == "transfer"
    assert "Chuyển đến" in tab.detail.toPlainText() or "chuyển" in tab.detail.toPlainText().lower()


def test_forum_with_a_timed_programme_and_its_minutes(qtbot, vi_window, tmp_path, monkeypatch):
    window = vi_window
    show_tab(qtbot, window, "events")
    db = window.db

    def cell(table: QTableWidget, row: int, column: int, text: str) -> None:
        table.setFocus()
        rect = table.visualRect(table.model().index(row, column))
        table.scrollTo(table.model().index(row, column))
        rect = table.visualRect(table.model().index(row, column))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        type_text(text)          # typing on a cell starts editing it
        press(Qt.Key.Key_Return)  # and Enter keeps it

    def fill(dialog):
        kind = dialog.ui.kind
        kind.setFocus()
        type_text("Tọa")
        assert kind.currentData() == "forum", kind.currentText()
        dialog.ui.title.setFocus()
        type_text("Tọa đàm nâng cao chất lượng hoạt động công đoàn cơ sở")
        dialog.ui.starts_at.setFocus()
        type_text("03/12/2026 08:30")
        dialog.ui.ends_at.setFocus()
        type_text("03/12/2026 11:30")
        dialog.ui.place.setFocus()
        type_text("Hội trường Liên đoàn Lao động quận")
        people = [("Chủ trì", "Lê Thị Kim Điệp", "Chủ tịch", "LĐLĐ quận"),
                  ("Thư ký", "Nguyễn Văn Nam", "Cán bộ", "LĐLĐ quận")]
        for r, row in enumerate(people):
            for c, text in enumerate(row):
                cell(dialog.ui.people, r, c, text)
        programme = [("8h30", "Lê Thị Kim Điệp", "Chủ tịch", "LĐLĐ quận", "Phát biểu khai mạc"),
                     ("8h45", "Trần Văn Bình", "Phó Chủ tịch", "LĐLĐ quận", "Báo cáo đề dẫn"),
                     ("9h10", "", "", "", "Thảo luận"),
                     ("11h", "Lê Thị Kim Điệp", "Chủ tịch", "LĐLĐ quận", "Kết luận tọa đàm")]
        for r, row in enumerate(programme):
            for c, text in enumerate(row):
                if text:
                    cell(dialog.ui.items, r, c, text)
        conclusions = dialog.ui.conclusions
        qtbot.mouseClick(conclusions.viewport(), Qt.MouseButton.LeftButton)
        type_text("Thống nhất đề xuất tăng cường đối thoại tại doanh nghiệp.")
        press(Qt.Key.Key_Return)   # a new line in a multi-line field…
        type_text("Giao Ban Tổ chức tổng hợp.")
        assert isinstance(focused(), QPlainTextEdit)
        press(Qt.Key.Key_Return, CTRL)  # …and Ctrl+Enter accepts from it
        return dialog.result()

    check = in_modal(qtbot, fill)
    qtbot.mouseClick(window.findChild(QPushButton, "events_new"), Qt.MouseButton.LeftButton)
    assert check() == QDialog.DialogCode.Accepted
    event_id = window.selected_id("events")
    event = events.get_event(db, event_id)
    assert event["kind"] == "forum" and event["conclusions"].count("\n") == 1
    assert [(i["at_time"], i["content"]) for i in event["items"]] == [
        ("08:30", "Phát biểu khai mạc"), ("08:45", "Báo cáo đề dẫn"), ("09:10", "Thảo luận"),
        ("11:00", "Kết luận tọa đàm")]
    assert [p["role"] for p in event["people"]] == ["chair", "secretary"]

    window.findChild(QAction, "action_report_minutes").trigger()
    pdf = save_pdf_from_preview(qtbot, window, tmp_path / "bien-ban.pdf", monkeypatch)
    text = pdf_text(pdf)
    assert "BIÊN BẢN" in text and "Tọa đàm nâng cao chất lượng" in text.replace("\n", " ")
    for expected in ("Phát biểu khai mạc", "Báo cáo đề dẫn", "Kết luận tọa đàm", "Lê Thị Kim Điệp",
                     "Nguyễn Văn Nam", "Thống nhất đề xuất tăng cường đối thoại"):
        assert expected in text, expected
    assert "8 giờ 30: Đồng chí Lê Thị Kim Điệp" in text and "11 giờ: Đồng chí" in text


def test_enrol_members_and_print_certificates(qtbot, vi_window, tmp_path, monkeypatch):
    window = vi_window
    db = window.db
    course_id, title = db.execute("SELECT id, title FROM courses ORDER BY starts_on DESC LIMIT 1").fetchone()
    show_tab(qtbot, window, "members")
    tab = window.list_tabs["members"]
    enrolled = []
    for row in (3, 4):
        tab.view.selectRow(row)
        member_id = window.selected_id("members")
        enrolled.append(members.get_member(db, member_id)["full_name"])

        def fill(dialog, row=row):
            combo: QComboBox = dialog.ui.course_id
            combo.setFocus()
            for _ in range(combo.count()):     # the arrow keys walk the list
                if combo.currentData() == course_id:
                    break
                press(Qt.Key.Key_Down)
            assert combo.currentData() == course_id
            dialog.ui.completed.setFocus()
            type_text("Có")
            dialog.ui.certificate_no.setFocus()
            type_text(f"CN-{row}/2026")
            qtbot.mouseClick(dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok),
                             Qt.MouseButton.LeftButton)
            return dialog.result()

        check = in_modal(qtbot, fill)
        qtbot.mouseClick(window.findChild(QPushButton, "members_enrol"), Qt.MouseButton.LeftButton)
        assert check() == QDialog.DialogCode.Accepted
        assert any(e["course_id"] == course_id and e["completed"] for e in training.for_member(db, member_id))

    show_tab(qtbot, window, "courses")
    courses_tab = window.list_tabs["courses"]
    assert courses_tab.select_id(course_id)
    window.findChild(QAction, "action_report_certificates").trigger()
    text = pdf_text(save_pdf_from_preview(qtbot, window, tmp_path / "chung-nhan.pdf", monkeypatch))
    assert "CHỨNG NHẬN" in text.upper()
    for name in enrolled:
        assert name in text or name.upper() in text, name


def test_import_a_workbook_through_the_wizard(qtbot, vi_window, tmp_path):
    import openpyxl
    from PySide6.QtWidgets import QWizard

    window = vi_window
    db = window.db
    union = db.execute("SELECT name FROM unions WHERE status = 'active' ORDER BY id LIMIT 1").fetchone()[0]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Đoàn viên"
    sheet.append(["DANH SÁCH ĐOÀN VIÊN"])
    sheet.append(["Họ và tên", "Giới tính", "Ngày sinh", "Số CCCD", "Công đoàn cơ sở", "Ngày vào công đoàn"])
    sheet.append(["Phạm Thị Lan Anh", "Nữ", "12/03/1990", "001190099001", union, "10/10/2026"])
    sheet.append(["Đỗ Văn Hùng", "Nam", "1985-07-21", "001085099002", union, "10/10/2026"])
    workbook = tmp_path / "doan-vien-moi.xlsx"
    book.save(workbook)

    def run(wizard: QWizard):
        page = wizard.file_page
        page.path.setFocus()
        type_text(str(workbook))
        qtbot.waitUntil(lambda: page.isComplete(), timeout=10000)
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)          # to the columns
        assert wizard.currentPage() is wizard.mapping_page
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)          # to the check (a dry run)
        qtbot.waitUntil(lambda: wizard.check_page.isComplete(), timeout=30000)
        assert "2" in wizard.check_page.summary.text()
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)          # import
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=30000)
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
        return wizard.result()

    check = in_modal(qtbot, run)
    window.findChild(QAction, "excel_import").trigger()
    assert check() == QDialog.DialogCode.Accepted
    names = {r[0] for r in db.execute("SELECT full_name FROM members WHERE cccd IN ('001190099001', '001085099002')")}
    assert names == {"Phạm Thị Lan Anh", "Đỗ Văn Hùng"}


def test_back_up_to_a_usb_stick(qtbot, vi_window, tmp_path, monkeypatch):
    """A folder stands in for the USB stick: the platform's drive detection is the one
    thing replaced (no stick can be plugged into the test machine)."""
    from PySide6.QtWidgets import QLabel

    from desktop_app.core.backup import archive, drives

    window = vi_window
    usb = tmp_path / "USB (E:)"
    usb.mkdir()
    real_kind = drives.drive_kind
    monkeypatch.setattr(drives, "removable_drives", lambda: [drives.Drive(usb, "KINGSTON", drives.REMOVABLE)])
    monkeypatch.setattr(drives, "drive_kind", lambda path: drives.REMOVABLE if usb in Path(path).parents
                        or Path(path) == usb else real_kind(path))
    status = window.findChild(QLabel, "backup_status")
    assert "Chưa sao lưu ra USB lần nào" in status.text()

    def run(dialog):
        assert dialog.folder() == usb, "the USB drive is listed first and chosen"
        press(Qt.Key.Key_Return)     # Enter: back up
        return dialog.result()

    verdict: list = []

    def close_verdict(dialog):
        verdict.append((dialog.windowTitle(), " ".join(label.text() for label in dialog.findChildren(QLabel))))
        press(Qt.Key.Key_Escape)

    check = in_modal(qtbot, run)
    shortcut(qtbot, window, Qt.Key.Key_B, CTRL | Qt.KeyboardModifier.ShiftModifier)   # Ctrl+Shift+B
    assert check() == QDialog.DialogCode.Accepted
    check = in_modal(qtbot, close_verdict)
    qtbot.waitUntil(lambda: bool(verdict) and not operations.running(), timeout=60000)
    check()
    title, text = verdict[0]
    assert title == "Đã sao lưu" and "rút USB" in text, verdict
    made = sorted(p.name for p in usb.iterdir())
    assert len(made) == 2 and made[1] == made[0] + ".manifest.json", made   # nothing half-written left
    assert archive.verify_backup(usb / made[0]).ok
    assert "Chưa sao lưu ra USB lần nào" not in status.text()
    assert status.text().startswith("Lần sao lưu ra USB gần nhất:"), status.text()


FORMS = {
    "union": lambda db: dialogs.union_dialog(None, db, 1),
    "member": lambda db: dialogs.member_dialog(None, db),
    "event": lambda db: dialogs.event_dialog(None, db, 1),
    "course": lambda db: dialogs.course_dialog(None, db, 1),
    "transfer": lambda db: dialogs.member_history_dialog(
        None, db, 1, "transfer"),
    "enrol": lambda db: dialogs.enrol_dialog(None, db, 1),
    "support": lambda db: dialogs.support_dialog(None, db, 1),
    "officer": lambda db: dialogs.officer_dialog(None, db, 1),
    "union_year": lambda db: dialogs.union_year_dialog(
        None, db, 1, 2025),
}


@pytest.mark.parametrize("form", list(FORMS))
def test_tab_goes_through_every_form_in_order(qtbot, demo_db, form):
    """Tab visits the fields top to bottom, then OK and Cancel, then the first field again:
    no field keeps the keyboard (a text box took Tab as a character, a grid cycled its
    cells for ever)."""
    dialog = FORMS[form](demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    visible = [f for f in dialog.fields if dialog.widget(f).isVisibleTo(dialog) and dialog.widget(f).isEnabled()]
    first = field_of(dialog, focused())
    assert first == visible[0], (first, visible)
    grids = [g.objectName() for g in dialog.findChildren(QTableWidget) if g.isVisibleTo(dialog)]
    seen: list[str] = []
    buttons = 0
    for _ in range(3 * len(visible) + 10):
        press(Qt.Key.Key_Tab)
        name = field_of(dialog, focused())
        if name is None and isinstance(focused(), QTableWidget):
            assert not buttons and focused().objectName() not in seen, "each grid once, before OK"
            seen.append(focused().objectName())
        elif name is None:
            assert dialog.ui.buttons.isAncestorOf(focused()), f"Tab left the form for {focused()}"
            buttons += 1
        elif name == visible[0]:
            break
        elif not seen or seen[-1] != name:
            seen.append(name)
    assert [visible[0], *seen] == visible + grids, "every field once, in the order of the form"
    assert buttons == 2, "then OK and Cancel"
