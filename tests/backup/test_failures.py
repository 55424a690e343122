"""A destination that fills up, disappears or refuses writes: no file under the final
name, older backups byte-identical, a clear message."""

from __future__ import annotations

import errno
import os
import shutil

import pytest

from desktop_app.core.backup import archive as backup
from desktop_app.core.errors import UserError
from desktop_app.core.storage import files
from desktop_app.core.storage import sqlite_driver as sqlite3  # the errors and connections the program uses
from tests.backup.conftest import file_hash


@pytest.fixture
def usb(tmp_path, small_db_path):
    """A 'USB stick' folder that already holds one good backup."""
    folder = tmp_path / "usb"
    folder.mkdir()
    old = backup.create_backup(small_db_path, folder / "old.sqlite3")
    return folder, {p.name: file_hash(p) for p in folder.iterdir()}, old


def _unchanged(folder, before):
    assert {p.name: file_hash(p) for p in folder.iterdir()} == before


def _full_after(limit):
    written = {"n": 0}
    real = backup._write

    def write(f, data):
        if written["n"] + len(data) > limit:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        written["n"] += len(data)
        real(f, data)
    return write


@pytest.mark.parametrize("limit", [0, 5000, 100_000])
def test_destination_fills_up_while_copying(usb, small_db_path, monkeypatch, limit):
    folder, before, _ = usb
    monkeypatch.setattr(backup, "_write", _full_after(limit))
    with pytest.raises(UserError, match="destination is full"):
        backup.create_backup(small_db_path, folder / "new.sqlite3", staged=True)
    _unchanged(folder, before)
    assert not list((backup.backups_dir() / ".staging").iterdir())


def test_destination_fills_up_while_encrypting(usb, small_db_path, monkeypatch):
    folder, before, _ = usb
    monkeypatch.setattr(backup, "_write", _full_after(50_000))
    with pytest.raises(UserError, match="destination is full"):
        backup.create_backup(small_db_path, folder, passphrase="long enough passphrase")
    _unchanged(folder, before)


def test_destination_fills_up_during_snapshot(usb, small_db_path, monkeypatch):
    """Written straight by SQLite (same drive): SQLite reports SQLITE_FULL."""
    folder, before, _ = usb
    real = backup.snapshot

    def full(conn, target, progress, key=None):
        real(conn, target, progress, key)
        with open(target, "r+b") as f:
            f.truncate(4096)
        raise sqlite3.OperationalError("database or disk is full")
    monkeypatch.setattr(backup, "snapshot", full)
    with pytest.raises(UserError, match="destination is full"):
        backup.create_backup(small_db_path, folder / "new.sqlite3", staged=False)
    _unchanged(folder, before)


def test_not_enough_room_is_refused_before_writing(usb, small_db_path, monkeypatch):
    folder, before, _ = usb
    monkeypatch.setattr(backup.shutil, "disk_usage", lambda p: shutil._ntuple_diskusage(10**9, 10**9, 1000))
    with pytest.raises(UserError, match="not enough free space"):
        backup.create_backup(small_db_path, folder)
    _unchanged(folder, before)


@pytest.mark.parametrize("staged", [True, False])
def test_destination_disappears(usb, small_db_path, staged):
    """The stick is pulled out in the middle: its folder vanishes under the writer."""
    folder, before, old = usb
    keep = folder.parent / "kept"
    shutil.copytree(folder, keep)   # what was on the stick before

    def pull_out(done, total, text=""):
        if folder.exists() and done:
            shutil.rmtree(folder)
        return True
    with pytest.raises(UserError, match="disappeared|removed"):
        backup.create_backup(small_db_path, folder / "new.sqlite3", staged=staged, progress=pull_out)
    assert not (folder / "new.sqlite3").exists()
    # plugged in again: the old backup is as it was, and still verifies
    assert {p.name: file_hash(p) for p in keep.iterdir()} == before
    assert backup.verify_backup(keep / old.path.name).ok


@pytest.mark.parametrize(("code", "message"), [(errno.EIO, "drive removed"), (errno.ENODEV, "drive removed"),
                                               (errno.EROFS, "read-only")])
def test_io_error_mid_copy(usb, small_db_path, monkeypatch, code, message):
    folder, before, _ = usb

    def fail(f, data):
        raise OSError(code, os.strerror(code))
    monkeypatch.setattr(backup, "_write", fail)
    with pytest.raises(UserError, match=message):
        backup.create_backup(small_db_path, folder, staged=True)
    _unchanged(folder, before)


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_destination(usb, small_db_path):
    folder, before, _ = usb
    folder.chmod(0o555)
    try:
        with pytest.raises(UserError, match="read-only|not writable"):
            backup.create_backup(small_db_path, folder)
    finally:
        folder.chmod(0o755)
    _unchanged(folder, before)


def test_cancel_leaves_nothing(usb, small_db_path):
    folder, before, _ = usb
    with pytest.raises(backup.Cancelled):
        backup.create_backup(small_db_path, folder, progress=lambda d, t, text="": False)
    _unchanged(folder, before)


def test_damaged_source_is_not_backed_up(usb, small_db_path):
    folder, before, _ = usb
    conn = sqlite3.connect(small_db_path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'members'").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(small_db_path, "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\x0d\x00\x00\xff\xff\xff\xff\xff")     # a leaf page claiming impossible cells
    with pytest.raises(UserError, match="failed its check"):
        backup.create_backup(small_db_path, folder)
    _unchanged(folder, before)


@pytest.mark.parametrize("phase", ["Taking a snapshot", "Checking the copy", "Writing to the destination",
                                   "Reading back", "Encrypting"])
def test_cancel_in_every_phase_leaves_nothing(usb, small_db_path, monkeypatch, phase):
    folder, before, _ = usb
    monkeypatch.setattr(files, "PAGES_PER_STEP", 4)
    monkeypatch.setattr(backup, "COPY_BLOCK", 8192)
    seen = []

    def progress(done, total, text=""):
        seen.append(text)
        return not (text == phase and done > 0)
    with pytest.raises(backup.Cancelled):
        backup.create_backup(small_db_path, folder, staged=True, progress=progress,
                             passphrase="long passphrase" if phase == "Encrypting" else None)
    assert phase in seen
    _unchanged(folder, before)
    assert not list((backup.backups_dir() / ".staging").iterdir())
