"""The audit log read back: who changed what and when (registers' edits, imports,
exports, backups, restores, merges), filtered by record and date."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from desktop_app.core.records.fields import rows
from desktop_app.core.text import fold


def list_audit(db: sqlite_utils.Database, *, table: str | None = None, action: str | None = None,
               since: str | None = None, until: str | None = None, search: str = "",
               limit: int = 5000) -> list[dict[str, Any]]:
    """Newest first. ``table``: changes to that kind of record (``awards``...); ``since`` /
    ``until``: ISO dates, inclusive; ``search``: words in the target or the detail."""
    where, params = ["1"], []
    if table:
        where.append("target LIKE ?")
        params.append(f"{table}#%")
    if action:
        where.append("action = ?")
        params.append(action)
    if since:
        where.append("at >= ?")
        params.append(since)
    if until:
        where.append("at < date(?, '+1 day')")
        params.append(until)
    found = rows(db, f"SELECT * FROM audit_log WHERE {' AND '.join(where)} ORDER BY at DESC, id DESC LIMIT ?",
                 [*params, limit])
    words = fold(search).split()
    if words:
        found = [r for r in found if all(w in fold(f"{r['target'] or ''} {r['detail'] or ''} {r['actor'] or ''}")
                                         for w in words)]
    return found


def actions(db: sqlite_utils.Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT DISTINCT action FROM audit_log ORDER BY action")]


def tables(db: sqlite_utils.Database) -> list[str]:
    """The kinds of record the log names (``awards`` from ``awards#12``)."""
    return [r[0] for r in db.execute(
        "SELECT DISTINCT substr(target, 1, instr(target, '#') - 1) FROM audit_log WHERE instr(target, '#') > 1 "
        "ORDER BY 1")]
