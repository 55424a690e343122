"""``convert-text``: a whole old workbook or .csv with TCVN3/VNI/VISCII/VPS/Windows-1258
text, converted to Unicode for use anywhere (Excel, Word's mail merge, other programs).

.xlsx keeps its formatting (cells in an old font get the matching Unicode font, or
the converted text would show as boxes); .xls (which nothing here can write) and .ods
become .xlsx with their values, fonts and merged cells; .csv stays .csv (UTF-8 with a
BOM, so Excel opens it right) or becomes .xlsx. Every sheet is converted column by
column as the importer does.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from copy import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.core import legacy_text as L
from desktop_app.core.errors import UserError
from desktop_app.core.excel import legacy
from desktop_app.core.excel.read import check_workbook, read_csv, read_sheet, sheet_names
from desktop_app.core.excel.xlsx import column_letter
from desktop_app.core.messages import Message


@dataclass
class SheetReport:
    sheet: str
    findings: list[legacy.ColumnFinding]
    headers: dict[int, str]

    def lines(self) -> list[Message]:
        return [Message("excel.legacy_in_sheet", sheet=self.sheet,
                        finding=legacy.describe(f, self.headers.get(f.column, column_letter(f.column))))
                for f in self.findings]


def _headers(rows: list[list[Any]]) -> dict[int, str]:
    """A name for each column: the first text in the first rows that reads like a header
    (the column letter when none), for the report only."""
    out: dict[int, str] = {}
    for row in rows[:30]:
        for c, v in enumerate(row):
            if c not in out and isinstance(v, str) and v.strip() and len(v) <= 60:
                out[c] = f"{column_letter(c)} ({v.strip()})"
    return out


def convert_file(src: Path | str, out: Path | str) -> list[SheetReport]:
    """Convert ``src`` (.xlsx/.xlsm/.xls/.ods/.csv) into ``out`` (.xlsx or .csv); returns
    what was found in each sheet. ``out`` is written whole or not at all."""
    src, out = Path(src), Path(out)
    if out.suffix.lower() not in (".xlsx", ".csv"):
        raise UserError("excel.convert_needs_xlsx_or_csv", file=out.name)
    if out.exists() and src.exists() and out.resolve() == src.resolve():
        raise UserError("excel.convert_same_file", file=out.name)
    kind = check_workbook(src)
    if kind == "xlsx":
        book, reports = _convert_xlsx(src)
    elif kind == "xls":
        book, reports = _convert_xls(src)
    else:
        sheets = [read_csv(src)] if kind == "csv" else [read_sheet(src, name) for name in sheet_names(src)]
        book, reports = None, []
        tables = []
        for sheet in sheets:
            findings = legacy.find(sheet.rows)
            rows = legacy.converted(sheet, findings).rows
            tables.append((sheet.name, rows))
            reports.append(SheetReport(sheet.name, findings, _headers(rows)))
        if out.suffix.lower() == ".csv" and len(tables) == 1:
            _write_csv(out, tables[0][1])
            return reports
        book = _plain_book(tables)
    if out.suffix.lower() == ".csv":
        if len(book.worksheets) != 1:
            raise UserError("excel.convert_many_sheets_csv", file=src.name, sheets=len(book.worksheets))
        _write_csv(out, [[c.value for c in row] for row in book.worksheets[0].iter_rows()])
    else:
        _save(book, out)
    return reports


def _save(book, out: Path) -> None:
    fd, tmp = tempfile.mkstemp(suffix=".xlsx", dir=out.parent)
    os.close(fd)
    try:
        book.save(tmp)
        os.replace(tmp, out)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise UserError("excel.cannot_write", file=out.name, error=e.strerror) from None


def _write_csv(out: Path, rows: list[list[Any]]) -> None:
    fd, tmp = tempfile.mkstemp(suffix=".csv", dir=out.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f)  # CRLF line ends, as Excel on Windows writes and expects
            for row in rows:
                w.writerow(["" if v is None else _text(v) for v in row])
        os.replace(tmp, out)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise UserError("excel.cannot_write", file=out.name, error=e.strerror) from None


def _text(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, dt.datetime):
        return v.strftime("%d/%m/%Y") if v.time() == dt.time() else v.strftime("%d/%m/%Y %H:%M")
    if isinstance(v, dt.date):
        return v.strftime("%d/%m/%Y")
    return str(v)


def _apply_fonts(cell, hint: L.FontHint | None) -> None:
    if hint is not None and cell.font is not None:
        font = copy(cell.font)
        font.name = L.unicode_font(hint.font)
        cell.font = font


def _convert_xlsx(src: Path):
    import openpyxl

    book = openpyxl.load_workbook(src)
    reports = []
    for ws in book.worksheets:
        rows = [[cell.value for cell in row] for row in ws.iter_rows()]
        fonts: legacy.Fonts = {}
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.font is not None:
                    hint = L.font_hint(cell.font.name)
                    if hint is not None:
                        fonts[(cell.row - 1, cell.column - 1)] = hint
        findings = legacy.find(rows, fonts)
        for f in findings:
            for r, text in f.cells.items():
                ws.cell(r + 1, f.column + 1).value = text
        for (r, c), hint in fonts.items():
            _apply_fonts(ws.cell(r + 1, c + 1), hint)
        reports.append(SheetReport(ws.title, findings, _headers(_converted_rows(rows, findings))))
    return book, reports


def _converted_rows(rows, findings):
    rows = [list(r) for r in rows]
    for f in findings:
        for r, text in f.cells.items():
            rows[r][f.column] = text
    return rows


def _convert_xls(src: Path):
    import openpyxl
    import xlrd
    from openpyxl.styles import Font

    try:
        xb = xlrd.open_workbook(str(src), formatting_info=True)
    except Exception as e:  # xlrd's own error types
        raise UserError("excel.file_refused", file=src.name,
                        problem=Message("excel.cannot_read_as_workbook", error=str(e)[:160])) from None
    book = openpyxl.Workbook()
    book.remove(book.active)
    reports = []
    for xs in xb.sheets():
        rows: list[list[Any]] = []
        fonts: legacy.Fonts = {}
        cell_fonts: dict[tuple[int, int], Any] = {}
        for r in range(xs.nrows):
            row = []
            for c in range(xs.row_len(r)):
                cell = xs.cell(r, c)
                value: Any = cell.value
                if cell.ctype == xlrd.XL_CELL_DATE:
                    value = xlrd.xldate_as_datetime(cell.value, xb.datemode)
                elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                    value = None
                elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                    value = bool(cell.value)
                elif cell.ctype == xlrd.XL_CELL_ERROR:
                    value = None
                row.append(value)
                xf = xb.xf_list[cell.xf_index] if cell.xf_index is not None else None
                if xf is not None and xf.font_index < len(xb.font_list):
                    xfont = xb.font_list[xf.font_index]
                    cell_fonts[(r, c)] = xfont
                    hint = L.font_hint(xfont.name)
                    if hint is not None and isinstance(value, str):
                        fonts[(r, c)] = hint
            rows.append(row)
        findings = legacy.find(rows, fonts)
        rows = _converted_rows(rows, findings)
        ws = book.create_sheet(xs.name[:31])
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is None or value == "":
                    continue
                cell = ws.cell(r + 1, c + 1, value)
                xfont = cell_fonts.get((r, c))
                if xfont is not None:
                    name = L.unicode_font(xfont.name) if L.font_hint(xfont.name) else xfont.name
                    cell.font = Font(name=name, bold=bool(xfont.bold), italic=bool(xfont.italic),
                                     size=xfont.height / 20 if xfont.height else None)
                if isinstance(value, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
        for r0, r1, c0, c1 in getattr(xs, "merged_cells", []):
            if r1 - r0 > 1 or c1 - c0 > 1:
                ws.merge_cells(start_row=r0 + 1, start_column=c0 + 1, end_row=r1, end_column=c1)
        reports.append(SheetReport(xs.name, findings, _headers(rows)))
    if not book.worksheets:
        raise UserError("excel.file_refused", file=src.name, problem=Message("excel.has_no_sheets"))
    return book, reports


def _plain_book(tables):
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in tables:
        ws = book.create_sheet(name[:31])
        for row in rows:
            ws.append([None if v == "" else v for v in row])
    return book
