"""Printed lists of the registers: the awards proposed for a year (danh sách đề nghị
khen thưởng) and the grassroots unions whose congress is due (danh sách công đoàn cơ sở
đến kỳ đại hội)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlite_utils
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from desktop_app.core.records import awards
from desktop_app.core.reports.lists import ROMAN, body_signatures, issued_on
from desktop_app.core.reports.template import (
    Column,
    Issuer,
    Page,
    Styles,
    build_pdf,
    data_table,
    fit_columns,
    header_block,
    number_line,
    para,
    section,
    sign_off,
    text,
    title_block,
)
from desktop_app.core.text import vn_date, vn_number
from desktop_app.core.vocabulary import AWARD_FORM, AWARD_LEVEL, CONGRESS_KIND, OFFICER_ROLE


def awards_pdf(db: sqlite_utils.Database, year: int, out: Path, **options: Any) -> Path:
    """The awards proposed for ``year``, grouped by the level asked to give them and by
    form, units before individuals (the order the confederation's forms use).

    Options: ``status`` (default "proposed"; "awarded" prints the awards given),
    ``issued_on``.
    """
    status = options.get("status") or "proposed"
    issuer = Issuer.of(db)
    page = Page(landscape=True)
    day = issued_on(options)
    data = awards.list_awards(db, year=year, status=status)
    title = "Danh sách đề nghị khen thưởng" if status == "proposed" else "Danh sách khen thưởng"
    story: list[Flowable] = [header_block(issuer, page.frame_width, number=number_line("DS", issuer),
                                          issued_on=day)]
    story += title_block(title, f"Năm {year}",
                         "(Theo Quyết định số 999/QĐ-TLĐ năm 2024 của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam)")
    cols = fit_columns([
        Column("STT", 12 * mm, "CENTER"), Column("Tập thể / Họ và tên", 62 * mm), Column("Đơn vị", 62 * mm),
        Column("Năm sinh", 18 * mm, "CENTER"), Column("Thành tích", 0)], page.frame_width, 4)
    if status != "proposed":
        cols = fit_columns([*cols[:4], Column("Số, ngày quyết định", 40 * mm), Column("Thành tích", 0)],
                           page.frame_width, 5)
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for a in data:
        groups.setdefault((a["level"], a["form"]), []).append(a)
    units = people = 0
    for k, ((level, form), items) in enumerate(groups.items()):
        story += section(f"{ROMAN[k] if k < len(ROMAN) else k + 1}. {AWARD_FORM.vi(form).upper()} "
                         f"CỦA {_level_name(level, issuer).upper()}")
        lines = []
        for i, a in enumerate(sorted(items, key=lambda a: (a["member_id"] is not None, a["recipient"])), 1):
            person = a["member_id"] is not None
            units += not person
            people += person
            line = [i, a["recipient"], a["union_name"] if person else "",
                    (a["member_birth_date"] or "")[:4] if person else ""]
            if status != "proposed":
                line.append(", ".join(x for x in (text(a["decision_no"]), vn_date(a["decision_date"])) if x))
            line.append(a["reason"] or "")
            lines.append(line)
        story.append(data_table(cols, lines))
    if not groups:
        story.append(para(f"Năm {year} chưa có đề nghị khen thưởng nào." if status == "proposed"
                          else f"Năm {year} chưa có khen thưởng nào.", Styles.body))
    else:
        story.append(para(f"Tổng cộng: {vn_number(units)} tập thể, {vn_number(people)} cá nhân.", Styles.heading))
    sign_off(story, body_signatures(db, page, day))
    return build_pdf(out, story, page, title=f"{title} năm {year}", author=issuer.name,
                     progress=options.get("progress"))


def _level_name(level: str, issuer: Issuer) -> str:
    """The body that gives the award, by name where the document knows it."""
    if level == "own":
        return issuer.name or AWARD_LEVEL.vi(level)
    if level == "province" and issuer.parent_name:
        return issuer.parent_name
    return AWARD_LEVEL.vi(level)


def congresses_due_pdf(db: sqlite_utils.Database, year: int, out: Path, **options: Any) -> Path:
    """The grassroots unions whose congress is due in ``year`` or overdue, those with no
    congress recorded, and the officers still recorded in office after their term ended.
    Options: ``issued_on``."""
    from desktop_app.core.records import congresses

    issuer = Issuer.of(db)
    page = Page(landscape=True)
    day = issued_on(options)
    data = congresses.due(db, year)
    story: list[Flowable] = [header_block(issuer, page.frame_width, number=number_line("DS", issuer),
                                          issued_on=day)]
    story += title_block("Danh sách công đoàn cơ sở đến kỳ đại hội", f"Năm {year}",
                         f"(Nhiệm kỳ kết thúc trong hoặc trước năm {year}; tính đến {vn_date(day.isoformat())})")
    cols = fit_columns([
        Column("STT", 12 * mm, "CENTER"), Column("Tên công đoàn cơ sở", 0), Column("Số đoàn viên", 22 * mm, "RIGHT"),
        Column("Đại hội gần nhất", 30 * mm, "CENTER"), Column("Hình thức", 36 * mm),
        Column("Nhiệm kỳ", 26 * mm, "CENTER"), Column("Ghi chú", 40 * mm)], page.frame_width, 1)
    titles = {"overdue": "QUÁ HẠN ĐẠI HỘI", "due": f"ĐẾN KỲ ĐẠI HỘI TRONG NĂM {year}",
              "unknown": "CHƯA CÓ THÔNG TIN ĐẠI HỘI"}
    k = 0
    for state in ("overdue", "due", "unknown"):
        items = [r for r in data if r["state"] == state]
        if not items:
            continue
        story += section(f"{ROMAN[k]}. {titles[state]} ({vn_number(len(items))} CĐCS)")
        k += 1
        story.append(data_table(cols, [
            (i, r["union_name"], vn_number(r["members"]), vn_date(r["held_on"]),
             CONGRESS_KIND.vi(r["kind"]) if r["kind"] else "",
             f"{r['term_start']}–{r['term_end']}" if r["term_end"] else "",
             f"Quá hạn {year - r['term_end']} năm" if state == "overdue" else "")
            for i, r in enumerate(items, 1)]))
    if not data:
        story.append(para(f"Không có công đoàn cơ sở nào đến kỳ đại hội năm {year}.", Styles.body))
    late = congresses.officers_past_term(db, day)
    if late:
        story += section(f"{ROMAN[k]}. CÁN BỘ CÒN GHI ĐANG GIỮ CHỨC VỤ SAU KHI HẾT NHIỆM KỲ "
                         f"({vn_number(len(late))} người)")
        ocols = fit_columns([Column("STT", 12 * mm, "CENTER"), Column("Họ và tên", 50 * mm),
                             Column("Chức vụ", 36 * mm), Column("Công đoàn cơ sở", 0),
                             Column("Nhiệm kỳ ghi trên hồ sơ", 36 * mm, "CENTER"),
                             Column("Đại hội sau đó", 30 * mm, "CENTER")], page.frame_width, 3)
        story.append(data_table(ocols, [(i, o["full_name"], OFFICER_ROLE.vi(o["role"]), o["union_name"],
                                         o["term"] or "", vn_date(o["later_congress"]))
                                        for i, o in enumerate(late, 1)]))
        story.append(para("Đề nghị cập nhật ngày kết thúc nhiệm kỳ hoặc chức vụ mới của các cán bộ trên.",
                          Styles.small))
    counts = {s: sum(1 for r in data if r["state"] == s) for s in ("overdue", "due", "unknown")}
    story.append(para(f"Tổng cộng: {vn_number(counts['due'])} CĐCS đến kỳ đại hội, {vn_number(counts['overdue'])} "
                      f"CĐCS quá hạn, {vn_number(counts['unknown'])} CĐCS chưa có thông tin đại hội.",
                      Styles.heading))
    sign_off(story, body_signatures(db, page, day))
    return build_pdf(out, story, page, title=f"Danh sách công đoàn cơ sở đến kỳ đại hội năm {year}",
                     author=issuer.name, progress=options.get("progress"))


def dues_behind_pdf(db: sqlite_utils.Database, year: int, out: Path, **options: Any) -> Path:
    """The unions that remitted less đoàn phí or kinh phí công đoàn than was due in
    ``year``, largest debt first. Options: ``issued_on``."""
    from desktop_app.core.records import dues

    issuer = Issuer.of(db)
    page = Page(landscape=True)
    day = issued_on(options)
    data = dues.behind(db, year)
    story: list[Flowable] = [header_block(issuer, page.frame_width, number=number_line("DS", issuer),
                                          issued_on=day)]
    story += title_block("Danh sách công đoàn cơ sở còn nợ đoàn phí, kinh phí công đoàn", f"Năm {year}",
                         f"(Tính đến {vn_date(day.isoformat())}; đơn vị tính: đồng)")
    cols = fit_columns([Column("STT", 12 * mm, "CENTER"), Column("Tên công đoàn cơ sở", 0),
                        Column("Mã CĐCS", 26 * mm, "CENTER"), Column("Đoàn phí còn nợ", 36 * mm, "RIGHT"),
                        Column("Kinh phí còn nợ", 36 * mm, "RIGHT"), Column("Cộng", 36 * mm, "RIGHT")],
                       page.frame_width, 1)
    story.append(data_table(cols, [(i, r["union_name"], r["union_code"] or "", vn_number(r["dues_owed"]),
                                    vn_number(r["fund_owed"]), vn_number(r["dues_owed"] + r["fund_owed"]))
                                   for i, r in enumerate(data, 1)],
                            total_row=("", f"Cộng: {vn_number(len(data))} CĐCS", "",
                                       vn_number(sum(r["dues_owed"] for r in data)),
                                       vn_number(sum(r["fund_owed"] for r in data)),
                                       vn_number(sum(r["dues_owed"] + r["fund_owed"] for r in data))))
                 if data else para(f"Năm {year} không có công đoàn cơ sở nào còn nợ.", Styles.body))
    sign_off(story, body_signatures(db, page, day))
    return build_pdf(out, story, page, title=f"Công đoàn cơ sở còn nợ đoàn phí, kinh phí năm {year}",
                     author=issuer.name, progress=options.get("progress"))
