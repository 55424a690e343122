"""Defect 14.7: a database on a write-protected stick can be read: statistics, search,
a backup of it, merging it into the open file; the window opens it and says so."""

from __future__ import annotations

from desktop_app.cli.main import main
from desktop_app.core.backup import archive as backup
from desktop_app.core.merge.source import open_source
from desktop_app.core.storage import sqlite_driver as sqlite3  # the errors and connections the program uses
from desktop_app.core.storage.db import open_db


def test_stats_and_search_read_a_write_protected_file(read_only_live, capsys):
    assert main(["stats", "--db", str(read_only_live), "--as-of", "2024-01-01"]) == 0
    assert "12 members" in capsys.readouterr().out
    assert main(["search", "Nguyễn", "--db", str(read_only_live)]) == 0
    assert "Nguyễn Thị Hồng Nhung" in capsys.readouterr().out


def test_backup_of_a_write_protected_file(read_only_live, tmp_path, capsys):
    made = backup.create_backup(read_only_live, tmp_path)
    assert backup.verify_backup(made.path).ok
    assert made.counts["members"] == 12


def test_merge_reads_a_former_units_file_on_read_only_media(read_only_live, tmp_path):
    target = open_db(tmp_path / "target.sqlite3")
    with open_source(read_only_live, target) as src:
        assert src.db.execute("SELECT count(*) FROM members").fetchone()[0] == 12
    target.close()


def test_open_db_falls_back_to_read_only_and_refuses_writes_clearly(read_only_live):
    db = open_db(read_only_live, read_only_fallback=True)
    assert db.read_only
    assert db.execute("SELECT count(*) FROM members").fetchone()[0] == 12
    try:
        with db.atomic():
            db.execute("DELETE FROM members")
    except sqlite3.OperationalError as e:
        assert "readonly" in str(e)
    else:
        raise AssertionError("a read-only database accepted a write")
    db.close()


def test_window_title_says_read_only(read_only_live, qtbot, monkeypatch):
    monkeypatch.setenv("SOCONGDOAN_NO_DEMO", "1")
    from desktop_app.ui.main_window import MainWindow

    db = open_db(read_only_live, read_only_fallback=True)
    window = MainWindow(db, read_only_live)
    qtbot.addWidget(window)
    assert "read-only" in window.windowTitle()
    window.close_database()


def test_every_reading_command_works_on_a_write_protected_file(read_only_live, tmp_path, capsys):
    db = ["--db", str(read_only_live)]
    assert main(["report", "unions", *db, "-o", str(tmp_path / "cdcs.pdf")]) == 0
    assert main(["report", "members", *db, "--union", "1", "-o", str(tmp_path / "dv.pdf")]) == 0
    assert main(["setup", "show", *db]) == 0
    assert (tmp_path / "cdcs.pdf").stat().st_size > 0 and (tmp_path / "dv.pdf").stat().st_size > 0
    capsys.readouterr()
    # a command that writes says why it cannot, in one line
    assert main(["demo", *db]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "read-only" in err and "Traceback" not in err


def test_fallback_when_only_sqlite_notices_the_write_protection(read_only_live, monkeypatch):
    """On Windows a write-protected stick looks writable until SQLite tries to write."""
    from desktop_app.core.storage import db as storage_db

    monkeypatch.setattr(storage_db, "read_only_location", lambda path: False)
    db = open_db(read_only_live, read_only_fallback=True)
    assert db.read_only and db.execute("SELECT count(*) FROM members").fetchone()[0] == 12
    db.close()
