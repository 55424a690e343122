"""Section I figures (labour, income) per union and statistics date, with who entered
them and when; and which unions have returned their 01-HĐCĐ for a date."""

from __future__ import annotations

import datetime as dt
import getpass
from typing import Any

import sqlite_utils

from desktop_app.core.errors import ValidationError
from desktop_app.core.records.fields import row as get_row
from desktop_app.core.statistics.forms import LEGACY_BY_KEY, REPORTED, ROW_BY_KEY


def current_user() -> str:
    """The name written beside an entered figure: the login name of the office PC."""
    try:
        return getpass.getuser()
    except Exception:  # no login name in some service environments
        return ""


def iso(day: dt.date | str) -> str:
    if isinstance(day, dt.date):
        return day.isoformat()
    try:
        return dt.date.fromisoformat(str(day)).isoformat()
    except ValueError:
        raise ValidationError("as_of", "statistics.not_a_date", value=repr(day)) from None


def check_value(key: str, value: Any) -> float | None:
    """A figure as stored: None (not known), or a number >= 0 (whole for counts)."""
    row = ROW_BY_KEY.get(key) or LEGACY_BY_KEY.get(key)   # legacy: read from a previous-template 01
    if row is None or row.source not in ("reported", "legacy"):
        raise ValidationError(key, "statistics.not_entered_by_hand", key=repr(key))
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = float(str(value).replace(".", "").replace(",", "").replace(" ", "")
                       if isinstance(value, str) else value)
    except (TypeError, ValueError):
        raise ValidationError(key, "statistics.not_a_number", label=row.label, value=repr(value)) from None
    if number < 0:
        raise ValidationError(key, "statistics.negative", label=row.label, value=repr(value))
    if row.whole and not float(number).is_integer():
        raise ValidationError(key, "statistics.not_whole", label=row.label, value=repr(value))
    return number


# Parts that cannot exceed their whole: (part, whole), each a stored figure.
_PARTS = (("underemployed", "workers"), ("underemployed_female", "workers_female"),
          ("underemployed_female", "underemployed"), ("wage_people", "workers"), ("housed", "workers"),
          ("renting", "workers"), ("contracts", "workers"), ("insured", "workers"),
          ("workers_lost_jobs", "workers"), ("workers_unpaid", "workers"))


def check_consistent(values: dict[str, float | None]) -> None:
    """Rules between figures of one union: women are part of the workers, every count
    of workers part of the whole; a mean wage goes with the number of people it is
    counted over (02-HĐCĐ weighs it by that number)."""
    w, f = values.get("workers"), values.get("workers_female")
    if w is not None and f is not None and f > w:
        raise ValidationError("workers_female", "statistics.women_over_workers", women=f"{f:,.0f}",
                              workers=f"{w:,.0f}")
    for part, whole in _PARTS:
        v, limit = values.get(part), values.get(whole)
        if v is not None and limit is not None and v > limit:
            spec = ROW_BY_KEY.get(part) or LEGACY_BY_KEY[part]
            raise ValidationError(part, "statistics.more_than", label=spec.label.lstrip("-+ "), value=f"{v:,.0f}",
                                  other=_name(whole), limit=f"{limit:,.0f}")
    mean, people = values.get("wage_mean"), values.get("wage_people")
    if mean is not None and people is None:
        raise ValidationError("wage_people", "statistics.wage_without_people", label=ROW_BY_KEY["wage_mean"].label,
                              people=ROW_BY_KEY["wage_people"].label.lstrip("+ "))
    if people and mean is None:
        raise ValidationError("wage_mean", "statistics.people_without_wage", label=ROW_BY_KEY["wage_mean"].label,
                              people=ROW_BY_KEY["wage_people"].label.lstrip("+ "))


def _name(key: str) -> str:
    """A row's name in a message: the sub-row "- Trong đó: nữ" says what it is part of."""
    return {"workers_female": "số lao động nữ"}.get(key, ROW_BY_KEY[key].label.lstrip("-+ ").lower())


def set_figures(db: sqlite_utils.Database, union_id: int, as_of: dt.date | str, values: dict[str, Any], *,
                source: str = "manual", entered_by: str | None = None) -> int:
    """Store the union's section I figures for ``as_of`` in one transaction.

    A value of None clears that figure. A figure equal to what is stored is left as it
    is (with its original author and time), so entering the same again changes
    nothing. Returns how many figures changed.
    """
    get_row(db, "unions", union_id, "Union")
    day = iso(as_of)
    clean = {k: check_value(k, v) for k, v in values.items()}
    stored = figures(db, union_id, day)
    check_consistent({**{k: v["value"] for k, v in stored.items()}, **clean})
    who = current_user() if entered_by is None else entered_by
    changed = 0
    with db.atomic():
        for key, value in clean.items():
            old = stored.get(key)
            if value is None:
                if old is not None:
                    db.execute("DELETE FROM period_figures WHERE union_id = ? AND as_of = ? AND item = ?",
                               [union_id, day, key])
                    changed += 1
            elif old is None or old["value"] != value:
                db.execute("""INSERT INTO period_figures (union_id, as_of, item, value, source, entered_by)
                              VALUES (?,?,?,?,?,?)
                              ON CONFLICT (union_id, as_of, item) DO UPDATE SET value = excluded.value,
                                source = excluded.source, entered_by = excluded.entered_by,
                                entered_at = strftime('%Y-%m-%dT%H:%M:%S','now')""",
                           [union_id, day, key, value, source, who])
                changed += 1
    return changed


def figures(db: sqlite_utils.Database, union_id: int, as_of: dt.date | str) -> dict[str, dict[str, Any]]:
    """The union's stored figures for ``as_of``: key -> value, source, entered_by, entered_at."""
    out = {}
    for key, value, source, by, at in db.execute(
            """SELECT item, value, source, entered_by, entered_at FROM period_figures
               WHERE union_id = ? AND as_of = ?""", [union_id, iso(as_of)]):
        out[key] = {"value": value, "source": source, "entered_by": by, "entered_at": at}
    return out


def saved_figures(db: sqlite_utils.Database, union_id: int, as_of: dt.date | str) -> list[tuple]:
    """The union's stored rows for ``as_of``, whole (author and time included), for an undo."""
    return db.execute("""SELECT union_id, as_of, item, value, source, entered_by, entered_at FROM period_figures
                         WHERE union_id = ? AND as_of = ? ORDER BY item""", [union_id, iso(as_of)]).fetchall()


def restore_figures(db: sqlite_utils.Database, union_id: int, as_of: dt.date | str, saved: list[tuple]) -> None:
    """Put the union's figures for ``as_of`` back as ``saved_figures`` read them, in one
    transaction: the figures entered since are removed, the earlier ones come back with
    their original author and time."""
    day = iso(as_of)
    with db.atomic():
        db.execute("DELETE FROM period_figures WHERE union_id = ? AND as_of = ?", [union_id, day])
        db.conn.executemany("""INSERT INTO period_figures (union_id, as_of, item, value, source, entered_by,
                               entered_at) VALUES (?,?,?,?,?,?,?)""", [tuple(r) for r in saved])


def all_figures(db: sqlite_utils.Database, as_of: dt.date | str) -> dict[int, dict[str, float]]:
    """Every union's figures for ``as_of``: union id -> key -> value."""
    out: dict[int, dict[str, float]] = {}
    keys = {r.key for r in REPORTED}
    for union_id, key, value in db.execute(
            "SELECT union_id, item, value FROM period_figures WHERE as_of = ?", [iso(as_of)]):
        if key in keys:
            out.setdefault(union_id, {})[key] = value
    return out


def periods(db: sqlite_utils.Database) -> list[str]:
    """Statistics dates for which anything was entered or returned, newest first."""
    return [r[0] for r in db.execute(
        "SELECT as_of FROM period_figures UNION SELECT as_of FROM period_returns ORDER BY 1 DESC")]


def returned(db: sqlite_utils.Database, as_of: dt.date | str) -> dict[int, dict[str, Any]]:
    """Unions whose 01-HĐCĐ for ``as_of`` has been received (imported, or entered by hand)."""
    day = iso(as_of)
    out = {r[0]: {"file_name": r[1], "received_at": r[2], "entered_by": r[3]} for r in db.execute(
        "SELECT union_id, file_name, received_at, entered_by FROM period_returns WHERE as_of = ?", [day])}
    for (union_id,) in db.execute("SELECT DISTINCT union_id FROM period_figures WHERE as_of = ?", [day]):
        out.setdefault(union_id, {"file_name": None, "received_at": None, "entered_by": None})
    return out


def missing(db: sqlite_utils.Database, as_of: dt.date | str) -> list[dict[str, Any]]:
    """Unions active on ``as_of`` that have neither returned a 01-HĐCĐ nor had figures
    entered for it, in name order: the ones to chase before 02-HĐCĐ is made."""
    day = iso(as_of)
    got = returned(db, day)
    rows = db.execute("""
        SELECT u.id, u.code, u.name, s.name FROM unions u LEFT JOIN sectors s ON s.code = u.sector
        WHERE (u.founded_on IS NULL OR u.founded_on <= :d) AND NOT (u.status != 'active' AND u.status_on <= :d)
        ORDER BY u.name_folded, u.id""", {"d": day}).fetchall()
    return [{"id": r[0], "code": r[1], "name": r[2], "sector": r[3]} for r in rows if r[0] not in got]
