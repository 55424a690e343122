"""A backup taken while another connection commits verifies and equals a commit boundary."""

from __future__ import annotations

import threading

from desktop_app.core.backup import archive as backup
from desktop_app.core.storage import files
from desktop_app.core.storage import sqlite_driver as sqlite3  # the errors and connections the program uses
from desktop_app.core.storage.db import connect

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
    monkeypatch.setattr(files, "PAGES_PER_STEP", 4)   # many steps: writers restart the copy
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


def test_snapshot_falls_back_to_one_step_when_writers_keep_restarting(small_db_path, tmp_path):
    """SQLite restarts a stepped backup whenever another connection commits; after three
    restarts the copy is taken in one step (one read snapshot)."""
    real = sqlite3.connect(small_db_path)
    calls = []

    class Restarting:
        def backup(self, dst, pages=-1, progress=None):
            calls.append(pages)
            if pages == -1:
                real.backup(dst)
                return
            for remaining in (80, 40, 80, 40, 80, 40, 80, 40, 80):
                progress(0, remaining, 80)

    target = tmp_path / "snap.sqlite3"
    files.snapshot(Restarting(), target, None)
    real.close()
    assert calls == [files.PAGES_PER_STEP, -1]
    conn = sqlite3.connect(target)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("SELECT count(*) FROM members").fetchone()[0] == 40
    conn.close()
