"""02-HĐCĐ written out: as an .xlsx workbook in the form's own layout (with a "Chi tiết"
sheet of each union's part of every row, and the unions that have not reported), and
as a PDF in the document template."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import sqlite_utils
from openpyxl.utils import get_column_letter
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from desktop_app.core.excel.export import safe_text
from desktop_app.core.reports.template import (
    FONT,
    FONT_BOLD,
    FONT_ITALIC,
    Issuer,
    Page,
    Signer,
    Styles,
    body_chair,
    build_pdf,
    header_block,
    para,
    paragraph_style,
    sign_off,
    signature_block,
    title_block,
    vn_long_date,
)
from desktop_app.core.statistics.compute import Form02, compute
from desktop_app.core.statistics.forms import (
    DECISION,
    FORM02_CODE,
    FORM02_TITLE,
    ROWS,
    SECTIONS,
    Row,
)
from desktop_app.core.statistics.sheet import PAPER_A4, SheetBuffer, save
from desktop_app.core.storage.files import save_atomically
from desktop_app.core.text import vn_date, vn_number

NOT_REPORTED = "Chưa có số liệu"


def as_of_line(day: dt.date) -> str:
    return f"Số liệu tính đến {vn_long_date(day)}"


def period_line(form: Form02) -> str:
    return f"Kỳ báo cáo: từ {vn_date(form.start)} đến {vn_date(form.as_of)}"


def shown(row: Row, value: float | None) -> str:
    """A figure as printed; an unknown one is not printed as 0."""
    if value is None:
        return ""
    return vn_number(value)


def coverage(form: Form02, row: Row) -> str:
    """Who the figure of a section I row comes from: 'x/y CĐCS báo cáo'."""
    if not row.reported:
        return ""
    n = form.reported.get(row.key, 0)
    if n == 0:
        return f"{NOT_REPORTED} (0/{vn_number(form.active)} CĐCS báo cáo)"
    return f"{vn_number(n)}/{vn_number(form.active)} CĐCS báo cáo"


# --- workbook ----------------------------------------------------------------------

def styles():
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="000000")
    return {
        "font": Font(name="Times New Roman", size=12),
        "bold": Font(name="Times New Roman", size=12, bold=True),
        "italic": Font(name="Times New Roman", size=12, italic=True),
        "title": Font(name="Times New Roman", size=14, bold=True),
        "border": Border(top=thin, bottom=thin, left=thin, right=thin),
        "center": Alignment(horizontal="center", vertical="center", wrap_text=True),
        "left": Alignment(horizontal="left", vertical="center", wrap_text=True),
        "right": Alignment(horizontal="right", vertical="center"),
        "fill": PatternFill("solid", fgColor="DDE7F0"),
    }


def write_title_block(ws, issuer: Issuer, code: str, title: str, day: dt.date, unit_line: str | None,
                      width: int) -> int:
    """Rows 1-7 of a form sheet (bodies top left, form number top right, title, date);
    returns the next free row."""
    from openpyxl.utils import get_column_letter

    st = styles()
    last = get_column_letter(width)
    left = "A{r}:B{r}"
    rows = [(issuer.parent, st["font"]), (issuer.own or issuer.name, st["bold"])]
    if unit_line:
        rows.append((unit_line, st["bold"]))
    for r, (value, font) in enumerate(rows, 1):
        ws.merge_cells(left.format(r=r))
        c = ws.cell(r, 1, safe_text(value or ""))
        c.font, c.alignment = font, st["center"]
    c = ws.cell(1, width, f"Mẫu số {code}")
    c.font, c.alignment = st["bold"], st["center"]
    c = ws.cell(2, width, DECISION)
    c.font, c.alignment = st["italic"], st["center"]
    ws.row_dimensions[2].height = 48
    r = len(rows) + 2
    for value, font in ((title.upper(), st["title"]), (as_of_line(day), st["italic"])):
        ws.merge_cells(f"A{r}:{last}{r}")
        c = ws.cell(r, 1, value)
        c.font, c.alignment = font, st["center"]
        r += 1
    return r + 1


def write_form_table(ws, start_row: int, rows: list[tuple[Row, Any, str]], value_head: str = "Số liệu",
                     form01: bool = False) -> int:
    """The table of the form: STT | Chỉ tiêu | Đơn vị tính | value | Ghi chú; section
    heading rows between; returns the row after it."""
    st = styles()
    heads = ("STT", "Chỉ tiêu", "Đơn vị tính", value_head, "Ghi chú")
    for c, h in enumerate(heads, 1):
        cell = ws.cell(start_row, c, h)
        cell.font, cell.alignment, cell.border, cell.fill = st["bold"], st["center"], st["border"], st["fill"]
    for c in range(1, 6):  # column numbers under the heads, as printed forms have them
        cell = ws.cell(start_row + 1, c, f"({c})" if c > 1 else "(1)")
        cell.font, cell.alignment, cell.border = st["italic"], st["center"], st["border"]
    r = start_row + 2
    section = None
    for row, value, note in rows:
        if row.section != section:
            section = row.section
            ws.cell(r, 1, section)
            ws.cell(r, 2, SECTIONS[section].upper())
            for c in range(1, 6):
                cell = ws.cell(r, c)
                cell.font, cell.border = st["bold"], st["border"]
                cell.alignment = st["center"] if c != 2 else st["left"]
            r += 1
        number, label = row.on_form01() if form01 else (row.number, row.label)
        sub = "." in number
        ws.cell(r, 1, number)
        ws.cell(r, 2, ("    " if sub else "") + label)
        ws.cell(r, 3, row.unit)
        ws.cell(r, 4, value)
        ws.cell(r, 5, note)
        for c in range(1, 6):
            cell = ws.cell(r, c)
            cell.font = st["font"] if sub or c != 2 else st["bold"]
            cell.border = st["border"]
            cell.alignment = st["right"] if c == 4 else st["center"] if c in (1, 3) else st["left"]
        if isinstance(value, (int, float)):
            ws.cell(r, 4).number_format = "#,##0"
        r += 1
    return r


def _signatures_xlsx(ws, r: int, issuer: Issuer, chair: str) -> None:
    st = styles()
    place = f"{issuer.place}, " if issuer.place else ""
    ws.merge_cells(f"D{r}:E{r}")
    c = ws.cell(r, 4, f"{place}{vn_long_date(dt.date.today())}")
    c.font, c.alignment = st["italic"], st["center"]
    r += 1
    for col, title in ((2, "NGƯỜI LẬP BIỂU"), (4, "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH")):
        if col == 4:
            ws.merge_cells(f"D{r}:E{r}")
        c = ws.cell(r, col, title)
        c.font, c.alignment = st["bold"], st["center"]
    ws.row_dimensions[r].height = 32
    if chair:
        ws.merge_cells(f"D{r + 5}:E{r + 5}")
        c = ws.cell(r + 5, 4, chair)
        c.font, c.alignment = st["bold"], st["center"]


def setup_page(ws, widths: dict[str, float], landscape: bool = False) -> None:
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.page_setup.paperSize = PAPER_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _detail_sheet(wb, form: Form02) -> SheetBuffer:
    """One row per union with a part in any row (or active on the date), one column per
    form row, and the totals underneath: they equal the form."""
    st = styles()
    ws = SheetBuffer(wb.create_sheet("Chi tiết"))
    heads = ["Mã CĐCS", "Tên công đoàn cơ sở", "Khối", "Hoạt động tại ngày báo cáo", "Đã báo cáo 01-HĐCĐ"] + \
        [f"{r.section}.{r.number} {r.label} ({r.unit})" for r in ROWS]
    for col, w in (("A", 12), ("B", 46), ("C", 24)):
        ws.column_dimensions[col].width = w
    for c in range(4, len(heads) + 1):
        ws.column_dimensions[get_column_letter(c)].width = 14
    ws.row_dimensions[1].height = 90
    for c, h in enumerate(heads, 1):
        cell = ws.cell(1, c, h)
        cell.font, cell.alignment, cell.border, cell.fill = st["bold"], st["center"], st["border"], st["fill"]
    missing = {m["id"] for m in form.missing}
    ids = sorted({*form.parts, *(u for u, i in form.unions.items() if i.active)},
                 key=lambda u: (form.unions[u].name.lower(), u) if u in form.unions else ("", u))
    r = 2
    for uid in ids:
        info = form.unions.get(uid)
        part = form.parts.get(uid, {})
        active = bool(info and info.active)
        ws.set_row(r, [safe_text(info.code or "") if info else "", safe_text(info.name) if info else f"#{uid}",
                       info.sector_name if info else "", "Có" if active else "Không",
                       ("Chưa" if uid in missing else "Rồi") if active else "",
                       *(part.get(row.key) for row in ROWS)])
        r += 1
    ws.cell(r, 2, "Tổng cộng (bằng số liệu trên mẫu 02-HĐCĐ)").font = st["bold"]
    for c, row in enumerate(ROWS, 6):
        v = form.totals.get(row.key)
        cell = ws.cell(r, c, v if v is not None else NOT_REPORTED)
        cell.font = st["bold"]
        if v is not None:
            cell.number_format = "#,##0"
    r += 2
    ws.cell(r, 2, "Cách tính từng dòng:").font = st["bold"]
    for row in ROWS:
        r += 1
        ws.cell(r, 2, f"{row.section}.{row.number} {row.label}: {row.how}")
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(heads))}{len(ids) + 1}"
    ws.flush()
    return ws


def _missing_sheet(wb, form: Form02) -> SheetBuffer:
    st = styles()
    ws = SheetBuffer(wb.create_sheet("Chưa báo cáo"))
    for col, w in (("A", 6), ("B", 12), ("C", 50), ("D", 30)):
        ws.column_dimensions[col].width = w
    ws.cell(1, 1, f"CĐCS chưa gửi mẫu 01-HĐCĐ ({as_of_line(form.as_of).lower()}): "
                  f"{vn_number(len(form.missing))}/{vn_number(form.active)}").font = st["bold"]
    for c, h in enumerate(("STT", "Mã CĐCS", "Tên công đoàn cơ sở", "Khối"), 1):
        cell = ws.cell(3, c, h)
        cell.font, cell.border, cell.fill = st["bold"], st["border"], st["fill"]
    for i, m in enumerate(form.missing, 1):
        ws.set_row(3 + i, [i, safe_text(m["code"] or ""), safe_text(m["name"]), m["sector"] or ""])
    ws.flush()
    return ws


def form02_xlsx(db: sqlite_utils.Database, as_of: dt.date | str, out: Path | str, *,
                form: Form02 | None = None) -> Path:
    """Write 02-HĐCĐ for ``as_of`` to ``out`` (atomically)."""
    from openpyxl import Workbook

    form = form or compute(db, as_of)
    issuer = Issuer.of(db)
    wb = Workbook(write_only=True)
    ws = SheetBuffer(wb.create_sheet(FORM02_CODE))
    setup_page(ws, {"A": 7, "B": 52, "C": 13, "D": 14, "E": 26})
    r = write_title_block(ws, issuer, FORM02_CODE, FORM02_TITLE, form.as_of, None, 5)
    ws.merge_cells(f"A{r - 1}:E{r - 1}")
    c = ws.cell(r - 1, 1, period_line(form))
    c.font, c.alignment = styles()["italic"], styles()["center"]
    rows = [(row, form.totals.get(row.key), coverage(form, row)) for row in ROWS]
    r = write_form_table(ws, r + 1, rows)
    note = (f"Số CĐCS đã gửi mẫu 01-HĐCĐ: {vn_number(form.active - len(form.missing))}/"
            f"{vn_number(form.active)}. Mục II tính từ dữ liệu của đơn vị tại ngày báo cáo; "
            "chi tiết từng CĐCS ở trang tính \"Chi tiết\".")
    ws.merge_cells(f"A{r + 1}:E{r + 1}")
    c = ws.cell(r + 1, 1, note)
    c.font, c.alignment = styles()["italic"], styles()["left"]
    ws.row_dimensions[r + 1].height = 34
    _signatures_xlsx(ws, r + 3, issuer, body_chair(db))
    ws.flush()
    buffers = [ws, _detail_sheet(wb, form), _missing_sheet(wb, form)]
    out = Path(out)
    save_atomically(out, lambda p: save(wb, buffers, p))
    return out


# --- PDF -----------------------------------------------------------------------------

_CELL_BOLD = paragraph_style("form_cell_bold", fontName=FONT_BOLD, fontSize=11, leading=13)
_CELL_SMALL = paragraph_style("form_cell_small", fontSize=10, leading=12)
_FORM_CODE = paragraph_style("form_code", fontName=FONT_ITALIC, fontSize=11, leading=13, alignment=2)  # right


def form_table(rows: list[tuple[Row, str, str]], frame_width: float, value_head: str = "Số liệu") -> Table:
    """The form's table as printed: section headings and main rows in bold, sub-rows
    indented, the column numbers under the heads; repeats its head on a new page."""
    widths = [13 * mm, 0, 24 * mm, 26 * mm, 36 * mm]
    widths[1] = frame_width - sum(widths)
    data: list[list[Any]] = [[para(h, Styles.cell_head) for h in ("STT", "Chỉ tiêu", "Đơn vị tính", value_head,
                                                                   "Ghi chú")],
                             [f"({i})" for i in range(1, 6)]]
    bold_rows = []
    section = None
    for row, value, note in rows:
        if row.section != section:
            section = row.section
            bold_rows.append(len(data))
            data.append([section, para(SECTIONS[section].upper(), _CELL_BOLD), "", "", ""])
        sub = "." in row.number
        label = para(row.label, Styles.cell if sub else _CELL_BOLD)
        if sub:
            label.style = paragraph_style("form_cell_sub", fontSize=11, leading=13, leftIndent=4 * mm)
        data.append([row.number, label, para(row.unit, Styles.cell_center), value, para(note, _CELL_SMALL)])
    table = Table(data, colWidths=widths, repeatRows=2)
    style = [("FONT", (0, 0), (-1, -1), FONT, 11), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (0, 0), (0, -1), "CENTER"),
             ("ALIGN", (3, 0), (3, -1), "RIGHT"), ("FONT", (0, 1), (-1, 1), FONT_ITALIC, 10),
             ("ALIGN", (0, 1), (-1, 1), "CENTER")]
    style += [("FONT", (0, r), (-1, r), FONT_BOLD, 11) for r in bold_rows]
    table.setStyle(TableStyle(style))
    return table


def form02_pdf(db: sqlite_utils.Database, as_of: dt.date | str, out: Path | str, *,
               form: Form02 | None = None, **options: Any) -> Path:
    """02-HĐCĐ for ``as_of`` as a PDF in the document template. Options: ``progress``."""
    form = form or compute(db, as_of)
    issuer = Issuer.of(db)
    page = Page()
    story: list[Flowable] = [header_block(issuer, page.frame_width, number=None, issued_on=dt.date.today())]
    story.append(para(f"Mẫu số {FORM02_CODE}", _FORM_CODE))
    story += title_block(FORM02_TITLE, as_of_line(form.as_of), f"({period_line(form)})")
    story.append(form_table([(row, shown(row, form.totals.get(row.key)), coverage(form, row)) for row in ROWS],
                            page.frame_width))
    returned = form.active - len(form.missing)
    story.append(Spacer(1, 3 * mm))
    story.append(para(
        f"Số CĐCS đã gửi mẫu 01-HĐCĐ: {vn_number(returned)}/{vn_number(form.active)}. "
        "Mục I tổng hợp từ báo cáo của các CĐCS (thu nhập bình quân tính theo số lao động); "
        "mục II tính từ dữ liệu đoàn viên, công đoàn cơ sở và cán bộ của đơn vị tại ngày báo cáo.",
        Styles.small))
    sign_off(story, signature_block(page.frame_width, [Signer("Người lập biểu"),
                                                       Signer("TM. Ban Thường vụ\nChủ tịch", body_chair(db))]))
    return build_pdf(out, story, page, title=f"{FORM02_CODE} {FORM02_TITLE}", author=issuer.name,
                     progress=options.get("progress"))

