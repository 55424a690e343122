"""``report ...``: print documents as PDF files.

    python -m desktop_app report minutes --event 12 -o bien-ban.pdf
    python -m desktop_app report annual --year 2025
    python -m desktop_app report unions
    python -m desktop_app report members --union 7 [--full-ids]
    python -m desktop_app report officers [--union 7]
    python -m desktop_app report participants --event 12
    python -m desktop_app report course --course 3
    python -m desktop_app report certificates --course 3
    python -m desktop_app report awards --year 2025 [--awarded]
    python -m desktop_app report congresses-due --year 2026
    python -m desktop_app report dues-behind --year 2026

Each writes its file atomically and prints its path.
"""

from __future__ import annotations

import argparse
import datetime as dt
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
    db = open_db(getattr(args, "db", None), create=False)
    try:
        if kind == "minutes":
            path = reports.minutes_pdf(db, args.event, out)
        elif kind == "participants":
            path = reports.participants_pdf(db, args.event, out)
        elif kind == "annual":
            if args.year > dt.date.today().year:
                raise UserError("report.year_not_started", year=args.year)
            path = reports.annual_pdf(db, args.year, out)
        elif kind == "unions":
            path = reports.unions_pdf(db, out)
        elif kind == "members":
            path = reports.members_pdf(db, args.union, out, full_ids=args.full_ids)
        elif kind == "officers":
            path = reports.officers_pdf(db, out, union_id=args.union)
        elif kind == "awards":
            path = reports.awards_pdf(db, args.year, out, status="awarded" if args.awarded else "proposed")
        elif kind == "dues-behind":
            path = reports.dues_behind_pdf(db, args.year, out)
        elif kind == "congresses-due":
            path = reports.congresses_due_pdf(db, args.year, out)
        elif kind == "course":
            path = reports.course_pdf(db, args.course, out)
        else:
            path = reports.certificates_pdf(db, args.course, out)
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


def register(sub, common) -> None:
    # --db may come before "report", after it, or after the report's name: ``common``
    # has no default of its own, so no level resets a value given earlier.
    p = sub.add_parser("report", parents=[common], help="print a document (minutes, lists, annual report) as PDF")
    kinds = p.add_subparsers(dest="report", metavar="REPORT", required=True)

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        q = kinds.add_parser(name, parents=[common], help=help_text)
        q.add_argument("-o", "--out", type=Path, default=None, metavar="FILE.pdf",
                       help="where to write the PDF (default: a file named after the report in this folder)")
        q.set_defaults(func=_run)
        return q

    add("minutes", "minutes (biên bản) of an event").add_argument("--event", type=_positive, required=True,
                                                                  metavar="ID")
    add("participants", "people and unions that took part in an event").add_argument(
        "--event", type=_positive, required=True, metavar="ID")
    add("annual", "the annual summary report").add_argument("--year", type=_year, required=True, metavar="YYYY")
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
