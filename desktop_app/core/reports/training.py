"""Training: the course report with its attendance list, and the certificates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import sqlite_utils
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from desktop_app.core.errors import UserError
from desktop_app.core.records.training import get_course
from desktop_app.core.reports.template import (
    FONT,
    FONT_BOLD,
    FONT_ITALIC,
    Column,
    Issuer,
    Page,
    Styles,
    build_pdf,
    data_table,
    fit_columns,
    header_block,
    para,
    paragraph_style,
    percent,
    section,
    sign_off,
    signature_block,
    signer_for_body,
    text,
    title_block,
    vn_long_date,
)
from desktop_app.core.text import vn_date, vn_number
from desktop_app.core.vocabulary import SEX


def _course_rows(db: sqlite_utils.Database, course_id: int) -> list[tuple]:
    return db.execute("""
        SELECT m.full_name, m.sex, m.birth_date, u.name, e.attended_sessions, e.completed, e.certificate_no,
               e.note, (SELECT group_concat(DISTINCT o.role) FROM officers o WHERE o.member_id = m.id
                        AND (o.term_end IS NULL OR o.term_end >= c.starts_on)) AS roles
        FROM enrolments e JOIN members m ON m.id = e.member_id JOIN courses c ON c.id = e.course_id
        LEFT JOIN unions u ON u.id = m.union_id
        WHERE e.course_id = ? ORDER BY m.name_folded, m.birth_date, e.id""", [course_id]).fetchall()


def _period(course: dict[str, Any]) -> str:
    if course.get("ends_on") and course["ends_on"] != course["starts_on"]:
        return f"từ ngày {vn_date(course['starts_on'])} đến ngày {vn_date(course['ends_on'])}"
    return f"ngày {vn_date(course['starts_on'])}"


def course_pdf(db: sqlite_utils.Database, course_id: int, out: Path, **options: Any) -> Path:
    """The report of a course: what, when, where, who taught, and the attendance list.
    Options: ``issued_on`` (default: the course's last day)."""
    course = get_course(db, course_id)
    issuer = Issuer.of(db, course.get("body_id"))
    page = Page(landscape=True)
    data = _course_rows(db, course_id)
    sessions = course["sessions"] or 1
    issued = options.get("issued_on") or course.get("ends_on") or course["starts_on"]
    story: list[Flowable] = [header_block(issuer, page.frame_width, number=None, issued_on=issued)]
    story += title_block("Báo cáo kết quả lớp tập huấn", course["title"])
    facts = [("Nội dung", course.get("topic")), ("Đối tượng", course.get("target_group")),
             ("Thời gian", f"{_period(course)} ({sessions} buổi)"), ("Địa điểm", course.get("place")),
             ("Giảng viên", course.get("trainer"))]
    for k, v in facts:
        if v:
            story.append(para(f"<b>{k}:</b> {text(v)}", Styles.body_plain, markup=True))
    enrolled = len(data)
    completed = sum(1 for r in data if r[5])
    known = [r[4] for r in data if r[4] is not None]
    line = f"Số học viên đăng ký: {vn_number(enrolled)}"
    if enrolled:
        line += (f"; hoàn thành và được cấp giấy chứng nhận: {vn_number(completed)} "
                 f"({percent(100 * completed / enrolled, 1)})")
    if known:  # attendance only over the participants whose attendance was recorded
        line += f"; tỷ lệ chuyên cần: {percent(100 * sum(known) / (len(known) * sessions), 1)}"
    story.append(para(line + ".", Styles.body_plain))
    story += section("DANH SÁCH HỌC VIÊN")
    cols = fit_columns([
        Column("STT", 12 * mm, "CENTER"), Column("Họ và tên", 44 * mm), Column("Giới tính", 16 * mm, "CENTER"),
        Column("Ngày sinh", 22 * mm, "CENTER"), Column("Đơn vị", 0), Column("Số buổi dự", 18 * mm, "CENTER"),
        Column("Hoàn thành", 19 * mm, "CENTER"), Column("Số giấy chứng nhận", 31 * mm, "CENTER"),
        Column("Ghi chú", 24 * mm)], page.frame_width, 4)
    story.append(data_table(cols, [
        (f"{i:02d}", r[0], SEX.vi(r[1]), vn_date(r[2]), r[3],
         f"{r[4]}/{sessions}" if r[4] is not None else "",
         "Có" if r[5] else "Không", r[6], r[7]) for i, r in enumerate(data, 1)],
        total_row=("", f"Cộng: {vn_number(enrolled)} học viên", "", "", "", "", vn_number(completed), "", "")))
    sign_off(story, signature_block(page.frame_width, [
        signer_for_body(db, "compiler"), signer_for_body(db, "course", issued, issuer.body_id)]))
    return build_pdf(out, story, page, title=f"Báo cáo lớp tập huấn: {course['title']}", author=issuer.name,
                     progress=options.get("progress"))


CERT_TITLE = paragraph_style("cert_title", fontName=FONT_BOLD, fontSize=30, leading=36, alignment=TA_CENTER,
                    textColor=colors.Color(0.65, 0.05, 0.05))
CERT_BODY = paragraph_style("cert_body", fontSize=15, leading=22, alignment=TA_CENTER)
CERT_NAME = paragraph_style("cert_name", fontName=FONT_BOLD, fontSize=20, leading=26, alignment=TA_CENTER)
CERT_COURSE = paragraph_style("cert_course", fontName=FONT_BOLD, fontSize=16, leading=21, alignment=TA_CENTER)
CERT_NUMBER = paragraph_style("cert_number", fontName=FONT_ITALIC, fontSize=12, leading=15)


def _frame(canvas, doc) -> None:
    """A double border round each certificate."""
    w, h = doc.pagesize
    canvas.saveState()
    canvas.setStrokeColor(colors.Color(0.65, 0.05, 0.05))
    canvas.setLineWidth(2.5)
    canvas.rect(10 * mm, 10 * mm, w - 20 * mm, h - 20 * mm)
    canvas.setLineWidth(0.8)
    canvas.rect(13 * mm, 13 * mm, w - 26 * mm, h - 26 * mm)
    canvas.restoreState()


def certificates_pdf(db: sqlite_utils.Database, course_id: int, out: Path, **options: Any) -> Path:
    """One certificate page (A4 landscape) for each participant who completed course
    ``course_id``. Options: ``issued_on`` (default: the course's last day)."""
    course = get_course(db, course_id)
    issuer = Issuer.of(db, course.get("body_id"))
    done = [r for r in _course_rows(db, course_id) if r[5]]
    if not done:
        raise UserError("course.no_certificates_yet", course_id=course_id)
    page = Page(landscape=True)
    page.margins = dict(topMargin=20 * mm, bottomMargin=18 * mm, leftMargin=22 * mm, rightMargin=22 * mm)
    w = page.frame_width
    issued = options.get("issued_on") or course.get("ends_on") or course["starts_on"]
    if isinstance(issued, str):
        issued = dt.date.fromisoformat(issued[:10])
    signer = signer_for_body(db, "certificate", issued, issuer.body_id)
    story: list[Flowable] = []
    for k, r in enumerate(done):
        if k:
            story.append(PageBreak())
        story.append(header_block(issuer, w, number=None, issued_on=False))
        story.append(Spacer(1, 10 * mm))
        story.append(para("GIẤY CHỨNG NHẬN", CERT_TITLE))
        story.append(Spacer(1, 6 * mm))
        story.append(para(f"{issuer.name or 'Ban Chấp hành'} chứng nhận đồng chí", CERT_BODY))
        story.append(para(r[0], CERT_NAME))
        story.append(Spacer(1, 2 * mm))
        if r[2]:
            story.append(para(f"Sinh ngày: {vn_date(r[2])}", CERT_BODY))
        if r[3]:
            story.append(para(f"Đơn vị: {text(r[3])}", CERT_BODY))
        story.append(Spacer(1, 3 * mm))
        story.append(para("Đã hoàn thành chương trình lớp tập huấn", CERT_BODY))
        story.append(para(course["title"], CERT_COURSE))
        where = f" tại {text(course['place'])}" if course.get("place") else ""
        story.append(para(f"Tổ chức {_period(course)}{where}.", CERT_BODY))
        story.append(Spacer(1, 8 * mm))
        place = f"{issuer.place}, " if issuer.place else ""
        left = [para(f"Số vào sổ: {text(r[6])}" if r[6] else "Số vào sổ: ……", CERT_NUMBER)]
        right = [para(f"{place}{vn_long_date(issued)}", Styles.place_date),
                 *[para(line.upper(), Styles.sign_title) for line in signer.title.split("\n")],
                 Spacer(1, 20 * mm), para(signer.name or " ", Styles.sign_title)]
        t = Table([[left, right]], colWidths=[w * 0.45, w * 0.55])
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 13), ("VALIGN", (0, 0), (0, 0), "BOTTOM"),
                               ("VALIGN", (1, 0), (1, 0), "TOP")]))
        story.append(t)
    return build_pdf(out, story, page, title=f"Giấy chứng nhận: {course['title']}", author=issuer.name,
                     first_page=_frame, later_pages=_frame, page_numbers=False, progress=options.get("progress"))
