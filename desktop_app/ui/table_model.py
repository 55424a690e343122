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

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, QTimer, Signal

from desktop_app.core.search import WORD, fts_query, ranked_ids
from desktop_app.core.storage.files import open_read_only
from desktop_app.core.text import fold, vn_date, vn_number

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

# Below this many FTS matches the ids are sorted directly; above it the name index is
# walked in order and each row checked with LIKE.
DENSE_MATCHES = 10000
# How long the name-order LIKE walk may try before the FTS index is asked instead.
LIKE_BUDGET_S = 0.006
COUNT_DELAY_MS = 250


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
    relevance: bool = False         # while searching, best matches first until a column is clicked
    prefix_column: str | None = None  # folded name column: names starting with the search come first
    name_sort: str | None = None      # the ``sort`` of the name column that prefix_column orders
    selective_filters: tuple[str, ...] = ()  # filters that leave few rows: search those with LIKE
    fast_sorts: tuple[str, ...] | None = None  # columns an index sorts; the others are sorted in
    # the background once into a list of ids (seconds over 609,274 members), then paged from it
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

    counted = Signal(int, object)  # generation, count (or the list of ids with column=True)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def start(self, path: str, generation: int, sql: str, params: Sequence[Any], column: bool = False) -> None:
        self.cancel()
        thread = threading.Thread(target=self._run, args=(path, generation, sql, list(params), column), daemon=True)
        thread.start()

    def cancel(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.interrupt()

    def _run(self, path: str, generation: int, sql: str, params: list[Any], column: bool = False) -> None:
        try:
            conn = open_read_only(Path(path))   # also on a write-protected drive
        except sqlite3.Error:
            return
        with self._lock:
            self._conn = conn
        try:
            cursor = conn.execute(sql, params)
            n = [r[0] for r in cursor] if column else cursor.fetchone()[0]
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
        self._sort_order = spec.default_order
        self._generation = 0
        self._started = False
        self._count: int | None = None
        self._relevance = True
        self._ranked: list[int] | None = None
        self._ranked_done = False
        self._tiers: dict[str, Any] | None = None
        self._id_list: list[int] | None = None
        self.busy = False
        self._sorter = _Counter(self)
        self._sorter.counted.connect(self._on_sorted)
        self._sql, self._params = "", []
        self._background_count = background_count
        self._counter = _Counter(self)
        self._counter.counted.connect(self._on_counted)
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

    # ---- how a page is read -------------------------------------------------------------
    def relevance_mode(self) -> bool:
        """Searching the members with no column chosen: best matches first (core ranking:
        exact diacritics, then the typed word order, then any order)."""
        return (self.spec.relevance and self._relevance and fts_query(self._search) is not None
                and not any(name in self.spec.selective_filters for name in self._filters))

    def _like_parts(self) -> tuple[list[str], list[Any]]:
        tokens = WORD.findall(fold(self._search))
        column = self.spec.like_column
        parts = [f"(' ' || {column}) LIKE ? ESCAPE '\\'" for _ in tokens]
        params = ["% " + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" for t in tokens]
        return parts, params

    def _plan_sql(self, from_sql: str, parts: list[str], params: list[Any],
                  from_params: tuple[Any, ...] = ()) -> tuple[str, list[Any]]:
        filter_parts, filter_params = self._filter_parts()
        where = " AND ".join(f"({p})" for p in filter_parts + parts) or "1"
        sql = f"SELECT {self._select()} FROM {from_sql} WHERE {where} ORDER BY {self._order_by()}"
        return sql, [*from_params, *filter_params, *params]

    def _name_prefix(self) -> str | None:
        """When the list is in name order and searched: the folded typed words, which
        name the rows that start with them (a family name, "nguyen van h")."""
        if not self.spec.prefix_column or self._sort_order != Qt.SortOrder.AscendingOrder:
            return None
        if self.spec.columns[self._sort_column].sort != self.spec.name_sort:
            return None
        prefix = " ".join(WORD.findall(fold(self._search)))
        return prefix or None

    def _first_page_sorted(self) -> list[tuple]:
        """Choose how to read a list sorted by a column, and read its first page.

        In name order, rows whose name starts with the typed words come first, read
        straight off the name index (a range), then the other matches ("pham" finds
        all the Phạm family, then "Nguyễn Phạm Anh"); otherwise ``_adaptive``.
        """
        limit = self.PAGE + 1
        self._tiers = None
        if not self._search.strip() or fts_query(self._search) is None:
            self._sql, self._params = self._plan_sql(self.spec.from_sql, [], [])
            return self._read(0, limit)
        prefix = self._name_prefix()
        if prefix is None:
            return self._adaptive([], [], limit)
        column = self.spec.prefix_column
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        like_parts, like_params = self._like_parts()
        first = self._plan_sql(self.spec.from_sql, [f"{column} >= ? AND {column} < ?", *like_parts],
                               [prefix, upper, *like_params])
        self._tiers = {"first": first, "first_total": None, "rest": None,
                       "rest_parts": ([f"NOT ({column} >= ? AND {column} < ?)"], [prefix, upper])}
        return self._read(0, limit)

    def _read_tiers(self, offset: int, count: int) -> list[tuple]:
        t = self._tiers
        rows: list[tuple] = []
        if t["first_total"] is None or offset < t["first_total"]:
            sql, params = t["first"]
            rows = self.db.execute(f"{sql} LIMIT ? OFFSET ?", [*params, count, offset]).fetchall()
            if len(rows) == count:
                return rows
            t["first_total"] = offset + len(rows)
            if rows:
                # The rest of the matches can cost a walk of the whole index; the view
                # asks for them (fetchMore) when it is scrolled to the end.
                t["deferred"] = True
                return rows
        rest_offset = offset + len(rows) - t["first_total"]
        want = count - len(rows)
        if t["rest"] is None:
            saved = self._sql, self._params
            more = self._adaptive(*t["rest_parts"], rest_offset + want)
            t["rest"] = self._sql, self._params
            self._sql, self._params = saved
            return rows + more[rest_offset:]
        sql, params = t["rest"]
        return rows + self.db.execute(f"{sql} LIMIT ? OFFSET ?", [*params, want, rest_offset]).fetchall()

    def _adaptive(self, parts: list[str], params: list[Any], limit: int) -> list[tuple]:
        """Rows matching the search (and ``parts``) in the chosen order, first ``limit``.

        1. Walk the sort order and check each row's folded words with LIKE, under a time
           budget: for common words a page of matches comes within a few hundred rows.
        2. Over budget, the matches are rare: take their ids from the FTS index and, when
           there are not too many, sort just those (CROSS JOIN keeps SQLite from walking
           a whole index to avoid the sort).
        3. Otherwise walk the whole order with LIKE.
        Sets ``_sql``/``_params`` to the plan chosen, for the next pages.
        """
        like_parts, like_params = self._like_parts()
        like_sql, like_params_all = self._plan_sql(self.spec.from_sql, parts + like_parts, params + like_params)
        if self.spec.fts:
            rows = self._with_budget(f"{like_sql} LIMIT ?", [*like_params_all, limit], LIKE_BUDGET_S)
            if rows is not None:
                self._sql, self._params = like_sql, like_params_all
                return rows
            fts = self.spec.fts
            ids = [r[0] for r in self.db.execute(
                f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? LIMIT ?",
                [fts_query(self._search), DENSE_MATCHES + 1])]
            if len(ids) <= DENSE_MATCHES:
                self._sql, self._params = self._plan_sql(
                    f"(SELECT value AS hit_id FROM json_each(?)) AS hits CROSS JOIN {self.spec.from_sql}",
                    [f"{self.spec.table}.id = hits.hit_id", *parts], params, (json.dumps(ids),))
                return self.db.execute(f"{self._sql} LIMIT ?", [*self._params, limit]).fetchall()
        self._sql, self._params = like_sql, like_params_all
        return self.db.execute(f"{like_sql} LIMIT ?", [*like_params_all, limit]).fetchall()

    def _with_budget(self, sql: str, params: list[Any], seconds: float) -> list[tuple] | None:
        """Run a query, or give up (None) when it takes longer than ``seconds``."""
        deadline = time.perf_counter() + seconds
        conn = self.db.conn
        conn.set_progress_handler(lambda: int(time.perf_counter() > deadline), 2000)
        try:
            return conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError as e:
            if "interrupt" in str(e):
                return None
            raise
        finally:
            conn.set_progress_handler(None, 0)

    def _order_by(self) -> str:
        column = self.spec.columns[self._sort_column]
        direction = "DESC" if self._sort_order == Qt.SortOrder.DescendingOrder else "ASC"
        exprs = (column.sort or column.expr).split(",")
        if self.spec.tiebreak:
            exprs += self.spec.tiebreak.split(",")
        return ", ".join(f"{e.strip()} {direction}" for e in exprs)

    def _select(self) -> str:
        return ", ".join([f"{self.spec.table}.id"] + [c.expr for c in self.spec.columns])

    def _read(self, offset: int, count: int) -> list[tuple]:
        """Rows ``offset`` .. ``offset + count`` of the list as it is now."""
        if self._ranked is not None:
            return self._read_ranked(offset, count)
        if self._id_list is not None:
            chunk = self._id_list[offset:offset + count]
            sql = (f"SELECT {self._select()} FROM (SELECT key AS hit_rank, value AS hit_id FROM json_each(?)) AS hits "
                   f"CROSS JOIN {self.spec.from_sql} WHERE {self.spec.table}.id = hits.hit_id ORDER BY hits.hit_rank")
            return self.db.execute(sql, [json.dumps(chunk)]).fetchall()
        if self._tiers is not None:
            return self._read_tiers(offset, count)
        return self.db.execute(f"{self._sql} LIMIT ? OFFSET ?", [*self._params, count, offset]).fetchall()

    def _read_ranked(self, offset: int, count: int) -> list[tuple]:
        """Best matches first: ask the core ranking for more ids until enough of them pass
        the filters (or there are no more)."""
        want = offset + count
        limit = max(2 * want, 400)
        parts, params = self._filter_parts()
        where = " AND ".join(f"({p})" for p in parts) or "1"
        sql = (f"SELECT {self._select()} FROM (SELECT key AS hit_rank, value AS hit_id FROM json_each(?)) AS hits "
               f"CROSS JOIN {self.spec.from_sql} WHERE {self.spec.table}.id = hits.hit_id AND {where} "
               f"ORDER BY hits.hit_rank")
        while True:
            if limit > len(self._ranked) and not self._ranked_done:
                found = ranked_ids(self.db, self.spec.table, self._search, limit)
                self._ranked = [i for i, _ in found]
                self._ranked_done = len(found) < limit
            rows = self.db.execute(sql, [json.dumps(self._ranked), *params]).fetchall()
            if len(rows) >= want or self._ranked_done:
                return rows[offset:want]
            limit *= 4

    def reload(self) -> None:
        """Read the first page again (after a change of search, filter, sort or data)."""
        self._generation += 1
        self._started = True
        self._count_timer.stop()
        self._counter.cancel()
        self._sorter.cancel()
        self._id_list = None
        if self._needs_id_list():
            self._ranked, self._tiers = None, None
            where, params = self.where()
            sql = (f"SELECT {self.spec.table}.id FROM {self.spec.from_sql} WHERE {where} "
                   f"ORDER BY {self._order_by()}")
            if self._background_count and self._path:
                self._more = False  # the old rows stay until the new order arrives
                self._set_busy(True)
                self._sorter.start(self._path, self._generation, sql, params, column=True)
            else:
                self._apply_ids([r[0] for r in self.db.execute(sql, params)])
            return
        self._set_busy(False)
        if self.relevance_mode():
            self._ranked, self._ranked_done = [], False
            self._sql, self._params = "", []
        else:
            self._ranked = None
        rows = self._read(0, self.PAGE + 1) if self._ranked is not None else self._first_page_sorted()
        self.beginResetModel()
        self._more = len(rows) > self.PAGE or bool(self._tiers and self._tiers.get("deferred"))
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

    def _needs_id_list(self) -> bool:
        if self.spec.fast_sorts is None:
            return False
        return self.spec.columns[self._sort_column].key not in self.spec.fast_sorts

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.busyChanged.emit(busy)

    def _on_sorted(self, generation: int, ids: Any) -> None:
        if generation == self._generation:
            self._apply_ids(ids)
            self.pageLoaded.emit()

    def _apply_ids(self, ids: list[int]) -> None:
        self._id_list = ids
        rows = self._read(0, self.PAGE)
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
        where, params = self.where()
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
        if self._tiers is not None:
            self._tiers["deferred"] = False
        rows = self._read(len(self._rows), self.PAGE + 1)
        more = len(rows) > self.PAGE or bool(self._tiers and self._tiers.get("deferred"))
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
