"""Dues and fund status (đoàn phí, kinh phí công đoàn) of each grassroots union per year
and period: a status register, not accounting — what was due, what was remitted, and
who is behind.

Đoàn phí is paid by members (a percentage of the salary, capped at a percentage of the
base salary); kinh phí công đoàn by the employer (a percentage of the payroll). Units
paid wholly from the state budget have been exempt from kinh phí since 1/6/2025. The
rates and their dates are rows of ``due_rates``, since decrees change them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlite_utils

from desktop_app.core.errors import DuplicateError, ValidationError
from desktop_app.core.records.fields import (
    add_audited,
    audit_record,
    date_field,
    delete_audited,
    int_field,
    only_known,
    row,
    rows,
    text_or_none,
    update_audited,
)
from desktop_app.core.text import fold, vn_date, vn_number
from desktop_app.core.vocabulary import DUE_KIND, DUES_PERIOD

FIELDS = ("union_id", "year", "period", "members", "fund_exempt", "dues_due", "dues_paid", "fund_due",
          "fund_paid", "note", "origin")
RATE_FIELDS = ("kind", "valid_from", "rate_percent", "cap_percent_of_base", "base_salary", "note")
FUND_EXEMPT_FROM = dt.date(2025, 6, 1)
MONTHS = {"year": (1, 12), "h1": (1, 6), "h2": (7, 12), "q1": (1, 3), "q2": (4, 6), "q3": (7, 9), "q4": (10, 12)}


def period_bounds(year: int, period: str) -> tuple[dt.date, dt.date]:
    first, last = MONTHS[period]
    end = dt.date(year + (last == 12), 1 if last == 12 else last + 1, 1) - dt.timedelta(days=1)
    return dt.date(year, first, 1), end


def parse_period(value: Any) -> str:
    if value in DUES_PERIOD.codes():
        return value
    found = DUES_PERIOD.find(str(value or ""))
    if not found:
        raise ValidationError("period", "dues.unknown_period", value=repr(value))
    return found


# ---- rates ------------------------------------------------------------------------------
def rate_on(db: sqlite_utils.Database, kind: str, day: dt.date) -> dict[str, Any] | None:
    found = rows(db, """SELECT * FROM due_rates WHERE kind = ? AND valid_from <= ?
                        ORDER BY valid_from DESC LIMIT 1""", [kind, day.isoformat()])
    return found[0] if found else None


def monthly_cap(db: sqlite_utils.Database, day: dt.date) -> int | None:
    """The most a member pays in a month on ``day`` (cap % of the base salary)."""
    r = rate_on(db, "member_dues", day)
    if not r or not r["cap_percent_of_base"] or not r["base_salary"]:
        return None
    return round(r["base_salary"] * r["cap_percent_of_base"] / 100)


def add_rate(db: sqlite_utils.Database, **fields: Any) -> int:
    values = only_known(fields, RATE_FIELDS)
    if values.get("kind") not in DUE_KIND.codes():
        found = DUE_KIND.find(str(values.get("kind") or ""))
        if not found:
            raise ValidationError("kind", "dues.unknown_rate_kind", value=repr(values.get("kind")))
        values["kind"] = found
    values["valid_from"] = date_field(values.get("valid_from"), "valid_from")
    if not values["valid_from"]:
        raise ValidationError("valid_from", "dues.rate_date_required")
    try:
        rate = float(str(values.get("rate_percent")).replace(",", "."))
    except ValueError:
        raise ValidationError("rate_percent", "dues.bad_rate", value=repr(values.get("rate_percent"))) from None
    cap = values.get("cap_percent_of_base")
    cap = float(str(cap).replace(",", ".")) if cap not in (None, "") else None
    if not 0 < rate <= 100:
        raise ValidationError("rate_percent", "dues.bad_rate", value=repr(values.get("rate_percent")))
    if cap is not None and rate > cap:
        raise ValidationError("rate_percent", "dues.rate_over_cap", rate=rate, cap=cap)
    values.update(rate_percent=rate, cap_percent_of_base=cap,
                  base_salary=int_field(values.get("base_salary"), "base_salary", minimum=1),
                  note=text_or_none(values.get("note")))
    if db.execute("SELECT 1 FROM due_rates WHERE kind = ? AND valid_from = ?",
                  [values["kind"], values["valid_from"]]).fetchone():
        raise DuplicateError("valid_from", "dues.rate_duplicate", day=vn_date(values["valid_from"]))
    with db.atomic():
        rate_id = db["due_rates"].insert(values).last_pk
        audit_record(db, "add", "due_rates", rate_id, values)
        return rate_id


def rates(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return rows(db, "SELECT * FROM due_rates ORDER BY kind, valid_from DESC")


# ---- the status per union and period ------------------------------------------------------
def prepare(db: sqlite_utils.Database, fields: dict[str, Any], current: dict[str, Any] | None = None,
            today: dt.date | None = None) -> dict[str, Any]:
    today = today or dt.date.today()
    values = only_known(fields, FIELDS)
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key == "period":
            out[key] = parse_period(value)
        elif key == "year":
            out[key] = int_field(value, key, minimum=1900)
        elif key == "fund_exempt":
            out[key] = 1 if value in (1, True) or fold(str(value)).strip() in ("1", "x", "co", "yes", "mien") else 0
        elif key in ("members", "dues_due", "dues_paid", "fund_due", "fund_paid"):
            out[key] = int_field(value, key)
        elif key == "union_id":
            out[key] = int(value) if value not in (None, "") else None
        else:
            out[key] = text_or_none(value)
    merged = {**(current or {}), **out}
    if not merged.get("union_id"):
        raise ValidationError("union_id", "dues.choose_union")
    union = row(db, "unions", merged["union_id"])
    year, period = merged.get("year"), merged.get("period") or "year"
    if current is None:
        out.setdefault("period", period)
    if not year or year > today.year:
        raise ValidationError("year", "dues.bad_year", value=repr(year))
    start, end = period_bounds(year, period)
    if start > today:
        raise ValidationError("period", "dues.period_not_started", period=DUES_PERIOD.vi(period), year=year)
    if merged.get("fund_exempt"):
        if end < FUND_EXEMPT_FROM:
            raise ValidationError("fund_exempt", "dues.exempt_before", day=vn_date(FUND_EXEMPT_FROM.isoformat()))
        if not union["is_state"]:
            raise ValidationError("fund_exempt", "dues.exempt_state_only")
        if merged.get("fund_due"):
            raise ValidationError("fund_due", "dues.exempt_owes_nothing")
    cap = monthly_cap(db, start)
    months = MONTHS[period][1] - MONTHS[period][0] + 1
    if cap and merged.get("members") is not None and merged.get("dues_due") is not None \
            and merged["dues_due"] > cap * months * merged["members"]:
        raise ValidationError("dues_due", "dues.over_cap", members=vn_number(merged["members"]), months=months,
                              cap=vn_number(cap))
    twin = db.execute("SELECT id FROM dues WHERE union_id = ? AND year = ? AND period = ? AND id IS NOT ?",
                      [merged["union_id"], year, period, current and current["id"]]).fetchone()
    if twin:
        raise DuplicateError("period", "dues.duplicate", period=DUES_PERIOD.vi(period), year=year)
    return out


def add_dues(db: sqlite_utils.Database, **fields: Any) -> int:
    return add_audited(db, "dues", prepare, fields)


def update_dues(db: sqlite_utils.Database, dues_id: int, **fields: Any) -> None:
    update_audited(db, "dues", dues_id, prepare, fields)


def delete_dues(db: sqlite_utils.Database, dues_id: int) -> None:
    delete_audited(db, "dues", dues_id)


_SELECT = """SELECT d.*, u.name AS union_name, u.code AS union_code, u.is_state,
                     coalesce(d.dues_due, 0) - coalesce(d.dues_paid, 0) AS dues_owed,
                     CASE WHEN d.fund_exempt THEN 0 ELSE coalesce(d.fund_due, 0) - coalesce(d.fund_paid, 0) END
                       AS fund_owed
              FROM dues d JOIN unions u ON u.id = d.union_id"""
_ORDER = f"ORDER BY d.year DESC, {DUES_PERIOD.sql_order('d.period')}, u.name_folded"


def get_dues(db: sqlite_utils.Database, dues_id: int) -> dict[str, Any]:
    found = rows(db, f"{_SELECT} WHERE d.id = ?", [dues_id])
    if not found:
        row(db, "dues", dues_id)
    return found[0]


def list_dues(db: sqlite_utils.Database, *, year: int | None = None, period: str | None = None,
              behind: bool = False, search: str = "") -> list[dict[str, Any]]:
    """The register; ``behind``: only rows where less was remitted than was due."""
    where, params = ["1"], []
    if year:
        where.append("d.year = ?")
        params.append(year)
    if period:
        where.append("d.period = ?")
        params.append(period)
    if behind:
        where.append("(coalesce(d.dues_due, 0) > coalesce(d.dues_paid, 0) OR "
                     "(d.fund_exempt = 0 AND coalesce(d.fund_due, 0) > coalesce(d.fund_paid, 0)))")
    for w in fold(search).split():
        where.append("u.search_text LIKE ?")
        params.append(f"%{w}%")
    return rows(db, f"{_SELECT} WHERE {' AND '.join(where)} {_ORDER}", params)


def behind(db: sqlite_utils.Database, year: int) -> list[dict[str, Any]]:
    """Unions that remitted less than was due in ``year``, with what they still owe,
    largest debt first."""
    return rows(db, """
        SELECT u.id AS union_id, u.name AS union_name, u.code AS union_code,
               sum(max(coalesce(d.dues_due, 0) - coalesce(d.dues_paid, 0), 0)) AS dues_owed,
               sum(CASE WHEN d.fund_exempt THEN 0
                        ELSE max(coalesce(d.fund_due, 0) - coalesce(d.fund_paid, 0), 0) END) AS fund_owed
        FROM dues d JOIN unions u ON u.id = d.union_id WHERE d.year = ?
        GROUP BY u.id HAVING dues_owed > 0 OR fund_owed > 0
        ORDER BY dues_owed + fund_owed DESC, u.name_folded""", [year])


def for_union(db: sqlite_utils.Database, union_id: int) -> list[dict[str, Any]]:
    return rows(db, f"{_SELECT} WHERE d.union_id = ? {_ORDER}", [union_id])
