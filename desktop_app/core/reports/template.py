"""The page template every printed document shares (Nghị định 30/2020/NĐ-CP, QĐ 933/QĐ-TLĐ).

A4; margins top/bottom 20 mm, left 30 mm, right 15 mm (portrait); top left the parent
body over the issuing body (bold, short rule under it) and the document number; top
right the national motto and the place/date line; the title in capitals; body in
Liberation Serif 13 pt, justified; page numbers centred in the top margin from page 2;
signature blocks at the end. Fonts are TrueType files from ``resources/fonts`` and are
embedded (subset) in every PDF; every string goes through NFC.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

import sqlite_utils
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop_app.core.records.bodies import header_lines, own_body, propose_symbol
from desktop_app.core.storage.files import write_atomically
from desktop_app.core.storage.paths import resources_dir
from desktop_app.core.text import nfc
from desktop_app.core.work import Cancelled

FONT = "LiberationSerif"
FONT_BOLD = "LiberationSerif-Bold"
FONT_ITALIC = "LiberationSerif-Italic"
FONT_BOLD_ITALIC = "LiberationSerif-BoldItalic"
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_2 = "Độc lập - Tự do - Hạnh phúc"

PORTRAIT_MARGINS = dict(topMargin=20 * mm, bottomMargin=20 * mm, leftMargin=30 * mm, rightMargin=15 * mm)
# Landscape lists are bound on the long side too: the same 30 mm binding margin.
LANDSCAPE_MARGINS = dict(topMargin=20 * mm, bottomMargin=20 * mm, leftMargin=30 * mm, rightMargin=15 * mm)

_registered = False


def register_fonts() -> None:
    """Register the bundled Liberation Serif family (once). ReportLab embeds TrueType
    fonts as subsets, so no document depends on the fonts of the printing PC."""
    global _registered
    if _registered:
        return
    folder = resources_dir() / "fonts"
    for name, file in ((FONT, "LiberationSerif-Regular.ttf"), (FONT_BOLD, "LiberationSerif-Bold.ttf"),
                       (FONT_ITALIC, "LiberationSerif-Italic.ttf"),
                       (FONT_BOLD_ITALIC, "LiberationSerif-BoldItalic.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC)
    # A canvas starts with this font selected; the default (Helvetica) would be listed
    # in the PDF as a non-embedded font even though no text uses it.
    rl_config.canvas_basefontname = FONT
    # Compressed page streams stay binary: ReportLab's pure-Python ASCII85 step took a
    # quarter of the time of a 10,000-row list and makes the file bigger.
    rl_config.useA85 = 0
    # Likewise for the state a chart (Drawing) starts with.
    from reportlab.graphics import shapes
    shapes.STATE_DEFAULTS["fontName"] = FONT
    _registered = True


register_fonts()


def paragraph_style(name: str, **kw: Any) -> ParagraphStyle:
    base = dict(fontName=FONT, fontSize=13, leading=17, textColor=colors.black)
    base.update(kw)
    return ParagraphStyle(name, **base)


class Styles:
    # Nghị định 30: at least 6 pt between paragraphs.
    body = paragraph_style("body", alignment=TA_JUSTIFY, firstLineIndent=10 * mm, spaceAfter=6)
    body_plain = paragraph_style("body_plain", alignment=TA_JUSTIFY, spaceAfter=6)
    heading = paragraph_style("heading", fontName=FONT_BOLD, spaceBefore=6, spaceAfter=6)
    title = paragraph_style("title", fontName=FONT_BOLD, fontSize=14, leading=18, alignment=TA_CENTER)
    subtitle = paragraph_style("subtitle", fontName=FONT_BOLD, fontSize=13, leading=17, alignment=TA_CENTER)
    center = paragraph_style("center", alignment=TA_CENTER)
    center_italic = paragraph_style("center_italic", fontName=FONT_ITALIC, alignment=TA_CENTER)
    header_left = paragraph_style("header_left", fontSize=12, leading=15, alignment=TA_CENTER)
    header_left_bold = paragraph_style("header_left_bold", fontName=FONT_BOLD, fontSize=12, leading=15,
                                       alignment=TA_CENTER)
    motto = paragraph_style("motto", fontName=FONT_BOLD, fontSize=12, leading=15, alignment=TA_CENTER)
    motto_2 = paragraph_style("motto_2", fontName=FONT_BOLD, fontSize=13, leading=16, alignment=TA_CENTER)
    number = paragraph_style("number", alignment=TA_CENTER, fontSize=13, leading=16)
    place_date = paragraph_style("place_date", fontName=FONT_ITALIC, alignment=TA_CENTER, fontSize=13, leading=16)
    cell = paragraph_style("cell", fontSize=11, leading=13, alignment=TA_LEFT)
    cell_center = paragraph_style("cell_center", fontSize=11, leading=13, alignment=TA_CENTER)
    cell_right = paragraph_style("cell_right", fontSize=11, leading=13, alignment=TA_RIGHT)
    cell_head = paragraph_style("cell_head", fontName=FONT_BOLD, fontSize=11, leading=13, alignment=TA_CENTER)
    sign_title = paragraph_style("sign_title", fontName=FONT_BOLD, alignment=TA_CENTER, leading=16)
    sign_note = paragraph_style("sign_note", fontName=FONT_ITALIC, fontSize=12, alignment=TA_CENTER, leading=15)
    recipients_head = paragraph_style("recipients_head", fontName=FONT_BOLD_ITALIC, fontSize=12, leading=14)
    recipients = paragraph_style("recipients", fontSize=11, leading=13)
    small = paragraph_style("small", fontSize=11, leading=13)


def text(value: Any) -> str:
    """NFC text for a plain table cell or a canvas string ('' for None)."""
    if value is None:
        return ""
    return nfc(str(value))


def para(value: Any, style: ParagraphStyle = Styles.body, *, markup: bool = False) -> Paragraph:
    """A paragraph of NFC text; ``value`` is escaped unless ``markup`` (then the caller
    escaped the data parts with :func:`esc`)."""
    s = text(value)
    return Paragraph(s if markup else escape(s).replace("\n", "<br/>"), style)


def esc(value: Any) -> str:
    return escape(text(value))


def vn_long_date(day: dt.date | str | None) -> str:
    """'ngày 28 tháng 4 năm 2025' (days and months below 10 written 01-09 for days
    1-9 and months 1-2, as Nghị định 30 asks, so no digit can be added later)."""
    if day is None:
        return "ngày … tháng … năm …"
    d = day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day)[:10])
    dd = f"{d.day:02d}" if d.day < 10 else str(d.day)
    mm_ = f"{d.month:02d}" if d.month < 3 else str(d.month)
    return f"ngày {dd} tháng {mm_} năm {d.year}"


def vn_time(at: str | None) -> str:
    """'08:30' or '2025-04-28T08:30' -> '8 giờ 30'."""
    if not at:
        return ""
    t = str(at)[-5:] if "T" in str(at) or " " in str(at) else str(at)
    hh, _, mi = t.partition(":")
    try:
        h, m = int(hh), int(mi or 0)
    except ValueError:
        return text(at)
    return f"{h} giờ {m:02d}" if m else f"{h} giờ"


def percent(value: float | None, digits: int = 0) -> str:
    """137.2 -> '137%'; 98.55 with 1 digit -> '98,6%'."""
    if value is None:
        return "–"
    s = f"{value:.{digits}f}".replace(".", ",")
    return f"{s}%"


def of_which(total: str, parts: Sequence[tuple[int | None, str]]) -> str:
    """'12 đoàn viên, trong đó 5 nữ': the parts that are zero or unknown are left out
    (a paper never says "trong đó 0 chủ tịch")."""
    from desktop_app.core.text import vn_number
    shown = [f"{vn_number(n)} {what}" for n, what in parts if n]
    return total + (f", trong đó {', '.join(shown)}" if shown else "")


# --- the header block --------------------------------------------------------------

class Rule(Flowable):
    """A short horizontal rule, centred in its cell (under the body name, the motto)."""

    def __init__(self, width: float, thickness: float = 0.6):
        super().__init__()
        self.rule_width = width
        self.thickness = thickness
        self.width = width
        self.height = 5

    def wrap(self, avail_width, avail_height):
        self._avail = avail_width
        return avail_width, self.height

    def draw(self):
        x = (self._avail - self.rule_width) / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x, 1, x + self.rule_width, 1)


@dataclass
class Issuer:
    """Who issues the document: names for the header, place name, ký hiệu (doc_code)."""
    parent: str
    own: str
    place: str
    doc_code: str
    name: str
    parent_name: str = ""
    body_id: int | None = None

    @classmethod
    def of(cls, db: sqlite_utils.Database, body_id: int | None = None) -> Issuer:
        """The managing body of this file (settings), or ``body_id``: the papers of an
        event held by a former body (a district federation before the 2025
        reorganisation) carry that body's header and ký hiệu."""
        if body_id is not None:
            body = db.execute("""SELECT b.*, p.name AS parent_name, p.short_name AS parent_short_name
                                 FROM bodies b LEFT JOIN bodies p ON p.id = b.parent_id WHERE b.id = ?""",
                              [body_id]).fetchone()
            if body is not None:
                cols = [d[0] for d in db.execute("SELECT b.*, 1 AS parent_name, 1 AS parent_short_name "
                                                 "FROM bodies b LIMIT 0").description]
                b = dict(zip(cols, body))
                if not b.get("is_own"):
                    parent = text(b.get("parent_short_name") or b.get("parent_name") or "")
                    return cls(parent=parent.upper(), own=text(b.get("short_name") or b["name"]).upper(),
                               place=text(b.get("place_name") or ""),
                               doc_code=text(b.get("doc_code") or propose_symbol(b.get("kind"))),
                               name=text(b["name"]), parent_name=parent, body_id=b["id"])
        parent, own = header_lines(db)
        body = own_body(db) or {}
        return cls(parent=text(parent), own=text(own), place=text(body.get("place_name") or ""),
                   doc_code=text(body.get("doc_code") or propose_symbol(body.get("kind"))),
                   name=text(body.get("name") or ""),
                   parent_name=text(body.get("parent_short_name") or body.get("parent_name") or ""),
                   body_id=body.get("id"))


def number_line(kind: str, issuer: Issuer, number: str | None = None) -> str:
    """'Số: 12/BB-LĐLĐ' from a stored number, else 'Số:     /BC-LĐLĐ' to fill in by hand."""
    if number:
        n = text(number)
        return n if n.lower().startswith("số") else f"Số: {n}"
    return f"Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/{kind}-{issuer.doc_code}"


def document_number(db: sqlite_utils.Database, kind: str, issuer: Issuer, number: Any, *,
                    year: int, title: str, issued_on: Any = None, ref: tuple[str, int] | None = None) -> str:
    """The 'Số:' line of a paper. ``number``: None leaves a blank to fill in by hand;
    "auto" takes the next free number of the register; an int takes that number (if
    still free); any other text is printed as given (a number from an older register)."""
    from desktop_app.core.records import doc_numbers
    if number is None or number == "":
        return number_line(kind, issuer)
    if number == "auto" or isinstance(number, int) or (isinstance(number, str) and number.isdigit()):
        given = doc_numbers.take(db, kind, year, title=title, issued_on=issued_on, ref=ref,
                                 number=None if number == "auto" else int(number))
        return f"Số: {given}"
    return number_line(kind, issuer, str(number))


def header_block(issuer: Issuer, frame_width: float, *, number: str | None,
                 issued_on: dt.date | str | None) -> Table:
    """The two-column head of the first page."""
    left_w = min(82 * mm, frame_width * 0.46)
    right_w = frame_width - left_w
    left: list[Flowable] = []
    if issuer.parent:
        left.append(para(issuer.parent, Styles.header_left))
    left.append(para(issuer.own or " ", Styles.header_left_bold))
    left.append(Rule(min(30 * mm, left_w * 0.5)))
    right: list[Flowable] = [para(MOTTO, Styles.motto), para(MOTTO_2, Styles.motto_2),
                             Rule(56 * mm)]
    if number is not None:
        left.append(Spacer(1, 4))
        left.append(para(number, Styles.number))
    if issued_on is not False:
        right.append(Spacer(1, 4))
        place = f"{issuer.place}, " if issuer.place else ""
        right.append(para(f"{place}{vn_long_date(issued_on)}", Styles.place_date))
    table = Table([[left, right]], colWidths=[left_w, right_w])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), FONT, 13),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table


def title_block(title: str, subtitle: str | None = None, note: str | None = None) -> list[Flowable]:
    """The name of the paper, its trích yếu (what it is about) and a short rule under them."""
    out: list[Flowable] = [Spacer(1, 8 * mm), para(text(title).upper(), Styles.title)]
    if subtitle:
        out.append(Spacer(1, 2))
        out.append(para(subtitle, Styles.subtitle))
    if note:
        out.append(para(note, Styles.center_italic))
    out.append(Spacer(1, 1))
    out.append(Rule(40 * mm))
    out.append(Spacer(1, 5 * mm))
    return out


# --- tables ------------------------------------------------------------------------

@dataclass
class Column:
    head: str
    width: float  # in points
    align: str = "LEFT"  # LEFT, CENTER, RIGHT
    wrap: bool = True


_CELL_STYLES = {"LEFT": Styles.cell, "CENTER": Styles.cell_center, "RIGHT": Styles.cell_right}
_PAD = 3  # left/right padding of a table cell
MAX_CELL_CHARS = 600


_WIDTHS: dict[tuple[str, str], float] = {}


def width_of(s: str, font_name: str, size: float) -> float:
    """``pdfmetrics.stringWidth`` with a cache: list cells repeat (sexes, jobs, dates)
    and ReportLab measures in pure Python."""
    key = (font_name, s)
    w = _WIDTHS.get(key)
    if w is None:
        if len(_WIDTHS) > 200_000:
            _WIDTHS.clear()
        w = _WIDTHS[key] = pdfmetrics.stringWidth(s, font_name, 1000.0)
    return w * size / 1000.0


def cell(value: Any, column: Column) -> Any:
    """A plain string when it fits on one line (cheap), else a wrapping paragraph."""
    s = text(value)
    if not s:
        return ""
    if len(s) > MAX_CELL_CHARS:  # a row must fit on a page
        s = s[:MAX_CELL_CHARS - 1].rstrip() + "…"
    style = _CELL_STYLES[column.align]
    if not column.wrap or width_of(s, style.fontName, style.fontSize) <= column.width - 2 * _PAD:
        return s
    return Paragraph(escape(s), style)


class PagedTable(Flowable):
    """A long gridded table that splits page by page in linear time.

    Every row's height is measured once, up front; a split keeps the rows that fit on
    the page and hands the rest on, and each page's part repeats the header row. The
    cells are drawn straight onto the canvas (text, grid lines), which is several
    times faster than ReportLab's Table: with Table/LongTable, which re-measure all
    remaining rows on every split, a 5,000-member list took 16 s.
    """

    def __init__(self, head: list[Any], rows: list[list[Any]], widths: list[float], aligns: list[str],
                 *, total: list[Any] | None = None, heights: list[float] | None = None,
                 head_height: float | None = None, total_height: float | None = None,
                 font_size: float = 11, last: bool = True, trailer: list[Flowable] | None = None):
        super().__init__()
        self.head, self.rows, self.widths, self.aligns = head, rows, widths, aligns
        self.total = total
        # What must follow the last rows on the same page (closing lines, signatures):
        # drawn under the table by its last part, so a page never holds signatures alone.
        self.trailer = trailer or []
        self.font_size = font_size
        self.last = last  # this part ends the table (draws the total row)
        self.head_height = head_height if head_height is not None else _row_height(head, widths)
        self.heights = heights if heights is not None else [_row_height(r, widths) for r in rows]
        self.total_height = (total_height if total_height is not None
                             else (_row_height(total, widths) if total is not None else 0.0))
        self.width = sum(widths)

    def _part(self, start: int, stop: int, last: bool) -> PagedTable:
        return PagedTable(self.head, self.rows[start:stop], self.widths, self.aligns, total=self.total,
                          heights=self.heights[start:stop], head_height=self.head_height,
                          total_height=self.total_height, font_size=self.font_size, last=last,
                          trailer=self.trailer if last else None)

    def _trailer_height(self, avail_width: float) -> float:
        if not self.last:
            return 0.0
        h = 0.0
        for f in self.trailer:
            h += f.getSpaceBefore() + f.wrap(avail_width, 10_000)[1] + f.getSpaceAfter()
        return h

    def wrap(self, avail_width, avail_height):
        self._avail_width = avail_width
        self._trailer_h = self._trailer_height(max(avail_width, self.width))
        self.height = (self.head_height + sum(self.heights) + (self.total_height if self.last else 0)
                       + self._trailer_h)
        return self.width, self.height

    def split(self, avail_width, avail_height):
        room = avail_height - self.head_height
        k, used = 0, 0.0
        while k < len(self.rows) and used + self.heights[k] <= room:
            used += self.heights[k]
            k += 1
        end = (self.total_height + self._trailer_height(max(avail_width, self.width))) if self.last else 0
        if k == len(self.rows) and used + end <= room:
            return [self._part(0, k, self.last)]
        if k == len(self.rows):
            # The total row and the signatures never stand alone on a page: the last
            # rows go over with them.
            move = min(len(self.rows) - 1, 3 if self.trailer else 1)
            if move == 0 and self.trailer:  # a single row: the closing lines follow it
                whole = self._part(0, k, self.last)
                whole.trailer = []
                return [whole, KeepTogether(list(self.trailer))]
            k -= move
            moved = True
        elif self.last and self.trailer and len(self.rows) - k < 3 and k > 3:
            k = len(self.rows) - 3  # a few rows go over with the signatures, not just one
            moved = True
        else:
            moved = False
        if k <= 0:
            return []
        # Rows held back on purpose start the next page (they would fit here, and be cut
        # again under a second header row).
        return [self._part(0, k, False), *([PageBreak()] if moved else []),
                self._part(k, len(self.rows), self.last)]

    def draw(self):
        c = self.canv
        doc = c._doc
        xs = [0.0]
        for w in self.widths:
            xs.append(xs[-1] + w)
        regular, bold = pdfmetrics.getFont(FONT), pdfmetrics.getFont(FONT_BOLD)
        fs = self.font_size
        lines: list[str] = []
        top = self.height
        c.setFillColor(colors.Color(0.92, 0.92, 0.92))
        c.rect(0, top - self.head_height, self.width, self.head_height, stroke=0, fill=1)
        c.setFillColor(colors.black)
        parts = [(self.head, self.head_height, regular, True)]
        parts += [(r, h, regular, False) for r, h in zip(self.rows, self.heights)]
        if self.last and self.total is not None:
            parts.append((self.total, self.total_height, bold, False))
        ys = [top]
        for cells, h, font, is_head in parts:
            for i, value in enumerate(cells):
                if isinstance(value, Flowable):
                    _, ch = value.wrap(self.widths[i] - 2 * _PAD, 10_000)
                    y = top - h + (h - ch) / 2 if is_head else top - 2 - ch
                    value.drawOn(c, xs[i] + _PAD, y)
                elif value:
                    align = self.aligns[i]
                    if align == "LEFT":
                        x = xs[i] + _PAD
                    else:
                        sw = width_of(value, font.fontName, fs)
                        x = xs[i + 1] - _PAD - sw if align == "RIGHT" else (xs[i] + xs[i + 1] - sw) / 2
                    y = top - 2 - fs
                    pos = 0
                    for subset, chunk in font.splitString(value, doc):
                        # one byte per character in a subset's encoding
                        name = font.getSubsetInternalName(subset, doc)
                        lines.append(f"BT {name} {fs:g} Tf {x:.2f} {y:.2f} Td ({c._escape(chunk)}) Tj ET")
                        x += width_of(value[pos:pos + len(chunk)], font.fontName, fs)
                        pos += len(chunk)
            top -= h
            ys.append(top)
        if lines:
            c._code.append("\n".join(lines))
        grid = [(0, y, self.width, y) for y in ys] + [(x, ys[0], x, ys[-1]) for x in xs]
        c.setLineWidth(0.5)
        c.lines(grid)
        if self.last and self.trailer:
            y = top
            width = max(self.width, getattr(self, "_avail_width", self.width))
            for f in self.trailer:
                y -= f.getSpaceBefore()
                _, h = f.wrap(width, 10_000)
                y -= h
                f.drawOn(c, 0, y)
                y -= f.getSpaceAfter()


_ROW_PAD = 2 + 3  # top + bottom padding of a table cell


def _row_height(cells: Sequence[Any], widths: Sequence[float]) -> float:
    h = 13.0  # one line of 11 pt text
    for c, w in zip(cells, widths):
        if isinstance(c, Flowable):
            h = max(h, c.wrap(w - 2 * _PAD, 10_000)[1])
    return h + _ROW_PAD


def data_table(columns: Sequence[Column], rows: Iterable[Sequence[Any]], *,
               total_row: Sequence[Any] | None = None, font_size: float = 11) -> Flowable:
    """A gridded table whose header row repeats on every page."""
    head = [Paragraph(esc(c.head), Styles.cell_head) for c in columns]
    data = [[cell(v, c) for v, c in zip(r, columns)] for r in rows]
    total = None
    if total_row is not None:
        total = []
        for v, c in zip(total_row, columns):
            shown = cell(v, c)
            total.append(Paragraph(f"<b>{esc(v)}</b>", _CELL_STYLES[c.align]) if isinstance(shown, Paragraph)
                         else shown)
    return PagedTable(head, data, [c.width for c in columns], [c.align for c in columns], total=total,
                      font_size=font_size)


def fit_columns(columns: list[Column], frame_width: float, flexible: int) -> list[Column]:
    """Give column ``flexible`` whatever width the others leave."""
    used = sum(c.width for i, c in enumerate(columns) if i != flexible)
    columns[flexible].width = max(30 * mm, frame_width - used)
    return columns


# --- signatures --------------------------------------------------------------------

@dataclass
class Signer:
    title: str  # "THƯ KÝ", "CHỦ TRÌ", "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH"
    name: str = ""
    note: str = "(Ký, ghi rõ họ tên)"


def recipients_lines(recipients: Sequence[str]) -> list[str]:
    """'- …;' lines ending '- Lưu: VT.' (Nghị định 30, Phụ lục I)."""
    items = [text(r).strip().lstrip("-").strip().rstrip(";.").strip() for r in recipients]
    items = [r for r in items if r]
    if not any(r.lower().startswith("lưu") for r in items):
        items.append("Lưu: VT")
    return [f"- {r}{'.' if i == len(items) - 1 else ';'}" for i, r in enumerate(items)]


def signature_block(frame_width: float, signers: Sequence[Signer], *,
                    recipients: Sequence[str] | None = None) -> Flowable:
    """Signers side by side (the last one on the right); with ``recipients`` the left
    column is the "Nơi nhận:" list and a single signer sits on the right."""
    cells: list[list[Flowable]] = []
    if recipients is not None:
        cells.append([para("Nơi nhận:", Styles.recipients_head)]
                     + [para(line, Styles.recipients) for line in recipients_lines(recipients)])
    for s in signers:
        block: list[Flowable] = [para(line, Styles.sign_title) for line in text(s.title).upper().split("\n")]
        if s.note:
            block.append(para(s.note, Styles.sign_note))
        block.append(Spacer(1, 20 * mm))
        block.append(para(s.name or " ", Styles.sign_title))
        cells.append(block)
    n = len(cells)
    widths = [frame_width / n] * n
    if recipients is not None and n == 2:
        widths = [frame_width * 0.45, frame_width * 0.55]
    table = Table([cells], colWidths=widths)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), FONT, 13),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
    return KeepTogether([Spacer(1, 6 * mm), table])


def sign_off(story: list[Flowable], signatures: Flowable) -> None:
    """Append the signature block, keeping the last lines of text (totals, the closing
    sentence) and, after a table, its last rows with it, so that no page holds only
    signatures."""
    lead: list[Flowable] = []
    while story and isinstance(story[-1], Paragraph) and len(lead) < 2:
        lead.insert(0, story.pop())
    # A KeepTogether inside another measures as "infinitely tall" (it always asks to be
    # split) and would push everything to a new page: flatten it.
    parts = list(signatures._content) if isinstance(signatures, KeepTogether) else [signatures]
    if story and isinstance(story[-1], PagedTable):
        story[-1].trailer = [Spacer(1, 4), *lead, *parts] if lead else parts
        return
    story.append(KeepTogether([*lead, *parts]))


def _as_of(day: dt.date | str | None) -> str:
    if day is None:
        return dt.date.today().isoformat()
    return day.isoformat() if isinstance(day, dt.date) else str(day)[:10]


def _body_clause(body_id: int | None) -> str:
    return "b.id = :body" if body_id is not None else "b.is_own = 1"


def body_officer(db: sqlite_utils.Database, role: str = "chair", on: dt.date | str | None = None,
                 body_id: int | None = None) -> str:
    """The name of the issuing body's officer in ``role`` on a day (today by default),
    from the officers register: the signer is never typed again."""
    found = db.execute(f"""
        SELECT m.full_name FROM officers o JOIN members m ON m.id = o.member_id
        JOIN bodies b ON b.id = o.body_id AND {_body_clause(body_id)}
        WHERE o.role = :role AND (o.term_start IS NULL OR o.term_start <= :d)
          AND (o.term_end IS NULL OR o.term_end >= :d)
        ORDER BY o.term_start DESC, o.id LIMIT 1""", {"role": role, "d": _as_of(on), "body": body_id}).fetchone()
    return text(found[0]) if found else ""


def body_chair(db: sqlite_utils.Database, on: dt.date | str | None = None, body_id: int | None = None) -> str:
    """The name of the issuing body's chair on a day (today by default)."""
    return body_officer(db, "chair", on, body_id)


def board(db: sqlite_utils.Database, on: dt.date | str | None = None, body_id: int | None = None) -> str:
    """Who signs for the body: its standing committee when it has one (a federation),
    else its executive committee (a small commune or ward union)."""
    standing = db.execute(f"""SELECT 1 FROM officers o JOIN bodies b ON b.id = o.body_id AND {_body_clause(body_id)}
                              WHERE o.role = 'standing' AND (o.term_start IS NULL OR o.term_start <= :d)
                                AND (o.term_end IS NULL OR o.term_end >= :d) LIMIT 1""",
                          {"d": _as_of(on), "body": body_id}).fetchone()
    return "Ban Thường vụ" if standing else "Ban Chấp hành"


def signer_for_body(db: sqlite_utils.Database, kind: str, on: dt.date | str | None = None,
                    body_id: int | None = None) -> Signer:
    """The signing line of a paper the body issues, by kind of paper:

    - ``report`` (báo cáo), ``list`` (danh sách), ``certificate``: "TM. BAN THƯỜNG VỤ /
      CHỦ TỊCH" (or BAN CHẤP HÀNH), signed by the chair;
    - ``course``: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", the vice-chair in charge of training
      (the chair when the body has no vice-chair in office);
    - ``compiler``: "NGƯỜI LẬP BIỂU", the officer who drew up the figures.
    """
    if kind == "compiler":
        return Signer("Người lập biểu")
    if kind == "course":
        vice = body_officer(db, "vice_chair", on, body_id)
        if vice:
            return Signer("KT. Chủ tịch\nPhó Chủ tịch", vice, note="")
    return Signer(f"TM. {board(db, on, body_id)}\nChủ tịch", body_chair(db, on, body_id), note="")


# --- building ----------------------------------------------------------------------

@dataclass
class Page:
    """Page size and margins; ``frame_width`` is what the story can use."""
    landscape: bool = False
    size: tuple[float, float] = field(init=False)
    margins: dict[str, float] = field(init=False)

    def __post_init__(self) -> None:
        self.size = landscape(A4) if self.landscape else A4
        self.margins = LANDSCAPE_MARGINS if self.landscape else PORTRAIT_MARGINS

    @property
    def frame_width(self) -> float:
        return self.size[0] - self.margins["leftMargin"] - self.margins["rightMargin"]


def _page_number(canvas, doc) -> None:
    """Page numbers centred in the top margin, from the second page (Nghị định 30)."""
    canvas.saveState()
    canvas.setFont(FONT, 13)
    canvas.drawCentredString(doc.pagesize[0] / 2 + (doc.leftMargin - doc.rightMargin) / 2,
                             doc.pagesize[1] - 12 * mm, str(doc.page))
    canvas.restoreState()


def _nothing(canvas, doc) -> None:
    pass


def build_pdf(out: Path | str, story: list[Flowable], page: Page, *, title: str, subject: str = "",
              author: str = "", first_page: Callable | None = None, later_pages: Callable | None = None,
              page_numbers: bool = True, progress: Callable[..., Any] | None = None) -> Path:
    """Lay out ``story`` on ``page`` and write the PDF atomically to ``out``.

    ``progress(done, total, text="")`` is called after each page (total 0: unknown); when
    it returns False (or raises) the build stops and no file is written.
    """
    register_fonts()

    def write(f: BinaryIO) -> None:
        doc = BaseDocTemplate(f, pagesize=page.size, title=text(title), subject=text(subject),
                              author=text(author), creator="Sổ Công đoàn", lang="vi-VN", **page.margins)

        def later(canvas, d):
            if page_numbers:
                _page_number(canvas, d)
            if later_pages:
                later_pages(canvas, d)

        # No frame padding: the margins are exactly those of Nghị định 30.
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="first", frames=[frame], onPage=first_page or _nothing,
                                           autoNextPageTemplate="later"),
                              PageTemplate(id="later", frames=[frame], onPage=later)])
        if progress is not None:
            def on_progress(kind: str, value: int) -> None:
                if kind == "PAGE" and progress(value, 0) is False:
                    raise Cancelled("report.cancelled")
            doc.setProgressCallBack(on_progress)
        doc.build(story)

    return write_atomically(out, write)


def section(title: str) -> list[Flowable]:
    return [CondPageBreak(40 * mm), para(title, Styles.heading)]
