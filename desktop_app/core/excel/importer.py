"""Importing members, unions, officers and course enrolments from workbooks.

The flow the window and the command line share:

1. ``open_source(path, kind, sheet)`` reads the sheet and guesses the header row and
   which column holds which field (``excel_columns``); the user may change the mapping.
2. ``import_file(db, source, dry_run=True)`` cleans and checks every row and works out
   what would happen (new, updated, skipped, errors) without writing anything.
3. ``import_file(db, source, dry_run=False)`` takes an automatic backup, then does the
   same work and writes it in ONE transaction, with an audit-log entry.

Rules: a row with any error is not imported at all; a blank cell never overwrites
what the database holds; a person already in the database (same CCCD, or same name
and birth date) is updated, not added, so importing the same file twice adds
nothing; the same person twice in one file is reported.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop_app.core import vocabulary as V
from desktop_app.core.backup.check import sha256_file
from desktop_app.core.errors import UserError, ValidationError
from desktop_app.core.excel import legacy as legacy_fonts
from desktop_app.core.excel import normalise as N
from desktop_app.core.excel.columns import HeaderGuess, fields, find_header
from desktop_app.core.excel.footer import FooterReader
from desktop_app.core.excel.read import SheetData, read_sheet
from desktop_app.core.excel.xlsx import column_letter
from desktop_app.core.messages import Message
from desktop_app.core.records import members as members_mod
from desktop_app.core.records.fields import int_field
from desktop_app.core.storage import sqlite_driver as sqlite3  # SQLCipher: one library for every file
from desktop_app.core.storage.db import audit, database_file, explain, triggers_suspended
from desktop_app.core.text import fold as _fold_text
from desktop_app.core.text import vn_date
from desktop_app.core.work import Cancelled, Progress, tick  # noqa: F401 - Cancelled: callers catch importer.Cancelled

_WORDS: dict[str, str] = {}


def fold(text: str | None) -> str:
    """``text.fold`` word by word through a cache: names repeat the same few thousand
    words, and folding is the hot spot of a 100,000-row import."""
    if not text:
        return ""
    out = []
    for w in text.split():
        f = _WORDS.get(w)
        if f is None:
            f = _WORDS[w] = _fold_text(w)
            if len(_WORDS) > 200_000:
                _WORDS.clear()
        out.append(f)
    return " ".join(x for x in out if x)



@dataclass
class Problem:
    sheet: str
    row: int          # the row number Excel shows (1-based)
    column: str       # the header as written, or the column letter
    value: str
    reason: str
    level: str = "error"  # "error": the row is not imported; "warning": imported, with a note


@dataclass
class Source:
    path: Path
    kind: str
    sheet: SheetData
    guess: HeaderGuess | None
    mapping: dict[int, str]   # column index -> field key (editable)
    # columns found in an old Vietnamese font (already converted in ``sheet``) and the
    # sheet as read, so a conversion can be switched off (``set_conversion``)
    legacy: list[legacy_fonts.ColumnFinding] = field(default_factory=list)
    original: SheetData | None = None

    def set_conversion(self, column: int, on: bool) -> None:
        for f in self.legacy:
            if f.column == column:
                f.enabled = on
        self.sheet = legacy_fonts.converted(self.original or self.sheet, self.legacy)

    def legacy_shown(self) -> list[legacy_fonts.ColumnFinding]:
        """The findings with cells among the data rows (a title or a header alone in an
        old font is converted without a word)."""
        first = self.guess.first_data_row if self.guess else 0
        return [f for f in self.legacy if any(r >= first for r in f.cells)]

    def legacy_lines(self) -> list[str]:
        headers = self.headers
        first = self.guess.first_data_row if self.guess else 0
        return [legacy_fonts.describe(f, headers[f.column] if f.column < len(headers) else column_letter(f.column),
                                      first) for f in self.legacy_shown()]

    @property
    def headers(self) -> list[str]:
        """Header text of every column (letter when blank), for the mapping editor."""
        width = max((len(r) for r in self.sheet.rows[: (self.guess.first_data_row if self.guess else 1) + 20]),
                    default=0)
        out = []
        for c in range(width):
            text = self.guess.headers.get(c, "") if self.guess else ""
            for r in ((self.guess.row, self.guess.row - 1) if self.guess else ()):
                if text or r < 0:
                    break
                v = self.sheet.rows[r][c] if c < len(self.sheet.rows[r]) else ""
                text = _show(v).strip()
            out.append(text or column_letter(c))
        return out

    def sample(self, n: int = 5) -> list[list[Any]]:
        start = self.guess.first_data_row if self.guess else 0
        return self.sheet.rows[start:start + n]


@dataclass
class ImportResult:
    kind: str
    path: str
    sheet: str
    dry_run: bool
    rows: int = 0
    new: int = 0
    updated: int = 0
    skipped: int = 0
    errors: int = 0          # rows not imported because of errors
    ignored: int = 0         # totals, notes and signature lines under the list
    problems: list[Problem] = field(default_factory=list)
    unknown_unions: dict[str, list[str]] = field(default_factory=dict)
    conflicts: list[Any] = field(default_factory=list)   # Conflict: same union name, other address or code
    backup: str | None = None
    # what a dry run planned, and the state it planned against (see ``import_file``)
    _work: Any = field(default=None, repr=False, compare=False)
    _state: Any = field(default=None, repr=False, compare=False)

    def summary(self) -> str:
        verb = "would be" if self.dry_run else "were"
        text = (f"{self.rows} rows read: {self.new} new, {self.updated} updated, {self.skipped} unchanged "
                f"or skipped, {self.errors} with errors ({verb} not imported)" if self.errors else
                f"{self.rows} rows read: {self.new} new, {self.updated} updated, {self.skipped} unchanged or skipped")
        if self.ignored:
            text += f"; {self.ignored} total, note or signature lines under the list skipped"
        return text

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "file": self.path, "sheet": self.sheet, "dry_run": self.dry_run,
                "rows": self.rows, "new": self.new, "updated": self.updated, "skipped": self.skipped,
                "errors": self.errors, "ignored": self.ignored,
                "warnings": sum(p.level == "warning" for p in self.problems)}


def open_source(path: Path | str, kind: str, sheet: str | None = None) -> Source:
    """Read the sheet and guess its header row and column mapping."""
    fields(kind)
    original = read_sheet(Path(path), sheet)
    found = legacy_fonts.find_in_sheet(Path(path), original)
    data = legacy_fonts.converted(original, found)
    guess = find_header(kind, data.rows, data.merged)
    return Source(Path(path), kind, data, guess, dict(guess.mapping) if guess else {}, found, original)


def _check_mapping(source: Source) -> None:
    keys = list(source.mapping.values())
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        raise UserError("excel.columns_mapped_twice", fields=', '.join(sorted(dup)))
    have = set(keys)
    for f in fields(source.kind):
        if f.required and f.key not in have and not (
                f.key == "full_name" and {"family_name", "given_name"} <= have):
            raise UserError("excel.required_column_missing", label_vi=f.label_vi, label_en=f.label_en)


# --- rows -------------------------------------------------------------------------

@dataclass
class Row:
    number: int                       # Excel row number
    raw: dict[str, Any]               # field -> raw cell
    values: dict[str, Any] = field(default_factory=dict)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


class _Rows:
    """Cleans the rows of a source, collecting problems per row."""

    def __init__(self, source: Source):
        self.source = source
        self.sheet = source.sheet.name
        self.header_of = {k: (source.guess.headers.get(c) if source.guess else None) or column_letter(c)
                          for c, k in source.mapping.items()}
        self.memo: dict[tuple, tuple[str, Any]] = {}
        self.ignored: list[Problem] = []

    def problem(self, row: Row, key: str, reason: str, level: str = "error", value: Any = None) -> None:
        raw = row.raw.get(key, "") if value is None else value
        p = Problem(self.sheet, row.number, self.header_of.get(key, key), _show(raw), reason, level)
        (row.errors if level == "error" else row.warnings).append(p)

    def rows(self) -> list[Row]:
        """The data rows; totals, notes and the signature block under the list are left
        out and listed in ``ignored`` (see ``footer``)."""
        start = self.source.guess.first_data_row if self.source.guess else 0
        out = []
        items = list(self.source.mapping.items())
        below = FooterReader()
        for i in range(start, len(self.source.sheet.rows)):
            cells = self.source.sheet.rows[i]
            raw = {k: (cells[c] if c < len(cells) else "") for c, k in items}
            if below.skip(cells):
                if not all(N.blank(v) for v in raw.values()):
                    self._ignore(i + 1, cells)
                continue
            if all(N.blank(v) for v in raw.values()):
                continue
            out.append(Row(i + 1, raw))
        return out

    def _ignore(self, number: int, cells: list[Any]) -> None:
        col = next((c for c, v in enumerate(cells) if not N.blank(v)), 0)
        header = (self.source.guess.headers.get(col) if self.source.guess else None) or column_letter(col)
        self.ignored.append(Problem(self.sheet, number, header, _show(cells[col] if cells else ""),
                                    Message("excel.footer_line"), "warning"))

    def take(self, row: Row, key: str, fn: Callable[..., Any], *args: Any) -> Any:
        """Run a cleaner on a cell, recording an error or warning; returns the value.

        Columns whose values repeat (dates, union names, sex, job...) are cleaned once
        per distinct value: a 100,000-row list has a few thousand of each."""
        if key not in row.raw:
            return None
        raw = row.raw[key]
        memo = key in _REPEATING
        if memo:
            ck = (key, type(raw), raw, args)
            hit = self.memo.get(ck)
            if hit is not None:
                return self._replay(row, key, hit)
        try:
            out = fn(raw, *args)
            hit = ("ok", out)
        except ValidationError as e:
            hit = ("error", e.message)
        if memo and len(self.memo) < 500_000:
            self.memo[ck] = hit
        return self._replay(row, key, hit)

    def _replay(self, row: Row, key: str, hit: tuple[str, Any]) -> Any:
        kind, out = hit
        if kind == "error":
            self.problem(row, key, out)
            return None
        if isinstance(out, N.Notice):
            self.problem(row, key, out.warning, "warning")
            return out.value
        return out


_REPEATING = frozenset({"birth_date", "male", "female", "joined_on", "union", "union_code", "ethnicity", "job",
                        "sex", "note", "founded_on", "sector", "ward", "role", "term", "term_start", "term_end",
                        "full_time", "attended_sessions"})


def _show(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%d/%m/%Y")
    return "" if value is None else str(value)


_LETTER = re.compile(r"[^\W\d_]")


def _person(r: _Rows, row: Row, today: dt.date, *, with_sex: bool = True) -> None:
    """Name, birth date, sex, CCCD, phone: the fields every person row shares."""
    v = row.values
    name = r.take(row, "full_name", N.text)
    if not name and ("family_name" in row.raw or "given_name" in row.raw):
        parts = [N.text(row.raw.get("family_name")), N.text(row.raw.get("given_name"))]
        name = " ".join(p for p in parts if p) or None
    if not name:
        r.problem(row, "full_name" if "full_name" in row.raw else "given_name", Message("excel.full_name_missing"))
    elif not _LETTER.search(name):
        r.problem(row, "full_name", Message("excel.name_must_contain_letters"))
        name = None
    if name and not name.istitle():
        name = " ".join(w[:1].upper() + w[1:].lower() for w in name.split(" "))
    v["full_name"] = name
    v["_fold"] = fold(name) if name else ""
    latest = today - dt.timedelta(days=15 * 365)
    birth_key = "birth_date"
    birth_raw = row.raw.get("birth_date")
    if with_sex and ("male" in row.raw or "female" in row.raw):
        male, female = row.raw.get("male", ""), row.raw.get("female", "")
        if N.looks_like_date(male) or N.looks_like_date(female):
            # "Ngày sinh" merged over "Nam" | "Nữ": the date is written in one of them.
            if not N.blank(male) and not N.blank(female):
                r.problem(row, "male", Message("excel.birth_under_both"))
            else:
                birth_key = "male" if not N.blank(male) else "female"
                birth_raw = male if not N.blank(male) else female
                v["sex"] = "M" if birth_key == "male" else "F"
        else:
            m, f = N.mark(male), N.mark(female)
            if m and f:
                r.problem(row, "male", Message("excel.both_sexes_ticked"))
            elif m or f:
                v["sex"] = "M" if m else "F"
            elif "female" in row.raw and "male" not in row.raw and "sex" not in row.raw:
                v["sex"] = "M"  # a list with only a "Nữ" column marks the women
    if with_sex and "sex" in row.raw and not N.blank(row.raw["sex"]):
        s = r.take(row, "sex", N.sex)
        if s and v.get("sex") and s != v["sex"]:
            r.problem(row, "sex", Message("excel.sex_columns_disagree"))
        elif s:
            v["sex"] = s
    if not N.blank(birth_raw):
        fake = Row(row.number, {birth_key: birth_raw})
        birth = r.take(fake, birth_key, N.date, birth_key)
        if fake.errors or fake.warnings:
            row.errors += fake.errors
            row.warnings += fake.warnings
        if birth and birth > latest.isoformat():
            r.problem(row, birth_key, Message("excel.under_working_age")
                      if birth <= today.isoformat() else Message("excel.birth_date_future"), value=birth_raw)
            birth = None
        v["birth_date"] = birth
    else:
        v["birth_date"] = None
    v["cccd"] = r.take(row, "cccd", N.cccd, v.get("birth_date"))
    v["phone"] = r.take(row, "phone", N.phone)


def _union_key(name: str) -> str:
    """Folded union name without the words every union name starts with."""
    k = fold(name)
    k = re.sub(r"^(cong doan co so|cong doan cs|cdcs|cd co so|cong doan|cd)\s+", "", k)
    return re.sub(r"[^a-z0-9]+", " ", k).strip()


class _Unions:
    def __init__(self, db: sqlite_utils.Database):
        self.by_fold: dict[str, list[int]] = {}
        self.by_key: dict[str, list[int]] = {}
        self.by_code: dict[str, int] = {}
        self.names: dict[int, str] = {}
        self.status: dict[int, str] = {}
        for uid, name, folded, code, status in db.execute(
                "SELECT id, name, name_folded, code, status FROM unions"):
            self.by_fold.setdefault(folded, []).append(uid)
            self.by_key.setdefault(_union_key(name), []).append(uid)
            if code:
                self.by_code[fold(code)] = uid
            self.names[uid] = name
            self.status[uid] = status
        self._keys = list(self.by_key)
        self._found: dict[tuple, int | None] = {}

    def find(self, name: str | None, code: str | None) -> int | None:
        key = (name, code)
        if key not in self._found:
            self._found[key] = self._find(name, code)
        return self._found[key]

    def _find(self, name: str | None, code: str | None) -> int | None:
        if code and fold(code) in self.by_code:
            return self.by_code[fold(code)]
        if not name:
            return None
        for table, key in ((self.by_fold, fold(name)), (self.by_key, _union_key(name))):
            ids = table.get(key, [])
            active = [i for i in ids if self.status[i] == "active"]
            if len(active) == 1 or len(ids) == 1:
                return (active or ids)[0]
        return None

    def closest(self, name: str) -> list[str]:
        keys = difflib.get_close_matches(_union_key(name), self._keys, n=3, cutoff=0.6)
        return [self.names[self.by_key[k][0]] for k in keys]


# Other importers (the returned 01-HĐCĐ statistics forms) find a workbook's union the
# same way a row of an import does.
UnionMatcher = _Unions


# --- the user's own fields (columns named like a custom field) ------------------------

def _custom_columns(db, source: Source, entity: str) -> dict[int, dict[str, Any]]:
    """Columns the known fields left unmapped whose header is the name of one of the
    user's own fields."""
    from desktop_app.core.records import custom

    defined = {fold(f["name"]): f for f in custom.fields(db, entity)}
    if not defined or source.guess is None:
        return {}
    header = source.sheet.rows[source.guess.row] if source.guess.row < len(source.sheet.rows) else []
    return {c: defined[fold(str(h))] for c, h in enumerate(header)
            if c not in source.mapping and h not in (None, "") and fold(str(h)) in defined}


def _custom_values(r: _Rows, row: Row, columns: dict[int, dict[str, Any]]) -> dict[int, str]:
    """The row's values of the user's own fields, checked; a bad one is a problem of the row."""
    from desktop_app.core.records import custom

    out = {}
    cells = r.source.sheet.rows[row.number - 1]
    for c, f in columns.items():
        raw = cells[c] if c < len(cells) else ""
        try:
            value = custom.parse_value(f, raw)
        except ValidationError as e:
            r.problem(row, f["name"], e.message, value=raw)
            continue
        if value is not None:
            out[f["id"]] = value
    return out


# --- members ----------------------------------------------------------------------

MEMBER_COLUMNS = ("full_name", "sex", "birth_date", "ethnicity", "cccd", "phone", "job", "card_no", "note",
                  "nationality", "work_relation", "contract_months")


def _member_search_text(v: dict[str, Any]) -> str:
    parts = [v.get("_fold") or fold(v.get("full_name") or "")] + [v.get(k) or "" for k in ("cccd", "phone", "card_no")]
    return " ".join(p for p in parts if p)


def _law_2024(r: _Rows, row: Row) -> None:
    """Nationality, labour relation and contract length, checked as the member dialog
    checks them (Trade Union Law 2024); absent columns leave the member's values alone."""
    v = row.values
    v["nationality"] = r.take(row, "nationality", members_mod.parse_nationality)
    v["work_relation"] = r.take(row, "work_relation", members_mod.parse_work_relation) \
        if "work_relation" in row.raw and not N.blank(row.raw["work_relation"]) else None
    v["contract_months"] = r.take(row, "contract_months", int_field, "contract_months")
    if v["nationality"] is not None:
        try:
            members_mod.check_law_2024({"nationality": v["nationality"],
                                        "work_relation": v["work_relation"] or "employee",
                                        "contract_months": v["contract_months"]}, v.get("joined_on"))
        except ValidationError as e:
            r.problem(row, e.field if e.field in row.raw else "nationality", e.message)


def _existing_members(db: sqlite_utils.Database, rows: list[Row]) -> tuple[dict, dict]:
    """Members already in the database with a CCCD or (name, birth date) of the file."""
    outside = not db.conn.in_transaction
    db.execute("CREATE TEMP TABLE IF NOT EXISTS _import_keys (cccd TEXT, name_folded TEXT, birth_date TEXT)")
    db.execute("DELETE FROM _import_keys")
    db.conn.executemany("INSERT INTO _import_keys VALUES (?,?,?)",
                        [(r.values.get("cccd"), r.values["_fold"], r.values.get("birth_date"))
                         for r in rows if r.values.get("full_name")])
    cols = "m.id, m.full_name, m.name_folded, m.sex, m.birth_date, m.ethnicity, m.cccd, m.phone, m.job, " \
           "m.card_no, m.note, m.union_id, m.status, m.status_on, m.nationality, m.work_relation, m.contract_months"
    names = [c.split(".")[1] for c in cols.split(", ")]
    by_cccd, by_name = {}, {}
    for rec in db.execute(f"SELECT {cols} FROM members m WHERE m.cccd IN "
                          "(SELECT cccd FROM _import_keys WHERE cccd IS NOT NULL)"):
        d = dict(zip(names, rec))
        by_cccd[d["cccd"]] = d
    for rec in db.execute(f"SELECT {cols} FROM _import_keys k JOIN members m ON m.name_folded = k.name_folded "
                          "AND m.birth_date = k.birth_date WHERE k.birth_date IS NOT NULL"):
        d = dict(zip(names, rec))
        by_name.setdefault((d["name_folded"], d["birth_date"]), []).append(d)
    db.execute("DROP TABLE _import_keys")
    if outside and db.conn.in_transaction:
        db.conn.commit()  # only the temp table was written: do not leave a transaction open
    return by_cccd, by_name


class _Work:
    """What an import will write, built while planning."""

    def __init__(self):
        self.new_members: list[dict[str, Any]] = []      # values + "_union", "_joined"
        self.updates: list[tuple[int, dict[str, Any]]] = []
        self.joins: list[tuple[int, int, str]] = []      # member id, union id, date
        self.calls: list[Callable[[], Any]] = []        # for small kinds: core calls
        self.custom: list[tuple[int, int, str]] = []     # members: (member id, field id, value)


def _plan_members(db, source: Source, result: ImportResult, work: _Work, progress, today) -> None:
    r = _Rows(source)
    rows = r.rows()
    result.rows = len(rows)
    unions = _Unions(db)
    own_columns = _custom_columns(db, source, "members")
    for n, row in enumerate(rows):
        _person(r, row, today)
        v = row.values
        v["_custom"] = _custom_values(r, row, own_columns) if own_columns else {}
        for key in ("ethnicity", "job", "card_no", "note"):
            v[key] = r.take(row, key, N.text)
        birth = v.get("birth_date")
        joined = r.take(row, "joined_on", N.date, "joined_on", dt.date(1930, 1, 1), today)
        if joined and birth and joined <= birth:
            r.problem(row, "joined_on", Message("excel.joined_before_born"))
            joined = None
        v["joined_on"] = joined
        _law_2024(r, row)
        uname = r.take(row, "union", N.text)
        ucode = r.take(row, "union_code", N.text)
        v["union_id"] = None
        if uname or ucode:
            uid = unions.find(uname, ucode)
            if uid is None:
                label = uname or ucode
                close = unions.closest(label) if uname else []
                result.unknown_unions.setdefault(label, close)
                r.problem(row, "union" if uname else "union_code",
                          Message("excel.no_such_union_closest", closest=", ".join(close)) if close
                          else Message("excel.no_such_union_database"))
            elif unions.status[uid] != "active":
                r.problem(row, "union" if uname else "union_code",
                          Message("union.no_longer_active", name=unions.names[uid]))
            else:
                v["union_id"] = uid
        if progress and n % 5000 == 0:
            _tick(progress, n, len(rows) * 2, Message("excel.checking_rows"))
    # duplicates inside the file
    seen_cccd: dict[str, int] = {}
    seen_name: dict[tuple[str, str], int] = {}
    for row in rows:
        if row.errors:
            continue
        v = row.values
        c = v.get("cccd")
        key = (v["_fold"], v.get("birth_date"))
        if c and c in seen_cccd:
            r.problem(row, "cccd", Message("excel.same_cccd_as_row", row=seen_cccd[c]))
        elif not c and v.get("birth_date") and key in seen_name:
            r.problem(row, "full_name", Message("excel.same_name_birth_as_row", row=seen_name[key]))
        if c:
            seen_cccd.setdefault(c, row.number)
        if v.get("birth_date"):
            seen_name.setdefault(key, row.number)
    good = [row for row in rows if not row.errors]
    by_cccd, by_name = _existing_members(db, good)
    last_dates = {}
    for n, row in enumerate(good):
        v = row.values
        existing = None
        if v.get("cccd"):
            existing = by_cccd.get(v["cccd"])
            if existing and existing["name_folded"] != v["_fold"]:
                r.problem(row, "cccd", Message("excel.cccd_belongs_to", name=existing['full_name'], id=existing['id']))
                continue
        if existing is None and v.get("birth_date"):
            same = [m for m in by_name.get((v["_fold"], v["birth_date"]), [])
                    if not m["cccd"] or not v.get("cccd") or m["cccd"] == v["cccd"]]
            if len(same) > 1:
                r.problem(row, "full_name", Message("excel.same_name_birth_in_database", count=len(same)))
                continue
            existing = same[0] if same else None
        if existing is None:
            work.new_members.append(v)
            result.new += 1
            if v["union_id"] and not v["joined_on"]:
                r.problem(row, "joined_on", Message("excel.no_joining_date"), "warning")
            continue
        changes = {k: v[k] for k in MEMBER_COLUMNS if v.get(k) is not None and v[k] != existing[k]}
        if "full_name" in changes and fold(changes["full_name"]) == existing["name_folded"] \
                and changes["full_name"].lower() == existing["full_name"].lower():
            del changes["full_name"]  # only capitalisation differs
        if changes:
            merged = {**existing, **changes, "_fold": None}
            changes["name_folded"] = fold(merged["full_name"])
            changes["search_text"] = _member_search_text(merged)
        joining = None
        if v["union_id"]:
            status = existing["status"]
            if status == "active" and existing["union_id"] != v["union_id"]:
                r.problem(row, "union", Message("excel.already_member_not_moved",
                                                union=unions.names.get(existing['union_id'], '?')), "warning")
            elif status == "deceased":
                r.problem(row, "union", Message("excel.deceased_not_joined"), "warning")
            elif status in ("none", "left", "transferred"):
                day = v["joined_on"] or today.isoformat()
                if existing["status_on"] and day < existing["status_on"]:
                    last_dates[existing["id"]] = existing["status_on"]
                    r.problem(row, "joined_on", Message("excel.left_after_joining_date",
                                                        left_on=vn_date(existing['status_on'])), "warning")
                else:
                    joining = (existing["id"], v["union_id"], day)
        if v["_custom"]:
            work.custom.extend((existing["id"], f, x) for f, x in v["_custom"].items())
        if changes or joining or v["_custom"]:
            if changes:
                work.updates.append((existing["id"], changes))
            if joining:
                work.joins.append(joining)
            result.updated += 1
        else:
            result.skipped += 1
        if progress and n % 5000 == 0:
            _tick(progress, len(rows) + n, len(rows) * 2, Message("excel.comparing_with_database"))
    _collect(result, rows, r)


def _apply_members(db, work: _Work, today: dt.date, progress) -> None:
    stamp = dt.datetime.now().strftime("%Y-%m-%dT%H:%M:%S")
    next_id = (db.execute("SELECT max(id) FROM members").fetchone()[0] or 0) + 1
    prefix = f"{random.getrandbits(64):016x}"
    members, history = [], []
    law_2024: dict[int, tuple] = {}
    # In name order: the name indexes then fill page by page instead of at random places.
    work.new_members.sort(key=lambda v: (v["_fold"], v.get("birth_date") or ""))
    for i, v in enumerate(work.new_members):
        mid = next_id + i
        members.append((mid, v["full_name"], v["_fold"], _member_search_text(v), v.get("sex"),
                        v.get("birth_date"), v.get("ethnicity"), v.get("cccd"), v.get("phone"), v.get("job"),
                        v.get("card_no"), v.get("note"), prefix, stamp))
        law_2024[mid] = (v.get("nationality"), v.get("work_relation") or "employee", v.get("contract_months"))
        work.custom.extend((mid, f, x) for f, x in (v.get("_custom") or {}).items())
        if v.get("union_id"):
            history.append((mid, v["union_id"], v.get("joined_on") or today.isoformat(), prefix, stamp))
    for mid, uid, day in work.joins:
        history.append((mid, uid, day, prefix, stamp))
    _tick(progress, 0, 3, Message("excel.writing_members"))
    # New members go in with their derived columns (union, status, joining date) already
    # right and their joining rows with the triggers suspended, then into the search
    # index in one statement: the state the triggers would give, ten times faster.
    fresh = len(history) - len(work.joins)
    derived = {h[0]: (h[1], "active", h[2], h[2]) for h in history[:fresh]}
    next_h = (db.execute("SELECT max(id) FROM memberships").fetchone()[0] or 0) + 1
    sql = """INSERT INTO memberships (id, member_id, kind, union_id, on_date, reason, uid, created_at)
             VALUES (?1, ?2, 'join', ?3, ?4, NULL, ?5 || printf('h%015x', ?1), ?6)"""
    numbered = [(next_h + i, *h) for i, h in enumerate(history)]
    if members:
        with triggers_suspended(db, "members", "memberships"):
            db.conn.executemany(
                """INSERT INTO members (id, full_name, name_folded, search_text, sex, birth_date, ethnicity,
                     cccd, phone, job, card_no, note, uid, created_at, updated_at,
                     union_id, status, status_on, joined_on, nationality, work_relation, contract_months)
                   VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12, ?13 || printf('%016x', ?1), ?14, ?14,
                           ?15, ?16, ?17, ?18, ?19, ?20, ?21)""",
                [(*m, *derived.get(m[0], (None, "none", None, None)), *law_2024[m[0]]) for m in members])
            _tick(progress, 1, 3, Message("excel.writing_membership_history"))
            db.conn.executemany(sql, numbered[:fresh])
            db.execute("INSERT INTO members_fts(rowid, full_name, search_text) "
                       "SELECT id, full_name, search_text FROM members WHERE id >= ?", [next_id])
    for mid, changes in work.updates:
        sets = ", ".join(f"[{k}] = ?" for k in changes)
        db.execute(f"UPDATE members SET {sets} WHERE id = ?", [*changes.values(), mid])
    db.conn.executemany(sql, numbered[fresh:])  # existing members: the triggers update them
    db.conn.executemany("INSERT OR REPLACE INTO member_custom_values (member_id, field_id, value) VALUES (?,?,?)",
                        work.custom)
    _tick(progress, 2, 3, Message("excel.finishing"))


def _collect(result: ImportResult, rows: list[Row], r: _Rows) -> None:
    result.ignored = len(r.ignored)
    result.problems += r.ignored
    for row in rows:
        result.problems += row.errors + row.warnings
        if row.errors:
            result.errors += 1


def _tick(progress: Progress | None, done: int, total: int, text: str) -> None:
    tick(progress, done, total, text, "excel.import_cancelled")


# --- unions -----------------------------------------------------------------------

def _longest(vocabulary: V.Vocabulary, accept: Callable[[str], bool]) -> str | None:
    """The code of the longest spelling ``accept`` takes: a cell that holds several
    spellings ("ủy viên UBKT") means the most specific one."""
    found = [(len(s), code) for code, s in vocabulary.spellings() if accept(s)]
    return max(found)[1] if found else None


def parse_sector(value: Any) -> str | None:
    if N.blank(value):
        return None
    f = re.sub(r"[^a-z0-9]+", " ", fold(str(value))).strip()
    f = re.sub(r"^khoi\s+", "", f)
    code = V.SECTOR.find(f) or _longest(V.SECTOR, lambda w: len(w) > 3 and w in f)
    if code:
        return code
    raise ValidationError("sector", "excel.unknown_sector", value=repr(N.text(value)))


UNION_COLUMNS = ("name", "code", "employer", "address", "ward", "sector", "founded_on", "founding_decision",
                 "workers", "phone", "note")


@dataclass
class Conflict:
    """A union of the file with the name of one in the database but another address or
    code: perhaps the same union moved, perhaps another district's union of that name.
    The user decides (``import_file(conflicts=...)``); it is never updated silently."""

    row: int
    name: str
    existing_id: int
    existing_name: str
    differences: dict[str, tuple[Any, Any]]   # field -> (in the database, in the file)

    @property
    def what(self) -> Message:
        """The address, the code, or both: what makes it a conflict."""
        both = [k for k in ("code", "address") if k in self.differences]
        return Message("excel.conflict_" + "_".join(both))


CONFLICT_CHOICES = ("update", "new", "skip")
_SHOWN_DIFFERENCES = ("code", "address", "ward", "employer", "sector", "founded_on")


def _same_text(a: str | None, b: str | None) -> bool:
    def key(x: str) -> str:
        return re.sub(r"[^a-z0-9]+", " ", fold(x)).strip()
    return key(a or "") == key(b or "")


def _name_conflict(current: dict[str, Any], v: dict[str, Any], row: int) -> Conflict | None:
    """Same name; a conflict when the file gives another code or another address than
    the database holds (a blank on either side is not a difference)."""
    triggers = [k for k in ("code", "address")
                if v.get(k) and current.get(k) and not _same_text(v[k], current[k])]
    if not triggers:
        return None
    shown = {k: (current.get(k), v.get(k)) for k in _SHOWN_DIFFERENCES
             if v.get(k) is not None and current.get(k) is not None and v[k] != current[k]}
    return Conflict(row, v["name"], current["id"], current["name"], shown)


def _plan_unions(db, source: Source, result: ImportResult, work: _Work, progress, today,
                 conflicts: str | None = None, choices: dict[int, str] | None = None) -> None:
    from desktop_app.core.records import unions as U

    def decide(row: int) -> str | None:
        return (choices or {}).get(row, conflicts)

    r = _Rows(source)
    rows = r.rows()
    result.rows = len(rows)
    from desktop_app.core.records import custom

    existing = _Unions(db)
    seen: dict[str, int] = {}
    own_columns = _custom_columns(db, source, "unions")
    for row in rows:
        v = row.values
        own = _custom_values(r, row, own_columns) if own_columns else {}
        v["name"] = r.take(row, "name", N.text)
        if not v["name"]:
            r.problem(row, "name", Message("excel.union_name_missing"))
        for key in ("code", "employer", "address", "ward", "founding_decision", "note"):
            v[key] = r.take(row, key, N.text)
        v["phone"] = r.take(row, "phone", N.phone)
        v["sector"] = r.take(row, "sector", parse_sector)
        v["founded_on"] = r.take(row, "founded_on", N.date, "founded_on", dt.date(1930, 1, 1), today)
        v["workers"] = r.take(row, "workers", N.integer, "workers")
        if row.errors:
            continue
        key = fold(v["code"]) if v["code"] else fold(v["name"])
        if key in seen:
            r.problem(row, "code" if v["code"] else "name", Message("excel.same_union_as_row", row=seen[key]))
            continue
        seen[key] = row.number
        uid = existing.by_code.get(fold(v["code"])) if v["code"] else None
        if uid is None:
            ids = existing.by_fold.get(fold(v["name"]), [])
            if len(ids) > 1:
                r.problem(row, "name", Message("excel.ambiguous_union"))
                continue
            uid = ids[0] if ids else None
            conflict = _name_conflict(U.get_union(db, uid), v, row.number) if uid is not None else None
            if conflict is not None:
                result.conflicts.append(conflict)
                choice = decide(row.number)
                if choice == "skip":
                    result.skipped += 1
                    continue
                if choice == "new":
                    uid = None
                elif choice != "update":
                    r.problem(row, "name", Message("excel.union_name_conflict", what=conflict.what))
                    continue
        values = {k: v[k] for k in UNION_COLUMNS if v.get(k) is not None}
        if uid is None:
            result.new += 1
            work.calls.append(lambda values=values, own=own: custom.set_values(
                db, "unions", U.add_union(db, **values), own))
        else:
            current = U.get_union(db, uid)
            changes = {k: x for k, x in values.items() if x != current[k]}
            if changes.get("name") and fold(changes["name"]) == current["name_folded"] \
                    and changes["name"].lower() == current["name"].lower():
                del changes["name"]
            if own and own != {k: x for k, x in custom.values_of(db, "unions", uid).items() if k in own}:
                work.calls.append(lambda uid=uid, own=own: custom.set_values(db, "unions", uid, own))
                changes = changes or {}
                if not changes:
                    result.updated += 1
                    continue
            if changes:
                result.updated += 1
                work.calls.append(lambda uid=uid, changes=changes: U.update_union(db, uid, **changes))
            else:
                result.skipped += 1
    _collect(result, rows, r)


# --- people matched to members (officers, enrolments) -----------------------------

def _match_member(db, r: _Rows, row: Row, unions: _Unions) -> int | None:
    v = row.values
    if v.get("cccd"):
        found = db.execute("SELECT id, name_folded, full_name FROM members WHERE cccd = ?", [v["cccd"]]).fetchone()
        if found:
            if v.get("full_name") and found[1] != fold(v["full_name"]):
                r.problem(row, "cccd", Message("excel.cccd_belongs_to", name=found[2], id=found[0]))
                return None
            return found[0]
    if not v.get("full_name"):
        return None
    if v.get("birth_date"):
        ids = [x[0] for x in db.execute("SELECT id FROM members WHERE name_folded = ? AND birth_date = ?",
                                        [fold(v["full_name"]), v["birth_date"]])]
        if len(ids) == 1:
            return ids[0]
        if len(ids) > 1:
            r.problem(row, "full_name", Message("excel.ambiguous_name_birth"))
            return None
    if v.get("union_id"):
        ids = [x[0] for x in db.execute("SELECT id FROM members WHERE name_folded = ? AND union_id = ?",
                                        [fold(v["full_name"]), v["union_id"]])]
        if len(ids) == 1:
            return ids[0]
        if len(ids) > 1:
            r.problem(row, "full_name", Message("excel.ambiguous_name_in_union"))
            return None
    r.problem(row, "full_name", Message("excel.member_not_found"))
    return None


def _union_of_row(r: _Rows, row: Row, unions: _Unions, result: ImportResult,
                  bodies: dict[str, int] | None = None) -> None:
    uname = r.take(row, "union", N.text)
    ucode = r.take(row, "union_code", N.text)
    row.values["union_id"] = None
    row.values["body_id"] = None
    if uname or ucode:
        uid = unions.find(uname, ucode)
        if uid is None and bodies and uname and fold(uname) in bodies:
            row.values["body_id"] = bodies[fold(uname)]  # an officer of the managing body itself
        elif uid is None:
            label = uname or ucode
            close = unions.closest(label) if uname else []
            result.unknown_unions.setdefault(label, close)
            r.problem(row, "union" if uname else "union_code",
                      Message("excel.no_such_union_closest", closest=", ".join(close)) if close
                      else Message("excel.no_such_union_database"))
        else:
            row.values["union_id"] = uid


def parse_role(value: Any) -> str | None:
    if N.blank(value):
        return None
    f = re.sub(r"[^a-z0-9]+", " ", fold(str(value))).strip()
    return V.OFFICER_ROLE.find(f) or _longest(V.OFFICER_ROLE, lambda w: len(w) > 4 and f.startswith(w)) or "other"


def parse_full_time(value: Any) -> int | None:
    if N.blank(value):
        return None
    f = fold(str(value))
    if "chuyen trach" in f or N.mark(value):
        return 1
    if "kiem nhiem" in f or f in ("0", "khong", "no"):
        return 0
    raise ValidationError("full_time", "excel.bad_full_time", value=repr(N.text(value)))


def _plan_officers(db, source: Source, result: ImportResult, work: _Work, progress, today) -> None:
    from desktop_app.core.records import officers as O

    r = _Rows(source)
    rows = r.rows()
    result.rows = len(rows)
    unions = _Unions(db)
    seen: dict[tuple, int] = {}
    bodies = {}
    for bid, name, short in db.execute("SELECT id, name, short_name FROM bodies"):
        bodies[fold(name)] = bid
        if short:
            bodies.setdefault(fold(short), bid)
    for row in rows:
        _person(r, row, today, with_sex=False)
        v = row.values
        _union_of_row(r, row, unions, result, bodies)
        v["role"] = r.take(row, "role", parse_role)
        if not v["role"]:
            r.problem(row, "role", Message("excel.role_missing"))
        v["term"] = r.take(row, "term", N.text)
        v["term_start"] = r.take(row, "term_start", N.date, "term_start")
        v["term_end"] = r.take(row, "term_end", N.date, "term_end")
        v["full_time"] = r.take(row, "full_time", parse_full_time)
        v["note"] = r.take(row, "note", N.text)
        if v["term_start"] and v["term_end"] and v["term_end"] < v["term_start"]:
            r.problem(row, "term_end", Message("officer.term_ends_before_start"))
        if row.errors:
            continue
        mid = _match_member(db, r, row, unions)
        if mid is None:
            continue
        bid = v["body_id"]
        uid = None if bid else (v["union_id"] or
                                db.execute("SELECT union_id FROM members WHERE id = ?", [mid]).fetchone()[0])
        if uid is None and bid is None:
            r.problem(row, "union", Message("excel.member_without_union"))
            continue
        key = (mid, v["role"], uid, bid, v["term"] or v["term_start"])
        if key in seen:
            r.problem(row, "full_name", Message("excel.same_role_as_row", row=seen[key]))
            continue
        seen[key] = row.number
        current = db.execute(
            "SELECT id, term_end, full_time, note FROM officers WHERE member_id = ? AND role = ? "
            "AND union_id IS ? AND body_id IS ? AND (coalesce(term, '') = coalesce(?, '') OR term_start IS ?)",
            [mid, v["role"], uid, bid, v["term"], v["term_start"]]).fetchone()
        values = {k: v[k] for k in ("term", "term_start", "term_end", "full_time", "note") if v.get(k) is not None}
        if v["role"] == "other" and not v.get("note"):
            values["note"] = N.text(row.raw.get("role"))
        if current is None:
            result.new += 1
            work.calls.append(lambda mid=mid, uid=uid, bid=bid, role=v["role"], values=values:
                              O.add_officer(db, member_id=mid, union_id=uid, body_id=bid, role=role, **values))
        else:
            changes = {k: x for k, x in values.items() if k in ("term_end", "full_time", "note")
                       and x != dict(zip(("id", "term_end", "full_time", "note"), current))[k]}
            if changes:
                result.updated += 1
                work.calls.append(lambda oid=current[0], changes=changes: O.update_officer(db, oid, **changes))
            else:
                result.skipped += 1
    _collect(result, rows, r)


def _plan_enrolments(db, source: Source, result: ImportResult, work: _Work, progress, today,
                     course_id: int | None) -> None:
    from desktop_app.core.records import training as T

    if course_id is None:
        raise UserError("excel.choose_course")
    course = T.get_course(db, course_id)
    r = _Rows(source)
    rows = r.rows()
    result.rows = len(rows)
    unions = _Unions(db)
    seen: dict[int, int] = {}
    for row in rows:
        _person(r, row, today, with_sex=False)
        v = row.values
        _union_of_row(r, row, unions, result)
        v["attended_sessions"] = r.take(row, "attended_sessions", N.integer, "attended_sessions")
        if v["attended_sessions"] is not None and v["attended_sessions"] > course["sessions"]:
            r.problem(row, "attended_sessions", Message("course.only_n_sessions", sessions=course['sessions']))
        v["completed"] = N.mark(row.raw["completed"]) or fold(str(row.raw["completed"])) in ("dat", "hoan thanh") \
            if "completed" in row.raw and not N.blank(row.raw["completed"]) else None
        v["certificate_no"] = r.take(row, "certificate_no", N.text)
        if v["certificate_no"] and v["completed"] is False:
            r.problem(row, "certificate_no", Message("course.certificate_needs_completion"))
        if v["certificate_no"] and v["completed"] is None:
            v["completed"] = True
        v["note"] = r.take(row, "note", N.text)
        if row.errors:
            continue
        mid = _match_member(db, r, row, unions)
        if mid is None:
            continue
        if mid in seen:
            r.problem(row, "full_name", Message("excel.same_person_as_row", row=seen[mid]))
            continue
        seen[mid] = row.number
        if v["certificate_no"]:
            other = db.execute("SELECT member_id FROM enrolments WHERE certificate_no = ?",
                               [v["certificate_no"]]).fetchone()
            if other and other[0] != mid:
                r.problem(row, "certificate_no", Message("excel.certificate_taken"))
                continue
        current = db.execute("SELECT id, attended_sessions, completed, certificate_no, note FROM enrolments "
                             "WHERE course_id = ? AND member_id = ?", [course_id, mid]).fetchone()
        if current is None:
            result.new += 1
            work.calls.append(lambda mid=mid, v=v: T.enrol(
                db, course_id, mid, attended_sessions=v["attended_sessions"], completed=bool(v["completed"]),
                certificate_no=v["certificate_no"], note=v["note"]))
        else:
            cur = dict(zip(("id", "attended_sessions", "completed", "certificate_no", "note"), current))
            new = {"attended_sessions": v["attended_sessions"], "completed": None if v["completed"] is None
                   else int(v["completed"]), "certificate_no": v["certificate_no"], "note": v["note"]}
            merged = {k: (new[k] if new[k] is not None else cur[k]) for k in new}
            if any(merged[k] != cur[k] for k in new):
                result.updated += 1
                work.calls.append(lambda eid=cur["id"], m=merged: T.set_attendance(
                    db, eid, attended_sessions=m["attended_sessions"], completed=bool(m["completed"]),
                    certificate_no=m["certificate_no"], note=m["note"]))
            else:
                result.skipped += 1
    _collect(result, rows, r)


# --- awards -----------------------------------------------------------------------

def _plan_awards(db, source: Source, result: ImportResult, work: _Work, progress, today) -> None:
    """Awards to unions (a row without a name) and to members (matched like officers);
    the same award already recorded is updated (decision, reason) instead of doubled."""
    from desktop_app.core.records import awards as A

    r = _Rows(source)
    rows = r.rows()
    result.rows = len(rows)
    unions = _Unions(db)
    seen: dict[tuple, int] = {}
    for row in rows:
        v = row.values
        person = "full_name" in row.raw and not N.blank(row.raw["full_name"])
        if person:
            _person(r, row, today, with_sex=False)
        _union_of_row(r, row, unions, result)
        year = r.take(row, "year", N.integer, "year")
        form = r.take(row, "form", A.parse_form)
        level = r.take(row, "level", A.parse_level)
        status = r.take(row, "status", A.parse_status) \
            if "status" in row.raw and not N.blank(row.raw["status"]) else "awarded"
        values = {"year": year, "form": form, "level": level, "status": status,
                  "decision_no": r.take(row, "decision_no", N.text),
                  "decision_date": r.take(row, "decision_date", N.date, "decision_date"),
                  "reason": r.take(row, "reason", N.text), "note": r.take(row, "note", N.text)}
        if row.errors:
            continue
        member_id = _match_member(db, r, row, unions) if person else None
        if person and member_id is None:
            continue
        if not person and not v.get("union_id"):
            r.problem(row, "union", Message("award.choose_recipient"))
            continue
        values.update(member_id=member_id, union_id=None if person else v["union_id"])
        key = (member_id, values["union_id"], year, form, level)
        if key in seen:
            r.problem(row, "form", Message("excel.same_award_as_row", row=seen[key]))
            continue
        seen[key] = row.number
        current = db.execute("""SELECT * FROM awards WHERE year = ? AND form = ? AND level = ?
                                AND coalesce(member_id, 0) = ? AND (member_id IS NOT NULL OR union_id = ?)""",
                             [year, form, level, member_id or 0, values["union_id"]]).fetchone()
        if current is not None:
            cur = dict(zip([c[0] for c in db.execute("SELECT * FROM awards LIMIT 0").description], current))
            changes = {k: x for k, x in values.items() if x is not None and k not in ("union_id", "member_id")
                       and x != cur[k]}
            if not changes:
                result.skipped += 1
                continue
            try:
                A.prepare(db, changes, cur, today)
            except ValidationError as e:
                r.problem(row, e.field, e.message)
                continue
            result.updated += 1
            work.calls.append(lambda aid=cur["id"], changes=changes: A.update_award(db, aid, **changes))
            continue
        fields_ = {k: x for k, x in values.items() if x is not None}
        try:
            A.prepare(db, fields_, None, today)
        except ValidationError as e:
            r.problem(row, e.field if e.field in row.raw else ("full_name" if person else "union"), e.message)
            continue
        result.new += 1
        work.calls.append(lambda fields_=fields_: A.add_award(db, **fields_))
    _collect(result, rows, r)


# --- congresses -------------------------------------------------------------------

def _plan_congresses(db, source: Source, result: ImportResult, work: _Work, progress, today) -> None:
    """Congresses by union and date; one already recorded is updated, not doubled."""
    from desktop_app.core.records import congresses as C

    r = _Rows(source)
    rows = r.rows()
    result.rows = len(rows)
    unions = _Unions(db)
    seen: dict[tuple, int] = {}
    for row in rows:
        v = row.values
        _union_of_row(r, row, unions, result)
        values = {"held_on": r.take(row, "held_on", N.date, "held_on"), "kind": r.take(row, "kind", C.parse_kind),
                  "term": r.take(row, "term", N.text), "number_label": r.take(row, "number_label", N.text),
                  "delegates": r.take(row, "delegates", N.integer, "delegates"),
                  "committee_size": r.take(row, "committee_size", N.integer, "committee_size"),
                  "note": r.take(row, "note", N.text)}
        if row.errors:
            continue
        if not v.get("union_id"):
            r.problem(row, "union", Message("congress.choose_union"))
            continue
        key = (v["union_id"], values["held_on"])
        if key in seen:
            r.problem(row, "held_on", Message("excel.same_congress_as_row", row=seen[key]))
            continue
        seen[key] = row.number
        values = {k: x for k, x in values.items() if x is not None}
        current = db.execute("SELECT id FROM congresses WHERE union_id = ? AND held_on = ?", list(key)).fetchone()
        try:
            if current is None:
                C.prepare(db, {"union_id": v["union_id"], **values})
            else:
                cur = C.get_congress(db, current[0])
                C.prepare(db, values, cur)
        except ValidationError as e:
            r.problem(row, e.field if e.field in row.raw else "term", e.message)
            continue
        if current is None:
            result.new += 1
            work.calls.append(lambda uid=v["union_id"], values=values: C.add_congress(db, union_id=uid, **values))
        else:
            start, end = C.parse_term(values["term"]) if "term" in values else (cur["term_start"], cur["term_end"])
            compared = {**{k: x for k, x in values.items() if k != "term"}, "term_start": start, "term_end": end}
            if all(cur.get(k) == x for k, x in compared.items()):
                result.skipped += 1
                continue
            result.updated += 1
            work.calls.append(lambda cid=current[0], values=values: C.update_congress(db, cid, **values))
    _collect(result, rows, r)


# --- dues and fund status ------------------------------------------------------------

def _plan_dues(db, source: Source, result: ImportResult, work: _Work, progress, today) -> None:
    """One row per union, year and period; a period already recorded is updated."""
    from desktop_app.core.records import dues as D

    r = _Rows(source)
    rows = r.rows()
    result.rows = len(rows)
    unions = _Unions(db)
    seen: dict[tuple, int] = {}
    for row in rows:
        v = row.values
        _union_of_row(r, row, unions, result)
        values = {"year": r.take(row, "year", N.integer, "year"), "period": r.take(row, "period", D.parse_period)}
        for key in ("members", "dues_due", "dues_paid", "fund_due", "fund_paid"):
            values[key] = r.take(row, key, N.integer, key)
        values["fund_exempt"] = 1 if "fund_exempt" in row.raw and not N.blank(row.raw["fund_exempt"]) and \
            fold(str(row.raw["fund_exempt"])) not in ("0", "khong", "no") else 0
        values["note"] = r.take(row, "note", N.text)
        if row.errors:
            continue
        if not v.get("union_id"):
            r.problem(row, "union", Message("dues.choose_union"))
            continue
        key = (v["union_id"], values["year"], values["period"])
        if key in seen:
            r.problem(row, "period", Message("excel.same_period_as_row", row=seen[key]))
            continue
        seen[key] = row.number
        values = {k: x for k, x in values.items() if x is not None}
        current = db.execute("SELECT id FROM dues WHERE union_id = ? AND year = ? AND period = ?", list(key)).fetchone()
        cur = D.get_dues(db, current[0]) if current else None
        try:
            D.prepare(db, values if cur else {"union_id": v["union_id"], **values}, cur, today)
        except ValidationError as e:
            r.problem(row, e.field if e.field in row.raw else "union", e.message)
            continue
        if cur is None:
            result.new += 1
            work.calls.append(lambda uid=v["union_id"], values=values: D.add_dues(db, union_id=uid, **values))
        elif all(cur.get(k) == x for k, x in values.items()):
            result.skipped += 1
        else:
            result.updated += 1
            work.calls.append(lambda did=cur["id"], values=values: D.update_dues(db, did, **values))
    _collect(result, rows, r)


# --- the entry point --------------------------------------------------------------

def _state(db: sqlite_utils.Database, source: Source, course_id: int | None, today: dt.date,
           conflicts: str | None = None, choices: dict[int, str] | None = None) -> tuple:
    """What a plan depends on: the database content (changes by this connection, commits
    by others), the file, the column mapping, the course, the day and the decisions."""
    return (db.conn.total_changes, db.execute("PRAGMA data_version").fetchone()[0], id(source.sheet),
            tuple(sorted(source.mapping.items())), source.kind, course_id, today, conflicts,
            tuple(sorted((choices or {}).items())))


def import_file(db: sqlite_utils.Database, source: Source, *, dry_run: bool = True,
                course_id: int | None = None, backup: bool = True, progress: Progress | None = None,
                today: dt.date | None = None, checked: ImportResult | None = None,
                conflicts: str | None = None, choices: dict[int, str] | None = None) -> ImportResult:
    """Check every row of ``source`` and, unless ``dry_run``, write the good ones in one
    transaction (after an automatic backup). Returns the counts and the problems.

    ``checked``: the dry run the user just looked at. When nothing it depended on has
    changed since, its plan is written as it is instead of being worked out again (the
    window's import then costs only the writing); otherwise the rows are checked again.

    ``conflicts``: what to do with every union whose name is in the database with another
    address or code: "update" it, add it as "new", or "skip" the row; ``choices`` the
    same per Excel row number, overriding. Undecided conflicts are errors: the row is
    not imported.
    """
    _check_mapping(source)
    decided = [*(choices or {}).values(), *([conflicts] if conflicts else [])]
    if any(c not in CONFLICT_CHOICES for c in decided):
        raise UserError("excel.conflict_choice", choices=", ".join(CONFLICT_CHOICES))
    today = today or dt.date.today()
    result = ImportResult(source.kind, str(source.path), source.sheet.name, dry_run)
    planners = {"members": _plan_members, "officers": _plan_officers,
                "awards": _plan_awards, "congresses": _plan_congresses,
                "dues": _plan_dues}

    def plan(work: _Work) -> None:
        if source.kind == "enrolments":
            _plan_enrolments(db, source, result, work, progress, today, course_id)
        elif source.kind == "unions":
            _plan_unions(db, source, result, work, progress, today, conflicts, choices)
        else:
            planners[source.kind](db, source, result, work, progress, today)

    if dry_run:
        work = _Work()
        plan(work)
        result.problems.sort(key=lambda p: (p.row, p.level != "error"))
        result._work, result._state = work, _state(db, source, course_id, today, conflicts, choices)
        return result
    if backup:
        from desktop_app.core.backup.archive import auto_backup
        _tick(progress, 0, 1, Message("excel.backing_up_database"))
        result.backup = str(auto_backup(db, "import"))
    work = _Work()
    if checked is not None and checked._work is not None and checked._state == _state(db, source, course_id, today,
                                                                                     conflicts, choices):
        work = checked._work
        for name in ("rows", "new", "updated", "skipped", "errors", "ignored", "problems", "unknown_unions",
                     "conflicts"):
            setattr(result, name, getattr(checked, name))
        checked._work = None  # a plan is written once

        def plan(_work: _Work) -> None:  # noqa: F811 - already planned
            pass
    try:
        _write(db, source, result, work, plan, progress, today)
    except sqlite3.IntegrityError as e:  # the checks should have caught it: say so plainly
        raise UserError("excel.import_stopped_constraint", error=e) \
            from None
    except sqlite3.OperationalError as e:  # disk full at commit, another program holding the file
        raise UserError("excel.nothing_imported", error=explain(e, database_file(db))) from None
    result.problems.sort(key=lambda p: (p.row, p.level != "error"))
    return result


def _write(db, source: Source, result: ImportResult, work: _Work, plan, progress, today) -> None:
    with db.atomic():
        plan(work)
        if source.kind == "members":
            _apply_members(db, work, today, progress)
        else:
            for i, call in enumerate(work.calls):
                try:
                    call()
                except ValidationError as e:  # the plan checked the same rules: a race or a bug
                    raise UserError("excel.import_stopped", error=e) from None
                if i % 200 == 0:
                    _tick(progress, i, len(work.calls), Message("excel.writing"))
        audit(db, "import", target=str(source.path), records=result.new + result.updated,
              sha256=sha256_file(Path(source.path)), detail=json.dumps(result.as_dict(), ensure_ascii=False))
