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
    FONT_BOLD_ITALIC,
    FONT_ITALIC,
    Issuer,
    Page,
    Signer,
    Styles,
    body_chair,
    build_pdf,
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
    FORM02_MARK,
    FORM02_ROWS,
    FORM02_TITLE,
    FORM02_USE,
    GROUPS,
    HEADS,
    REPORTING_LABEL,
    SECTIONS,
    UPPER_LABEL,
    Row,
    refs,
    statistics_year,
)
from desktop_app.core.statistics.sheet import PAPER_A4, SheetBuffer, save
from desktop_app.core.storage.files import save_atomically
from desktop_app.core.text import vn_date, vn_number

NOT_REPORTED = "Chưa có số liệu"


def as_of_line(day: dt.date) -> str:
    """The official line under the title, with the date the figures are for."""
    return f"(Số liệu tính đến ngày: {vn_date(day)})"


def year_line(day: dt.date, colon: bool = False) -> str:
    return f"NĂM{':' if colon else ''} {statistics_year(day)}"


def period_line(form: Form02) -> str:
    return f"Kỳ báo cáo: từ {vn_date(form.start)} đến {vn_date(form.as_of)}"


def shown(row: Row, value: float | None) -> str:
    """A figure as printed; an unknown one is not printed as 0."""
    if value is None:
        return ""
    if row.unit == "%":
        return f"{value:.2f}".replace(".", ",")
    return vn_number(value)


def coverage(form: Form02, row: Row) -> str:
    """Who the figure of a section I row comes from: 'x/y CĐCS báo cáo'."""
    if row.source == "computed":
        return ""
    n, of = form.reported.get(row.key, 0), form.eligible.get(row.key, form.active)
    if of == 0:
        return f"{NOT_REPORTED} (không có CĐCS thuộc khối này)"
    if n == 0:
        return f"{NOT_REPORTED} (0/{vn_number(of)} CĐCS báo cáo)"
    return f"{vn_number(n)}/{vn_number(of)} CĐCS báo cáo"


def table_lines(rows: list[tuple[Row, Any, str]], form01: bool = False) -> list[tuple]:
    """The table's lines in print order: ("section", numeral, title), ("group", title), or
    ("row", row, number, label, value, note, sub), so the workbook and the PDF agree. A
    row is a sub-row where the form prints it as one: on 01 "- Trong đó: nữ" of the
    underemployed is one, on 02 the same figure is a row of its own."""
    out: list[tuple] = []
    section = group = None
    for row, value, note in rows:
        if row.section != section:
            section, group = row.section, None
            out.append(("section", section, SECTIONS[section].upper()))
        if row.group and row.group != group:
            group = row.group
            out.append(("group", GROUPS[group]))
        number, label = row.on_form01() if form01 else (row.number, row.label)
        out.append(("row", row, number, label, value, note, row.sub or label.startswith(("- ", "+ "))))
    return out


# --- workbook ----------------------------------------------------------------------

def styles():
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="000000")
    return {
        "font": Font(name="Times New Roman", size=12),
        "bold": Font(name="Times New Roman", size=12, bold=True),
        "italic": Font(name="Times New Roman", size=12, italic=True),
        "bold_italic": Font(name="Times New Roman", size=12, bold=True, italic=True),
        "title": Font(name="Times New Roman", size=14, bold=True),
        "border": Border(top=thin, bottom=thin, left=thin, right=thin),
        "center": Alignment(horizontal="center", vertical="center", wrap_text=True),
        "left": Alignment(horizontal="left", vertical="center", wrap_text=True),
        "right": Alignment(horizontal="right", vertical="center"),
        "fill": PatternFill("solid", fgColor="DDE7F0"),
    }


def write_title_block(ws, upper: str, reporting: str, mark: str, use: str, title: str, day: dt.date,
                      width: int, *, code: str = "", year_colon: bool = False) -> int:
    """The form's head, as the official workbooks have it: "Công đoàn cấp trên:" and
    "Đơn vị báo cáo:" top left, the form number, whom it is for and the decision top
    right, then the title, the year and the date of the figures. Returns the next free row."""
    from openpyxl.utils import get_column_letter

    st = styles()
    last = get_column_letter(width)
    right = f"{get_column_letter(width - 1)}{{r}}:{last}{{r}}"
    left = [(f"{UPPER_LABEL} {upper}", st["font"]), (f"{REPORTING_LABEL} {reporting}", st["bold"])]
    if code:  # ours, not on the official form: finds the union again when the form comes back
        left.append((f"Mã CĐCS: {code}", st["font"]))
    for r, (value, font) in enumerate(left, 1):
        ws.merge_cells(f"A{r}:B{r}")
        c = ws.cell(r, 1, safe_text(value))
        c.font, c.alignment = font, st["left"]
        ws.row_dimensions[r].height = 32
    for r, (value, font) in enumerate(((mark, st["bold"]), (use, st["italic"]), (DECISION, st["italic"])), 1):
        ws.merge_cells(right.format(r=r))
        c = ws.cell(r, width - 1, value)
        c.font, c.alignment = font, st["center"]
    ws.row_dimensions[2].height = 48 if len(use) > 60 else 32
    ws.row_dimensions[3].height = 48
    r = 5
    for value, font in ((title.upper(), st["title"]), (year_line(day, year_colon), st["bold"]),
                        (as_of_line(day), st["italic"])):
        ws.merge_cells(f"A{r}:{last}{r}")
        c = ws.cell(r, 1, value)
        c.font, c.alignment = font, st["center"]
        r += 1
    return r + 1


def write_form_table(ws, start_row: int, rows: list[tuple[Row, Any, str]], form01: bool = False) -> int:
    """The table of the form: TT | Nội dung | Đơn vị tính | Số lượng | Ghi chú, with the
    section and group headings between; returns the row after it."""
    st = styles()
    for c, h in enumerate(HEADS, 1):
        cell = ws.cell(start_row, c, h)
        cell.font, cell.alignment, cell.border, cell.fill = st["bold"], st["center"], st["border"], st["fill"]
    for c in range(1, 6):  # column numbers under the heads, as printed forms have them
        cell = ws.cell(start_row + 1, c, f"({c})")
        cell.font, cell.alignment, cell.border = st["italic"], st["center"], st["border"]
    r = start_row + 2
    for line in table_lines(rows, form01):
        if line[0] == "row":
            _kind, row, number, label, value, note, sub = line
            values = (number, ("    " if sub else "") + label, row.unit, value, note)
            fonts = [st["font"]] * 5
            if not sub:
                fonts[1] = st["bold"]
        else:
            values = (line[1], line[2], None, None, None) if line[0] == "section" else (None, line[1], None, None,
                                                                                        None)
            fonts = [st["bold"] if line[0] == "section" else st["bold_italic"]] * 5
        for c, v in enumerate(values, 1):
            cell = ws.cell(r, c, v)
            cell.font, cell.border = fonts[c - 1], st["border"]
            cell.alignment = st["right"] if c == 4 else st["center"] if c in (1, 3) else st["left"]
        if line[0] == "row" and isinstance(line[4], (int, float)):
            ws.cell(r, 4).number_format = "0.00" if line[1].unit == "%" else "#,##0"
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
    ref = refs(FORM02_ROWS)
    heads = ["Mã CĐCS", "Tên công đoàn cơ sở", "Khối", "Hoạt động tại ngày báo cáo", "Đã báo cáo 01-HĐCĐ"] + \
        [f"{ref[r.key]} {r.label} ({r.unit})" for r in FORM02_ROWS]
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
                       *(part.get(row.key) for row in FORM02_ROWS)])
        r += 1
    ws.cell(r, 2, "Tổng cộng (bằng số liệu trên mẫu 02-HĐCĐ)").font = st["bold"]
    for c, row in enumerate(FORM02_ROWS, 6):
        v = form.totals.get(row.key)
        cell = ws.cell(r, c, v if v is not None else NOT_REPORTED)
        cell.font = st["bold"]
        if v is not None:
            cell.number_format = "0.00" if row.unit == "%" else "#,##0"
    ws.cell(r + 1, 2, "Dòng tiền lương, tỷ lệ: mỗi CĐCS ghi con số của mình; dòng tổng cộng là bình quân, "
                      "tỷ lệ chung (không phải tổng cột).")
    r += 3
    ws.cell(r, 2, "Cách tính từng dòng:").font = st["bold"]
    for row in FORM02_ROWS:
        r += 1
        unread = row.section == "I" and not row.read02
        ws.cell(r, 2, f"{ref[row.key]} {row.label}: {row.how}"
                      + (" (dòng và số thứ tự trên 02-HĐCĐ chưa đối chiếu được với mẫu chính thức)" if unread else ""))
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
    setup_page(ws, {"A": 7, "B": 52, "C": 13, "D": 16, "E": 28})
    r = write_title_block(ws, issuer.parent, issuer.own or issuer.name, FORM02_MARK, FORM02_USE, FORM02_TITLE,
                          form.as_of, 5)
    ws.merge_cells(f"A{r - 1}:E{r - 1}")
    c = ws.cell(r - 1, 1, period_line(form))
    c.font, c.alignment = styles()["italic"], styles()["center"]
    rows = [(row, form.totals.get(row.key), coverage(form, row)) for row in FORM02_ROWS]
    r = write_form_table(ws, r + 1, rows)
    note = (f"Số CĐCS đã gửi mẫu 01-HĐCĐ: {vn_number(form.active - len(form.missing))}/"
            f"{vn_number(form.active)}. Mục I tổng hợp từ mẫu 01-HĐCĐ của các CĐCS; mục II tính từ dữ liệu "
            "của đơn vị tại ngày báo cáo; "
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


_CELL_SUB = paragraph_style("form_cell_sub", fontSize=11, leading=13, leftIndent=4 * mm)
_GROUP = paragraph_style("form_group", fontName=FONT_BOLD_ITALIC, fontSize=11, leading=13)
_HEAD_LEFT = paragraph_style("form_head_left", fontSize=12, leading=15)
_HEAD_LEFT_BOLD = paragraph_style("form_head_left_bold", fontName=FONT_BOLD, fontSize=12, leading=15)
_HEAD_RIGHT = paragraph_style("form_head_right", fontName=FONT_BOLD, fontSize=12, leading=15, alignment=1)
_HEAD_USE = paragraph_style("form_head_use", fontName=FONT_ITALIC, fontSize=10, leading=12, alignment=1)


def form_head(frame_width: float, upper: str, reporting: str, mark: str, use: str) -> Table:
    """The official head: "Công đoàn cấp trên:" / "Đơn vị báo cáo:" left, the form number
    and whom it is for right."""
    left = [para(f"{UPPER_LABEL} {upper}", _HEAD_LEFT), para(f"{REPORTING_LABEL} {reporting}", _HEAD_LEFT_BOLD)]
    right = [para(mark, _HEAD_RIGHT), para(use, _HEAD_USE), para(DECISION, _HEAD_USE)]
    table = Table([[left, right]], colWidths=[frame_width * 0.55, frame_width * 0.45])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0),
                               ("RIGHTPADDING", (-1, 0), (-1, 0), 0)]))
    return table


def form_table(rows: list[tuple[Row, str, str]], frame_width: float) -> Table:
    """The form's table as printed: section headings and main rows in bold, group
    headings in bold italic, sub-rows indented, the column numbers under the heads;
    repeats its head on a new page."""
    widths = [13 * mm, 0, 24 * mm, 28 * mm, 36 * mm]
    widths[1] = frame_width - sum(widths)
    data: list[list[Any]] = [[para(h, Styles.cell_head) for h in HEADS], [f"({i})" for i in range(1, 6)]]
    bold_rows = []
    for line in table_lines(rows):
        if line[0] == "section":
            bold_rows.append(len(data))
            data.append([line[1], para(line[2], _CELL_BOLD), "", "", ""])
        elif line[0] == "group":
            data.append(["", para(line[1], _GROUP), "", "", ""])
        else:
            _kind, row, number, label, value, note, sub = line
            data.append([number, para(label, _CELL_SUB if sub else _CELL_BOLD),
                         para(row.unit, Styles.cell_center), value, para(note, _CELL_SMALL)])
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
    story: list[Flowable] = [form_head(page.frame_width, issuer.parent or "", issuer.own or issuer.name,
                                       FORM02_MARK, FORM02_USE)]
    story += title_block(FORM02_TITLE, year_line(form.as_of), f"{as_of_line(form.as_of)}\n{period_line(form)}")
    story.append(form_table([(row, shown(row, form.totals.get(row.key)), coverage(form, row))
                             for row in FORM02_ROWS], page.frame_width))
    returned = form.active - len(form.missing)
    story.append(Spacer(1, 3 * mm))
    story.append(para(
        f"Số CĐCS đã gửi mẫu 01-HĐCĐ: {vn_number(returned)}/{vn_number(form.active)}. "
        "Mục I tổng hợp từ báo cáo của các CĐCS: tiền lương bình quân tính theo số người được tính; "
        "tỷ lệ tính trên các CĐCS báo cáo cả hai số; tiền lương theo loại đơn vị theo khối của CĐCS "
        "(CĐCS khối hành chính sự nghiệp chỉ tính vào dòng 4). "
        "Mục II tính từ dữ liệu đoàn viên, công đoàn cơ sở và cán bộ của đơn vị tại ngày báo cáo.",
        Styles.small))
    sign_off(story, signature_block(page.frame_width, [Signer("Người lập biểu"),
                                                       Signer("TM. Ban Thường vụ\nChủ tịch", body_chair(db))]))
    return build_pdf(out, story, page, title=f"{FORM02_CODE} {FORM02_TITLE}", author=issuer.name,
                     progress=options.get("progress"))
