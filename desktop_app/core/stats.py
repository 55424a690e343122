"""Figures "as of" any date and the year's results against its targets.

Counts come from the dated history, never from the current-status columns, so a
report for 31/5/2023 printed today gives what was true on 31/5/2023.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from desktop_app.core.errors import ValidationError
from desktop_app.core.records.fields import rows
from desktop_app.core.vocabulary import IN_UNION_KINDS, sql_in, union_after_sql

# The latest history row per member up to a date; SQLite returns the bare columns
# of the row holding max(). The id breaks ties between rows of the same date.
LATEST_AS_OF = _LATEST_AS_OF = """
    SELECT member_id, kind, union_id, max(on_date || printf('%012d', id)) AS k
    FROM memberships WHERE on_date <= ? GROUP BY member_id"""
# The latest history row is one of these kinds: the member is in its union.
_IN_UNION = sql_in("kind", IN_UNION_KINDS)


FIRST_YEAR, LAST_YEAR = 1900, 2100   # the dates the program records; beyond them a typing slip


def check_year(year: int) -> int:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError("year", "stats.year_out_of_range", first=FIRST_YEAR, last=LAST_YEAR, year=year)
    return year


def check_day(day: dt.date) -> dt.date:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValidationError("as_of", "stats.date_out_of_range", date=f"{day.day:02d}/{day.month:02d}/{day.year:04d}",
                              first=FIRST_YEAR, last=LAST_YEAR)
    return day


def _iso(day: dt.date | str) -> str:
    d = day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day))
    return check_day(d).isoformat()


def members_as_of(db: sqlite_utils.Database, day: dt.date | str) -> int:
    return db.execute(f"SELECT count(*) FROM ({_LATEST_AS_OF}) WHERE {_IN_UNION}",
                      [_iso(day)]).fetchone()[0]


def members_by_union_as_of(db: sqlite_utils.Database, day: dt.date | str) -> dict[int, int]:
    return dict(db.execute(
        f"SELECT union_id, count(*) FROM ({_LATEST_AS_OF}) WHERE {_IN_UNION} GROUP BY union_id",
        [_iso(day)]).fetchall())


def law_2024_members_as_of(db: sqlite_utils.Database, day: dt.date | str) -> dict[str, int]:
    """Members on ``day`` of the groups the Trade Union Law 2024 opened the union to:
    foreign workers and workers without a labour relation."""
    foreign, no_relation = db.execute(
        f"""SELECT coalesce(sum(m.nationality IS NOT NULL), 0), coalesce(sum(m.work_relation = 'no_relation'), 0)
            FROM ({_LATEST_AS_OF}) AS latest JOIN members m ON m.id = latest.member_id
            WHERE {_IN_UNION} AND (m.nationality IS NOT NULL OR m.work_relation = 'no_relation')""",
        [_iso(day)]).fetchone()
    return {"members_foreign": foreign, "members_no_relation": no_relation}


def _union_active_as_of() -> str:
    return ("(u.founded_on IS NULL OR u.founded_on <= :d) "
            "AND NOT (u.status != 'active' AND u.status_on <= :d)")


def unions_as_of(db: sqlite_utils.Database, day: dt.date | str) -> int:
    return db.execute(f"SELECT count(*) FROM unions u WHERE {_union_active_as_of()}",
                      {"d": _iso(day)}).fetchone()[0]


def by_sector_as_of(db: sqlite_utils.Database, day: dt.date | str) -> list[dict[str, Any]]:
    """Unions and members per sector block as of ``day`` (sectors in their order)."""
    d = _iso(day)
    return rows(db, f"""
        WITH latest AS ({_LATEST_AS_OF.replace('?', ':d')}),
             m AS (SELECT union_id, count(*) AS n FROM latest WHERE {_IN_UNION} GROUP BY union_id)
        SELECT s.code, s.name, s.is_state,
               count(u.id) AS unions,
               coalesce(sum(m.n), 0) AS members
        FROM sectors s
        LEFT JOIN unions u ON u.sector = s.code AND {_union_active_as_of()}
        LEFT JOIN m ON m.union_id = u.id
        GROUP BY s.code ORDER BY s.sort""", {"d": d})


# Each history row of a period with the union the member was in just before it (an
# index seek on memberships_member): a transfer from outside has no union before it.
_FLOWS = f"""
    WITH f AS MATERIALIZED (
      SELECT m.kind AS kind,
             {union_after_sql("m.kind", "m.union_id")} AS after_u,
             (SELECT {union_after_sql("p.kind", "p.union_id")} FROM memberships p
              WHERE p.member_id = m.member_id AND (p.on_date, p.id) < (m.on_date, m.id)
              ORDER BY p.on_date DESC, p.id DESC LIMIT 1) AS before_u
      FROM memberships m WHERE m.on_date > :s AND m.on_date <= :e)
    SELECT kind, before_u, after_u, count(*) FROM f GROUP BY kind, before_u, after_u"""


@dataclass
class Flows:
    """Members gained and lost between two dates, in total and per union.

    ``transferred_in`` counts members who came from outside the body's unions;
    ``moved`` those who moved from one of its unions to another (no gain for the body).
    The overview and the annual report both take their figures from here.
    """
    joined: int = 0
    transferred_in: int = 0
    moved: int = 0
    lost: int = 0
    joined_by_union: dict[int, int] = field(default_factory=dict)
    lost_by_union: dict[int, int] = field(default_factory=dict)
    # Per union: members at the end minus members at the start of the period.
    change_by_union: dict[int, int] = field(default_factory=dict)


def flows(db: sqlite_utils.Database, after: dt.date | str, until: dt.date | str) -> Flows:
    """What happened to membership after ``after`` up to and including ``until``."""
    out = Flows()
    for kind, before_u, after_u, n in db.execute(_FLOWS, {"s": _iso(after), "e": _iso(until)}).fetchall():
        if after_u is not None:
            out.change_by_union[after_u] = out.change_by_union.get(after_u, 0) + n
        if before_u is not None:
            out.change_by_union[before_u] = out.change_by_union.get(before_u, 0) - n
        if kind == "join":
            out.joined += n
            if after_u is not None:
                out.joined_by_union[after_u] = out.joined_by_union.get(after_u, 0) + n
        elif kind == "transfer":
            if before_u is None:
                out.transferred_in += n
            else:
                out.moved += n
        else:
            out.lost += n
            if before_u is not None:
                out.lost_by_union[before_u] = out.lost_by_union.get(before_u, 0) + n
    return out


@dataclass(frozen=True)
class Indicator:
    code: str
    label_en: str
    label_vi: str
    unit: str  # "count", "percent" or "dong"


INDICATORS = (
    Indicator("new_members", "New members admitted", "Kết nạp đoàn viên mới", "count"),
    Indicator("new_unions", "New grassroots unions founded", "Thành lập công đoàn cơ sở mới", "count"),
    Indicator("agreements", "Collective agreements signed", "Ký kết thỏa ước lao động tập thể", "count"),
    Indicator("workers_conferences", "Workers' conferences held", "Tổ chức hội nghị người lao động", "count"),
    Indicator("chairs_trained_pct", "Grassroots chairs trained", "Chủ tịch CĐCS được tập huấn", "percent"),
    Indicator("officers_trained_pct", "Union officers trained", "Cán bộ công đoàn được tập huấn", "percent"),
    Indicator("event_participations", "Participations in events", "Lượt người tham gia hoạt động", "count"),
)
INDICATOR_BY_CODE = {i.code: i for i in INDICATORS}


def set_target(db: sqlite_utils.Database, year: int, indicator: str, value: float | None) -> None:
    """Set (or clear, with None) the target of an indicator for a year."""
    if indicator not in INDICATOR_BY_CODE:
        raise ValidationError("indicator", "stats.unknown_indicator", indicator=repr(indicator))
    with db.atomic():
        if value is None:
            db.execute("DELETE FROM targets WHERE year = ? AND indicator = ?", [year, indicator])
            return
        if value <= 0:
            raise ValidationError("value", "stats.target_not_positive")
        db.execute("INSERT INTO targets(year, indicator, value) VALUES (?,?,?) "
                   "ON CONFLICT(year, indicator) DO UPDATE SET value = excluded.value",
                   [year, indicator, value])


def targets(db: sqlite_utils.Database, year: int) -> dict[str, float]:
    return dict(db.execute("SELECT indicator, value FROM targets WHERE year = ?", [year]).fetchall())


def _trained_pct(db: sqlite_utils.Database, year: int, roles: tuple[str, ...] | None) -> float | None:
    """Share of grassroots officers in office at the end of ``year`` (or today, for
    the current year) who completed a course that started in that year."""
    end = min(dt.date(year, 12, 31), dt.date.today()).isoformat()
    role_filter = f"AND o.role IN ({','.join('?' * len(roles))})" if roles else ""
    params: list[Any] = [end, end, *(roles or ())]
    total, trained = db.execute(f"""
        WITH current AS (
          SELECT DISTINCT o.member_id FROM officers o
          WHERE o.union_id IS NOT NULL
            AND (o.term_start IS NULL OR o.term_start <= ?) AND (o.term_end IS NULL OR o.term_end >= ?)
            {role_filter})
        SELECT count(*), sum(EXISTS (
          SELECT 1 FROM enrolments e JOIN courses c ON c.id = e.course_id
          WHERE e.member_id = current.member_id AND e.completed = 1
            AND c.starts_on BETWEEN '{year}-01-01' AND '{year}-12-31'))
        FROM current""", params).fetchone()
    if not total:
        return None
    return 100.0 * (trained or 0) / total


def results(db: sqlite_utils.Database, year: int) -> dict[str, float | None]:
    """Each indicator's result for ``year``."""
    start, end = f"{year}-01-01", f"{year}-12-31"
    one = lambda sql, *p: db.execute(sql, p).fetchone()[0]  # noqa: E731
    return {
        "new_members": one("SELECT count(*) FROM memberships WHERE kind = 'join' AND on_date BETWEEN ? AND ?",
                           start, end),
        "new_unions": one("SELECT count(*) FROM unions WHERE founded_on BETWEEN ? AND ?", start, end),
        "agreements": one("SELECT count(*) FROM union_years WHERE agreement_signed_on BETWEEN ? AND ?",
                          start, end),
        "workers_conferences": one("SELECT count(*) FROM union_years WHERE year = ? AND workers_conference = 1",
                                   year),
        "chairs_trained_pct": _trained_pct(db, year, ("chair",)),
        "officers_trained_pct": _trained_pct(db, year, None),
        "event_participations": one(
            "SELECT coalesce(sum(participant_count), 0) FROM events WHERE substr(starts_at, 1, 4) = ?",
            str(year)),
    }


def achievement(result: float | None, target: float | None) -> float | None:
    """Result as a percentage of target, as reported ("đạt 137%")."""
    if result is None or not target:
        return None
    return 100.0 * result / target


def year_summary(db: sqlite_utils.Database, year: int) -> dict[str, Any]:
    """Everything the annual report and the overview show for ``year``.

    Start-of-year counts are as of 31/12 of the previous year; end-of-year counts as
    of 31/12 (or today while the year is running).
    """
    check_year(year)
    before = dt.date(year - 1, 12, 31)
    end = min(dt.date(year, 12, 31), dt.date.today())
    start_s, end_s = f"{year}-01-01", f"{year}-12-31"
    one = lambda sql, *p: db.execute(sql, p).fetchone()[0]  # noqa: E731
    res = results(db, year)
    tgt = targets(db, year)
    flow = flows(db, before, end)
    return {
        "year": year,
        "start_date": before.isoformat(),
        "end_date": end.isoformat(),
        "members_start": members_as_of(db, before),
        "members_end": members_as_of(db, end),
        **law_2024_members_as_of(db, end),
        "unions_start": unions_as_of(db, before),
        "unions_end": unions_as_of(db, end),
        "members_joined": flow.joined,
        "members_transferred_in": flow.transferred_in,
        "members_moved": flow.moved,
        "members_left": flow.lost,
        "unions_founded": res["new_unions"],
        "unions_closed": one("SELECT count(*) FROM unions WHERE status != 'active' AND status_on BETWEEN ? AND ?",
                             start_s, end_s),
        "events": rows(db, """SELECT kind, count(*) AS n, coalesce(sum(participant_count), 0) AS participants
                              FROM events WHERE substr(starts_at, 1, 4) = ? GROUP BY kind ORDER BY kind""",
                       [str(year)]),
        "courses": one("SELECT count(*) FROM courses WHERE starts_on BETWEEN ? AND ?", start_s, end_s),
        "enrolled": one("""SELECT count(*) FROM enrolments e JOIN courses c ON c.id = e.course_id
                           WHERE c.starts_on BETWEEN ? AND ?""", start_s, end_s),
        "completed": one("""SELECT count(*) FROM enrolments e JOIN courses c ON c.id = e.course_id
                            WHERE e.completed = 1 AND c.starts_on BETWEEN ? AND ?""", start_s, end_s),
        "welfare_count": one("SELECT count(*) FROM welfare WHERE paid_on BETWEEN ? AND ?", start_s, end_s),
        "welfare_amount": one("SELECT coalesce(sum(amount), 0) FROM welfare WHERE paid_on BETWEEN ? AND ?",
                              start_s, end_s),
        "by_sector": by_sector_as_of(db, end),
        "indicators": [
            {"code": i.code, "label_en": i.label_en, "label_vi": i.label_vi, "unit": i.unit,
             "target": tgt.get(i.code), "result": res[i.code],
             "percent": achievement(res[i.code], tgt.get(i.code))}
            for i in INDICATORS
        ],
    }
