"""Excel in the window: the import wizard, "Export current list to Excel…" and
"Save import template…" (menu Import/Export)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from ...core.excel_export import LISTS

_CTX = "ExcelFeature"


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def list_labels() -> dict[str, str]:
    return {"members": tr("Members"), "unions": tr("Grassroots unions"), "officers": tr("Union officers"),
            "events": tr("Events"), "courses": tr("Training courses")}


def template_labels() -> dict[str, str]:
    return {"members": tr("Members"), "unions": tr("Grassroots unions"), "officers": tr("Union officers"),
            "enrolments": tr("Course enrolments")}


FILE_NAMES = {"members": "danh-sach-doan-vien", "unions": "danh-sach-cong-doan-co-so",
              "officers": "danh-sach-can-bo-cong-doan", "events": "danh-sach-su-kien",
              "courses": "danh-sach-lop-tap-huan", "enrolments": "danh-sach-hoc-vien"}


def _choose(window, title: str, labels: dict[str, str], current: str | None) -> str | None:
    keys = list(labels)
    index = keys.index(current) if current in keys else 0
    text, ok = QInputDialog.getItem(window, title, tr("Which list?"), [labels[k] for k in keys], index, False)
    if not ok:
        return None
    return keys[[labels[k] for k in keys].index(text)]


def open_import_wizard(window) -> None:
    from ..import_wizard import ImportWizard

    wizard = ImportWizard(window.db, window.run_in_background, window)
    wizard.exec()
    if wizard.imported:
        window.refresh_all()


def export_current_list(window, *, ask: bool = False) -> None:
    key = window.current_tab_key()
    kind = key if key in LISTS and not ask else _choose(window, tr("Export to Excel"), list_labels(), key)
    if kind is None:
        return
    query = window.current_query(kind) if kind == key else None
    path, _ = QFileDialog.getSaveFileName(window, tr("Export to Excel"), f"{FILE_NAMES[kind]}.xlsx",
                                          tr("Excel workbook (*.xlsx)"))
    if not path:
        return
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    from ...core.excel_export import export_list

    def done(n):
        if n is not None:
            QMessageBox.information(window, tr("Export to Excel"),
                                    tr("{0} rows saved to\n{1}").format(n, path))

    window.run_in_background(tr("Exporting to Excel"),
                             lambda progress: export_list(window.db, kind, Path(path), query=query,
                                                          progress=progress), done)


def save_template(window) -> None:
    kind = _choose(window, tr("Save import template"), template_labels(), window.current_tab_key())
    if kind is None:
        return
    path, _ = QFileDialog.getSaveFileName(window, tr("Save import template"), f"mau-{FILE_NAMES[kind]}.xlsx",
                                          tr("Excel workbook (*.xlsx)"))
    if not path:
        return
    from ...core.errors import UserError
    from ...core.excel_export import write_template
    try:
        write_template(kind, Path(path))
    except (OSError, UserError) as e:
        QMessageBox.warning(window, tr("Save import template"), str(e))


def install(window) -> None:
    imp = QAction(tr("Import from Excel…"), window)
    imp.setObjectName("excel_import")
    imp.setStatusTip(tr("Import members, unions, officers or course enrolments from an Excel workbook"))
    imp.triggered.connect(lambda: open_import_wizard(window))
    exp = QAction(tr("Export current list to Excel…"), window)
    exp.setObjectName("excel_export")
    exp.setStatusTip(tr("Save the list shown, with its current filter, as an Excel workbook"))
    exp.triggered.connect(lambda: export_current_list(window))
    other = QAction(tr("Export another list to Excel…"), window)
    other.setObjectName("excel_export_other")
    other.triggered.connect(lambda: export_current_list(window, ask=True))
    tpl = QAction(tr("Save import template…"), window)
    tpl.setObjectName("excel_template")
    tpl.triggered.connect(lambda: save_template(window))
    window.add_feature_actions("import_export", imp, exp, toolbar=True)
    window.add_feature_actions("import_export", other, tpl)
