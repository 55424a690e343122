"""What a backup file must prove before anyone relies on it: the manifest and the checks.

A plain backup is an ordinary SQLite file (it can be opened as a database) with a small
JSON manifest beside it, ``<name>.manifest.json``. The manifest carries the file's
SHA-256, size, page size and count, schema version, application id, record counts,
creation time and program version, and a SHA-256 of its own fields so that an altered
manifest is caught as well as an altered file.
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app import __version__
from desktop_app.core.errors import UserError
from desktop_app.core.messages import Message
from desktop_app.core.storage import keys
from desktop_app.core.storage import sqlite_driver as sqlite3  # SQLCipher: one library for every file
from desktop_app.core.storage.db import APPLICATION_ID, SQLITE_HEADER, schema_problems
from desktop_app.core.storage.migrations import SCHEMA_VERSION

MANIFEST_SUFFIX = ".manifest.json"
MANIFEST_FORMAT = "socongdoan-backup"
READ_BLOCK = 4 << 20

Progress = Callable[[int, int], None]


@dataclass
class Verdict:
    """The outcome of checking a backup: ``ok`` and, when not, the first reason why."""

    ok: bool
    reason: str
    checks: list[str] = field(default_factory=list)   # what passed, in order
    manifest: dict | None = None
    seconds: float = 0.0

    def __bool__(self) -> bool:
        return self.ok


class CheckFailed(Exception):
    """One check failed; the message is the verdict's reason."""

    def __init__(self, code: str, /, **args: object):
        self.message = Message(code, **args)
        super().__init__(str(self.message))


def manifest_path(path: Path) -> Path:
    return path.with_name(path.name + MANIFEST_SUFFIX)


def _canonical(fields: dict) -> bytes:
    return json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def seal_manifest(fields: dict) -> dict:
    body = {k: v for k, v in fields.items() if k != "manifest_sha256"}
    return {**body, "manifest_sha256": hashlib.sha256(_canonical(body)).hexdigest()}


def manifest_bytes(fields: dict) -> bytes:
    return json.dumps(seal_manifest(fields), ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")


def parse_manifest(raw: bytes) -> dict:
    """The manifest's fields; CheckFailed when it is unreadable or altered."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise CheckFailed("backup.manifest_unreadable") from None
    if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
        raise CheckFailed("backup.manifest_foreign")
    body = {k: v for k, v in data.items() if k != "manifest_sha256"}
    if hashlib.sha256(_canonical(body)).hexdigest() != data.get("manifest_sha256"):
        raise CheckFailed("backup.manifest_altered")
    return data


def read_manifest(path: Path) -> dict:
    try:
        raw = manifest_path(path).read_bytes()
    except FileNotFoundError:
        raise CheckFailed("backup.manifest_missing", name=manifest_path(path).name) from None
    except OSError as e:
        raise CheckFailed("backup.cannot_read_manifest", error=e.strerror) from None
    return parse_manifest(raw)


def sha256_file(path: Path, progress: Progress | None = None) -> str:
    h = hashlib.sha256()
    total = path.stat().st_size
    done = 0
    with open(path, "rb") as f:
        while block := f.read(READ_BLOCK):
            h.update(block)
            done += len(block)
            if progress:
                progress(done, total)
    return h.hexdigest()


def header_facts(path: Path) -> dict:
    """Page size, page count, schema version and application id from the 100-byte
    header, with the checks that need nothing but the header and the file size."""
    size = path.stat().st_size
    with open(path, "rb") as f:
        header = f.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise CheckFailed("backup.not_sqlite")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise CheckFailed("backup.header_damaged")
    page_count = int.from_bytes(header[28:32], "big")
    if int.from_bytes(header[24:28], "big") != int.from_bytes(header[92:96], "big"):
        raise CheckFailed("backup.header_stale")
    app_id = int.from_bytes(header[68:72], "big")
    version = int.from_bytes(header[60:64], "big")
    if app_id != APPLICATION_ID:
        raise CheckFailed("backup.foreign_database")
    if version > SCHEMA_VERSION:
        raise CheckFailed("backup.newer_version", version=version, known=SCHEMA_VERSION)
    if page_count * page_size != size:
        raise CheckFailed("backup.size_wrong", page_count=page_count, page_size=page_size,
                          expected=page_count * page_size, size=size)
    if header[18] != 1 or header[19] != 1:
        raise CheckFailed("backup.wal_mode")
    return {"size": size, "page_size": page_size, "page_count": page_count,
            "schema_version": version, "application_id": app_id}


def record_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows of every ordinary table (not FTS shadow tables, which follow from them)."""
    names = [r[0] for r in conn.execute(
        "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def open_readonly(path: Path, key: keys.DatabaseKey | None = None) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    if key is not None:
        conn.execute(f"PRAGMA key = {key.pragma_value}")
    conn.execute("PRAGMA cache_size = -131072")
    return conn


def backup_key(path: Path, expected: dict | None) -> keys.DatabaseKey | None:
    """The key of a backup of an encrypted database (None for a plain one): the key
    store's, else the recovery passphrase opens the key the manifest carries."""
    key_id = keys.key_id_of(path)
    if key_id is None:
        return None
    document = (expected or {}).get("database_key")
    if document is None and keys.default_store().load(key_id) is None:
        return None   # no key anywhere: not one of ours, the header check says so
    try:
        return keys.key_for(path, document=document)
    except UserError as e:   # named for the backup, not for the temporary copy checked
        if e.code == "encryption.recovery_passphrase_needed":
            raise CheckFailed("backup.recovery_passphrase_needed") from None
        raise CheckFailed(e.code, **e.params) from None


def keyed_facts(path: Path, key: keys.DatabaseKey) -> dict:
    """``header_facts`` of an encrypted file: its header is encrypted, so SQLite reads
    it with the key (one page; the rest is read by the structure check)."""
    size = path.stat().st_size
    conn = open_readonly(path, key)
    try:
        # int(): SQLCipher answers page_size as text on a keyed connection
        page_size, page_count, version, app_id = (int(conn.execute(f"PRAGMA {p}").fetchone()[0]) for p in (
            "page_size", "page_count", "user_version", "application_id"))
    except sqlite3.DatabaseError:
        raise CheckFailed("backup.key_does_not_open") from None
    finally:
        conn.close()
    if app_id != APPLICATION_ID:
        raise CheckFailed("backup.foreign_database")
    if version > SCHEMA_VERSION:
        raise CheckFailed("backup.newer_version", version=version, known=SCHEMA_VERSION)
    if page_count * page_size != size:
        raise CheckFailed("backup.size_wrong", page_count=page_count, page_size=page_size,
                          expected=page_count * page_size, size=size)
    return {"size": size, "page_size": page_size, "page_count": page_count,
            "schema_version": version, "application_id": app_id}


def structure_check(path: Path, level: str, key: keys.DatabaseKey | None = None) -> list[str]:
    """SQLite's own checks of the file; ``level`` is "quick" (quick_check: every page
    and record well-formed) or "full" (integrity_check, which also cross-checks every
    index against its table, and foreign_key_check)."""
    conn = open_readonly(path, key)
    try:
        pragma = "integrity_check" if level == "full" else "quick_check"
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}(20)")]
        if rows != ["ok"]:
            raise CheckFailed("backup.sqlite_found_damage", pragma=pragma, rows='; '.join(rows[:3]))
        done = [Message("backup.check_passed", check=pragma)]
        if level == "full":
            bad = conn.execute("PRAGMA foreign_key_check").fetchmany(3)
            if bad:
                raise CheckFailed("backup.broken_references_between_records", bad=bad)
            done.append(Message("backup.check_passed", check="foreign_key_check"))
        return done
    except sqlite3.DatabaseError as e:
        raise CheckFailed("backup.sqlite_cannot_read_file", error=e) from None
    finally:
        conn.close()


def schema_check(path: Path, version: int, key: keys.DatabaseKey | None = None) -> None:
    """Every table (and column) of the file's data version is there: a file with our
    application id but not our tables is not a backup, whatever its manifest says."""
    try:
        conn = open_readonly(path, key)
        try:
            missing = schema_problems(conn, version)
        finally:
            conn.close()
    except sqlite3.DatabaseError as e:
        raise CheckFailed("backup.sqlite_cannot_read_file", error=e) from None
    if missing:
        more = [Message("backup.and_more", count=len(missing) - 6)] if len(missing) > 6 else []
        raise CheckFailed("backup.lacks_tables", tables=missing[:6] + more)


def content_facts(path: Path, key: keys.DatabaseKey | None = None) -> dict[str, int]:
    conn = open_readonly(path, key)
    try:
        return record_counts(conn)
    except sqlite3.DatabaseError as e:
        raise CheckFailed("backup.sqlite_cannot_read_file", error=e) from None
    finally:
        conn.close()


def check_database_file(path: Path, *, expected: dict | None, level: str = "quick",
                        sha256: str | None = None, progress: Progress | None = None,
                        db_key: keys.DatabaseKey | None = None) -> tuple[list[str], dict]:
    """Run every check on a plain database file against the manifest ``expected``.

    The SHA-256 (unless given, already computed while the file was written) and
    SQLite's structure check read the whole file; they run on two threads, since both
    release the GIL. Returns (checks passed, facts); raises CheckFailed.

    A backup of an encrypted database is checked with its key (``db_key``, else the key
    store's or the manifest's): the SHA-256 of the encrypted bytes, then SQLite reads
    the pages through the key; nothing decrypted is written anywhere.
    """
    checks: list[str] = []
    db_key = db_key or backup_key(path, expected)
    facts = keyed_facts(path, db_key) if db_key is not None else header_facts(path)
    checks.append(Message("backup.header_ok"))
    checks.append(Message("backup.size_pages_x_bytes", page_count=facts['page_count'], page_size=facts['page_size']))
    if expected is not None:
        for key in ("size", "page_size", "page_count", "schema_version"):
            if expected.get(key) != facts[key]:
                raise CheckFailed("backup.differs_from_manifest", what=key.replace('_', ' '), in_file=facts[key],
                                  in_manifest=expected.get(key))
    def compare(digest: str) -> None:
        if expected is not None and digest != expected.get("sha256"):
            raise CheckFailed("backup.sha256_differs")
        checks.append(Message("backup.sha256_matches") if expected is not None
                      else Message("backup.sha256_is", digest=digest))

    if level == "none" or sha256 is not None:
        digest = sha256 if sha256 is not None else sha256_file(path, progress)
        compare(digest)
        if level != "none":
            checks.extend(structure_check(path, level, db_key))
    else:
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            hashing = pool.submit(sha256_file, path, progress)
            structure = pool.submit(structure_check, path, level, db_key)
            digest = hashing.result()
            try:
                compare(digest)
            finally:
                if expected is not None and digest != expected.get("sha256"):
                    structure.cancel()
            checks.extend(structure.result())
    schema_check(path, facts["schema_version"], db_key)
    checks.append(Message("backup.tables_present", version=facts["schema_version"]))
    counts = content_facts(path, db_key)
    if expected is not None and expected.get("counts") != counts:
        raise CheckFailed("backup.record_counts_differ")
    checks.append(Message("backup.record_counts_match", members=counts.get('members', 0)))
    facts.update(sha256=digest, counts=counts)
    return checks, facts


def new_manifest(file_name: str, facts: dict, *, source: str, kind: str, reason: str,
                 check: str, encrypted: bool = False, database_key: dict | None = None) -> dict:
    """``database_key``: the key file of an encrypted database (the key wrapped by the
    recovery passphrase), so the backup can be opened on another computer."""
    extra = {"database_key": database_key} if database_key else {}
    return {**extra,
        "format": MANIFEST_FORMAT, "format_version": 1,
        "file": file_name, "encrypted": encrypted,
        "size": facts["size"], "sha256": facts["sha256"],
        "page_size": facts["page_size"], "page_count": facts["page_count"],
        "schema_version": facts["schema_version"], "application_id": facts["application_id"],
        "counts": facts["counts"],
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "program_version": __version__,
        "source": source, "kind": kind, "reason": reason, "checked_with": check,
    }
