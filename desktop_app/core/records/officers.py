"""Union officers (cán bộ công đoàn): a member holding a role for a term."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from desktop_app.core.errors import ValidationError
from desktop_app.core.records.fields import date_field, only_known, row, rows, text_or_none, update_row
from desktop_app.core.vocabulary import OFFICER_ROLE

ROLES = OFFICER_ROLE.codes()
FIELDS = ("member_id", "role", "union_id", "body_id", "term", "term_start", "term_end",
          "full_time", "note", "origin")


def _prepare(db: sqlite_utils.Database, fields: dict[str, Any], current: dict[str, Any] | None) -> dict[str, Any]:
    values = only_known(fields, FIELDS)
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key == "role":
            if value not in ROLES:
                raise ValidationError("role", "officer.unknown_role", value=repr(value))
            out[key] = value
        elif key in ("term_start", "term_end"):
            out[key] = date_field(value, key)
        elif key == "full_time":
            out[key] = 1 if value else 0
        elif key in ("member_id", "union_id", "body_id"):
            out[key] = value
        else:
            out[key] = text_or_none(value)
    merged = {**(current or {}), **out}
    if not merged.get("member_id"):
        raise ValidationError("member_id", "officer.choose_member")
    row(db, "members", merged["member_id"], "Member")
    if bool(merged.get("union_id")) == bool(merged.get("body_id")):
        raise ValidationError("union_id", "officer.union_or_body")
    if merged.get("term_start") and merged.get("term_end") and merged["term_end"] < merged["term_start"]:
        raise ValidationError("term_end", "officer.term_ends_before_start")
    return out


def add_officer(db: sqlite_utils.Database, **fields: Any) -> int:
    if "role" not in fields:
        raise ValidationError("role", "officer.choose_role")
    with db.atomic():
        return db["officers"].insert(_prepare(db, fields, None)).last_pk


def update_officer(db: sqlite_utils.Database, officer_id: int, **fields: Any) -> None:
    with db.atomic():
        current = row(db, "officers", officer_id, "Officer role")
        update_row(db, "officers", officer_id, _prepare(db, fields, current))


def end_term(db: sqlite_utils.Database, officer_id: int, on_date: Any) -> None:
    update_officer(db, officer_id, term_end=on_date)


def delete_officer(db: sqlite_utils.Database, officer_id: int) -> None:
    with db.atomic():
        row(db, "officers", officer_id, "Officer role")
        db.execute("DELETE FROM officers WHERE id = ?", [officer_id])


def for_union(db: sqlite_utils.Database, union_id: int, as_of: str | None = None) -> list[dict[str, Any]]:
    """Officers of a union, current ones (term not ended by ``as_of``) by default."""
    sql = """SELECT o.*, m.full_name, m.phone FROM officers o JOIN members m ON m.id = o.member_id
             WHERE o.union_id = ?"""
    params: list[Any] = [union_id]
    if as_of:
        sql += " AND (o.term_end IS NULL OR o.term_end >= ?) AND (o.term_start IS NULL OR o.term_start <= ?)"
        params += [as_of, as_of]
    order = OFFICER_ROLE.sql_order("o.role")
    return rows(db, sql + f" ORDER BY {order}, m.name_folded", params)


def for_member(db: sqlite_utils.Database, member_id: int) -> list[dict[str, Any]]:
    return rows(db, """SELECT o.*, u.name AS union_name, b.name AS body_name FROM officers o
                       LEFT JOIN unions u ON u.id = o.union_id LEFT JOIN bodies b ON b.id = o.body_id
                       WHERE o.member_id = ? ORDER BY o.term_start DESC""", [member_id])
