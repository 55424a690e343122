"""Thinning the automatic backups to a recent/daily/weekly/monthly set.

``plan`` is a pure function (tested on its own) from the list of backups to the ones
to delete. The rule that matters most: a backup is only ever deleted because a
*verified* backup newer than it, in the same day/week/month, is kept. An unverified
backup (its manifest missing or not matching the file) never takes a verified one's
place, so a run of damaged backups cannot push out the last good one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Policy:
    recent: int = 6      # the newest verified backups, whatever their age
    daily: int = 7       # one per day for the last N days
    weekly: int = 8      # one per ISO week for the last N weeks
    monthly: int = 12    # one per month for the last N months


@dataclass(frozen=True)
class Entry:
    path: Path
    created: dt.datetime
    verified: bool


def _buckets(created: dt.datetime) -> dict[str, tuple]:
    iso = created.isocalendar()
    return {"daily": (created.date(),), "weekly": (iso[0], iso[1]), "monthly": (created.year, created.month)}


def plan(entries: list[Entry], now: dt.datetime, policy: Policy = Policy()) -> tuple[list[Entry], list[Entry]]:
    """(keep, delete), each newest first."""
    ordered = sorted(entries, key=lambda e: e.created, reverse=True)
    verified = [e for e in ordered if e.verified]
    keep: set[Path] = set()
    keep.update(e.path for e in verified[: policy.recent])
    limits = {"daily": now - dt.timedelta(days=policy.daily),
              "weekly": now - dt.timedelta(weeks=policy.weekly),
              "monthly": now - dt.timedelta(days=31 * policy.monthly)}
    for kind, since in limits.items():
        seen: set[tuple] = set()
        for e in verified:
            key = _buckets(e.created)[kind]
            if e.created >= since and key not in seen:
                seen.add(key)
                keep.add(e.path)
    if not verified:
        return ordered, []  # nothing good to fall back on: delete nothing
    newest_good = verified[0].created
    delete = []
    for e in ordered:
        if e.path in keep:
            continue
        if not e.verified and e.created > newest_good:
            keep.add(e.path)   # a newer unverified file: keep it for a person to look at
            continue
        delete.append(e)
    return [e for e in ordered if e.path in keep], delete
