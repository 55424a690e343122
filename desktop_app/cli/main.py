"""The command line: ``python -m desktop_app <command>``.

One thin function per command, calling core. User errors are one line on stderr and
exit code 1 (2 for usage errors, which argparse reports itself); never a traceback.

Feature modules add their own subcommands: every module in ``COMMAND_MODULES`` has a
``register(subparsers, common)`` function that adds parsers whose ``func`` takes ``args``
(``common`` is the parent parser that holds ``--db``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import sys
import time
from pathlib import Path

from desktop_app import __version__
from desktop_app.core.errors import UserError
from desktop_app.core.messages import Message, render
from desktop_app.core.storage import sqlite_driver as sqlite3  # SQLCipher: one library for every file

# An explicit list: a feature module that fails to import is an error, not a silently
# missing command (a bundle that lost a module must fail its smoke test).
COMMAND_MODULES = ("backup", "excel", "merge", "report", "setup")


def command_modules() -> list[str]:
    """The modules that add subcommands (report, backup, import/export, merge, setup)."""
    return [f"desktop_app.cli.{name}" for name in COMMAND_MODULES]


def _open(args, *, read_only: bool = False):
    """The database of ``--db``; ``read_only`` for commands that only read it, so that a
    file on a write-protected drive can still be read."""
    from desktop_app.core.storage.db import open_db
    return open_db(args.db, read_only_fallback=read_only)


def cmd_demo(args) -> int:
    from desktop_app.core.demo.builder import build_demo
    db = _open(args)
    started = time.perf_counter()
    counts = build_demo(db, args.scale, args.seed)
    elapsed = time.perf_counter() - started
    print(f"demo data ({args.scale}, seed {args.seed}) built in {elapsed:.1f} s: "
          f"{counts['active_unions']:,} active unions, {counts['active_members']:,} active members, "
          f"{counts['memberships']:,} history rows, {counts['events']} events, {counts['courses']} courses")
    return 0


def cmd_search(args) -> int:
    from desktop_app.core.search import search
    db = _open(args, read_only=True)
    started = time.perf_counter()
    try:
        hits = search(db, args.text, limit=args.limit)
    finally:
        db.close()
    elapsed = (time.perf_counter() - started) * 1000
    for h in hits:
        kind = "member" if h.kind == "member" else "union "
        print(f"{kind} #{h.id:<7} {h.title}" + (f"  ({h.detail})" if h.detail else ""))
    print(f"{len(hits)} matches in {elapsed:.1f} ms", file=sys.stderr)
    return 0


def cmd_stats(args) -> int:
    from desktop_app.core import stats
    as_of = dt.date.fromisoformat(args.as_of) if args.as_of else dt.date.today()
    year = args.year if args.year is not None else as_of.year
    stats.check_day(as_of)
    stats.check_year(year)
    db = _open(args, read_only=True)
    try:
        return _print_stats(db, args, as_of, year)
    finally:
        db.close()


def _print_stats(db, args, as_of: dt.date, year: int) -> int:
    from desktop_app.core import stats
    from desktop_app.core.text import vn_number

    if args.json:
        summary = stats.year_summary(db, year)
        summary["as_of"] = {"date": as_of.isoformat(), "members": stats.members_as_of(db, as_of),
                            "unions": stats.unions_as_of(db, as_of)}
        print(json.dumps(summary, ensure_ascii=False, indent=2))
        return 0
    print(f"As of {as_of:%d/%m/%Y}: {vn_number(stats.unions_as_of(db, as_of))} grassroots unions, "
          f"{vn_number(stats.members_as_of(db, as_of))} members")
    for s in stats.by_sector_as_of(db, as_of):
        print(f"  {s['name']:<40} {vn_number(s['unions']):>7} unions {vn_number(s['members']):>10} members")
    summary = stats.year_summary(db, year)
    print(f"Year {year}: {vn_number(summary['members_joined'])} joined, {vn_number(summary['members_left'])} left, "
          f"{summary['unions_founded']} unions founded, {summary['unions_closed']} closed")
    for ind in summary["indicators"]:
        result = ind["result"]
        shown = "-" if result is None else (f"{result:.1f}%" if ind["unit"] == "percent" else vn_number(result))
        target = ind["target"]
        tshown = "-" if target is None else (f"{target:.0f}%" if ind["unit"] == "percent" else vn_number(target))
        pct = f"{ind['percent']:.0f}% of target" if ind["percent"] is not None else "no target"
        print(f"  {ind['label_en']:<34} {shown:>10} / {tshown:>8}  {pct}")
    return 0


def _date(text: str) -> str:
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    # --db may come before or after the command: the subcommands' copy of the option has no
    # default, so it never resets a value given before the command name.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, default=argparse.SUPPRESS,
                        help="database file (default: socongdoan.sqlite3 in the user data folder)")
    common.add_argument("--recovery-passphrase-file", type=Path, default=argparse.SUPPRESS, metavar="FILE",
                        help="recovery passphrase of an encrypted database whose key this computer does not hold")
    parser = argparse.ArgumentParser(
        prog="python -m desktop_app",
        description="Record keeping for trade-union officers. With no command, opens the window.")
    # Its own option object: set_defaults on a shared one would give the subcommands a default.
    parser.add_argument("--db", type=Path, default=None,
                        help="database file (default: socongdoan.sqlite3 in the user data folder)")
    parser.add_argument("--recovery-passphrase-file", type=Path, default=None, metavar="FILE",
                        help="recovery passphrase of an encrypted database whose key this computer does not hold")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--screenshot", type=Path, metavar="DIR",
                        help="open the window offscreen, save one PNG per tab into DIR and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("demo", parents=[common], help="fill an empty database with demo data")
    p.add_argument("--scale", choices=["district", "city"], default="district")
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("search", parents=[common], help="search members and unions")
    p.add_argument("text")
    p.add_argument("--limit", type=int, default=20)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("stats", parents=[common], help="counts as of a date and the year's results")
    p.add_argument("--as-of", type=_date, help="YYYY-MM-DD (default: today)")
    p.add_argument("--year", type=int)
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.set_defaults(func=cmd_stats)

    for name in command_modules():
        importlib.import_module(name).register(sub, common)
    return parser


def language() -> str:
    """The language of messages: the interface language of the config ("vi" unless the
    user chose English), overridden by SOCONGDOAN_LANGUAGE (scripts that parse output)."""
    import os

    chosen = os.environ.get("SOCONGDOAN_LANGUAGE")
    if not chosen:
        try:
            from desktop_app.core.storage import config
            chosen = config.load().language
        except Exception:  # noqa: BLE001 - an unreadable config must not hide the real error
            chosen = "vi"
    return "en" if chosen == "en" else "vi"


def error_line(error: object) -> str:
    """One line for stderr: the message of ``error`` in the user's language."""
    lang = language()
    return render(Message("cli.error", message=error), lang)


def warning_line(warning: object) -> str:
    """One line for stderr about work that was done but not completely (an audit row)."""
    return render(Message("cli.warning", message=warning), language())


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from desktop_app.ui.app import run
        return run(db_path=args.db, screenshot_dir=args.screenshot)
    try:
        if args.recovery_passphrase_file:
            from desktop_app.core.storage import keys
            keys.offer_recovery_passphrase(keys.read_passphrase_file(args.recovery_passphrase_file))
        return args.func(args)
    except UserError as e:
        print(error_line(e), file=sys.stderr)
        return 1
    except sqlite3.Error as e:   # a full disk, a file another program holds, a read-only drive
        from desktop_app.core.storage.db import explain

        print(error_line(explain(e, getattr(args, "db", None))), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(error_line(Message("cli.interrupted")), file=sys.stderr)
        return 130
    except BrokenPipeError:  # `... | head`: the reader has all it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except OSError as e:
        print(f"error: {e.strerror or e}: {e.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1
    except Exception as e:  # a defect: still one line for the user (SOCONGDOAN_DEBUG=1 shows where)
        if os.environ.get("SOCONGDOAN_DEBUG"):
            raise
        print(error_line(Message("cli.unexpected", kind=type(e).__name__, error=e)), file=sys.stderr)
        return 1
