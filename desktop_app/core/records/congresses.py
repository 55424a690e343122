"""Congresses (đại hội) of the grassroots unions and the terms (nhiệm kỳ) they open.

A union holds a congress when its term ends (every five years; the 2025–2030 round is
under way): the one due is the year its latest term ends. ``due(db, year)`` lists the
unions whose congress falls due in or before ``year`` and those with none recorded;
``officers_past_term`` the officers still recorded in office after their term ended.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import sqlite_utils

from desktop_app.core.errors import DuplicateError, ValidationError
from desktop_app.core.records.fields import (
    add_audited,
    date_field,
    delete_audited,
    int_field,
    only_known,
    row,
    rows,
    text_or_none,
    update_audited,
)
from desktop_app.core.vocabulary import CONGRESS_KIND

FIELDS = ("union_id", "held_on", "kind", "term", "term_start", "term_end", "number_label", "delegates",
          "committee_size", "note", "origin")
LONGEST_TERM = 5  # years: the union's rules give a grassroots term of five years at most


def parse_term(value: Any) -> tuple[int, int]:
    """'2023–2028', '2023-2028', 'nhiệm kỳ 2023 - 2028' -> (2023, 2028)."""
    years = re.findall(r"(?<!\d)(\d{4})(?!\d)", str(value or ""))
    if len(years) != 2:
        raise ValidationError("term", "congress.bad_term", value=repr(value))
    return int(years[0]), int(years[1])


def term_label(start: int, end: int) -> str:
    return f"{start}–{end}"


def parse_kind(value: Any) -> str:
    if value in CONGRESS_KIND.codes():
        return value
    found = CONGRESS_KIND.find(str(value or ""))
    if not found:
        raise ValidationError("kind", "congress.unknown_kind", value=repr(value))
    return found


def prepare(db: sqlite_utils.Database, fields: dict[str, Any], current: dict[str, Any] | None = None
            ) -> dict[str, Any]:
    values = only_known(fields, FIELDS)
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key == "held_on":
            out[key] = date_field(value, key, not_after_today=True)
        elif key == "kind":
            out[key] = parse_kind(value)
        elif key == "term":
            if value not in (None, ""):
                out["term_start"], out["term_end"] = parse_term(value)
        elif key in ("term_start", "term_end"):
            out[key] = int_field(value, "term")
        elif key in ("delegates", "committee_size"):
            out[key] = int_field(value, key)
        elif key == "union_id":
            out[key] = int(value) if value not in (None, "") else None
        else:
            out[key] = text_or_none(value)
    merged = {**(current or {}), **out}
    if not merged.get("union_id"):
        raise ValidationError("union_id", "congress.choose_union")
    row(db, "unions", merged["union_id"])
    if not merged.get("held_on"):
        raise ValidationError("held_on", "congress.date_required")
    if not merged.get("kind"):
        raise ValidationError("kind", "congress.unknown_kind", value="''")
    start, end = merged.get("term_start"), merged.get("term_end")
    if start is None or end is None:
        raise ValidationError("term", "congress.bad_term", value="''")
    if end <= start:
        raise ValidationError("term", "congress.term_ends_before_start", start=start, end=end)
    if end - start > LONGEST_TERM:
        raise ValidationError("term", "congress.term_too_long", years=LONGEST_TERM)
    held = int(merged["held_on"][:4])
    # A term runs from its congress (a founding congress may open the rest of the round).
    if not (start <= held + 1 and end > held and start >= held - LONGEST_TERM):
        raise ValidationError("term", "congress.term_not_from_congress", start=start, end=end, held=held)
    if merged.get("committee_size") and merged.get("delegates") and merged["committee_size"] > merged["delegates"] \
            and merged.get("kind") == "delegates":
        raise ValidationError("committee_size", "congress.committee_larger_than_congress")
    twin = db.execute("SELECT id FROM congresses WHERE union_id = ? AND held_on = ? AND id IS NOT ?",
                      [merged["union_id"], merged["held_on"], current and current["id"]]).fetchone()
    if twin:
        raise DuplicateError("held_on", "congress.duplicate")
    return out


def add_congress(db: sqlite_utils.Database, **fields: Any) -> int:
    return add_audited(db, "congresses", prepare, fields)


def update_congress(db: sqlite_utils.Database, congress_id: int, **fields: Any) -> None:
    update_audited(db, "congresses", congress_id, prepare, fields)


def delete_congress(db: sqlite_utils.Database, congress_id: int) -> None:
    delete_audited(db, "congresses", congress_id)


_SELECT = """SELECT c.*, u.name AS union_name, u.code AS union_code, u.status AS union_status
             FROM congresses c JOIN unions u ON u.id = c.union_id"""


def get_congress(db: sqlite_utils.Database, congress_id: int) -> dict[str, Any]:
    found = rows(db, f"{_SELECT} WHERE c.id = ?", [congress_id])
    if not found:
        row(db, "congresses", congress_id)
    return found[0]


def list_congresses(db: sqlite_utils.Database, *, year: int | None = None, kind: str | None = None,
                    search: str = "") -> list[dict[str, Any]]:
    """Congresses, newest first; ``year``: held that year."""
    from desktop_app.core.text import fold

    where, params = ["1"], []
    if year:
        where.append("substr(c.held_on, 1, 4) = ?")
        params.append(str(year))
    if kind:
        where.append("c.kind = ?")
        params.append(kind)
    if search.strip():
        for w in fold(search).split():
            where.append("(u.search_text LIKE ? OR c.number_label LIKE ?)")
            params += [f"%{w}%", f"%{w}%"]
    return rows(db, f"{_SELECT} WHERE {' AND '.join(where)} ORDER BY c.held_on DESC, u.name_folded", params)


def for_union(db: sqlite_utils.Database, union_id: int) -> list[dict[str, Any]]:
    return rows(db, f"{_SELECT} WHERE c.union_id = ? ORDER BY c.held_on DESC", [union_id])


def due(db: sqlite_utils.Database, year: int) -> list[dict[str, Any]]:
    """Active unions whose congress is due in ``year`` or overdue (their latest term ended
    in or before ``year``), and those with no congress recorded (``term_end`` None);
    overdue first, then due, then unknown, by name."""
    return rows(db, """
        WITH latest AS (SELECT union_id, max(held_on) AS held_on FROM congresses GROUP BY union_id)
        SELECT u.id AS union_id, u.name AS union_name, u.code AS union_code, u.ward, c.held_on, c.kind,
               c.term_start, c.term_end,
               (SELECT count(*) FROM members m WHERE m.union_id = u.id AND m.status = 'active') AS members,
               CASE WHEN c.id IS NULL THEN 'unknown' WHEN c.term_end < :y THEN 'overdue' ELSE 'due' END AS state
        FROM unions u LEFT JOIN latest l ON l.union_id = u.id
        LEFT JOIN congresses c ON c.union_id = u.id AND c.held_on = l.held_on
        WHERE u.status = 'active' AND (c.id IS NULL OR c.term_end <= :y)
        ORDER BY CASE WHEN c.id IS NULL THEN 2 WHEN c.term_end < :y THEN 0 ELSE 1 END, c.term_end, u.name_folded""",
        {"y": year})


def officers_past_term(db: sqlite_utils.Database, today: dt.date | None = None,
                       union_id: int | None = None) -> list[dict[str, Any]]:
    """Officers of grassroots unions still recorded in office (no end date) whose term
    has ended: the term written on them ends before this year, or their union has held
    a congress since they took office."""
    today = today or dt.date.today()
    found = rows(db, f"""
        SELECT o.id, o.member_id, o.union_id, o.role, o.term, o.term_start, m.full_name, u.name AS union_name,
               (SELECT max(c.held_on) FROM congresses c WHERE c.union_id = o.union_id
                  AND c.held_on > coalesce(o.term_start, '0') AND c.held_on <= :today) AS later_congress
        FROM officers o JOIN members m ON m.id = o.member_id JOIN unions u ON u.id = o.union_id
        WHERE o.term_end IS NULL AND u.status = 'active' {'AND o.union_id = :u' if union_id else ''}
        ORDER BY u.name_folded, m.name_folded""", {"today": today.isoformat(), "u": union_id})
    out = []
    for o in found:
        ended = None
        try:
            ended = parse_term(o["term"])[1] if o["term"] else None
        except ValidationError:
            pass
        if (ended is not None and ended < today.year) or o["later_congress"]:
            out.append({**o, "term_ended": ended})
    return out
