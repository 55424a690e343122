"""Undo of the changes made in the window (Ctrl+Z).

Before a change the rows of the record and of the tables that belong to it (a member's
history, an event's programme...) are copied; undoing writes them back in one
transaction and removes rows the change added. Adding a record is undone by deleting it
through core, which refuses when something already refers to it. A change made outside
the window's dialogs (an import, a restore) clears the list, since the copies may no
longer be the truth.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlite_utils

# Each kind of record: its table, then the tables of rows that belong to it (column
# pointing at it). Rows of other records that merely refer to it are not touched.
OWNED: dict[str, list[tuple[str, str]]] = {
    "members": [("members", "id"), ("memberships", "member_id"), ("member_custom_values", "member_id")],
    "unions": [("unions", "id"), ("union_years", "union_id"), ("union_custom_values", "union_id")],
    "events": [("events", "id"), ("event_people", "event_id"), ("event_items", "event_id"),
               ("event_unions", "event_id"), ("event_results", "event_id")],
    "courses": [("courses", "id"), ("enrolments", "course_id")],
    # a member's own small records, edited or deleted one at a time
    "officers": [("officers", "id")],
    "welfare": [("welfare", "id")],
    "enrolments": [("enrolments", "id")],
    # the registers (issue 18), one row each
    "awards": [("awards", "id")],
    "congresses": [("congresses", "id")],
    "dues": [("dues", "id")],
    "due_rates": [("due_rates", "id")],
    "custom_fields": [("custom_fields", "id"), ("member_custom_values", "field_id"),
                      ("union_custom_values", "field_id")],
}
LIMIT = 20


@dataclass
class Change:
    description: str
    undo: Callable[[sqlite_utils.Database], None]
    key: str = ""                 # the tab to show afterwards
    record_id: int | None = None  # and the record to select there


def snapshot(db: sqlite_utils.Database, key: str, record_id: int) -> dict[str, list[dict[str, Any]]]:
    out = {}
    for table, column in OWNED[key]:
        cursor = db.execute(f"SELECT * FROM {table} WHERE {column} = ?", [record_id])
        names = [d[0] for d in cursor.description]
        out[table] = [dict(zip(names, row)) for row in cursor.fetchall()]
    return out


def _pk(db: sqlite_utils.Database, table: str) -> list[str]:
    return [r[1] for r in sorted(db.execute(f"PRAGMA table_info({table})").fetchall(), key=lambda r: r[5]) if r[5]]


def restore(db: sqlite_utils.Database, key: str, record_id: int, saved: dict[str, list[dict[str, Any]]]) -> None:
    """Put the record and its own rows back as they were in ``saved``."""
    (main, _), *children = OWNED[key]
    with db.atomic():
        rows = saved[main]
        current = snapshot(db, key, record_id)[main]
        exists = bool(current)
        if rows:
            values = rows[0]
            # Only what differs: rewriting an unchanged updated_at would look to the
            # "touch" trigger like a writer that did not set it.
            cols = [c for c in values if c != "id" and (not exists or values[c] != current[0][c])]
            if exists and cols:
                db.execute(f"UPDATE {main} SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
                           [values[c] for c in cols] + [record_id])
            elif not exists:
                db.execute(f"INSERT INTO {main} ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                           list(values.values()))
        for table, column in children:
            keys = _pk(db, table)
            kept = {tuple(r[k] for k in keys) for r in saved[table]}
            cursor = db.execute(f"SELECT {', '.join(keys)} FROM {table} WHERE {column} = ?", [record_id])
            for current in cursor.fetchall():
                if tuple(current) not in kept:
                    db.execute(f"DELETE FROM {table} WHERE {' AND '.join(f'{k} = ?' for k in keys)}", list(current))
            for r in saved[table]:
                db.execute(f"INSERT OR REPLACE INTO {table} ({', '.join(r)}) VALUES ({', '.join('?' * len(r))})",
                           list(r.values()))
        if not rows and exists:
            db.execute(f"DELETE FROM {main} WHERE id = ?", [record_id])


class UndoStack:
    def __init__(self) -> None:
        self.changes: list[Change] = []

    def push(self, change: Change) -> None:
        self.changes = (self.changes + [change])[-LIMIT:]

    def clear(self) -> None:
        self.changes.clear()

    def last(self) -> Change | None:
        return self.changes[-1] if self.changes else None

    def undo(self, db: sqlite_utils.Database) -> Change | None:
        """Undo the last change; on failure (UserError) it stays on the list."""
        change = self.last()
        if change is None:
            return None
        change.undo(db)
        self.changes.pop()
        return change
