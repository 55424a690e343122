"""Backups: create, verify, restore, list, thin; optional encryption.

How a backup is made (``create_backup``):

1. A consistent snapshot through SQLite's online backup API (``Connection.backup``),
   which reads committed pages while other connections keep writing. ``VACUUM INTO``
   rebuilds every table and index and took 72 s at city scale; the backup API copies
   pages and takes under 2 s.
2. The snapshot is written under a hidden temporary name (``.NAME.<pid>-<hex>.partial``) in the
   destination folder, or, for a USB stick on another drive or an encrypted export, to a
   staging file on this computer first and then streamed to the destination while
   hashing (progress per 4 MB, and no plaintext ever touches the stick).
3. The file is flushed to the device, read back and checked (see backup_check), then
   the manifest and finally the file are renamed to their real names. Any failure
   (disk full, stick pulled out, read-only, cancelled) removes the temporary files:
   nothing appears under the final name and older backups are never touched.
4. A row goes to the audit log of the source database.

``restore_backup`` verifies first, takes a safety backup of the current database,
migrates an older backup on a temporary copy beside the live file and swaps it in
with one atomic rename.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import json
import os
import re
import shutil
import struct
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from desktop_app.core.backup import crypto as backup_crypto
from desktop_app.core.backup import drives
from desktop_app.core.backup.check import (
    MANIFEST_SUFFIX,
    CheckFailed,
    Verdict,
    check_database_file,
    manifest_bytes,
    manifest_path,
    new_manifest,
    parse_manifest,
    read_manifest,
)
from desktop_app.core.backup.reminder import LAST_REMOVABLE_KEY, last_removable_backup, removable_backup_warning
from desktop_app.core.backup.rotation import Entry, Policy, plan
from desktop_app.core.errors import UserError
from desktop_app.core.messages import Message
from desktop_app.core.storage import keys
from desktop_app.core.storage import sqlite_driver as sqlite3  # SQLCipher: one library for every file
from desktop_app.core.storage.db import (
    APPLICATION_ID,
    audit,
    audit_done,
    check_file,
    connect,
    connect_read_only,
    explain,
    key_of,
    set_setting,
    upgrade,
)
from desktop_app.core.storage.files import (
    LEFTOVER_AGE,
    atomic_write,
    fsync_file,
    publish,
    read_only_location,
    remove_leftovers,
    snapshot,
    temp_path,
)
from desktop_app.core.storage.migrations import SCHEMA_VERSION
from desktop_app.core.storage.paths import backups_dir, staging_dir
from desktop_app.core.work import Cancelled, Progress

__all__ = ["BackupResult", "RestoreResult", "BackupInfo", "Verdict", "Cancelled", "create_backup",
           "verify_backup", "restore_backup", "list_backups", "rotate", "auto_backup", "backups_dir",
           "last_removable_backup", "safety_backup", "removable_backup_warning", "copy_database_to", "Policy"]

COPY_BLOCK = 4 << 20
PLAIN_SUFFIX = ".sqlite3"
ENCRYPTED_SUFFIX = ".scdb-enc"


@dataclass
class BackupResult:
    path: Path
    sha256: str
    size: int
    counts: dict[str, int]
    encrypted: bool
    seconds: float
    manifest_path: Path | None = None
    destination_kind: str = drives.UNKNOWN
    checks: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)   # seconds per phase
    warnings: list[Message] = field(default_factory=list)     # the backup is good; something after it failed

    @property
    def members(self) -> int:
        return self.counts.get("members", 0)


@dataclass
class RestoreResult:
    path: Path
    source: Path
    safety_backup: Path | None
    schema_from: int
    counts: dict[str, int]
    sha256: str
    warnings: list[Message] = field(default_factory=list)


@dataclass
class BackupInfo:
    path: Path
    created: dt.datetime
    size: int
    encrypted: bool
    kind: str
    reason: str
    members: int | None
    intact: bool | None     # manifest readable and size/header as recorded; None: cannot tell




# ---------------------------------------------------------------- progress and errors
class _Progress:
    """Adapts the window's ``progress(done, total, text)`` (False means cancel)."""

    def __init__(self, fn: Progress | None):
        self.fn = fn

    def __call__(self, done: int, total: int, text: str = "") -> None:
        if self.fn is not None and self.fn(done, total, text) is False:
            raise Cancelled("backup.cancelled")

    def phase(self, text: str) -> Callable[[int, int], None]:
        return lambda done, total: self(done, total, text)


def _explain(e: BaseException, where: Path) -> UserError:
    """A one-line message for a failure while writing ``where``."""
    if isinstance(e, UserError):
        return e
    if isinstance(e, CheckFailed):
        return UserError("backup.database_failed_check", error=e)
    if isinstance(e, sqlite3.Error):
        text = str(e).lower()
        if "full" in text:
            return UserError("backup.destination_full", folder=where.parent)
        if "readonly" in text or "read-only" in text:
            return UserError("backup.destination_read_only", folder=where.parent)
        if "unable to open" in text or "disk i/o" in text:
            return UserError("backup.cannot_write_drive_removed", folder=where.parent, error=e)
        return UserError("backup.failed_nothing_written", error=e)
    if isinstance(e, OSError):
        if e.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return UserError("backup.destination_full", folder=where.parent)
        if e.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return UserError("backup.destination_not_writable", folder=where.parent)
        if e.errno in (errno.ENOENT, errno.EIO, errno.ENODEV, errno.ENXIO, getattr(errno, "ESTALE", -1)):
            return UserError("backup.destination_disappeared", folder=where.parent,
                             error=e.strerror)
        return UserError("backup.cannot_write_backup", folder=where.parent, error=e.strerror or e)
    return UserError("backup.backup_failed", error=e)


def _write(f, data: bytes) -> None:
    """Every byte a backup writes to its destination goes through here (tests patch it)."""
    f.write(data)


def _same_device(a: Path, b: Path) -> bool:
    try:
        return os.stat(a).st_dev == os.stat(b).st_dev
    except OSError:
        return False


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _final_path(dest: Path, *, encrypted: bool, kind: str, reason: str) -> Path:
    suffix = ENCRYPTED_SUFFIX if encrypted else PLAIN_SUFFIX
    if dest.is_dir():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        if kind == "auto":
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            name = f"auto-{stamp}-{_slug(reason) or 'auto'}{suffix}"
        else:
            name = f"socongdoan-{stamp}{'-' + _slug(reason) if reason else ''}{suffix}"
        final = dest / name
    elif dest.parent.is_dir():
        final = dest
    else:
        raise UserError("backup.destination_missing", folder=dest.parent)
    if final.exists():
        raise UserError("backup.target_exists", final=final)
    return final


def _copy_hashing(src: Path, dst: Path, progress: Callable[[int, int], None] | None) -> str:
    """Copy ``src`` to ``dst`` (created new) through ``_write``, fsync; the SHA-256."""
    h = hashlib.sha256()
    total = src.stat().st_size
    done = 0
    with open(src, "rb") as fin, open(dst, "xb") as fout:
        while block := fin.read(COPY_BLOCK):
            _write(fout, block)
            h.update(block)
            done += len(block)
            if progress:
                progress(done, total)
        fout.flush()
        os.fsync(fout.fileno())
    return h.hexdigest()


def _key_document(source) -> dict | None:
    """The key file of an encrypted source, carried by the manifest: with the recovery
    passphrase it opens the backup on another computer."""
    path = _source_path(source)
    return keys.read_key_file(keys.key_file_path(path)) if path else None


def _keyed(path: Path, timeout: float) -> sqlite3.Connection:
    """A bare connection on ``path``, keyed when the file is encrypted."""
    conn = sqlite3.connect(str(path), timeout=timeout, check_same_thread=False)
    if keys.is_encrypted(path):
        conn.execute(f"PRAGMA key = {keys.key_for(path).pragma_value}")
    return conn


@contextlib.contextmanager
def _source(source) -> sqlite_utils.Database:
    """The database to back up: an open Database, or a file path (opened read-only when
    it is on a write-protected drive or file: a backup only reads it)."""
    if isinstance(source, sqlite_utils.Database):
        yield source
        return
    path = Path(source)
    if not path.is_file():
        raise UserError("backup.no_such_database_file", path=path)
    check_file(path)
    db = connect_read_only(path) if read_only_location(path) else connect(path)
    try:
        yield db
    finally:
        db.close()


def _source_path(source) -> str:
    if isinstance(source, sqlite_utils.Database):
        row = source.execute("PRAGMA database_list").fetchone()
        return row[2] if row else ""
    return str(Path(source).resolve())


def _estimated_size(conn: sqlite3.Connection) -> int:
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    # int(): on a keyed connection SQLCipher answers page_size as text
    return int(pages) * int(conn.execute("PRAGMA page_size").fetchone()[0])


def _check_room(folder: Path, needed: int) -> None:
    try:
        free = shutil.disk_usage(folder).free
    except OSError as e:
        raise _explain(e, folder / "x") from None
    if free < needed + (1 << 20):
        raise UserError("backup.not_enough_space", folder=folder, needed=format(needed / 1e6, '.0f'),
                        free=format(free / 1e6, '.0f'))


# ---------------------------------------------------------------- create
def create_backup(source, dest, *, passphrase: str | None = None, progress: Progress | None = None,
                  kind: str = "manual", reason: str = "", check: str = "quick", staged: bool | None = None,
                  record: bool = True) -> BackupResult:
    """Back up the database ``source`` (a path or an open Database) into the folder
    or file ``dest``; encrypted when ``passphrase`` is given.

    ``check``: "quick" (SQLite quick_check of the copy), "full" (integrity_check and
    foreign_key_check) or "none" (the header, size, hash and counts only; for backups
    taken right after the live file passed quick_check). ``staged``: write the
    snapshot on this computer first and stream it to ``dest`` (default: when ``dest``
    is on another drive). ``record``: write the audit log row and remember a backup to
    a removable drive.
    """
    started = time.perf_counter()
    report = _Progress(progress)
    dest = Path(dest)
    encrypted = passphrase is not None
    if encrypted and not passphrase:
        raise UserError("backup.passphrase_empty")
    final = _final_path(dest, encrypted=encrypted, kind=kind, reason=reason)
    folder = final.parent
    remove_leftovers(folder)   # what an interrupted backup to this folder (a stick) left
    remove_leftovers(staging_dir())
    partial = temp_path(final)
    if staged is None:
        staged = encrypted or not _same_device(folder, backups_dir())
    staging = temp_path(staging_dir() / "snapshot.sqlite3") if (staged or encrypted) else None
    written: list[Path] = [partial]
    timings: dict[str, float] = {}
    with _source(source) as source_db:
        conn = source_db.conn
        key = key_of(source_db)
        source_name = _source_path(source)
        needed = _estimated_size(conn)
        _check_room(folder, needed)
        if staging is not None and not _same_device(staging.parent, folder):
            _check_room(staging.parent, needed)
        try:
            snap = staging if staging is not None else partial
            if staging is not None:
                written.append(staging)
            report(0, needed, Message("backup.taking_snapshot"))
            snapshot(conn, snap, report.phase(Message("backup.taking_snapshot")), key)
            if staging is None:
                fsync_file(snap)
            timings["snapshot"] = time.perf_counter() - started
            checks, facts = check_database_file(snap, expected=None, level=check, db_key=key,
                                                progress=report.phase(Message("backup.checking_copy")))
            timings["check"] = time.perf_counter() - started - timings["snapshot"]
            manifest = new_manifest(final.name, facts, source=source_name, kind=kind, reason=reason,
                                    check={"quick": "quick_check", "full": "integrity_check",
                                           "none": "header, size and hash"}[check],
                                    encrypted=encrypted,
                                    database_key=_key_document(source) if key is not None else None)
            if encrypted:
                _encrypt_to(snap, partial, passphrase, manifest, report)
                checks.append(Message("backup.encrypted_file_decrypts"))
            elif staging is not None:
                sha = _copy_hashing(snap, partial, report.phase(Message("backup.writing_destination")))
                if sha != facts["sha256"]:
                    raise UserError("backup.copy_differs_from_snapshot")
                check_database_file(partial, expected=manifest, level="none", db_key=key,
                                    progress=report.phase(Message("backup.reading_back")))
                checks.append(Message("backup.read_back_matches"))
            if not encrypted:
                with atomic_write(manifest_path(final)) as f:
                    _write(f, manifest_bytes(manifest))
            if final.exists():
                raise UserError("backup.target_appeared", final=final)
            publish(partial, final, overwrite=False)
        except BaseException as e:
            for p in written:
                with contextlib.suppress(OSError):
                    p.unlink(missing_ok=True)
            if not encrypted and not final.exists():
                with contextlib.suppress(OSError):
                    manifest_path(final).unlink(missing_ok=True)
            if isinstance(e, (Cancelled, KeyboardInterrupt)):
                raise
            if isinstance(e, Exception):
                raise _explain(e, final) from None
            raise
        finally:
            if staging is not None:
                staging.unlink(missing_ok=True)
        kind_of_drive = drives.drive_kind(final)
        result = BackupResult(path=final, sha256=facts["sha256"], size=final.stat().st_size,
                              counts=facts["counts"], encrypted=encrypted,
                              seconds=time.perf_counter() - started,
                              manifest_path=None if encrypted else manifest_path(final),
                              destination_kind=kind_of_drive, checks=checks, timings=timings)
        if record:
            _record(source_db, result, kind, reason)
    return result


def _encrypt_to(snapshot: Path, partial: Path, passphrase: str, manifest: dict, report: _Progress) -> None:
    raw = manifest_bytes(manifest)
    prefix = struct.pack(">I", len(raw)) + raw
    with open(partial, "xb") as out:
        class _Out:
            def write(self, data: bytes) -> None:
                _write(out, data)
        backup_crypto.encrypt_file(snapshot, _Out(), passphrase, prefix, report.phase(Message("backup.encrypting")))
        out.flush()
        os.fsync(out.fileno())
    # read back: decrypt the whole file and compare with the snapshot's hash
    got, digest = _decrypt(partial, passphrase, None, report.phase(Message("backup.reading_back")))
    if digest != manifest["sha256"] or got.get("sha256") != manifest["sha256"]:
        raise UserError("backup.encrypted_copy_unreadable")


def _decrypt(path: Path, passphrase: str, out_path: Path | None,
             progress: Callable[[int, int], None] | None) -> tuple[dict, str]:
    """Decrypt ``path`` (into ``out_path`` when given); (manifest, SHA-256 of the database)."""
    total = path.stat().st_size
    h = hashlib.sha256()
    done = 0
    manifest: dict | None = None
    pending = b""
    out = open(out_path, "xb") if out_path is not None else None
    try:
        with open(path, "rb") as f:
            for chunk in backup_crypto.decrypt_chunks(f, passphrase):
                if manifest is None:
                    pending += chunk
                    if len(pending) < 4:
                        continue
                    size = struct.unpack(">I", pending[:4])[0]
                    if size > 1 << 20:
                        raise backup_crypto.DamagedFile("backup.encrypted_manifest_damaged")
                    if len(pending) < 4 + size:
                        continue
                    try:
                        manifest = parse_manifest(pending[4: 4 + size])
                    except CheckFailed as e:
                        raise backup_crypto.DamagedFile("backup.manifest_problem", problem=e) from None
                    chunk = pending[4 + size:]
                    pending = b""
                h.update(chunk)
                if out is not None:
                    out.write(chunk)
                done = min(total, done + len(chunk))
                if progress:
                    progress(done, total)
        if manifest is None:
            raise backup_crypto.DamagedFile("backup.encrypted_empty")
        if out is not None:
            out.flush()
            os.fsync(out.fileno())
    finally:
        if out is not None:
            out.close()
    return manifest, h.hexdigest()


def _record(source_db: sqlite_utils.Database, result: BackupResult, kind: str, reason: str) -> None:
    """The audit row in the source database, and the last backup to a USB drive. The
    backup is finished and verified by now: a database that cannot take the row (locked
    by another program, read-only) adds a warning to the result, not a failure."""
    detail = {"kind": kind, "reason": reason, "encrypted": result.encrypted,
              "drive": result.destination_kind, "members": result.counts.get("members"),
              "unions": result.counts.get("unions"), "size": result.size}
    warning = audit_done(source_db, "export_encrypted" if result.encrypted else "backup", str(result.path),
                         records=sum(result.counts.values()), sha256=result.sha256,
                         detail=json.dumps(detail, ensure_ascii=False))
    if warning is None and result.destination_kind == drives.REMOVABLE:
        try:
            set_setting(source_db, LAST_REMOVABLE_KEY, json.dumps(
                {"at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                 "path": str(result.path)}, ensure_ascii=False))
        except sqlite3.OperationalError as e:
            warning = Message("backup.not_noted", error=explain(e))
    if warning:
        result.warnings.append(Message("backup.done_but", warning=warning))


# ---------------------------------------------------------------- verify
def _structure_level(level: str, manifest: dict | None) -> str:
    """Which SQLite check to run. "standard" trusts the check made when the backup was
    created if the SHA-256 still matches (the bytes are then exactly the ones checked,
    so running the same check again cannot give another answer); "quick" reruns
    quick_check; "full" runs integrity_check and foreign_key_check."""
    if level != "standard":
        return level
    made = (manifest or {}).get("checked_with")
    return "none" if made in ("quick_check", "integrity_check") else "quick"


def verify_backup(path, *, passphrase: str | None = None, level: str = "standard",
                  progress: Progress | None = None) -> Verdict:
    """Check a backup file; never raises for a bad file, returns a Verdict with the reason.

    Plain file: manifest checksum, SHA-256, header, application id, schema version,
    page count x page size = size, record counts, and the SQLite structure check
    chosen by ``level`` (see ``_structure_level``). Encrypted file: decrypted into a
    temporary file on this computer (every chunk authenticated), then the same checks.
    """
    started = time.perf_counter()
    path = Path(path)
    report = _Progress(progress)
    manifest = None
    try:
        if not path.is_file():
            raise CheckFailed("excel.no_such_file", path=path)
        if backup_crypto.is_encrypted(path):
            if not passphrase:
                raise CheckFailed("backup.passphrase_needed_to_check")
            tmp = temp_path(staging_dir() / "verify.sqlite3")
            try:
                manifest, digest = _decrypt(path, passphrase, tmp, report.phase(Message("backup.decrypting")))
                structure = _structure_level(level, manifest)
                checks, _ = check_database_file(tmp, expected=manifest, level=structure, sha256=digest)
                checks.insert(0, Message("backup.passphrase_accepted"))
            finally:
                tmp.unlink(missing_ok=True)
        else:
            manifest = read_manifest(path)
            structure = _structure_level(level, manifest)
            checks = [Message("backup.manifest_intact")]
            checks += check_database_file(path, expected=manifest, level=structure,
                                          progress=report.phase(Message("backup.checking")))[0]
        if structure == "none":
            checks.append(Message("backup.passed_when_made", check=manifest["checked_with"]))
    except (CheckFailed, UserError) as e:
        if isinstance(e, Cancelled):
            raise
        return Verdict(False, e.message, manifest=manifest, seconds=time.perf_counter() - started)
    except OSError as e:
        return Verdict(False, f"cannot read the file: {e.strerror or e}", seconds=time.perf_counter() - started)
    return Verdict(True, "the backup is complete and intact", checks, manifest, time.perf_counter() - started)


# ---------------------------------------------------------------- restore
def _exclusive_prepare(live: Path) -> None:
    """Make sure nobody else has the live file open and leave it with no WAL or journal
    that SQLite could later replay onto the restored file."""
    conn = _keyed(live, timeout=2)
    try:
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if mode != "delete":
            raise UserError("backup.database_in_use")
        conn.execute("BEGIN EXCLUSIVE")
        conn.rollback()
    except sqlite3.OperationalError:
        raise UserError("backup.database_in_use") from None
    finally:
        conn.close()
    for extra in ("-wal", "-journal"):
        p = Path(str(live) + extra)
        if p.exists() and p.stat().st_size:
            raise UserError("backup.wal_holds_changes", file=p.name)
        p.unlink(missing_ok=True)
    Path(str(live) + "-shm").unlink(missing_ok=True)


def restore_backup(backup, live_db_path, *, passphrase: str | None = None, progress: Progress | None = None,
                   level: str = "full") -> RestoreResult:
    """Replace the database at ``live_db_path`` with the backup, if it verifies.

    Nothing touches the live file until the backup has been copied beside it and has
    passed every check (``level="full"``: integrity_check and foreign_key_check). Then a
    safety backup of the live file goes to the backups folder, an older schema is
    migrated on the copy, and the copy replaces the live file in one rename. The caller
    closes its own connections first.
    """
    backup, live = Path(backup), Path(live_db_path)
    report = _Progress(progress)
    if not backup.is_file():
        raise UserError("backup.no_such_backup_file", backup=backup)
    if live.exists() and os.path.samefile(backup, live):
        raise UserError("backup.is_the_database")
    if not live.parent.is_dir():
        raise UserError("backup.folder_does_not_exist", folder=live.parent)
    tmp = temp_path(live, "restore")
    try:
        try:
            if backup_crypto.is_encrypted(backup):
                if not passphrase:
                    raise UserError("backup.passphrase_needed")
                manifest, digest = _decrypt(backup, passphrase, tmp, report.phase(Message("backup.decrypting")))
            else:
                manifest = read_manifest(backup)
                digest = _copy_hashing(backup, tmp, report.phase(Message("backup.copying_backup")))
            report(0, 1, Message("backup.checking_backup"))
            check_database_file(tmp, expected=manifest, level=level, sha256=digest)
        except CheckFailed as e:
            raise UserError("backup.not_restored_check_failed", error=e) from None
        except backup_crypto.WrongPassphrase as e:
            raise UserError("backup.not_restored", error=e) from None
        except backup_crypto.DamagedFile as e:
            raise UserError("backup.not_restored", error=e) from None
        schema_from = manifest["schema_version"]
        if schema_from < SCHEMA_VERSION:
            report(0, 1, Message("backup.upgrading"))
            db = connect(tmp)
            try:
                upgrade(db)
                db.execute("PRAGMA journal_mode = DELETE")
            finally:
                db.close()
            fsync_file(tmp)
        safety = None
        history: list[tuple] = []
        if live.exists() and live.stat().st_size:
            history = _audit_rows(live)
            report(0, 1, Message("backup.safety_backup"))
            safety = create_backup(live, backups_dir(), kind="auto", reason="before restore",
                                   check="none", record=False, staged=False).path
            _exclusive_prepare(live)
        if manifest.get("database_key"):
            # the key file of the restored database (the backup's key; on another
            # computer the recovery passphrase has just put it in the key store)
            keys.write_key_document(live, manifest["database_key"])
        try:
            publish(tmp, live)
        except PermissionError:
            raise UserError("backup.held_open_by_another_program", dst=live) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    db = connect(live)
    try:
        with db.ensure_autocommit_on():
            db.execute("PRAGMA journal_mode = WAL")
        counts = manifest["counts"]
        try:
            _carry_audit(db, history)
        except sqlite3.OperationalError:
            pass  # the restore is done; the row below says whether the log can be written at all
        warning = audit_done(db, "restore", str(backup), records=sum(counts.values()), sha256=manifest["sha256"],
                             detail=json.dumps({"backup_created": manifest.get("created_at"),
                                                "schema_from": schema_from,
                                                "safety_backup": str(safety) if safety else None},
                                               ensure_ascii=False))
    finally:
        db.close()
    return RestoreResult(live, backup, safety, schema_from, counts, manifest["sha256"],
                         [Message("backup.restore_done_but", warning=warning)] if warning else [])


_AUDIT_COLUMNS = "at, action, target, records, sha256, detail"


def _audit_rows(path: Path) -> list[tuple]:
    """The audit log of the database about to be replaced."""
    try:
        conn = _keyed(path, timeout=10)
        try:
            return conn.execute(f"SELECT {_AUDIT_COLUMNS} FROM audit_log ORDER BY id").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return []


def _carry_audit(db: sqlite_utils.Database, rows: list[tuple]) -> None:
    """Keep the audit trail continuous across a restore: rows of the replaced database
    that the backup does not have are added to the restored one."""
    if not rows:
        return
    present = set(db.execute(f"SELECT {_AUDIT_COLUMNS} FROM audit_log").fetchall())
    missing = [r for r in rows if tuple(r) not in present]
    with db.atomic():
        db.conn.executemany(f"INSERT INTO audit_log({_AUDIT_COLUMNS}) VALUES (?,?,?,?,?,?)", missing)


# ---------------------------------------------------------------- list and thin
def _info(path: Path) -> BackupInfo | None:
    try:
        st = path.stat()
    except OSError:
        return None
    mtime = dt.datetime.fromtimestamp(st.st_mtime, dt.UTC)
    if backup_crypto.is_encrypted(path):
        return BackupInfo(path, mtime, st.st_size, True, "encrypted", "", None, None)
    try:
        manifest = read_manifest(path)
        with open(path, "rb") as f:
            header = f.read(100)
        intact = (manifest.get("size") == st.st_size and len(header) == 100
                  and (int.from_bytes(header[68:72], "big") == APPLICATION_ID
                       # encrypted at rest: the header is the key id the manifest's key has
                       or header[:16].hex() == (manifest.get("database_key") or {}).get("key_id")))
        created = dt.datetime.fromisoformat(manifest["created_at"])
        return BackupInfo(path, created, st.st_size, False, manifest.get("kind", ""), manifest.get("reason", ""),
                          manifest.get("counts", {}).get("members"), intact)
    except (CheckFailed, KeyError, ValueError, OSError):
        return BackupInfo(path, mtime, st.st_size, False, "", "", None, False)


def list_backups(folder: Path | str | None = None) -> list[BackupInfo]:
    """The backups in ``folder`` (default: the automatic backups folder), newest first."""
    folder = Path(folder) if folder is not None else backups_dir()
    if not folder.is_dir():
        raise UserError("backup.no_such_folder", folder=folder)
    found = []
    for p in folder.iterdir():
        if p.name.startswith(".") or not p.is_file():
            continue
        if p.name.endswith((PLAIN_SUFFIX, ENCRYPTED_SUFFIX)):
            info = _info(p)
            if info is not None:
                found.append(info)
    return sorted(found, key=lambda i: i.created, reverse=True)


def rotate(folder: Path | str | None = None, *, now: dt.datetime | None = None,
           policy: Policy | None = None) -> list[Path]:
    """Thin the automatic backups (files named auto-*); returns the files deleted.

    "Verified" here is the cheap test: manifest intact, size and application id as
    recorded (every automatic backup was fully checked before it got its name).
    """
    folder = Path(folder) if folder is not None else backups_dir()
    now = now or dt.datetime.now(dt.UTC)
    entries = [Entry(i.path, i.created, bool(i.intact)) for i in list_backups(folder)
               if i.path.name.startswith("auto-") and not i.encrypted]
    _, delete = plan(entries, now, policy or Policy())
    gone = []
    for e in delete:
        with contextlib.suppress(OSError):
            e.path.unlink()
            manifest_path(e.path).unlink(missing_ok=True)
            gone.append(e.path)
    # leftovers of interrupted backups: temporary files, manifests whose file never got its name
    remove_leftovers(folder)
    remove_leftovers(staging_dir())
    for m in folder.glob("auto-*" + MANIFEST_SUFFIX):
        with contextlib.suppress(OSError):
            if (not m.with_name(m.name[: -len(MANIFEST_SUFFIX)]).exists()
                    and time.time() - m.stat().st_mtime > LEFTOVER_AGE):
                m.unlink()
    return gone


def safety_backup(db: sqlite_utils.Database, reason: str) -> Path:
    """A checked copy of ``db`` in the backups folder before a change that cannot be
    undone in the program (a schema upgrade). Works on a file of any schema version:
    no audit row is written (an old file may have no audit log)."""
    made = create_backup(db, backups_dir(), kind="auto", reason=reason, check="quick",
                         staged=False, record=False)
    rotate()
    return made.path


def auto_backup(db, reason: str, *, progress: Progress | None = None, check: str = "quick") -> Path:
    """Snapshot the database (an open Database or a path) into the backups folder before
    a risky change (import, merge, restore) or on a timer/close; then thin the folder."""
    made = create_backup(db, backups_dir(), kind="auto", reason=reason, progress=progress, check=check)
    rotate()
    return made.path


# ---------------------------------------------------------------- USB reminders
def copy_database_to(live: Path | str, target: Path | str) -> Path:
    """Copy the working database to ``target`` on this computer (consistent snapshot,
    checked), for a database found on a USB or network drive."""
    live, target = Path(live), Path(target)
    if target.exists():
        raise UserError("backup.already_exists", target=target)
    target.parent.mkdir(parents=True, exist_ok=True)
    made = create_backup(live, target, kind="copy", reason="moved to this computer", check="quick",
                         staged=False, record=False)
    manifest_path(made.path).unlink(missing_ok=True)
    if keys.key_file_path(live).exists():   # an encrypted database: its key file goes along
        shutil.copyfile(keys.key_file_path(live), keys.key_file_path(made.path))
    db = connect(made.path)
    try:
        with db.ensure_autocommit_on():
            db.execute("PRAGMA journal_mode = WAL")
        audit(db, "copy", str(target), records=sum(made.counts.values()), sha256=made.sha256,
              detail=json.dumps({"from": str(live)}, ensure_ascii=False))
    finally:
        db.close()
    return made.path
