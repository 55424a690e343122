"""Welfare and support payments (thăm hỏi, trợ cấp, hỗ trợ), amounts in đồng."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from .errors import ValidationError
from .records import date_field, int_field, row, rows, text_or_none

KINDS = ("hardship", "sickness", "accident", "funeral", "disaster", "union_startup",
         "organiser_reward", "other")


def add_support(db: sqlite_utils.Database, *, paid_on: Any, kind: str, amount: Any,
                member_id: int | None = None, union_id: int | None = None,
                reason: str | None = None, note: str | None = None) -> int:
    if kind not in KINDS:
        raise ValidationError("kind", f"unknown kind of support: {kind!r}")
    value = int_field(amount, "amount")
    if not value:
        raise ValidationError("amount", "the amount in đồng is required")
    day = date_field(paid_on, "paid_on", not_after_today=True)
    if not day:
        raise ValidationError("paid_on", "the date is required")
    if member_id is None and union_id is None:
        raise ValidationError("member_id", "choose the member or union supported")
    with db.atomic():
        if member_id is not None:
            row(db, "members", member_id, "Member")
        if union_id is not None:
            row(db, "unions", union_id, "Union")
        return db["welfare"].insert({
            "paid_on": day, "kind": kind, "amount": value, "member_id": member_id,
            "union_id": union_id, "reason": text_or_none(reason), "note": text_or_none(note)}).last_pk


def delete_support(db: sqlite_utils.Database, support_id: int) -> None:
    with db.atomic():
        row(db, "welfare", support_id, "Support payment")
        db.execute("DELETE FROM welfare WHERE id = ?", [support_id])


def for_member(db: sqlite_utils.Database, member_id: int) -> list[dict[str, Any]]:
    return rows(db, "SELECT * FROM welfare WHERE member_id = ? ORDER BY paid_on DESC", [member_id])
