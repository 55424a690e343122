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
from desktop_app.core.vocabulary import AWARD_FORM, AWARD_LEVEL


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
    sign_off(story, body_signatures(db, page))
    return build_pdf(out, story, page, title=f"{title} năm {year}", author=issuer.name,
                     progress=options.get("progress"))


def _level_name(level: str, issuer: Issuer) -> str:
    """The body that gives the award, by name where the document knows it."""
    if level == "own":
        return issuer.name or AWARD_LEVEL.vi(level)
    if level == "province" and issuer.parent_name:
        return issuer.parent_name
    return AWARD_LEVEL.vi(level)
