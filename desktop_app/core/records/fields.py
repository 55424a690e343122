"""Helpers shared by the record modules (unions, members, events...)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import sqlite_utils

from desktop_app.core.errors import InUseError, NotFoundError, ValidationError
from desktop_app.core.messages import Message
from desktop_app.core.text import clean, iso_date

# What a record of each table is called in "... #12 does not exist".
RECORD_NAMES = {"members": Message("record.members"), "unions": Message("record.unions"),
                "welfare": Message("record.welfare"), "courses": Message("record.courses"),
                "enrolments": Message("record.enrolments"), "events": Message("record.events"),
                "officers": Message("record.officers"), "bodies": Message("record.bodies"),
                "awards": Message("record.awards"), "congresses": Message("record.congresses"),
                "dues": Message("record.dues"), "due_rates": Message("record.due_rates")}


def row(db: sqlite_utils.Database, table: str, record_id: int, what: str = "") -> dict[str, Any]:
    """The record as a dict, or NotFoundError naming the kind of record that was missing
    (the word comes from the table: ``record.<table>`` in the catalogue)."""
    cur = db.execute(f"SELECT * FROM [{table}] WHERE id = ?", [record_id])
    values = cur.fetchone()
    if values is None:
        raise NotFoundError("record.does_not_exist", what=RECORD_NAMES[table], record_id=record_id)
    return dict(zip([c[0] for c in cur.description], values))


def rows(db: sqlite_utils.Database, sql: str,
         params: Iterable[Any] | Mapping[str, Any] = ()) -> list[dict[str, Any]]:
    # named parameters (":d") need the mapping itself: list() of a dict is its keys
    cur = db.execute(sql, params if isinstance(params, Mapping) else list(params))
    names = [c[0] for c in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def only_known(fields: Mapping[str, Any], allowed: Iterable[str]) -> dict[str, Any]:
    allowed = set(allowed)
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"unknown fields: {', '.join(sorted(unknown))}")
    return dict(fields)


def text_or_none(value: Any) -> str | None:
    return clean(value) or None


def required_text(value: Any, field: str, label: str) -> str:
    text = clean(value)
    if not text:
        raise ValidationError(field, "record.field_required", label=label)
    return text


def date_field(value: Any, field: str, *, not_after_today: bool = False,
               earliest: dt.date = dt.date(1900, 1, 1)) -> str | None:
    iso = iso_date(value, field)
    if iso is None:
        return None
    d = dt.date.fromisoformat(iso)
    if d < earliest:
        raise ValidationError(field, "date.before", day=format(d, '%d/%m/%Y'), earliest=format(earliest, '%d/%m/%Y'))
    if not_after_today and d > dt.date.today():
        raise ValidationError(field, "date.in_future", day=format(d, '%d/%m/%Y'))
    return iso


def int_field(value: Any, field: str, *, minimum: int = 0) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = int(str(value).replace(".", "").replace(",", "").strip()) if isinstance(value, str) else int(value)
    except (TypeError, ValueError):
        raise ValidationError(field, "number.not_whole", value=repr(value)) from None
    if number < minimum:
        raise ValidationError(field, "number.too_small", minimum=minimum, value=number)
    return number


def refuse_if_referenced(db: sqlite_utils.Database, what: str,
                         checks: Iterable[tuple[str, str, int]]) -> None:
    """Raise InUseError listing what still refers to the record.

    ``what``: a ``Message`` naming the record; ``checks``: (message code of the counted
    references, taking ``count``; SQL counting them with one ? for the id; id).
    """
    found = []
    for label, sql, record_id in checks:
        n = db.execute(sql, [record_id]).fetchone()[0]
        if n:
            found.append(Message(label, count=n))
    if found:
        raise InUseError("record.in_use", what=what, found=found)


def update_row(db: sqlite_utils.Database, table: str, record_id: int, values: Mapping[str, Any]) -> None:
    if not values:
        return
    sets = ", ".join(f"[{k}] = ?" for k in values)
    db.execute(f"UPDATE [{table}] SET {sets} WHERE id = ?", [*values.values(), record_id])


def audit_record(db: sqlite_utils.Database, action: str, table: str, record_id: int,
                 values: Mapping[str, Any] | None = None) -> None:
    """One line in the audit log for a change to a register (add, edit, delete), in the
    caller's transaction: ``target`` is ``table#id``, ``detail`` the values written."""
    import json

    from desktop_app.core.storage.db import audit

    detail = None if values is None else json.dumps(
        {k: v for k, v in values.items() if k not in ("search_text", "name_folded")}, ensure_ascii=False,
        default=str, sort_keys=True)
    audit(db, action, target=f"{table}#{record_id}", records=1, detail=detail)


# The registers (awards, congresses, dues) add, edit and delete a row the same way: one
# transaction, checked by the register's ``prepare(db, fields, current=None)``, audited.
def add_audited(db: sqlite_utils.Database, table: str, prepare: Callable[..., dict[str, Any]],
                fields: Mapping[str, Any]) -> int:
    with db.atomic():
        values = prepare(db, dict(fields))
        record_id = db[table].insert(values).last_pk
        audit_record(db, "add", table, record_id, values)
        return record_id


def update_audited(db: sqlite_utils.Database, table: str, record_id: int, prepare: Callable[..., dict[str, Any]],
                   fields: Mapping[str, Any]) -> None:
    with db.atomic():
        current = row(db, table, record_id)
        values = prepare(db, dict(fields), current)
        update_row(db, table, record_id, values)
        audit_record(db, "edit", table, record_id, values)


def delete_audited(db: sqlite_utils.Database, table: str, record_id: int) -> None:
    with db.atomic():
        current = row(db, table, record_id)
        db.execute(f"DELETE FROM {table} WHERE id = ?", [record_id])
        audit_record(db, "delete", table, record_id, current)
