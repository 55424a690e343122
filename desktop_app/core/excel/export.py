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
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from desktop_app.core import vocabulary as V
from desktop_app.core.errors import PartlyDone, UserError
from desktop_app.core.excel.columns import FIELDS
from desktop_app.core.listing import ListQuery
from desktop_app.core.storage.db import audit_done
from desktop_app.core.storage.files import write_atomically
from desktop_app.core.work import Cancelled, Progress


@dataclass(frozen=True)
class Col:
    header: str
    sql: str
    kind: str = "text"   # text, date, datetime, int, money
    width: int = 14


_STATUS_M = V.MEMBER_STATUS.sql_case("members.status")
_STATUS_U = V.UNION_STATUS.sql_case("unions.status")
# "Other" roles are named in the note ("Ủy viên Ban nữ công").
_ROLE = V.OFFICER_ROLE.sql_case("officers.role", when={"other": "coalesce(officers.note, 'Khác')"})
_EVENT_KIND = V.EVENT_KIND.sql_case("events.kind")


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
        Col("Giới tính", V.SEX.sql_case("members.sex"), width=9),
        Col("Ngày sinh", "members.birth_date", "date", 12),
        Col("Số CCCD", "members.cccd", width=15),
        Col("Điện thoại", "members.phone", width=13),
        Col("Dân tộc", "members.ethnicity", width=10),
        Col("Quốc tịch", "coalesce(members.nationality, 'Việt Nam')", width=12),
        Col("Quan hệ lao động", V.WORK_RELATION.sql_case("members.work_relation"), width=22),
        Col("Thời hạn hợp đồng (tháng)", "members.contract_months", "int", 12),
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
        Col("Số CNVCLĐ", "unions.workers", "int", 10),
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
    "awards": ListSpec("awards", "Danh sách khen thưởng",
                       "LEFT JOIN unions AS x_u ON x_u.id = awards.union_id "
                       "LEFT JOIN members AS x_m ON x_m.id = awards.member_id", (
        Col("Năm", "awards.year", "int", 8),
        Col("Hình thức khen thưởng", V.AWARD_FORM.sql_case("awards.form"), width=20),
        Col("Cấp khen thưởng", V.AWARD_LEVEL.sql_case("awards.level"), width=30),
        Col("Trạng thái", V.AWARD_STATUS.sql_case("awards.status"), width=16),
        Col("Họ và tên", "x_m.full_name", width=26),
        Col("Ngày sinh", "x_m.birth_date", "date", 12),
        Col("Số CCCD", "x_m.cccd", width=15),
        Col("Công đoàn cơ sở", "x_u.name", width=40),
        Col("Mã CĐCS", "x_u.code", width=10),
        Col("Số quyết định", "awards.decision_no", width=16),
        Col("Ngày quyết định", "awards.decision_date", "date", 12),
        Col("Thành tích", "awards.reason", width=50),
        Col("Ghi chú", "awards.note", width=24),
    ), "awards.year DESC, awards.level, awards.form, awards.member_id IS NOT NULL, x_u.name_folded, "
       "x_m.name_folded, awards.id"),
    "congresses": ListSpec("congresses", "Danh sách đại hội công đoàn cơ sở",
                           "JOIN unions AS x_u ON x_u.id = congresses.union_id", (
        Col("Công đoàn cơ sở", "x_u.name", width=44),
        Col("Mã CĐCS", "x_u.code", width=10),
        Col("Ngày đại hội", "congresses.held_on", "date", 12),
        Col("Hình thức đại hội", V.CONGRESS_KIND.sql_case("congresses.kind"), width=18),
        Col("Nhiệm kỳ", "congresses.term_start || '–' || congresses.term_end", width=12),
        Col("Lần thứ", "congresses.number_label", width=12),
        Col("Số đại biểu", "congresses.delegates", "int", 10),
        Col("Số ủy viên BCH", "congresses.committee_size", "int", 10),
        Col("Ghi chú", "congresses.note", width=24),
    ), "congresses.held_on DESC, x_u.name_folded, congresses.id"),
    "dues": ListSpec("dues", "Tình hình nộp đoàn phí, kinh phí công đoàn",
                     "JOIN unions AS x_u ON x_u.id = dues.union_id", (
        Col("Công đoàn cơ sở", "x_u.name", width=44),
        Col("Mã CĐCS", "x_u.code", width=10),
        Col("Năm", "dues.year", "int", 8),
        Col("Kỳ", V.DUES_PERIOD.sql_case("dues.period"), width=16),
        Col("Số đoàn viên", "dues.members", "int", 10),
        Col("Miễn kinh phí", "CASE dues.fund_exempt WHEN 1 THEN 'x' ELSE '' END", width=10),
        Col("Đoàn phí phải nộp", "dues.dues_due", "money", 16),
        Col("Đoàn phí đã nộp", "dues.dues_paid", "money", 16),
        Col("Kinh phí phải nộp", "dues.fund_due", "money", 16),
        Col("Kinh phí đã nộp", "dues.fund_paid", "money", 16),
        Col("Ghi chú", "dues.note", width=30),
    ), "dues.year DESC, dues.period, x_u.name_folded, dues.id"),
    "audit": ListSpec("audit_log", "Nhật ký thay đổi", "", (
        Col("Thời gian", "replace(audit_log.at, 'T', ' ')", width=20),
        Col("Người thực hiện", "audit_log.actor", width=16),
        Col("Thao tác", "audit_log.action", width=14),
        Col("Đối tượng", "audit_log.target", width=40),
        Col("Số bản ghi", "audit_log.records", "int", 10),
        Col("Chi tiết", "audit_log.detail", width=80),
    ), "audit_log.at DESC, audit_log.id DESC"),
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


def _with_custom_columns(db: sqlite_utils.Database, kind: str, spec: ListSpec) -> ListSpec:
    """Members and unions carry the user's own fields as extra columns, headed by their
    names (so the file imports back)."""
    from desktop_app.core.records import custom

    if kind not in custom.VALUE_TABLES:
        return spec
    table, column = custom.VALUE_TABLES[kind]
    extra = tuple(Col(f["name"], f"(SELECT x_cv.value FROM {table} x_cv WHERE x_cv.{column} = {kind}.id "
                                 f"AND x_cv.field_id = {int(f['id'])})",
                      "date" if f["kind"] == "date" else "text", 16)
                  for f in custom.fields(db, kind))
    return ListSpec(spec.table, spec.title, spec.joins, spec.columns + extra, spec.order) if extra else spec


def export_list(db: sqlite_utils.Database, kind: str, path: Path | str, *,
                query: ListQuery | None = None, progress: Progress | None = None) -> int:
    """Write the list ``kind`` to ``path``; returns the row count. With ``query`` (a list
    as the window shows it: search, filters, sort) exactly its rows, in its order;
    without, the whole list."""
    from desktop_app.core.excel.xlsx import write_query

    if kind not in LISTS:
        raise UserError("excel.cannot_export_kind", kind=repr(kind), kinds=', '.join(LISTS))
    spec = _with_custom_columns(db, kind, LISTS[kind])
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise UserError("excel.export_needs_xlsx", file=path.name)
    if query is not None and query.spec.table != spec.table:
        raise UserError("excel.list_kind_mismatch", list=query.spec.key, kind=kind)
    select = ", ".join(f"{c.sql} AS c{i}" for i, c in enumerate(spec.columns))
    if query is None:
        total = db.execute(f"SELECT count(*) FROM {spec.table} {spec.joins}").fetchone()[0]
        sql, params = f"SELECT {select} FROM {spec.table} {spec.joins} ORDER BY {spec.order}", []
    else:
        total = query.count()
        sql, params = query.select_sql(select, spec.joins)
    kinds = ["number" if c.kind in ("int", "money") else c.kind for c in spec.columns]

    def on_row(n: int) -> None:
        if progress and progress(n, total, "Writing rows") is False:
            raise Cancelled("excel.export_cancelled")

    def write(target) -> None:
        write_query(target, db, spec.title, [c.header for c in spec.columns], [c.width for c in spec.columns],
                    kinds, sql, params, on_row)

    write_atomically(path, write)
    warning = audit_done(db, "export", target=str(path), records=total, detail=f"excel {kind}")
    if warning:
        raise PartlyDone("excel.rows_written_not_logged", done=total, count=total, file=path, warning=warning)
    return total


def write_template(kind: str, path: Path | str) -> Path:
    """An empty import workbook with the headers the importer knows best, a title row
    and a sample row explaining the expected forms."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    keys = {
        "members": ["full_name", "sex", "birth_date", "cccd", "phone", "ethnicity", "nationality", "work_relation",
                    "contract_months", "job", "card_no", "union", "joined_on", "note"],
        "unions": ["code", "name", "employer", "address", "ward", "sector", "founded_on", "founding_decision",
                   "workers", "phone", "note"],
        "officers": ["full_name", "birth_date", "cccd", "phone", "union", "role", "term", "term_start",
                     "term_end", "full_time", "note"],
        "enrolments": ["full_name", "birth_date", "cccd", "union", "attended_sessions", "completed",
                       "certificate_no", "note"],
        "dues": ["union", "union_code", "year", "period", "members", "fund_exempt", "dues_due", "dues_paid",
                 "fund_due", "fund_paid", "note"],
        "congresses": ["union", "union_code", "held_on", "kind", "term", "number_label", "delegates",
                       "committee_size", "note"],
        "awards": ["year", "form", "level", "status", "full_name", "birth_date", "union", "union_code",
                   "decision_no", "decision_date", "reason", "note"],
    }[kind]
    titles = {"members": "DANH SÁCH ĐOÀN VIÊN", "unions": "DANH SÁCH CÔNG ĐOÀN CƠ SỞ",
              "officers": "DANH SÁCH CÁN BỘ CÔNG ĐOÀN", "enrolments": "DANH SÁCH HỌC VIÊN LỚP TẬP HUẤN",
              "awards": "DANH SÁCH KHEN THƯỞNG", "congresses": "DANH SÁCH ĐẠI HỘI CÔNG ĐOÀN CƠ SỞ",
              "dues": "TÌNH HÌNH NỘP ĐOÀN PHÍ, KINH PHÍ CÔNG ĐOÀN"}
    hints = {"birth_date": "dd/mm/yyyy", "joined_on": "dd/mm/yyyy", "founded_on": "dd/mm/yyyy",
             "term_start": "dd/mm/yyyy", "term_end": "dd/mm/yyyy", "sex": "Nam / Nữ",
             "cccd": "12 chữ số", "sector": "Hành chính sự nghiệp / Phường, xã / Giáo dục / Doanh nghiệp nhà "
             "nước / Doanh nghiệp ngoài nhà nước / FDI", "role": "Chủ tịch / Phó Chủ tịch / Ủy viên BCH…",
             "full_time": "Chuyên trách / Kiêm nhiệm", "completed": "x = hoàn thành",
             "union": "tên đúng như trong chương trình",
             "nationality": "để trống nếu là công dân Việt Nam",
             "work_relation": "Có quan hệ lao động / Không có quan hệ lao động",
             "contract_months": "người nước ngoài: từ đủ 12 tháng (Luật Công đoàn 2024)",
             "form": "Cờ thi đua / Bằng khen / Giấy khen / Kỷ niệm chương",
             "level": "Tổng Liên đoàn / LĐLĐ tỉnh, thành phố / cấp mình",
             "status": "Đề nghị / Đã khen thưởng / Không được duyệt",
             "decision_date": "dd/mm/yyyy", "held_on": "dd/mm/yyyy", "kind": "Toàn thể / Đại biểu",
             "period": "Cả năm / 6 tháng đầu năm / 6 tháng cuối năm / Quý I…", "fund_exempt": "x = được miễn"}
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
        raise UserError("excel.report_overwrites_workbook", file=workbook.name)


_REPORT_WORDS = {
    "vi": ("Báo cáo nhập", "{file}: {rows} dòng, {new} mới, {updated} cập nhật, {skipped} bỏ qua, {errors} lỗi",
           ("Trang tính", "Dòng", "Cột", "Giá trị", "Lý do", "Mức"), ("Lỗi", "Cảnh báo"), "CĐCS không tìm thấy",
           ("Tên trong tệp", "Tên gần giống trong chương trình")),
    "en": ("Import report", "{file}: {rows} rows, {new} new, {updated} updated, {skipped} skipped, {errors} errors",
           ("Sheet", "Row", "Column", "Value", "Reason", "Level"), ("Error", "Warning"), "Unions not found",
           ("Name in the file", "Closest names in the program")),
}


def write_report(result, path: Path | str, language: str = "vi") -> Path:
    """The import problems as a workbook: sheet, row, column, value, reason, level; the
    reasons rendered from the message catalogue in ``language``."""
    check_report_path(path, result.path)
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from desktop_app.core.messages import render

    wb = Workbook(write_only=True)
    sheet_title, summary, headers, levels, unknown_title, unknown_headers = \
        _REPORT_WORDS["vi" if language == "vi" else "en"]
    ws = wb.create_sheet(sheet_title)
    ws.freeze_panes = "A3"
    for i, w in enumerate((18, 8, 22, 24, 70, 10), start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    from openpyxl.cell import WriteOnlyCell
    title = WriteOnlyCell(ws, value=summary.format(file=Path(result.path).name, rows=result.rows, new=result.new,
                                                   updated=result.updated, skipped=result.skipped,
                                                   errors=result.errors))
    title.font = Font(bold=True)
    ws.append([title])
    ws.append(_header_cells(ws, list(headers)))
    for p in result.problems:
        ws.append([safe_text(p.sheet), p.row, safe_text(p.column), safe_text(p.value),
                   safe_text(render(p.reason, language)), levels[0] if p.level == "error" else levels[1]])
    if result.unknown_unions:
        ws2 = wb.create_sheet(unknown_title)
        ws2.column_dimensions["A"].width = 44
        ws2.column_dimensions["B"].width = 80
        ws2.append(_header_cells(ws2, list(unknown_headers)))
        for name, close in result.unknown_unions.items():
            ws2.append([safe_text(name), safe_text("; ".join(close))])
    path = Path(path)
    write_atomically(path, wb.save)
    return path
