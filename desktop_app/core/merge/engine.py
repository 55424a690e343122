"""Merging other files of this program into the open one (the 2025 reorganisation).

A new commune/ward union takes over grassroots unions and members that two or three
former district federations kept, each in its own file. ``merge_files`` brings those
files into the open database:

* each source is validated and read from a private copy (``merge_source``);
* records are recognised across files by ``uid``, then by natural keys (``merge_match``);
* a member known to both files keeps one record whose dated history combines both
  (``merge_history``); derived columns are recomputed from the history afterwards;
* a field that differs on both sides is a conflict: listed, and by default settled in
  favour of the most recently changed side (``updated_at``); the caller may choose;
* officers, events (with their people, programme, results), courses (with enrolments),
  support payments, unions' yearly facts and targets come along, references remapped;
* every added or matched union and member remembers the merge (file, former managing
  body, date) in ``provenance``.

Everything happens in ONE transaction after an automatic backup: an error or a
cancellation midway leaves the database as it was. A dry run does the same work and
rolls it back, so its report is exactly what the merge would do. A merge that would
change nothing (the same file merged again) is rolled back too and records nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop_app.core.backup.archive import auto_backup
from desktop_app.core.errors import UserError
from desktop_app.core.merge.history import combine
from desktop_app.core.merge.match import (
    Index,
    MemberIndex,
    UnionIndex,
    body_key,
    course_key,
    event_key,
    officer_key,
    welfare_key,
)
from desktop_app.core.merge.source import Source, open_source
from desktop_app.core.messages import Message
from desktop_app.core.records import members as members_mod
from desktop_app.core.records import unions as unions_mod
from desktop_app.core.records.fields import rows
from desktop_app.core.storage.db import audit, rebuild_derived, triggers_suspended
from desktop_app.core.text import fold, vn_date
from desktop_app.core.work import Cancelled, Progress

PREFERENCES = ("newest", "ours", "theirs")

# What the report says besides counts and conflicts; the window translates by code.
NOTES = {
    "code_clashes": "{n} unions use codes that other unions here already have; they came without a code "
                    "(the old code is in their note)",
    "certificate_clashes": "{n} certificate numbers are already used here; those enrolments came without a "
                           "number (the old number is in their note)",
    "kept_unique": "{record}: kept this file's {field}; {value} belongs to another record here",
    "ambiguous_union": "union {record}: several unions here have the same name and address; added as a "
                       "separate union, check for a duplicate",
    "ambiguous_member": "member {record}: several members here have the same name and birth date; added as "
                        "a separate member, check for a duplicate",
    "cccd_taken": "member {record}: CCCD {value} is already on {holder} here; added without the CCCD, check "
                  "which is right",
}

# Columns compared between two copies of a record; a tuple is settled as one value
# (a status goes with its date, a sector with its state/non-state flag).
MEMBER_FIELDS: tuple[tuple[str, ...], ...] = tuple(
    (c,) for c in ("full_name", "sex", "birth_date", "ethnicity", "cccd", "phone", "job", "card_no", "note")) + (
    ("nationality", "work_relation", "contract_months"),)  # settled together: the 2024 law's conditions
UNION_FIELDS: tuple[tuple[str, ...], ...] = (
    ("code",), ("name",), ("employer",), ("address",), ("ward",), ("sector", "is_state"), ("founded_on",),
    ("founding_decision",), ("status", "status_on"), ("workers",), ("phone",), ("note",))
EVENT_FIELDS: tuple[tuple[str, ...], ...] = (
    ("kind",), ("title",), ("number_label",), ("term",), ("starts_at", "ends_at"), ("place",), ("doc_number",),
    ("expected_count",), ("present_count",), ("participant_count",), ("absent_note",), ("summary",),
    ("conclusions",), ("note",))
COURSE_FIELDS: tuple[tuple[str, ...], ...] = (
    ("title",), ("topic",), ("target_group",), ("starts_on", "ends_on"), ("place",), ("trainer",),
    ("sessions",), ("note",))
OFFICER_FIELDS: tuple[tuple[str, ...], ...] = (("term",), ("term_start", "term_end"), ("full_time",), ("note",))
YEAR_FIELDS: tuple[tuple[str, ...], ...] = (
    ("rating",), ("workers_conference",), ("agreement_type", "agreement_signed_on", "agreement_expires_on"),
    ("note",))
TARGET_FIELDS: tuple[tuple[str, ...], ...] = (("value",), ("note",))
AWARD_FIELDS: tuple[tuple[str, ...], ...] = (
    ("status", "decision_no", "decision_date"), ("reason",), ("note",))


def award_key(r: dict[str, Any]) -> Any:
    return (r["year"], r["form"], r["level"], r["member_id"] or 0, 0 if r["member_id"] else r["union_id"])


# The registers of issue 18: table -> (natural key, columns compared, how a record is named).
def congress_key(r: dict[str, Any]) -> Any:
    return (r["union_id"], r["held_on"])


CONGRESS_FIELDS: tuple[tuple[str, ...], ...] = (
    ("kind",), ("term_start", "term_end"), ("number_label",), ("delegates",), ("committee_size",), ("note",))

def dues_key(r: dict[str, Any]) -> Any:
    return (r["union_id"], r["year"], r["period"])


def rate_key(r: dict[str, Any]) -> Any:
    return (r["kind"], r["valid_from"])


DUES_FIELDS: tuple[tuple[str, ...], ...] = (
    ("members",), ("fund_exempt",), ("dues_due", "dues_paid"), ("fund_due", "fund_paid"), ("note",))
RATE_FIELDS: tuple[tuple[str, ...], ...] = (("rate_percent", "cap_percent_of_base", "base_salary"), ("note",))

def custom_field_key(r: dict[str, Any]) -> Any:
    return (r["entity"], fold(r["name"]))


REGISTERS: dict[str, tuple[Callable[[dict[str, Any]], Any], tuple[tuple[str, ...], ...], str]] = {
    "awards": (award_key, AWARD_FIELDS, "{year} {form} {level}"),
    "congresses": (congress_key, CONGRESS_FIELDS, "{held_on} {term_start}-{term_end}"),
    "dues": (dues_key, DUES_FIELDS, "{year} {period}"),
    "due_rates": (rate_key, RATE_FIELDS, "{kind} {valid_from}"),
    "custom_fields": (custom_field_key, (("kind",), ("choices",)), "{entity} {name}"),
}

# Tables whose triggers keep derived columns, search indexes and updated_at: suspended
# during the merge (derived columns and search indexes are rebuilt once at the end, and
# updated_at is set by the merge itself so that merging again changes nothing).
_SUSPENDED = ("members", "memberships", "unions", "events", "courses", "officers", *REGISTERS)

class _Rollback(Exception):
    """Ends a dry run, or a merge that would change nothing, without committing."""


@dataclass
class Conflict:
    table: str
    uid: str
    record: str
    field: str
    ours: Any
    theirs: Any
    ours_updated: str | None
    theirs_updated: str | None
    source: str
    choice: str = "ours"
    note: str = ""

    @property
    def key(self) -> str:
        return f"{self.table}/{self.uid}/{self.field}"

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, **asdict(self)}


@dataclass
class SourceReport:
    file: str
    path: str
    former_unit: str | None
    schema_version: int
    added: Counter = field(default_factory=Counter)
    matched: Counter = field(default_factory=Counter)
    changed: Counter = field(default_factory=Counter)
    matched_by: Counter = field(default_factory=Counter)
    history_rows_added: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    note_items: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def note(self, code: str, **params: Any) -> None:
        self.note_items.append((code, params))

    @property
    def notes(self) -> list[str]:
        return [NOTES[code].format(**params) for code, params in self.note_items]

    @property
    def label(self) -> str:
        return f"{self.file} / {self.former_unit}" if self.former_unit else self.file

    def did_change(self) -> bool:
        return bool(sum(self.added.values()) or sum(self.changed.values()) or self.history_rows_added)

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "path": self.path, "former_unit": self.former_unit,
                "schema_version": self.schema_version, "added": dict(self.added),
                "matched": dict(self.matched), "changed": dict(self.changed),
                "matched_by": dict(self.matched_by), "history_rows_added": self.history_rows_added,
                "conflicts": [c.to_dict() for c in self.conflicts], "notes": self.notes,
                "note_items": [{"code": c, **p} for c, p in self.note_items]}


@dataclass
class MergeReport:
    dry_run: bool
    sources: list[SourceReport] = field(default_factory=list)
    committed: bool = False
    backup: str | None = None
    seconds: float = 0.0

    @property
    def conflicts(self) -> list[Conflict]:
        return [c for s in self.sources for c in s.conflicts]

    def total(self, what: str, table: str) -> int:
        return sum(getattr(s, what)[table] for s in self.sources)

    @property
    def changes(self) -> bool:
        return any(s.did_change() for s in self.sources)

    def to_dict(self) -> dict[str, Any]:
        return {"dry_run": self.dry_run, "committed": self.committed, "backup": self.backup,
                "seconds": round(self.seconds, 3), "changes": self.changes,
                "sources": [s.to_dict() for s in self.sources]}

    def summary_lines(self) -> list[str]:
        lines = []
        for s in self.sources:
            lines.append(f"{s.label}:")
            for table in ("unions", "members", "officers", "events", "courses", "welfare", *REGISTERS):
                a, m, c = s.added[table], s.matched[table], s.changed[table]
                if a or m:
                    lines.append(f"  {table:<9} {a:>7} added {m:>7} already here ({c} updated)")
            if s.history_rows_added:
                lines.append(f"  history rows added to members already here: {s.history_rows_added}")
            if s.conflicts:
                theirs = sum(1 for c in s.conflicts if c.choice == "theirs")
                lines.append(f"  conflicts: {len(s.conflicts)} ({theirs} take the other file's value, "
                             f"{len(s.conflicts) - theirs} keep this file's)")
            lines.extend(f"  note: {n}" for n in s.notes[:20])
            if len(s.notes) > 20:
                lines.append(f"  ... and {len(s.notes) - 20} more notes")
        if self.dry_run:
            lines.append("dry run: nothing was changed")
        elif self.committed:
            lines.append(f"merged in {self.seconds:.1f} s; backup before the merge: {self.backup}")
        else:
            lines.append("nothing to merge: every record is already here")
        return lines


# --- choices ---------------------------------------------------------------------------

def load_choices(path: Path | str) -> dict[str, str]:
    """Conflict choices from a JSON file: either ``{"key": "ours"|"theirs"}`` or the list
    written by ``--write-conflicts`` with each ``choice`` edited."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise UserError("merge.cannot_read_choices", path=path, error=e) from None
    if isinstance(data, dict) and "sources" in data:  # a whole --json report
        data = [c for s in data["sources"] for c in s.get("conflicts", [])]
    if isinstance(data, dict):
        items = list(data.items())
    elif isinstance(data, list):
        try:
            items = [(d.get("key") or f"{d['table']}/{d['uid']}/{d['field']}", d["choice"]) for d in data]
        except (AttributeError, KeyError, TypeError):
            raise UserError("merge.bad_conflict", path=path) from None
    else:
        raise UserError("merge.bad_choices_file", path=path)
    out = {}
    for key, choice in items:
        if choice not in ("ours", "theirs"):
            raise UserError("merge.bad_choice", path=path, key=key, choice=repr(choice))
        out[str(key)] = choice
    return out


# --- entry point -----------------------------------------------------------------------

def merge_files(db: sqlite_utils.Database, paths: Sequence[Path | str], *, dry_run: bool = False,
                prefer: str = "newest", choices: dict[str, str] | None = None,
                progress: Progress | None = None, today: dt.date | None = None) -> MergeReport:
    """Merge the files ``paths`` into ``db``; see the module docstring."""
    if prefer not in PREFERENCES:
        raise UserError("merge.bad_preference", choices=', '.join(PREFERENCES))
    if not paths:
        raise UserError("merge.no_files")
    started = time.perf_counter()
    report = MergeReport(dry_run=dry_run)
    sources: list[Source] = []
    try:
        for p in paths:
            sources.append(open_source(p, db))
        if not dry_run:
            report.backup = str(auto_backup(db, "merge"))
        merged_on = (today or dt.date.today()).isoformat()
        try:
            with db.atomic():
                with triggers_suspended(db, *_SUSPENDED):
                    for n, src in enumerate(sources):
                        sr = SourceReport(file=src.name, path=str(src.path), former_unit=src.former_unit,
                                          schema_version=src.original_version)
                        report.sources.append(sr)
                        _Run(db, src, sr, prefer, choices or {}, merged_on,
                             _scaled(progress, n, len(sources))).run()
                    _tick(progress, 0.97, 1, Message("merge.recomputing"))
                    rebuild_derived(db)
                if dry_run or not report.changes:
                    raise _Rollback
                audit(db, "merge", ", ".join(s.file for s in report.sources),
                      records=sum(sum(s.added.values()) + s.matched["members"] + s.matched["unions"]
                                  for s in report.sources),
                      sha256=",".join(s.sha256 for s in sources),
                      detail=json.dumps({"backup": report.backup, "sources": [
                          {"file": s.file, "former_unit": s.former_unit, "added": dict(s.added),
                           "matched": dict(s.matched), "conflicts": len(s.conflicts)}
                          for s in report.sources]}, ensure_ascii=False))
            report.committed = True
        except _Rollback:
            pass
    finally:
        for s in sources:
            s.close()
    _tick(progress, 1, 1, Message("merge.done"))
    report.seconds = time.perf_counter() - started
    return report


def _tick(progress: Progress | None, done: float, total: float, text: str = "") -> None:
    """Report progress as whole thousandths (progress dialogs take integers)."""
    if progress is None:
        return
    if progress(int(1000 * done / max(total, 1)), 1000, text) is False:
        raise Cancelled("merge.cancelled")


def _scaled(progress: Progress | None, n: int, count: int) -> Progress | None:
    """The progress of source ``n`` of ``count`` as a share of the whole merge."""
    if progress is None:
        return None

    def inner(done: float, total: float, text: str = "") -> Any:
        return progress(int(950 * (n + done / max(total, 1)) / count), 1000, text)
    return inner


# --- one source ------------------------------------------------------------------------

class _Run:
    def __init__(self, db: sqlite_utils.Database, src: Source, report: SourceReport, prefer: str,
                 choices: dict[str, str], merged_on: str, progress: Progress | None):
        self.db = db
        self.src = src
        self.theirs = src.db
        self.r = report
        self.prefer = prefer
        self.choices = choices
        self.merged_on = merged_on
        self.progress = progress
        self.columns = {t: [c[1] for c in db.execute(f"PRAGMA table_info([{t}])").fetchall()]
                        for t in ("bodies", "unions", "members", "memberships", "officers", "events",
                                  "event_people", "event_unions", "event_items", "event_results",
                                  "courses", "enrolments", "welfare", "union_years", "targets", *REGISTERS)}
        self.body_map: dict[int, int] = {}
        self.union_map: dict[int, int] = {}
        self.member_map: dict[int, int] = {}
        self.provenance: list[tuple[str, int, str | None, str]] = []
        self.code_clashes = 0
        self.certificate_clashes = 0

    # helpers
    def their_rows(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        return rows(self.theirs, sql, params)

    def our_rows(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        return rows(self.db, sql, params)

    def insert(self, table: str, values: dict[str, Any], drop: tuple[str, ...] = ("id",)) -> int:
        cols = [c for c in self.columns[table] if c not in drop and c in values]
        cur = self.db.execute(
            f"INSERT INTO [{table}] ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            [values[c] for c in cols])
        return cur.lastrowid

    def uid_free(self, table: str, uid: str | None) -> bool:
        return bool(uid) and self.db.execute(f"SELECT 1 FROM [{table}] WHERE uid = ?", [uid]).fetchone() is None

    def tick(self, step: int, text: str) -> None:
        if self.progress is not None and self.progress(step, 8, text) is False:
            raise Cancelled("merge.cancelled")

    def run(self) -> None:
        self.merge_id = self.db.execute(
            "INSERT INTO merges (file_name, file_path, file_sha256, former_unit, former_unit_uid, merged_on) "
            "VALUES (?,?,?,?,?,?)",
            [self.src.name, str(self.src.path), self.src.sha256, self.src.former_unit,
             self.src.former_unit_uid, self.merged_on]).lastrowid
        self.tick(0, f"{self.src.name}: managing bodies")
        self.bodies()
        self.tick(1, f"{self.src.name}: grassroots unions")
        self.unions()
        self.tick(2, f"{self.src.name}: members")
        self.members()
        self.tick(3, f"{self.src.name}: membership histories")
        self.histories()
        self.tick(4, f"{self.src.name}: officers")
        self.officers()
        self.tick(5, f"{self.src.name}: events")
        self.events()
        self.tick(6, f"{self.src.name}: courses and support")
        self.courses()
        self.welfare()
        self.union_years_and_targets()
        self.registers()
        self.tick(7, f"{self.src.name}: recording where records came from")
        if self.code_clashes:
            self.r.note("code_clashes", n=self.code_clashes)
        if self.certificate_clashes:
            self.r.note("certificate_clashes", n=self.certificate_clashes)
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO provenance (merge_id, table_name, record_id, source_uid, action) "
            "VALUES (?,?,?,?,?)", [(self.merge_id, *p) for p in self.provenance])
        self.db.execute(
            "UPDATE merges SET added = ?, matched = ?, conflicts = ?, detail = ? WHERE id = ?",
            [sum(self.r.added.values()), sum(self.r.matched.values()), len(self.r.conflicts),
             json.dumps({"added": dict(self.r.added), "matched": dict(self.r.matched),
                         "changed": dict(self.r.changed), "history_rows_added": self.r.history_rows_added},
                        ensure_ascii=False), self.merge_id])

    # conflicts
    def reconcile(self, table: str, label: str, ours: dict[str, Any], theirs: dict[str, Any],
                  groups: Sequence[tuple[str, ...]]) -> dict[str, Any]:
        """The values of ``theirs`` to write into our record: gaps filled, conflicts settled."""
        updates: dict[str, Any] = {}
        for cols in groups:
            o = tuple(ours[c] for c in cols)
            t = tuple(theirs[c] for c in cols)
            if o == t or all(v in (None, "") for v in t):
                continue
            if all(v in (None, "") for v in o):
                updates.update(zip(cols, t))
                continue
            c = Conflict(table=table, uid=ours["uid"], record=label, field="+".join(cols),
                         ours=o[0] if len(o) == 1 else list(o), theirs=t[0] if len(t) == 1 else list(t),
                         ours_updated=ours.get("updated_at"), theirs_updated=theirs.get("updated_at"),
                         source=self.r.label)
            c.choice = self.choices.get(c.key) or self.default_choice(c)
            self.r.conflicts.append(c)
            if c.choice == "theirs":
                updates.update(zip(cols, t))
        return updates

    def default_choice(self, c: Conflict) -> str:
        if self.prefer != "newest":
            return self.prefer
        return "theirs" if (c.theirs_updated or "") > (c.ours_updated or "") else "ours"

    def drop_taken(self, table: str, column: str, record_id: int, updates: dict[str, Any], label: str) -> None:
        """A unique value (CCCD, union code) taken from the other file must not belong to
        another of our records: keep ours and say so."""
        value = updates.get(column)
        if value and self.db.execute(f"SELECT 1 FROM [{table}] WHERE {column} = ? AND id != ?",
                                     [value, record_id]).fetchone():
            del updates[column]
            for c in self.r.conflicts:
                if c.table == table and c.field == column and c.record == label and c.choice == "theirs":
                    c.choice = "ours"
                    c.note = f"{value} belongs to another record here"
            self.r.note("kept_unique", record=label, field=column, value=value)

    def apply(self, table: str, record_id: int, ours: dict[str, Any], theirs: dict[str, Any],
              updates: dict[str, Any], derived: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
              conflicts_before: int | None = None) -> None:
        """Write the values taken from ``theirs``. The record's ``updated_at`` becomes the
        later of the two, also when a conflict was settled in favour of our value: the
        decision stands, and merging the same file again finds nothing newer."""
        stamp = max(ours.get("updated_at") or "", theirs.get("updated_at") or "")
        decided = conflicts_before is not None and len(self.r.conflicts) > conflicts_before
        if "updated_at" in self.columns[table] and decided and stamp != ours.get("updated_at"):
            updates["updated_at"] = stamp
        if not updates:
            return
        merged = {**ours, **updates}
        if derived and set(updates) - {"updated_at"}:
            updates.update(derived(merged))
        if "updated_at" in self.columns[table]:
            updates["updated_at"] = stamp
        sets = ", ".join(f"{c} = ?" for c in updates)
        self.db.execute(f"UPDATE [{table}] SET {sets} WHERE id = ?", [*updates.values(), record_id])
        self.r.changed[table] += 1

    # bodies
    def bodies(self) -> None:
        ours = self.our_rows("SELECT * FROM bodies")
        index = Index(ours, [body_key])
        theirs = self.their_rows("SELECT * FROM bodies ORDER BY parent_id IS NOT NULL, id")
        pending_parent = []
        for b in theirs:
            found, how = index.find(b)
            if found is not None:
                self.body_map[b["id"]] = found
                continue
            values = {**b, "is_own": 0, "parent_id": None}
            if not self.uid_free("bodies", b["uid"]):
                values.pop("uid")
            new_id = self.insert("bodies", values)
            self.body_map[b["id"]] = new_id
            index.add({**b, "id": new_id})
            self.r.added["bodies"] += 1
            self.provenance.append(("bodies", new_id, b["uid"], "added"))
            if b["parent_id"]:
                pending_parent.append((new_id, b["parent_id"]))
        for new_id, parent in pending_parent:
            if parent in self.body_map:
                self.db.execute("UPDATE bodies SET parent_id = ? WHERE id = ?", [self.body_map[parent], new_id])

    # unions
    def unions(self) -> None:
        index = UnionIndex(self.our_rows("SELECT * FROM unions"))
        theirs = self.their_rows("SELECT * FROM unions ORDER BY id")
        reserved = index.reserve_uids(theirs)
        status_from_theirs: list[tuple[int, int]] = []  # (our id, their merged_into_id)
        for u in theirs:
            found, how = index.find(u, reserved)
            if found is not None:
                index.taken.add(found)
                ours = index.rows[found]
                self.union_map[u["id"]] = found
                self.r.matched["unions"] += 1
                self.r.matched_by[f"unions:{how}"] += 1
                before = len(self.r.conflicts)
                updates = self.reconcile("unions", ours["name"], ours, u, UNION_FIELDS)
                self.drop_taken("unions", "code", found, updates, ours["name"])
                if updates.get("status") and u["merged_into_id"]:
                    status_from_theirs.append((found, u["merged_into_id"]))
                elif "status" in updates:
                    updates["merged_into_id"] = None
                self.apply("unions", found, ours, u, updates, lambda m: {
                    "name_folded": fold(m["name"]), "search_text": unions_mod.search_text(m)}, before)
                self.provenance.append(("unions", found, u["uid"], "merged"))
                continue
            if how == "ambiguous":
                self.r.note("ambiguous_union", record=u["name"])
            values = {**u, "body_id": self.body_map.get(u["body_id"]), "merged_into_id": None}
            if not self.uid_free("unions", u["uid"]):
                values.pop("uid")
            if u["code"] and self.db.execute("SELECT 1 FROM unions WHERE code = ?", [u["code"]]).fetchone():
                values["code"] = None
                values["note"] = "; ".join(x for x in (u["note"], f"code {u['code']} in {self.src.name}") if x)
                self.code_clashes += 1
            new_id = self.insert("unions", values)
            index.add({**values, "id": new_id})
            index.taken.add(new_id)
            self.union_map[u["id"]] = new_id
            self.r.added["unions"] += 1
            self.provenance.append(("unions", new_id, u["uid"], "added"))
            if u["merged_into_id"]:
                status_from_theirs.append((new_id, u["merged_into_id"]))
        for our_id, their_target in status_from_theirs:
            self.db.execute("UPDATE unions SET merged_into_id = ? WHERE id = ?",
                            [self.union_map.get(their_target), our_id])

    # members
    def members(self) -> None:
        index = MemberIndex(self.our_rows("SELECT * FROM members"))
        theirs = self.their_rows("SELECT * FROM members ORDER BY id")
        reserved = index.reserve_uids(theirs)
        for m in theirs:
            found, how = index.find(m, reserved)
            label = f"{m['full_name']}" + (f" ({vn_date(m['birth_date'])})" if m["birth_date"] else "")
            if found is not None:
                index.taken.add(found)
                ours = index.rows[found]
                label = f"{ours['full_name']}" + (f" ({vn_date(ours['birth_date'])})" if ours["birth_date"] else "")
                self.member_map[m["id"]] = found
                self.r.matched["members"] += 1
                self.r.matched_by[f"members:{how}"] += 1
                before = len(self.r.conflicts)
                updates = self.reconcile("members", label, ours, m, MEMBER_FIELDS)
                self.drop_taken("members", "cccd", found, updates, label)
                self.apply("members", found, ours, m, updates, lambda v: {
                    "name_folded": fold(v["full_name"]), "search_text": members_mod.search_text(v)}, before)
                self.provenance.append(("members", found, m["uid"], "merged"))
                continue
            if how == "ambiguous":
                self.r.note("ambiguous_member", record=label)
            values = dict(m)
            if not self.uid_free("members", m["uid"]):
                values.pop("uid")
            holder = m["cccd"] and self.db.execute("SELECT full_name FROM members WHERE cccd = ?",
                                                   [m["cccd"]]).fetchone()
            if holder:
                values["cccd"] = None
                values["note"] = "; ".join(x for x in (m["note"], f"CCCD {m['cccd']} in {self.src.name}") if x)
                self.r.note("cccd_taken", record=label, value=m["cccd"], holder=holder[0])
            # the current union/status are derived from the history, rebuilt at the end
            values.update(union_id=None, status="none", status_on=None, joined_on=None)
            new_id = self.insert("members", values)
            index.add({**values, "id": new_id})
            index.taken.add(new_id)
            self.member_map[m["id"]] = new_id
            self.r.added["members"] += 1
            self.provenance.append(("members", new_id, m["uid"], "added"))

    def histories(self) -> None:
        theirs_by_member: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for h in self.their_rows("SELECT * FROM memberships ORDER BY member_id, on_date, id"):
            h["member_id"] = self.member_map[h["member_id"]]
            h["union_id"] = self.union_map.get(h["union_id"]) if h["union_id"] is not None else None
            theirs_by_member[h["member_id"]].append(h)
        ours_by_member: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for h in self.our_rows("SELECT * FROM memberships ORDER BY member_id, on_date, id"):
            ours_by_member[h["member_id"]].append(h)
        for member_id, theirs in theirs_by_member.items():
            ours = ours_by_member.get(member_id, [])
            combined, new = combine(ours, theirs)
            if not new:
                continue
            if ours:
                self.r.history_rows_added += len(new)
            # Rewrite the member's history in the combined order: ties on a date are
            # broken by row id, so the order of ids must be the order of events.
            if ours:
                self.db.execute("DELETE FROM memberships WHERE member_id = ?", [member_id])
            new_ids = {id(h) for h in new}
            for h in combined:
                values = dict(h)
                if id(h) in new_ids and not self.uid_free("memberships", h["uid"]):
                    values.pop("uid")
                self.insert("memberships", values)

    # officers, events, courses, welfare
    def officers(self) -> None:
        ours = self.our_rows("SELECT * FROM officers")
        index = Index(ours, [officer_key])
        names = dict(self.db.execute("SELECT id, full_name FROM members WHERE id IN "
                                     "(SELECT member_id FROM officers)").fetchall())
        for o in self.their_rows("SELECT * FROM officers ORDER BY id"):
            o = {**o, "member_id": self.member_map[o["member_id"]],
                 "union_id": self.union_map.get(o["union_id"]) if o["union_id"] else None,
                 "body_id": self.body_map.get(o["body_id"]) if o["body_id"] else None}
            found, _ = index.find(o)
            if found is not None:
                index.taken.add(found)
                self.r.matched["officers"] += 1
                label = f"{names.get(o['member_id'], '')} ({o['role']})"
                before = len(self.r.conflicts)
                updates = self.reconcile("officers", label, index.rows[found], o, OFFICER_FIELDS)
                self.apply("officers", found, index.rows[found], o, updates, None, before)
                continue
            values = dict(o)
            if not self.uid_free("officers", o["uid"]):
                values.pop("uid")
            new_id = self.insert("officers", values)
            index.add({**values, "id": new_id})
            index.taken.add(new_id)
            self.r.added["officers"] += 1
            self.provenance.append(("officers", new_id, o["uid"], "added"))

    def events(self) -> None:
        index = Index(self.our_rows("SELECT * FROM events"), [event_key])
        for e in self.their_rows("SELECT * FROM events ORDER BY id"):
            their_id = e["id"]
            e = {**e, "body_id": self.body_map.get(e["body_id"]) if e["body_id"] else None,
                 "union_id": self.union_map.get(e["union_id"]) if e["union_id"] else None}
            found, _ = index.find(e)
            if found is not None:
                index.taken.add(found)
                self.r.matched["events"] += 1
                before = len(self.r.conflicts)
                updates = self.reconcile("events", e["title"], index.rows[found], e, EVENT_FIELDS)
                self.apply("events", found, index.rows[found], e, updates,
                           lambda v: {"search_text": fold(v["title"])}, before)
                continue
            values = dict(e)
            if not self.uid_free("events", e["uid"]):
                values.pop("uid")
            new_id = self.insert("events", values)
            index.add({**values, "id": new_id})
            index.taken.add(new_id)
            self.r.added["events"] += 1
            self.provenance.append(("events", new_id, e["uid"], "added"))
            for p in self.their_rows("SELECT * FROM event_people WHERE event_id = ? ORDER BY id", [their_id]):
                self.insert("event_people", {**p, "event_id": new_id,
                                             "member_id": self.member_map.get(p["member_id"])})
            for it in self.their_rows("SELECT * FROM event_items WHERE event_id = ? ORDER BY id", [their_id]):
                self.insert("event_items", {**it, "event_id": new_id})
            for res in self.their_rows("SELECT * FROM event_results WHERE event_id = ? ORDER BY id", [their_id]):
                self.insert("event_results", {**res, "event_id": new_id,
                                              "union_id": self.union_map.get(res["union_id"])})
            for eu in self.their_rows("SELECT * FROM event_unions WHERE event_id = ?", [their_id]):
                self.insert("event_unions", {**eu, "event_id": new_id, "union_id": self.union_map[eu["union_id"]]},
                            drop=())

    def courses(self) -> None:
        index = Index(self.our_rows("SELECT * FROM courses"), [course_key])
        for c in self.their_rows("SELECT * FROM courses ORDER BY id"):
            their_id = c["id"]
            c = {**c, "body_id": self.body_map.get(c["body_id"]) if c["body_id"] else None}
            found, _ = index.find(c)
            if found is not None:
                index.taken.add(found)
                self.r.matched["courses"] += 1
                before = len(self.r.conflicts)
                updates = self.reconcile("courses", c["title"], index.rows[found], c, COURSE_FIELDS)
                self.apply("courses", found, index.rows[found], c, updates,
                           lambda v: {"search_text": fold(f"{v['title']} {v.get('topic') or ''}")}, before)
                course_id = found
            else:
                values = dict(c)
                if not self.uid_free("courses", c["uid"]):
                    values.pop("uid")
                course_id = self.insert("courses", values)
                index.add({**values, "id": course_id})
                index.taken.add(course_id)
                self.r.added["courses"] += 1
                self.provenance.append(("courses", course_id, c["uid"], "added"))
            for en in self.their_rows("SELECT * FROM enrolments WHERE course_id = ? ORDER BY id", [their_id]):
                member_id = self.member_map[en["member_id"]]
                if self.db.execute("SELECT 1 FROM enrolments WHERE course_id = ? AND member_id = ?",
                                   [course_id, member_id]).fetchone():
                    continue
                values = {**en, "course_id": course_id, "member_id": member_id}
                if not self.uid_free("enrolments", en["uid"]):
                    values.pop("uid")
                if en["certificate_no"] and self.db.execute(
                        "SELECT 1 FROM enrolments WHERE certificate_no = ?", [en["certificate_no"]]).fetchone():
                    values["certificate_no"] = None
                    values["note"] = "; ".join(x for x in (en["note"], f"certificate {en['certificate_no']} "
                                                           f"in {self.src.name}") if x)
                    self.certificate_clashes += 1
                self.insert("enrolments", values)
                self.r.added["enrolments"] += 1

    def welfare(self) -> None:
        index = Index(self.our_rows("SELECT * FROM welfare"), [welfare_key])
        for w in self.their_rows("SELECT * FROM welfare ORDER BY id"):
            w = {**w, "member_id": self.member_map.get(w["member_id"]) if w["member_id"] else None,
                 "union_id": self.union_map.get(w["union_id"]) if w["union_id"] else None}
            found, _ = index.find(w)
            if found is not None:
                index.taken.add(found)
                self.r.matched["welfare"] += 1
                continue
            values = dict(w)
            if not self.uid_free("welfare", w["uid"]):
                values.pop("uid")
            new_id = self.insert("welfare", values)
            index.add({**values, "id": new_id})
            index.taken.add(new_id)
            self.r.added["welfare"] += 1
            self.provenance.append(("welfare", new_id, w["uid"], "added"))

    def registers(self) -> None:
        """Awards (and the other registers of issue 18) with their union and member
        remapped: found by uid or natural key and reconciled, else added."""
        self.register_maps: dict[str, dict[int, int]] = {}
        for table, (key, groups, label) in REGISTERS.items():
            index = Index(self.our_rows(f"SELECT * FROM [{table}]"), [key])
            ids = self.register_maps[table] = {}
            for t in self.their_rows(f"SELECT * FROM [{table}] ORDER BY id"):
                t = {**t, **{c: (self.member_map if c == "member_id" else self.union_map).get(t[c])
                             for c in ("union_id", "member_id") if c in t and t[c] is not None}}
                found, _ = index.find(t)
                if found is not None:
                    ids[t["id"]] = found
                    index.taken.add(found)
                    self.r.matched[table] += 1
                    ours = index.rows[found]
                    before = len(self.r.conflicts)
                    updates = self.reconcile(table, label.format(**t), ours, t, groups)
                    self.apply(table, found, ours, t, updates, conflicts_before=before)
                    continue
                values = dict(t)
                if not self.uid_free(table, t["uid"]):
                    values.pop("uid")
                new_id = self.insert(table, values)
                ids[t["id"]] = new_id
                index.add({**values, "id": new_id})
                index.taken.add(new_id)
                self.r.added[table] += 1
        # The values of the user's own fields: a value this file lacks is filled in.
        fields_map = self.register_maps["custom_fields"]
        for table, column, records in (("member_custom_values", "member_id", self.member_map),
                                       ("union_custom_values", "union_id", self.union_map)):
            for v in self.their_rows(f"SELECT * FROM {table}"):
                if v[column] in records and v["field_id"] in fields_map:
                    cur = self.db.execute(
                        f"INSERT OR IGNORE INTO {table} ({column}, field_id, value) VALUES (?,?,?)",
                        [records[v[column]], fields_map[v["field_id"]], v["value"]])
                    self.r.added[table] += cur.rowcount

    def union_years_and_targets(self) -> None:
        """Yearly facts and targets: missing years are filled; differing values are
        conflicts (neither side is stamped, so by default this file's value stays)."""
        union_uids = dict(self.db.execute("SELECT id, uid FROM unions").fetchall())
        union_names = dict(self.db.execute("SELECT id, name FROM unions").fetchall())
        for y in self.their_rows("SELECT * FROM union_years ORDER BY union_id, year"):
            union_id = self.union_map[y["union_id"]]
            found = self.our_rows("SELECT * FROM union_years WHERE union_id = ? AND year = ?", [union_id, y["year"]])
            if not found:
                self.insert("union_years", {**y, "union_id": union_id}, drop=())
                self.r.added["union_years"] += 1
                continue
            key = {"uid": f"{union_uids[union_id]}:{y['year']}", "updated_at": None}
            updates = self.reconcile("union_years", f"{union_names[union_id]} ({y['year']})",
                                     {**found[0], **key}, {**y, **key}, YEAR_FIELDS)
            if updates:
                sets = ", ".join(f"{c} = ?" for c in updates)
                self.db.execute(f"UPDATE union_years SET {sets} WHERE union_id = ? AND year = ?",
                                [*updates.values(), union_id, y["year"]])
                self.r.changed["union_years"] += 1
        for t in self.their_rows("SELECT * FROM targets ORDER BY year, indicator"):
            found = self.our_rows("SELECT * FROM targets WHERE year = ? AND indicator = ?",
                                  [t["year"], t["indicator"]])
            if not found:
                self.insert("targets", t, drop=())
                self.r.added["targets"] += 1
                continue
            key = {"uid": f"{t['year']}:{t['indicator']}", "updated_at": None}
            updates = self.reconcile("targets", f"{t['indicator']} ({t['year']})", {**found[0], **key},
                                     {**t, **key}, TARGET_FIELDS)
            if updates:
                sets = ", ".join(f"{c} = ?" for c in updates)
                self.db.execute(f"UPDATE targets SET {sets} WHERE year = ? AND indicator = ?",
                                [*updates.values(), t["year"], t["indicator"]])
                self.r.changed["targets"] += 1


# --- provenance ------------------------------------------------------------------------

def provenance(db: sqlite_utils.Database, table: str, record_id: int) -> list[dict[str, Any]]:
    """The merges a record came from or was matched in, oldest first: ``action`` (added or
    merged), ``file_name``, ``former_unit``, ``merged_on``, and ``text`` for display."""
    found = rows(db, """
        SELECT p.action, p.source_uid, m.file_name, m.file_path, m.former_unit, m.merged_on, m.merged_at
        FROM provenance p JOIN merges m ON m.id = p.merge_id
        WHERE p.table_name = ? AND p.record_id = ? ORDER BY m.merged_at, m.id""", [table, record_id])
    for p in found:
        origin = " / ".join(x for x in (p["file_name"], p["former_unit"]) if x)
        verb = "added from" if p["action"] == "added" else "merged from"
        p["text"] = f"{verb} {origin} on {vn_date(p['merged_on'])}"
    return found


def member_history(db: sqlite_utils.Database, member_id: int) -> list[dict[str, Any]]:
    """The member's dated history with the merges that brought the record in, in date
    order (merge entries have ``kind`` = ``merge`` and their text in ``note``)."""
    out = members_mod.history(db, member_id)
    for p in provenance(db, "members", member_id):
        out.append({"kind": "merge", "on_date": p["merged_on"], "union_id": None, "union_name": None,
                    "reason": None, "note": p["text"], "file_name": p["file_name"],
                    "former_unit": p["former_unit"]})
    return sorted(out, key=lambda h: h["on_date"])


def merges(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Every merge recorded in this file, latest first."""
    return rows(db, "SELECT * FROM merges ORDER BY merged_at DESC, id DESC")
