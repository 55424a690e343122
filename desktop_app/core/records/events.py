"""Events: health festivals, forums, conferences, congresses, with their programme.

An event is saved whole (the record plus its people, programme items, participating
unions and results) in one transaction, because the minutes are printed from all of
it together.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import sqlite_utils

from desktop_app.core.errors import ValidationError
from desktop_app.core.records.fields import int_field, only_known, required_text, row, rows, text_or_none, update_row
from desktop_app.core.text import clean, fold, parse_date
from desktop_app.core.vocabulary import EVENT_KIND, EVENT_PEOPLE_ROLE

KINDS = EVENT_KIND.codes()
FIELDS = ("kind", "title", "number_label", "term", "starts_at", "ends_at", "place", "doc_number",
          "expected_count", "present_count", "participant_count", "absent_note", "summary",
          "conclusions", "body_id", "union_id", "note", "origin")
PEOPLE_ROLES = EVENT_PEOPLE_ROLE.codes()


def parse_datetime(value: Any, field: str) -> str | None:
    """'dd/mm/yyyy hh:mm', ISO, or a date alone -> 'YYYY-MM-DDTHH:MM'."""
    if value is None or clean(value) == "":
        return None
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%dT%H:%M")
    text = clean(value).replace("T", " ")
    day_part, _, time_part = text.partition(" ")
    day = parse_date(day_part, field)
    if not time_part:
        return f"{day.isoformat()}T00:00"
    time_text = time_part.lower().replace("h", ":").rstrip(":")
    try:
        hour, _, minute = time_text.partition(":")
        t = dt.time(int(hour), int(minute or 0))
    except ValueError:
        raise ValidationError(field, "event.not_a_time", value=repr(time_part)) from None
    return f"{day.isoformat()}T{t:%H:%M}"


def _prepare(fields: dict[str, Any], current: dict[str, Any] | None) -> dict[str, Any]:
    values = only_known(fields, FIELDS)
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key == "kind":
            if value not in KINDS:
                raise ValidationError("kind", "event.unknown_kind", value=repr(value))
            out[key] = value
        elif key == "title":
            out[key] = required_text(value, "title", "The title")
        elif key in ("starts_at", "ends_at"):
            out[key] = parse_datetime(value, key)
        elif key in ("expected_count", "present_count", "participant_count"):
            out[key] = int_field(value, key)
        elif key in ("body_id", "union_id"):
            out[key] = value
        else:
            out[key] = text_or_none(value) if key not in ("summary", "conclusions") else (
                "\n".join(clean(line) for line in str(value).splitlines()).strip() or None if value else None)
    merged = {**(current or {}), **out}
    if not merged.get("starts_at"):
        raise ValidationError("starts_at", "event.start_required")
    if merged.get("ends_at") and merged["ends_at"] < merged["starts_at"]:
        raise ValidationError("ends_at", "event.ends_before_start")
    if merged.get("present_count") is not None and merged.get("expected_count") is not None \
            and merged["present_count"] > merged["expected_count"]:
        raise ValidationError("present_count", "event.more_present_than_invited")
    if "title" in out:
        out["search_text"] = fold(merged["title"])
    return out


def _officer_named(db: sqlite_utils.Database, name: str) -> int | None:
    """The member holding an office in a managing body under exactly this name, when
    only one does."""
    found = db.execute("""SELECT DISTINCT m.id FROM officers o JOIN members m ON m.id = o.member_id
                          WHERE o.body_id IS NOT NULL AND m.full_name = ? LIMIT 2""", [clean(name)]).fetchall()
    return found[0][0] if len(found) == 1 else None


def _replace_children(db: sqlite_utils.Database, event_id: int, people: Sequence[dict] | None,
                      items: Sequence[dict] | None, unions: Sequence[dict] | None,
                      results: Sequence[dict] | None) -> None:
    if people is not None:
        # A person keeps the link to the members register across edits (the window sends
        # names only), and a name that is one of the bodies' officers gets linked, so the
        # minutes print the register's spelling.
        before = {name: mid for name, mid in db.execute(
            "SELECT name, member_id FROM event_people WHERE event_id = ? AND member_id IS NOT NULL", [event_id])}
        db.execute("DELETE FROM event_people WHERE event_id = ?", [event_id])
        for i, p in enumerate(people):
            if not p.get("member_id") and p.get("name"):
                p = {**p, "member_id": before.get(p["name"]) or _officer_named(db, p["name"])}
            if p.get("role") not in PEOPLE_ROLES:
                raise ValidationError("people", "event.unknown_role", role=repr(p.get('role')))
            db["event_people"].insert({
                "event_id": event_id, "role": p["role"], "sort": i,
                "name": required_text(p.get("name"), "people", "A person's name"),
                "position": text_or_none(p.get("position")), "unit": text_or_none(p.get("unit")),
                "member_id": p.get("member_id")})
    if items is not None:
        db.execute("DELETE FROM event_items WHERE event_id = ?", [event_id])
        for i, item in enumerate(items):
            at = text_or_none(item.get("at_time"))
            if at:
                try:
                    h, _, m = at.lower().replace("h", ":").rstrip(":").partition(":")
                    at = f"{dt.time(int(h), int(m or 0)):%H:%M}"
                except ValueError:
                    raise ValidationError("items", "event.not_a_time", value=repr(at)) from None
            db["event_items"].insert({
                "event_id": event_id, "sort": i, "at_time": at,
                "speaker": text_or_none(item.get("speaker")),
                "speaker_role": text_or_none(item.get("speaker_role")),
                "speaker_unit": text_or_none(item.get("speaker_unit")),
                "content": required_text(item.get("content"), "items", "The content of a programme item")})
    if unions is not None:
        db.execute("DELETE FROM event_unions WHERE event_id = ?", [event_id])
        seen: set[int] = set()
        for u in unions:
            union_id = _known_union(db, u.get("union_id"), "unions")
            if union_id in seen:
                name = db.execute("SELECT name FROM unions WHERE id = ?", [union_id]).fetchone()[0]
                raise ValidationError("unions", "event.union_twice", name=name)
            seen.add(union_id)
            db["event_unions"].insert({"event_id": event_id, "union_id": union_id,
                                       "participants": int_field(u.get("participants"), "unions")})
    if results is not None:
        db.execute("DELETE FROM event_results WHERE event_id = ?", [event_id])
        for i, r in enumerate(results):
            union_id = r.get("union_id")
            db["event_results"].insert({
                "event_id": event_id, "sort": i,
                "contest": required_text(r.get("contest"), "results", "The contest"),
                "winner": required_text(r.get("winner"), "results", "The winner"),
                "prize": text_or_none(r.get("prize")),
                "union_id": None if union_id is None else _known_union(db, union_id, "results")})


def _known_union(db: sqlite_utils.Database, union_id: Any, field: str) -> int:
    if union_id is None or not db.execute("SELECT 1 FROM unions WHERE id = ?", [union_id]).fetchone():
        raise ValidationError(field, "event.unknown_union", union_id=union_id)
    return int(union_id)


def add_event(db: sqlite_utils.Database, *, people: Sequence[dict] = (), items: Sequence[dict] = (),
              unions: Sequence[dict] = (), results: Sequence[dict] = (), **fields: Any) -> int:
    for key in ("kind", "title"):
        if key not in fields:
            raise ValidationError(key, "event.field_required", field=key)
    with db.atomic():
        event_id = db["events"].insert(_prepare(fields, None)).last_pk
        _replace_children(db, event_id, people, items, unions, results)
        return event_id


def update_event(db: sqlite_utils.Database, event_id: int, *, people: Sequence[dict] | None = None,
                 items: Sequence[dict] | None = None, unions: Sequence[dict] | None = None,
                 results: Sequence[dict] | None = None, **fields: Any) -> None:
    """Change the event; children passed in replace the existing ones."""
    with db.atomic():
        current = row(db, "events", event_id, "Event")
        update_row(db, "events", event_id, _prepare(fields, current))
        _replace_children(db, event_id, people, items, unions, results)


def delete_event(db: sqlite_utils.Database, event_id: int) -> None:
    with db.atomic():
        row(db, "events", event_id, "Event")
        db.execute("DELETE FROM events WHERE id = ?", [event_id])


def get_event(db: sqlite_utils.Database, event_id: int) -> dict[str, Any]:
    """The event with ``people``, ``items``, ``unions`` and ``results``."""
    event = row(db, "events", event_id, "Event")
    event["people"] = rows(db, "SELECT * FROM event_people WHERE event_id = ? ORDER BY role, sort", [event_id])
    event["items"] = rows(db, "SELECT * FROM event_items WHERE event_id = ? ORDER BY sort", [event_id])
    event["unions"] = rows(db, """SELECT eu.*, u.name, u.code FROM event_unions eu JOIN unions u ON u.id = eu.union_id
                                  WHERE eu.event_id = ? ORDER BY u.name_folded""", [event_id])
    event["results"] = rows(db, """SELECT r.*, u.name AS union_name FROM event_results r
                                   LEFT JOIN unions u ON u.id = r.union_id WHERE r.event_id = ? ORDER BY r.sort""",
                            [event_id])
    return event


def for_union(db: sqlite_utils.Database, union_id: int) -> list[dict[str, Any]]:
    return rows(db, """SELECT e.*, eu.participants FROM events e JOIN event_unions eu ON eu.event_id = e.id
                       WHERE eu.union_id = ? ORDER BY e.starts_at DESC""", [union_id])
