"""A backup taken while another connection commits verifies and equals a commit boundary."""

from __future__ import annotations

import sqlite3
import threading

from desktop_app.core import backup
from desktop_app.core.db import connect

BATCH = 25


def _writer(path, stop: threading.Event, committed: list[int]) -> None:
    db = connect(path)
    n = 0
    while not stop.is_set():
        with db.conn:
            db.conn.executemany("INSERT INTO audit_log(action, target, records) VALUES ('batch', ?, ?)",
                                [(str(n), i) for i in range(BATCH)])
            db.conn.execute("UPDATE settings SET value = ? WHERE key = 'last_batch'", [str(n)])
        committed.append(n)
        n += 1
    db.close()


def test_backup_during_writes_is_a_commit_boundary(small_db_path, tmp_path, monkeypatch):
    monkeypatch.setattr(backup, "PAGES_PER_STEP", 4)   # many steps: writers restart the copy
    db = connect(small_db_path)
    db.execute("INSERT INTO settings(key, value) VALUES ('last_batch', '-1')")
    db.conn.commit()
    db.close()
    stop, committed = threading.Event(), []
    thread = threading.Thread(target=_writer, args=(small_db_path, stop, committed))
    thread.start()
    made = []
    try:
        while len(committed) < 5:
            threading.Event().wait(0.005)
        for i in range(4):
            before = len(committed)
            made.append(backup.create_backup(small_db_path, tmp_path / f"b{i}.sqlite3", record=False))
            assert len(committed) >= before
    finally:
        stop.set()
        thread.join()
    assert len(committed) > 10
    for m in made:
        assert backup.verify_backup(m.path, level="full").ok
        conn = sqlite3.connect(m.path)
        rows = conn.execute("SELECT CAST(target AS INTEGER), count(*) FROM audit_log WHERE action = 'batch' "
                            "GROUP BY target ORDER BY 1").fetchall()
        last = int(conn.execute("SELECT value FROM settings WHERE key = 'last_batch'").fetchone()[0])
        conn.close()
        assert all(count == BATCH for _, count in rows), "a partial batch in the backup"
        assert [b for b, _ in rows] == list(range(last + 1)), "batches missing or beyond the last commit"
