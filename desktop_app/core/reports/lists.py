"""Printed lists: grassroots unions by sector block, members of a union, officers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import sqlite_utils
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from desktop_app.core.records.fields import row
from desktop_app.core.reports.template import (
    Column,
    Issuer,
    Page,
    Styles,
    build_pdf,
    data_table,
    fit_columns,
    header_block,
    of_which,
    para,
    section,
    sign_off,
    signature_block,
    signer_for_body,
    text,
    title_block,
    vn_long_date,
)
from desktop_app.core.text import mask_cccd, vn_date, vn_number
from desktop_app.core.vocabulary import OFFICER_ROLE, SEX

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _issued(options: dict[str, Any]) -> dt.date:
    day = options.get("issued_on") or dt.date.today()
    return day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day))


def _as_of_note(day: dt.date) -> str:
    return f"(Tính đến {vn_long_date(day)})"


def _signatures(db: sqlite_utils.Database, page: Page, day: dt.date) -> Flowable:
    """Lists the body issues are signed for the body by its chair, on the list's date."""
    return signature_block(page.frame_width, [signer_for_body(db, "compiler"), signer_for_body(db, "list", day)])


def unions_pdf(db: sqlite_utils.Database, out: Path, **options: Any) -> Path:
    """Active grassroots unions grouped by sector block, with their members and chair.

    Options: ``sector`` (one sector code only), ``issued_on``.
    """
    issuer = Issuer.of(db)
    page = Page(landscape=True)
    day = _issued(options)
    params: list[Any] = []
    where = "u.status = 'active'"
    if options.get("sector"):
        where += " AND u.sector = ?"
        params.append(options["sector"])
    data = db.execute(f"""
        -- "+status" keeps SQLite from choosing the (status, name) index, which would read
        -- every member row; members_union answers this from the index alone.
        WITH m AS (SELECT union_id, count(*) AS n FROM members
                   WHERE union_id IS NOT NULL AND +status = 'active' GROUP BY union_id),
             ch AS (SELECT o.union_id, min(mm.full_name) AS chair FROM officers o
                    JOIN members mm ON mm.id = o.member_id
                    WHERE o.role = 'chair' AND o.union_id IS NOT NULL
                      AND (o.term_end IS NULL OR o.term_end >= :today)
                    GROUP BY o.union_id)
        SELECT coalesce(s.code, ''), coalesce(s.name, 'Chưa phân khối'), u.name, u.ward, u.founded_on,
               u.workers, coalesce(m.n, 0), ch.chair, u.code
        FROM unions u LEFT JOIN sectors s ON s.code = u.sector
        LEFT JOIN m ON m.union_id = u.id LEFT JOIN ch ON ch.union_id = u.id
        WHERE {where.replace('?', ':sector')}
        ORDER BY coalesce(s.sort, 99), u.name_folded""",
        {"today": day.isoformat(), "sector": options.get("sector")}).fetchall()

    story: list[Flowable] = [header_block(issuer, page.frame_width, number=None, issued_on=day)]
    story += title_block("Danh sách công đoàn cơ sở", "theo khối", _as_of_note(day))
    cols = fit_columns([
        Column("STT", 12 * mm, "CENTER"), Column("Tên công đoàn cơ sở", 0), Column("Phường, xã", 38 * mm),
        Column("Ngày thành lập", 24 * mm, "CENTER"), Column("Số CNVCLĐ", 20 * mm, "RIGHT"),
        Column("Số đoàn viên", 22 * mm, "RIGHT"), Column("Chủ tịch", 45 * mm)], page.frame_width, 1)
    groups: dict[tuple[str, str], list[tuple]] = {}
    for r in data:
        groups.setdefault((r[0], r[1]), []).append(r)
    total_u = total_m = total_w = unknown_w = 0
    for k, ((_, sector_name), items) in enumerate(groups.items()):
        members = sum(r[6] for r in items)
        workers = sum(r[5] or 0 for r in items)
        total_u += len(items)
        total_m += members
        total_w += workers
        story += section(f"{ROMAN[k] if k < len(ROMAN) else k + 1}. KHỐI {text(sector_name).upper()} "
                         f"({vn_number(len(items))} CĐCS, {vn_number(members)} đoàn viên)")
        known = [r[5] for r in items if r[5] is not None]
        unknown_w += len(items) - len(known)
        story.append(data_table(cols, [
            (f"{i:02d}", r[2], r[3], vn_date(r[4]), vn_number(r[5]) if r[5] is not None else "", vn_number(r[6]),
             r[7]) for i, r in enumerate(items, 1)],
            total_row=("", f"Cộng khối: {vn_number(len(items))} CĐCS", "", "",
                       vn_number(workers) if known else "", vn_number(members), "")))
    if not groups:
        story.append(para("Chưa có công đoàn cơ sở nào.", Styles.body))
    # The number of workers is printed only as far as it is known: never "0 công nhân"
    # for unions that did not report it.
    total = f"Tổng cộng: {vn_number(total_u)} công đoàn cơ sở, {vn_number(total_m)} đoàn viên"
    if total_u and not unknown_w:
        total += f", {vn_number(total_w)} công nhân, viên chức, lao động"
    elif total_u and unknown_w < total_u:
        total += (f"; {vn_number(total_u - unknown_w)} công đoàn cơ sở đã báo cáo số công nhân, viên chức, "
                  f"lao động ({vn_number(total_w)} người)")
    story.append(para(total + ".", Styles.heading))
    sign_off(story, _signatures(db, page, day))
    return build_pdf(out, story, page, title="Danh sách công đoàn cơ sở", author=issuer.name,
                     progress=options.get("progress"))


def members_pdf(db: sqlite_utils.Database, union_id: int, out: Path, full_ids: bool = False,
                **options: Any) -> Path:
    """The active members of union ``union_id`` (danh sách đoàn viên), landscape.

    ID numbers are masked ('001******789') unless ``full_ids``. Options: ``issued_on``.
    """
    union = row(db, "unions", union_id, "Union")
    issuer = Issuer.of(db)
    page = Page(landscape=True)
    day = _issued(options)
    data = db.execute("""
        SELECT full_name, sex, birth_date, cccd, card_no, job, joined_on, phone
        FROM members WHERE union_id = ? AND +status = 'active' ORDER BY name_folded, birth_date, id""",
        [union_id]).fetchall()
    story: list[Flowable] = [header_block(issuer, page.frame_width, number=None, issued_on=day)]
    story += title_block("Danh sách đoàn viên", text(union["name"]), _as_of_note(day))
    cols = fit_columns([
        Column("STT", 13 * mm, "CENTER"), Column("Họ và tên", 48 * mm), Column("Giới tính", 16 * mm, "CENTER"),
        Column("Ngày sinh", 22 * mm, "CENTER"), Column("Số CCCD", 27 * mm, "CENTER"),
        Column("Số thẻ đoàn viên", 35 * mm, "CENTER"), Column("Nghề nghiệp", 0),
        Column("Ngày vào Công đoàn", 24 * mm, "CENTER"), Column("Điện thoại", 25 * mm, "CENTER")],
        page.frame_width, 6)
    mask = (lambda c: text(c)) if full_ids else mask_cccd
    women = sum(1 for r in data if r[1] == "F")
    story.append(data_table(cols, [
        (f"{i:02d}", r[0], SEX.vi(r[1]), vn_date(r[2]), mask(r[3]), r[4], r[5], vn_date(r[6]), r[7])
        for i, r in enumerate(data, 1)]))
    story.append(para(of_which(f"Tổng số: {vn_number(len(data))} đoàn viên", [(women, "nữ")]) + ".",
                      Styles.heading))
    if not full_ids:
        story.append(para("Số CCCD được che một phần để bảo vệ dữ liệu cá nhân.", Styles.small))
    # The body issues the list under its own header: it signs for the body, not the
    # grassroots union's chair.
    sign_off(story, _signatures(db, page, day))
    return build_pdf(out, story, page, title=f"Danh sách đoàn viên: {union['name']}", author=issuer.name,
                     progress=options.get("progress"))


def officers_pdf(db: sqlite_utils.Database, out: Path, union_id: int | None = None, **options: Any) -> Path:
    """Officers in office (term not ended), of one union or of every union and of the
    managing body itself. Options: ``issued_on``."""
    issuer = Issuer.of(db)
    page = Page(landscape=True)
    day = _issued(options)
    order = OFFICER_ROLE.sql_order("o.role")
    where = "(o.term_end IS NULL OR o.term_end >= :d) AND (o.term_start IS NULL OR o.term_start <= :d)"
    params: dict[str, Any] = {"d": day.isoformat()}
    union = None
    if union_id is not None:
        union = row(db, "unions", union_id, "Union")
        where += " AND o.union_id = :u"
        params["u"] = union_id
    data = db.execute(f"""
        SELECT coalesce(u.name, b.name), o.role, m.full_name, m.sex, m.birth_date, m.phone, o.term,
               o.term_start, o.full_time, u.id IS NULL AS own
        FROM officers o JOIN members m ON m.id = o.member_id
        LEFT JOIN unions u ON u.id = o.union_id LEFT JOIN bodies b ON b.id = o.body_id
        WHERE {where}
        ORDER BY own DESC, u.name_folded, {order}, m.name_folded""", params).fetchall()
    story: list[Flowable] = [header_block(issuer, page.frame_width, number=None, issued_on=day)]
    story += title_block("Danh sách cán bộ công đoàn", text(union["name"]) if union else None, _as_of_note(day))
    cols = [Column("STT", 13 * mm, "CENTER"), Column("Họ và tên", 48 * mm), Column("Giới tính", 16 * mm, "CENTER"),
            Column("Ngày sinh", 22 * mm, "CENTER"), Column("Chức vụ công đoàn", 45 * mm)]
    if union is None:
        cols.append(Column("Đơn vị", 0))
    cols += [Column("Nhiệm kỳ", 24 * mm, "CENTER"), Column("Chuyên trách / kiêm nhiệm", 27 * mm, "CENTER"),
             Column("Điện thoại", 25 * mm, "CENTER")]
    cols = fit_columns(cols, page.frame_width, 5 if union is None else 1)
    rows_out = []
    for i, r in enumerate(data, 1):
        line: list[Any] = [f"{i:02d}", r[2], SEX.vi(r[3]), vn_date(r[4]), OFFICER_ROLE.vi(r[1])]
        if union is None:
            line.append(r[0])
        line += [r[6] or (vn_date(r[7]) if r[7] else ""), "Chuyên trách" if r[8] else "Kiêm nhiệm", r[5]]
        rows_out.append(line)
    story.append(data_table(cols, rows_out))
    chairs = sum(1 for r in data if r[1] == "chair")
    full_time = sum(1 for r in data if r[8])
    story.append(para(of_which(f"Tổng số: {vn_number(len(data))} lượt cán bộ",
                               [(chairs, "chủ tịch"), (full_time, "cán bộ chuyên trách")]) + ".", Styles.heading))
    sign_off(story, _signatures(db, page, day))
    return build_pdf(out, story, page, title="Danh sách cán bộ công đoàn", author=issuer.name,
                     progress=options.get("progress"))


# For the registers' lists (reports/registers.py): the same date and signatures.
issued_on = _issued
body_signatures = _signatures
