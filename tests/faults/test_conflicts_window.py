"""Defect 14.5 in the window: the import wizard lists a union whose name is known with
another address, imports nothing for it until the officer decides, then does what was
chosen; total lines under the list are reported as skipped."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from desktop_app.core.records import unions as U
from desktop_app.ui.import_wizard import ImportWizard
from tests.excel.conftest import make_book

UNION = "Công đoàn Trường Tiểu học Phú Đô"


def test_wizard_asks_about_a_same_name_union(qtbot, db, tmp_path):
    U.add_union(db, name=UNION, code="CS001", sector="giao_duc", address="Số 1 Phú Đô, phường Từ Liêm")
    book = make_book(tmp_path / "u.xlsx", [
        ["Tên công đoàn cơ sở", "Địa chỉ", "Khối"],
        [UNION, "Xã Vân Hòa, huyện Ba Vì", "Giáo dục"],
        ["Công đoàn Trường THCS Mễ Trì", "Mễ Trì", "Giáo dục"],
        ["Tổng cộng: 2 CĐCS", None, None]])
    wizard = ImportWizard(db, language="en")
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    page.path.setText(str(book))
    page.kind.setCurrentIndex(page.kind.findData("unions"))
    wizard.next()
    wizard.next()
    check = wizard.check_page
    assert check.conflicts.isVisible() and check.conflicts.rowCount() == 1
    assert "Xã Vân Hòa" in check.conflicts.item(0, 2).text()
    assert (check.result.new, check.result.updated, check.result.errors) == (1, 0, 1)
    assert "1 total, note or signature lines" in check.summary.text()
    combo = check.conflicts.cellWidget(0, 3)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("new"))     # another district's union of that name
    assert (check.result.new, check.result.errors) == (2, 0)
    wizard.grab().save(str(tmp_path / "conflict.png"))
    wizard.next()
    assert wizard.currentPage() is wizard.done_page
    assert db.execute("SELECT count(*) FROM unions WHERE name = ?", [UNION]).fetchone()[0] == 2
    assert U.get_union(db, 1)["address"] == "Số 1 Phú Đô, phường Từ Liêm"
