"""The two file-safety primitives: atomic_write and copy_database."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from desktop_app.core.storage import files
from desktop_app.core.storage.db import open_db


def test_atomic_write_replaces_whole_or_not_at_all(tmp_path):
    target = tmp_path / "a.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), files.atomic_write(target, "w", encoding="utf-8") as f:
        f.write("half")
        raise RuntimeError("interrupted")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]
    files.write_atomically(target, lambda f: f.write(b"new"))
    assert target.read_text(encoding="utf-8") == "new"
    with pytest.raises(FileExistsError), files.atomic_write(target, overwrite=False) as f:
        f.write(b"x")
    assert target.read_text(encoding="utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]


def test_copy_database_is_checked_and_leaves_nothing_when_refused(tmp_path):
    live = tmp_path / "live.sqlite3"
    db = open_db(live)
    db.execute("INSERT INTO settings(key, value) VALUES ('k', 'v')")
    db.conn.commit()
    out = files.copy_database(db.conn, tmp_path / "copy.sqlite3")
    conn = sqlite3.connect(out)
    assert conn.execute("SELECT value FROM settings WHERE key = 'k'").fetchone() == ("v",)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()

    def refuse(copy):
        raise ValueError("not the same")
    with pytest.raises(ValueError):
        files.copy_database(live, tmp_path / "second.sqlite3", verify=refuse)
    with pytest.raises(FileExistsError):
        files.copy_database(db.conn, out)   # never over an existing file unless asked
    db.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file() and not p.name.startswith("live")) == [
        "copy.sqlite3"]


def test_leftovers_of_a_dead_process_are_removed_live_ones_kept(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    gone = tmp_path / f".x.sqlite3.{dead}-abcd0123.partial"
    mine = files.temp_path(tmp_path / "y.sqlite3")
    old_style = tmp_path / ".z.sqlite3.restore-0a1b.tmp"
    young = tmp_path / ".w.sqlite3.partial"
    not_ours = tmp_path / ".video.mp4.partial"     # another program's, in a folder the user chose
    for p in (gone, mine, old_style, young, not_ours):
        p.write_bytes(b"personal data")
    os.utime(old_style, (1, 1))
    os.utime(not_ours, (1, 1))
    removed = files.remove_leftovers(tmp_path)
    assert sorted(removed) == sorted([gone, old_style])
    assert mine.exists() and young.exists() and not_ours.exists()
