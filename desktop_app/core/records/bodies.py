"""The managing body this file belongs to, and its parent.

The body's name, kind and place name are data set up by the user (first-run wizard,
settings), never words in code: since 2025 the level above the grassroots is a
commune/ward, industrial-zone or sector union as often as a district federation.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from desktop_app.core.errors import ValidationError
from desktop_app.core.records.fields import required_text, rows, text_or_none, update_row
from desktop_app.core.vocabulary import BODY_KIND

KINDS = BODY_KIND.codes()


def own_body(db: sqlite_utils.Database) -> dict[str, Any] | None:
    """The issuing body of this file with its parent's name (``parent_name``)."""
    found = rows(db, """
        SELECT b.*, p.name AS parent_name, p.short_name AS parent_short_name
        FROM bodies b LEFT JOIN bodies p ON p.id = b.parent_id
        WHERE b.is_own = 1""")
    return found[0] if found else None


def set_own_body(db: sqlite_utils.Database, *, name: str, kind: str, parent_name: str | None = None,
                 parent_kind: str = "city", short_name: str | None = None,
                 parent_short_name: str | None = None, place_name: str | None = None,
                 doc_code: str | None = None, address: str | None = None) -> int:
    """Create or change the issuing body and its parent; returns the body's id."""
    name = required_text(name, "name", "The name of the managing body")
    for k in (kind, parent_kind):
        if k not in KINDS:
            raise ValidationError("kind", "body.unknown_kind", kind=repr(k))
    with db.atomic():
        current = own_body(db)
        parent_id = current["parent_id"] if current else None
        if text_or_none(parent_name):
            parent_values = {"name": required_text(parent_name, "parent_name", "Parent body"),
                             "kind": parent_kind, "short_name": text_or_none(parent_short_name)}
            if parent_id:
                update_row(db, "bodies", parent_id, parent_values)
            else:
                parent_id = db["bodies"].insert(parent_values).last_pk
        values = {"name": name, "kind": kind, "parent_id": parent_id,
                  "short_name": text_or_none(short_name), "place_name": text_or_none(place_name),
                  "doc_code": text_or_none(doc_code), "is_own": 1}
        if address is not None:  # the settings dialog has no address field: keep the stored one
            values["address"] = text_or_none(address)
        if current:
            update_row(db, "bodies", current["id"], values)
            return current["id"]
        return db["bodies"].insert(values).last_pk


# The ký hiệu of the issuing body in document numbers ("Số: 01/BB-CĐP") by kind of body.
SYMBOLS = {"national": "TLĐ", "province": "LĐLĐ", "city": "LĐLĐ", "district": "LĐLĐ", "commune": "CĐX",
           "ward": "CĐP", "industrial_zone": "CĐKCN", "sector": "CĐN", "other": "CĐ"}

_SHORTER = (("Liên đoàn Lao động", "LĐLĐ"), ("Công đoàn các Khu công nghiệp", "Công đoàn các KCN"),
            ("Công đoàn Khu công nghiệp", "Công đoàn KCN"), ("thành phố", "TP"))


def propose_symbol(kind: str | None) -> str:
    """The usual ký hiệu of a body of ``kind`` (CĐP for a ward union, LĐLĐ for a federation)."""
    return SYMBOLS.get(kind or "", "CĐ")


def propose_short_name(name: str | None) -> str:
    """The name as document headers usually shorten it: "Liên đoàn Lao động quận Nam Từ Liêm"
    becomes "LĐLĐ quận Nam Từ Liêm"; "Công đoàn phường Từ Liêm" is short already."""
    short = " ".join((name or "").split())
    for long, abbreviation in _SHORTER:
        if short.lower().startswith(long.lower()):
            short = abbreviation + short[len(long):]
            break
    return short


def header_lines(db: sqlite_utils.Database) -> tuple[str, str]:
    """(parent line, issuing body line) in capitals for the top left of documents."""
    body = own_body(db)
    if body is None:
        return "", ""
    parent = body.get("parent_short_name") or body.get("parent_name") or ""
    own = body.get("short_name") or body["name"]
    return parent.upper(), own.upper()
