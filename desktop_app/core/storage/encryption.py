"""Encrypting a plain database in place, and decrypting it, through a checked copy.

Both go the same way: ``sqlcipher_export`` writes the whole database into a temporary
file beside it (keyed, or plain), the copy is opened again and every table's row count
and a hash of its rows are compared with the original's, the copy is synced and only
then replaces the original in one ``os.replace``. Interrupted anywhere before that
rename, the original is untouched and the temporary file is removed (or left as an
obviously named ``.tmp`` after a power cut).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.errors import UserError
from desktop_app.core.storage import keys
from desktop_app.core.storage import sqlite_driver as sqlite3  # SQLCipher: one library for every file
from desktop_app.core.storage.db import APPLICATION_ID, audit, connect, connect_copy, open_db

MIN_PASSPHRASE = 8


@dataclass
class Outcome:
    path: Path
    tables: int
    records: int
    key_store: str = ""
    key_store_protected: bool = True
    key_file: Path | None = None
    plain_copies: list[Path] = field(default_factory=list)   # older plain copies still beside it


def table_digests(conn) -> dict[str, tuple[int, str]]:
    """Row count and SHA-256 of the rows of every ordinary table, in rowid order.

    Full-text indexes are left out: they are rebuilt from their tables, and their
    shadow tables' layout is SQLite's business."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                        "AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()
    virtual = tuple(name + "_" for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL"))
    names = [name for name, sql in rows
             if not (sql or "").upper().startswith("CREATE VIRTUAL") and not name.startswith(virtual or ("\0",))]
    result = {}
    for name in names:
        digest, count = hashlib.sha256(), 0
        for row in conn.execute(f'SELECT * FROM "{name}" ORDER BY rowid'):
            digest.update(repr(row).encode("utf-8"))
            count += 1
        result[name] = (count, digest.hexdigest())
    return result


def _compare(before: dict, after: dict) -> None:
    for table in sorted(set(before) | set(after)):
        if before.get(table) != after.get(table):
            raise UserError("encryption.check_failed", table=table)


def _fsync(path: Path) -> None:
    with open(path, "rb") as f:
        os.fsync(f.fileno())
    with contextlib.suppress(OSError, AttributeError):   # a folder cannot be opened on Windows
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _quiet_original(path: Path) -> dict[str, tuple[int, str]]:
    """Fold the WAL into the file, make sure no one else has it open, and take its digests."""
    db = connect(path)
    try:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        digests = table_digests(db.conn)
    finally:
        db.close()
    # The last connection to close deletes the WAL: one still there means another
    # window or program has the file open, and would write into the file we replace.
    if Path(f"{path}-wal").exists():
        raise UserError("encryption.in_use", path=path)
    return digests


def _rewrite(path: Path, target_key: keys.DatabaseKey | None, source_key: keys.DatabaseKey | None) -> int:
    """Export ``path`` into a checked temporary copy keyed with ``target_key`` and put it
    in place; return the number of records."""
    before = _quiet_original(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.rewrite.tmp")
    tmp.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(str(path))
        try:
            if source_key is not None:
                src.execute(f"PRAGMA key = {source_key.pragma_value}")
            version = src.execute("PRAGMA user_version").fetchone()[0]
            attach_key = target_key.pragma_value if target_key is not None else "''"
            src.execute(f"ATTACH DATABASE ? AS target KEY {attach_key}", [str(tmp)])
            src.execute("SELECT sqlcipher_export('target')")
            src.execute(f"PRAGMA target.application_id = {APPLICATION_ID}")
            src.execute(f"PRAGMA target.user_version = {version}")
            src.execute("DETACH DATABASE target")
        finally:
            src.close()
        check = connect_copy(tmp, target_key)
        try:
            if check.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise UserError("encryption.check_failed", table="quick_check")
            _compare(before, table_digests(check))
        finally:
            check.close()
        _fsync(tmp)
        os.replace(tmp, path)
        _fsync(path)
    finally:
        tmp.unlink(missing_ok=True)
    return sum(count for count, _ in before.values())


def _plain_copies(path: Path) -> list[Path]:
    """The copies taken before a migration, still plain: the safety backups of this file
    in the backups folder (``auto-*-before-upgrade-*``), and those older versions left
    beside the file (``*.before-upgrade*``)."""
    from desktop_app.core.backup.check import CheckFailed, read_manifest  # the backup package builds on storage
    from desktop_app.core.storage.paths import backups_dir

    found = list(path.parent.glob(f"{path.stem}.v*.before-upgrade{path.suffix}"))
    for copy in backups_dir().glob("auto-*-before-upgrade-*.sqlite3"):
        try:
            source = read_manifest(copy).get("source")
        except CheckFailed:
            continue
        if source and Path(source).resolve() == path.resolve():
            found.append(copy)
    return sorted(p for p in found if not keys.is_encrypted(p))


def encrypt_in_place(path: Path | str, recovery_passphrase: str, store=None) -> Outcome:
    """Encrypt a plain database with a new random key, kept by the key store and
    wrapped by ``recovery_passphrase`` in the key file beside the database."""
    path = Path(path)
    passphrase = keys.normalise_passphrase(recovery_passphrase)
    if len(passphrase) < MIN_PASSPHRASE:
        raise UserError("encryption.passphrase_too_short", n=MIN_PASSPHRASE)
    open_db(path, create=False).close()   # ours, readable, up to date
    if keys.is_encrypted(path):
        raise UserError("encryption.already_encrypted", path=path)
    store = store or keys.default_store()
    key = keys.new_key()
    # The key is kept (store + key file) before the file depends on it: a crash after
    # the rename must not leave a file nobody can open.
    store.save(key.key_id, key.secret)
    key_file = keys.write_key_file(path, key, passphrase)
    try:
        records = _rewrite(path, key, None)
    except BaseException:
        if not keys.is_encrypted(path):   # the file is still the plain one: forget the unused key
            key_file.unlink(missing_ok=True)
            store.delete(key.key_id)
        raise
    db = open_db(path, key=key)
    try:
        tables = len(table_digests(db.conn))
        audit(db, "encrypt", str(path), records=records, detail=f"key store: {store.name}")
    finally:
        db.close()
    return Outcome(path, tables, records, store.name, store.protected, key_file, _plain_copies(path))


def decrypt_in_place(path: Path | str) -> Outcome:
    """Write the database back as a plain file (the user asked for it: audited)."""
    path = Path(path)
    if not keys.is_encrypted(path):
        raise UserError("encryption.not_encrypted", path=path)
    key = keys.key_for(path)
    open_db(path, create=False, key=key).close()
    records = _rewrite(path, None, key)
    db = open_db(path)
    try:
        tables = len(table_digests(db.conn))
        audit(db, "decrypt", str(path), records=records,
              detail="the database file is no longer encrypted; the key is kept for older backups")
    finally:
        db.close()
    return Outcome(path, tables, records)


def key_for_new_database(path: Path | str, recovery_passphrase: str | None = None,
                         store=None) -> keys.DatabaseKey:
    """A new key for a database about to be created, kept by the key store and, when a
    recovery passphrase is given, wrapped by it in the key file (it can be set later:
    ``change_recovery_passphrase``; until then Settings → Bảo mật warns)."""
    if recovery_passphrase is not None and len(keys.normalise_passphrase(recovery_passphrase)) < MIN_PASSPHRASE:
        raise UserError("encryption.passphrase_too_short", n=MIN_PASSPHRASE)
    store = store or keys.default_store()
    key = keys.new_key()
    store.save(key.key_id, key.secret)
    if recovery_passphrase is not None:
        keys.write_key_file(path, key, recovery_passphrase)
    return key


def change_recovery_passphrase(path: Path | str, new_passphrase: str) -> Path:
    """Wrap the key of an encrypted database with a new recovery passphrase."""
    passphrase = keys.normalise_passphrase(new_passphrase)
    if len(passphrase) < MIN_PASSPHRASE:
        raise UserError("encryption.passphrase_too_short", n=MIN_PASSPHRASE)
    return keys.write_key_file(path, keys.key_for(path), passphrase)


@dataclass
class State:
    encrypted: bool
    key_store: str
    key_store_protected: bool
    key_file: Path | None
    key_here: bool


def state(path: Path | str) -> State:
    """What Settings → Bảo mật and ``setup show`` tell about the file."""
    path = Path(path)
    store = keys.default_store()
    key_id = keys.key_id_of(path)
    key_file = keys.key_file_path(path)
    return State(
        encrypted=key_id is not None, key_store=store.name, key_store_protected=store.protected,
        key_file=key_file if key_file.exists() else None,
        key_here=key_id is not None and store.load(key_id) is not None)
