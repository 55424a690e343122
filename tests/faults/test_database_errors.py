"""Defects 14.3 and 14.4: database errors are one line and exit 1, never a traceback;
work that was done is reported as done; writers wait for each other."""

from __future__ import annotations

import threading

import pytest

from desktop_app.cli.main import main
from desktop_app.core.backup import archive as backup
from desktop_app.core.excel import importer
from desktop_app.core.storage import db as storage_db
from desktop_app.core.storage import sqlite_driver as sqlite3  # the errors and connections the program uses
from desktop_app.core.storage.db import open_db
from tests.excel.conftest import make_book

HEAD = ["Họ và tên", "Ngày sinh", "Số CCCD", "Công đoàn cơ sở"]
UNION = "Công đoàn Công ty May Sông Hồng"


def _book(path, n=3, first=0):
    rows = [HEAD] + [[f"Hoàng Văn Tư {chr(65 + first + i)}", "01/02/1980", f"0010800{first + i:05d}", UNION]
                     for i in range(n)]
    return make_book(path, rows)


def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    return lines[0]


def _members(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM members").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("argv", [["--year", "99999"], ["--year", "-5"], ["--as-of", "0001-01-01"],
                                  ["--as-of", "9999-12-31"], ["--year", "0"]])
def test_stats_out_of_range_is_one_line(live, capsys, argv):
    assert main(["stats", "--db", str(live), *argv]) == 1
    assert "year" in _one_line_error(capsys)


def test_disk_full_on_commit_during_import(live, tmp_path, capsys, monkeypatch):
    real_commit = storage_db.Database._commit
    before = _members(live)

    def full(self):
        if self.execute("SELECT count(*) FROM members").fetchone()[0] > before:
            raise sqlite3.OperationalError("database or disk is full")
        real_commit(self)
    monkeypatch.setattr(storage_db.Database, "_commit", full)
    assert main(["import", "members", str(_book(tmp_path / "a.xlsx")), "--db", str(live)]) == 1
    line = _one_line_error(capsys)
    assert "full" in line and "nothing was imported" in line
    assert _members(live) == before


def test_disk_really_full_during_import(tiny_disk, tmp_path, capsys, _small_bytes):
    """A 1 MB file system that the import's growth fills (the backup goes elsewhere)."""
    path = tiny_disk / "so.sqlite3"
    path.write_bytes(_small_bytes)
    filler = tiny_disk / "filler"
    free = 1 << 20
    import shutil
    free = shutil.disk_usage(tiny_disk).free
    filler.write_bytes(b"\0" * max(0, free - 60_000))
    before = _members(path)
    code = main(["import", "members", str(_book(tmp_path / "big.xlsx", n=400)), "--db", str(path)])
    assert code == 1
    assert "full" in _one_line_error(capsys)
    assert _members(path) == before
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def _hold_write_lock(path, release: threading.Event, held: threading.Event, commit_after: bool = True):
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO settings(key, value) VALUES ('other program', 'was here')")
    held.set()
    release.wait(30)
    conn.execute("COMMIT" if commit_after else "ROLLBACK")
    conn.close()


def test_backup_of_a_locked_database_is_done_and_says_the_log_was_not_written(live, tmp_path, capsys,
                                                                              monkeypatch):
    monkeypatch.setattr(storage_db, "BUSY_TIMEOUT_MS", 200)
    release, held = threading.Event(), threading.Event()
    t = threading.Thread(target=_hold_write_lock, args=(live, release, held))
    t.start()
    held.wait(10)
    try:
        dest = tmp_path / "usb"
        dest.mkdir()
        code = main(["backup", "create", str(dest), "--db", str(live)])
    finally:
        release.set()
        t.join()
    captured = capsys.readouterr()
    assert code == 0 and "Traceback" not in captured.err
    assert "backup written" in captured.out
    assert "another program" in captured.err and "log" in captured.err
    made = [p for p in dest.iterdir() if p.suffix == ".sqlite3"]
    assert len(made) == 1 and backup.verify_backup(made[0]).ok


def test_read_only_database_file_backup_and_export_are_done(read_only_live, tmp_path, capsys):
    dest = tmp_path / "out"
    dest.mkdir()
    assert main(["backup", "create", str(dest), "--db", str(read_only_live)]) == 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "backup written" in captured.out
    assert "read-only" in captured.err
    assert main(["export", "members", str(dest / "m.xlsx"), "--db", str(read_only_live)]) == 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "12 rows written" in captured.out
    assert "read-only" in captured.err
    assert (dest / "m.xlsx").stat().st_size > 0


def test_import_into_a_read_only_database_is_one_line(read_only_live, tmp_path, capsys):
    assert main(["import", "members", str(_book(tmp_path / "a.xlsx")), "--db", str(read_only_live)]) == 1
    assert "read-only" in _one_line_error(capsys)


def test_second_import_waits_for_the_first(live, tmp_path):
    """Another writer holds the file for a moment: the import waits and then writes."""
    db = open_db(live)
    source = importer.open_source(_book(tmp_path / "a.xlsx"), "members")
    release, held = threading.Event(), threading.Event()
    t = threading.Thread(target=_hold_write_lock, args=(live, release, held))
    t.start()
    held.wait(10)
    timer = threading.Timer(0.3, release.set)
    timer.start()
    try:
        result = importer.import_file(db, source, dry_run=False, backup=False)
    finally:
        release.set()
        t.join()
    assert result.new == 3
    assert db.execute("SELECT value FROM settings WHERE key = 'other program'").fetchone() == ("was here",)
    db.close()


def test_two_imports_at_once_both_succeed(live, tmp_path):
    books = [_book(tmp_path / f"{i}.xlsx", n=40, first=i * 40) for i in range(2)]
    errors: list[BaseException] = []

    def run(book):
        db = open_db(live)
        try:
            importer.import_file(db, importer.open_source(book, "members"), dry_run=False, backup=False)
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)
        finally:
            db.close()
    threads = [threading.Thread(target=run, args=(b,)) for b in books]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert _members(live) == 12 + 80


def test_a_writer_that_never_finishes_is_named(live, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(storage_db, "BUSY_TIMEOUT_MS", 200)
    release, held = threading.Event(), threading.Event()
    t = threading.Thread(target=_hold_write_lock, args=(live, release, held, False))
    t.start()
    held.wait(10)
    try:
        code = main(["import", "members", str(_book(tmp_path / "a.xlsx")), "--db", str(live)])
    finally:
        release.set()
        t.join()
    assert code == 1
    assert "another program" in _one_line_error(capsys)
