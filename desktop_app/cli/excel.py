"""``import`` and ``export`` commands: workbooks in and out.

    python -m desktop_app import members FILE.xlsx [--sheet NAME] [--dry-run] [--report OUT.xlsx]
    python -m desktop_app import enrolments FILE.xlsx --course ID
    python -m desktop_app export members|unions|officers|events|courses FILE.xlsx
    python -m desktop_app template members|unions|officers|enrolments FILE.xlsx
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from desktop_app.core.errors import PartlyDone, UserError
from desktop_app.core.excel.columns import KINDS
from desktop_app.core.excel.export import LISTS


def _open(args, *, read_only: bool = False):
    from desktop_app.core.storage.db import open_db
    return open_db(args.db, read_only_fallback=read_only)


def cmd_import(args) -> int:
    db = _open(args)
    try:
        return _import(args, db)
    finally:
        db.close()  # checkpoints the WAL: the file is complete for the next program


def _import(args, db) -> int:
    from desktop_app.core.excel import export as excel_export
    from desktop_app.core.excel import importer as excel_import

    started = time.perf_counter()
    if args.report:
        excel_export.check_report_path(args.report, args.file)
    choices = _choices(args.choice)
    source = excel_import.open_source(args.file, args.kind, args.sheet)
    if source.guess is None:
        raise UserError("cli.no_header_row", file=args.file.name)
    result = excel_import.import_file(db, source, dry_run=args.dry_run, course_id=args.course,
                                      conflicts=args.conflicts, choices=choices)
    elapsed = time.perf_counter() - started
    print(f"sheet {result.sheet!r}, header on row {source.guess.row + 1}; columns: " +
          ", ".join(f"{source.headers[c]}→{k}" for c, k in sorted(source.mapping.items())))
    for p in [p for p in result.problems if p.level == "error"][: args.show]:
        print(f"  row {p.row}, {p.column} = {p.value!r}: {p.reason}")
    errors = sum(p.level == "error" for p in result.problems)
    if errors > args.show:
        print(f"  ... and {errors - args.show} more errors (use --report to save them all)")
    for name, close in result.unknown_unions.items():
        print(f"  unknown union {name!r}" + (f"; closest: {'; '.join(close)}" if close else ""))
    for c in result.conflicts:
        shown = "; ".join(f"{k}: {old!r} in the program, {new!r} in the file"
                          for k, (old, new) in c.differences.items())
        print(f"  conflict, row {c.row}: {c.name!r} is already union #{c.existing_id} "
              f"with another {c.what} ({shown})")
    undecided = [c.row for c in result.conflicts if not choices.get(c.row, args.conflicts)]
    if undecided:
        print(f"  {len(undecided)} union(s) with a conflict were not imported: decide with --conflicts "
              "update|new|skip for all, or per row with --choice ROW=update|new|skip "
              f"(e.g. --choice {undecided[0]}=new)")
    if args.report:
        excel_export.write_report(result, args.report)
        print(f"report saved to {args.report}")
    mode = "dry run, nothing changed" if args.dry_run else f"imported in {elapsed:.1f} s"
    print(f"{mode}: new {result.new}, updated {result.updated}, skipped {result.skipped}, "
          f"errors {result.errors}")
    if result.backup:
        print(f"backup taken first: {result.backup}", file=sys.stderr)
    return 0


def _choices(pairs: list[str]) -> dict[int, str]:
    """``--choice 12=new --choice 15=update``: decisions per Excel row."""
    from desktop_app.core.excel.importer import CONFLICT_CHOICES

    out: dict[int, str] = {}
    for pair in pairs:
        row, _, choice = pair.partition("=")
        if not row.strip().isdigit() or choice.strip() not in CONFLICT_CHOICES:
            raise UserError("cli.bad_choice", pair=pair)
        out[int(row)] = choice.strip()
    return out


def cmd_export(args) -> int:
    from desktop_app.core.excel import export as excel_export

    db = _open(args, read_only=True)
    started = time.perf_counter()
    warning = None
    try:
        n = excel_export.export_list(db, args.kind, args.file)
    except PartlyDone as e:   # the file is written; only the audit row is missing
        n, warning = e.done, e
    finally:
        db.close()
    print(f"{n} rows written to {args.file} in {time.perf_counter() - started:.1f} s")
    if warning is not None:
        from desktop_app.cli.main import warning_line

        print(warning_line(warning), file=sys.stderr)
    return 0


def cmd_template(args) -> int:
    from desktop_app.core.excel import export as excel_export

    excel_export.write_template(args.kind, args.file)
    print(f"template written to {args.file}")
    return 0


def register(sub, common) -> None:
    p = sub.add_parser("import", parents=[common], help="import members, unions, officers or enrolments "
                                                         "from a workbook (.xlsx, .xls, .ods)")
    p.add_argument("kind", choices=KINDS)
    p.add_argument("file", type=Path)
    p.add_argument("--sheet", help="sheet name (default: the first sheet with data)")
    p.add_argument("--dry-run", action="store_true", help="check and count only; change nothing")
    p.add_argument("--report", type=Path, metavar="OUT.xlsx", help="save every problem found to a workbook")
    p.add_argument("--course", type=int, help="course id (for enrolments)")
    p.add_argument("--show", type=int, default=20, help="how many errors to print (default 20)")
    p.add_argument("--conflicts", choices=["update", "new", "skip"],
                   help="unions whose name is in the database with another address or code: update the "
                        "existing union, add a new one, or skip the row (default: list them, import neither)")
    p.add_argument("--choice", action="append", default=[], metavar="ROW=DECISION",
                   help="decide one conflict by its Excel row number, e.g. --choice 12=new (repeatable)")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", parents=[common], help="export a list to .xlsx")
    p.add_argument("kind", choices=list(LISTS))
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("template", parents=[common], help="write an empty import template (.xlsx)")
    p.add_argument("kind", choices=KINDS)
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_template)
