"""Fixtures for the fault tests: small databases, cheap scrypt, read-only and tiny media.

Read-only media and a full disk are real where the test runs as root (a read-only bind
mount, a 1 MB tmpfs); elsewhere a read-only folder is made with chmod and the full-disk
test that needs a mount is skipped (the injected one still runs).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from desktop_app.core.backup import crypto as backup_crypto
from tests.backup.conftest import make_small_db


@pytest.fixture(autouse=True)
def _cheap_scrypt(monkeypatch):
    monkeypatch.setattr(backup_crypto, "SCRYPT_LOG2N", 10)


@pytest.fixture(scope="session")
def _small_bytes(tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("faults") / "t.sqlite3"
    db = make_small_db(path, n=12)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path.read_bytes()


@pytest.fixture
def live(tmp_path, _small_bytes) -> Path:
    """A database with one union and 12 members."""
    path = tmp_path / "live" / "so.sqlite3"
    path.parent.mkdir()
    path.write_bytes(_small_bytes)
    return path


def _run(*cmd: str) -> bool:
    return subprocess.run(cmd, capture_output=True).returncode == 0


def _unmount(where: Path) -> None:
    """Unmount even while a connection the test dropped is still being collected."""
    if not _run("umount", str(where)):
        _run("umount", "-l", str(where))


@contextlib.contextmanager
def read_only_copy_of(folder: Path, where: Path):
    """``folder``'s files, seen through a read-only folder (a write-protected stick)."""
    if os.geteuid() == 0:
        where.mkdir()
        if not (_run("mount", "--bind", str(folder), str(where))
                and _run("mount", "-o", "remount,ro,bind", str(where))):
            _run("umount", str(where))
            pytest.skip("cannot make a read-only mount here")
        try:
            yield where
        finally:
            _unmount(where)
        return
    shutil.copytree(folder, where)
    for p in where.iterdir():
        p.chmod(stat.S_IRUSR)
    where.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        yield where
    finally:
        where.chmod(stat.S_IRWXU)
        for p in where.iterdir():
            p.chmod(stat.S_IRUSR | stat.S_IWUSR)


@pytest.fixture
def read_only_live(live, tmp_path):
    """The ``live`` database on read-only media."""
    with read_only_copy_of(live.parent, tmp_path / "stick") as stick:
        yield stick / live.name


@pytest.fixture
def tiny_disk(tmp_path):
    """A 1 MB file system (root only)."""
    where = tmp_path / "tiny"
    where.mkdir()
    if os.geteuid() != 0 or not _run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(where)):
        pytest.skip("a tiny file system needs root")
    try:
        yield where
    finally:
        _unmount(where)
