"""Opening a database file: pragmas, our application id, migrations.

Every connection the program makes goes through ``open_db`` so that foreign keys
are enforced and commits are durable everywhere, not just where someone remembered.
"""

from __future__ import annotations

import contextlib
import functools
import tempfile
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from desktop_app.core.errors import DatabaseFileError
from desktop_app.core.messages import Message
from desktop_app.core.storage import keys
from desktop_app.core.storage import sqlite_driver as sqlite3  # SQLCipher: one library for every file
from desktop_app.core.storage.files import (
    keyed,
    open_read_only,
    read_only_location,
    remove_leftover_dirs,
    remove_leftovers,
)
from desktop_app.core.storage.migrations import MIGRATIONS, SCHEMA_VERSION
from desktop_app.core.storage.paths import default_db_path, staging_dir
from desktop_app.core.vocabulary import status_after_sql, union_after_sql

# "SCĐD" in ASCII: Sổ Công Đoàn. Stored in the file header at offset 68.
APPLICATION_ID = 0x53434444
SQLITE_HEADER = b"SQLite format 3\x00"
# How long a writer waits for another one (another window, an import in another program)
# before saying so: an import of a whole district takes seconds, not minutes.
BUSY_TIMEOUT_MS = 30_000
MERGE_COPY_PREFIX = "socongdoan-merge-"


class Database(sqlite_utils.Database):
    """sqlite-utils' Database whose transactions queue for the write lock at BEGIN.

    ``atomic()`` starts with ``BEGIN IMMEDIATE``: a writer waits (busy timeout) for
    another one to finish instead of reading first and then failing at its first write
    with "database is locked" (SQLite cannot upgrade a read snapshot that another
    writer has overtaken). ``read_only`` is True for a file opened only to be read.
    """

    read_only = False

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            self._commit()
        except BaseException:
            self.rollback()
            raise

    def _commit(self) -> None:
        self.conn.execute("COMMIT")


def explain(e: sqlite3.Error, path: Path | str | None = None) -> Message:
    """What a database error means for the user, in one sentence."""
    name: object = Path(path).name if path else Message("database.the_database")
    text = str(e).lower()
    if "full" in text:
        return Message("database.disk_full", name=name)
    if "locked" in text or "busy" in text:
        return Message("database.busy", name=name)
    if "readonly" in text or "read-only" in text:
        return Message("database.read_only", name=name)
    if "disk i/o" in text or "unable to open" in text:
        return Message("database.io_error", name=name)
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return Message("database.damaged", name=name, error=str(e))
    return Message("database.error", name=name, error=str(e))


def check_file(path: Path) -> None:
    """Refuse, with a clear message, a file that is not one of our databases.

    Looks at the header bytes first so that a Word document or a zip file is refused
    before SQLite is asked to open it.
    """
    try:
        with open(path, "rb") as f:
            header = f.read(100)
    except OSError as e:
        raise DatabaseFileError("database.cannot_read", path=path, error=e.strerror) from None
    if not header:
        return  # an empty file becomes a new database
    if len(header) == 100 and not header.startswith(SQLITE_HEADER) and keys.looks_encrypted(path):
        return  # SQLCipher's salt, not a header: checked once the key opens it (check_keyed)
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise DatabaseFileError("database.not_sqlite", path=path)
    _check_ids(path, int.from_bytes(header[68:72], "big"), int.from_bytes(header[60:64], "big"))


def _check_ids(path: Path, app_id: int, version: int) -> None:
    if app_id != APPLICATION_ID:
        raise DatabaseFileError(
            "database.foreign", path=path
        )
    if version > SCHEMA_VERSION:
        raise DatabaseFileError(
            "database.newer_version", path=path, version=version, known=SCHEMA_VERSION
        )


def connect(path: Path | str, key: keys.DatabaseKey | None = None) -> Database:
    """A connection with our pragmas, without any check or migration.

    An encrypted file is opened with ``key``, or the key the key store holds for it.
    """
    if key is None and keys.is_encrypted(path):
        key = keys.key_for(path)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    if key is not None:
        conn.execute(f"PRAGMA key = {key.pragma_value}")
        check_keyed(conn, Path(path))
    return _with_pragmas(Database(conn), key)


def _with_pragmas(db: Database, key: keys.DatabaseKey | None = None) -> Database:
    db.encryption_key = key   # backups and snapshots of this file are written with the same key
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = FULL")
    db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
    # 64 MB of page cache: the city-scale indexes are tens of MB and random lookups
    # into them thrash SQLite's 2 MB default.
    db.execute("PRAGMA cache_size = -65536")
    return db


def check_keyed(conn, path: Path) -> None:
    """After ``PRAGMA key``: the key opens the file, and the file is ours."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError:
        conn.close()
        raise DatabaseFileError("encryption.key_does_not_open", path=path) from None
    if app_id or version:   # zero for a new file the key is about to create
        try:
            _check_ids(path, app_id, version)
        except DatabaseFileError:
            conn.close()
            raise


def key_of(db: sqlite_utils.Database) -> keys.DatabaseKey | None:
    """The key ``db`` was opened with; None for a plain file."""
    return getattr(db, "encryption_key", None)


def connect_copy(path: Path | str, key: keys.DatabaseKey | None):
    """A bare connection on a new file that receives a copy (``Connection.backup``):
    keyed like its source, since SQLCipher copies pages only between equal keys."""
    return keyed(sqlite3.connect(str(path), check_same_thread=False), key)


def open_db(path: Path | str | None = None, *, create: bool = True, migrate: bool = True,
            read_only: bool = False, read_only_fallback: bool = False,
            key: keys.DatabaseKey | None = None) -> Database:
    """Open (or create) a database file of this program and bring it up to date.

    ``read_only``: open an existing file only to read it (commands that only read: the
    file may be on a write-protected drive). ``read_only_fallback``: open for writing,
    but read-only when the file or its drive cannot be written (``db.read_only`` says
    which). Also removes what interrupted operations left behind (``clean_leftovers``).

    ``key`` creates a new file encrypted (or opens an encrypted one with it); without
    it, an encrypted file is opened with the key the key store holds.

    Raises DatabaseFileError for a file that is not ours, a file from a newer
    version of the program, or a missing file when ``create`` is False.
    """
    path = Path(path) if path is not None else default_db_path()
    if path.exists():
        check_file(path)
        clean_leftovers(path)
        if read_only or (read_only_fallback and read_only_location(path)):
            return _open_read_only(path, key)
        if read_only_location(path):
            raise DatabaseFileError("database.read_only", name=path.name)
    elif not create or read_only:
        raise DatabaseFileError("backup.no_such_database_file", path=path)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        clean_leftovers(path)
    try:
        return _open_for_writing(path, migrate, key)
    except DatabaseFileError as e:
        # Windows reports a write-protected stick only when SQLite tries to write.
        cause = e.params.get("error")
        if read_only_fallback and path.exists() and getattr(cause, "code", "") in ("database.read_only",
                                                                                  "database.io_error"):
            return _open_read_only(path, key)
        raise


def _open_for_writing(path: Path, migrate: bool, key: keys.DatabaseKey | None = None) -> Database:
    db = None
    try:
        db = connect(path, key)
        is_new = db.execute("PRAGMA application_id").fetchone()[0] == 0
        if is_new and db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            db.close()
            raise DatabaseFileError("database.foreign", path=path)
        with db.ensure_autocommit_on():
            db.execute("PRAGMA journal_mode = WAL")
        if migrate:
            upgrade(db, path)
        return db
    except sqlite3.DatabaseError as e:
        if db is not None:
            db.close()
        raise DatabaseFileError("database.cannot_open", path=path, error=explain(e, path)) from None


def connect_read_only(path: Path | str, key: keys.DatabaseKey | None = None) -> Database:
    """A connection that only reads, with our pragmas; works on a write-protected drive
    too (see ``files.open_read_only``). No check, no migration. An encrypted file is
    opened with ``key``, or the key the key store holds for it."""
    path = Path(path)
    if key is None and keys.is_encrypted(path):
        key = keys.key_for(path)
    conn = open_read_only(path, key)
    if key is not None:
        check_keyed(conn, path)
    db = _with_pragmas(Database(conn), key)
    db.read_only = True
    return db


def _open_read_only(path: Path, key: keys.DatabaseKey | None = None) -> Database:
    try:
        db = connect_read_only(path, key)
        version = schema_version(db)
    except sqlite3.DatabaseError as e:
        raise DatabaseFileError("database.cannot_open", path=path, error=explain(e, path)) from None
    if version < SCHEMA_VERSION:
        db.close()
        raise DatabaseFileError("database.old_on_read_only", name=path.name)
    return db


@functools.cache
def expected_schema(version: int) -> dict[str, frozenset[str]]:
    """The tables (with their columns) a file of data version ``version`` holds: the
    migration steps run on an empty in-memory database."""
    db = Database(sqlite3.connect(":memory:"))
    try:
        for step in MIGRATIONS[:version]:
            with db.atomic():
                step(db)
        return _tables(db.conn)
    finally:
        db.close()


def _tables(conn: sqlite3.Connection) -> dict[str, frozenset[str]]:
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {n: frozenset(r[1] for r in conn.execute(f'PRAGMA table_info("{n}")')) for n in names}


def schema_problems(conn: sqlite3.Connection, version: int) -> list[str]:
    """What the database behind ``conn`` lacks of the schema of ``version``: missing
    tables by name, missing columns as ``table.column``. Empty when complete."""
    if version < 1:
        return [Message("database.no_data_tables")]
    have = _tables(conn)
    problems = []
    for table, columns in expected_schema(version).items():
        if table not in have:
            problems.append(table)
        else:
            problems += [f"{table}.{c}" for c in sorted(columns - have[table])]
    return problems


def clean_leftovers(path: Path) -> list[Path]:
    """Remove the temporary files that interrupted operations (a killed program, a
    power cut) left: copies beside the database (restore, move), the plaintext
    snapshots of the backups' staging folder, and private copies of merged files. A
    file whose writer is still running is kept (see ``files.is_leftover``)."""
    gone = remove_leftovers(path.parent, prefix=f".{path.name}.")
    gone += remove_leftovers(staging_dir())
    gone += remove_leftover_dirs(Path(tempfile.gettempdir()), MERGE_COPY_PREFIX)
    return gone


def schema_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def upgrade(db: sqlite_utils.Database, path: Path | None = None) -> int:
    """Run the pending migrations, each in its own transaction; return the version.

    Before upgrading a file that already holds data (``path`` given), a checked copy
    goes to the backups folder (``backup.archive.safety_backup``), so a migration that
    goes wrong in the field can be undone with an ordinary restore.
    """
    version = schema_version(db)
    if version > SCHEMA_VERSION:
        raise DatabaseFileError(
            "database.version_newer", version=version, known=SCHEMA_VERSION
        )
    if version == SCHEMA_VERSION:
        return version
    if version > 0 and path is not None:
        # Imported here: the backup package builds on this module.
        from desktop_app.core.backup.archive import safety_backup

        safety_backup(db, f"before upgrade from version {version}")
    for number in range(version + 1, SCHEMA_VERSION + 1):
        step = MIGRATIONS[number - 1]
        with db.atomic():
            step(db)
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {number}")
    return SCHEMA_VERSION


@contextlib.contextmanager
def triggers_suspended(db: sqlite_utils.Database, *tables: str, indexes: bool = False) -> Iterator[None]:
    """Drop the triggers (and with ``indexes``, the secondary indexes) on ``tables``
    for a bulk load, then put them back.

    Must run inside a transaction: if the load fails, the rollback restores them
    too. The caller rebuilds what the triggers maintain (see ``rebuild_derived``)
    before the block ends. Building an index once over loaded rows is several
    times faster than updating it row by row in random order.
    """
    if not db.conn.in_transaction:
        raise RuntimeError("triggers_suspended must run inside a transaction")
    marks = ",".join("?" * len(tables))
    kinds = "('trigger', 'index')" if indexes else "('trigger')"
    saved = db.execute(
        f"SELECT type, name, sql FROM sqlite_master WHERE type IN {kinds} AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks})",
        tables,
    ).fetchall()
    for kind, name, _ in saved:
        db.execute(f"DROP {kind.upper()} {name}")
    # Bulk inserts land in random places of the uid/CCCD indexes: give them room.
    cache = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute("PRAGMA cache_size = -262144")
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = {cache}")
    for _, _, sql in saved:
        db.execute(sql)


def rebuild_search(db: sqlite_utils.Database) -> None:
    """Rebuild the full-text indexes over members and unions from their tables."""
    db.execute("INSERT INTO members_fts(members_fts) VALUES ('rebuild')")
    db.execute("INSERT INTO unions_fts(unions_fts) VALUES ('rebuild')")


def rebuild_derived(db: sqlite_utils.Database) -> None:
    """Recompute every member's current union/status from history and rebuild the
    search indexes; the same result the triggers give row by row."""
    db.execute(
        f"""
        UPDATE members SET union_id = h.u, status = h.s, status_on = h.d, joined_on = h.j
        FROM (
          SELECT member_id,
                 {union_after_sql("kind", "union_id")} AS u,
                 {status_after_sql("kind")} AS s,
                 on_date AS d, j
          FROM (
            SELECT member_id, kind, union_id, on_date,
                   row_number() OVER (PARTITION BY member_id ORDER BY on_date DESC, id DESC) AS rn,
                   min(CASE WHEN kind = 'join' THEN on_date END) OVER (PARTITION BY member_id) AS j
            FROM memberships)
          WHERE rn = 1) AS h
        WHERE members.id = h.member_id
        """
    )
    db.execute(
        "UPDATE members SET union_id = NULL, status = 'none', status_on = NULL, joined_on = NULL "
        "WHERE status != 'none' AND NOT EXISTS (SELECT 1 FROM memberships WHERE member_id = members.id)"
    )
    rebuild_search(db)


def get_setting(db: sqlite_utils.Database, key: str, default: str | None = None) -> str | None:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else default


def set_setting(db: sqlite_utils.Database, key: str, value: str | None) -> None:
    with db.atomic():
        db.execute(
            "INSERT INTO settings(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )


def audit(db: sqlite_utils.Database, action: str, target: str | None = None,
          records: int | None = None, sha256: str | None = None, detail: str | None = None) -> None:
    """Record an export, backup, restore, import or merge in the audit log."""
    with db.atomic():
        db.execute(
            "INSERT INTO audit_log(action, target, records, sha256, detail, actor) VALUES (?,?,?,?,?,?)",
            [action, target, records, sha256, detail, actor()],
        )


def audit_done(db: sqlite_utils.Database, action: str, target: str | None = None, **fields) -> Message | None:
    """``audit`` for work that is already finished (a file written): a failure to write
    the row must not turn a finished backup or export into a reported failure. Returns
    None, or a message saying why the row could not be written."""
    if getattr(db, "read_only", False):
        return Message("database.not_logged_read_only", name=_db_name(db))
    try:
        audit(db, action, target, **fields)
    except sqlite3.OperationalError as e:
        if "no such table" in str(e):
            return None   # a file of the first version: no audit log yet
        return Message("database.not_logged", error=explain(e, database_file(db)))
    return None


def database_file(db: sqlite_utils.Database) -> str | None:
    """The file behind ``db`` (None for an in-memory database)."""
    row = db.execute("PRAGMA database_list").fetchone()
    return row[2] if row and row[2] else None


def _db_name(db: sqlite_utils.Database) -> object:
    file = database_file(db)
    return Path(file).name if file else Message("database.the_database")
def actor() -> str | None:
    """Who is working: the operating system's account name (an office PC is shared by
    turns, each officer with their own Windows account)."""
    import getpass

    try:
        return getpass.getuser() or None
    except (OSError, KeyError, ImportError):
        return None
