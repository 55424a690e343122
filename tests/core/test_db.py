import sqlite3

import pytest

from desktop_app.core.backup.archive import backups_dir, verify_backup
from desktop_app.core.errors import DatabaseFileError
from desktop_app.core.records import members
from desktop_app.core.storage.db import APPLICATION_ID, open_db, schema_version
from desktop_app.core.storage.migrations import SCHEMA_VERSION


def test_fresh_database_has_our_id_pragmas_and_latest_schema(db):
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert schema_version(db) == SCHEMA_VERSION
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert {"unions", "members", "memberships", "officers", "events", "courses", "enrolments",
            "welfare", "targets", "audit_log", "settings", "members_fts", "unions_fts"} <= set(db.table_names())


def test_fts5_is_compiled_in(db):
    options = {r[0] for r in db.execute("PRAGMA compile_options")}
    assert "ENABLE_FTS5" in options


def test_upgrade_from_version_1_keeps_data_and_snapshots_first(schema_v1_copy):
    db = open_db(schema_v1_copy)
    assert schema_version(db) == SCHEMA_VERSION
    member = members.get_member(db, 1)
    assert member["full_name"] == "Nguyễn Thị Đào"
    assert member["status"] == "active" and member["union_id"] == 1
    assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 0
    # The safety copy is a checked backup in the backups folder, not a file beside the live one.
    snapshots = list(backups_dir().glob("auto-*-before-upgrade-from-version-1.sqlite3"))
    assert len(snapshots) == 1
    assert verify_backup(snapshots[0], level="quick").ok
    old = sqlite3.connect(snapshots[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    old.close()
    assert sorted(p.name for p in schema_v1_copy.parent.iterdir() if p.is_file()) == [
        "old.sqlite3", "old.sqlite3-shm", "old.sqlite3-wal"]
    # Opening again is a no-op: no second snapshot.
    db.close()
    open_db(schema_v1_copy).close()
    assert len(list(backups_dir().glob("*.sqlite3"))) == 1


def test_newer_file_is_refused_untouched(db_path):
    open_db(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseFileError, match="newer version"):
        open_db(db_path)
    assert db_path.read_bytes() == before


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseFileError, match="another program"):
        open_db(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1234")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseFileError, match="another program"):
        open_db(path)


def test_non_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "report.docx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    with pytest.raises(DatabaseFileError, match="not SQLite"):
        open_db(path)


def test_missing_file_without_create(tmp_path):
    with pytest.raises(DatabaseFileError, match="no such"):
        open_db(tmp_path / "nope.sqlite3", create=False)
