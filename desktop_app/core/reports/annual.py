"""The annual summary report (báo cáo tổng kết năm).

Every figure is an SQL aggregate. Counts at the start and end of the year come from
the dated history: the end-of-year count per union is one pass over the history index
(``stats.members_by_union_as_of``); the start-of-year count is derived from it by
undoing the year's history rows, each paired with the row before it (an index seek),
which also gives the members gained and lost per sector block. At city scale (609k
members, 700k history rows) that is two index passes instead of four.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any

import sqlite_utils
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from desktop_app.core import stats
from desktop_app.core.errors import ValidationError
from desktop_app.core.reports.template import (
    FONT,
    Column,
    Issuer,
    Page,
    Signer,
    Styles,
    body_chair,
    build_pdf,
    data_table,
    fit_columns,
    header_block,
    number_line,
    para,
    percent,
    section,
    sign_off,
    signature_block,
    text,
    title_block,
    vn_long_date,
)
from desktop_app.core.text import vn_date, vn_number
from desktop_app.core.vocabulary import EVENT_KIND, IN_UNION_KINDS, WELFARE_KIND, sql_in, union_after_sql

_FLOWS = f"""
    WITH f AS MATERIALIZED (
      SELECT m.kind AS kind,
             {union_after_sql("m.kind", "m.union_id")} AS after_u,
             (SELECT {union_after_sql("p.kind", "p.union_id")} FROM memberships p
              WHERE p.member_id = m.member_id AND (p.on_date, p.id) < (m.on_date, m.id)
              ORDER BY p.on_date DESC, p.id DESC LIMIT 1) AS before_u
      FROM memberships m WHERE m.on_date > :s AND m.on_date <= :e)
    SELECT kind, before_u, after_u, count(*) FROM f GROUP BY kind, before_u, after_u"""

# Members per union as of :e: the latest history row of each member, keyed by an integer
# (yyyymmdd * 1e9 + id) rather than stats' text key, a third less work over 700k rows.
_AS_OF = f"""
    SELECT union_id, count(*) FROM (
      SELECT kind, union_id, max(CAST(replace(on_date, '-', '') AS INTEGER) * 1000000000 + id)
      FROM memberships WHERE on_date <= :e GROUP BY member_id)
    WHERE {sql_in("kind", IN_UNION_KINDS)} GROUP BY union_id"""

DARK = colors.Color(0.20, 0.33, 0.55)
LIGHT = colors.Color(0.62, 0.74, 0.88)


def year_figures(db: sqlite_utils.Database, year: int, today: dt.date | None = None) -> dict[str, Any]:
    """Everything the annual report prints, computed with SQL aggregates."""
    today = today or dt.date.today()
    if year < 1900 or year > today.year:
        raise ValidationError("year", "report.year_not_started", year=year)
    start = dt.date(year - 1, 12, 31)
    end = min(dt.date(year, 12, 31), today)
    s, e = start.isoformat(), end.isoformat()
    end_by_union = Counter(dict(db.execute(_AS_OF, {"e": e}).fetchall()))
    start_by_union = Counter(end_by_union)
    joined_by_union: Counter = Counter()
    lost_by_union: Counter = Counter()
    transferred_in = lost = joined = 0
    for kind, before_u, after_u, n in db.execute(_FLOWS, {"s": s, "e": e}).fetchall():
        if after_u is not None:
            start_by_union[after_u] -= n
        if before_u is not None:
            start_by_union[before_u] += n
        if kind == "join":
            joined += n
            if after_u is not None:
                joined_by_union[after_u] += n
        elif kind == "transfer":
            transferred_in += n if before_u is None else 0
        else:
            lost += n
            if before_u is not None:
                lost_by_union[before_u] += n

    union_rows = db.execute(f"""
        SELECT u.id, coalesce(u.sector, ''),
               {stats._union_active_as_of().replace(':d', ':s')} AS at_start,
               {stats._union_active_as_of().replace(':d', ':e')} AS at_end,
               u.founded_on BETWEEN :s1 AND :e AS founded,
               u.status != 'active' AND u.status_on BETWEEN :s1 AND :e AS closed
        FROM unions u""", {"s": s, "e": e, "s1": f"{year}-01-01"}).fetchall()
    sectors = db.execute("SELECT code, name FROM sectors ORDER BY sort").fetchall()
    by_sector: dict[str, dict[str, Any]] = {
        code: dict(code=code, name=name, unions_start=0, unions_end=0, unions_founded=0, unions_closed=0,
                   members_start=0, members_end=0, joined=0, lost=0) for code, name in sectors}
    for uid, sector, at_start, at_end, founded, closed in union_rows:
        b = by_sector.setdefault(sector, dict(code=sector, name="Chưa phân khối", unions_start=0, unions_end=0,
                                              unions_founded=0, unions_closed=0, members_start=0,
                                              members_end=0, joined=0, lost=0))
        b["unions_start"] += at_start
        b["unions_end"] += at_end
        b["unions_founded"] += bool(founded)
        b["unions_closed"] += bool(closed)
        b["members_start"] += start_by_union.get(uid, 0)
        b["members_end"] += end_by_union.get(uid, 0)
        b["joined"] += joined_by_union.get(uid, 0)
        b["lost"] += lost_by_union.get(uid, 0)
    blocks = [b for b in by_sector.values() if b["code"] or b["unions_end"] or b["members_end"]]

    res = stats.results(db, year)
    tgt = stats.targets(db, year)
    indicators = [dict(code=i.code, label=i.label_vi, unit=i.unit, target=tgt.get(i.code), result=res[i.code],
                       percent=stats.achievement(res[i.code], tgt.get(i.code))) for i in stats.INDICATORS]
    y1, y2 = f"{year}-01-01", f"{year}-12-31"
    event_rows = {k: [n, p] for k, n, p in db.execute(
        """SELECT kind, count(*), coalesce(sum(participant_count), 0) FROM events
           WHERE starts_at >= :a AND starts_at < :b GROUP BY kind""",
        {"a": y1, "b": f"{year + 1}-01-01"}).fetchall()}
    event_unions = db.execute("""SELECT count(DISTINCT eu.union_id) FROM events e
                                 JOIN event_unions eu ON eu.event_id = e.id
                                 WHERE e.starts_at >= :a AND e.starts_at < :b""",
                              {"a": y1, "b": f"{year + 1}-01-01"}).fetchone()[0]
    training = db.execute("""
        SELECT count(DISTINCT c.id), count(e.id), coalesce(sum(e.completed), 0), count(DISTINCT e.member_id)
        FROM courses c LEFT JOIN enrolments e ON e.course_id = c.id
        WHERE c.starts_on BETWEEN ? AND ?""", [y1, y2]).fetchone()
    welfare = db.execute("""SELECT kind, count(*), sum(amount) FROM welfare WHERE paid_on BETWEEN ? AND ?
                            GROUP BY kind ORDER BY sum(amount) DESC""", [y1, y2]).fetchall()
    return {
        "year": year, "start": start, "end": end,
        "unions_start": sum(b["unions_start"] for b in blocks), "unions_end": sum(b["unions_end"] for b in blocks),
        "unions_founded": sum(b["unions_founded"] for b in blocks),
        "unions_closed": sum(b["unions_closed"] for b in blocks),
        "members_start": sum(start_by_union.values()), "members_end": sum(end_by_union.values()),
        "members_joined": joined, "members_transferred_in": transferred_in, "members_lost": lost,
        "by_sector": blocks, "indicators": indicators,
        "events": sorted(([k, n, p] for k, (n, p) in event_rows.items()), key=lambda r: -r[1]),
        "event_unions": event_unions,
        "courses": training[0], "enrolled": training[1], "completed": training[2], "trained_people": training[3],
        "chairs_trained_pct": res["chairs_trained_pct"], "officers_trained_pct": res["officers_trained_pct"],
        "welfare": welfare,
    }


def _signed(n: int) -> str:
    return f"+{vn_number(n)}" if n > 0 else (f"-{vn_number(-n)}" if n < 0 else "0")


def _members_chart(blocks: list[dict], width: float, year: int) -> Drawing:
    """Members per sector block at the start and the end of the year."""
    height = 62 * mm
    d = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 16 * mm, 16 * mm
    chart.width, chart.height = width - 20 * mm, height - 28 * mm
    chart.data = [[b["members_start"] for b in blocks], [b["members_end"] for b in blocks]]
    chart.bars[0].fillColor, chart.bars[1].fillColor = LIGHT, DARK
    chart.bars.strokeColor = None
    chart.groupSpacing, chart.barSpacing = 8, 1
    short = {"Hành chính sự nghiệp": "HCSN", "Doanh nghiệp nhà nước": "DNNN",
             "Doanh nghiệp ngoài nhà nước": "DN ngoài NN", "Doanh nghiệp có vốn đầu tư nước ngoài": "DN FDI"}
    chart.categoryAxis.categoryNames = [text(short.get(b["name"], b["name"])) for b in blocks]
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = 8.5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda v: vn_number(v)
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    chart.categoryAxis.labels.boxAnchor = "n"
    d.add(chart)
    legend = Legend()
    legend.fontName, legend.fontSize = FONT, 9
    legend.x, legend.y = 16 * mm, height - 4 * mm
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 60 * mm
    legend.colorNamePairs = [(LIGHT, text(f"Đầu năm (31/12/{year - 1})")), (DARK, text("Cuối năm"))]
    d.add(legend)
    d.add(String(width / 2, 2, text("Biểu đồ 1. Số đoàn viên theo khối"), fontName=FONT, fontSize=10,
                 textAnchor="middle"))
    return d


def _targets_chart(indicators: list[dict], width: float) -> Drawing | None:
    rows = [i for i in indicators if i["percent"] is not None]
    if not rows:
        return None
    bar_h = 7 * mm
    height = bar_h * len(rows) + 22 * mm
    d = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 72 * mm, 14 * mm
    chart.width, chart.height = width - 82 * mm, bar_h * len(rows)
    rows = rows[::-1]  # HorizontalBarChart draws the first category at the bottom
    chart.data = [[i["percent"] for i in rows]]
    chart.bars[0].fillColor = DARK
    chart.bars.strokeColor = None
    chart.categoryAxis.categoryNames = [text(i["label"]) for i in rows]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 9
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 8.5
    top = max(110.0, max(i["percent"] for i in rows) * 1.12)
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, top
    chart.valueAxis.labelTextFormat = lambda v: f"{v:.0f}%"
    chart.barLabelFormat = lambda v: percent(v)
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 8.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    d.add(chart)
    x100 = chart.x + chart.width * 100 / top
    d.add(Line(x100, chart.y - 2, x100, chart.y + chart.height + 2, strokeColor=colors.red, strokeWidth=0.8,
               strokeDashArray=[3, 2]))
    d.add(String(x100, chart.y + chart.height + 4, text("100% chỉ tiêu"), fontName=FONT, fontSize=8.5,
                 fillColor=colors.red, textAnchor="middle"))
    d.add(String(width / 2, 2, text("Biểu đồ 2. Kết quả so với chỉ tiêu"), fontName=FONT, fontSize=10,
                 textAnchor="middle"))
    return d


def _value(unit: str, v: float | None) -> str:
    if v is None:
        return "–"
    if unit == "percent":
        return percent(v, 1)
    return vn_number(v)


def annual_pdf(db: sqlite_utils.Database, year: int, out: Path, **options: Any) -> Path:
    """The summary report of ``year``. Options: ``issued_on`` (date on the report,
    default today), ``number`` (document number), ``today`` (the day counts stop at while
    the year is running), ``recipients`` (list for "Nơi nhận")."""
    year = int(year)
    f = year_figures(db, year, options.get("today"))
    issuer = Issuer.of(db)
    page = Page()
    w = page.frame_width
    issued = options.get("issued_on") or dt.date.today()
    story: list[Flowable] = [header_block(issuer, w, number=number_line("BC", issuer, options.get("number")),
                                          issued_on=issued)]
    story += title_block("Báo cáo", f"Tổng kết công tác công đoàn năm {year}")
    running = f["end"] < dt.date(year, 12, 31)
    end_label = vn_date(f["end"])
    if running:
        story.append(para(f"(Số liệu tính đến {vn_long_date(f['end'])})", Styles.center_italic))

    # I. Organisation and members
    story += section("I. TÌNH HÌNH TỔ CHỨC CÔNG ĐOÀN VÀ ĐOÀN VIÊN")
    du = f["unions_end"] - f["unions_start"]
    dm = f["members_end"] - f["members_start"]
    story.append(para(
        f"Tại thời điểm 31/12/{year - 1}, {issuer.name or 'đơn vị'} quản lý {vn_number(f['unions_start'])} "
        f"công đoàn cơ sở với {vn_number(f['members_start'])} đoàn viên. Đến ngày {end_label}, số công đoàn cơ sở "
        f"là {vn_number(f['unions_end'])} ({_signed(du)}), số đoàn viên là {vn_number(f['members_end'])} "
        f"({_signed(dm)} so với đầu năm).", Styles.body))
    story.append(para(
        f"Trong năm, thành lập mới {vn_number(f['unions_founded'])} công đoàn cơ sở, giải thể, sáp nhập "
        f"{vn_number(f['unions_closed'])} công đoàn cơ sở; kết nạp {vn_number(f['members_joined'])} đoàn viên "
        f"mới, tiếp nhận {vn_number(f['members_transferred_in'])} đoàn viên chuyển đến; giảm "
        f"{vn_number(f['members_lost'])} đoàn viên (chuyển đi, ra khỏi tổ chức, từ trần).", Styles.body))
    blocks = f["by_sector"]
    cols = fit_columns([Column("Khối", 0), Column("CĐCS đầu năm", 17 * mm, "RIGHT"),
                        Column("CĐCS cuối năm", 17 * mm, "RIGHT"), Column("ĐV đầu năm", 20 * mm, "RIGHT"),
                        Column("ĐV cuối năm", 20 * mm, "RIGHT"), Column("Kết nạp mới", 18 * mm, "RIGHT"),
                        Column("Giảm", 16 * mm, "RIGHT"), Column("Tăng/ giảm", 17 * mm, "RIGHT")], w, 0)
    story.append(data_table(cols, [
        (b["name"], vn_number(b["unions_start"]), vn_number(b["unions_end"]), vn_number(b["members_start"]),
         vn_number(b["members_end"]), vn_number(b["joined"]), vn_number(b["lost"]),
         _signed(b["members_end"] - b["members_start"])) for b in blocks],
        total_row=("Tổng cộng", vn_number(f["unions_start"]), vn_number(f["unions_end"]),
                   vn_number(f["members_start"]), vn_number(f["members_end"]),
                   vn_number(sum(b["joined"] for b in blocks)), vn_number(sum(b["lost"] for b in blocks)),
                   _signed(dm))))
    if blocks:
        story.append(KeepTogether([Spacer(1, 4 * mm), _members_chart(blocks, w, year)]))

    # II. Targets
    story += section("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU")
    cols = fit_columns([Column("STT", 11 * mm, "CENTER"), Column("Chỉ tiêu", 0), Column("Kế hoạch", 24 * mm, "RIGHT"),
                        Column("Thực hiện", 24 * mm, "RIGHT"), Column("Tỷ lệ so với chỉ tiêu", 28 * mm, "CENTER")],
                       w, 1)
    ind = f["indicators"]
    story.append(data_table(cols, [
        (k, i["label"], _value(i["unit"], i["target"]), _value(i["unit"], i["result"]),
         f"đạt {percent(i['percent'])}" if i["percent"] is not None else "–") for k, i in enumerate(ind, 1)]))
    achieved = [i for i in ind if i["percent"] is not None]
    if achieved:
        reached = sum(1 for i in achieved if i["percent"] >= 100)
        story.append(Spacer(1, 3))
        story.append(para(f"Có {reached}/{len(achieved)} chỉ tiêu đạt và vượt kế hoạch. " + "; ".join(
            f"{i['label']}: {_value(i['unit'], i['result'])}, đạt {percent(i['percent'])} chỉ tiêu"
            for i in achieved) + ".", Styles.body))
    chart = _targets_chart(ind, w)
    if chart is not None:
        story.append(KeepTogether([Spacer(1, 3 * mm), chart]))

    # III. Events
    story += section("III. HOẠT ĐỘNG PHONG TRÀO")
    if f["events"]:
        total_n = sum(r[1] for r in f["events"])
        total_p = sum(r[2] for r in f["events"])
        story.append(para(f"Trong năm tổ chức {vn_number(total_n)} hoạt động với {vn_number(total_p)} lượt người "
                          f"tham gia, có sự tham gia của {vn_number(f['event_unions'])} công đoàn cơ sở.", Styles.body))
        cols = fit_columns([Column("Loại hoạt động", 0), Column("Số cuộc", 24 * mm, "RIGHT"),
                            Column("Lượt người tham gia", 36 * mm, "RIGHT")], w, 0)
        story.append(data_table(cols, [(EVENT_KIND.vi(k), vn_number(n), vn_number(p))
                                       for k, n, p in f["events"]],
                                total_row=("Tổng cộng", vn_number(total_n), vn_number(total_p))))
    else:
        story.append(para("Trong năm chưa ghi nhận hoạt động nào.", Styles.body))

    # IV. Training
    story += section("IV. CÔNG TÁC ĐÀO TẠO, TẬP HUẤN CÁN BỘ")
    story.append(para(
        f"Tổ chức {vn_number(f['courses'])} lớp tập huấn với {vn_number(f['enrolled'])} lượt học viên, "
        f"{vn_number(f['completed'])} lượt hoàn thành và được cấp giấy chứng nhận. Tỷ lệ chủ tịch công đoàn cơ sở "
        f"được tập huấn trong năm: {percent(f['chairs_trained_pct'], 1)}; tỷ lệ cán bộ công đoàn cơ sở được tập "
        f"huấn: {percent(f['officers_trained_pct'], 1)}.", Styles.body))

    # V. Welfare
    story += section("V. CÔNG TÁC CHĂM LO, HỖ TRỢ ĐOÀN VIÊN")
    if f["welfare"]:
        total_c = sum(r[1] for r in f["welfare"])
        total_a = sum(r[2] for r in f["welfare"])
        story.append(para(f"Thăm hỏi, hỗ trợ {vn_number(total_c)} lượt với tổng số tiền {vn_number(total_a)} đồng.",
                          Styles.body))
        cols = fit_columns([Column("Nội dung hỗ trợ", 0), Column("Số lượt", 24 * mm, "RIGHT"),
                            Column("Số tiền (đồng)", 40 * mm, "RIGHT")], w, 0)
        story.append(data_table(cols, [(WELFARE_KIND.vi(k), vn_number(n), vn_number(a))
                                       for k, n, a in f["welfare"]],
                                total_row=("Tổng cộng", vn_number(total_c), vn_number(total_a))))
    else:
        story.append(para("Trong năm chưa ghi nhận khoản hỗ trợ nào.", Styles.body))

    recipients = options.get("recipients") or [
        issuer.parent_name or "Cấp trên", "Thường trực", "Lưu: VT"]
    sign_off(story, signature_block(w, [Signer("TM. Ban Thường vụ\nChủ tịch", body_chair(db), note="")],
                                 recipients=recipients))
    return build_pdf(out, story, page, title=f"Báo cáo tổng kết năm {year}", author=issuer.name,
                     progress=options.get("progress"))
