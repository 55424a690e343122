"""Thinning automatic backups; an unverified backup never displaces a verified one."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from desktop_app.core.backup import archive as backup
from desktop_app.core.backup.check import manifest_path
from desktop_app.core.backup.rotation import Entry, Policy, plan

NOW = dt.datetime(2026, 11, 15, 12, 0, tzinfo=dt.UTC)


def _entries(hours: list[float], verified=True) -> list[Entry]:
    return [Entry(Path(f"auto-{h}.sqlite3"), NOW - dt.timedelta(hours=h), verified) for h in hours]


def test_thins_to_recent_daily_weekly_monthly():
    # one backup every 6 hours for 400 days
    entries = _entries([6 * i for i in range(1600)])
    keep, delete = plan(entries, NOW, Policy(recent=4, daily=7, weekly=8, monthly=12))
    assert len(keep) + len(delete) == 1600
    ages = sorted((NOW - e.created).days for e in keep)
    assert 4 <= len([a for a in ages if a < 1]) <= 5
    assert len({(NOW - e.created).days for e in keep if (NOW - e.created).days < 7}) == 7
    assert max(ages) <= 31 * 12 + 1
    assert len(keep) < 40
    assert keep[0].created == max(e.created for e in entries)


def test_unverified_backups_never_push_out_verified_ones():
    good = _entries([24 * 3, 24 * 20, 24 * 100])                 # old, verified
    bad = _entries([0.5 * i for i in range(1, 60)], verified=False)   # many newer, all damaged
    policy = Policy(recent=2, daily=2, weekly=1, monthly=1)
    keep, delete = plan(good + bad, NOW, policy)
    alone, _ = plan(good, NOW, policy)
    assert [e for e in keep if e.verified] == alone   # damaged files change nothing for good ones
    assert good[0] in keep and good[1] in keep


def test_nothing_deleted_without_a_verified_backup():
    bad = _entries([1, 2, 3, 400 * 24], verified=False)
    keep, delete = plan(bad, NOW)
    assert delete == [] and len(keep) == 4


def test_every_deletion_has_a_newer_verified_keeper_in_its_bucket():
    import random
    rng = random.Random(3)
    entries = [Entry(Path(f"a{i}"), NOW - dt.timedelta(hours=rng.uniform(0, 24 * 500)), rng.random() < 0.7)
               for i in range(300)]
    keep, delete = plan(entries, NOW, Policy())
    kept_good = [k for k in keep if k.verified]
    for d in delete:
        if d.verified and (NOW - d.created).days < 31 * 12:
            same_week = [k for k in kept_good if k.created.isocalendar()[:2] == d.created.isocalendar()[:2]]
            month = (d.created.year, d.created.month)
            same_month = [k for k in kept_good if (k.created.year, k.created.month) == month]
            assert any(k.created > d.created for k in same_week + same_month), d


def test_rotate_on_files_keeps_the_verified_older_backup(small_db_path):
    folder = backup.backups_dir()
    good = backup.auto_backup(small_db_path, "timer")
    # an older file that passes, then newer damaged ones (their manifests no longer match)
    os.utime(good, (0, 0))
    damaged = []
    for i in range(8):
        p = backup.create_backup(small_db_path, folder, kind="auto", reason=f"t{i}", record=False).path
        with open(p, "r+b") as f:
            f.seek(200)
            f.write(b"garbage")
            f.truncate(8192)
        damaged.append(p)
    gone = backup.rotate(policy=Policy(recent=1, daily=1, weekly=0, monthly=0))
    assert good.exists() and manifest_path(good).exists()
    assert all(p not in gone for p in [good])
    listed = backup.list_backups()
    assert any(i.path == good and i.intact for i in listed)
    assert [i.intact for i in listed if i.path in damaged] == [False] * len([p for p in damaged if p.exists()])


def test_rotate_removes_old_leftovers_only(small_db_path):
    folder = backup.backups_dir()
    backup.auto_backup(small_db_path, "first")
    stale = [folder / ".auto-x.sqlite3.partial", folder / "auto-y.sqlite3.manifest.json"]
    fresh = folder / ".auto-z.sqlite3.partial"
    for p in stale + [fresh]:
        p.write_bytes(b"left over")
    for p in stale:
        os.utime(p, (1, 1))
    backup.rotate()
    assert not any(p.exists() for p in stale) and fresh.exists()
