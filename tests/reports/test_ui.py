"""The Reports menu against a small fake window, and the preview dialog on its own."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtPdfWidgets")

from PySide6.QtCore import QSizeF  # noqa: E402
from PySide6.QtGui import QPageSize  # noqa: E402
from PySide6.QtPrintSupport import QPrinter  # noqa: E402
from PySide6.QtWidgets import QMainWindow, QMessageBox  # noqa: E402

from desktop_app.core import reports  # noqa: E402
from desktop_app.ui.features import reports as feature  # noqa: E402
from desktop_app.ui.report_preview import ReportPreviewDialog  # noqa: E402
from tests.reports.conftest import pdf_text  # noqa: E402


class FakeWindow(QMainWindow):
    """What install() needs of the main window (see the UI contract)."""

    def __init__(self, db, db_path, selected=None):
        super().__init__()
        self.db, self.db_path = db, db_path
        self.selected = selected or {}
        self.menus: dict[str, list] = {}
        self.background: list[str] = []
        self._report_previews: list = []

    def add_feature_actions(self, menu_key, *actions, toolbar=False):
        assert menu_key in ("file", "records", "import_export", "reports", "backup", "settings", "help")
        self.menus.setdefault(menu_key, []).extend(actions)

    def selected_id(self, key):
        return self.selected.get(key)

    def keep(self, dialog):
        self._report_previews.append(dialog)
        dialog.finished.connect(lambda _r: self._report_previews.remove(dialog))

    def run_read(self, title, fn, on_done=None):
        self.background.append(title)
        result = fn(self.db, lambda done, total, text="": True)
        if on_done:
            on_done(result)

    def run_write(self, title, fn, on_done=None, changes=None):
        self.writes = [*getattr(self, "writes", []), changes]
        self.run_read(title, fn, on_done)

    def action(self, name):
        return next(a for a in self.menus["reports"] if a.objectName() == name)


@pytest.fixture
def window(qtbot, rdb, rdb_path, forum_id, course_id):
    union = rdb.execute("SELECT union_id FROM members WHERE status = 'active' GROUP BY union_id "
                        "ORDER BY count(*) LIMIT 1").fetchone()[0]
    w = FakeWindow(rdb, rdb_path, {"events": forum_id, "unions": union, "courses": course_id})
    qtbot.addWidget(w)
    feature.install(w)
    yield w
    for d in list(w._report_previews):
        d.reject()


def test_install_adds_the_reports_menu(window):
    names = [a.objectName() for a in window.menus["reports"] if not a.isSeparator()]
    assert names == [n for n, _, _ in feature.ACTIONS if n]
    assert all(a.text() for a in window.menus["reports"] if not a.isSeparator())


def test_minutes_of_selected_event_open_in_preview(window):
    window.action("action_report_minutes").trigger()
    dialog = window._report_previews[-1]
    assert dialog.isVisible()
    assert dialog.document.pageCount() >= 2
    assert "BIÊN BẢN" in " ".join(pdf_text(dialog.pdf_path))
    assert dialog.suggested_name == f"bien-ban-su-kien-{window.selected['events']}.pdf"
    path = dialog.pdf_path
    dialog.accept()
    assert not path.exists()  # the temporary PDF goes with the preview


@pytest.mark.parametrize("action, words", [
    ("action_report_unions", "DANH SÁCH CÔNG ĐOÀN CƠ SỞ"),
    ("action_report_officers", "DANH SÁCH CÁN BỘ CÔNG ĐOÀN"),
    ("action_report_participants", "DANH SÁCH ĐƠN VỊ VÀ ĐẠI BIỂU THAM DỰ"),
    ("action_report_union_officers", "DANH SÁCH CÁN BỘ CÔNG ĐOÀN"),
    ("action_report_course", "BÁO CÁO KẾT QUẢ LỚP TẬP HUẤN"),
    ("action_report_certificates", "GIẤY CHỨNG NHẬN"),
])
def test_each_action_builds_its_document(window, action, words):
    window.action(action).trigger()
    dialog = window._report_previews[-1]
    assert words in " ".join(pdf_text(dialog.pdf_path))
    assert window.background  # built through run_read


def test_members_asks_about_full_ids(window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.action("action_report_members").trigger()
    text = " ".join(pdf_text(window._report_previews[-1].pdf_path))
    assert "DANH SÁCH ĐOÀN VIÊN" in text and "******" in text


def test_annual_asks_for_the_year_and_the_written_sections(window, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QDialog

    from desktop_app.core.reports import annual_texts
    from desktop_app.ui.annual_report_dialog import AnnualReportDialog

    def fill(dialog):
        dialog.year.setValue(2024)
        edit = dialog.edits["proposals"]
        edit.setFocus()
        for ch in "Đề nghị hỗ trợ":
            QTest.sendKeyEvent(QTest.KeyAction.Click, edit, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
        assert "chỉ tiêu" in dialog.edits["strengths"].toPlainText()  # drafted from the figures
        dialog.numbered.setChecked(True)
        dialog.findChild(QPushButton, "make").click()
        return dialog.result()

    from PySide6.QtWidgets import QPushButton
    monkeypatch.setattr(AnnualReportDialog, "exec", fill)
    window.action("action_report_annual").trigger()
    text = " ".join(pdf_text(window._report_previews[-1].pdf_path))
    assert "Tổng kết công tác công đoàn năm 2024" in text and "Đề nghị hỗ trợ" in text
    assert "Số: 01/BC-" in text and window.writes  # the number taken from the register is a write
    assert annual_texts.stored(window.db, 2024)["proposals"] == "Đề nghị hỗ trợ"
    window.db.execute("DELETE FROM report_texts")
    window.db.conn.commit()
    monkeypatch.setattr(AnnualReportDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    before = len(window.background)
    window.action("action_report_annual").trigger()
    assert len(window.background) == before  # cancelled: nothing built


def test_nothing_selected_says_so(window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    window.selected = {}
    window.action("action_report_minutes").trigger()
    window.action("action_report_members").trigger()
    window.action("action_report_certificates").trigger()
    assert len(shown) == 3 and "Events tab" in shown[0] and "Training tab" in shown[2]
    assert not window.background


def test_preview_dialog_save_and_print(qtbot, rdb, tmp_path, monkeypatch):
    pdf = reports.unions_pdf(rdb, tmp_path / "u.pdf")
    dialog = ReportPreviewDialog(pdf, "Danh sách", suggested_name="danh-sach-cdcs.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    pages = dialog.document.pageCount()
    assert pages > 2 and dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    assert str(pages) in dialog.pages_label.text()

    # Save…: the chosen name without .pdf gets it, the copy is byte-identical
    from PySide6.QtWidgets import QFileDialog
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "out" / "saved"), ""))
    (tmp_path / "out").mkdir()
    target = dialog.save_as()
    assert target == tmp_path / "out" / "saved.pdf"
    assert target.read_bytes() == pdf.read_bytes()

    # Print: to a PDF printer, pages 2-3 only
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QSizeF(297, 210), QPageSize.Unit.Millimeter))
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    printer.setFromTo(2, 3)
    assert dialog.print_to(printer)
    from pypdf import PdfReader
    assert len(PdfReader(str(printed)).pages) == 2
    dialog.grab().save(str(tmp_path / "preview.png"))
    dialog.reject()
    assert pdf.exists()  # not a temporary file: kept


def test_broken_pdf_disables_buttons(qtbot, tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"not a pdf")
    dialog = ReportPreviewDialog(bad, "x")
    qtbot.addWidget(dialog)
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()


def test_vietnamese_translation_is_complete_and_loads(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from desktop_app.core.storage.paths import resources_dir
    folder = resources_dir() / "translations"
    ts = (folder / "reports_vi.ts").read_text(encoding="utf-8")
    assert "unfinished" not in ts and ts.count("<message") == ts.count("<translation") >= 40
    translator = QTranslator()
    assert translator.load(str(folder / "reports_vi.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Reports", "Annual report") == "Báo cáo tổng kết năm"
        assert QCoreApplication.translate("ReportPreviewDialog", "&Print…") == "&In…"
        assert QCoreApplication.translate("ReportPreviewDialog", "%n page(s)", "", 3) == "3 trang"
    finally:
        QCoreApplication.removeTranslator(translator)
