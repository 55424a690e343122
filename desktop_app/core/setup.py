"""First run and later changes of the setup: the managing body, the data folder, the
language. No Qt here: the wizard (ui/first_run.py) and the settings dialog only collect
answers and call these functions, so the same steps are tested without a window.

The live database must never sit on a USB stick or a network drive (a pulled stick or a
dropped connection corrupts SQLite files); ``removable_reason`` is the one check both the
wizard and the settings dialog use.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.errors import ValidationError
from desktop_app.core.messages import Message
from desktop_app.core.records.bodies import KINDS, own_body, propose_short_name, propose_symbol, set_own_body
from desktop_app.core.storage import config as config_mod
from desktop_app.core.storage import keys
from desktop_app.core.storage import sqlite_driver as sqlite3  # SQLCipher: one library for every file
from desktop_app.core.storage.files import CopyDamaged, copy_database, keyed
from desktop_app.core.storage.paths import data_dir

DB_FILE_NAME = "socongdoan.sqlite3"
START_CHOICES = ("demo", "empty", "restore", "existing")


@dataclass
class FirstRunAnswers:
    """What the first-run wizard asks."""
    body_name: str
    body_kind: str = "district"
    parent_name: str = ""
    parent_kind: str = "city"
    short_name: str = ""
    parent_short_name: str = ""
    place_name: str = ""
    symbol: str = ""                    # ký hiệu in document numbers; "" proposes one from the kind
    data_folder: Path | None = None     # None: the user data folder
    start: str = "empty"                # one of START_CHOICES
    backup_file: Path | None = None     # with start == "restore"
    passphrase: str = ""                # for an encrypted backup
    language: str = "vi"
    encrypt: bool = True                # a new database is encrypted at rest (SQLCipher)
    recovery_passphrase: str = ""       # wraps its key in the key file; may be set later


# --- where the data may live -------------------------------------------------------

def _existing_ancestor(path: Path) -> Path:
    path = Path(path).expanduser().absolute()
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


def _windows_drive_reason(path: Path) -> Message | None:
    import ctypes  # noqa: PLC0415 - Windows only

    path = Path(path)
    anchor = (path if path.is_absolute() else path.absolute()).anchor
    if anchor.startswith("\\\\"):
        return Message("setup.drive_network_share")
    kind = ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(anchor))
    # 2 DRIVE_REMOVABLE, 4 DRIVE_REMOTE, 5 DRIVE_CDROM
    code = {2: "setup.drive_removable", 4: "setup.drive_network", 5: "setup.drive_cd"}.get(kind)
    return Message(code) if code else None


def _linux_removable_flag(path: Path) -> bool:
    """The kernel's ``removable`` flag of the block device holding ``path``."""
    try:
        st = os.stat(path)
    except OSError:
        return False
    device = Path(f"/sys/dev/block/{os.major(st.st_dev)}:{os.minor(st.st_dev)}")
    try:
        node = device.resolve(strict=True)
    except OSError:
        return False  # not a block device (tmpfs, overlay, network file system)
    # A partition's folder has no useful flag of its own; its disk is the parent folder.
    for folder in (node, node.parent):
        flag = folder / "removable"
        try:
            if flag.read_text().strip() == "1":
                return True
        except OSError:
            continue
    return False


def removable_reason(folder: Path | str) -> Message | None:
    """Why ``folder`` must not hold the live database (None when it is fine)."""
    folder = Path(folder).expanduser().absolute()
    if sys.platform == "win32":
        return _windows_drive_reason(folder)
    text = folder.as_posix()
    if text.startswith(("/media/", "/run/media/", "/mnt/usb")):
        return Message("setup.drive_removable")
    if _linux_removable_flag(_existing_ancestor(folder)):
        return Message("setup.drive_removable")
    return None


def check_data_folder(folder: Path | str) -> Path:
    """The folder as an absolute path, created if needed; ValidationError when refused."""
    text = str(folder).strip()
    if not text:
        raise ValidationError("data_folder", "setup.choose_folder")
    path = Path(text).expanduser().absolute()
    reason = removable_reason(path)
    if reason:
        raise ValidationError("data_folder",
                              "setup.folder_on_removable", path=path, reason=reason)
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / ".socongdoan-write-test"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as e:
        raise ValidationError("data_folder", "setup.cannot_write", path=path, error=e.strerror or e) from None
    return path


def database_has_data(path: Path | str) -> bool:
    """True when ``path`` is a non-empty file (a database someone already uses)."""
    try:
        return Path(path).stat().st_size > 0
    except OSError:
        return False


# --- first run ---------------------------------------------------------------------

def _validate_body(answers: FirstRunAnswers) -> None:
    if not answers.body_name.strip() and answers.start != "restore":  # a backup brings its own
        raise ValidationError("body_name", "setup.body_name_required")
    if answers.body_kind not in KINDS:
        raise ValidationError("body_kind", "body.unknown_kind", kind=repr(answers.body_kind))
    if answers.parent_kind not in KINDS:
        raise ValidationError("parent_kind", "body.unknown_kind", kind=repr(answers.parent_kind))
    if answers.start not in START_CHOICES:
        raise ValidationError("start", "setup.unknown_way_start", start=repr(answers.start))
    if answers.language not in ("vi", "en"):
        raise ValidationError("language", "setup.unknown_language", language=repr(answers.language))


def restore_available() -> bool:
    """Whether this build can restore a backup (the backup module provides it)."""
    from desktop_app.core.backup import archive as backup
    return callable(getattr(backup, "restore_backup", None))


def _restore(source: Path, target: Path, passphrase: str) -> None:
    """Restore ``source`` into the new database file ``target`` with core.backup, which
    verifies the backup (and decrypts it) before anything is written."""
    from desktop_app.core.backup.archive import restore_backup

    restore_backup(source, target, passphrase=passphrase or None)


def apply_first_run(answers: FirstRunAnswers, config: config_mod.Config | None = None) -> Path:
    """Create (or restore) the database, record the managing body and save the config.

    Returns the database file. Nothing is written to the config until the database
    is ready, so a failure leaves the wizard to run again next time.
    """
    from desktop_app.core.storage.db import open_db

    _validate_body(answers)
    folder = check_data_folder(answers.data_folder or data_dir())
    path = folder / DB_FILE_NAME
    if answers.start == "restore":
        if not answers.backup_file or not Path(answers.backup_file).is_file():
            raise ValidationError("backup_file", "setup.choose_backup_file")
        if not restore_available():
            raise ValidationError("start", "setup.cannot_restore")
        if database_has_data(path):
            raise ValidationError("data_folder", "setup.restore_target_exists", path=path)
        _restore(Path(answers.backup_file), path, answers.passphrase)
    elif answers.start == "existing":
        if not database_has_data(path):
            raise ValidationError("data_folder", "setup.no_database_in_folder", folder=folder)
    elif database_has_data(path):
        raise ValidationError("data_folder",
                              "setup.folder_has_data", path=path)

    key = None
    if answers.start in ("demo", "empty") and answers.encrypt:
        from desktop_app.core.storage.encryption import key_for_new_database
        key = key_for_new_database(path, answers.recovery_passphrase or None)
    db = open_db(path, key=key)
    try:
        if answers.start == "demo":
            from desktop_app.core.demo.builder import build_demo
            build_demo(db, "district")
        # The user's answers override whatever the demo or the restored file had.
        if answers.start in ("demo", "empty") or answers.body_name.strip():
            set_own_body(db, name=answers.body_name, kind=answers.body_kind,
                         parent_name=answers.parent_name or None, parent_kind=answers.parent_kind,
                         short_name=answers.short_name or None,
                         parent_short_name=answers.parent_short_name or None,
                         place_name=answers.place_name or None,
                         doc_code=answers.symbol or propose_symbol(answers.body_kind))
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()

    cfg = config if config is not None else config_mod.load()
    cfg.db_path = str(path)
    cfg.language = answers.language
    cfg.first_run_done = True
    config_mod.remember_file(cfg, path)
    config_mod.save(cfg)
    return path


# --- settings ---------------------------------------------------------------------

def body_settings(db) -> dict:
    """The managing body's fields for the settings dialog (empty strings when unset)."""
    body = own_body(db) or {}
    parent_kind = "city"
    if body.get("parent_id"):
        row = db.execute("SELECT kind FROM bodies WHERE id = ?", [body["parent_id"]]).fetchone()
        parent_kind = row[0] if row else parent_kind
    return {"name": body.get("name") or "", "kind": body.get("kind") or "district",
            "short_name": body.get("short_name") or "",
            "parent_name": body.get("parent_name") or "", "parent_kind": parent_kind,
            "parent_short_name": body.get("parent_short_name") or "",
            "place_name": body.get("place_name") or "", "symbol": body.get("doc_code") or ""}


def follow_name_change(old: dict, new: dict, given: frozenset[str] | set[str] = frozenset()) -> dict:
    """``new`` with the short name proposed again when the name changed and the ký hiệu
    when the kind changed, unless the user gave them (``given``): after renaming a
    district federation to "Công đoàn phường Từ Liêm" (kind ward) no header may still read
    "LĐLĐ QUẬN NAM TỪ LIÊM", nor a number "…/BC-LĐLĐ"."""
    out = dict(new)
    if out.get("name") != old.get("name") and "short_name" not in given:
        out["short_name"] = propose_short_name(out.get("name"))
    if out.get("kind") != old.get("kind") and "symbol" not in given:
        out["symbol"] = propose_symbol(out.get("kind"))
    return out


def save_body_settings(db, values: dict) -> int:
    """Store the managing body from the settings dialog; returns its id."""
    body_id = set_own_body(db, name=values.get("name", ""), kind=values.get("kind", "district"),
                           parent_name=values.get("parent_name") or None,
                           parent_kind=values.get("parent_kind", "city"),
                           short_name=values.get("short_name") or None,
                           parent_short_name=values.get("parent_short_name") or None,
                           place_name=values.get("place_name") or None,
                           doc_code=values.get("symbol") or propose_symbol(values.get("kind")))
    from desktop_app.core.storage.db import audit
    audit(db, "settings", "bodies", detail="managing body changed")
    return body_id


def _table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def move_database(source: Path | str, folder: Path | str,
                  config: config_mod.Config | None = None) -> Path:
    """Move the database into ``folder``: copy with SQLite's backup API, verify the copy
    (integrity check and the row count of every table), then point the config at it.

    The old file is kept, renamed ``*.moved-<date>.sqlite3``, so nothing is lost if the
    new disk fails soon after; the user can delete it.
    """
    source = Path(source).absolute()
    folder = check_data_folder(folder)
    target = folder / source.name
    if target.resolve() == source.resolve():
        raise ValidationError("data_folder", "setup.already_there")
    if database_has_data(target):
        raise ValidationError("data_folder", "setup.target_exists", target=target)
    key = keys.key_for(source) if keys.is_encrypted(source) else None
    src = keyed(sqlite3.connect(str(source)), key)
    key_file = keys.key_file_path(target) if keys.key_file_path(source).exists() else None
    try:
        expected = _table_counts(src)

        def same_records(copy: sqlite3.Connection) -> None:
            if _table_counts(copy) != expected:
                raise ValidationError("data_folder", "setup.copy_differs")

        if key_file is not None:   # an encrypted database stays encrypted, same key, its key file beside it
            shutil.copyfile(keys.key_file_path(source), key_file)
        # the target is empty (checked above): overwriting it loses nothing
        copy_database(src, target, check="full", verify=same_records, overwrite=True, key=key)
    except CopyDamaged as e:
        if key_file is not None:
            key_file.unlink(missing_ok=True)
        raise ValidationError("data_folder", "setup.copy_damaged", folder=folder, problem=str(e)) from None
    except BaseException:
        if key_file is not None:
            key_file.unlink(missing_ok=True)
        raise
    finally:
        src.close()

    cfg = config if config is not None else config_mod.load()
    cfg.db_path = str(target)
    cfg.recent_files = [p for p in cfg.recent_files if Path(p) != source]
    config_mod.remember_file(cfg, target)
    config_mod.save(cfg)

    stamp = dt.date.today().strftime("%Y%m%d")
    kept = source.with_name(f"{source.stem}.moved-{stamp}{source.suffix}")
    n = 1
    while kept.exists():
        n += 1
        kept = source.with_name(f"{source.stem}.moved-{stamp}-{n}{source.suffix}")
    try:
        os.replace(source, kept)
        for extra in ("-wal", "-shm"):
            Path(str(source) + extra).unlink(missing_ok=True)
    except OSError:
        pass  # still open elsewhere (Windows): the old file stays under its name
    return target


def set_language(language: str, config: config_mod.Config | None = None) -> config_mod.Config:
    """Save the interface language ("vi" or "en"); it takes effect at the next start."""
    if language not in ("vi", "en"):
        raise ValidationError("language", "setup.unknown_language", language=repr(language))
    cfg = config if config is not None else config_mod.load()
    cfg.language = language
    config_mod.save(cfg)
    return cfg
