"""``python -m desktop_app backup create|verify|restore|list``."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from desktop_app.core.backup.crypto import normalise_passphrase
from desktop_app.core.errors import UserError


def _passphrase(args, *, confirm: bool) -> str | None:
    if getattr(args, "passphrase_file", None):
        try:
            text = Path(args.passphrase_file).read_text(encoding="utf-8")
        except OSError as e:
            raise UserError("cli.cannot_read_passphrase_file", file=args.passphrase_file, error=e.strerror) from None
        if not normalise_passphrase(text):
            raise UserError("cli.passphrase_first_line_empty", file=args.passphrase_file)
        # Given whole: core uses its first line, and the whole text for backups that
        # older versions encrypted with it.
        return text
    if not sys.stdin.isatty():
        raise UserError("cli.give_passphrase_file")
    first = getpass.getpass("Passphrase: ")
    if confirm and normalise_passphrase(getpass.getpass("Passphrase again: ")) != normalise_passphrase(first):
        raise UserError("cli.two_passphrases_differ")
    return first


def _db_path(args) -> Path:
    from desktop_app.core.storage.paths import default_db_path
    db = getattr(args, "db", None)
    return Path(db) if db else default_db_path()


def _progress(done: int, total: int, text: str = "") -> bool:
    if sys.stderr.isatty() and total:
        print(f"\r{text or 'Working'}: {100 * done // total:3d}%", end="", file=sys.stderr, flush=True)
    return True


def cmd_create(args) -> int:
    from desktop_app.core.backup.archive import create_backup

    passphrase = None
    if args.encrypt:
        passphrase = _passphrase(args, confirm=True) or ""
        if len(normalise_passphrase(passphrase)) < 8:
            raise UserError("cli.passphrase_too_short")
    elif args.passphrase_file:
        raise UserError("cli.passphrase_file_needs_encrypt")
    path = _db_path(args)
    made = create_backup(path, args.dest, passphrase=passphrase, check=args.check, progress=_progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"backup written: {made.path}")
    print(f"  {made.size / 1e6:.1f} MB, {made.members:,} members, SHA-256 {made.sha256}"
          f"{', encrypted' if made.encrypted else ''}; checked in {made.seconds:.1f} s")
    for warning in made.warnings:
        print(_warning_line(warning), file=sys.stderr)
    return 0


def cmd_verify(args) -> int:
    from desktop_app.core.backup.archive import verify_backup
    from desktop_app.core.backup.crypto import is_encrypted

    passphrase = _passphrase(args, confirm=False) if (args.passphrase_file or is_encrypted(args.file)) else None
    verdict = verify_backup(args.file, passphrase=passphrase, level=args.level, progress=_progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if not verdict.ok:
        raise UserError("cli.backup_not_ok", file=args.file, reason=verdict.reason)
    print(f"{args.file}: OK ({verdict.seconds:.1f} s)")
    for c in verdict.checks:
        print(f"  - {c}")
    return 0


def cmd_restore(args) -> int:
    from desktop_app.core.backup.archive import restore_backup
    from desktop_app.core.backup.crypto import is_encrypted

    passphrase = _passphrase(args, confirm=False) if (args.passphrase_file or is_encrypted(args.file)) else None
    live = _db_path(args)
    result = restore_backup(args.file, live, passphrase=passphrase, progress=_progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"restored {args.file} into {result.path} ({result.counts.get('members', 0):,} members)")
    if result.schema_from:
        from desktop_app.core.storage.migrations import SCHEMA_VERSION
        if result.schema_from < SCHEMA_VERSION:
            print(f"  updated from data version {result.schema_from} to {SCHEMA_VERSION}")
    if result.safety_backup:
        print(f"  the database as it was before: {result.safety_backup}")
    for warning in result.warnings:
        print(_warning_line(warning), file=sys.stderr)
    return 0


def cmd_list(args) -> int:
    from desktop_app.core.backup.archive import list_backups

    found = list_backups(args.folder)
    for i in found:
        state = {True: "ok", False: "DAMAGED?", None: "encrypted"}[i.intact]
        members = f"{i.members:,} members" if i.members is not None else ""
        print(f"{i.created.astimezone():%Y-%m-%d %H:%M}  {i.size / 1e6:8.1f} MB  {state:<9} "
              f"{members:<16} {i.path}")
    print(f"{len(found)} backups in {args.folder or 'the backups folder'}", file=sys.stderr)
    return 0


def register(sub, common) -> None:
    # --db may come before or after "backup" and the action: ``common`` has no default of
    # its own, so the nested parsers do not reset it.
    p = sub.add_parser("backup", parents=[common], help="create, verify, restore and list backups")
    bsub = p.add_subparsers(dest="backup_command", metavar="ACTION", required=True)

    c = bsub.add_parser("create", parents=[common], help="back up the database to a folder or file")
    c.add_argument("dest", type=Path, help="folder (a name is chosen) or file name")
    c.add_argument("--encrypt", action="store_true", help="encrypt with a passphrase (AES-256-GCM)")
    c.add_argument("--passphrase-file", type=Path, metavar="F", help="read the passphrase from this file")
    c.add_argument("--check", choices=["quick", "full", "none"], default="quick",
                   help="SQLite check of the copy before it is named (default: quick)")
    c.set_defaults(func=cmd_create)

    v = bsub.add_parser("verify", parents=[common], help="check a backup file")
    v.add_argument("file", type=Path)
    v.add_argument("--passphrase-file", type=Path, metavar="F")
    v.add_argument("--level", choices=["standard", "quick", "full"], default="standard",
                   help="standard: hash, header, counts; quick: also quick_check; "
                        "full: integrity_check and foreign_key_check")
    v.set_defaults(func=cmd_verify)

    r = bsub.add_parser("restore", parents=[common], help="replace the database with a verified backup")
    r.add_argument("file", type=Path)
    r.add_argument("--passphrase-file", type=Path, metavar="F")
    r.set_defaults(func=cmd_restore)

    ls = bsub.add_parser("list", parents=[common], help="list backups (default: the automatic ones)")
    ls.add_argument("folder", type=Path, nargs="?")
    ls.set_defaults(func=cmd_list)


def _warning_line(warning: object) -> str:
    from desktop_app.cli.main import warning_line

    return warning_line(warning)
