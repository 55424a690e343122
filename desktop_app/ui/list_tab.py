"""A list tab: search box, filters, the lazy table and a detail pane beside it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.text import vn_number
from desktop_app.ui import i18n
from desktop_app.ui.flow_layout import FlowLayout
from desktop_app.ui.table_model import ListSpec, SqlTableModel

SEARCH_DEBOUNCE_MS = 120


class ListTab(QWidget):
    """One list of records. ``details(id) -> html`` fills the pane beside the table."""

    selectionChanged = Signal(int)  # the selected id, or -1 (never None through a signal: PySide6 bug)
    activated = Signal(int)            # Enter / double click on a row

    def __init__(self, db, spec: ListSpec, details: Callable[[int], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec
        self.key = spec.key
        self._details = details
        self.model = SqlTableModel(db, spec, self)
        self.model.countChanged.connect(self._show_count)
        self.model.busyChanged.connect(self._show_busy)
        self.model.pageLoaded.connect(lambda: self._after_reload(self._keep))
        self._keep: int | None = None

        self.search = QLineEdit(self)
        self.search.setObjectName(f"{self.key}_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search (no accents needed, any word order)…  Ctrl+F"))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._focus_table)

        self.filter_bar = QHBoxLayout()
        self.filter_bar.setContentsMargins(0, 0, 0, 0)
        self.count_label = QLabel(self)
        self.count_label.setObjectName(f"{self.key}_count")
        # Wraps to a second row when the window is narrow (1366×768 at 150 % scaling).
        self.button_bar = FlowLayout()
        self.button_bar.setContentsMargins(0, 0, 0, 0)

        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addLayout(self.filter_bar)
        top.addWidget(self.count_label)

        self.view = QTableView(self)
        self.view.setObjectName(f"{self.key}_table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSortIndicator(spec.default_sort, Qt.SortOrder.DescendingOrder if spec.default_descending
                                else Qt.SortOrder.AscendingOrder)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.sortIndicatorChanged.connect(lambda *_: header.setSortIndicatorShown(True))
        for i, column in enumerate(spec.columns):
            self.view.setColumnWidth(i, column.width)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.view.doubleClicked.connect(lambda index: self._activate(index.row()))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda: self._activate(self.view.currentIndex().row()))

        self.detail = QTextBrowser(self)
        self.detail.setObjectName(f"{self.key}_detail")
        self.detail.setOpenLinks(False)
        self.detail.setPlaceholderText(self.tr("Select a row to see its details."))

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(self.button_bar)
        self._loaded = False
        self.filter_combos: dict[str, QComboBox] = {}
        self._selection_buttons: list[QPushButton] = []

    # ---- filters and buttons ----------------------------------------------------------
    def add_filter(self, name: str, label: str, choices: list[tuple[str, Any]],
                   to_condition: Callable[[Any], tuple[str, list[Any]] | None], default: int = 0,
                   combo: QComboBox | None = None) -> QComboBox:
        """A combo box of (label, value) choices; ``to_condition(value)`` gives its SQL."""
        combo = combo if combo is not None else QComboBox(self)
        combo.setObjectName(f"{self.key}_filter_{name}")
        combo.setToolTip(label)
        combo.setMaxVisibleItems(25)
        for text, value in choices:
            combo.addItem(text, value)
        combo.setCurrentIndex(default)
        self.model.set_filter(name, to_condition(combo.currentData()), reload=False)

        def changed(_i: int) -> None:
            self.model.set_filter(name, to_condition(combo.currentData()))
            self._after_reload()
        combo.currentIndexChanged.connect(changed)
        caption = QLabel(label + ":", self)
        caption.setBuddy(combo)
        self.filter_bar.addWidget(caption)
        self.filter_bar.addWidget(combo)
        self.filter_combos[name] = combo
        return combo

    def add_button(self, text: str, slot: Callable[[], None], name: str | None = None,
                   needs_selection: bool = False) -> QPushButton:
        """A button under the list; one that acts on the selected record is disabled while
        no row is selected (a click that silently does nothing looks broken)."""
        button = QPushButton(text, self)
        if name:
            button.setObjectName(name)
        button.clicked.connect(slot)
        self.button_bar.addWidget(button)
        if needs_selection:
            self._selection_buttons.append(button)
            button.setEnabled(self.selected_id() is not None)
        return button

    def finish_buttons(self) -> None:
        """Kept for callers: the flow layout packs the buttons to the left by itself."""

    # ---- loading ----------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        if not self._loaded:
            self._loaded = True
            column, order = self.view.horizontalHeader().sortIndicatorSection(), \
                self.view.horizontalHeader().sortIndicatorOrder()
            if 0 <= column < len(self.spec.columns):
                self.model._sort_column, self.model._sort_order = column, order
            self.model.reload()
            self._after_reload()

    def refresh(self, keep_id: int | None = None) -> None:
        """Read the rows again (data changed) and keep the selected record selected."""
        keep = keep_id if keep_id is not None else self.selected_id()
        self._loaded = True
        self.model.reload()
        self._after_reload(keep)

    def apply_search(self) -> None:
        self._debounce.stop()
        self._loaded = True
        self.model.set_search(self.search.text())
        self.view.horizontalHeader().setSortIndicatorShown(self.model.sort_by_column())
        self._after_reload()

    def _after_reload(self, keep: int | None = None) -> None:
        row = self.model.row_of_id(keep) if keep is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
        else:
            self._row_changed()

    def _show_busy(self, busy: bool) -> None:
        if busy:
            self._keep = self.selected_id()
            self.count_label.setText(self.tr("sorting…"))
        self.view.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def _show_count(self, n: int, exact: bool) -> None:
        text = vn_number(n) if exact else "≥ " + vn_number(n)
        self.count_label.setText(self.tr("%1 rows").replace("%1", text))

    def _focus_table(self) -> None:
        self.apply_search()
        self.view.setFocus()

    # ---- selection --------------------------------------------------------------------
    def selected_id(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_id(index.row())

    def select_id(self, record_id: int) -> bool:
        row = self.model.row_of_id(record_id)
        if row < 0:
            return False
        self.view.selectRow(row)
        return True

    def _row_changed(self, *_args) -> None:
        record_id = self.selected_id()
        self.show_details(record_id)
        for button in self._selection_buttons:
            button.setEnabled(record_id is not None)
        self.selectionChanged.emit(-1 if record_id is None else record_id)

    def show_details(self, record_id: int | None) -> None:
        if record_id is None:
            self.detail.clear()
            return
        try:
            self.detail.setHtml(self._details(record_id))
        except Exception as e:  # a record deleted elsewhere; never leave a traceback on screen
            self.detail.setPlainText(i18n.message(e))

    def _activate(self, row: int) -> None:
        record_id = self.model.row_id(row)
        if record_id is not None:
            self.activated.emit(record_id)

    def stop(self) -> None:
        """No more queries: pending search, count and sort are dropped (window closing,
        database about to be closed)."""
        self._debounce.stop()
        self.model.stop()

    # ---- remembered layout ------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue(f"{self.key}/header", self.view.horizontalHeader().saveState())
        settings.setValue(f"{self.key}/splitter", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        if settings.contains(f"{self.key}/header"):
            self.view.horizontalHeader().restoreState(settings.value(f"{self.key}/header"))
        if settings.contains(f"{self.key}/splitter"):
            self.splitter.restoreState(settings.value(f"{self.key}/splitter"))
