"""A worksheet written in openpyxl's write-only mode but filled like a normal one.

The forms are laid out cell by cell (``cell(r, c)``, merged title rows, borders), while
the "Chi tiết" sheet of a city holds 9,000 unions by 34 rows: a normal openpyxl
workbook spent 8 s on that, and even its write-only writer 4 s (it serialises every cell
through an XML tree without lxml). So the styled cells go through openpyxl, and the long
runs of plain values are left as empty rows there and filled in afterwards, as XML
written directly, the way ``core/excel/xlsx.py`` writes the big exports.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from desktop_app.core.excel.xlsx import column_letter

PAPER_A4 = "9"
_BAD_XML = {i: None for i in range(32) if i not in (9, 10, 13)}
_EMPTY_ROW = re.compile(r'<row r="(\d+)"\s*(?:/>|></row>)')


def row_xml(r: int, values: list[Any]) -> str:
    """One row of plain values (numbers, text) as sheet XML."""
    parts = [f'<row r="{r}">']
    for i, v in enumerate(values):
        if v is None or v == "":
            continue
        ref = f"{column_letter(i)}{r}"
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            text = escape(str(v).translate(_BAD_XML))
            parts.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>')
        else:
            parts.append(f'<c r="{ref}"><v>{int(v) if float(v).is_integer() else repr(float(v))}</v></c>')
    parts.append("</row>")
    return "".join(parts)


class Cell:
    __slots__ = ("alignment", "border", "fill", "font", "number_format", "value")

    def __init__(self, value: Any = None):
        self.value = value
        self.font = self.alignment = self.border = self.fill = self.number_format = None

    def styled(self) -> bool:
        return any(x is not None for x in (self.font, self.alignment, self.border, self.fill, self.number_format))


class SheetBuffer:
    """``cell``, ``merge_cells`` and ``set_row`` are buffered; everything else (column
    widths, row heights, page setup, freeze panes, auto filter) goes to the real
    write-only sheet. Call ``flush()`` once, at the end."""

    def __init__(self, ws):
        self.ws = ws
        self._cells: dict[tuple[int, int], Cell] = {}
        self._rows: dict[int, list[Any]] = {}
        self.pending: dict[int, list[Any]] = {}  # rows left empty by openpyxl, filled by save()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.ws, name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in ("ws", "_cells", "_rows", "pending"):
            object.__setattr__(self, name, value)
        else:  # freeze_panes, print_title_rows...: the sheet's own
            setattr(self.ws, name, value)

    def cell(self, row: int, column: int, value: Any = None) -> Cell:
        c = self._cells.get((row, column))
        if c is None:
            c = self._cells[(row, column)] = Cell(value)
        elif value is not None:
            c.value = value
        return c

    def merge_cells(self, ref: str) -> None:
        self.ws.merged_cells.add(ref)

    def set_row(self, row: int, values: list[Any]) -> None:
        """A whole row of plain values (the fast path for long lists)."""
        self._rows[row] = values

    def flush(self) -> None:
        from openpyxl.cell import WriteOnlyCell

        by_row: dict[int, list[tuple[int, Cell]]] = {}
        for (r, c), cell in self._cells.items():
            by_row.setdefault(r, []).append((c, cell))
        last = max([*by_row, *self._rows, 0])
        for r in range(1, last + 1):
            if r in self._rows and r not in by_row:
                self.pending[r] = self._rows[r]
                self.ws.append([])
                continue
            values = list(self._rows.get(r, ()))
            for c, cell in by_row.get(r, ()):
                while len(values) < c:
                    values.append(None)
                if cell.styled():
                    out = WriteOnlyCell(self.ws, value=cell.value)
                    for attr in ("font", "alignment", "border", "fill", "number_format"):
                        if getattr(cell, attr) is not None:
                            setattr(out, attr, getattr(cell, attr))
                    values[c - 1] = out
                else:
                    values[c - 1] = cell.value
            self.ws.append(values)


def save(wb, buffers: list[SheetBuffer], path: Path) -> None:
    """Save ``wb`` (write-only, every buffer flushed) to ``path`` and fill in the rows
    the buffers left empty."""
    wb.save(path)
    parts = {f"xl/worksheets/sheet{wb.worksheets.index(b.ws) + 1}.xml": b.pending for b in buffers if b.pending}
    if not parts:
        return
    tmp = Path(path).with_name(Path(path).name + ".rows")
    try:
        with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=3) as dst:
            for info in src.infolist():
                data = src.read(info.filename)
                pending = parts.get(info.filename)
                if pending:
                    def fill(m: re.Match, pending: dict[int, list[Any]] = pending) -> str:
                        r = int(m.group(1))
                        return row_xml(r, pending[r]) if r in pending else m.group(0)
                    data = _EMPTY_ROW.sub(fill, data.decode("utf-8")).encode("utf-8")
                dst.writestr(info, data)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
