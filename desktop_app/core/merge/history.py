"""Combining one person's dated membership history kept in two files.

Both histories are already in order (date, then row id). The combined history keeps
every row once (the same uid, or the same kind, date and union, is one row) and
interleaves the two in date order. On the same day, a row that ends a membership in
one file (transferred out, left) goes before a row that starts one in the other: a
member who moved from one former district to the other leaves there, then joins here.
Otherwise our rows go first, and each file's own order is kept.
"""

from __future__ import annotations

from typing import Any

EXITS = ("transfer_out", "leave")


def same_row(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a.get("uid") and a.get("uid") == b.get("uid"):
        return True
    return (a["kind"], a["on_date"], a.get("union_id")) == (b["kind"], b["on_date"], b.get("union_id"))


Rows = list[dict[str, Any]]


def combine(ours: Rows, theirs: Rows) -> tuple[Rows, Rows]:
    """(combined history, rows of ``theirs`` that were not already in ``ours``).

    ``theirs`` must already use the open file's union ids. When nothing is new the
    combined history is ``ours`` unchanged.
    """
    new = [t for t in theirs if not any(same_row(o, t) for o in ours)]
    if not new:
        return list(ours), []
    out: list[dict[str, Any]] = []
    i = j = 0
    while i < len(ours) or j < len(new):
        if j >= len(new):
            out.append(ours[i])
            i += 1
        elif i >= len(ours):
            out.append(new[j])
            j += 1
        else:
            o, t = ours[i], new[j]
            if t["on_date"] < o["on_date"] or (
                    t["on_date"] == o["on_date"] and t["kind"] in EXITS and o["kind"] not in EXITS):
                out.append(t)
                j += 1
            else:
                out.append(o)
                i += 1
    return out, new


def in_order(rows: list[dict[str, Any]]) -> bool:
    return all(a["on_date"] <= b["on_date"] for a, b in zip(rows, rows[1:]))
