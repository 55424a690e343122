"""Reading workbooks people hand us, safely: .xlsx/.xlsm, .xls and .ods through calamine,
and .csv text files (UTF-8, or the Windows code page old programs wrote).

A workbook from an unknown USB stick may be anything, so before calamine parses a
byte of it the file is checked:

* its first bytes must be a zip (xlsx/ods) or OLE2 (xls) signature;
* a zip must not expand to more than ``MAX_UNPACKED`` bytes nor any member expand
  suspiciously far (zip bombs);
* no XML part may carry a document type declaration (``<!DOCTYPE``/``<!ENTITY``):
  real workbooks never do, and entity expansion is how XML bombs work;
* the sheet must have at most ``MAX_ROWS`` rows, counted by streaming through the
  compressed sheet with bounded memory, so a 1,000,000-row sheet is refused in about
  a second instead of being loaded whole.

Every refusal is a ``UserError`` with a message an officer can act on.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.core.errors import UserError
from desktop_app.core.messages import Message

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNPACKED = 1024 * 1024 * 1024
MAX_RATIO = 200           # a member compressing better than this and ...
RATIO_MIN_BYTES = 50 * 1024 * 1024  # ... expanding past this size is a bomb
MAX_ROWS = 300_000
MAX_COLUMNS = 200
EXTENSIONS = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DOCTYPE = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


@dataclass
class SheetData:
    """One sheet's cells as Python values ('' for an empty cell), with its merged ranges."""

    name: str
    rows: list[list[Any]]
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1 (0-based)
    sheet_names: list[str] = field(default_factory=list)
    kind: str = ""   # 'xlsx', 'xls', 'ods' or 'csv': where fonts can be read from


def _refuse(path: Path, why: object) -> UserError:
    return UserError("excel.file_refused", file=path.name, problem=why)


def check_workbook(path: Path) -> str:
    """Refuse hostile or foreign files; return the kind: 'xlsx', 'ods' or 'xls'."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            head = f.read(8)
    except FileNotFoundError:
        raise UserError("excel.no_such_file", path=path) from None
    except OSError as e:
        raise _refuse(path, Message("excel.cannot_read", error=e.strerror)) from None
    if size == 0:
        raise _refuse(path, Message("excel.file_empty"))
    if size > MAX_FILE_BYTES:
        raise _refuse(path, Message("excel.file_too_large", size_mb=size // 2**20, max_mb=MAX_FILE_BYTES // 2**20))
    if head.startswith(_OLE):
        return "xls"
    if path.suffix.lower() == ".csv":
        return "csv"
    if not head.startswith(_ZIP):
        raise _refuse(path, Message("excel.not_a_workbook"))
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise _refuse(path, Message("excel.not_a_zip")) from None
    with zf:
        infos = zf.infolist()
        if len(infos) > 10_000:
            raise _refuse(path, Message("excel.too_many_parts"))
        total = 0
        for info in infos:
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if total > MAX_UNPACKED or (info.file_size > RATIO_MIN_BYTES and ratio > MAX_RATIO):
                raise _refuse(path, Message("excel.zip_bomb"))
        names = {i.filename for i in infos}
        if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
            kind = "xlsx"
        elif "content.xml" in names:
            kind = "ods"
        else:
            raise _refuse(path, Message("excel.zip_not_workbook"))
        if "xl/workbook.bin" in names:
            raise _refuse(path, Message("excel.xlsb"))
        for info in infos:
            if info.filename.endswith((".xml", ".rels", ".vml")):
                with zf.open(info) as part:
                    start = part.read(4096)
                if _DOCTYPE.search(start):
                    raise _refuse(path, Message("excel.xml_bomb", filename=info.filename))
    return kind


MAX_CELLS = 6_000_000  # rows x columns calamine allocates (and we turn into Python values)

_XLSX_ROW = re.compile(rb"<row\b[^>]*?\br=\"(\d+)\"")
_XLSX_TAG = re.compile(rb"<row\b")
_XLSX_COL = re.compile(rb"<c\b[^>]*?\br=\"([A-Z]{1,3})\d+\"")
_ODS_ROW = re.compile(rb"<table:table-row\b([^>]*?)(?:/>|>(.*?)</table:table-row>)|(<table:table\s)", re.S)
_ODS_CELL = re.compile(rb"<table:(?:covered-)?table-cell\b([^>]*?)(/>|>(.*?)</table:(?:covered-)?table-cell>)", re.S)
_REPEAT_ROWS = re.compile(rb'number-rows-repeated="(\d+)"')
_REPEAT_COLS = re.compile(rb'number-columns-repeated="(\d+)"')


def _col_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def _stream(zf: zipfile.ZipFile, member: str):
    with zf.open(member) as part:
        while True:
            chunk = part.read(1 << 20)
            if not chunk:
                return
            yield chunk


def _xlsx_extent(zf: zipfile.ZipFile, member: str, max_rows: int) -> tuple[int, int]:
    """(rows, columns) of the rectangle a sheet spans, from its row and cell references,
    streaming; stops as soon as the rows pass ``max_rows``."""
    rows = cols = tags = 0
    tail = b""
    for chunk in _stream(zf, member):
        data = tail + chunk
        cut = data.rfind(b"<")
        body, tail = (data[:cut], data[cut:]) if cut > 0 and len(data) - cut < 4096 else (data, b"")
        refs = _XLSX_ROW.findall(body)
        if refs:
            rows = max(rows, max(int(x) for x in refs))
        tags += len(_XLSX_TAG.findall(body))
        letters = set(_XLSX_COL.findall(body))
        if letters:
            cols = max(cols, max(_col_number(x) for x in letters))
        if max(rows, tags) > max_rows:
            break
    return max(rows, tags), cols


def _ods_extent(zf: zipfile.ZipFile, max_rows: int) -> tuple[int, int]:
    """(rows, columns) up to the last cell with content, counting repeated rows and
    cells the way a reader expands them (a tiny file can claim a million rows)."""
    position = last_row = width = 0
    buf = b""
    for chunk in _stream(zf, "content.xml"):
        buf += chunk
        end = 0
        for m in _ODS_ROW.finditer(buf):
            end = m.end()
            if m.group(3):  # a new sheet starts
                position = 0
                continue
            repeat = _REPEAT_ROWS.search(m.group(1))
            n = int(repeat.group(1)) if repeat else 1
            content = m.group(2) or b""
            col = last_col = 0
            for c in _ODS_CELL.finditer(content):
                rc = _REPEAT_COLS.search(c.group(1))
                k = int(rc.group(1)) if rc else 1
                col += k
                inner = c.group(3) or b""
                if b"office:value" in c.group(1) or b"<text:" in inner:
                    last_col = col
            if last_col:
                last_row = position + n
                width = max(width, last_col)
            position += n
            if last_row > max_rows:
                return last_row, width
        buf = buf[end:]
        if len(buf) > 32 * 1024 * 1024:
            raise UserError("excel.row_too_large")
    return last_row, width


def _xlsx_sheet_parts(zf: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> zip member of its XML, from workbook.xml and its relationships."""
    wb = zf.read("xl/workbook.xml").decode("utf-8", "replace")
    rels = zf.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace") \
        if "xl/_rels/workbook.xml.rels" in zf.namelist() else ""
    targets = {}
    for m in re.finditer(r"<Relationship\b[^>]*>", rels):
        tag = m.group(0)
        rid = re.search(r'\bId="([^"]+)"', tag)
        target = re.search(r'\bTarget="([^"]+)"', tag)
        if rid and target:
            t = target.group(1)
            t = t.lstrip("/") if t.startswith("/") else "xl/" + t
            targets[rid.group(1)] = t
    out = {}
    for m in re.finditer(r"<(?:\w+:)?sheet\b[^>]*>", wb):
        tag = m.group(0)
        name = re.search(r'\bname="([^"]*)"', tag)
        rid = re.search(r'\b\w+:id="([^"]+)"', tag)
        if name and rid and rid.group(1) in targets:
            out[_xml_unescape(name.group(1))] = targets[rid.group(1)]
    return out


def _xml_unescape(text: str) -> str:
    return (text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
            .replace("&apos;", "'").replace("&amp;", "&"))


def check_size(path: Path, kind: str, sheet: str, max_rows: int = MAX_ROWS) -> None:
    """Refuse a sheet with more than ``max_rows`` rows before it is loaded."""
    if kind == "xls":
        return  # the .xls format itself stops at 65,536 rows
    with zipfile.ZipFile(path) as zf:
        try:
            if kind == "xlsx":
                member = _xlsx_sheet_parts(zf).get(sheet)
                if member is None or member not in zf.namelist():
                    return
                rows, cols = _xlsx_extent(zf, member, max_rows)
            else:
                rows, cols = _ods_extent(zf, max_rows)
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError):
            raise _refuse(path, Message("excel.part_damaged")) from None
        except UserError as e:
            raise _refuse(path, e) from None
    what = Message("excel.the_sheet", name=repr(sheet)) if kind == "xlsx" else Message("excel.a_sheet")
    if rows > max_rows:
        raise _refuse(path, Message("excel.too_many_rows", what=what, max_rows=format(max_rows, ',')))
    if rows * max(cols, 1) > MAX_CELLS:
        raise _refuse(path, Message("excel.sheet_too_wide", what=what, rows=format(rows, ','),
                                    cols=format(cols, ',')))


def sheet_names(path: Path) -> list[str]:
    import python_calamine as pc

    kind = check_workbook(path)
    if kind == "csv":
        return [Path(path).stem]
    if kind == "ods":
        check_size(Path(path), "ods", "")
    try:
        wb = pc.CalamineWorkbook.from_path(str(path))
    except Exception as e:  # calamine raises its own error types and plain ValueErrors
        raise _refuse(Path(path), Message("excel.cannot_read_as_workbook", error=_short(e))) from None
    try:
        return list(wb.sheet_names)
    finally:
        wb.close()


def _short(e: Exception) -> str:
    text = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
    return text[:160]


def read_sheet(path: Path | str, sheet: str | None = None, *, max_rows: int = MAX_ROWS) -> SheetData:
    """Check ``path`` and read one sheet (the first with data by default)."""
    import python_calamine as pc

    path = Path(path)
    kind = check_workbook(path)
    if kind == "csv":
        return read_csv(path, max_rows=max_rows)
    if kind == "ods":  # calamine parses every sheet of an .ods when it opens it
        check_size(path, kind, "", max_rows)
    try:
        wb = pc.CalamineWorkbook.from_path(str(path))
    except Exception as e:
        raise _refuse(path, Message("excel.cannot_read_as_workbook", error=_short(e))) from None
    try:
        names = list(wb.sheet_names)
        if not names:
            raise _refuse(path, Message("excel.has_no_sheets"))
        if sheet is not None:
            if sheet not in names:
                raise _refuse(path, Message("excel.no_such_sheet", sheet=repr(sheet),
                                            names=", ".join(names)))
            chosen = [sheet]
        else:
            chosen = names
        for name in chosen:
            if kind == "xlsx":
                check_size(path, kind, name, max_rows)
            try:
                ws = wb.get_sheet_by_name(name)
                rows = ws.to_python(skip_empty_area=False)
                merged = [(a[0], a[1], b[0], b[1]) for a, b in (ws.merged_cell_ranges or [])] \
                    if kind == "xlsx" else []
            except Exception as e:
                raise _refuse(path, Message("excel.sheet_cannot_read", name=repr(name), error=_short(e))) from None
            if len(rows) > max_rows:
                raise _refuse(path, Message("excel.sheet_has_more_than_rows", name=repr(name),
                                            max_rows=format(max_rows, ',')))
            if any(len(r) > MAX_COLUMNS for r in rows[:50]):
                rows = [r[:MAX_COLUMNS] for r in rows]
            if sheet is not None or any(any(v != "" for v in r) for r in rows[:200]):
                return SheetData(name, rows, merged, names, kind)
        raise _refuse(path, Message("excel.has_no_data_any_sheet"))
    finally:
        wb.close()


def decode_text_file(data: bytes) -> str:
    """UTF-8 (with or without BOM) when it is valid UTF-8; otherwise the file was written
    by an old Windows program: each byte becomes the character Windows shows for it, the
    same characters Excel keeps for text in an old Vietnamese font."""
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from desktop_app.core.legacy_text import CHAR_OF_BYTE
        return "".join(CHAR_OF_BYTE[b] for b in data)


def _separator(lines: list[str]) -> str:
    """The separator that splits the most lines into the same number of fields (title
    lines above the table have none; a comma inside an address does not repeat)."""
    from collections import Counter

    best, best_lines = ",", 0
    for sep in (",", ";", "\t"):
        counts = Counter(line.count(sep) for line in lines if line.count(sep))
        lines_with_mode = counts.most_common(1)[0][1] if counts else 0
        if lines_with_mode > best_lines:
            best, best_lines = sep, lines_with_mode
    return best


def read_csv(path: Path, *, max_rows: int = MAX_ROWS) -> SheetData:
    """A .csv file as one sheet of text cells; the separator (comma, semicolon or tab,
    as Excel writes under Vietnamese regional settings) is found from the first lines."""
    import csv
    import io

    text = decode_text_file(path.read_bytes())
    delimiter = _separator(text[:65536].splitlines()[:100])
    rows = []
    for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
        rows.append([v.strip() for v in row[:MAX_COLUMNS]])
        if len(rows) > max_rows:
            raise _refuse(path, Message("excel.too_many_rows", what=Message("excel.the_file"),
                                        max_rows=format(max_rows, ",")))
    if not any(any(v for v in r) for r in rows):
        raise _refuse(path, Message("excel.has_no_data"))
    return SheetData(path.stem, rows, [], [path.stem], "csv")
