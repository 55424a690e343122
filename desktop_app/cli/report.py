"""``report ...``: print documents as PDF files.

    python -m desktop_app report minutes --event 12 -o bien-ban.pdf
    python -m desktop_app report annual --year 2025
    python -m desktop_app report unions
    python -m desktop_app report members --union 7 [--full-ids]
    python -m desktop_app report officers [--union 7]
    python -m desktop_app report participants --event 12
    python -m desktop_app report course --course 3
    python -m desktop_app report certificates --course 3
    python -m desktop_app report annual --year 2025 --number auto --recipient "LĐLĐ TP Hà Nội (để báo cáo)"
    python -m desktop_app report numbers --year 2026          # the register of document numbers
    python -m desktop_app report texts --year 2025 --set plan=phuong-huong.txt
    python -m desktop_app report awards --year 2025 [--awarded]
    python -m desktop_app report congresses-due --year 2026
    python -m desktop_app report dues-behind --year 2026
    python -m desktop_app report form02 --as-of 2026-11-30 -o 02-HDCD.xlsx|02-HDCD.pdf
    python -m desktop_app report form01 --union 7 --as-of 2026-11-30 -o 01-HDCD.xlsx

Each document is written atomically and its path printed. ``--number auto`` gives the
paper the next free number of its kind and year ("Số: 01/BC-CĐP") and records it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from desktop_app.core.errors import UserError
from desktop_app.core.reports.names import default_name


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a record number: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"not a record number: {text!r}")
    return value


def _year(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a year: {text!r}") from None
    if not 1900 <= value <= 2200:
        raise argparse.ArgumentTypeError(f"not a year: {text!r}")
    return value


def _run(args) -> int:
    from desktop_app.core import reports
    from desktop_app.core.errors import NotFoundError
    from desktop_app.core.storage.db import open_db

    if args.out is not None and args.out.suffix.lower() != ".pdf":
        raise UserError("cli.pdf_name_needed", file=args.out)
    if args.out is not None and args.out.is_dir():
        raise UserError("cli.pdf_is_folder", file=args.out)
    kind = args.report
    ident = {"minutes": "event", "participants": "event", "members": "union", "officers": "union",
             "course": "course", "certificates": "course", "annual": "year", "awards": "year",
             "congresses-due": "year", "dues-behind": "year"}.get(kind)
    ident_value = getattr(args, ident) if ident else None
    out = args.out or Path.cwd() / default_name(kind, ident_value)
    options = {}
    if getattr(args, "issued_on", None):
        options["issued_on"] = args.issued_on
    if getattr(args, "number", None):
        options["number"] = args.number
    if getattr(args, "recipient", None):
        options["recipients"] = args.recipient
    db = open_db(getattr(args, "db", None), create=False, read_only_fallback=True)  # a report only reads
    try:
        if kind == "minutes":
            path = reports.minutes_pdf(db, args.event, out, **options)
        elif kind == "participants":
            path = reports.participants_pdf(db, args.event, out, **options)
        elif kind == "annual":
            if args.year > dt.date.today().year:
                raise UserError("report.year_not_started", year=args.year)
            path = reports.annual_pdf(db, args.year, out, **options)
        elif kind == "unions":
            path = reports.unions_pdf(db, out, **options)
        elif kind == "members":
            path = reports.members_pdf(db, args.union, out, full_ids=args.full_ids, **options)
        elif kind == "officers":
            path = reports.officers_pdf(db, out, union_id=args.union, **options)
        elif kind == "awards":
            path = reports.awards_pdf(db, args.year, out, status="awarded" if args.awarded else "proposed")
        elif kind == "dues-behind":
            path = reports.dues_behind_pdf(db, args.year, out)
        elif kind == "congresses-due":
            path = reports.congresses_due_pdf(db, args.year, out)
        elif kind == "course":
            path = reports.course_pdf(db, args.course, out, **options)
        else:
            path = reports.certificates_pdf(db, args.course, out, **options)
    except NotFoundError as exc:
        raise UserError(exc.code, **exc.params) from None
    except PermissionError as exc:
        raise UserError("cli.cannot_write", file=out, error=exc.strerror or 'permission denied') from None
    except OSError as exc:
        if isinstance(exc, UserError):
            raise
        raise UserError("cli.cannot_write", file=out, error=exc.strerror or exc) from None
    finally:
        db.close()
    print(path)
    return 0


def _date(text: str) -> dt.date:
    from desktop_app.core.text import parse_date
    try:
        return parse_date(text, "date")
    except Exception:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use dd/mm/yyyy)") from None


def _numbers(args) -> int:
    from desktop_app.core.records import doc_numbers
    from desktop_app.core.storage.db import open_db
    db = open_db(getattr(args, "db", None), create=False)
    try:
        if args.take:
            print(doc_numbers.take(db, args.take, args.year or dt.date.today().year, title=args.title))
            return 0
        year = args.year or dt.date.today().year
        for kind in doc_numbers.KINDS:
            print(f"next {kind} of {year}: {doc_numbers.proposed(db, kind, year)}")
        for r in doc_numbers.register(db, args.year):
            print(f"{r['number']:02d}/{r['kind']}-{r['symbol']}\t{r['year']}\t{r['issued_on'] or '-'}\t"
                  f"{r['title'] or ''}")
    finally:
        db.close()
    return 0


def _texts(args) -> int:
    from desktop_app.core.records.bodies import own_body
    from desktop_app.core.reports import annual_texts
    from desktop_app.core.reports.annual import year_figures
    from desktop_app.core.storage.db import open_db
    db = open_db(getattr(args, "db", None), create=False)
    try:
        if args.set:
            values = {}
            for item in args.set:
                key, sep, file = item.partition("=")
                if not sep or key not in annual_texts.KEYS:
                    raise UserError("cli.texts_set_format", sections=", ".join(annual_texts.KEYS))
                try:
                    values[key] = Path(file).read_text(encoding="utf-8-sig")
                except OSError as exc:
                    raise UserError("cli.cannot_read", file=file, error=exc.strerror or exc) from None
            annual_texts.save(db, args.year, values)
        figures = year_figures(db, args.year)
        texts = annual_texts.texts(db, args.year, figures, (own_body(db) or {}).get("name") or "")
        saved = annual_texts.stored(db, args.year)
        for key in annual_texts.KEYS:
            mark = "" if key in saved else "  (draft from the figures)"
            print(f"== {annual_texts.heading(key, args.year)}{mark}")
            print(texts[key] or "(empty: left out of the report)")
    finally:
        db.close()
    return 0


def _run_form(args) -> int:
    """The statistics forms: 02-HĐCĐ as .xlsx or .pdf, 01-HĐCĐ for one union as .xlsx."""
    from desktop_app.core.errors import NotFoundError
    from desktop_app.core.statistics.compute import compute
    from desktop_app.core.statistics.form01_export import form01_xlsx
    from desktop_app.core.statistics.form02_export import form02_pdf, form02_xlsx
    from desktop_app.core.storage.db import open_db

    kind = args.report
    allowed = (".xlsx", ".pdf") if kind == "form02" else (".xlsx",)
    out = args.out or Path.cwd() / (f"02-HDCD-{args.as_of}.xlsx" if kind == "form02"
                                    else f"01-HDCD-cdcs-{args.union}-{args.as_of}.xlsx")
    if out.suffix.lower() not in allowed:
        raise UserError("statistics.output_suffix", suffixes=" or ".join(allowed), file=out)
    if out.is_dir():
        raise UserError("statistics.output_is_folder", suffixes=" or ".join(allowed), file=out)
    db = open_db(getattr(args, "db", None), create=False)
    try:
        form = compute(db, args.as_of)
        if kind == "form01":
            path = form01_xlsx(db, args.union, args.as_of, out, form=form)
        elif out.suffix.lower() == ".pdf":
            path = form02_pdf(db, args.as_of, out, form=form)
        else:
            path = form02_xlsx(db, args.as_of, out, form=form)
    except NotFoundError as exc:
        raise UserError(exc.code, **exc.params) from None
    except OSError as exc:
        if isinstance(exc, UserError):
            raise
        raise UserError("cli.cannot_write", file=out, error=exc.strerror or exc) from None
    finally:
        db.close()
    if kind == "form02" and form.missing:
        print(f"{len(form.missing)} of {form.active} unions have not returned their 01-HĐCĐ "
              f"for {args.as_of}", file=sys.stderr)
    print(path)
    return 0


def register(sub, common) -> None:
    # --db may come before "report", after it, or after the report's name: ``common``
    # has no default of its own, so no level resets a value given earlier.
    p = sub.add_parser("report", parents=[common], help="print a document (minutes, lists, annual report) as PDF")
    kinds = p.add_subparsers(dest="report", metavar="REPORT", required=True)

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        q = kinds.add_parser(name, parents=[common], help=help_text)
        q.add_argument("-o", "--out", type=Path, default=None, metavar="FILE.pdf",
                       help="where to write the PDF (default: a file named after the report in this folder)")
        q.add_argument("--issued-on", type=_date, metavar="DD/MM/YYYY",
                       help="date on the paper (default: the event's or course's day, today for lists)")
        q.set_defaults(func=_run)
        return q

    q = add("minutes", "minutes (biên bản) of an event")
    q.add_argument("--event", type=_positive, required=True, metavar="ID")
    q.add_argument("--number", metavar="auto|N|TEXT",
                   help="when the event has no number: 'auto' takes the next free one of the register")
    add("participants", "people and unions that took part in an event").add_argument(
        "--event", type=_positive, required=True, metavar="ID")
    q = add("annual", "the annual summary report")
    q.add_argument("--year", type=_year, required=True, metavar="YYYY")
    q.add_argument("--number", metavar="auto|N|TEXT",
                   help="document number: 'auto' takes the next free one of the register (default: blank)")
    q.add_argument("--recipient", action="append", metavar="TEXT",
                   help="a line of 'Nơi nhận' (repeat; '- Lưu: VT.' is added)")
    add("unions", "grassroots unions by sector block")
    q = add("members", "members of a grassroots union")
    q.add_argument("--union", type=_positive, required=True, metavar="ID")
    q.add_argument("--full-ids", action="store_true", help="print ID (CCCD) numbers in full instead of masked")
    add("officers", "union officers in office").add_argument("--union", type=_positive, default=None, metavar="ID",
                                                             help="only this union's officers")
    q = add("awards", "awards proposed for a year (danh sách đề nghị khen thưởng)")
    q.add_argument("--year", type=_year, required=True, metavar="YYYY")
    q.add_argument("--awarded", action="store_true", help="the awards given that year instead of the proposals")
    add("congresses-due", "grassroots unions whose congress is due or overdue in a year").add_argument(
        "--year", type=_year, required=True, metavar="YYYY")
    add("dues-behind", "grassroots unions behind with đoàn phí or kinh phí in a year").add_argument(
        "--year", type=_year, required=True, metavar="YYYY")
    add("course", "a training course with its attendance list").add_argument(
        "--course", type=_positive, required=True, metavar="ID")
    add("certificates", "certificates for the participants who completed a course").add_argument(
        "--course", type=_positive, required=True, metavar="ID")

    q = kinds.add_parser("numbers", parents=[common], help="the register of document numbers (next free, given)")
    q.add_argument("--year", type=_year, default=None, metavar="YYYY")
    q.add_argument("--take", choices=["BB", "BC", "DS", "GCN"], help="give the next number of this kind and print it")
    q.add_argument("--title", help="what the number is given to (with --take)")
    q.set_defaults(func=_numbers)

    q = kinds.add_parser("texts", parents=[common], help="the sections of a year's report the user writes")
    q.add_argument("--year", type=_year, required=True, metavar="YYYY")
    q.add_argument("--set", action="append", metavar="SECTION=FILE",
                   help="replace a section's text with a UTF-8 file's (general, strengths, weaknesses, plan, "
                        "proposals)")
    q.set_defaults(func=_texts)
    for name, help_text in (("form02", "statistics form 02-HĐCĐ (all unions) as .xlsx or .pdf"),
                            ("form01", "statistics form 01-HĐCĐ of one union, pre-filled, as .xlsx")):
        q = kinds.add_parser(name, parents=[common], help=help_text)
        q.add_argument("--as-of", type=_date, required=True, metavar="YYYY-MM-DD",
                       help="the date of the figures (31/5 or 30/11 of a year, or any date)")
        q.add_argument("-o", "--out", type=Path, default=None, metavar="FILE",
                       help="where to write it (.xlsx" + (" or .pdf)" if name == "form02" else ")"))
        if name == "form01":
            q.add_argument("--union", type=_positive, required=True, metavar="ID")
        q.set_defaults(func=_run_form)
