"""Excel in the window: the import wizard, "Export current list to Excel…",
"Save import template…" and "Convert old fonts to Unicode…" (menu Import/Export).

Strings are marked with ``QCoreApplication.translate("ExcelFeature", ...)`` written
out in full: that is the form pyside6-lupdate collects with its context.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from desktop_app.core.work import NOTHING
from desktop_app.ui import i18n
from desktop_app.ui.features.host import FeatureHost


def list_labels() -> dict[str, str]:
    return {"members": QCoreApplication.translate("ExcelFeature", "Members"),
            "unions": QCoreApplication.translate("ExcelFeature", "Grassroots unions"),
            "officers": QCoreApplication.translate("ExcelFeature", "Union officers"),
            "events": QCoreApplication.translate("ExcelFeature", "Events"),
            "courses": QCoreApplication.translate("ExcelFeature", "Training courses"),
            "awards": QCoreApplication.translate("ExcelFeature", "Awards"),
            "congresses": QCoreApplication.translate("ExcelFeature", "Congresses"),
            "dues": QCoreApplication.translate("ExcelFeature", "Dues and fund status")}


def template_labels() -> dict[str, str]:
    return {"members": QCoreApplication.translate("ExcelFeature", "Members"),
            "unions": QCoreApplication.translate("ExcelFeature", "Grassroots unions"),
            "officers": QCoreApplication.translate("ExcelFeature", "Union officers"),
            "enrolments": QCoreApplication.translate("ExcelFeature", "Course enrolments"),
            "awards": QCoreApplication.translate("ExcelFeature", "Awards"),
            "congresses": QCoreApplication.translate("ExcelFeature", "Congresses"),
            "dues": QCoreApplication.translate("ExcelFeature", "Dues and fund status")}


FILE_NAMES = {"members": "danh-sach-doan-vien", "unions": "danh-sach-cong-doan-co-so",
              "officers": "danh-sach-can-bo-cong-doan", "events": "danh-sach-su-kien",
              "courses": "danh-sach-lop-tap-huan", "enrolments": "danh-sach-hoc-vien",
              "awards": "danh-sach-khen-thuong", "congresses": "danh-sach-dai-hoi",
              "dues": "tinh-hinh-doan-phi-kinh-phi"}


def _choose(window, title: str, labels: dict[str, str], current: str | None) -> str | None:
    keys = list(labels)
    names = [labels[k] for k in keys]
    index = keys.index(current) if current in keys else 0
    question = QCoreApplication.translate("ExcelFeature", "Which list?")
    text, ok = QInputDialog.getItem(window, title, question, names, index, False)
    return keys[names.index(text)] if ok and text in names else None


def _save_path(window, title: str, name: str) -> str | None:
    pattern = QCoreApplication.translate("ExcelFeature", "Excel workbook (*.xlsx)")
    path, _ = QFileDialog.getSaveFileName(window, title, name, pattern)
    if not path:
        return None
    return path if path.lower().endswith(".xlsx") else path + ".xlsx"


def open_import_wizard(window) -> None:
    from desktop_app.ui.import_wizard import ImportWizard

    wizard = ImportWizard(window.db, window.run_write, window)
    wizard.exec()
    if wizard.imported:
        window.refresh_all()


def export_current_list(window, *, ask: bool = False) -> None:
    """Export the list of the current tab with its filter; ``ask`` (or a tab that is not
    a list) lets the user pick any list, exported whole."""
    title = QCoreApplication.translate("ExcelFeature", "Export to Excel")
    key = window.current_tab_key()
    from desktop_app.core.excel.export import LISTS  # openpyxl: on first use

    kind = key if key in LISTS and not ask else _choose(window, title, list_labels(), key)
    if kind is None:
        return
    query = window.current_query(kind) if kind == key else None
    path = _save_path(window, title, f"{FILE_NAMES[kind]}.xlsx")
    if path is None:
        return
    from desktop_app.core.excel.export import export_list

    def done(n):
        if n is not None:
            text = QCoreApplication.translate("ExcelFeature", "{0} rows saved to\n{1}")
            # The database may be encrypted; the workbook never is (the user chose to take
            # the data out): say so, the audit log has the export.
            warning = QCoreApplication.translate(
                "ExcelFeature", "The Excel file is not protected: anyone who gets it can read the personal "
                "data in it. Keep it only as long as needed; the export is recorded in the audit log.")
            QMessageBox.information(window, title, text.format(n, path) + "\n\n" + warning)

    # A write: the export is recorded in the audit log; no view shows that.
    window.run_write(QCoreApplication.translate("ExcelFeature", "Exporting to Excel"),
                     lambda db, progress: export_list(db, kind, Path(path), query=query, progress=progress),
                     done, changes=NOTHING)


def save_template(window) -> None:
    title = QCoreApplication.translate("ExcelFeature", "Save import template")
    kind = _choose(window, title, template_labels(), window.current_tab_key())
    if kind is None:
        return
    path = _save_path(window, title, f"mau-{FILE_NAMES[kind]}.xlsx")
    if path is None:
        return
    from desktop_app.core.errors import UserError
    from desktop_app.core.excel.export import write_template
    try:
        write_template(kind, Path(path))
    except (OSError, UserError) as e:
        QMessageBox.warning(window, title, i18n.message(e))


def convert_old_fonts(window: FeatureHost) -> None:
    """A whole workbook or .csv typed in TCVN3/VNI/VISCII/VPS to a Unicode copy."""
    title = QCoreApplication.translate("ExcelFeature", "Convert old fonts to Unicode")
    src, _ = QFileDialog.getOpenFileName(window, title, "", QCoreApplication.translate(
        "ExcelFeature", "Excel / OpenDocument / CSV (*.xlsx *.xlsm *.xls *.ods *.csv)"))
    if not src:
        return
    src_path = Path(src)
    suffix = ".csv" if src_path.suffix.lower() == ".csv" else ".xlsx"
    default = str(src_path.with_name(f"{src_path.stem} (Unicode){suffix}"))
    pattern = QCoreApplication.translate("ExcelFeature", "Excel workbook (*.xlsx)") if suffix == ".xlsx" \
        else QCoreApplication.translate("ExcelFeature", "CSV file (*.csv)")
    out, _ = QFileDialog.getSaveFileName(window, title, default, pattern)
    if not out:
        return
    if not out.lower().endswith(suffix):
        out += suffix
    from desktop_app.core.excel.convert_text import convert_file

    def done(reports):
        if reports is None:
            return
        lines = [i18n.message(line) for r in reports for line in r.lines()]
        if lines:
            text = QCoreApplication.translate("ExcelFeature", "Saved to\n{0}").format(out)
            text += "\n\n" + "\n".join(lines[:30])
        else:
            text = QCoreApplication.translate(
                "ExcelFeature", "No text in an old Vietnamese font was found; the copy saved to\n{0}\n"
                "holds the same text.").format(out)
        QMessageBox.information(window, title, text)

    # files only: nothing in the database changes
    window.run_write(title, lambda _db, _progress: convert_file(src_path, Path(out)), done,
                     changes=NOTHING, use_db=False)


def install(window: FeatureHost) -> None:
    imp = QAction(QCoreApplication.translate("ExcelFeature", "Import from Excel…"), window)
    imp.setObjectName("excel_import")
    imp.setStatusTip(QCoreApplication.translate(
        "ExcelFeature", "Import members, unions, officers or course enrolments from an Excel workbook"))
    imp.triggered.connect(lambda: open_import_wizard(window))
    exp = QAction(QCoreApplication.translate("ExcelFeature", "Export current list to Excel…"), window)
    exp.setObjectName("excel_export")
    exp.setStatusTip(QCoreApplication.translate(
        "ExcelFeature", "Save the list shown, with its current filter, as an Excel workbook"))
    exp.triggered.connect(lambda: export_current_list(window))
    other = QAction(QCoreApplication.translate("ExcelFeature", "Export another list to Excel…"), window)
    other.setObjectName("excel_export_other")
    other.triggered.connect(lambda: export_current_list(window, ask=True))
    tpl = QAction(QCoreApplication.translate("ExcelFeature", "Save import template…"), window)
    tpl.setObjectName("excel_template")
    tpl.triggered.connect(lambda: save_template(window))
    conv = QAction(QCoreApplication.translate("ExcelFeature", "Convert old fonts to Unicode…"), window)
    conv.setObjectName("excel_convert_text")
    conv.setStatusTip(QCoreApplication.translate(
        "ExcelFeature", "Save a Unicode copy of a workbook or .csv typed in TCVN3 (.VnTime), VNI, VISCII or VPS"))
    conv.triggered.connect(lambda: convert_old_fonts(window))
    window.add_feature_actions("import_export", imp, exp, toolbar=True)
    window.add_feature_actions("import_export", other, tpl, conv)
