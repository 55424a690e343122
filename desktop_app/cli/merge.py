"""``merge FILE...``: bring other files of this program into the open database."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from desktop_app.core.errors import UserError


def cmd_merge(args) -> int:
    from desktop_app.core.merge.engine import PREFERENCES, load_choices, merge_files
    from desktop_app.core.storage.db import open_db

    if args.prefer not in PREFERENCES:
        raise UserError("merge.bad_preference", choices=', '.join(PREFERENCES))
    choices = load_choices(args.choices) if args.choices else None
    db = open_db(args.db)
    try:
        report = merge_files(db, [Path(f) for f in args.files], dry_run=args.dry_run,
                             prefer=args.prefer, choices=choices)
    finally:
        db.close()
    if args.write_conflicts:
        try:
            Path(args.write_conflicts).write_text(
                json.dumps([c.to_dict() for c in report.conflicts], ensure_ascii=False, indent=2),
                encoding="utf-8")
        except OSError as e:
            raise UserError("cli.cannot_write", file=args.write_conflicts, error=e.strerror) from None
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2, default=str))
    else:
        for line in report.summary_lines():
            print(line)
        if report.conflicts and not args.write_conflicts:
            print(f"{len(report.conflicts)} conflicting values; list them with --write-conflicts OUT.json, "
                  "edit each 'choice' (ours/theirs) and pass the file back with --choices", file=sys.stderr)
    return 0


def register(sub, common) -> None:
    p = sub.add_parser("merge", parents=[common],
                       help="merge other database files of this program into this one")
    p.add_argument("files", nargs="+", metavar="FILE", help="database files of the former units")
    p.add_argument("--dry-run", action="store_true", help="report what would happen, change nothing")
    p.add_argument("--prefer", default="newest", choices=["newest", "ours", "theirs"],
                   help="how to settle conflicting values (default: the most recently changed)")
    p.add_argument("--choices", metavar="CHOICES.json", help="per-conflict choices (see --write-conflicts)")
    p.add_argument("--write-conflicts", metavar="OUT.json", help="write the conflicts found to a JSON file")
    p.add_argument("--json", action="store_true", help="print the full report as JSON")
    p.set_defaults(func=cmd_merge)
