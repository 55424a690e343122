"""``setup`` commands: the first-run wizard and the settings dialog without a window.

Useful to prepare many office PCs the same way, and to check a bundled program::

    socongdoan-cli setup init --name "LĐLĐ quận Ba Đình" --kind district \\
        --parent "LĐLĐ thành phố Hà Nội" --place "Ba Đình" --empty
    socongdoan-cli setup show
    socongdoan-cli setup body --place "Ba Đình"
    socongdoan-cli setup move-data D:\\SoCongDoan
    socongdoan-cli setup language en
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
        db = open_db(path, create=False)
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
    start = "demo" if args.demo else "existing" if args.existing else "restore" if args.restore else "empty"
    answers = FirstRunAnswers(
        body_name=args.name, body_kind=args.kind or "district", short_name=args.short_name or "",
        parent_name=args.parent or "", parent_kind=args.parent_kind or "city",
        parent_short_name=args.parent_short_name or "", place_name=args.place or "",
        symbol=args.symbol or "", data_folder=args.folder, start=start, backup_file=args.restore,
        passphrase=Path(args.passphrase_file).read_text(encoding="utf-8").strip() if args.passphrase_file else "",
        language=args.language)
    path = apply_first_run(answers)
    print(f"set up: {path}")
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
    a.set_defaults(func=cmd_init)

    a = actions.add_parser("body", parents=[common], help="change the managing body, its parent or place name")
    _body_arguments(a, required=False)
    a.set_defaults(func=cmd_body)

    a = actions.add_parser("move-data", parents=[common], help="move the database to another folder (verified copy)")
    a.add_argument("folder", type=Path)
    a.set_defaults(func=cmd_move)

    a = actions.add_parser("language", parents=[common], help="interface language for the next start")
    a.add_argument("language", choices=["vi", "en"])
    a.set_defaults(func=cmd_language)
