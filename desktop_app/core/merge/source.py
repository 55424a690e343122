"""Opening another file of this program to merge it, without ever writing to it.

The source is copied (SQLite's online backup, so a file still open elsewhere in WAL mode
gives a consistent snapshot) into a private temporary folder; every check and, for a
file of an older version, the migration run on that copy. The user's file is opened
read-only and only for the copy.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop_app.core.backup.check import sha256_file
from desktop_app.core.errors import DatabaseFileError
from desktop_app.core.storage import keys
from desktop_app.core.storage import sqlite_driver as sqlite3  # SQLCipher: one library for every file
from desktop_app.core.storage.db import (
    APPLICATION_ID,
    MERGE_COPY_PREFIX,
    check_file,
    connect,
    schema_problems,
    schema_version,
    upgrade,
)
from desktop_app.core.storage.files import copy_database, private_dir
from desktop_app.core.storage.migrations import SCHEMA_VERSION


@dataclass
class Source:
    """A validated, private, up-to-date copy of a file to merge."""

    path: Path
    db: sqlite_utils.Database
    sha256: str
    original_version: int
    former_unit: str | None
    former_unit_uid: str | None
    _tmpdir: Path | None = field(default=None, repr=False)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def label(self) -> str:
        return f"{self.name} / {self.former_unit}" if self.former_unit else self.name

    def close(self) -> None:
        try:
            self.db.close()
        finally:
            if self._tmpdir is not None:
                shutil.rmtree(self._tmpdir, ignore_errors=True)
                self._tmpdir = None

    def __enter__(self) -> Source:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def open_source(path: Path | str, target: sqlite_utils.Database | None = None) -> Source:
    """Validate ``path`` and return a private copy of it, migrated to this version.

    Refuses (DatabaseFileError, one-line message) a missing or empty file, a file that is
    not SQLite or belongs to another program, a file of a newer version, a file that fails
    SQLite's integrity check, and the open database itself.
    """
    path = Path(path)
    if not path.is_file():
        raise DatabaseFileError("excel.no_such_file", path=path)
    if path.stat().st_size == 0:
        raise DatabaseFileError("merge.empty_file", file=path.name)
    check_file(path)  # foreign files and newer versions, from the header alone
    if target is not None and _same_file(target, path):
        raise DatabaseFileError("merge.is_the_open_database", file=path.name)
    tmpdir = private_dir(MERGE_COPY_PREFIX)
    copy = tmpdir / "source.sqlite3"
    try:
        # An encrypted source is copied as it is, with its key: nothing decrypted lands
        # in the temporary folder.
        key = keys.key_for(path) if keys.is_encrypted(path) else None
        copy_database(path, copy, check="none", key=key)  # _validate runs integrity_check on it
        db = connect(copy, key)
        try:
            _validate(db, path)
            version = schema_version(db)
            if version < SCHEMA_VERSION:
                upgrade(db)  # on the private copy only
            own = db.execute("SELECT name, uid FROM bodies WHERE is_own = 1").fetchone()
        except BaseException:
            db.close()
            raise
        return Source(path=path, db=db, sha256=sha256_file(Path(path)), original_version=version,
                      former_unit=own[0] if own else None, former_unit_uid=own[1] if own else None,
                      _tmpdir=tmpdir)
    except sqlite3.DatabaseError as e:
        shutil.rmtree(tmpdir, ignore_errors=True)
        raise DatabaseFileError("merge.cannot_read", file=path.name, error=e) from None
    except BaseException:
        shutil.rmtree(tmpdir, ignore_errors=True)
        raise


def _same_file(target: sqlite_utils.Database, path: Path) -> bool:
    for _, name, file in target.execute("PRAGMA database_list").fetchall():
        if name == "main" and file:
            try:
                return Path(file).resolve() == path.resolve()
            except OSError:
                return False
    return False


def _validate(db: sqlite_utils.Database, path: Path) -> None:
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    if app_id != APPLICATION_ID:
        raise DatabaseFileError("merge.foreign_database", file=path.name)
    version = schema_version(db)
    if version > SCHEMA_VERSION:
        raise DatabaseFileError(
            "merge.newer_version", file=path.name, version=version, known=SCHEMA_VERSION)
    problems = [r[0] for r in db.execute("PRAGMA integrity_check(5)").fetchall()]
    if problems != ["ok"]:
        raise DatabaseFileError("merge.damaged", file=path.name, problem=problems[0])
    missing = schema_problems(db.conn, version)
    if missing:
        raise DatabaseFileError("merge.missing_tables", file=path.name, missing=missing[:6])
