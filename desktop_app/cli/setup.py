"""``setup`` commands: the first-run wizard and the settings dialog without a window.

Useful to prepare many office PCs the same way, and to check a bundled program::

    socongdoan-cli setup init --name "LĐLĐ quận Ba Đình" --kind district \\
        --parent "LĐLĐ thành phố Hà Nội" --place "Ba Đình" --empty
    socongdoan-cli setup show
    socongdoan-cli setup body --place "Ba Đình"
    socongdoan-cli setup move-data D:\\SoCongDoan
    socongdoan-cli setup language en
    socongdoan-cli setup encrypt --recovery-passphrase-file F
    socongdoan-cli setup recovery-sheet -o khoi-phuc.pdf
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.core.records.bodies import KINDS


def _db_path(args) -> Path:
    from desktop_app.core.storage.paths import default_db_path
    chosen = getattr(args, "db", None)
    return Path(chosen) if chosen else default_db_path()


def cmd_show(args) -> int:
    from desktop_app import __version__
    from desktop_app.cli.main import language
    from desktop_app.core.messages import Message, render
    from desktop_app.core.records.bodies import header_lines
    from desktop_app.core.setup import body_settings, removable_reason
    from desktop_app.core.storage import config
    from desktop_app.core.storage.db import open_db
    from desktop_app.core.storage.paths import data_dir

    cfg = config.load()
    path = _db_path(args)
    print(f"version:        {__version__}")
    print(f"config file:    {config.config_path()}")
    print(f"first run done: {'yes' if cfg.first_run_done else 'no'}")
    print(f"language:       {cfg.language}")
    print(f"data folder:    {data_dir()}")
    print(f"database:       {path}" + ("" if path.exists() else "  (not created yet)"))
    reason = removable_reason(path.parent)
    if reason:
        print(render(Message("cli.database_on_removable", reason=reason), language()))
    if path.exists():
        db = open_db(path, create=False, read_only_fallback=True)
        try:
            body = body_settings(db)
            parent_line, own_line = header_lines(db)
        finally:
            db.close()
        print(f"managing body:  {body['name'] or '-'} ({body['kind']})")
        print(f"parent body:    {body['parent_name'] or '-'} ({body['parent_kind']})")
        print(f"place name:     {body['place_name'] or '-'}")
        print(f"short name:     {body['short_name'] or '-'}")
        print(f"ký hiệu:        {body['symbol'] or '-'}")
        print(f"document header: {parent_line} / {own_line}")
        _print_encryption(path)
    return 0


def _print_encryption(path: Path) -> None:
    from desktop_app.core.storage.encryption import state
    s = state(path)
    if not s.encrypted:
        print("encryption:     none (setup encrypt --recovery-passphrase-file F encrypts the file)")
        return
    print(f"encryption:     SQLCipher (AES-256); key kept by: {s.key_store}"
          + ("" if s.key_store_protected else " (a file only this user can read: no OS key store here)"))
    print(f"key file:       {s.key_file or 'none: no recovery passphrase is set (setup recovery-passphrase)'}")


def cmd_encrypt(args) -> int:
    from desktop_app.core.storage import keys
    from desktop_app.core.storage.encryption import encrypt_in_place
    chosen = getattr(args, "recovery_passphrase_file", None)
    if not chosen:
        from desktop_app.core.errors import UserError
        raise UserError("encryption.passphrase_file_required")
    passphrase = keys.read_passphrase_file(chosen)
    outcome = encrypt_in_place(_db_path(args), passphrase)
    print(f"encrypted: {outcome.path} ({outcome.tables} tables, {outcome.records} records checked)")
    print(f"key kept by: {outcome.key_store}; recovery key file: {outcome.key_file}")
    if not outcome.key_store_protected:
        print("note: this computer has no OS key store; the key is in a file only this user can read "
              "(it protects copies and backups of the database, not this user account)")
    for copy in outcome.plain_copies:
        print(f"warning: {copy} is an older, unencrypted copy; delete it once you no longer need it")
    print("print the recovery sheet (setup recovery-sheet -o FILE.pdf) and keep the passphrase safe")
    return 0


def cmd_decrypt(args) -> int:
    from desktop_app.core.storage.encryption import decrypt_in_place
    path = _db_path(args)
    if not args.yes:
        import sys
        if not sys.stdin.isatty():
            from desktop_app.core.errors import UserError
            raise UserError("encryption.decrypt_needs_yes")
        answer = input(f"Store {path} unencrypted, readable by anyone who gets the file? Type YES: ")
        if answer.strip() != "YES":
            print("nothing changed")
            return 1
    outcome = decrypt_in_place(path)
    print(f"decrypted: {outcome.path} ({outcome.tables} tables, {outcome.records} records checked); "
          "the audit log records it")
    return 0


def cmd_recovery_passphrase(args) -> int:
    from desktop_app.core.storage import keys
    from desktop_app.core.storage.encryption import change_recovery_passphrase
    target = change_recovery_passphrase(_db_path(args), keys.read_passphrase_file(args.passphrase_file))
    print(f"new recovery passphrase set: {target}")
    return 0


def cmd_recovery_sheet(args) -> int:
    from desktop_app.core.reports.recovery_sheet import write_recovery_sheet
    from desktop_app.core.storage import keys
    passphrase = keys.read_passphrase_file(args.write_passphrase) if args.write_passphrase else None
    out = write_recovery_sheet(_db_path(args), args.output, passphrase=passphrase)
    print(f"recovery sheet: {out}")
    return 0


def _body_arguments(p: argparse.ArgumentParser, required: bool) -> None:
    p.add_argument("--name", required=required, help="name of the managing body")
    p.add_argument("--short-name", help="short name for document headers (e.g. 'LĐLĐ quận Ba Đình')")
    p.add_argument("--kind", choices=KINDS, help="kind of the managing body (default: district)")
    p.add_argument("--parent", help="name of the parent body")
    p.add_argument("--parent-short-name", help="parent's short name for document headers")
    p.add_argument("--parent-kind", choices=KINDS, help="kind of the parent body (default: city)")
    p.add_argument("--place", help="place name written before dates ('Ba Đình, ngày ...')")
    p.add_argument("--symbol", help="ký hiệu in document numbers ('Số: 01/BB-CĐP'): CĐP, CĐX, CĐKCN, LĐLĐ… "
                                    "(default: proposed from the kind)")


def cmd_init(args) -> int:
    from desktop_app.core.setup import FirstRunAnswers, apply_first_run
    from desktop_app.core.storage import keys
    chosen = getattr(args, "recovery_passphrase_file", None)
    recovery = keys.read_passphrase_file(chosen) if chosen else ""
    start = "demo" if args.demo else "existing" if args.existing else "restore" if args.restore else "empty"
    answers = FirstRunAnswers(
        body_name=args.name, body_kind=args.kind or "district", short_name=args.short_name or "",
        parent_name=args.parent or "", parent_kind=args.parent_kind or "city",
        parent_short_name=args.parent_short_name or "", place_name=args.place or "",
        symbol=args.symbol or "", data_folder=args.folder, start=start, backup_file=args.restore,
        passphrase=Path(args.passphrase_file).read_text(encoding="utf-8").strip() if args.passphrase_file else "",
        language=args.language, encrypt=not args.plain, recovery_passphrase=recovery)
    path = apply_first_run(answers)
    print(f"set up: {path}")
    if answers.encrypt and start in ("demo", "empty"):
        print("encrypted (SQLCipher); the key is kept by this user's key store"
              + ("" if recovery else "; no recovery passphrase yet: set one with "
                 "'setup recovery-passphrase --new-passphrase-file F' and print the recovery sheet"))
    return 0


def cmd_body(args) -> int:
    from desktop_app.core.setup import body_settings, follow_name_change, save_body_settings
    from desktop_app.core.storage.db import open_db
    db = open_db(_db_path(args), create=False)
    try:
        old = body_settings(db)
        values = dict(old)
        given = set()
        for key, arg in (("name", "name"), ("short_name", "short_name"), ("kind", "kind"),
                         ("parent_name", "parent"), ("parent_short_name", "parent_short_name"),
                         ("parent_kind", "parent_kind"), ("place_name", "place"), ("symbol", "symbol")):
            value = getattr(args, arg)
            if value is not None:
                values[key] = value
                given.add(key)
        values = follow_name_change(old, values, given)
        save_body_settings(db, values)
    finally:
        db.close()
    print(f"managing body: {values['name']} ({values['kind']}), place name {values['place_name'] or '-'}")
    print(f"short name: {values['short_name'] or '-'}; ký hiệu: {values['symbol'] or '-'}")
    return 0


def cmd_move(args) -> int:
    from desktop_app.core.setup import move_database
    source = _db_path(args)
    if not source.exists():
        from desktop_app.core.errors import NotFoundError
        raise NotFoundError("setup.no_database_at", source=source)
    target = move_database(source, args.folder)
    print(f"moved to {target}; the old file was kept beside the original, renamed *.moved-<date>")
    return 0


def cmd_language(args) -> int:
    from desktop_app.core.setup import set_language
    set_language(args.language)
    print(f"language: {args.language} (takes effect at the next start of the window)")
    return 0


def register(sub, common) -> None:
    # ``common`` has no default for --db: argparse copies a subparser's defaults over the
    # values parsed before it, so ``--db X setup show`` would otherwise lose X.
    p = sub.add_parser("setup", parents=[common], help="first-run setup and settings without the window")
    actions = p.add_subparsers(dest="setup_command", metavar="ACTION", required=True)

    a = actions.add_parser("show", parents=[common], help="print the settings, data folder and managing body")
    a.set_defaults(func=cmd_show)

    a = actions.add_parser("init", parents=[common], help="what the first-run wizard does")
    _body_arguments(a, required=True)
    a.add_argument("--folder", type=Path, help="data folder (default: the user data folder)")
    how = a.add_mutually_exclusive_group()
    how.add_argument("--demo", action="store_true", help="start with demo data")
    how.add_argument("--empty", action="store_true", help="start empty (the default)")
    how.add_argument("--existing", action="store_true", help="use the database already in the folder")
    how.add_argument("--restore", type=Path, metavar="BACKUP", help="restore this backup")
    a.add_argument("--passphrase-file", type=Path, help="passphrase of an encrypted backup")
    a.add_argument("--language", choices=["vi", "en"], default="vi")
    a.add_argument("--plain", action="store_true",
                   help="do not encrypt the new database (default: encrypted; "
                        "--recovery-passphrase-file sets its recovery passphrase)")
    a.set_defaults(func=cmd_init)

    a = actions.add_parser("body", parents=[common], help="change the managing body, its parent or place name")
    _body_arguments(a, required=False)
    a.set_defaults(func=cmd_body)

    a = actions.add_parser("move-data", parents=[common], help="move the database to another folder (verified copy)")
    a.add_argument("folder", type=Path)
    a.set_defaults(func=cmd_move)

    a = actions.add_parser("encrypt", parents=[common], help="encrypt the database file (checked copy, in place)")
    # --recovery-passphrase-file (the common option) names the recovery passphrase to set
    a.set_defaults(func=cmd_encrypt)

    a = actions.add_parser("decrypt", parents=[common], help="store the database unencrypted again (audited)")
    a.add_argument("--yes", action="store_true", help="do not ask")
    a.set_defaults(func=cmd_decrypt)

    a = actions.add_parser("recovery-passphrase", parents=[common], help="set a new recovery passphrase")
    a.add_argument("--new-passphrase-file", dest="passphrase_file", type=Path, required=True, metavar="F")
    a.set_defaults(func=cmd_recovery_passphrase)

    a = actions.add_parser("recovery-sheet", parents=[common], help="print the recovery sheet (PDF)")
    a.add_argument("-o", "--output", type=Path, required=True)
    a.add_argument("--write-passphrase", type=Path, metavar="F",
                   help="also write the recovery passphrase from F on the sheet")
    a.set_defaults(func=cmd_recovery_sheet)

    a = actions.add_parser("language", parents=[common], help="interface language for the next start")
    a.add_argument("language", choices=["vi", "en"])
    a.set_defaults(func=cmd_language)
