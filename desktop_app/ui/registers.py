"""The registers kept beside the lists (awards, congresses, dues): one dialog each with
filters, a table, and buttons to add, edit, delete, export and print. Thin over core:
every change is one core call (one transaction, audited); the window is told of each
so that Ctrl+Z can undo it and the views that show it refresh."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import UserError
from desktop_app.ui import dialogs, i18n
from desktop_app.ui.i18n import tr
from desktop_app.ui.undo import restore, snapshot

OnChange = Callable[[str, Callable[[Any], None]], None]
R = "Registers"  # translation context


class RegisterDialog(QDialog):
    """A register: ``load(filters, search)`` gives the rows (dicts with ``id``),
    ``cells(row)`` their texts; subclasses name the dialogs and core calls."""

    kind = ""          # the undo/refresh kind ("awards")
    headers: list[str] = []
    right_aligned: tuple[int, ...] = ()

    def __init__(self, parent: QWidget | None, db, on_change: OnChange | None = None):
        super().__init__(parent)
        self.db = db
        self.on_change = on_change or (lambda _d, _u: None)
        self.rows: list[dict[str, Any]] = []
        self.filters: dict[str, QComboBox] = {}
        self.setObjectName(f"{self.kind}_register")
        layout = QVBoxLayout(self)
        self.bar = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName(f"{self.kind}_search")
        self.search.setPlaceholderText(tr(R, "Search…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.reload)
        self.bar.addWidget(self.search, 1)
        layout.addLayout(self.bar)
        self.table = QTableWidget(0, len(self.headers), self)
        self.table.setObjectName(f"{self.kind}_table")
        self.table.setHorizontalHeaderLabels(self.headers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit())
        for key, slot in ((Qt.Key.Key_Delete, self.delete), (Qt.Key.Key_Return, self.edit),
                          (Qt.Key.Key_Enter, self.edit)):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        layout.addWidget(self.table, 1)
        self.count = QLabel(self)
        self.count.setObjectName(f"{self.kind}_count")
        layout.addWidget(self.count)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, text in (("add", tr(R, "Add…")), ("edit", tr(R, "Edit…")), ("delete", tr(R, "Delete…")),
                           ("export", tr(R, "Export to Excel…")), ("print", self.print_label())):
            button = QPushButton(text, self)
            button.setObjectName(f"{self.kind}_{name}")
            button.clicked.connect(lambda _checked=False, n=name: getattr(self, n)())
            buttons.addWidget(button)
            self.buttons[name] = button
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(1180, 680)

    # ---- filters and rows ------------------------------------------------------------
    def add_filter(self, name: str, label: str, choices: list[tuple[str, Any]], default: int = 0) -> QComboBox:
        caption = QLabel(label, self)
        combo = QComboBox(self)
        combo.setObjectName(f"{self.kind}_filter_{name}")
        for text, value in choices:
            combo.addItem(text, value)
        combo.setCurrentIndex(default)
        combo.currentIndexChanged.connect(self.reload)
        self.bar.addWidget(caption)
        self.bar.addWidget(combo)
        self.filters[name] = combo
        return combo

    def filter_values(self) -> dict[str, Any]:
        return {name: (combo.currentData() if combo.currentData() != "" else None)
                for name, combo in self.filters.items()}

    def load(self, filters: dict[str, Any], search: str) -> list[dict[str, Any]]:
        raise NotImplementedError

    def cells(self, row: dict[str, Any]) -> list[str]:
        raise NotImplementedError

    def reload(self, *_args) -> None:
        keep = self.selected()
        self.rows = self.load(self.filter_values(), self.search.text())
        self.table.setRowCount(len(self.rows))
        for r, record in enumerate(self.rows):
            for c, value in enumerate(self.cells(record)):
                item = QTableWidgetItem(str(value or ""))  # never setItem(None): see ui/__init__
                item.setToolTip(str(value or ""))
                if c in self.right_aligned:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for c in range(self.table.columnCount()):
            self.table.setColumnWidth(c, min(self.table.columnWidth(c) + 12, 320))
        ids = [x["id"] for x in self.rows]
        if keep in ids:
            self.table.selectRow(ids.index(keep))
        self.count.setText(tr(R, "%1 rows").replace("%1", str(len(self.rows))))
        self._update_buttons()

    def selected(self) -> int | None:
        model = self.table.selectionModel()
        chosen = model.selectedRows() if model else []
        if not chosen or chosen[0].row() >= len(self.rows):
            return None
        return self.rows[chosen[0].row()]["id"]

    def select(self, record_id: int) -> None:
        ids = [x["id"] for x in self.rows]
        if record_id in ids:
            self.table.selectRow(ids.index(record_id))

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.buttons["edit"].setEnabled(chosen)
        self.buttons["delete"].setEnabled(chosen)

    # ---- changes -----------------------------------------------------------------------
    def make_dialog(self, record_id: int | None) -> dialogs.FormDialog:
        raise NotImplementedError

    def remove(self, record_id: int, db=None) -> None:
        """Delete through core (``db``: the connection of an undo, else the dialog's)."""
        raise NotImplementedError

    def describe(self, record: dict[str, Any]) -> str:
        raise NotImplementedError

    def _run(self, d: dialogs.FormDialog) -> Any:
        try:
            return dialogs.run_dialog(d)
        finally:
            shiboken6.delete(d)  # at once: a deferred delete could outlive the window

    def _changed(self, description: str, undo: Callable[[Any], None], record_id: int | None) -> None:
        self.on_change(description, undo)
        self.reload()
        if record_id is not None:
            self.select(record_id)

    def add(self) -> None:
        new_id = self._run(self.make_dialog(None))
        if new_id is not None:
            self._changed(tr(R, "adding to a register"), lambda db: self.remove(new_id, db), new_id)

    def edit(self) -> None:
        record_id = self.selected()
        if record_id is None:
            return
        saved = snapshot(self.db, self.kind, record_id)
        if self._run(self.make_dialog(record_id)) is not None:
            self._changed(tr(R, "editing a register"), lambda db: restore(db, self.kind, record_id, saved), record_id)

    def delete(self) -> None:
        record_id = self.selected()
        if record_id is None:
            return
        record = next(x for x in self.rows if x["id"] == record_id)
        answer = QMessageBox.question(self, tr(R, "Delete"), self.describe(record) + "\n\n" +
                                      tr(R, "(Ctrl+Z in the main window undoes it.)"),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        saved = snapshot(self.db, self.kind, record_id)
        try:
            self.remove(record_id)
        except UserError as e:
            QMessageBox.warning(self, tr(R, "Cannot delete"), i18n.message(e))
            self.reload()
            return
        self._changed(tr(R, "deleting from a register"), lambda db: restore(db, self.kind, record_id, saved), None)

    # ---- files -------------------------------------------------------------------------
    def print_label(self) -> str:
        return tr(R, "Print…")

    def export(self) -> None:
        from desktop_app.core.excel.export import export_list
        # (the audit viewer exports the whole log: its list kind is "audit")

        title = tr(R, "Export to Excel")
        path, _ = QFileDialog.getSaveFileName(self, title, f"{self.file_name()}.xlsx",
                                              tr(R, "Excel workbook (*.xlsx)"))
        if not path:
            return
        path = path if path.lower().endswith(".xlsx") else path + ".xlsx"
        try:
            n = export_list(self.db, self.kind, Path(path))
        except (OSError, UserError) as e:
            QMessageBox.warning(self, title, i18n.message(e))
            return
        QMessageBox.information(self, title, tr(R, "%1 rows saved to\n%2").replace("%1", str(n)).replace("%2", path))

    def file_name(self) -> str:
        return self.kind

    def print(self) -> None:
        raise NotImplementedError

    def save_pdf(self, title: str, file_name: str, build: Callable[[Path], Path]) -> Path | None:
        """Ask where, build the document there, say where it is."""
        path, _ = QFileDialog.getSaveFileName(self, title, file_name, tr(R, "PDF document (*.pdf)"))
        if not path:
            return None
        path = path if path.lower().endswith(".pdf") else path + ".pdf"
        try:
            out = build(Path(path))
        except (OSError, UserError) as e:
            QMessageBox.warning(self, title, i18n.message(e))
            return None
        QMessageBox.information(self, title, tr(R, "Saved to\n%1").replace("%1", str(out)))
        return out


def show(d: RegisterDialog) -> None:
    d.reload()
    try:
        d.exec()
    finally:
        shiboken6.delete(d)
