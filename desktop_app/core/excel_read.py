"""Reading workbooks people hand us, safely: .xlsx/.xlsm, .xls and .ods through calamine.

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

from .errors import UserError

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNPACKED = 1024 * 1024 * 1024
MAX_RATIO = 200           # a member compressing better than this and ...
RATIO_MIN_BYTES = 50 * 1024 * 1024  # ... expanding past this size is a bomb
MAX_ROWS = 300_000
MAX_COLUMNS = 200
EXTENSIONS = (".xlsx", ".xlsm", ".xls", ".ods")

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


def _refuse(path: Path, why: str) -> UserError:
    return UserError(f"{path.name}: {why}")


def check_workbook(path: Path) -> str:
    """Refuse hostile or foreign files; return the kind: 'xlsx', 'ods' or 'xls'."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            head = f.read(8)
    except FileNotFoundError:
        raise UserError(f"no such file: {path}") from None
    except OSError as e:
        raise _refuse(path, f"cannot be read ({e.strerror})") from None
    if size == 0:
        raise _refuse(path, "the file is empty")
    if size > MAX_FILE_BYTES:
        raise _refuse(path, f"the file is too large ({size // 2**20} MB; at most {MAX_FILE_BYTES // 2**20} MB)")
    if head.startswith(_OLE):
        return "xls"
    if not head.startswith(_ZIP):
        raise _refuse(path, "is not an Excel or OpenDocument workbook "
                            "(save it as .xlsx in Excel and try again)")
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise _refuse(path, "is damaged or not a workbook (not a valid zip file)") from None
    with zf:
        infos = zf.infolist()
        if len(infos) > 10_000:
            raise _refuse(path, "holds too many parts to be a workbook")
        total = 0
        for info in infos:
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if total > MAX_UNPACKED or (info.file_size > RATIO_MIN_BYTES and ratio > MAX_RATIO):
                raise _refuse(path, "expands to far more data than a workbook holds "
                                    "(a 'zip bomb'); it was not opened")
        names = {i.filename for i in infos}
        if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
            kind = "xlsx"
        elif "content.xml" in names:
            kind = "ods"
        else:
            raise _refuse(path, "is a zip file but not an Excel or OpenDocument workbook")
        if "xl/workbook.bin" in names:
            raise _refuse(path, "is an Excel binary workbook (.xlsb); save it as .xlsx")
        for info in infos:
            if info.filename.endswith((".xml", ".rels", ".vml")):
                with zf.open(info) as part:
                    start = part.read(4096)
                if _DOCTYPE.search(start):
                    raise _refuse(path, f"part {info.filename} declares XML entities "
                                        "(a possible 'XML bomb'); it was not opened")
    return kind


def _count_rows(zf: zipfile.ZipFile, member: str, tag: bytes, limit: int) -> int:
    """Count ``tag`` occurrences in a zip member, streaming, stopping past ``limit``."""
    count = 0
    tail = b""
    with zf.open(member) as part:
        while True:
            chunk = part.read(1 << 20)
            if not chunk:
                break
            data = tail + chunk
            count += data.count(tag) - tail.count(tag)
            tail = data[-(len(tag) - 1):]
            if count > limit:
                break
    return count


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
        if kind == "xlsx":
            member = _xlsx_sheet_parts(zf).get(sheet)
            tag = b"<row "
            if member is None or member not in zf.namelist():
                return
        else:
            member, tag = "content.xml", b"<table:table-row"
        try:
            rows = _count_rows(zf, member, tag, max_rows)
        except (zipfile.BadZipFile, zlib.error, OSError):
            raise _refuse(path, "is damaged (a part cannot be decompressed)") from None
    if rows > max_rows:
        raise _refuse(path, f"sheet {sheet!r} has more than {max_rows:,} rows; "
                            "split it into smaller files and import them one by one")


def sheet_names(path: Path) -> list[str]:
    import python_calamine as pc

    check_workbook(path)
    try:
        wb = pc.CalamineWorkbook.from_path(str(path))
    except Exception as e:  # calamine raises its own error types and plain ValueErrors
        raise _refuse(Path(path), f"cannot be read as a workbook ({_short(e)})") from None
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
    try:
        wb = pc.CalamineWorkbook.from_path(str(path))
    except Exception as e:
        raise _refuse(path, f"cannot be read as a workbook ({_short(e)})") from None
    try:
        names = list(wb.sheet_names)
        if not names:
            raise _refuse(path, "has no sheets")
        if sheet is not None:
            if sheet not in names:
                raise _refuse(path, f"has no sheet named {sheet!r} (sheets: {', '.join(names)})")
            chosen = [sheet]
        else:
            chosen = names
        for name in chosen:
            check_size(path, kind, name, max_rows)
            try:
                ws = wb.get_sheet_by_name(name)
                rows = ws.to_python(skip_empty_area=False)
                merged = [(a[0], a[1], b[0], b[1]) for a, b in (ws.merged_cell_ranges or [])] \
                    if kind == "xlsx" else []
            except Exception as e:
                raise _refuse(path, f"sheet {name!r} cannot be read ({_short(e)})") from None
            if len(rows) > max_rows:
                raise _refuse(path, f"sheet {name!r} has more than {max_rows:,} rows; "
                                    "split it into smaller files and import them one by one")
            if any(len(r) > MAX_COLUMNS for r in rows[:50]):
                rows = [r[:MAX_COLUMNS] for r in rows]
            if sheet is not None or any(any(v != "" for v in r) for r in rows[:200]):
                return SheetData(name, rows, merged, names)
        raise _refuse(path, "has no data in any sheet")
    finally:
        wb.close()
