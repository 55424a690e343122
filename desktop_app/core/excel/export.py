"""Exporting lists to .xlsx, and the empty import templates.

Written with openpyxl's write-only mode, streaming rows from SQLite, so a 600,000
member list never sits in memory. Headers are the Vietnamese ones the importer
recognises, so an exported file can be corrected and imported back. Dates are real
date cells (dd/mm/yyyy), numbers real numbers, ID and phone numbers text (no lost
zeros). A text cell starting with = + - @ gets an apostrophe in front so Excel never
runs it as a formula (CSV/formula injection); the importer takes it off again.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop_app.core.errors import PartlyDone, UserError
from desktop_app.core.excel.columns import FIELDS
from desktop_app.core.storage.db import audit_done
from desktop_app.core.storage.files import write_atomically

Progress = Callable[..., Any] | None


@dataclass(frozen=True)
class Col:
    header: str
    sql: str
    kind: str = "text"   # text, date, datetime, int, money
    width: int = 14


_SEX = "CASE {t}.sex WHEN 'M' THEN 'Nam' WHEN 'F' THEN 'Nữ' END"
_STATUS_M = ("CASE members.status WHEN 'active' THEN 'Đang sinh hoạt' WHEN 'transferred' THEN 'Đã chuyển đi' "
             "WHEN 'left' THEN 'Đã ra khỏi tổ chức' WHEN 'deceased' THEN 'Đã mất' ELSE 'Chưa vào công đoàn' END")
_STATUS_U = ("CASE unions.status WHEN 'active' THEN 'Đang hoạt động' WHEN 'merged' THEN 'Đã sáp nhập' "
             "WHEN 'dissolved' THEN 'Đã giải thể' END")
_ROLE = ("CASE officers.role WHEN 'chair' THEN 'Chủ tịch' WHEN 'vice_chair' THEN 'Phó Chủ tịch' "
         "WHEN 'standing' THEN 'Ủy viên Ban Thường vụ' WHEN 'executive' THEN 'Ủy viên Ban Chấp hành' "
         "WHEN 'inspection' THEN 'Ủy viên Ủy ban Kiểm tra' WHEN 'group_leader' THEN 'Tổ trưởng' "
         "ELSE coalesce(officers.note, 'Khác') END")
_EVENT_KIND = ("CASE events.kind WHEN 'health_festival' THEN 'Hội khỏe' WHEN 'forum' THEN 'Tọa đàm' "
               "WHEN 'conference' THEN 'Hội nghị' WHEN 'congress' THEN 'Đại hội' WHEN 'ceremony' THEN 'Lễ' "
               "WHEN 'visit' THEN 'Thăm hỏi' ELSE 'Khác' END")


@dataclass(frozen=True)
class ListSpec:
    table: str
    title: str
    joins: str
    columns: tuple[Col, ...]
    order: str


LISTS: dict[str, ListSpec] = {
    "members": ListSpec("members", "Danh sách đoàn viên",
                        "LEFT JOIN unions AS x_u ON x_u.id = members.union_id", (
        Col("Họ và tên", "members.full_name", width=28),
        Col("Giới tính", _SEX.format(t="members"), width=9),
        Col("Ngày sinh", "members.birth_date", "date", 12),
        Col("Số CCCD", "members.cccd", width=15),
        Col("Điện thoại", "members.phone", width=13),
        Col("Dân tộc", "members.ethnicity", width=10),
        Col("Nghề nghiệp", "members.job", width=22),
        Col("Số thẻ đoàn viên", "members.card_no", width=16),
        Col("Công đoàn cơ sở", "x_u.name", width=40),
        Col("Mã CĐCS", "x_u.code", width=10),
        Col("Ngày vào công đoàn", "members.joined_on", "date", 12),
        Col("Trạng thái", _STATUS_M, width=16),
        Col("Ghi chú", "members.note", width=24),
    ), "members.name_folded, members.birth_date, members.id"),
    "unions": ListSpec("unions", "Danh sách công đoàn cơ sở",
                       "LEFT JOIN sectors AS x_s ON x_s.code = unions.sector", (
        Col("Mã CĐCS", "unions.code", width=10),
        Col("Tên công đoàn cơ sở", "unions.name", width=44),
        Col("Cơ quan, doanh nghiệp", "unions.employer", width=34),
        Col("Địa chỉ", "unions.address", width=30),
        Col("Phường/xã", "unions.ward", width=16),
        Col("Khối", "x_s.name", width=24),
        Col("Ngày thành lập", "unions.founded_on", "date", 12),
        Col("Quyết định thành lập", "unions.founding_decision", width=18),
        Col("Số lao động", "unions.workers", "int", 10),
        Col("Số đoàn viên", "(SELECT count(*) FROM members x_m WHERE x_m.union_id = unions.id "
                            "AND x_m.status = 'active')", "int", 10),
        Col("Trạng thái", _STATUS_U, width=14),
        Col("Điện thoại", "unions.phone", width=13),
        Col("Ghi chú", "unions.note", width=24),
    ), "unions.name_folded, unions.id"),
    "officers": ListSpec("officers", "Danh sách cán bộ công đoàn",
                         "JOIN members AS x_m ON x_m.id = officers.member_id "
                         "LEFT JOIN unions AS x_u ON x_u.id = officers.union_id "
                         "LEFT JOIN bodies AS x_b ON x_b.id = officers.body_id", (
        Col("Họ và tên", "x_m.full_name", width=28),
        Col("Ngày sinh", "x_m.birth_date", "date", 12),
        Col("Số CCCD", "x_m.cccd", width=15),
        Col("Điện thoại", "x_m.phone", width=13),
        Col("Chức vụ công đoàn", _ROLE, width=24),
        Col("Công đoàn cơ sở", "coalesce(x_u.name, x_b.name)", width=40),
        Col("Nhiệm kỳ", "officers.term", width=12),
        Col("Từ ngày", "officers.term_start", "date", 12),
        Col("Đến ngày", "officers.term_end", "date", 12),
        Col("Chuyên trách/Kiêm nhiệm", "CASE officers.full_time WHEN 1 THEN 'Chuyên trách' "
                                       "ELSE 'Kiêm nhiệm' END", width=14),
        Col("Ghi chú", "officers.note", width=24),
    ), "x_u.name_folded, officers.role, x_m.name_folded, officers.id"),
    "events": ListSpec("events", "Danh sách sự kiện", "", (
        Col("Loại", _EVENT_KIND, width=12),
        Col("Tên sự kiện", "events.title", width=50),
        Col("Số", "events.number_label", width=10),
        Col("Bắt đầu", "events.starts_at", "datetime", 17),
        Col("Kết thúc", "events.ends_at", "datetime", 17),
        Col("Địa điểm", "events.place", width=30),
        Col("Số lượt tham gia", "events.participant_count", "int", 10),
        Col("Số đại biểu có mặt", "events.present_count", "int", 10),
        Col("Kết luận", "events.conclusions", width=40),
    ), "events.starts_at DESC, events.id"),
    "courses": ListSpec("courses", "Danh sách lớp tập huấn", "", (
        Col("Tên lớp", "courses.title", width=44),
        Col("Chủ đề", "courses.topic", width=24),
        Col("Đối tượng", "courses.target_group", width=28),
        Col("Từ ngày", "courses.starts_on", "date", 12),
        Col("Đến ngày", "courses.ends_on", "date", 12),
        Col("Địa điểm", "courses.place", width=28),
        Col("Giảng viên", "courses.trainer", width=24),
        Col("Số buổi", "courses.sessions", "int", 8),
        Col("Số học viên", "(SELECT count(*) FROM enrolments x_e WHERE x_e.course_id = courses.id)", "int", 10),
        Col("Hoàn thành", "(SELECT count(*) FROM enrolments x_e WHERE x_e.course_id = courses.id "
                          "AND x_e.completed = 1)", "int", 10),
    ), "courses.starts_on DESC, courses.id"),
}

_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def safe_text(value: str) -> str:
    """Neutralise a cell Excel would run as a formula."""
    return "'" + value if value.startswith(_DANGEROUS) else value


def _styles():
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    thin = Side(style="thin", color="999999")
    return {
        "head_font": Font(name="Times New Roman", bold=True, size=12),
        "head_fill": PatternFill("solid", fgColor="DDE7F0"),
        "head_align": Alignment(horizontal="center", vertical="center", wrap_text=True),
        "border": Border(top=thin, bottom=thin, left=thin, right=thin),
    }


def _header_cells(ws, headers: list[str]):
    from openpyxl.cell import WriteOnlyCell
    st = _styles()
    cells = []
    for h in headers:
        c = WriteOnlyCell(ws, value=h)
        c.font, c.fill, c.alignment, c.border = st["head_font"], st["head_fill"], st["head_align"], st["border"]
        cells.append(c)
    return cells


def export_list(db: sqlite_utils.Database, kind: str, path: Path | str, *,
                query: tuple[str, list[Any]] | None = None, progress: Progress = None) -> int:
    """Write the list ``kind`` (optionally filtered by ``query`` = (where_sql, params)
    over its table, as a tab's ``current_query`` gives) to ``path``; returns the row count."""
    from desktop_app.core.excel.xlsx import write_query

    if kind not in LISTS:
        raise UserError(f"cannot export {kind!r}; choose one of {', '.join(LISTS)}")
    spec = LISTS[kind]
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise UserError(f"{path.name}: an export must be saved as .xlsx")
    where, params = (query if query and query[0] else ("1", []))
    base = f"FROM {spec.table} {spec.joins} WHERE ({where})"
    try:
        total = db.execute(f"SELECT count(*) {base}", list(params)).fetchone()[0]
    except Exception as e:
        raise UserError(f"the list filter cannot be used for export: {e}") from None
    select = ", ".join(f"{c.sql} AS c{i}" for i, c in enumerate(spec.columns))
    kinds = ["number" if c.kind in ("int", "money") else c.kind for c in spec.columns]

    def on_row(n: int) -> None:
        if progress and progress(n, total, "Writing rows") is False:
            from desktop_app.core.excel.importer import Cancelled
            raise Cancelled("the export was cancelled")

    def write(target) -> None:
        write_query(target, db, spec.title, [c.header for c in spec.columns], [c.width for c in spec.columns],
                    kinds, f"SELECT {select} {base} ORDER BY {spec.order}", list(params), on_row)

    write_atomically(path, write)
    warning = audit_done(db, "export", target=str(path), records=total, detail=f"excel {kind}")
    if warning:
        raise PartlyDone(f"{total} rows were written to {path}, but {warning}", done=total)
    return total


def write_template(kind: str, path: Path | str) -> Path:
    """An empty import workbook with the headers the importer knows best, a title row
    and a sample row explaining the expected forms."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    keys = {
        "members": ["full_name", "sex", "birth_date", "cccd", "phone", "ethnicity", "job", "card_no",
                    "union", "joined_on", "note"],
        "unions": ["code", "name", "employer", "address", "ward", "sector", "founded_on", "founding_decision",
                   "workers", "phone", "note"],
        "officers": ["full_name", "birth_date", "cccd", "phone", "union", "role", "term", "term_start",
                     "term_end", "full_time", "note"],
        "enrolments": ["full_name", "birth_date", "cccd", "union", "attended_sessions", "completed",
                       "certificate_no", "note"],
    }[kind]
    titles = {"members": "DANH SÁCH ĐOÀN VIÊN", "unions": "DANH SÁCH CÔNG ĐOÀN CƠ SỞ",
              "officers": "DANH SÁCH CÁN BỘ CÔNG ĐOÀN", "enrolments": "DANH SÁCH HỌC VIÊN LỚP TẬP HUẤN"}
    hints = {"birth_date": "dd/mm/yyyy", "joined_on": "dd/mm/yyyy", "founded_on": "dd/mm/yyyy",
             "term_start": "dd/mm/yyyy", "term_end": "dd/mm/yyyy", "sex": "Nam / Nữ",
             "cccd": "12 chữ số", "sector": "Hành chính sự nghiệp / Phường, xã / Giáo dục / Doanh nghiệp nhà "
             "nước / Doanh nghiệp ngoài nhà nước / FDI", "role": "Chủ tịch / Phó Chủ tịch / Ủy viên BCH…",
             "full_time": "Chuyên trách / Kiêm nhiệm", "completed": "x = hoàn thành",
             "union": "tên đúng như trong chương trình"}
    by_key = {f.key: f for f in FIELDS[kind]}
    wb = Workbook()
    ws = wb.active
    ws.title = titles[kind].title()[:31]
    ws.cell(1, 1, titles[kind]).font = Font(name="Times New Roman", bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(keys))
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    ws.cell(2, 1, "Giữ nguyên dòng tiêu đề cột (rê chuột lên tiêu đề để xem cách ghi); "
                  "cột Số CCCD, Điện thoại để định dạng Văn bản (Text).").font = Font(italic=True, size=10)
    st = _styles()
    for i, key in enumerate(keys, start=1):
        c = ws.cell(4, i, by_key[key].label_vi)
        c.font, c.fill, c.alignment, c.border = st["head_font"], st["head_fill"], st["head_align"], st["border"]
        if key in hints:
            c.comment = Comment(hints[key], "Sổ Công đoàn", width=220, height=60)
        ws.column_dimensions[get_column_letter(i)].width = 30 if key in ("name", "union", "employer") else 16
        if key in ("cccd", "phone", "card_no", "code", "certificate_no"):
            for r in range(6, 1006):
                ws.cell(r, i).number_format = "@"
    ws.freeze_panes = "A5"
    path = Path(path)
    write_atomically(path, wb.save)
    return path


def check_report_path(report: Path | str, workbook: Path | str) -> None:
    """Refuse a report that would be written over the workbook it reports on."""
    report, workbook = Path(report), Path(workbook)
    same = report.resolve() == workbook.resolve()
    if not same and report.exists() and workbook.exists():
        same = os.path.samefile(report, workbook)
    if same:
        raise UserError(f"the report would overwrite the workbook being imported ({workbook.name}); "
                        "choose another name for the report")


def write_report(result, path: Path | str) -> Path:
    """The import problems as a workbook: sheet, row, column, value, reason, level."""
    check_report_path(path, result.path)
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Báo cáo nhập")
    ws.freeze_panes = "A3"
    for i, w in enumerate((18, 8, 22, 24, 70, 10), start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    from openpyxl.cell import WriteOnlyCell
    title = WriteOnlyCell(ws, value=f"{Path(result.path).name}: {result.rows} dòng, {result.new} mới, "
                                    f"{result.updated} cập nhật, {result.skipped} bỏ qua, {result.errors} lỗi")
    title.font = Font(bold=True)
    ws.append([title])
    ws.append(_header_cells(ws, ["Trang tính", "Dòng", "Cột", "Giá trị", "Lý do", "Mức"]))
    from desktop_app.core.excel.messages import vietnamese
    for p in result.problems:
        ws.append([safe_text(p.sheet), p.row, safe_text(p.column), safe_text(p.value), safe_text(vietnamese(p.reason)),
                   "Lỗi" if p.level == "error" else "Cảnh báo"])
    if result.unknown_unions:
        ws2 = wb.create_sheet("CĐCS không tìm thấy")
        ws2.column_dimensions["A"].width = 44
        ws2.column_dimensions["B"].width = 80
        ws2.append(_header_cells(ws2, ["Tên trong tệp", "Tên gần giống trong chương trình"]))
        for name, close in result.unknown_unions.items():
            ws2.append([safe_text(name), safe_text("; ".join(close))])
    path = Path(path)
    write_atomically(path, wb.save)
    return path
