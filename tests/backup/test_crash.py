"""SIGKILL a process committing batches of members at random moments, 200 times: the
file always reopens intact and holds exactly the acknowledged batches (plus at most
the one whose commit finished as the process died), never part of a batch."""

from __future__ import annotations

import concurrent.futures
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

WRITER = Path(__file__).with_name("crash_writer.py")
RUNS = 200
BATCH = 6


LANES = 2   # two files killed in parallel: process start-up is most of the time


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_never_loses_or_splits_a_batch(small_db_path, tmp_path):
    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(LANES) as pool:
        lanes = [pool.submit(_lane, small_db_path, tmp_path / f"crash{i}.sqlite3", 2026 + i, RUNS // LANES)
                 for i in range(LANES)]
        killed = sum(f.result() for f in lanes)
    assert killed == RUNS
    assert time.monotonic() - started < 60


def _lane(small_db_path: Path, live: Path, seed: int, runs: int) -> int:
    rng = random.Random(seed)
    members_before = sqlite3.connect(small_db_path).execute("SELECT count(*) FROM members").fetchone()[0]
    killed_mid_run = 0
    for run in range(runs):
        # a fresh copy every 25 runs keeps the file small; between, runs pile up on one file
        if run % 25 == 0:
            for extra in ("", "-wal", "-shm"):
                Path(str(live) + extra).unlink(missing_ok=True)
            shutil.copy(small_db_path, live)
            acked: set[int] = set()
        first = max(acked, default=-1) + 1 if acked else _present(live)[1] + 1
        proc = subprocess.Popen([sys.executable, "-S", str(WRITER), str(live), str(first), str(BATCH)],
                                stdout=subprocess.PIPE, text=True)
        wait_for = rng.choice([0, 0, 1, 1, 2, 3, 5])
        got = 0
        while got < wait_for:
            line = proc.stdout.readline()
            if not line:
                break
            acked.add(int(line.split()[1]))
            got += 1
        time.sleep(rng.random() * 0.004)
        os.kill(proc.pid, signal.SIGKILL)
        tail, _ = proc.communicate()
        for line in tail.splitlines():
            acked.add(int(line.split()[1]))
        killed_mid_run += proc.returncode == -signal.SIGKILL
        conn = sqlite3.connect(live)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], f"run {run}"
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == [], f"run {run}"
            sizes = dict(conn.execute(
                "SELECT CAST(m.note AS INTEGER), count(*) FROM members m JOIN memberships h ON h.member_id = m.id "
                "WHERE m.origin = 'crash-test' AND m.status = 'active' GROUP BY m.note").fetchall())
            total = conn.execute("SELECT count(*) FROM members").fetchone()[0]
        finally:
            conn.close()
        present = set(sizes)
        assert all(n == BATCH for n in sizes.values()), f"run {run}: a partial batch {sizes}"
        assert acked <= present, f"run {run}: acknowledged batches lost: {sorted(acked - present)}"
        extra = present - acked
        assert extra <= {max(acked, default=first - 1) + 1}, f"run {run}: unexpected batches {extra}"
        acked |= extra     # committed just before the kill: part of the file's history now
        assert total == members_before + BATCH * len(present)
    return killed_mid_run


def _present(path: Path) -> tuple[set[int], int]:
    conn = sqlite3.connect(path)
    rows = {r[0] for r in conn.execute(
        "SELECT DISTINCT CAST(note AS INTEGER) FROM members WHERE origin = 'crash-test'")}
    conn.close()
    return rows, max(rows, default=-1)
