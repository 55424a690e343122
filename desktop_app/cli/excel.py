"""``import`` and ``export`` commands: workbooks in and out.

    python -m desktop_app import members FILE.xlsx [--sheet NAME] [--dry-run] [--report OUT.xlsx]
    python -m desktop_app import enrolments FILE.xlsx --course ID
    python -m desktop_app import form01 FILE.xlsx... [--as-of YYYY-MM-DD] [--dry-run]
    python -m desktop_app export members|unions|officers|events|courses FILE.xlsx
    python -m desktop_app template members|unions|officers|enrolments FILE.xlsx
    python -m desktop_app convert-text OLD.xls -o NEW.xlsx    (TCVN3/VNI/... to Unicode)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from desktop_app.core.errors import PartlyDone, UserError
from desktop_app.core.excel.columns import KINDS
from desktop_app.core.excel.export import LISTS
from desktop_app.core.messages import render


def _open(args, *, read_only: bool = False):
    from desktop_app.core.storage.db import open_db
    return open_db(args.db, read_only_fallback=read_only)


def cmd_import(args) -> int:
    if args.kind != "form01":
        if len(args.file) > 1:
            raise UserError("statistics.one_workbook", kind=args.kind)
        args.file = args.file[0]
    db = _open(args)
    try:
        if args.kind == "form01":
            return _import_form01(args, db)
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
    for column in args.no_convert or ():
        _switch_off(source, column)
    for line in source.legacy_lines():
        print(render(line, language()))
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


def language() -> str:
    from desktop_app.cli.main import language as cli_language
    return cli_language()


def _switch_off(source, column: str) -> None:
    """``--no-convert COLUMN``: the header as written (any case, with or without
    diacritics) or the column letter."""
    from desktop_app.core.excel.columns import fold_header
    from desktop_app.core.excel.xlsx import column_letter

    headers = source.headers
    want = fold_header(column)
    header_row = source.original.rows[source.guess.row] if source.guess and source.original else []
    for f in source.legacy:
        names = {column_letter(f.column).lower()}
        if f.column < len(headers):
            names.add(fold_header(headers[f.column]))
        if f.column < len(header_row):  # the header as the old font shows it
            names.add(fold_header(header_row[f.column]))
        if want in names or column.strip().lower() in names:
            source.set_conversion(f.column, False)
            return
    found = ", ".join(headers[f.column] if f.column < len(headers) else column_letter(f.column)
                      for f in source.legacy_shown()) or "—"
    raise UserError("excel.no_old_font_column", column=column, found=found)


def cmd_convert_text(args) -> int:
    from desktop_app.core.excel.convert_text import convert_file

    started = time.perf_counter()
    reports = convert_file(args.file, args.output)
    lines = [line for r in reports for line in r.lines()]
    for line in lines:
        print(render(line, language()))
    if not lines:
        print("no text in an old Vietnamese font was found; the copy is the same text")
    print(f"saved to {args.output} in {time.perf_counter() - started:.1f} s")
    return 0


def _import_form01(args, db) -> int:
    """Returned statistics forms: one line per workbook, then its problems, then the
    unions that have not returned theirs."""
    from desktop_app.core.statistics.form01_import import read_returns

    if args.sheet or args.course:
        raise UserError("statistics.no_sheet_option")
    result = read_returns(db, args.file, as_of=args.as_of, dry_run=args.dry_run)
    problems: dict[str, list] = {}
    for p in result.problems:
        problems.setdefault(p.file, []).append(p)
    for f in result.files:
        verdict = "ok" if f.ok else "REFUSED"
        union = f" → {f.union_name}" if f.union_name else ""
        print(f"{f.path.name}: {verdict}{union}")
        for p in problems.get(f.path.name, []):
            where = f" {p.where}:" if p.where else ""
            print(f"  {p.level}:{where} {p.reason}")
    when = result.as_of.strftime("%d/%m/%Y") if result.as_of else "?"
    print(f"figures as of {when}: {len(result.accepted)} workbooks accepted, {len(result.rejected)} refused")
    if result.missing:
        print(f"{len(result.missing)} unions have not returned their 01-HĐCĐ yet:")
        for m in result.missing[: args.show]:
            print(f"  {m['code'] or ''} {m['name']}".rstrip())
        if len(result.missing) > args.show:
            print(f"  ... and {len(result.missing) - args.show} more")
    if args.report:
        from desktop_app.core.statistics.form01_import import write_report
        write_report(result, args.report)
        print(f"report saved to {args.report}")
    print("dry run, nothing changed" if args.dry_run else f"imported: {result.changed} figures changed")
    if result.backup:
        print(f"backup taken first: {result.backup}", file=sys.stderr)
    return 0


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
                                                         "from a workbook (.xlsx, .xls, .ods, .csv), or returned "
                                                         "01-HĐCĐ statistics forms (form01, several at once)")
    p.add_argument("kind", choices=[*KINDS, "form01"])
    p.add_argument("file", type=Path, nargs="+")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="form01: the date the figures must be for "
                                                         "(default: the date most of the workbooks give)")
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
    p.add_argument("--no-convert", action="append", metavar="COLUMN",
                   help="keep this column as it is even if it looks typed in an old font (TCVN3, VNI...); "
                        "the header or the column letter; may be repeated")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("convert-text", help="convert a workbook or .csv typed in old Vietnamese fonts "
                                            "(TCVN3/.VnTime, VNI, VISCII, VPS, Windows-1258) to Unicode")
    p.add_argument("file", type=Path, help=".xlsx, .xls, .ods or .csv")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT", help="the converted copy (.xlsx or .csv)")
    p.set_defaults(func=cmd_convert_text)

    p = sub.add_parser("export", parents=[common], help="export a list to .xlsx")
    p.add_argument("kind", choices=list(LISTS))
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("template", parents=[common], help="write an empty import template (.xlsx)")
    p.add_argument("kind", choices=KINDS)
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_template)
