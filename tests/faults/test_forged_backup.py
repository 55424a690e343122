"""Defect 14.10: a file with our application id and a forged manifest but none of the
program's tables is refused by verify, and restore leaves the live file alone."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from desktop_app.core.backup import archive as backup
from desktop_app.core.backup.check import check_database_file, manifest_bytes, manifest_path, new_manifest
from desktop_app.core.errors import UserError
from desktop_app.core.storage.db import APPLICATION_ID
from desktop_app.core.storage.migrations import SCHEMA_VERSION


def _forge(path, tables=("CREATE TABLE notes (x)",)):
    conn = sqlite3.connect(path)
    for sql in tables:
        conn.execute(sql)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.commit()
    conn.close()
    facts = _facts_without_schema_check(path)
    manifest_path(path).write_bytes(manifest_bytes(new_manifest(path.name, facts, source="x", kind="manual",
                                                                reason="", check="quick_check")))
    return path


def _facts_without_schema_check(path):
    from desktop_app.core.backup.check import header_facts, record_counts
    facts = header_facts(path)
    conn = sqlite3.connect(path)
    facts["counts"] = record_counts(conn)
    conn.close()
    facts["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    return facts


def test_empty_shell_with_forged_manifest_fails_verify(tmp_path):
    shell = _forge(tmp_path / "shell.sqlite3")
    verdict = backup.verify_backup(shell)
    assert not verdict.ok
    assert "tables" in verdict.reason and "members" in verdict.reason


def test_restore_refuses_the_shell_and_keeps_the_live_file(live, tmp_path):
    shell = _forge(tmp_path / "shell.sqlite3")
    before = live.read_bytes()
    with pytest.raises(UserError, match="tables"):
        backup.restore_backup(shell, live)
    assert live.read_bytes() == before


def test_a_real_backup_of_every_version_passes(live, tmp_path, schema_v1_copy):
    made = backup.create_backup(live, tmp_path / "now.sqlite3", record=False)
    check_database_file(made.path, expected=None, level="quick")
    check_database_file(schema_v1_copy, expected=None, level="quick")
