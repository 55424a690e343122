"""One lazy, SQL-backed table model for every list in the window.

The model never loads a whole table: it reads one page (``PAGE`` rows) at a time with
``ORDER BY ... LIMIT``, and Qt asks for the next page (``canFetchMore``/``fetchMore``)
when the view scrolls near the end. Sorting and filtering are SQL, so the first page of
609,274 members comes straight off the ``members(status, name_folded, birth_date)``
index. The total number of matching rows is counted on a separate read-only
connection in a worker thread and reported with ``countChanged``; until it arrives the
window shows "≥ N".

Search uses the core search's accent-folded FTS index. A short prefix ("n") can match
hundreds of thousands of members, and materialising them all to sort by name is slow;
when the FTS index says there are many matches the model walks the name index in order
instead and checks each row's folded words with ``LIKE`` (the same accent-free,
word-prefix, any-order rule), which finds a page of matches after a few thousand rows.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal

from ..core.search import _TOKEN, fts_query
from ..core.text import fold, vn_date, vn_number

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

# Below this many FTS matches the ids are sorted directly; above it the name index is
# walked in order and each row checked with LIKE.
DENSE_MATCHES = 3000


@dataclass(frozen=True)
class Column:
    key: str
    title: str                      # English source text, translated in context "Columns"
    expr: str                       # SQL expression in the SELECT list
    sort: str | None = None         # ORDER BY expression (default: expr)
    kind: str = "text"              # text | date | number | money | enum | bool
    labels: dict[str, str] = field(default_factory=dict)  # enum code -> English label ("Values")
    width: int = 120


@dataclass(frozen=True)
class ListSpec:
    key: str                        # "unions", "members", "events", "courses"
    table: str                      # the table whose ids the rows are
    from_sql: str                   # FROM clause (table plus joins)
    columns: tuple[Column, ...]
    default_sort: int = 0
    default_order: Qt.SortOrder = Qt.SortOrder.AscendingOrder
    fts: str | None = None          # FTS table over ``table`` (members_fts / unions_fts)
    like_column: str | None = None  # folded text checked with LIKE when FTS matches are many
    tiebreak: str = ""              # appended to ORDER BY so pages are stable

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)


def tr_value(text: str) -> str:
    return QCoreApplication.translate("Values", text)


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
        return tr_value(column.labels.get(str(value), str(value)))
    if column.kind == "bool":
        return tr_value("Yes") if value else tr_value("No")
    return str(value)


def database_file(db: sqlite_utils.Database) -> str | None:
    for _, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return file or None
    return None


class _Counter(QObject):
    """Counts rows on a private read-only connection, off the UI thread."""

    counted = Signal(int, int)  # generation, count

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def start(self, path: str, generation: int, sql: str, params: Sequence[Any]) -> None:
        self.cancel()
        thread = threading.Thread(target=self._run, args=(path, generation, sql, list(params)), daemon=True)
        thread.start()

    def cancel(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.interrupt()

    def _run(self, path: str, generation: int, sql: str, params: list[Any]) -> None:
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        except sqlite3.Error:
            return
        with self._lock:
            self._conn = conn
        try:
            n = conn.execute(sql, params).fetchone()[0]
        except sqlite3.Error:
            return
        finally:
            with self._lock:
                if self._conn is conn:
                    self._conn = None
            conn.close()
        try:
            self.counted.emit(generation, n)
        except RuntimeError:  # the model went away while we counted
            pass


class SqlTableModel(QAbstractTableModel):
    """Rows of ``spec.from_sql`` matching the search text and filters, ``PAGE`` at a time."""

    PAGE = 200
    countChanged = Signal(int, bool)  # number of rows, whether exact (False: "at least")

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
        self._sort_order = spec.default_order
        self._generation = 0
        self._started = False
        self._count: int | None = None
        self._dense: tuple[str, list[Any]] | None = None
        self._ids: list[int] | None = None
        self._background_count = background_count
        self._counter = _Counter(self)
        self._counter.counted.connect(self._on_counted)
        self._path = database_file(db)

    # ---- what is shown -------------------------------------------------------------
    def set_search(self, text: str) -> None:
        if text == self._search:
            return
        self._search = text
        self.reload()

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

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition of what the list shows (exact FTS form), for exports."""
        parts, params = self._filter_parts()
        expression = fts_query(self._search) if self.spec.fts else None
        if expression is not None:
            parts.append(f"{self.spec.table}.id IN (SELECT rowid FROM {self.spec.fts} "
                         f"WHERE {self.spec.fts} MATCH ?)")
            params.append(expression)
        return (" AND ".join(f"({p})" for p in parts) or "1", params)

    def _filter_parts(self) -> tuple[list[str], list[Any]]:
        parts: list[str] = []
        params: list[Any] = []
        for sql, p in self._filters.values():
            parts.append(sql)
            params.extend(p)
        return parts, params

    def _search_plan(self) -> tuple[list[str], list[Any]]:
        """Conditions for the page query: either ``id IN (ids)`` for few FTS matches or
        word-prefix LIKE checks for many."""
        self._dense = None
        self._ids = None
        if not self.spec.fts:
            if self._search.strip() and self.spec.like_column:
                return self._like_parts()
            return [], []
        expression = fts_query(self._search)
        if expression is None:
            return [], []
        fts = self.spec.fts
        ids = [r[0] for r in self.db.execute(
            f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? LIMIT ?", [expression, DENSE_MATCHES + 1])]
        if len(ids) <= DENSE_MATCHES or not self.spec.like_column:
            self._ids = ids
            if not ids:
                return ["0"], []
            return [f"{self.spec.table}.id IN ({','.join(map(str, ids))})"], []
        return self._like_parts()

    def _like_parts(self) -> tuple[list[str], list[Any]]:
        tokens = _TOKEN.findall(fold(self._search))
        column = self.spec.like_column
        parts = [f"(' ' || {column}) LIKE ? ESCAPE '\\'" for _ in tokens]
        params = ["% " + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" for t in tokens]
        self._dense = (" AND ".join(parts), params)
        return parts, params

    def _order_by(self) -> str:
        column = self.spec.columns[self._sort_column]
        direction = "DESC" if self._sort_order == Qt.SortOrder.DescendingOrder else "ASC"
        exprs = (column.sort or column.expr).split(",")
        if self.spec.tiebreak:
            exprs += self.spec.tiebreak.split(",")
        return ", ".join(f"{e.strip()} {direction}" for e in exprs)

    def _page_sql(self) -> tuple[str, list[Any]]:
        parts, params = self._filter_parts()
        search_parts, search_params = self._search_plan()
        parts += search_parts
        params += search_params
        where = " AND ".join(f"({p})" for p in parts) or "1"
        select = ", ".join([f"{self.spec.table}.id"] + [c.expr for c in self.spec.columns])
        self._where_sql = (where, list(params))
        return f"SELECT {select} FROM {self.spec.from_sql} WHERE {where} ORDER BY {self._order_by()}", params

    def reload(self) -> None:
        """Read the first page again (after a change of search, filter, sort or data)."""
        self._generation += 1
        self._started = True
        self._counter.cancel()
        sql, params = self._page_sql()
        self._sql = sql
        self._params = params
        rows = self.db.execute(f"{sql} LIMIT ?", [*params, self.PAGE + 1]).fetchall()
        self.beginResetModel()
        self._more = len(rows) > self.PAGE
        self._rows = rows[: self.PAGE]
        self.endResetModel()
        self._count = None
        if not self._more:
            self._set_count(len(self._rows))
        elif self._ids is not None:
            self._set_count(len(self._count_ids()))
        else:
            self.countChanged.emit(len(self._rows), False)
            self._start_count()

    def _count_ids(self) -> list[int]:
        return self._ids or []

    def _start_count(self) -> None:
        where, params = self._where_sql
        sql = f"SELECT count(*) FROM {self.spec.from_sql} WHERE {where}"
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
        import time

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
        rows = self.db.execute(f"{self._sql} LIMIT ? OFFSET ?",
                               [*self._params, self.PAGE + 1, len(self._rows)]).fetchall()
        more = len(rows) > self.PAGE
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
        if (column, order) == (self._sort_column, self._sort_order) and self._rows:
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
