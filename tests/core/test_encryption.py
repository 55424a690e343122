"""Encryption at rest: the live file, its WAL and its backups hold no personal data in
clear; every command works on the encrypted file; the recovery passphrase opens it on
another computer; a wrong one changes nothing; a first-version file loses nothing."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.core.backup.archive import create_backup, restore_backup, verify_backup
from desktop_app.core.errors import UserError
from desktop_app.core.storage import encryption, keys
from desktop_app.core.storage.db import open_db

DATA = Path(__file__).parents[1] / "data"
PASSPHRASE = "Cất trong tủ sắt phòng Tổ chức 2026"


@pytest.fixture
def passphrase_file(tmp_path) -> Path:
    # as Notepad saves it: BOM, decomposed Vietnamese (NFD), CRLF
    import unicodedata
    path = tmp_path / "recovery.txt"
    path.write_bytes(b"\xef\xbb\xbf" + unicodedata.normalize("NFD", PASSPHRASE).encode() + b"\r\n")
    return path


def _needles(path: Path) -> list[bytes]:
    """CCCD numbers, phones and full names of the database, as they would appear in clear."""
    db = open_db(path, create=False)
    try:
        rows = db.execute("SELECT cccd, phone, full_name FROM members WHERE cccd IS NOT NULL "
                          "AND phone IS NOT NULL ORDER BY id LIMIT 300").fetchall()
    finally:
        db.close()
    assert len(rows) >= 100
    found = []
    for cccd, phone, name in rows:
        found += [cccd.encode(), phone.encode()]
        if len(name) >= 12:
            found.append(name.encode("utf-8"))
    return found


def _leaks(path: Path, needles: list[bytes]) -> list[bytes]:
    data = path.read_bytes()
    return [n for n in needles if n in data]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _encrypt(path: Path, passphrase_file: Path) -> None:
    assert main(["--db", str(path), "setup", "encrypt", "--recovery-passphrase-file", str(passphrase_file)]) == 0
    keys.offer_recovery_passphrase(None)   # what the command was given is not kept past it


def _other_machine(tmp_path, monkeypatch, name="other-pc") -> Path:
    folder = tmp_path / name
    monkeypatch.setenv("SOCONGDOAN_CONFIG_DIR", str(folder))
    keys.offer_recovery_passphrase(None)
    return folder


def test_no_personal_data_in_file_wal_or_backup(demo_db_path, passphrase_file, tmp_path):
    needles = _needles(demo_db_path)
    assert _leaks(demo_db_path, needles)        # the plain file shows them: the check can see
    _encrypt(demo_db_path, passphrase_file)
    assert keys.is_encrypted(demo_db_path)
    assert _leaks(demo_db_path, needles) == []

    db = open_db(demo_db_path, create=False)     # no passphrase: the key store has the key
    try:
        # a write that stays in the WAL while the connection is open
        db.execute("UPDATE members SET note = 'ghi chú ' || full_name || ' ' || cccd WHERE id <= 400")
        wal = Path(f"{demo_db_path}-wal")
        assert wal.stat().st_size > 0
        assert _leaks(wal, needles) == []
        (tmp_path / "backups").mkdir()
        made = create_backup(db, tmp_path / "backups")
    finally:
        db.close()
    assert keys.key_id_of(made.path) == keys.key_id_of(demo_db_path)
    assert _leaks(made.path, needles) == []
    manifest = made.path.with_name(made.path.name + ".manifest.json").read_text(encoding="utf-8")
    assert not any(n.decode("utf-8") in manifest for n in needles)
    assert verify_backup(made.path).ok


def test_every_command_works_on_the_encrypted_file(demo_db_path, passphrase_file, tmp_path, capsys):
    _encrypt(demo_db_path, passphrase_file)
    db = str(demo_db_path)
    assert main(["--db", db, "stats", "--json"]) == 0
    assert main(["--db", db, "search", "nguyen", "--limit", "3"]) == 0
    assert main(["--db", db, "report", "unions", "-o", str(tmp_path / "unions.pdf")]) == 0
    out = tmp_path / "backups"
    out.mkdir()
    assert main(["--db", db, "backup", "create", str(out)]) == 0
    made = next(out.glob("*.sqlite3"))
    assert main(["backup", "verify", str(made)]) == 0
    assert main(["--db", db, "export", "unions", str(tmp_path / "unions.xlsx")]) == 0
    assert main(["--db", db, "import", "unions", str(tmp_path / "unions.xlsx")]) == 0
    other = tmp_path / "other.sqlite3"
    shutil.copy(DATA / "schema_v1.sqlite3", other)
    assert main(["merge", "--db", db, str(other), "--dry-run"]) == 0
    assert main(["--db", db, "backup", "restore", str(made)]) == 0
    capsys.readouterr()
    assert main(["--db", db, "setup", "show"]) == 0
    assert "SQLCipher" in capsys.readouterr().out
    assert keys.is_encrypted(demo_db_path)
    # the Excel export is plain (the user chose it) and the audit log says so
    conn = open_db(demo_db_path, create=False)
    try:
        actions = [r[0] for r in conn.execute("SELECT action FROM audit_log ORDER BY id")]
    finally:
        conn.close()
    assert "encrypt" in actions and "export" in actions and "restore" in actions


def test_recovery_passphrase_opens_it_on_another_machine(demo_db_path, passphrase_file, tmp_path,
                                                        monkeypatch, capsys):
    _encrypt(demo_db_path, passphrase_file)
    db = str(demo_db_path)
    _other_machine(tmp_path, monkeypatch)
    before = _sha(demo_db_path)

    assert main(["--db", db, "stats"]) == 1
    assert "recovery passphrase" in capsys.readouterr().err
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("Cất trong tủ gỗ phòng Tổ chức 2026", encoding="utf-8")
    assert main(["--db", db, "--recovery-passphrase-file", str(wrong), "stats"]) == 1
    assert "wrong" in capsys.readouterr().err
    assert _sha(demo_db_path) == before
    assert not (tmp_path / "other-pc" / "keys").exists() or not any((tmp_path / "other-pc" / "keys").iterdir())

    assert main(["--db", db, "--recovery-passphrase-file", str(passphrase_file), "stats"]) == 0
    keys.offer_recovery_passphrase(None)
    assert main(["--db", db, "stats"]) == 0      # the key store entry was restored


def test_missing_key_store_entry_is_restored_from_the_passphrase(demo_db_path, passphrase_file):
    _encrypt(demo_db_path, passphrase_file)
    key_id = keys.key_id_of(demo_db_path)
    store = keys.default_store()
    store.delete(key_id)
    with pytest.raises(UserError, match="recovery passphrase"):
        open_db(demo_db_path, create=False)
    keys.offer_recovery_passphrase(keys.read_passphrase_file(passphrase_file))
    open_db(demo_db_path, create=False).close()
    assert store.load(key_id) is not None


def test_backup_restored_on_another_machine_asks_for_the_passphrase(demo_db_path, passphrase_file,
                                                                    tmp_path, monkeypatch):
    _encrypt(demo_db_path, passphrase_file)
    out = tmp_path / "usb"
    out.mkdir()
    made = create_backup(demo_db_path, out)
    _other_machine(tmp_path, monkeypatch)
    live = tmp_path / "new-pc" / "socongdoan.sqlite3"
    live.parent.mkdir()
    verdict = verify_backup(made.path)
    assert not verdict.ok and "recovery passphrase" in str(verdict.reason)
    with pytest.raises(UserError, match="recovery passphrase"):
        restore_backup(made.path, live)
    assert not live.exists()
    keys.offer_recovery_passphrase(PASSPHRASE)
    result = restore_backup(made.path, live)
    assert result.counts == made.counts
    assert keys.is_encrypted(live) and keys.key_file_path(live).exists()
    keys.offer_recovery_passphrase(None)
    db = open_db(live, create=False)
    try:
        assert db.execute("SELECT count(*) FROM members").fetchone()[0] == made.counts["members"]
    finally:
        db.close()


def test_first_version_file_is_encrypted_without_loss(tmp_path, passphrase_file):
    path = tmp_path / "v1.sqlite3"
    shutil.copy(DATA / "schema_v1.sqlite3", path)
    db = open_db(path)                               # brought up to date first, as every open does
    before = encryption.table_digests(db.conn)
    db.close()
    assert sum(count for count, _ in before.values()) > 0
    outcome = encryption.encrypt_in_place(path, keys.read_passphrase_file(passphrase_file))
    assert outcome.plain_copies          # the before-upgrade copy is named as still unencrypted
    db = open_db(path, create=False)
    try:
        after = encryption.table_digests(db.conn)
    finally:
        db.close()
    audit_before, audit_after = before.pop("audit_log"), after.pop("audit_log")
    assert after == before
    assert audit_after[0] == audit_before[0] + 1     # the "encrypt" row


def test_interrupted_encryption_leaves_the_plain_file_intact(demo_db_path, passphrase_file, monkeypatch):
    before = _sha(demo_db_path)

    def power_cut(*_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(encryption.os, "replace", power_cut)
    with pytest.raises(KeyboardInterrupt):
        encryption.encrypt_in_place(demo_db_path, PASSPHRASE)
    assert _sha(demo_db_path) == before
    assert not keys.is_encrypted(demo_db_path)
    assert not list(demo_db_path.parent.glob(".*.tmp"))
    assert not keys.key_file_path(demo_db_path).exists()     # the unused key is forgotten
    open_db(demo_db_path, create=False).close()


def test_short_passphrase_and_already_encrypted_are_refused(demo_db_path):
    before = _sha(demo_db_path)
    with pytest.raises(UserError, match="at least"):
        encryption.encrypt_in_place(demo_db_path, "ngắn")
    assert _sha(demo_db_path) == before
    encryption.encrypt_in_place(demo_db_path, PASSPHRASE)
    with pytest.raises(UserError, match="already encrypted"):
        encryption.encrypt_in_place(demo_db_path, PASSPHRASE)


def test_decrypt_asks_and_is_audited(demo_db_path, passphrase_file, monkeypatch):
    _encrypt(demo_db_path, passphrase_file)
    db = str(demo_db_path)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    assert main(["--db", db, "setup", "decrypt"]) == 1      # no terminal to ask: refused
    assert keys.is_encrypted(demo_db_path)
    assert main(["--db", db, "setup", "decrypt", "--yes"]) == 0
    assert demo_db_path.read_bytes()[:16] == keys.SQLITE_HEADER
    conn = open_db(demo_db_path, create=False)
    try:
        assert conn.execute("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()[0] == "decrypt"
        assert conn.execute("SELECT count(*) FROM members").fetchone()[0] > 10000
    finally:
        conn.close()


def test_recovery_sheet(demo_db_path, passphrase_file, tmp_path):
    _encrypt(demo_db_path, passphrase_file)
    out = tmp_path / "sheet.pdf"
    assert main(["--db", str(demo_db_path), "setup", "recovery-sheet", "-o", str(out)]) == 0
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    assert "PHIẾU KHÔI PHỤC" in text and demo_db_path.name in text and "Nơi cất giữ" in text
    assert PASSPHRASE not in text
    with_it = tmp_path / "sheet-with.pdf"
    assert main(["--db", str(demo_db_path), "setup", "recovery-sheet", "-o", str(with_it),
                 "--write-passphrase", str(passphrase_file)]) == 0
    text = subprocess.run(["pdftotext", str(with_it), "-"], capture_output=True, text=True).stdout
    assert PASSPHRASE in " ".join(text.split())


def test_passphrase_normalised():
    import unicodedata
    nfd = unicodedata.normalize("NFD", PASSPHRASE)
    assert keys.normalise_passphrase("\ufeff" + nfd + "\r\n") == PASSPHRASE
    key = keys.new_key()
    doc = keys.wrap_with_passphrase(key, nfd)
    assert keys.unwrap_with_passphrase(doc, PASSPHRASE) == key
    with pytest.raises(UserError, match="wrong"):
        keys.unwrap_with_passphrase(doc, PASSPHRASE + "!")


def test_dpapi_branch_on_windows(monkeypatch, tmp_path):
    """The Windows branch with the DPAPI calls replaced: what reaches the disk is what
    CryptProtectData returned, never the key."""
    calls = []

    def protect(data):
        calls.append("protect")
        return b"DPAPI" + bytes(b ^ 0x5A for b in data)

    def unprotect(blob):
        calls.append("unprotect")
        assert blob.startswith(b"DPAPI")
        return bytes(b ^ 0x5A for b in blob[5:])

    monkeypatch.delenv("SOCONGDOAN_KEY_STORE")
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(keys.DpapiKeyStore, "protect", staticmethod(protect))
    monkeypatch.setattr(keys.DpapiKeyStore, "unprotect", staticmethod(unprotect))
    store = keys.default_store()
    assert isinstance(store, keys.DpapiKeyStore) and store.protected
    key = keys.new_key()
    store.save(key.key_id, key.secret)
    stored = next((tmp_path / "userconfig" / "keys").glob("*.dpapi")).read_bytes()
    assert key.secret not in stored and key.secret.hex().encode() not in stored
    assert store.load(key.key_id) == key.secret
    assert calls == ["protect", "unprotect"]


def test_keyring_branch(monkeypatch):
    class Backend:
        priority = 5
        values: dict = {}

        def get_password(self, service, name):
            return self.values.get((service, name))

        def set_password(self, service, name, value):
            self.values[(service, name)] = value

        def delete_password(self, service, name):
            self.values.pop((service, name))

    monkeypatch.delenv("SOCONGDOAN_KEY_STORE")
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(keys, "_usable_keyring", lambda: Backend())
    store = keys.default_store()
    assert isinstance(store, keys.KeyringKeyStore)
    key = keys.new_key()
    store.save(key.key_id, key.secret)
    assert store.load(key.key_id) == key.secret
    store.delete(key.key_id)
    assert store.load(key.key_id) is None


def test_file_store_is_private_and_says_so(tmp_path):
    store = keys.default_store()
    assert isinstance(store, keys.FileKeyStore) and not store.protected
    key = keys.new_key()
    store.save(key.key_id, key.secret)
    if sys.platform != "win32":
        mode = next((tmp_path / "userconfig" / "keys").glob("*.key")).stat().st_mode & 0o777
        assert mode == 0o600


def test_a_word_document_is_still_refused_as_not_a_database(tmp_path):
    junk = tmp_path / "letter.sqlite3"
    junk.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 16)
    with pytest.raises(UserError, match="not a database"):
        open_db(junk, create=False)


def test_setup_init_encrypts_new_databases_by_default(tmp_path, passphrase_file, capsys):
    name = ["--name", "Công đoàn Khu công nghiệp Thăng Long"]
    folder = tmp_path / "a"
    assert main(["setup", "init", *name, "--folder", str(folder),
                 "--recovery-passphrase-file", str(passphrase_file)]) == 0
    path = folder / "socongdoan.sqlite3"
    assert keys.is_encrypted(path) and keys.key_file_path(path).exists()
    assert b"Th\xc4\x83ng Long" not in path.read_bytes()

    # moved elsewhere: still encrypted, the key file goes along
    assert main(["setup", "move-data", str(tmp_path / "moved")]) == 0
    moved = tmp_path / "moved" / "socongdoan.sqlite3"
    assert keys.is_encrypted(moved) and keys.key_file_path(moved).exists()
    open_db(moved, create=False).close()

    folder = tmp_path / "b"                          # no recovery passphrase yet: said so
    capsys.readouterr()
    assert main(["setup", "init", *name, "--folder", str(folder)]) == 0
    assert "no recovery passphrase yet" in capsys.readouterr().out
    path = folder / "socongdoan.sqlite3"
    assert keys.is_encrypted(path) and not keys.key_file_path(path).exists()
    assert main(["--db", str(path), "setup", "recovery-passphrase", "--new-passphrase-file",
                 str(passphrase_file)]) == 0
    assert keys.key_file_path(path).exists()

    folder = tmp_path / "c"
    assert main(["setup", "init", *name, "--folder", str(folder), "--plain"]) == 0
    assert not keys.is_encrypted(folder / "socongdoan.sqlite3")


def test_read_only_opening_copies_and_move_of_an_encrypted_file(demo_db_path, passphrase_file, tmp_path):
    """What the reliability work added (read-only opening, checked copies, the move of
    the data folder) goes through the key: the copies stay encrypted and open."""
    from desktop_app.core.setup import move_database
    from desktop_app.core.storage.files import copy_database

    needles = _needles(demo_db_path)
    _encrypt(demo_db_path, passphrase_file)
    db = open_db(demo_db_path, create=False, read_only=True)
    try:
        assert db.read_only
        members = db.execute("SELECT count(*) FROM members").fetchone()[0]
    finally:
        db.close()
    assert members > 0
    copy = copy_database(demo_db_path, tmp_path / "copy.sqlite3", check="full")
    assert keys.key_id_of(copy) == keys.key_id_of(demo_db_path) and not _leaks(copy, needles)
    moved = move_database(demo_db_path, tmp_path / "new-folder")
    assert keys.is_encrypted(moved) and keys.key_file_path(moved).exists() and not _leaks(moved, needles)
    db = open_db(moved, create=False)
    try:
        assert db.execute("SELECT count(*) FROM members").fetchone()[0] == members
    finally:
        db.close()
