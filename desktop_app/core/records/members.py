"""Members (đoàn viên) and their dated membership history.

A member's union and status are never edited in place: joining, transferring,
leaving and dying add a dated history row, and the current union/status columns
are derived from the latest row by triggers (see migrations). That is what makes
"how many members did we have on 31/5/2023" an exact query.
"""

from __future__ import annotations

import datetime as dt
import re
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
from desktop_app.core.text import clean, fold, normalise_cccd, normalise_phone, title_name, vn_date
from desktop_app.core.vocabulary import HISTORY_KIND, IN_UNION_KINDS, SEX, WORK_RELATION

FIELDS = ("full_name", "sex", "birth_date", "ethnicity", "cccd", "phone", "job", "card_no",
          "note", "origin", "nationality", "work_relation", "contract_months")
LAW_2024_FIELDS = ("nationality", "work_relation", "contract_months")
# The Trade Union Law 2024 took effect on 1/7/2025: from then foreign workers with a
# labour contract of 12 months or more may join (art. 5).
LAW_2024_IN_FORCE = dt.date(2025, 7, 1)
FOREIGN_MIN_CONTRACT_MONTHS = 12
_VIETNAMESE = {"viet nam", "vietnam", "vn", "viet", "vie", "vnm", "nuoc chxhcn viet nam", "chxhcn viet nam"}
HISTORY_KINDS = HISTORY_KIND.codes()


def parse_sex(value: Any) -> str | None:
    if value is None or str(value).strip() == "":
        return None
    found = SEX.find(str(value))
    if not found:
        raise ValidationError("sex", "member.sex_nam_or_nu", value=repr(value))
    return found


def parse_nationality(value: Any) -> str | None:
    """None for a Vietnamese citizen (blank, "Việt Nam", "VN"...), else the country as typed,
    tidied ("hàn quốc" -> "Hàn Quốc")."""
    text = clean(value)
    if not text or re.sub(r"[^a-z ]+", "", fold(text)).strip() in _VIETNAMESE:
        return None
    return " ".join(w[:1].upper() + w[1:] for w in text.split())


def parse_work_relation(value: Any) -> str:
    if value is None or clean(value) == "":
        return "employee"
    found = WORK_RELATION.find(str(value))
    if not found:
        raise ValidationError("work_relation", "member.unknown_work_relation", value=repr(value))
    return found


def check_law_2024(values: dict[str, Any], joined_on: str | None = None) -> None:
    """The 2024 law's conditions on a foreign member: a labour contract of 12 months or
    more, and joining no earlier than the law took effect."""
    if values.get("nationality") is None:
        return
    if values.get("work_relation", "employee") != "employee":
        raise ValidationError("work_relation", "member.foreign_needs_contract")
    months = values.get("contract_months")
    if months is None or months < FOREIGN_MIN_CONTRACT_MONTHS:
        raise ValidationError("contract_months", "member.foreign_contract_short",
                              months=FOREIGN_MIN_CONTRACT_MONTHS)
    if joined_on and joined_on < LAW_2024_IN_FORCE.isoformat():
        raise ValidationError("joined_on", "member.foreign_before_law", day=vn_date(joined_on),
                              in_force=vn_date(LAW_2024_IN_FORCE.isoformat()))


def search_text(values: dict[str, Any]) -> str:
    parts = [fold(values.get("full_name") or "")]
    parts += [values.get(k) or "" for k in ("cccd", "phone", "card_no")]
    return " ".join(p for p in parts if p)


def _prepare(db: sqlite_utils.Database, fields: dict[str, Any], current: dict[str, Any] | None) -> dict[str, Any]:
    values = only_known(fields, FIELDS)
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key == "full_name":
            out[key] = title_name(required_text(value, "full_name", "Full name"))
        elif key == "sex":
            out[key] = parse_sex(value)
        elif key == "birth_date":
            out[key] = date_field(value, key, not_after_today=True)
            if out[key] and dt.date.fromisoformat(out[key]) > dt.date.today() - dt.timedelta(days=15 * 365):
                raise ValidationError(key, "member.under_15", born=vn_date(out[key]))
        elif key == "cccd":
            out[key] = normalise_cccd(value)
        elif key == "phone":
            out[key] = normalise_phone(value)
        elif key == "nationality":
            out[key] = parse_nationality(value)
        elif key == "work_relation":
            out[key] = parse_work_relation(value)
        elif key == "contract_months":
            out[key] = int_field(value, key)
        else:
            out[key] = text_or_none(value)
    merged = {**(current or {}), **out}
    if any(k in out for k in LAW_2024_FIELDS):
        check_law_2024(merged)
    if out.get("cccd"):
        other = db.execute("SELECT id, full_name FROM members WHERE cccd = ? AND id IS NOT ?",
                           [out["cccd"], current and current["id"]]).fetchone()
        if other:
            raise DuplicateError("cccd", "member.cccd_taken", cccd=out['cccd'], name=other[1], id=other[0])
    if any(k in out for k in ("full_name", "cccd", "phone", "card_no")):
        out["name_folded"] = fold(merged["full_name"])
        out["search_text"] = search_text(merged)
    return out


def add_member(db: sqlite_utils.Database, *, union_id: int | None = None, joined_on: Any = None,
               **fields: Any) -> int:
    """Insert a member and, when ``union_id`` is given, their joining row."""
    if "full_name" not in fields:
        raise ValidationError("full_name", "member.full_name_required")
    with db.atomic():
        values = _prepare(db, fields, None)
        if union_id is not None and values.get("nationality"):
            check_law_2024(values, date_field(joined_on, "joined_on"))
        member_id = db["members"].insert(values).last_pk
        if union_id is not None:
            _add_history(db, member_id, "join", union_id, joined_on, None)
        return member_id


def update_member(db: sqlite_utils.Database, member_id: int, **fields: Any) -> None:
    with db.atomic():
        current = get_member(db, member_id)
        update_row(db, "members", member_id, _prepare(db, fields, current))


def get_member(db: sqlite_utils.Database, member_id: int) -> dict[str, Any]:
    return row(db, "members", member_id, "Member")


def delete_member(db: sqlite_utils.Database, member_id: int) -> None:
    """Delete a member entered by mistake. Someone who really left gets ``leave``."""
    with db.atomic():
        member = get_member(db, member_id)
        refuse_if_referenced(db, Message("record.the_member", name=member["full_name"]), [
            ("record.count_officer_roles", "SELECT count(*) FROM officers WHERE member_id = ?", member_id),
            ("record.count_enrolments", "SELECT count(*) FROM enrolments WHERE member_id = ?", member_id),
            ("record.count_support_payments", "SELECT count(*) FROM welfare WHERE member_id = ?", member_id),
            ("record.count_event_roles", "SELECT count(*) FROM event_people WHERE member_id = ?", member_id),
            ("record.count_awards", "SELECT count(*) FROM awards WHERE member_id = ?", member_id),
        ])
        db.execute("DELETE FROM members WHERE id = ?", [member_id])


def _add_history(db: sqlite_utils.Database, member_id: int, kind: str, union_id: int | None,
                 on_date: Any, reason: str | None, note: str | None = None) -> int:
    if kind not in HISTORY_KINDS:
        raise ValidationError("kind", "member.unknown_history_kind", kind=repr(kind))
    day = date_field(on_date, "on_date", not_after_today=True)
    if day is None:
        raise ValidationError("on_date", "member.date_required")
    member = get_member(db, member_id)
    if member["birth_date"] and day <= member["birth_date"]:
        raise ValidationError("on_date", "member.before_member_born", day=vn_date(day))
    last = db.execute("SELECT on_date FROM memberships WHERE member_id = ? ORDER BY on_date DESC, id DESC LIMIT 1",
                      [member_id]).fetchone()
    if last and day < last[0]:
        raise ValidationError("on_date", "member.before_last_change", day=vn_date(day), last=vn_date(last[0]))
    status = member["status"]
    if kind == "join" and status == "active":
        raise ValidationError("kind", "member.already_active_member", full_name=member['full_name'])
    if kind in ("transfer", "transfer_out", "leave") and status != "active":
        raise ValidationError("kind", "member.not_active_member", full_name=member['full_name'])
    if kind == "death" and status == "deceased":
        raise ValidationError("kind", "member.already_recorded_as_deceased", full_name=member['full_name'])
    if kind in IN_UNION_KINDS:
        if union_id is None:
            raise ValidationError("union_id", "member.choose_union")
        union = db.execute("SELECT name, status, founded_on FROM unions WHERE id = ?", [union_id]).fetchone()
        if union is None:
            raise ValidationError("union_id", "member.no_such_union", union_id=union_id)
        if union[1] != "active":
            raise ValidationError("union_id", "union.no_longer_active", name=union[0])
        if kind == "transfer" and union_id == member["union_id"]:
            raise ValidationError("union_id", "member.already_in_union", full_name=member['full_name'], union=union[0])
    else:
        union_id = None
    return db["memberships"].insert({
        "member_id": member_id, "kind": kind, "union_id": union_id, "on_date": day,
        "reason": text_or_none(reason), "note": text_or_none(note)}).last_pk


def join(db: sqlite_utils.Database, member_id: int, union_id: int, on_date: Any, reason: str | None = None) -> int:
    with db.atomic():
        return _add_history(db, member_id, "join", union_id, on_date, reason)


def transfer(db: sqlite_utils.Database, member_id: int, union_id: int, on_date: Any, reason: str | None = None) -> int:
    """Move an active member to another union we manage."""
    with db.atomic():
        return _add_history(db, member_id, "transfer", union_id, on_date, reason)


def transfer_out(db: sqlite_utils.Database, member_id: int, on_date: Any, destination: str | None = None) -> int:
    """The member moves to a union outside this file (another district, province)."""
    with db.atomic():
        return _add_history(db, member_id, "transfer_out", None, on_date, destination)


def leave(db: sqlite_utils.Database, member_id: int, on_date: Any, reason: str | None = None) -> int:
    with db.atomic():
        return _add_history(db, member_id, "leave", None, on_date, reason)


def decease(db: sqlite_utils.Database, member_id: int, on_date: Any, reason: str | None = None) -> int:
    with db.atomic():
        return _add_history(db, member_id, "death", None, on_date, reason)


def history(db: sqlite_utils.Database, member_id: int) -> list[dict[str, Any]]:
    return rows(db, """
        SELECT h.*, u.name AS union_name FROM memberships h LEFT JOIN unions u ON u.id = h.union_id
        WHERE h.member_id = ? ORDER BY h.on_date, h.id""", [member_id])


def find_same_person(db: sqlite_utils.Database, full_name: str, birth_date: str | None,
                     cccd: str | None = None) -> list[dict[str, Any]]:
    """Existing members that are likely the same person: same CCCD, or same folded
    name and birth date (people without an ID number on file)."""
    if cccd:
        found = rows(db, "SELECT * FROM members WHERE cccd = ?", [cccd])
        if found:
            return found
    if not birth_date:
        return []
    return rows(db, "SELECT * FROM members WHERE name_folded = ? AND birth_date = ?",
                [fold(full_name), birth_date])
