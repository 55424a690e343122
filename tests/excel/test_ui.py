from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMessageBox, QWizard

from desktop_app.core.excel.read import read_sheet
from desktop_app.core.listing import ListQuery
from desktop_app.core.records import members as M
from desktop_app.ui.features import excel as feature
from desktop_app.ui.import_wizard import ImportWizard
from tests.excel.conftest import db_hash


class FakeWindow(QMainWindow):
    """The main window's contract, as far as this feature uses it."""

    def __init__(self, db, qtbot):
        super().__init__()
        qtbot.addWidget(self)
        self.db = db
        self.actions: dict[str, list] = {}
        self.refreshed = 0
        self.tab = "members"
        self.query = None
        self.background: list[str] = []

    def add_feature_actions(self, menu_key, *actions, toolbar=False):
        self.actions.setdefault(menu_key, []).extend(actions)

    def refresh_all(self):
        self.refreshed += 1

    def current_tab_key(self):
        return self.tab

    def current_query(self, key):
        return self.query

    def run_write(self, title, fn, on_done, *, changes=None, use_db=True):
        self.background.append(title)
        on_done(fn(self.db if use_db else None, lambda done, total, text="": True))


def test_wizard_walks_through_check_and_import(qtbot, db, two_unions, messy_members, tmp_path):
    wizard = ImportWizard(db, language="en")
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    page.path.setText(str(messy_members))
    assert page.sheet.currentText() == "Sheet1"
    page.kind.setCurrentIndex(page.kind.findData("members"))
    before = db_hash(db)
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    mapping = wizard.mapping_page.mapping()
    assert mapping[1] == "full_name" and mapping[3] == "male" and mapping[4] == "female"
    # the officer ignores the notes column
    combo = wizard.mapping_page.combos[9]
    combo.setCurrentIndex(combo.findData(""))
    wizard.next()
    check = wizard.check_page
    assert wizard.currentPage() is check
    assert db_hash(db) == before
    assert check.result.new == 3 and check.result.errors == 7
    assert check.model.rowCount() == len(check.result.problems)
    assert check.model.data(check.model.index(0, 0)) == "9"  # errors first
    assert "Bệnh viện" in check.unknown.text()
    wizard.grab().save(str(tmp_path / "check.png"))
    wizard.next()  # the commit button: imports
    assert wizard.currentPage() is wizard.done_page
    assert "Added: 3" in wizard.done_page.text.text()
    assert db.execute("SELECT count(*) FROM members").fetchone()[0] == 3
    assert db.execute("SELECT count(*) FROM members WHERE note IS NOT NULL").fetchone()[0] == 0
    assert wizard.imported


def test_wizard_refuses_a_bad_file(qtbot, db, tmp_path):
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"not a workbook at all")
    wizard = ImportWizard(db, language="en")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(bad))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "not an Excel" in wizard.file_page.error.text()


def test_install_and_actions(qtbot, db, two_unions, messy_members, tmp_path, monkeypatch):
    window = FakeWindow(db, qtbot)
    feature.install(window)
    names = [a.objectName() for a in window.actions["import_export"]]
    assert names == ["excel_import", "excel_export", "excel_export_other", "excel_template", "excel_convert_text"]
    for name in ("Nguyễn Văn Đức", "Trần Thị Hoa"):
        M.add_member(db, full_name=name)
    window.query = ListQuery(db, "members", search="duc")
    out = tmp_path / "list.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    window.actions["import_export"][1].trigger()
    rows = read_sheet(out).rows
    assert [r[0] for r in rows[1:]] == ["Nguyễn Văn Đức"]
    tpl = tmp_path / "tpl.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tpl), ""))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Grassroots unions", True))
    window.actions["import_export"][3].trigger()
    assert read_sheet(tpl).rows[3][1] == "Tên công đoàn cơ sở"


def test_wizard_from_window_refreshes(qtbot, db, two_unions, messy_members, monkeypatch):
    window = FakeWindow(db, qtbot)

    def fake_exec(self):
        self.show()
        self.file_page.path.setText(str(messy_members))
        self.next()
        self.next()
        self.next()
        return QWizard.DialogCode.Accepted

    monkeypatch.setattr(ImportWizard, "exec", fake_exec)
    feature.open_import_wizard(window)
    assert window.refreshed == 1
    assert window.background == ["Checking the rows", "Importing"]
    assert db.execute("SELECT count(*) FROM members").fetchone()[0] == 3


def test_real_window_exports_the_filtered_members_list(qtbot, demo_db, demo_db_path, tmp_path, monkeypatch):
    """The feature plugged into the real main window: the members tab filtered by a
    search, "Export current list to Excel…" writes exactly those rows."""
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(demo_db, demo_db_path)
    qtbot.addWidget(window)
    action = window.findChild(QAction, "excel_export")
    assert action is not None and window.findChild(QAction, "excel_import") is not None
    window.show_tab("members")
    tab = window.list_tabs["members"]
    tab.model.set_search("nguyen thi")
    where, params = window.current_query("members").where()
    expected = demo_db.execute(f"SELECT count(*) FROM members WHERE {where}", params).fetchone()[0]
    assert 0 < expected < demo_db.execute("SELECT count(*) FROM members").fetchone()[0]
    out = tmp_path / "members.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    action.trigger()
    qtbot.waitUntil(lambda: out.exists(), timeout=20000)
    assert len(read_sheet(out).rows) == expected + 1
    window.close()


def test_vietnamese_translation_is_complete_and_used(qtbot):
    import xml.etree.ElementTree as ET

    from PySide6.QtCore import QCoreApplication, QTranslator

    from desktop_app.core.storage.paths import resources_dir

    ts = resources_dir() / "translations" / "excel_vi.ts"
    messages = list(ET.parse(ts).iter("message"))
    assert len(messages) > 60
    assert all(m.find("translation").get("type") is None and m.findtext("translation") for m in messages)
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    QCoreApplication.installTranslator(translator)
    try:
        assert feature.list_labels()["members"] == "Đoàn viên"
        assert QCoreApplication.translate("ImportWizard", "Import from Excel") == "Nhập từ Excel"
        assert QCoreApplication.translate("CheckPage", "Import") == "Nhập"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_export_of_a_searched_events_or_courses_tab_has_the_rows_shown(qtbot, demo_db, demo_db_path, tmp_path,
                                                                        monkeypatch):
    """Type in the search box of the Events and Courses tabs, export the current list: the
    file holds the rows the tab shows, in the tab's order (it once held the whole list)."""
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(demo_db, demo_db_path)
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    action = window.findChild(QAction, "excel_export")
    for key, table, title_column in (("events", "events", "Tên sự kiện"), ("courses", "courses", "Tên lớp")):
        window.show_tab(key)
        tab = window.list_tabs[key]
        title = demo_db.execute(f"SELECT title FROM {table} ORDER BY id LIMIT 1").fetchone()[0]
        word = max(title.split(), key=len)
        tab.search.clear()
        for ch in word:  # per character: qtbot.keyClicks aborts on non-ASCII text
            QTest.sendKeyEvent(QTest.KeyAction.Click, tab.search, Qt.Key.Key_unknown, ch,
                               Qt.KeyboardModifier.NoModifier)
        qtbot.waitUntil(lambda tab=tab, word=word: tab.model.search_text() == word, timeout=3000)
        shown = [tab.model.data(tab.model.index(r, tab.model.spec.column_index("title")))
                 for r in range(tab.model.rowCount())]
        everything = demo_db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        assert 0 < len(shown) < everything
        out = tmp_path / f"{key}.xlsx"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, out=out, **k: (str(out), ""))
        action.trigger()
        qtbot.waitUntil(out.exists, timeout=20000)
        sheet = read_sheet(out)
        column = sheet.rows[0].index(title_column)
        assert [row[column] for row in sheet.rows[1:]] == shown
    window.close()


def test_wizard_shows_old_fonts_and_lets_a_column_keep_them(qtbot, db, tmp_path):
    from desktop_app.core import legacy_text as L
    from desktop_app.core.records import unions as U
    from tests.excel.test_legacy_import import UNION, make_xls

    U.add_union(db, name=UNION, code="CS001", sector="giao_duc", founded_on="2001-09-01")
    path = make_xls(tmp_path / "cu.xls")
    wizard = ImportWizard(db, language="vi")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.file_page.kind.setCurrentIndex(wizard.file_page.kind.findData("members"))
    wizard.next()
    page = wizard.mapping_page
    assert wizard.currentPage() is page and page.legacy.isVisible()
    names = page.switches[1]
    assert names.isChecked()
    assert names.text().startswith("Phát hiện phông chữ cũ TCVN3 (.VnTime) ở cột HỌ VÀ TÊN — đã chuyển sang Unicode")
    assert "“NguyÔn V¨n §øc” → “Nguyễn Văn Đức”" in names.text()
    assert page.table.item(1, 1).text().startswith("Nguyễn Văn Đức")
    wizard.grab().save(str(tmp_path / "legacy.png"))
    note = page.switches[5]
    qtbot.mouseClick(note, Qt.MouseButton.LeftButton, pos=QPoint(6, note.height() // 2))
    assert not note.isChecked() and "để nguyên" in note.text()
    assert page.table.item(5, 1).text() == L.encode("Tổ trưởng công đoàn", "tcvn3") + "; " + \
        L.encode("Chuyển đến từ quận Đống Đa", "tcvn3")
    wizard.next()
    assert wizard.check_page.result.new == 5
    wizard.next()
    assert sorted(r[0] for r in db.execute("SELECT full_name FROM members"))[0] == "Lê Ánh"
    assert db.execute("SELECT note FROM members WHERE full_name = 'Nguyễn Văn Đức'").fetchone()[0] == \
        L.encode("Tổ trưởng công đoàn", "tcvn3")


def test_convert_old_fonts_menu(qtbot, db, tmp_path, monkeypatch):
    from tests.excel.test_legacy_import import make_xls

    window = FakeWindow(db, qtbot)
    feature.install(window)
    action = next(a for a in window.actions["import_export"] if a.objectName() == "excel_convert_text")
    src = make_xls(tmp_path / "cu.xls")
    out = tmp_path / "moi.xlsx"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(src), ""))
    seen = {}
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, default, pattern: (seen.setdefault("default", default) and str(out), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    action.trigger()
    assert seen["default"].endswith("cu (Unicode).xlsx")
    assert read_sheet(out).rows[3][1] == "Nguyễn Văn Đức"
    assert "Old font TCVN3 (.VnTime) found in column B" in shown[0]
