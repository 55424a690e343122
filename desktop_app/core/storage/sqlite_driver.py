"""The one SQLite library every connection of the program goes through: SQLCipher's.

SQLCipher is SQLite with page-level AES-256 (and an HMAC per page); a connection that
is given no key reads and writes ordinary SQLite files, so plain and encrypted
databases are opened by the same library. Using the standard ``sqlite3`` module beside
it would put two copies of SQLite in one process on the same file, and POSIX locks are
per process: one copy closing the file would drop the other's locks (SQLite's "How To
Corrupt" §2.2). Modules that used ``import sqlite3`` import this module under that name;
it offers the same DB-API names (connect, Connection, Error, OperationalError...).
"""

from __future__ import annotations

from sqlcipher3.dbapi2 import *  # noqa: F403 -- the DB-API surface, as the sqlite3 module offers it
from sqlcipher3.dbapi2 import (  # noqa: F401 -- named for readers and linters
    Connection,
    DatabaseError,
    Error,
    IntegrityError,
    OperationalError,
    connect,
    sqlite_version,
)
