"""Old Vietnamese fonts in a sheet: find the columns typed in TCVN3, VNI, VISCII, VPS or
Windows-1258 and convert them to Unicode, column by column.

A cell's font says the most (".VnTime" is TCVN3, ".VnTimeH" the same in capitals,
"VNI-Times" VNI): calamine gives no fonts, so they are read with openpyxl (.xlsx, only
when the file's styles name an old font at all) and xlrd (.xls). Without fonts (.csv,
.ods, or a file saved again in another font) the characters decide
(``legacy_text.guess_encoding``). Each column is decided on its own, so a file where
some columns were converted already and some not comes out right; the user can switch
any column's conversion off.
"""

from __future__ import annotations

import zipfile
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from desktop_app.core import legacy_text as L
from desktop_app.core.excel.read import SheetData
from desktop_app.core.messages import Message

Fonts = dict[tuple[int, int], L.FontHint]   # (row, column), 0-based -> the old font of that cell


@dataclass
class ColumnFinding:
    column: int
    encoding: str
    font: str | None                 # the old font's name when the file gave one
    cells: dict[int, str]            # row -> converted text
    samples: list[tuple[int, str, str]] = field(default_factory=list)  # (row, before, after)
    enabled: bool = True

    @property
    def label(self) -> str:
        """'TCVN3 (.VnTime)', or 'VNI' when only the characters told."""
        name = L.NAMES[self.encoding]
        return f"{name} ({self.font})" if self.font else name


    def sample(self, first_row: int = 0) -> tuple[str, str]:
        """(before, after) of a cell from ``first_row`` on (a data row rather than the header)."""
        for r, before, after in self.samples:
            if r >= first_row:
                return before, after
        return self.samples[0][1:] if self.samples else ("", "")


def describe(finding: ColumnFinding, header: str, first_row: int = 0) -> Message:
    """One line for the dry run and the wizard, with a before/after sample from the data
    rows (``first_row`` on)."""
    before, after = finding.sample(first_row)
    return Message("excel.legacy_converted" if finding.enabled else "excel.legacy_kept", font=finding.label,
                   column=header, before=before, after=after,
                   cells=sum(r >= first_row for r in finding.cells) or len(finding.cells))


# --- fonts -------------------------------------------------------------------------------

def _xlsx_names_old_font(path: Path) -> bool:
    """The styles part is small; read it before paying for openpyxl on a large file."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
            text = b""
            for part in ("xl/styles.xml", "xl/sharedStrings.xml"):
                if part in names:
                    with zf.open(part) as f:
                        text += f.read(8 << 20)
    except (OSError, zipfile.BadZipFile):
        return False
    low = text.lower()
    return any(k in low for k in (b'val=".vn', b'val="vni', b'val="vps', b"viscii"))


def xlsx_fonts(path: Path, sheet: str) -> Fonts:
    if not _xlsx_names_old_font(path):
        return {}
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        if sheet not in wb.sheetnames:
            return {}
        ws = wb[sheet]
        hints: dict[int, L.FontHint | None] = {}
        out: Fonts = {}
        for row in ws.iter_rows():
            for cell in row:
                style = getattr(cell, "_style_id", None)
                if style is None or not isinstance(cell.value, str):
                    continue
                if style not in hints:
                    hints[style] = L.font_hint(cell.font.name if cell.font is not None else None)
                hint = hints[style]
                if hint is not None:
                    out[(cell.row - 1, cell.column - 1)] = hint
        return out
    finally:
        wb.close()


def xls_fonts(path: Path, sheet: str) -> Fonts:
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    except Exception:  # xlrd cannot read every .xls calamine can (e.g. BIFF2-4): go by the text
        return {}
    try:
        if sheet not in book.sheet_names():
            return {}
        ws = book.sheet_by_name(sheet)
        by_xf = {}
        for i, xf in enumerate(book.xf_list):
            fi = xf.font_index
            by_xf[i] = L.font_hint(book.font_list[fi].name) if fi < len(book.font_list) else None
        out: Fonts = {}
        for r in range(ws.nrows):
            for c in range(ws.row_len(r)):
                if ws.cell_type(r, c) == xlrd.XL_CELL_TEXT and by_xf.get(ws.cell_xf_index(r, c)) is not None:
                    out[(r, c)] = by_xf[ws.cell_xf_index(r, c)]
        return out
    finally:
        book.release_resources()


def sheet_fonts(path: Path, kind: str, sheet: str) -> Fonts:
    if kind == "xlsx":
        return xlsx_fonts(path, sheet)
    if kind == "xls":
        return xls_fonts(path, sheet)
    return {}


# --- finding and converting ----------------------------------------------------------------

def find(rows: list[list[Any]], fonts: Fonts | None = None) -> list[ColumnFinding]:
    """The columns of ``rows`` holding old-font text, each with its converted cells."""
    fonts = fonts or {}
    width = max((len(r) for r in rows), default=0)
    by_column: dict[int, dict[int, L.FontHint]] = {}
    for (r, c), hint in fonts.items():
        by_column.setdefault(c, {})[r] = hint
    out = []
    for c in range(width):
        hinted = by_column.get(c, {})
        values = [(r, row[c]) for r, row in enumerate(rows)
                  if c < len(row) and isinstance(row[c], str) and row[c] and not row[c].isascii()]
        if not hinted:  # without fonts only text an old font could have produced matters
            possible = {v for v in {v for _, v in values} if L.could_be_legacy(v)}
            values = [(r, v) for r, v in values if v in possible]
        values += [(r, rows[r][c]) for r in hinted
                   if r < len(rows) and c < len(rows[r]) and isinstance(rows[r][c], str) and rows[r][c].isascii()]
        values.sort()
        if not values:
            continue
        guess = L.guess_encoding(v for r, v in values if r not in hinted)
        cells: dict[int, str] = {}
        cache: dict[tuple, str | None] = {}
        for r, v in values:
            hint = hinted.get(r)
            if hint is None and guess.encoding is None:
                continue
            key = (v, hint)
            if key not in cache:
                cache[key] = L.convert_cell(v, hint, guess.encoding, ties=guess.strong)
            new = cache[key]
            if new is not None:
                cells[r] = new
        if not cells:
            continue
        used = Counter(hinted[r] for r in cells if r in hinted)
        if used:
            hint = used.most_common(1)[0][0]
            encoding, font = hint.encoding, hint.font
        else:
            encoding, font = guess.encoding, None
        if encoding == "tcvn3":
            lowered = [r for r in cells if not (hinted.get(r) and hinted[r].upper)]
            fixed = L.restore_capitals([cells[r] for r in lowered])
            if fixed is not None:
                cells.update(zip(lowered, fixed))
        samples, shown = [], set()
        for r, new in cells.items():
            before = rows[r][c]
            if before not in shown:
                shown.add(before)
                samples.append((r, before, new))
                if len(samples) >= 12:
                    break
        out.append(ColumnFinding(c, encoding, font, cells, samples))
    return out


def converted(sheet: SheetData, findings: list[ColumnFinding]) -> SheetData:
    """A copy of ``sheet`` with the enabled findings applied (the original is kept, so a
    conversion can be switched off again)."""
    active = [f for f in findings if f.enabled]
    if not active:
        return sheet
    touched = {r for f in active for r in f.cells}
    rows = [list(row) if r in touched else row for r, row in enumerate(sheet.rows)]
    for f in active:
        for r, text in f.cells.items():
            rows[r][f.column] = text
    return replace(sheet, rows=rows)


def find_in_sheet(path: Path, sheet: SheetData) -> list[ColumnFinding]:
    return find(sheet.rows, sheet_fonts(path, sheet.kind, sheet.name))
