"""One lazy, SQL-backed table model for every list in the window.

The rows are a core ``ListQuery`` (``core/listing.py``: search, filters, sort, the
paging plans); the model keeps one page at a time and Qt asks for the next one
(``canFetchMore``/``fetchMore``) when the view scrolls near the end. The total number
of matching rows is counted on a separate read-only connection in a worker thread and
reported with ``countChanged``; until it arrives the window shows "≥ N". Orders no
index gives (members by birth date) are sorted there too, into a list of ids.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

import sqlite_utils
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, QTimer, Signal

from desktop_app.core.listing import Column, ListQuery, ListSpec, Sort
from desktop_app.core.storage import sqlite_driver as sqlite3  # SQLCipher: one library for every file
from desktop_app.core.text import vn_date, vn_number
from desktop_app.core.vocabulary import Vocabulary
from desktop_app.ui import operations
from desktop_app.ui.i18n import tr

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

COUNT_DELAY_MS = 250


def value_label(vocabulary: Vocabulary, code: str | None) -> str:
    """The label of a stored code in the window's language ('' for None)."""
    if code is None or code == "":
        return ""
    return QCoreApplication.translate(vocabulary.context, vocabulary.en(str(code)))


def format_value(column: Column, value: Any) -> str:
    if value is None or value == "":
        return ""
    if column.kind == "date":
        try:
            return vn_date(str(value))
        except ValueError:
            return str(value)
    if column.kind == "datetime":
        text = str(value)
        try:
            return vn_date(text[:10]) + (" " + text[11:16] if len(text) > 10 else "")
        except ValueError:
            return text
    if column.kind in ("number", "money"):
        return vn_number(value)
    if column.kind == "enum":
        return value_label(column.vocabulary, str(value)) if column.vocabulary else str(value)
    if column.kind == "bool":
        return tr("Values", "Yes") if value else tr("Values", "No")
    return str(value)


def database_file(db: sqlite_utils.Database) -> str | None:
    for _, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return file or None
    return None


class _Counter:
    """Counts (or lists the ids of) rows off the UI thread, on the worker's own
    read-only connection; a new start or ``cancel`` interrupts the one running."""

    def __init__(self, owner: QObject, counted: Callable[[int, Any], None]):
        self._owner = owner
        self._counted = counted
        self._job: operations.Handle | None = None

    def start(self, path: str, generation: int, sql: str, params: Sequence[Any], column: bool = False) -> None:
        self.cancel()
        params = list(params)

        def work(db, _progress):
            cursor = db.execute(sql, params)
            return [r[0] for r in cursor] if column else cursor.fetchone()[0]

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, sqlite3.Error):  # interrupted by a newer search: nothing to say
                raise exc

        self._job = operations.run(path, work, done=lambda n: self._counted(generation, n), failed=failed,
                                   owner=self._owner, name="count")

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None


class SqlTableModel(QAbstractTableModel):
    """Rows of ``spec.from_sql`` matching the search text and filters, ``PAGE`` at a time."""

    PAGE = 200
    countChanged = Signal(int, bool)  # number of rows, whether exact (False: "at least")
    busyChanged = Signal(bool)        # sorting in the background
    pageLoaded = Signal()             # a first page read in the background has arrived

    def __init__(self, db: sqlite_utils.Database, spec: ListSpec, parent: QObject | None = None,
                 background_count: bool = True):
        super().__init__(parent)
        self.db = db
        self.spec = spec
        self._rows: list[tuple] = []
        self._more = False
        self._search = ""
        self._filters: dict[str, tuple[str, list[Any]]] = {}
        self._sort_column = spec.default_sort
        self._sort_order = Qt.SortOrder.DescendingOrder if spec.default_descending else Qt.SortOrder.AscendingOrder
        self._generation = 0
        self._started = False
        self._count: int | None = None
        self._relevance = True
        self._query = self.query()
        self.busy = False
        self._sorter = _Counter(self, self._on_sorted)
        self._background_count = background_count
        self._counter = _Counter(self, self._on_counted)
        # Counting waits until typing pauses, so it never competes with the next keystroke.
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._count_now)
        self._path = database_file(db)

    # ---- what is shown -------------------------------------------------------------
    def set_search(self, text: str) -> None:
        if text == self._search:
            return
        if not self._search.strip():
            self._relevance = True  # a new search starts with the best matches first
        self._search = text
        self.reload()

    def sort_by_column(self) -> bool:
        """Whether the rows are in the order of a column (False: best matches first)."""
        return not self.relevance_mode()

    def search_text(self) -> str:
        return self._search

    def set_filter(self, name: str, condition: tuple[str, Sequence[Any]] | None, reload: bool = True) -> None:
        """Add (or with None remove) a named SQL condition over ``spec.from_sql``."""
        if condition is None:
            changed = self._filters.pop(name, None) is not None
        else:
            new = (condition[0], list(condition[1]))
            changed = self._filters.get(name) != new
            self._filters[name] = new
        if changed and reload:
            self.reload()

    def filters(self) -> dict[str, tuple[str, list[Any]]]:
        return dict(self._filters)

    def query(self) -> ListQuery:
        """A new query of what the list shows now (for an export: the same rows, same order)."""
        return ListQuery(self.db, self.spec, self._search, self._filters,
                         Sort(self._sort_column, self._sort_order == Qt.SortOrder.DescendingOrder),
                         ranked=self._relevance)

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition of what the list shows."""
        return self._query.where()

    def relevance_mode(self) -> bool:
        return self._query.relevance_mode()

    def reload(self) -> None:
        """Read the first page again (after a change of search, filter, sort or data)."""
        self._generation += 1
        self._started = True
        self._count_timer.stop()
        self._counter.cancel()
        self._sorter.cancel()
        self._query = self.query()
        if self._query.needs_id_list():
            if self._background_count and self._path:
                sql, params = self._query.ids_sql()
                self._more = False  # the old rows stay until the new order arrives
                self._set_busy(True)
                self._sorter.start(self._path, self._generation, sql, params, column=True)
            else:
                self._apply_ids(self._query.ids())
            return
        self._set_busy(False)
        rows = self._query.page(0, self.PAGE + 1)
        self.beginResetModel()
        self._more = len(rows) > self.PAGE or self._query.deferred
        self._rows = rows[: self.PAGE]
        self.endResetModel()
        self._count = None
        if not self._more:
            self._set_count(len(self._rows))
        else:
            self.countChanged.emit(len(self._rows), False)
            self._start_count()

    def stop(self) -> None:
        self._generation += 1  # results still on their way are ignored
        self._count_timer.stop()
        self._counter.cancel()
        self._sorter.cancel()

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.busyChanged.emit(busy)

    def _on_sorted(self, generation: int, ids: Any) -> None:
        if generation == self._generation:
            self._apply_ids(ids)
            self.pageLoaded.emit()

    def _apply_ids(self, ids: list[int]) -> None:
        self._query.use_ids(ids)
        rows = self._query.page(0, self.PAGE)
        self.beginResetModel()
        self._rows = rows
        self._more = len(ids) > len(rows)
        self.endResetModel()
        self._set_busy(False)
        self._set_count(len(ids))

    def _start_count(self) -> None:
        if self._background_count and self._path:
            self._count_timer.start()
        else:
            self._count_now()

    def _count_now(self) -> None:
        sql, params = self._query.count_sql()
        if self._background_count and self._path:
            self._counter.start(self._path, self._generation, sql, params)
        else:
            self._set_count(self.db.execute(sql, params).fetchone()[0])

    def _on_counted(self, generation: int, n: int) -> None:
        if generation == self._generation:
            self._set_count(n)

    def _set_count(self, n: int) -> None:
        self._count = n
        self.countChanged.emit(n, True)

    def total(self) -> int | None:
        """The number of matching rows, or None while it is being counted."""
        return self._count

    def wait_for_count(self, timeout_ms: int = 5000) -> int | None:
        """For tests and the probe: process events until the count has arrived."""
        deadline = time.monotonic() + timeout_ms / 1000
        while self._count is None and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.002)
        return self._count

    # ---- paging ----------------------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        rows = self._query.page(len(self._rows), self.PAGE + 1)
        more = len(rows) > self.PAGE or self._query.deferred
        rows = rows[: self.PAGE]
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self._more = more
            self.endInsertRows()
        else:
            self._more = False
        if self._count is None and self._more:
            self.countChanged.emit(len(self._rows), False)

    # ---- Qt model interface ----------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.spec.columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.spec.columns[index.column()]
        value = row[index.column() + 1]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return format_value(column, value)
        if role in (Qt.ItemDataRole.EditRole, SORT_ROLE):
            return "" if value is None else value
        if role == ID_ROLE:
            return row[0]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.kind in ("number", "money"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Roles we do not serve must be an *invalid* QVariant (None): an empty string
        # would give every cell a check box (CheckStateRole) and a broken font. The
        # PySide6 refcount bug is on the way back (an invalid QVariant handed to Python
        # as None, e.g. ``index.data(role)``); nothing in the program reads these roles.
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.spec.columns):
                return QCoreApplication.translate("Columns", self.spec.columns[section].title)
            if orientation == Qt.Orientation.Vertical:
                return str(section + 1)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.spec.columns):
            return
        chosen = self._started and (column, order) != (self._sort_column, self._sort_order)
        if chosen:
            self._relevance = False
        if (column, order) == (self._sort_column, self._sort_order) and self._rows and not self.relevance_mode():
            return
        self._sort_column = column
        self._sort_order = order
        if self._started:
            self.reload()

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    # ---- ids -------------------------------------------------------------------------
    def row_id(self, row: int) -> int | None:
        if 0 <= row < len(self._rows):
            return self._rows[row][0]
        return None

    def row_of_id(self, record_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r[0] == record_id:
                return i
        return -1

    def value(self, row: int, key: str) -> Any:
        return self._rows[row][self.spec.column_index(key) + 1]


def make_model(db: sqlite_utils.Database, spec: ListSpec, parent: QObject | None = None,
               on_count: Callable[[int, bool], None] | None = None) -> SqlTableModel:
    model = SqlTableModel(db, spec, parent)
    if on_count:
        model.countChanged.connect(on_count)
    return model
