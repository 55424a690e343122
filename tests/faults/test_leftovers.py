"""Defect 14.6: an interrupted backup, restore or merge leaves plaintext copies of the
database behind (staging folder, ``.NAME.partial`` on the stick, a temporary file
beside the live database, a private copy in the temporary folder). The next start and
the backup rotation remove them."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from desktop_app.core.backup import archive as backup
from desktop_app.core.storage.db import open_db

CHILD = Path(__file__).with_name("interrupted.py")
ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _start(*args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, str(CHILD), *args], stdout=subprocess.PIPE, text=True, env=env)


def _kill_when(proc: subprocess.Popen, line: str) -> None:
    for got in proc.stdout:
        if got.startswith(line):
            break
    proc.send_signal(signal.SIGKILL)
    proc.communicate()


def _hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") and p.is_file())


def _merge_copies(pid: int) -> list[Path]:
    return list(Path(tempfile.gettempdir()).glob(f"socongdoan-merge-{pid}-*"))


def test_killed_backup_to_a_stick_leaves_nothing_after_the_next_start(live, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    proc = _start("backup", "Writing to the destination", str(live), str(stick))
    _kill_when(proc, "at ")
    staging = backup.backups_dir() / ".staging"
    assert list(staging.iterdir()), "the plaintext staging copy of the killed backup"
    assert _hidden(stick), "the .partial file of the killed backup"
    open_db(live).close()                      # the next start
    assert not list(staging.iterdir())
    made = backup.create_backup(live, stick)    # the next backup to the stick
    assert _hidden(stick) == []
    assert backup.verify_backup(made.path).ok


def test_killed_encrypted_backup_leaves_no_plaintext(live, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    proc = _start("backup", "Encrypting", str(live), str(stick), "mật khẩu dài đủ")
    _kill_when(proc, "at ")
    staging = backup.backups_dir() / ".staging"
    assert list(staging.iterdir())
    backup.rotate()                              # rotation cleans too
    assert not list(staging.iterdir())


def test_killed_restore_leaves_no_copy_beside_the_live_file(live, tmp_path):
    made = backup.create_backup(live, tmp_path / "b.sqlite3", record=False)
    before = live.read_bytes()
    proc = _start("restore", "Copying the backup", str(made.path), str(live))
    _kill_when(proc, "at ")
    assert _hidden(live.parent), "the restore's temporary copy"
    open_db(live).close()
    assert _hidden(live.parent) == []
    assert live.read_bytes()[:100] == before[:100]


def test_killed_merge_leaves_no_private_copy(live, tmp_path):
    other = tmp_path / "other.sqlite3"
    other.write_bytes(live.read_bytes())
    proc = _start("merge", "", str(live), str(other))
    _kill_when(proc, "at open")
    assert _merge_copies(proc.pid), "the merge's private copy of the other file"
    open_db(live).close()
    assert not _merge_copies(proc.pid)


def test_random_kills_never_leave_leftovers_after_the_next_start(live, tmp_path):
    """Kill a staged backup or a restore at a random moment, 16 times."""
    rng = random.Random(14)
    stick = tmp_path / "stick"
    stick.mkdir()
    made = backup.create_backup(live, tmp_path / "b.sqlite3", record=False)
    staging = backup.backups_dir() / ".staging"
    for run in range(16):
        op = ("backup", "", str(live), str(stick)) if run % 2 else ("restore", "", str(made.path), str(live))
        proc = _start(*op)
        proc.stdout.readline()   # started: imports done
        time.sleep(rng.random() * 0.15)
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        open_db(live).close()
        backup.rotate(stick)
        assert not list(staging.iterdir()), f"run {run}"
        assert _hidden(live.parent) == [], f"run {run}"
        assert _hidden(stick) == [], f"run {run}"
        conn = sqlite3.connect(live)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"run {run}"
        conn.close()


def test_random_kills_during_import_leave_all_or_nothing(live, tmp_path):
    """Kill an import of 300 members at a random moment, 12 times: the file is intact and
    holds all of them or none, and nothing is left behind after the next start."""
    from tests.excel.conftest import make_book

    rows = [["Họ và tên", "Ngày sinh", "Số CCCD", "Công đoàn cơ sở"]]
    rows += [[f"Đinh Văn Khoa {i}", "01/02/1980", f"0010803{i:05d}", "Công đoàn Công ty May Sông Hồng"]
             for i in range(300)]
    book = make_book(tmp_path / "300.xlsx", rows)
    rng = random.Random(4)
    staging = backup.backups_dir() / ".staging"
    original = live.read_bytes()
    for run in range(12):
        for extra in ("-wal", "-shm"):
            Path(str(live) + extra).unlink(missing_ok=True)
        live.write_bytes(original)
        before = _members(live)
        proc = _start("import", "", str(live), str(book))
        proc.stdout.readline()
        time.sleep(rng.random() * 0.3)
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        open_db(live).close()
        after = _members(live)
        assert after in (before, before + 300), f"run {run}: {before} -> {after}"
        conn = sqlite3.connect(live)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"run {run}"
        conn.close()
        assert not list(staging.iterdir()), f"run {run}"
        assert _hidden(live.parent) == [], f"run {run}"


def _members(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM members").fetchone()[0]
    finally:
        conn.close()
