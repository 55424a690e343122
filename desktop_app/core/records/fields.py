"""Helpers shared by the record modules (unions, members, events...)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

import sqlite_utils

from desktop_app.core.errors import InUseError, NotFoundError, ValidationError
from desktop_app.core.text import clean, iso_date


def row(db: sqlite_utils.Database, table: str, record_id: int, what: str) -> dict[str, Any]:
    """The record as a dict, or NotFoundError naming ``what`` was missing."""
    cur = db.execute(f"SELECT * FROM [{table}] WHERE id = ?", [record_id])
    values = cur.fetchone()
    if values is None:
        raise NotFoundError(f"{what} #{record_id} does not exist")
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
        raise ValidationError(field, f"{label} is required")
    return text


def date_field(value: Any, field: str, *, not_after_today: bool = False,
               earliest: dt.date = dt.date(1900, 1, 1)) -> str | None:
    iso = iso_date(value, field)
    if iso is None:
        return None
    d = dt.date.fromisoformat(iso)
    if d < earliest:
        raise ValidationError(field, f"date {d:%d/%m/%Y} is before {earliest:%d/%m/%Y}")
    if not_after_today and d > dt.date.today():
        raise ValidationError(field, f"date {d:%d/%m/%Y} is in the future")
    return iso


def int_field(value: Any, field: str, *, minimum: int = 0) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = int(str(value).replace(".", "").replace(",", "").strip()) if isinstance(value, str) else int(value)
    except (TypeError, ValueError):
        raise ValidationError(field, f"not a whole number: {value!r}") from None
    if number < minimum:
        raise ValidationError(field, f"must be at least {minimum}, got {number}")
    return number


def refuse_if_referenced(db: sqlite_utils.Database, what: str,
                         checks: Iterable[tuple[str, str, int]]) -> None:
    """Raise InUseError listing what still refers to the record.

    ``checks``: (label, SQL counting references with one ? for the id, id).
    """
    found = []
    for label, sql, record_id in checks:
        n = db.execute(sql, [record_id]).fetchone()[0]
        if n:
            found.append(f"{n} {label}")
    if found:
        raise InUseError(f"{what} cannot be deleted: {', '.join(found)} still refer to it")


def update_row(db: sqlite_utils.Database, table: str, record_id: int, values: Mapping[str, Any]) -> None:
    if not values:
        return
    sets = ", ".join(f"[{k}] = ?" for k in values)
    db.execute(f"UPDATE [{table}] SET {sets} WHERE id = ?", [*values.values(), record_id])
