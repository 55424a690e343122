"""The register of document numbers: "Số: 01/BB-CĐP" is number 1 of the minutes (BB) of
the year, followed by the ký hiệu of the issuing body.

Offices keep a book where each outgoing paper takes the next number of its kind for the
year; a number once given is never given again (the table refuses deletes), so two
papers on file can never carry the same number.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlite_utils

from desktop_app.core.errors import ValidationError
from desktop_app.core.records.bodies import own_body, propose_symbol
from desktop_app.core.records.fields import rows

# Kinds of papers (Nghị định 30/2020, Phụ lục III): biên bản, báo cáo, danh sách, giấy chứng nhận.
KINDS = {"BB": "Biên bản", "BC": "Báo cáo", "DS": "Danh sách", "GCN": "Giấy chứng nhận"}


def symbol(db: sqlite_utils.Database) -> str:
    """The issuing body's ký hiệu (settings), or the usual one for its kind."""
    body = own_body(db) or {}
    return body.get("doc_code") or propose_symbol(body.get("kind"))


def _check(kind: str, year: int) -> None:
    if kind not in KINDS:
        raise ValidationError("kind", "doc.unknown_kind", kind=repr(kind), kinds=", ".join(KINDS))
    if not 1900 <= int(year) <= 2200:
        raise ValidationError("year", "doc.not_a_year", year=repr(year))


def next_number(db: sqlite_utils.Database, kind: str, year: int) -> int:
    """The next free number of ``kind`` in ``year`` (1 for the first paper)."""
    _check(kind, year)
    return db.execute("SELECT coalesce(max(number), 0) + 1 FROM doc_numbers WHERE kind = ? AND year = ?",
                      [kind, int(year)]).fetchone()[0]


def formatted(number: int, kind: str, body_symbol: str) -> str:
    """'01/BB-CĐP': numbers below 10 written with a leading zero."""
    return f"{number:02d}/{kind}-{body_symbol}"


def proposed(db: sqlite_utils.Database, kind: str, year: int) -> str:
    """The number the next paper of ``kind`` would get, without taking it."""
    return formatted(next_number(db, kind, year), kind, symbol(db))


def take(db: sqlite_utils.Database, kind: str, year: int, *, title: str | None = None,
         issued_on: dt.date | str | None = None, ref: tuple[str, int] | None = None,
         number: int | None = None) -> str:
    """Give the next number (or ``number``, if still free) to a paper and record it."""
    _check(kind, year)
    with db.atomic():
        n = int(number) if number is not None else next_number(db, kind, year)
        if n < 1:
            raise ValidationError("number", "doc.number_from_one")
        taken = db.execute("SELECT title FROM doc_numbers WHERE kind = ? AND year = ? AND number = ?",
                           [kind, int(year), n]).fetchone()
        if taken:
            raise ValidationError("number", "doc.number_taken", number=f"{n:02d}/{kind}", year=year,
                                  title=taken[0] or "–", next=f"{next_number(db, kind, year):02d}")
        sym = symbol(db)
        db.execute("""INSERT INTO doc_numbers (kind, year, number, symbol, title, issued_on, ref_table, ref_id)
                      VALUES (?,?,?,?,?,?,?,?)""",
                   [kind, int(year), n, sym, title, str(issued_on)[:10] if issued_on else None,
                    ref[0] if ref else None, ref[1] if ref else None])
    return formatted(n, kind, sym)


def register(db: sqlite_utils.Database, year: int | None = None) -> list[dict[str, Any]]:
    """The numbers given (of ``year``, or all), in order."""
    where, params = ("WHERE year = ?", [int(year)]) if year else ("", [])
    return rows(db, f"""SELECT kind, year, number, symbol, title, issued_on, ref_table, ref_id, created_at
                        FROM doc_numbers {where} ORDER BY year, kind, number""", params)
