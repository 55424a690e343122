"""Fixtures for the backup tests: a small database with members, cheap scrypt."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from desktop_app.core.backup import crypto as backup_crypto
from desktop_app.core.records.members import add_member
from desktop_app.core.records.unions import add_union
from desktop_app.core.storage.db import open_db

NAMES = ["Nguyễn Thị Hồng Nhung", "Trần Văn Đức", "Lê Hoàng Phúc", "Phạm Thu Trang", "Đặng Quốc Bảo"]


@pytest.fixture(autouse=True)
def _cheap_scrypt(monkeypatch):
    """2**10 instead of 2**17: the header records it, decryption follows the header."""
    monkeypatch.setattr(backup_crypto, "SCRYPT_LOG2N", 10)


def file_hash(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def make_small_db(path: Path, n: int = 40):
    """A database with one union and ``n`` members with names, ID numbers and phones."""
    db = open_db(path)
    u = add_union(db, name="Công đoàn Công ty May Sông Hồng", sector="ngoai_nn", founded_on="2010-05-01")
    for i in range(n):
        add_member(db, full_name=NAMES[i % len(NAMES)] + f" {i}", sex="F" if i % 2 else "M",
                   birth_date=f"19{70 + i % 30}-0{1 + i % 9}-1{i % 10}", cccd=f"0011{i:08d}",
                   phone=f"09{i:08d}", union_id=u, joined_on="2020-01-15")
    return db


@pytest.fixture(scope="session")
def _small_template(tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("small") / "t.sqlite3"
    db = make_small_db(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path.read_bytes()


@pytest.fixture
def small_db_path(tmp_path, _small_template) -> Path:
    """A private copy of a database with one union and 40 members (built once)."""
    path = tmp_path / "live.sqlite3"
    path.write_bytes(_small_template)
    return path
