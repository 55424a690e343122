"""Every single-byte flip and every truncation of a backup is caught by verify.

Flips are sampled: every byte of the SQLite header and of the manifest, the first,
last and two random bytes of every page (every chunk for encrypted files), and random
positions; truncations at every 2 KB and around page and chunk boundaries."""

from __future__ import annotations

import random
import shutil

import pytest

from desktop_app.core.backup import archive as backup
from desktop_app.core.backup.check import manifest_path


@pytest.fixture(scope="module")
def plain_backup(tmp_path_factory):
    from tests.backup.conftest import make_small_db
    folder = tmp_path_factory.mktemp("corrupt")
    db = make_small_db(folder / "live.sqlite3", n=60)
    made = backup.create_backup(db, folder / "good.sqlite3", record=False)
    db.close()
    return made.path


def _flip(path, pos: int, mask: int) -> None:
    """Flip bits in place (rewriting the whole file with O_TRUNC makes ext4 flush it
    on every close, which made this test slow)."""
    with open(path, "r+b") as f:
        f.seek(pos)
        byte = f.read(1)[0]
        f.seek(pos)
        f.write(bytes([byte ^ mask]))


def _positions(size: int, page_size: int, rng: random.Random) -> list[int]:
    """Every byte of the 100-byte header, a stretch of each page's header, the last
    bytes of the file, and random positions elsewhere."""
    picks = set(range(100))
    for page_start in range(0, size, page_size):
        picks.update(range(page_start + 100 * (page_start == 0), page_start + 100 * (page_start == 0) + 12))
        picks.add(page_start + page_size - 1)
    picks.update(range(size - 64, size))
    picks.update(rng.randrange(size) for _ in range(150))
    return sorted(p for p in picks if p < size)


def test_every_sampled_flip_in_the_file_is_detected(plain_backup, tmp_path):
    size = plain_backup.stat().st_size
    victim = tmp_path / "victim.sqlite3"
    shutil.copy(plain_backup, victim)
    shutil.copy(manifest_path(plain_backup), manifest_path(victim))
    rng = random.Random(5)
    positions = _positions(size, 4096, rng)
    assert len(positions) > 500
    for pos in positions:
        mask = 1 << rng.randrange(8)
        _flip(victim, pos, mask)
        verdict = backup.verify_backup(victim)
        assert not verdict.ok, f"flip at byte {pos} not detected"
        assert verdict.reason
        _flip(victim, pos, mask)
    assert backup.verify_backup(victim).ok


def test_every_flip_in_the_manifest_is_detected(plain_backup, tmp_path):
    raw = manifest_path(plain_backup).read_bytes()
    victim = tmp_path / "victim.sqlite3"
    shutil.copy(plain_backup, victim)
    shutil.copy(manifest_path(plain_backup), manifest_path(victim))
    for pos in range(len(raw)):
        mask = 0x04 if raw[pos] not in b" \n" else 0x01
        _flip(manifest_path(victim), pos, mask)
        verdict = backup.verify_backup(victim)
        assert not verdict.ok, f"manifest flip at byte {pos} ({raw[pos:pos+1]!r}) not detected"
        _flip(manifest_path(victim), pos, mask)
    assert backup.verify_backup(victim).ok


def test_every_truncation_is_detected(plain_backup, tmp_path):
    data = plain_backup.read_bytes()
    victim = tmp_path / "victim.sqlite3"
    shutil.copy(manifest_path(plain_backup), manifest_path(victim))
    cuts = sorted({0, 1, 16, 99, 100, 4095, 4096, 4097, len(data) - 4096, len(data) - 1}
                  | set(range(0, len(data), 2048)))
    for cut in cuts:
        victim.write_bytes(data[:cut])
        assert not backup.verify_backup(victim).ok, f"truncation to {cut} bytes not detected"
    victim.write_bytes(data + b"\0" * 4096)
    assert not backup.verify_backup(victim).ok


def test_encrypted_flips_and_truncations_detected(tmp_path, monkeypatch):
    from desktop_app.core.backup import crypto as backup_crypto
    from tests.backup.conftest import make_small_db
    monkeypatch.setattr(backup_crypto, "CHUNK_SIZE", 16384)   # many chunks in a small file
    db = make_small_db(tmp_path / "live.sqlite3", n=30)
    made = backup.create_backup(db, tmp_path, passphrase="correct horse battery")
    db.close()
    data = made.path.read_bytes()
    victim = tmp_path / "victim.scdb-enc"
    rng = random.Random(9)
    step = 16384 + 16
    positions = set(range(backup_crypto.HEADER_SIZE))
    for start in range(backup_crypto.HEADER_SIZE, len(data), step):
        positions.update({start + rng.randrange(16), min(start + step - 1 - rng.randrange(16), len(data) - 1)})
    positions.update(rng.randrange(len(data)) for _ in range(60))
    victim.write_bytes(data)
    for pos in sorted(positions):
        _flip(victim, pos, 0x80)
        verdict = backup.verify_backup(victim, passphrase="correct horse battery")
        assert not verdict.ok, f"encrypted flip at {pos} not detected"
        _flip(victim, pos, 0x80)
    # cut at every chunk boundary and inside chunks; a chunk dropped from the middle
    for cut in list(range(backup_crypto.HEADER_SIZE, len(data), step)) + [10, len(data) - 1]:
        victim.write_bytes(data[:cut])
        assert not backup.verify_backup(victim, passphrase="correct horse battery").ok, cut
    head = backup_crypto.HEADER_SIZE
    victim.write_bytes(data[:head] + data[head + step:])
    assert not backup.verify_backup(victim, passphrase="correct horse battery").ok
