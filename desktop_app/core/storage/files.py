"""Writing files so that an interruption leaves the old file or the new one, never half.

Every file the program saves (settings, PDFs, workbooks, manifests, backups, copies of a
database) is written under a hidden temporary name in the destination folder, flushed
to the device, and renamed over the final name; the folder is then flushed so the rename
itself survives a power cut. Two primitives do it:

- ``atomic_write`` (a context manager yielding the open file) and ``write_atomically``
  (the same with a callback) for ordinary files;
- ``copy_database`` for a consistent, checked copy of a live SQLite database through the
  online backup API (``snapshot`` is its first half, for callers that check the copy
  their own way, like the backups).

Temporary names carry the writer's process id (``.NAME.<pid>-<token>.partial``), so the
next start can tell the leftover of a killed program from a write still in progress in
another window (``remove_leftovers``).
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, BinaryIO

from desktop_app.core.storage import keys
from desktop_app.core.storage import sqlite_driver as sqlite3  # SQLCipher: one library for every file

PARTIAL_SUFFIX = ".partial"
PAGES_PER_STEP = 16384          # 64 MB of 4 KB pages per backup step
LEFTOVER_AGE = 3600             # seconds after which a temporary file of unknown owner is stale

# .NAME.<pid>-<token>.partial, and the names older versions used for backups and
# restores (.NAME.partial, .NAME.restore-<hex>.tmp). Nothing else in a folder the user
# chose (a stick) is ever taken for a leftover.
_OWNED = re.compile(r"^\..+\.(\d+)-[0-9a-f]{8}\.partial$")
_LEGACY = re.compile(r"^\..+\.(sqlite3|scdb-enc|manifest\.json)\.partial$|^\..+\.restore-[0-9a-f]+\.tmp$")


def temp_path(final: Path, tag: str = "") -> Path:
    """A fresh hidden temporary name beside ``final``, owned by this process."""
    final = Path(final)
    middle = f".{tag}" if tag else ""
    return final.parent / f".{final.name}{middle}.{os.getpid()}-{secrets.token_hex(4)}{PARTIAL_SUFFIX}"


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable."""
    if os.name != "posix":
        return  # Windows cannot open a directory; NTFS journals the rename itself
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace(src: Path, dst: Path, *, tries: int = 5) -> None:
    """os.replace, retried briefly: on Windows a virus scanner or the indexer can hold
    a file that was just closed for a moment."""
    for attempt in range(tries):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if attempt == tries - 1:
                raise
            time.sleep(0.2 * (attempt + 1))


def publish(tmp: Path, final: Path, *, overwrite: bool = True) -> Path:
    """Rename the finished, flushed ``tmp`` to ``final`` and flush the folder.

    With ``overwrite`` False an existing ``final`` is never replaced (FileExistsError).
    """
    if not overwrite and final.exists():
        raise FileExistsError(f"{final} already exists")
    replace(tmp, final)
    fsync_dir(final.parent)
    return final


@contextlib.contextmanager
def atomic_write(path: Path | str, mode: str = "wb", *, encoding: str | None = None,
                 overwrite: bool = True) -> Iterator[IO]:
    """Open a temporary file beside ``path`` for writing; on a clean exit flush it to
    the device and rename it over ``path``. On any error the temporary file is removed
    and ``path`` is untouched."""
    if mode not in ("wb", "w"):
        raise ValueError("atomic_write writes whole files: mode 'w' or 'wb'")
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    folder.mkdir(parents=True, exist_ok=True)
    tmp = temp_path(path)
    try:
        with open(tmp, mode.replace("w", "x"), encoding=encoding if "b" not in mode else None) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        publish(tmp, path, overwrite=overwrite)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise


def write_atomically(path: Path | str, write: Callable[[BinaryIO], object]) -> Path:
    """``atomic_write`` for a writer that takes a binary file (``wb.save``, a PDF build)."""
    path = Path(path)
    with atomic_write(path) as f:
        write(f)
    return path


def save_atomically(path: Path | str, write: Callable[[Path], object]) -> Path:
    """For a writer that needs a path of its own (it reopens the file, e.g. to rewrite a
    zip part): it writes a temporary name beside ``path``, which is flushed and renamed
    over ``path``; on any error ``path`` is untouched."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path(path)
    try:
        write(tmp)
        fsync_file(tmp)
        return publish(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise


# ---------------------------------------------------------------- copies of a database
class _Restarted(Exception):
    pass


def keyed(conn: sqlite3.Connection, key: keys.DatabaseKey | None) -> sqlite3.Connection:
    """``conn`` given ``key`` (SQLCipher's ``PRAGMA key``) before its first statement."""
    if key is not None:
        conn.execute(f"PRAGMA key = {key.pragma_value}")
    return conn


def _key_of_file(path: Path, key: keys.DatabaseKey | None) -> keys.DatabaseKey | None:
    """``key``, or for an encrypted file the key the key store (or key file) holds."""
    if key is None and path.exists() and keys.is_encrypted(path):
        return keys.key_for(path)
    return key


def snapshot(conn: sqlite3.Connection, target: Path,
             progress: Callable[[int, int], None] | None = None,
             key: keys.DatabaseKey | None = None) -> None:
    """Copy the database behind ``conn`` into the new file ``target`` through SQLite's
    online backup API, leaving a rollback-journal file (opens anywhere, read-only too).
    ``key`` is the source's: SQLCipher copies pages only between equal keys, so an
    encrypted database's copy is encrypted with the same key.

    Steps of PAGES_PER_STEP pages give progress and cancellation (``progress`` raises).
    If other connections keep committing, SQLite restarts a stepped backup from the
    start; after three restarts it is redone in one step, which holds one read snapshot
    throughout (in WAL mode writers are not blocked by it). The caller fsyncs.
    """
    target.unlink(missing_ok=True)
    dst = keyed(sqlite3.connect(str(target), check_same_thread=False), key)
    try:
        dst.execute("PRAGMA journal_mode = OFF")   # a private temporary file: fsynced by the caller
        dst.execute("PRAGMA synchronous = OFF")
        state = {"last": None, "restarts": 0}

        def step(status: int, remaining: int, total: int) -> None:
            if state["last"] is not None and remaining > state["last"]:
                state["restarts"] += 1
                if state["restarts"] > 3:
                    raise _Restarted
            state["last"] = remaining
            if progress:
                progress(total - remaining, total)

        try:
            conn.backup(dst, pages=PAGES_PER_STEP, progress=step)
        except _Restarted:
            conn.backup(dst, pages=-1)
        # The copy carries the source's header, WAL flag included.
        dst.execute("PRAGMA journal_mode = DELETE")
        dst.commit()
    finally:
        dst.close()
    for extra in ("-wal", "-shm", "-journal"):
        Path(str(target) + extra).unlink(missing_ok=True)


class CopyDamaged(Exception):
    """The copy of a database failed SQLite's check (the message says what it found)."""


def check_copy(path: Path, level: str = "quick", key: keys.DatabaseKey | None = None) -> None:
    """SQLite's quick_check ("quick") or integrity_check ("full") of a finished copy
    (opened with ``key``, or the key store's key for an encrypted file)."""
    if level == "none":
        return
    pragma = "integrity_check" if level == "full" else "quick_check"
    conn = keyed(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True), _key_of_file(path, key))
    try:
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}(5)")]
    finally:
        conn.close()
    if rows != ["ok"]:
        raise CopyDamaged(f"SQLite {pragma} found damage in the copy: {'; '.join(rows[:3])}")


@contextlib.contextmanager
def _connection(source: sqlite3.Connection | Path | str,
                key: keys.DatabaseKey | None) -> Iterator[sqlite3.Connection]:
    if isinstance(source, sqlite3.Connection):
        yield source
        return
    conn = open_read_only(Path(source), key)
    try:
        yield conn
    finally:
        conn.close()


def copy_database(source: sqlite3.Connection | Path | str, target: Path | str, *, check: str = "quick",
                  verify: Callable[[sqlite3.Connection], None] | None = None,
                  progress: Callable[[int, int], None] | None = None, overwrite: bool = False,
                  key: keys.DatabaseKey | None = None) -> Path:
    """A consistent, checked copy of ``source`` (an open connection, or a file which is
    opened read-only) at ``target``: backup API into a temporary name beside ``target``,
    SQLite's check (``check``: "quick", "full" or "none"), ``verify(copy_connection)``
    for the caller's own test, fsync, rename. Nothing appears under ``target`` unless
    every step passed. ``key``: the source's (for a file, found in the key store when
    not given); the copy is encrypted with it."""
    target = Path(target)
    tmp = temp_path(target)
    if not isinstance(source, sqlite3.Connection):
        key = _key_of_file(Path(source), key)
    try:
        with _connection(source, key) as conn:
            snapshot(conn, tmp, progress, key)
        check_copy(tmp, check, key)
        if verify is not None:
            copy = keyed(sqlite3.connect(f"{tmp.resolve().as_uri()}?mode=ro", uri=True), key)
            try:
                verify(copy)
            finally:
                copy.close()
        fsync_file(tmp)
        publish(tmp, target, overwrite=overwrite)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise
    return target


def open_read_only(path: Path, key: keys.DatabaseKey | None = None) -> sqlite3.Connection:
    """A read-only connection that also works on write-protected media.

    A WAL-mode file needs its ``-shm`` index, which SQLite cannot create on a read-only
    folder: then the file is opened as immutable, which is right for media nobody can
    write to anyway. An encrypted file is opened with ``key``, or the key store's key.
    """
    key = _key_of_file(path, key)
    uri = path.resolve().as_uri()
    conn = keyed(sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=10, check_same_thread=False), key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        if os.access(path.parent, os.W_OK) and not _read_only_device(path):
            raise
    return keyed(sqlite3.connect(f"{uri}?immutable=1", uri=True, check_same_thread=False), key)


def _read_only_device(path: Path) -> bool:
    if not hasattr(os, "statvfs"):
        return False
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def read_only_location(path: Path) -> bool:
    """Whether the database at ``path`` cannot be opened for writing: the file is
    read-only, or its folder or drive is (SQLite must create its journal files there)."""
    path = Path(path)
    return (_read_only_device(path) or not os.access(path, os.W_OK)
            or not os.access(path.parent, os.W_OK))


# ---------------------------------------------------------------- leftovers
def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "posix":
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
    import ctypes  # Windows: os.kill would terminate the process

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def is_leftover(path: Path, *, max_age: float = LEFTOVER_AGE, now: float | None = None) -> bool:
    """Whether ``path`` is a temporary file whose writer is gone: its process is no
    longer running, or (names without a process id) it is older than ``max_age``."""
    name = path.name
    owned = _OWNED.match(name)
    if owned:
        return not _alive(int(owned.group(1)))
    if _LEGACY.match(name):
        try:
            age = (now if now is not None else time.time()) - path.stat().st_mtime
        except OSError:
            return False
        return age > max_age
    return False


def private_dir(prefix: str) -> Path:
    """A new private temporary folder whose name carries this process's id, so that a
    later start can remove it if the program is killed (``remove_leftover_dirs``)."""
    import tempfile

    return Path(tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-"))


def remove_leftover_dirs(folder: Path, prefix: str, *, max_age: float = LEFTOVER_AGE) -> list[Path]:
    """Delete the ``private_dir(prefix)`` folders of processes that are gone (and, for
    names without a process id, older than ``max_age``)."""
    import shutil

    gone = []
    try:
        found = [p for p in folder.iterdir() if p.name.startswith(prefix) and p.is_dir()]
    except OSError:
        return gone
    for p in found:
        rest = p.name[len(prefix):]
        pid = rest.split("-", 1)[0]
        if pid.isdigit() and "-" in rest:
            stale = not _alive(int(pid))
        else:
            try:
                stale = time.time() - p.stat().st_mtime > max_age
            except OSError:
                continue
        if stale:
            shutil.rmtree(p, ignore_errors=True)
            gone.append(p)
    return gone


def remove_leftovers(folder: Path, *, prefix: str = ".", max_age: float = LEFTOVER_AGE) -> list[Path]:
    """Delete the temporary files left in ``folder`` by interrupted writes (names
    starting with ``prefix``); returns what was deleted. Missing folders are fine."""
    gone = []
    try:
        names = list(folder.iterdir())
    except OSError:
        return gone
    for p in names:
        if p.name.startswith(prefix) and p.is_file() and is_leftover(p, max_age=max_age):
            with contextlib.suppress(OSError):
                p.unlink()
                gone.append(p)
                for extra in ("-journal", "-wal", "-shm"):
                    Path(str(p) + extra).unlink(missing_ok=True)
    return gone
