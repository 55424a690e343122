"""Welfare and support payments (thăm hỏi, trợ cấp, hỗ trợ), amounts in đồng."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from desktop_app.core.errors import ValidationError
from desktop_app.core.records.fields import date_field, int_field, row, rows, text_or_none, update_row
from desktop_app.core.vocabulary import WELFARE_KIND

KINDS = WELFARE_KIND.codes()


def add_support(db: sqlite_utils.Database, *, paid_on: Any, kind: str, amount: Any,
                member_id: int | None = None, union_id: int | None = None,
                reason: str | None = None, note: str | None = None) -> int:
    if kind not in KINDS:
        raise ValidationError("kind", "support.unknown_kind", kind=repr(kind))
    value = int_field(amount, "amount")
    if not value:
        raise ValidationError("amount", "support.amount_required")
    day = date_field(paid_on, "paid_on", not_after_today=True)
    if not day:
        raise ValidationError("paid_on", "member.date_required")
    if member_id is None and union_id is None:
        raise ValidationError("member_id", "support.choose_recipient")
    with db.atomic():
        if member_id is not None:
            row(db, "members", member_id, "Member")
        if union_id is not None:
            row(db, "unions", union_id, "Union")
        return db["welfare"].insert({
            "paid_on": day, "kind": kind, "amount": value, "member_id": member_id,
            "union_id": union_id, "reason": text_or_none(reason), "note": text_or_none(note)}).last_pk


def update_support(db: sqlite_utils.Database, support_id: int, **fields: Any) -> None:
    """Correct a payment: the fields given are checked as ``add_support`` checks them
    and written together, or nothing is written."""
    allowed = {"paid_on", "kind", "amount", "member_id", "union_id", "reason", "note"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"unknown fields: {', '.join(sorted(unknown))}")
    with db.atomic():
        current = row(db, "welfare", support_id, "Support payment")
        merged = {**current, **fields}
        if merged["kind"] not in KINDS:
            raise ValidationError("kind", "support.unknown_kind", kind=repr(merged['kind']))
        value = int_field(merged["amount"], "amount")
        if not value:
            raise ValidationError("amount", "support.amount_required")
        day = date_field(merged["paid_on"], "paid_on", not_after_today=True)
        if not day:
            raise ValidationError("paid_on", "member.date_required")
        if merged["member_id"] is None and merged["union_id"] is None:
            raise ValidationError("member_id", "support.choose_recipient")
        if merged["member_id"] is not None:
            row(db, "members", merged["member_id"], "Member")
        if merged["union_id"] is not None:
            row(db, "unions", merged["union_id"], "Union")
        values = {"paid_on": day, "kind": merged["kind"], "amount": value, "member_id": merged["member_id"],
                  "union_id": merged["union_id"], "reason": text_or_none(merged["reason"]),
                  "note": text_or_none(merged["note"])}
        changed = {k: v for k, v in values.items() if v != current[k]}
        update_row(db, "welfare", support_id, changed)


def delete_support(db: sqlite_utils.Database, support_id: int) -> None:
    with db.atomic():
        row(db, "welfare", support_id, "Support payment")
        db.execute("DELETE FROM welfare WHERE id = ?", [support_id])


def for_member(db: sqlite_utils.Database, member_id: int) -> list[dict[str, Any]]:
    return rows(db, "SELECT * FROM welfare WHERE member_id = ? ORDER BY paid_on DESC", [member_id])
