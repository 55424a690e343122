"""Awards (khen thưởng) to grassroots unions and members, under the union's rules on
emulation and rewards (Quyết định 999/QĐ-TLĐ of 2024).

An award is proposed (đề nghị), then decided: awarded with a decision number and date,
or not approved. The proposals of a year are printed as the "danh sách đề nghị khen
thưởng" sent up to the body that decides (``reports/awards.py``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlite_utils

from desktop_app.core.errors import DuplicateError, ValidationError
from desktop_app.core.records.fields import (
    add_audited,
    date_field,
    delete_audited,
    only_known,
    row,
    rows,
    text_or_none,
    update_audited,
)
from desktop_app.core.text import fold, vn_date
from desktop_app.core.vocabulary import AWARD_FORM, AWARD_LEVEL, AWARD_STATUS

FIELDS = ("union_id", "member_id", "form", "level", "status", "year", "decision_no", "decision_date",
          "reason", "note", "origin")
# Which level may give which form: a Giấy khen is given by the federation directly above
# the grassroots unions; flags and certificates of merit by the province/city federation
# and the national confederation; the commemorative medal by the confederation alone.
LEVELS_OF_FORM = {"emulation_flag": ("national", "province"), "certificate_of_merit": ("national", "province"),
                  "commendation": ("own",), "medal": ("national",), "other": AWARD_LEVEL.codes()}


def parse_code(vocabulary, value: Any, field: str, code: str) -> str:
    if value in vocabulary.codes():
        return value
    found = vocabulary.find(str(value or ""))
    if not found:
        raise ValidationError(field, code, value=repr(value),
                              choices=", ".join(t.vi for t in vocabulary))
    return found


def parse_form(value: Any) -> str:
    return parse_code(AWARD_FORM, value, "form", "award.unknown_form")


def parse_level(value: Any) -> str:
    return parse_code(AWARD_LEVEL, value, "level", "award.unknown_level")


def parse_status(value: Any) -> str:
    return parse_code(AWARD_STATUS, value or "awarded", "status", "award.unknown_status")


def _year(value: Any, today: dt.date) -> int:
    try:
        year = int(str(value).strip().split(".")[0]) if not isinstance(value, int) else value
    except (TypeError, ValueError):
        raise ValidationError("year", "award.bad_year", value=repr(value)) from None
    if not 1900 <= year <= today.year:
        raise ValidationError("year", "award.bad_year", value=repr(value))
    return year


def prepare(db: sqlite_utils.Database, fields: dict[str, Any], current: dict[str, Any] | None = None,
            today: dt.date | None = None) -> dict[str, Any]:
    """The values to store, or ValidationError on the first field that is wrong."""
    today = today or dt.date.today()
    values = only_known(fields, FIELDS)
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key == "form":
            out[key] = parse_form(value)
        elif key == "level":
            out[key] = parse_level(value)
        elif key == "status":
            out[key] = parse_status(value)
        elif key == "year":
            out[key] = _year(value, today)
        elif key == "decision_date":
            out[key] = date_field(value, key, not_after_today=True)
        elif key in ("union_id", "member_id"):
            out[key] = int(value) if value not in (None, "") else None
        else:
            out[key] = text_or_none(value)
    merged = {**(current or {}), **out}
    if merged.get("member_id"):
        member = row(db, "members", merged["member_id"])
        if not merged.get("union_id"):  # the union the member is in, for the printed lists
            out["union_id"] = merged["union_id"] = member["union_id"]
    elif not merged.get("union_id"):
        raise ValidationError("union_id", "award.choose_recipient")
    if merged.get("union_id"):
        row(db, "unions", merged["union_id"])
    for key, code in (("form", "award.choose_form"), ("level", "award.choose_level"), ("year", "award.bad_year")):
        if merged.get(key) is None:
            raise ValidationError(key, code, value="''")
    if merged["level"] not in LEVELS_OF_FORM[merged["form"]]:
        raise ValidationError("level", "award.form_not_at_level", form=AWARD_FORM.vi(merged["form"]),
                              level=AWARD_LEVEL.vi(merged["level"]),
                              levels=", ".join(AWARD_LEVEL.vi(x) for x in LEVELS_OF_FORM[merged["form"]]))
    status = merged.get("status") or "awarded"
    day = merged.get("decision_date")
    if status == "awarded" and not day:
        raise ValidationError("decision_date", "award.decision_date_required")
    if day and day < f"{merged['year']}-01-01":
        raise ValidationError("decision_date", "award.decided_before_year", day=vn_date(day), year=merged["year"])
    twin = db.execute("""SELECT id FROM awards WHERE year = ? AND form = ? AND level = ? AND id IS NOT ?
                         AND coalesce(member_id, 0) = ? AND (member_id IS NOT NULL OR union_id = ?)""",
                      [merged["year"], merged["form"], merged["level"], current and current["id"],
                       merged.get("member_id") or 0, merged.get("union_id")]).fetchone()
    if twin:
        raise DuplicateError("form", "award.duplicate", form=AWARD_FORM.vi(merged["form"]), year=merged["year"])
    return out


def add_award(db: sqlite_utils.Database, **fields: Any) -> int:
    return add_audited(db, "awards", prepare, fields)


def update_award(db: sqlite_utils.Database, award_id: int, **fields: Any) -> None:
    update_audited(db, "awards", award_id, prepare, fields)


def delete_award(db: sqlite_utils.Database, award_id: int) -> None:
    delete_audited(db, "awards", award_id)


_SELECT = """SELECT a.*, u.name AS union_name, u.code AS union_code, m.full_name AS member_name,
                    m.birth_date AS member_birth_date, m.sex AS member_sex, m.job AS member_job,
                    coalesce(m.full_name, u.name) AS recipient
             FROM awards a LEFT JOIN unions u ON u.id = a.union_id LEFT JOIN members m ON m.id = a.member_id"""
_ORDER = f"""ORDER BY a.year DESC, {AWARD_LEVEL.sql_order('a.level')}, {AWARD_FORM.sql_order('a.form')},
             a.member_id IS NOT NULL, coalesce(m.name_folded, u.name_folded), a.id"""


def get_award(db: sqlite_utils.Database, award_id: int) -> dict[str, Any]:
    found = rows(db, f"{_SELECT} WHERE a.id = ?", [award_id])
    if not found:
        row(db, "awards", award_id)  # raises NotFoundError
    return found[0]


def list_awards(db: sqlite_utils.Database, *, year: int | None = None, level: str | None = None,
                status: str | None = None, form: str | None = None, search: str = "") -> list[dict[str, Any]]:
    """The register, newest year first, filtered; ``search`` matches the recipient, the
    union, the decision number and the reason (accents ignored)."""
    where, params = ["1"], []
    for column, value in (("a.year", year), ("a.level", level), ("a.status", status), ("a.form", form)):
        if value not in (None, ""):
            where.append(f"{column} = ?")
            params.append(value)
    found = rows(db, f"{_SELECT} WHERE {' AND '.join(where)} {_ORDER}", params)
    if search.strip():
        words = fold(search).split()
        found = [a for a in found if all(w in fold(" ".join(str(a[k] or "") for k in (
            "recipient", "union_name", "union_code", "decision_no", "reason"))) for w in words)]
    return found


def for_union(db: sqlite_utils.Database, union_id: int) -> list[dict[str, Any]]:
    """The union's own awards (not its members')."""
    return rows(db, f"{_SELECT} WHERE a.union_id = ? AND a.member_id IS NULL {_ORDER}", [union_id])


def for_member(db: sqlite_utils.Database, member_id: int) -> list[dict[str, Any]]:
    return rows(db, f"{_SELECT} WHERE a.member_id = ? {_ORDER}", [member_id])


def years(db: sqlite_utils.Database) -> list[int]:
    return [r[0] for r in db.execute("SELECT DISTINCT year FROM awards ORDER BY year DESC")]
