"""The statistics forms through the window's widgets."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QLineEdit, QListWidget, QPushButton

from desktop_app.core.statistics import figures as F
from desktop_app.core.statistics.compute import compute
from tests.ui.conftest import messages, window  # noqa: F401  (the real main window on the district demo)


def type_text(widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def action(window, name):  # noqa: F811
    return next(a for a in window.menus["reports"].actions() if a.objectName() == name)


def test_form02_dialog_lists_the_missing_unions_and_saves_the_workbook(window, qtbot, tmp_path,  # noqa: F811
                                                                       monkeypatch):
    day = dt.date(2026, 11, 30)
    union = next(u for u, i in compute(window.db, day).unions.items() if i.active)
    F.set_figures(window.db, union, day, {"workers": 250})
    action(window, "action_report_form02").trigger()
    dialog = window.kept_windows[-1]
    picker = dialog.period
    picker.year.setValue(2026)
    picker.kind.setCurrentIndex(1)  # 30/11
    assert picker.date() == day
    active = compute(window.db, day).active
    missing = dialog.findChild(QListWidget, "form02_missing")
    assert missing.count() == active - 1
    assert f"1 of {active}" in dialog.summary.text() or f"1/{active}" in dialog.summary.text()
    picker.kind.setCurrentIndex(0)  # 31/5: nobody has reported for it
    assert missing.count() == compute(window.db, dt.date(2026, 5, 31)).active

    picker.kind.setCurrentIndex(2)  # any date
    assert picker.other.isVisible() and not picker.year.isVisible()
    picker.other.setDate(picker.other.date().fromString("15/08/2026", "dd/MM/yyyy"))
    assert picker.date() == dt.date(2026, 8, 15)
    assert missing.count() == compute(window.db, dt.date(2026, 8, 15)).active
    picker.kind.setCurrentIndex(1)
    out = tmp_path / "02.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(dialog.findChild(QPushButton, "form02_xlsx"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(out.exists, timeout=20000)
    wb = load_workbook(out)
    assert wb.sheetnames == ["02-HĐCĐ", "Chi tiết", "Chưa báo cáo"]
    values = [c for r in wb["02-HĐCĐ"].iter_rows(values_only=True) for c in r]
    assert 250 in values
    dialog.reject()


def test_period_figures_from_the_unions_tab(window, qtbot, messages):  # noqa: F811
    window.show_tab("unions")
    tab = window.list_tabs["unions"]
    tab.ensure_loaded()
    qtbot.waitUntil(lambda: tab.selected_id() is not None or tab.view.model().rowCount() > 0, timeout=10000)
    tab.view.selectRow(0)
    union = tab.selected_id()
    assert union is not None
    figures = next(a for a in window.menus["records"].actions() if a.objectName() == "action_period_figures")
    figures.trigger()
    dialog = window.kept_windows[-1]
    dialog.period.year.setValue(2026)
    dialog.period.kind.setCurrentIndex(0)
    day = dt.date(2026, 5, 31)
    workers = dialog.findChild(QLineEdit, "figure_workers")
    women = dialog.findChild(QLineEdit, "figure_workers_female")
    type_text(workers, "120")
    type_text(women, "300")
    qtbot.mouseClick(dialog.findChild(QPushButton, "figures_save"), Qt.MouseButton.LeftButton)
    assert dialog.error.text()  # women > workers: refused, nothing stored
    assert F.figures(window.db, union, day) == {}
    type_text(women, "45")
    qtbot.mouseClick(dialog.findChild(QPushButton, "figures_save"), Qt.MouseButton.LeftButton)
    stored = F.figures(window.db, union, day)
    assert stored["workers"]["value"] == 120 and stored["workers_female"]["value"] == 45
    assert stored["workers"]["entered_by"] == F.current_user()
    note = dialog.findChild(type(dialog.error), "figure_workers_note")
    assert F.current_user() in note.text()
    # another period shows its own (empty) figures
    dialog.period.kind.setCurrentIndex(1)
    assert workers.text() == ""
    dialog.reject()



def test_import_returned_workbooks_from_the_menu(window, qtbot, tmp_path, monkeypatch):  # noqa: F811
    from desktop_app.core.excel.export import write_template
    from desktop_app.core.statistics.form01_export import form01_xlsx
    from desktop_app.ui.features.statistics import problem_text
    from tests.statistics.test_form01_import import fill

    day = dt.date(2026, 5, 31)
    form = compute(window.db, day)
    unions = sorted(u for u, i in form.unions.items() if i.active)[:2]
    paths = [fill(form01_xlsx(window.db, u, day, tmp_path / f"{u}.xlsx", form=form), {"workers": 90 + k})
             for k, u in enumerate(unions)]
    paths.append(write_template("members", tmp_path / "members.xlsx"))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], ""))
    importing = next(a for a in window.menus["import_export"].actions() if a.objectName() == "action_import_form01")
    importing.trigger()
    dialog = window.kept_windows[-1]
    table = dialog.table
    cells = [[table.item(r, c).text() for c in range(5)] for r in range(table.rowCount())]
    assert [c[0] for c in cells] == [p.name for p in paths]
    assert problem_text("not a 01-HĐCĐ workbook (no 'Mẫu số 01-HĐCĐ' at the top)") in cells[2][4]
    assert F.figures(window.db, unions[0], day) == {}  # the dry run wrote nothing
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert F.figures(window.db, unions[0], day)["workers"]["value"] == 90
    assert F.figures(window.db, unions[1], day)["workers"]["value"] == 91
    assert not dialog.import_button.isEnabled()
    assert dialog.missing.count() == form.active - 2
    dialog.reject()

def test_period_figures_edit_is_undone(window, qtbot, messages):  # noqa: F811
    """Entering figures by mistake is undone like any other edit: the earlier figures come
    back with their original author, the dialog still open shows them."""
    window.show_tab("unions")
    tab = window.list_tabs["unions"]
    tab.ensure_loaded()
    qtbot.waitUntil(lambda: tab.view.model().rowCount() > 0, timeout=10000)
    tab.view.selectRow(1)
    union = tab.selected_id()
    day = dt.date(2026, 5, 31)
    F.set_figures(window.db, union, day, {"workers": 200}, entered_by="chị Hoa")
    figures = next(a for a in window.menus["records"].actions() if a.objectName() == "action_period_figures")
    figures.trigger()
    dialog = window.kept_windows[-1]
    dialog.period.year.setValue(2026)
    dialog.period.kind.setCurrentIndex(0)
    workers = dialog.findChild(QLineEdit, "figure_workers")
    assert workers.text() == "200"
    type_text(workers, "250")
    type_text(dialog.findChild(QLineEdit, "figure_workers_female"), "90")
    qtbot.mouseClick(dialog.findChild(QPushButton, "figures_save"), Qt.MouseButton.LeftButton)
    assert F.figures(window.db, union, day)["workers"]["value"] == 250
    assert window.action_undo.isEnabled()
    window.action_undo.trigger()  # Edit → Undo (Ctrl+Z in the main window)
    stored = F.figures(window.db, union, day)
    assert set(stored) == {"workers"}
    assert stored["workers"]["value"] == 200 and stored["workers"]["entered_by"] == "chị Hoa"
    assert workers.text() == "200"
    dialog.reject()


def test_period_figures_dialog_has_the_official_rows(window, qtbot, messages):  # noqa: F811
    """The dialog lists 01-HĐCĐ section I as the form numbers it, under its groups; a
    mean wage without the people it is counted over is refused; figures of the previous
    rows are shown, not editable, and say they are not on the form."""
    from PySide6.QtWidgets import QLabel

    from desktop_app.core.statistics.forms import REPORTED
    window.show_tab("unions")
    tab = window.list_tabs["unions"]
    tab.ensure_loaded()
    qtbot.waitUntil(lambda: tab.view.model().rowCount() > 0, timeout=10000)
    tab.view.selectRow(2)
    union = tab.selected_id()
    day = dt.date(2026, 5, 31)
    window.db.execute("""INSERT INTO period_figures (union_id, as_of, item, value, source, entered_by)
                         VALUES (?, ?, 'average_income', 7500000, 'import', NULL)""", [union, day.isoformat()])
    figures = next(a for a in window.menus["records"].actions() if a.objectName() == "action_period_figures")
    figures.trigger()
    dialog = window.kept_windows[-1]
    dialog.period.year.setValue(2026)
    dialog.period.kind.setCurrentIndex(0)
    texts = [w.text() for w in dialog.findChildren(QLabel)]
    for line in ("<b><i>1. Lao động</i></b>", "1. Tổng số lao động", "2. - Trong đó: nữ", "4. - Trong đó: nữ",
                 "5. Tiền lương bình quân tháng của 1 người lao động", "      + Số người được tính",
                 "6. Tổng số tiền doanh nghiệp còn nợ lương người lao động"):
        assert line in texts, line
    assert len([k for k in dialog.fields]) == len(REPORTED) == 11
    legacy = dialog.findChild(QLabel, "figures_legacy")
    assert legacy.isVisible() and "Thu nhập bình quân của CNVCLĐ: 7.500.000 đồng" in legacy.text()
    assert "not put on 02-HĐCĐ" in legacy.text()
    type_text(dialog.findChild(QLineEdit, "figure_wage_mean"), "8000000")
    qtbot.mouseClick(dialog.findChild(QPushButton, "figures_save"), Qt.MouseButton.LeftButton)
    assert "number of people" in dialog.error.text()
    assert "wage_mean" not in F.figures(window.db, union, day)
    type_text(dialog.findChild(QLineEdit, "figure_wage_people"), "40")
    qtbot.mouseClick(dialog.findChild(QPushButton, "figures_save"), Qt.MouseButton.LeftButton)
    stored = F.figures(window.db, union, day)
    assert stored["wage_mean"]["value"] == 8_000_000 and stored["wage_people"]["value"] == 40
    assert stored["average_income"]["value"] == 7_500_000  # the old figure is left as it was
    dialog.reject()
