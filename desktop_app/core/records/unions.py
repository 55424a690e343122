"""Grassroots unions (công đoàn cơ sở): queries and changes."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from desktop_app.core.errors import DuplicateError, ValidationError
from desktop_app.core.messages import Message
from desktop_app.core.records.fields import (
    date_field,
    int_field,
    only_known,
    refuse_if_referenced,
    required_text,
    row,
    rows,
    text_or_none,
    update_row,
)
from desktop_app.core.text import fold
from desktop_app.core.vocabulary import UNION_STATUS

FIELDS = ("code", "name", "employer", "address", "ward", "sector", "is_state", "founded_on",
          "founding_decision", "status", "status_on", "merged_into_id", "workers", "body_id",
          "phone", "note", "origin")
STATUSES = UNION_STATUS.codes()


def search_text(values: dict[str, Any]) -> str:
    parts = [values.get(k) or "" for k in ("name", "code", "employer", "address", "ward")]
    return fold(" ".join(parts))


def _prepare(db: sqlite_utils.Database, fields: dict[str, Any], current: dict[str, Any] | None) -> dict[str, Any]:
    values = only_known(fields, FIELDS)
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key == "name":
            out[key] = required_text(value, "name", "The union's name")
        elif key in ("founded_on", "status_on"):
            out[key] = date_field(value, key, not_after_today=True)
        elif key == "workers":
            out[key] = int_field(value, key)
        elif key == "is_state":
            out[key] = 1 if value in (1, True, "1", "state") else 0
        elif key == "sector":
            if value and not db.execute("SELECT 1 FROM sectors WHERE code = ?", [value]).fetchone():
                raise ValidationError("sector", "union.unknown_sector_block", value=repr(value))
            out[key] = value or None
        elif key == "status":
            if value not in STATUSES:
                raise ValidationError("status", "union.unknown_status", value=repr(value))
            out[key] = value
        elif key in ("merged_into_id", "body_id"):
            out[key] = value
        else:
            out[key] = text_or_none(value)
    merged = {**(current or {}), **out}
    if "sector" in out and "is_state" not in out and merged.get("sector"):
        out["is_state"] = db.execute("SELECT is_state FROM sectors WHERE code = ?",
                                     [merged["sector"]]).fetchone()[0]
    if merged.get("status", "active") != "active" and not merged.get("status_on"):
        raise ValidationError("status_on", "union.closing_date_required")
    if merged.get("status_on") and merged.get("founded_on") and merged["status_on"] < merged["founded_on"]:
        raise ValidationError("status_on", "union.closed_before_founded")
    code = merged.get("code")
    if code and "code" in out:
        other = db.execute("SELECT id, name FROM unions WHERE code = ? AND id IS NOT ?",
                           [code, current and current["id"]]).fetchone()
        if other:
            raise DuplicateError("code", "union.code_taken", code=code, name=other[1])
    if any(k in out for k in ("name", "code", "employer", "address", "ward")):
        out["name_folded"] = fold(merged["name"])
        out["search_text"] = search_text(merged)
    return out


def add_union(db: sqlite_utils.Database, **fields: Any) -> int:
    if "name" not in fields:
        raise ValidationError("name", "union.name_required")
    with db.atomic():
        values = _prepare(db, fields, None)
        return db["unions"].insert(values).last_pk


def update_union(db: sqlite_utils.Database, union_id: int, **fields: Any) -> None:
    with db.atomic():
        current = get_union(db, union_id)
        update_row(db, "unions", union_id, _prepare(db, fields, current))


def get_union(db: sqlite_utils.Database, union_id: int) -> dict[str, Any]:
    return row(db, "unions", union_id, "Union")


def delete_union(db: sqlite_utils.Database, union_id: int) -> None:
    """Delete a union that nothing refers to; a union with history is dissolved instead."""
    with db.atomic():
        union = get_union(db, union_id)
        refuse_if_referenced(db, Message("record.the_union", name=union["name"]), [
            ("record.count_history_rows", "SELECT count(*) FROM memberships WHERE union_id = ?", union_id),
            ("record.count_officer_roles", "SELECT count(*) FROM officers WHERE union_id = ?", union_id),
            ("record.count_event_unions", "SELECT count(*) FROM event_unions WHERE union_id = ?", union_id),
            ("record.count_awards", "SELECT count(*) FROM awards WHERE union_id = ?", union_id),
            ("record.count_congresses", "SELECT count(*) FROM congresses WHERE union_id = ?", union_id),
            ("record.count_dues", "SELECT count(*) FROM dues WHERE union_id = ?", union_id),
            ("record.count_support_payments", "SELECT count(*) FROM welfare WHERE union_id = ?", union_id),
            ("record.count_merged_unions", "SELECT count(*) FROM unions WHERE merged_into_id = ?", union_id),
        ])
        db.execute("DELETE FROM union_years WHERE union_id = ?", [union_id])
        db.execute("DELETE FROM unions WHERE id = ?", [union_id])


def close_union(db: sqlite_utils.Database, union_id: int, *, status: str, on_date: Any,
                merged_into_id: int | None = None, reason: str | None = None) -> int:
    """Dissolve a union, or merge it into another; its active members follow.

    Members of a merged union are transferred to the receiving union on that date;
    members of a dissolved union leave on that date. Returns how many members moved.
    """
    from desktop_app.core.records import members  # members imports unions' validation, not the other way round

    if status not in ("merged", "dissolved"):
        raise ValidationError("status", "union.unknown_closing_status", status=repr(status))
    if status == "merged" and not merged_into_id:
        raise ValidationError("merged_into_id", "union.choose_merged_into")
    if merged_into_id == union_id:
        raise ValidationError("merged_into_id", "union.merge_into_itself")
    with db.atomic():
        update_union(db, union_id, status=status, status_on=on_date, merged_into_id=merged_into_id)
        day = get_union(db, union_id)["status_on"]
        ids = [r[0] for r in db.execute(
            "SELECT id FROM members WHERE union_id = ? AND status = 'active'", [union_id])]
        for member_id in ids:
            if status == "merged":
                members.transfer(db, member_id, merged_into_id, day, reason=reason or "Sáp nhập công đoàn cơ sở")
            else:
                members.leave(db, member_id, day, reason=reason or "Công đoàn cơ sở giải thể")
        return len(ids)


def set_year(db: sqlite_utils.Database, union_id: int, year: int, **facts: Any) -> None:
    """The yearly facts of a union: rating, workers' conference, collective agreement."""
    allowed = {"rating", "workers_conference", "agreement_type", "agreement_signed_on",
               "agreement_expires_on", "note"}
    only_known(facts, allowed)
    values: dict[str, Any] = {"union_id": union_id, "year": int(year)}
    for key, value in facts.items():
        if key in ("agreement_signed_on", "agreement_expires_on"):
            values[key] = date_field(value, key)
        elif key == "workers_conference":
            values[key] = 1 if value else 0
        elif key == "agreement_type":
            if value not in (None, "", "A", "B"):
                raise ValidationError(key, "union.bad_agreement_type", value=repr(value))
            values[key] = value or None
        else:
            values[key] = text_or_none(value)
    if values.get("agreement_signed_on") and values.get("agreement_expires_on") \
            and values["agreement_expires_on"] < values["agreement_signed_on"]:
        raise ValidationError("agreement_expires_on", "union.agreement_expires_before_signed")
    with db.atomic():
        get_union(db, union_id)
        db["union_years"].upsert(values, pk=("union_id", "year"))


def years(db: sqlite_utils.Database, union_id: int) -> list[dict[str, Any]]:
    return rows(db, "SELECT * FROM union_years WHERE union_id = ? ORDER BY year DESC", [union_id])


def sectors(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return rows(db, "SELECT * FROM sectors ORDER BY sort")


def find_by_name(db: sqlite_utils.Database, name: str) -> list[dict[str, Any]]:
    """Unions whose folded name equals the folded ``name``."""
    return rows(db, "SELECT id, code, name, address FROM unions WHERE name_folded = ?", [fold(name)])


def find_one(db: sqlite_utils.Database, text: Any, field: str) -> int:
    """The union a person typed: its code, or its name (accents and case ignored).
    ValidationError on ``field`` when none or several unions answer to it."""
    wanted = str(text or "").strip()
    if not wanted:
        raise ValidationError(field, "union.name_required")
    by_code = db.execute("SELECT id FROM unions WHERE lower(code) = lower(?)", [wanted]).fetchall()
    if len(by_code) == 1:
        return by_code[0][0]
    found = find_by_name(db, wanted)
    if not found:
        raise ValidationError(field, "union.not_found", name=wanted)
    if len(found) > 1:
        raise ValidationError(field, "union.ambiguous", name=wanted, count=len(found))
    return found[0]["id"]
