"""Create, verify and restore: the round trip, the manifest, the audit log, refusals."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from desktop_app.core.backup import archive as backup
from desktop_app.core.backup.check import manifest_path
from desktop_app.core.errors import UserError
from desktop_app.core.storage.db import APPLICATION_ID, open_db
from desktop_app.core.storage.migrations import SCHEMA_VERSION
from tests.backup.conftest import file_hash
from tests.conftest import dump


def test_create_writes_file_and_manifest_and_audit_row(small_db_path, tmp_path):
    out = tmp_path / "usb"
    out.mkdir()
    made = backup.create_backup(small_db_path, out)
    assert made.path.parent == out and made.path.name.startswith("socongdoan-")
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []
    manifest = json.loads(manifest_path(made.path).read_text(encoding="utf-8"))
    assert manifest["sha256"] == file_hash(made.path) == made.sha256
    assert manifest["schema_version"] == SCHEMA_VERSION
    assert manifest["application_id"] == APPLICATION_ID
    assert manifest["counts"]["members"] == 40 and manifest["counts"]["unions"] == 1
    assert manifest["program_version"] and manifest["created_at"]
    assert manifest["size"] == made.path.stat().st_size
    copy = sqlite3.connect(made.path)
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    copy.close()
    db = open_db(small_db_path)
    row = db.execute("SELECT action, target, records, sha256 FROM audit_log").fetchone()
    db.close()
    assert row == ("backup", str(made.path), sum(manifest["counts"].values()), made.sha256)


def test_verify_passes_and_names_its_checks(small_db_path, tmp_path):
    made = backup.create_backup(small_db_path, tmp_path)
    verdict = backup.verify_backup(made.path)
    assert verdict.ok, verdict.reason
    text = " ".join(verdict.checks)
    for word in ("SHA-256", "header", "pages", "counts", "quick_check"):
        assert word in text
    full = backup.verify_backup(made.path, level="full")
    assert full.ok and any("integrity_check ok" in c for c in full.checks)
    assert any("foreign_key_check ok" in c for c in full.checks)


def test_destination_file_name_and_no_overwrite(small_db_path, tmp_path):
    target = tmp_path / "mine.sqlite3"
    made = backup.create_backup(small_db_path, target)
    assert made.path == target
    before = file_hash(target)
    with pytest.raises(UserError, match="already exists"):
        backup.create_backup(small_db_path, target)
    assert file_hash(target) == before
    with pytest.raises(UserError, match="does not exist"):
        backup.create_backup(small_db_path, tmp_path / "nope" / "x.sqlite3")


def test_restore_round_trip_with_safety_backup(small_db_path, tmp_path):
    made = backup.create_backup(small_db_path, tmp_path)
    db = open_db(small_db_path)
    original = [r for r in dump(db) if "audit_log" not in r]
    db.execute("DELETE FROM memberships")
    db.execute("DELETE FROM members")
    db.conn.commit()
    db.close()
    result = backup.restore_backup(made.path, small_db_path)
    db = open_db(small_db_path)
    assert [r for r in dump(db) if "audit_log" not in r] == original
    assert db.execute("SELECT action FROM audit_log ORDER BY id DESC").fetchone()[0] == "restore"
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()
    assert result.safety_backup is not None and result.safety_backup.exists()
    safety = sqlite3.connect(result.safety_backup)
    assert safety.execute("SELECT count(*) FROM members").fetchone()[0] == 0   # the state before restore
    safety.close()
    assert backup.verify_backup(result.safety_backup).ok


def test_restore_older_schema_is_migrated(schema_v1_copy, tmp_path):
    made = backup.create_backup(schema_v1_copy, tmp_path / "out.sqlite3", record=False)
    assert json.loads(manifest_path(made.path).read_text())["schema_version"] == 1
    live = tmp_path / "live.sqlite3"
    result = backup.restore_backup(made.path, live)
    assert result.schema_from == 1 and result.safety_backup is None
    db = open_db(live)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    db.close()


def _refused(live, backup_file, match, **kw):
    before = file_hash(live)
    with pytest.raises(UserError, match=match):
        backup.restore_backup(backup_file, live, **kw)
    assert file_hash(live) == before
    assert not [p for p in live.parent.iterdir() if ".restore" in p.name or p.name.endswith(".partial")]


def test_restore_refusals_leave_live_untouched(small_db_path, tmp_path):
    made = backup.create_backup(small_db_path, tmp_path / "good.sqlite3")
    # not SQLite at all
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"PK\x03\x04 this is a zip file" * 100)
    shutil.copy(manifest_path(made.path), manifest_path(junk))
    _refused(small_db_path, junk, "not restored")
    # a SQLite file of another program (with a manifest made to match its hash)
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    manifest = json.loads(manifest_path(made.path).read_text())
    manifest.update(sha256=file_hash(other), size=other.stat().st_size)
    from desktop_app.core.backup.check import manifest_bytes
    manifest_path(other).write_bytes(manifest_bytes(manifest))
    _refused(small_db_path, other, "another program")
    # truncated
    cut = tmp_path / "cut.sqlite3"
    cut.write_bytes(made.path.read_bytes()[:-4096])
    shutil.copy(manifest_path(made.path), manifest_path(cut))
    _refused(small_db_path, cut, "size|SHA-256")
    # altered by one byte
    bad = tmp_path / "bad.sqlite3"
    data = bytearray(made.path.read_bytes())
    data[len(data) // 2] ^= 0x01
    bad.write_bytes(bytes(data))
    shutil.copy(manifest_path(made.path), manifest_path(bad))
    _refused(small_db_path, bad, "SHA-256")
    # no manifest
    bare = tmp_path / "bare.sqlite3"
    shutil.copy(made.path, bare)
    _refused(small_db_path, bare, "manifest")
    # the live file itself
    _refused(small_db_path, small_db_path, "database itself")


def test_restore_refuses_newer_schema(small_db_path, tmp_path):
    newer = tmp_path / "newer.sqlite3"
    made = backup.create_backup(small_db_path, newer, record=False)
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    # an honest manifest for the newer file: refused for its version, not its hash
    manifest = json.loads(manifest_path(made.path).read_text())
    manifest.update(sha256=file_hash(newer), schema_version=SCHEMA_VERSION + 1)
    from desktop_app.core.backup.check import manifest_bytes
    manifest_path(newer).write_bytes(manifest_bytes(manifest))
    _refused(small_db_path, newer, "newer version")
    verdict = backup.verify_backup(newer)
    assert not verdict.ok and "newer version" in verdict.reason


def test_restore_refuses_while_database_is_open_elsewhere(small_db_path, tmp_path):
    made = backup.create_backup(small_db_path, tmp_path)
    other = open_db(small_db_path)
    other.execute("BEGIN")
    other.execute("SELECT count(*) FROM members").fetchone()
    try:
        with pytest.raises(UserError, match="open in another"):
            backup.restore_backup(made.path, small_db_path)
    finally:
        other.conn.rollback()
        other.close()
    assert not [p for p in small_db_path.parent.iterdir() if ".restore" in p.name or p.name.endswith(".partial")]


def test_encrypted_round_trip_and_wrong_passphrase(small_db_path, tmp_path):
    made = backup.create_backup(small_db_path, tmp_path, passphrase="mật khẩu dài 2026")
    assert made.encrypted and made.path.suffix == ".scdb-enc" and made.manifest_path is None
    assert backup.verify_backup(made.path, passphrase="mật khẩu dài 2026").ok
    no_pass = backup.verify_backup(made.path)
    assert not no_pass.ok and "passphrase" in no_pass.reason
    wrong = backup.verify_backup(made.path, passphrase="wrong")
    assert not wrong.ok and "wrong passphrase" in wrong.reason
    _refused(small_db_path, made.path, "wrong passphrase", passphrase="wrong")
    _refused(small_db_path, made.path, "passphrase")
    live = tmp_path / "restored.sqlite3"
    backup.restore_backup(made.path, live, passphrase="mật khẩu dài 2026")
    db = open_db(live)
    assert db.execute("SELECT count(*) FROM members").fetchone()[0] == 40
    assert db.execute("SELECT action FROM audit_log").fetchone()[0] == "restore"
    db.close()
    src = open_db(small_db_path)
    assert src.execute("SELECT action FROM audit_log").fetchone()[0] == "export_encrypted"
    src.close()


def test_encrypted_file_holds_no_plaintext(small_db_path, tmp_path):
    made = backup.create_backup(small_db_path, tmp_path, passphrase="secret passphrase")
    blob = made.path.read_bytes()
    db = open_db(small_db_path)
    rows = db.execute("SELECT full_name, cccd, phone FROM members").fetchall()
    db.close()
    for name, cccd, phone in rows:
        for text in (name, name.split()[-2], cccd, phone):
            assert text.encode("utf-8") not in blob
    for marker in (b"SQLite format 3", b"members", b"manifest", b"sha256", "Nguyễn".encode()):
        assert marker not in blob
    assert not list((backup.backups_dir() / ".staging").iterdir())   # no plaintext left behind


def test_list_backups_and_auto_backup(small_db_path, tmp_path):
    db = open_db(small_db_path)
    path = backup.auto_backup(db, "before import")
    db.close()
    assert path.parent == backup.backups_dir() and "before-import" in path.name
    listed = backup.list_backups()
    assert [i.path for i in listed] == [path]
    assert listed[0].intact and listed[0].members == 40 and listed[0].kind == "auto"
    enc = backup.create_backup(small_db_path, tmp_path, passphrase="x" * 12)
    found = backup.list_backups(tmp_path)
    assert any(i.path == enc.path and i.encrypted for i in found)


def test_removable_warning(small_db_path, tmp_path, monkeypatch):
    import datetime as dt

    db = open_db(small_db_path)
    assert "No backup" in backup.removable_backup_warning(db)
    monkeypatch.setattr(backup.drives, "drive_kind", lambda p: backup.drives.REMOVABLE)
    backup.create_backup(db, tmp_path)
    assert backup.removable_backup_warning(db) is None
    last = backup.last_removable_backup(db)["at"]
    later = last + dt.timedelta(days=8)
    assert "8 days" in backup.removable_backup_warning(db, now=later)
    assert backup.removable_backup_warning(db, now=last + dt.timedelta(days=6)) is None
    db.close()


def test_copy_database_to_this_computer(small_db_path, tmp_path):
    target = tmp_path / "pc" / "socongdoan.sqlite3"
    copied = backup.copy_database_to(small_db_path, target)
    assert copied == target and not manifest_path(target).exists()
    db = open_db(target)
    assert db.execute("SELECT count(*) FROM members").fetchone()[0] == 40
    db.close()


def test_restore_keeps_the_audit_trail(small_db_path, tmp_path):
    first = backup.create_backup(small_db_path, tmp_path / "one.sqlite3")
    second = backup.create_backup(small_db_path, tmp_path / "two.sqlite3")   # logged after `first` was made
    backup.restore_backup(first.path, small_db_path)
    db = open_db(small_db_path)
    rows = db.execute("SELECT action, target FROM audit_log ORDER BY id").fetchall()
    db.close()
    assert ("backup", str(first.path)) in rows and ("backup", str(second.path)) in rows
    assert rows[-1][0] == "restore" and len(rows) == len(set(rows))
