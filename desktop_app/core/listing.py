"""The lists of the window as queries: which rows match a search and filters, in which
order, read a page at a time. Qt-free: the window's table model pages through a
``ListQuery``, and "export the list I see" writes the very same query.

Reading a page never loads a whole table: ``ORDER BY ... LIMIT``, so the first page of
609,274 members comes straight off the ``members(status, name_folded, birth_date)``
index.

Search uses the core search's accent-folded FTS index. A short prefix ("n") can match
hundreds of thousands of members, and materialising them all to sort by name is slow;
when the FTS index says there are many matches the query walks the name index in order
instead and checks each row's folded words with ``LIKE`` (the same accent-free,
word-prefix, any-order rule), which finds a page of matches after a few thousand rows.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from desktop_app.core import vocabulary as V
from desktop_app.core.search import WORD, fts_query, ranked_ids
from desktop_app.core.storage import sqlite_driver as sqlite3  # SQLCipher: one library for every file
from desktop_app.core.storage.migrations import MEMBER_SORT_INDEXES
from desktop_app.core.text import fold

# Below this many FTS matches the ids are sorted directly; above it the name index is
# walked in order and each row checked with LIKE.
DENSE_MATCHES = 10000
# How long the name-order LIKE walk may try before the FTS index is asked instead.
LIKE_BUDGET_S = 0.006


@dataclass(frozen=True)
class Column:
    key: str
    title: str                      # English source text, translated in context "Columns"
    expr: str                       # SQL expression in the SELECT list
    sort: str | None = None         # ORDER BY expression (default: expr)
    kind: str = "text"              # text | date | datetime | number | money | enum | bool
    vocabulary: V.Vocabulary | None = None  # kind "enum": the codes' labels
    width: int = 120                # pixels in the window


@dataclass(frozen=True)
class ListSpec:
    key: str                        # "unions", "members", "events", "courses"
    table: str                      # the table whose ids the rows are
    from_sql: str                   # FROM clause (table plus joins)
    columns: tuple[Column, ...]
    default_sort: int = 0
    default_descending: bool = False
    fts: str | None = None          # FTS table over ``table`` (members_fts / unions_fts)
    like_column: str | None = None  # folded text checked with LIKE (and the search of lists without FTS)
    relevance: bool = False         # while searching, best matches first until a column is chosen
    prefix_column: str | None = None  # folded name column: names starting with the search come first
    name_sort: str | None = None      # the ``sort`` of the name column that prefix_column orders
    selective_filters: tuple[str, ...] = ()  # filters that leave few rows: search those with LIKE
    fast_sorts: tuple[str, ...] | None = None  # columns an index sorts; the others are sorted
    # once into a list of ids (seconds over 609,274 members: the window does it off its thread)
    tiebreak: str = ""              # appended to ORDER BY so pages are stable

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)


@dataclass(frozen=True)
class Sort:
    column: int
    descending: bool = False


def _hits(ids_param: str = "?") -> str:
    return f"(SELECT key AS hit_rank, value AS hit_id FROM json_each({ids_param})) AS hits"


class ListQuery:
    """The rows of one list that match ``search`` and ``filters`` (name -> (SQL condition
    over ``spec.from_sql``, parameters)), in ``sort`` order.

    ``ranked``: the user has not chosen a column, so a searched list whose spec allows it
    shows the best matches first (exact diacritics first). The first ``page`` chooses how
    to read the list; later pages continue that plan, so a query object is a cursor.
    """

    def __init__(self, db: sqlite_utils.Database, kind: str | ListSpec, search: str = "",
                 filters: Mapping[str, tuple[str, Sequence[Any]]] | None = None, sort: Sort | None = None,
                 *, ranked: bool = True):
        self.db = db
        self.spec = SPECS[kind] if isinstance(kind, str) else kind
        self.search = search
        self.filters = {k: (sql, list(p)) for k, (sql, p) in (filters or {}).items()}
        self.sort = sort or Sort(self.spec.default_sort, self.spec.default_descending)
        self.ranked = ranked
        self._planned = False
        self._sql, self._params = "", []
        self._ranked: list[int] | None = None
        self._ranked_done = False
        self._tiers: dict[str, Any] | None = None
        self._id_list: list[int] | None = None
        self.deferred = False  # the last page ended a tier: there may be more (ask again)

    # ---- what the list holds ---------------------------------------------------------
    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition (over ``spec.from_sql``) of the rows in the list."""
        parts, params = self._filter_parts()
        if self.spec.fts:
            expression = fts_query(self.search)
            if expression is not None:
                parts.append(f"{self.spec.table}.id IN (SELECT rowid FROM {self.spec.fts} "
                             f"WHERE {self.spec.fts} MATCH ?)")
                params.append(expression)
        elif self.spec.like_column:
            like_parts, like_params = self._like_parts()
            parts += like_parts
            params += like_params
        return (" AND ".join(f"({p})" for p in parts) or "1", params)

    def count_sql(self) -> tuple[str, list[Any]]:
        where, params = self.where()
        return f"SELECT count(*) FROM {self.spec.from_sql} WHERE {where}", params

    def count(self) -> int:
        sql, params = self.count_sql()
        return self.db.execute(sql, params).fetchone()[0]

    def ids_sql(self) -> tuple[str, list[Any]]:
        """All ids in the list's order (not for the best-matches order: see ``ids``)."""
        where, params = self.where()
        order, order_params = self._order_key()
        return (f"SELECT {self.spec.table}.id FROM {self.spec.from_sql} WHERE {where} ORDER BY {order}",
                [*params, *order_params])

    def ids(self) -> list[int]:
        if self.relevance_mode():
            return [r[0] for r in ListQuery(self.db, self.spec, self.search, self.filters, self.sort).
                    _ranked_page(0, self.count())]
        sql, params = self.ids_sql()
        return [r[0] for r in self.db.execute(sql, params)]

    def select_sql(self, select: str, joins: str = "") -> tuple[str, list[Any]]:
        """One statement selecting ``select`` (over ``spec.from_sql`` plus ``joins``) for every
        row of the list in its order: what an export streams."""
        if self.relevance_mode():
            return (f"SELECT {select} FROM {_hits()} CROSS JOIN {self.spec.from_sql} {joins} "
                    f"WHERE {self.spec.table}.id = hits.hit_id ORDER BY hits.hit_rank", [json.dumps(self.ids())])
        where, params = self.where()
        order, order_params = self._order_key()
        return (f"SELECT {select} FROM {self.spec.from_sql} {joins} WHERE {where} ORDER BY {order}",
                [*params, *order_params])

    def relevance_mode(self) -> bool:
        """Searching with no column chosen: best matches first (core ranking: exact
        diacritics, then the typed word order, then any order)."""
        return (self.spec.relevance and self.ranked and fts_query(self.search) is not None
                and not any(name in self.spec.selective_filters for name in self.filters))

    def needs_id_list(self) -> bool:
        """Whether no index gives this order: the ids are then sorted once (``use_ids``)."""
        if self.spec.fast_sorts is None:
            return False
        return self.spec.columns[self.sort.column].key not in self.spec.fast_sorts

    def use_ids(self, ids: list[int]) -> None:
        """Page from ``ids`` (``ids_sql`` run elsewhere, e.g. off the window's thread)."""
        self._id_list = ids
        self._planned = True

    # ---- reading pages ---------------------------------------------------------------
    def page(self, offset: int, limit: int) -> list[tuple]:
        """Rows ``offset`` .. ``offset + limit`` as (id, column values...)."""
        self.deferred = False
        if not self._planned:
            self._planned = True
            if self.needs_id_list():
                self._id_list = self.ids()
            elif self.relevance_mode():
                self._ranked, self._ranked_done = [], False
            else:
                return self._first_page_sorted(offset + limit)[offset:]
        return self._read(offset, limit)

    def _filter_parts(self) -> tuple[list[str], list[Any]]:
        parts: list[str] = []
        params: list[Any] = []
        for sql, p in self.filters.values():
            parts.append(sql)
            params.extend(p)
        return parts, params

    def _like_parts(self) -> tuple[list[str], list[Any]]:
        tokens = WORD.findall(fold(self.search))
        column = self.spec.like_column
        parts = [f"(' ' || {column}) LIKE ? ESCAPE '\\'" for _ in tokens]
        params = ["% " + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" for t in tokens]
        return parts, params

    def _plan_sql(self, from_sql: str, parts: list[str], params: list[Any],
                  from_params: tuple[Any, ...] = ()) -> tuple[str, list[Any]]:
        filter_parts, filter_params = self._filter_parts()
        where = " AND ".join(f"({p})" for p in filter_parts + parts) or "1"
        sql = f"SELECT {self._select()} FROM {from_sql} WHERE {where} ORDER BY {self.order_by()}"
        return sql, [*from_params, *filter_params, *params]

    def _name_prefix(self) -> str | None:
        """When the list is in name order and searched: the folded typed words, which
        name the rows that start with them (a family name, "nguyen van h")."""
        if not self.spec.prefix_column or self.sort.descending:
            return None
        if self.spec.columns[self.sort.column].sort != self.spec.name_sort:
            return None
        if fts_query(self.search) is None:
            return None
        prefix = " ".join(WORD.findall(fold(self.search)))
        return prefix or None

    def _prefix_range(self, prefix: str) -> tuple[str, list[Any]]:
        column = self.spec.prefix_column
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        return f"{column} >= ? AND {column} < ?", [prefix, upper]

    def _order_key(self) -> tuple[str, list[Any]]:
        """ORDER BY of the whole list as the pages show it: in name order, the names that
        start with the typed words first."""
        prefix = self._name_prefix()
        if prefix is None:
            return self.order_by(), []
        condition, params = self._prefix_range(prefix)
        return f"CASE WHEN {condition} THEN 0 ELSE 1 END, {self.order_by()}", params

    def _first_page_sorted(self, limit: int) -> list[tuple]:
        """Choose how to read a list sorted by a column, and read its first ``limit`` rows.

        In name order, rows whose name starts with the typed words come first, read
        straight off the name index (a range), then the other matches ("pham" finds
        all the Phạm family, then "Nguyễn Phạm Anh"); otherwise ``_adaptive``.
        """
        self._tiers = None
        if not self.search.strip() or fts_query(self.search) is None:
            self._sql, self._params = self._plan_sql(self.spec.from_sql, [], [])
            return self._read(0, limit)
        prefix = self._name_prefix()
        if prefix is None:
            return self._adaptive([], [], limit)
        condition, range_params = self._prefix_range(prefix)
        like_parts, like_params = self._like_parts()
        first = self._plan_sql(self.spec.from_sql, [condition, *like_parts], [*range_params, *like_params])
        self._tiers = {"first": first, "first_total": None, "rest": None,
                       "rest_parts": ([f"NOT ({condition})"], range_params)}
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
                # The rest of the matches can cost a walk of the whole index; they are
                # read when asked for (the view scrolled to the end).
                self.deferred = True
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
                [fts_query(self.search), DENSE_MATCHES + 1])]
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

    def order_by(self) -> str:
        column = self.spec.columns[self.sort.column]
        direction = "DESC" if self.sort.descending else "ASC"
        exprs = (column.sort or column.expr).split(",")
        if self.spec.tiebreak:
            exprs += self.spec.tiebreak.split(",")
        return ", ".join(f"{e.strip()} {direction}" for e in exprs)

    def _select(self) -> str:
        return ", ".join([f"{self.spec.table}.id"] + [c.expr for c in self.spec.columns])

    def _read(self, offset: int, count: int) -> list[tuple]:
        if self._ranked is not None:
            return self._ranked_page(offset, count)
        if self._id_list is not None:
            chunk = self._id_list[offset:offset + count]
            sql = (f"SELECT {self._select()} FROM {_hits()} CROSS JOIN {self.spec.from_sql} "
                   f"WHERE {self.spec.table}.id = hits.hit_id ORDER BY hits.hit_rank")
            return self.db.execute(sql, [json.dumps(chunk)]).fetchall()
        if self._tiers is not None:
            return self._read_tiers(offset, count)
        return self.db.execute(f"{self._sql} LIMIT ? OFFSET ?", [*self._params, count, offset]).fetchall()

    def _ranked_page(self, offset: int, count: int) -> list[tuple]:
        """Best matches first: ask the core ranking for more ids until enough of them pass
        the filters (or there are no more)."""
        if self._ranked is None:
            self._ranked, self._ranked_done = [], False
        want = offset + count
        limit = max(2 * want, 400)
        parts, params = self._filter_parts()
        where = " AND ".join(f"({p})" for p in parts) or "1"
        sql = (f"SELECT {self._select()} FROM {_hits()} CROSS JOIN {self.spec.from_sql} "
               f"WHERE {self.spec.table}.id = hits.hit_id AND {where} ORDER BY hits.hit_rank")
        while True:
            if limit > len(self._ranked) and not self._ranked_done:
                found = ranked_ids(self.db, self.spec.table, self.search, limit)
                self._ranked = [i for i, _ in found]
                self._ranked_done = len(found) < limit
            rows = self.db.execute(sql, [json.dumps(self._ranked), *params]).fetchall()
            if len(rows) >= want or self._ranked_done:
                return rows[offset:want]
            limit *= 4


UNIONS = ListSpec(
    key="unions", table="unions",
    from_sql="unions LEFT JOIN sectors ON sectors.code = unions.sector",
    columns=(
        Column("name", "Name", "unions.name", "unions.name_folded", width=320),
        Column("code", "Code", "unions.code", width=80),
        Column("sector", "Sector block", "sectors.name", "sectors.sort", width=200),
        Column("members", "Members",
               "(SELECT count(*) FROM members m WHERE m.union_id = unions.id AND m.status = 'active')",
               kind="number", width=80),
        Column("workers", "Workers", "unions.workers", kind="number", width=80),
        Column("founded_on", "Founded", "unions.founded_on", kind="date", width=95),
        Column("status", "Status", "unions.status", kind="enum", vocabulary=V.UNION_STATUS, width=90),
        Column("address", "Address", "unions.address", width=220),
    ),
    fts="unions_fts", like_column="unions.search_text", tiebreak="unions.id",
    prefix_column="unions.name_folded", name_sort="unions.name_folded",
)

MEMBERS = ListSpec(
    key="members", table="members",
    from_sql="members LEFT JOIN unions ON unions.id = members.union_id",
    columns=(
        Column("full_name", "Full name", "members.full_name", "members.name_folded, members.birth_date", width=200),
        Column("sex", "Sex", "members.sex", kind="enum", vocabulary=V.SEX, width=70),
        Column("birth_date", "Born", "members.birth_date", kind="date", width=95),
        Column("union", "Grassroots union", "unions.name", "unions.name_folded", width=280),
        Column("status", "Status", "members.status", kind="enum", vocabulary=V.MEMBER_STATUS, width=120),
        Column("joined_on", "Joined", "members.joined_on", kind="date", width=95),
        Column("job", "Job", "members.job", width=140),
        Column("phone", "Phone", "members.phone", width=105),
        Column("cccd", "CCCD", "members.cccd", width=115),
        Column("card_no", "Card no.", "members.card_no", width=90),
    ),
    fts="members_fts", like_column="members.search_text", tiebreak="members.id",
    selective_filters=("union",), prefix_column="members.name_folded",
    fast_sorts=("full_name", "status", *MEMBER_SORT_INDEXES),
    name_sort="members.name_folded, members.birth_date",
)

EVENTS = ListSpec(
    key="events", table="events", from_sql="events",
    columns=(
        Column("starts_at", "Date", "events.starts_at", kind="datetime", width=130),
        Column("kind", "Kind", "events.kind", kind="enum", vocabulary=V.EVENT_KIND, width=170),
        Column("title", "Title", "events.title", width=360),
        Column("place", "Place", "events.place", width=200),
        Column("participants", "Participants", "events.participant_count", kind="number", width=90),
    ),
    default_sort=0, default_descending=True,
    like_column="events.search_text", tiebreak="events.id",
)

COURSES = ListSpec(
    key="courses", table="courses", from_sql="courses",
    columns=(
        Column("starts_on", "Starts", "courses.starts_on", kind="date", width=95),
        Column("title", "Title", "courses.title", width=320),
        Column("topic", "Topic", "courses.topic", width=160),
        Column("target_group", "For", "courses.target_group", width=200),
        Column("enrolled", "Enrolled",
               "(SELECT count(*) FROM enrolments e WHERE e.course_id = courses.id)", kind="number", width=80),
        Column("completed", "Completed",
               "(SELECT count(*) FROM enrolments e WHERE e.course_id = courses.id AND e.completed = 1)",
               kind="number", width=85),
        Column("place", "Place", "courses.place", width=180),
        Column("trainer", "Trainer", "courses.trainer", width=160),
    ),
    default_sort=0, default_descending=True,
    like_column="courses.search_text", tiebreak="courses.id",
)

SPECS: dict[str, ListSpec] = {s.key: s for s in (UNIONS, MEMBERS, EVENTS, COURSES)}


def column_titles() -> set[str]:
    """The English column titles, for the window's translation file (context "Columns")."""
    return {c.title for s in SPECS.values() for c in s.columns}
