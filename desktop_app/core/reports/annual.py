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
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from desktop_app.core import stats
from desktop_app.core.errors import ValidationError
from desktop_app.core.reports import annual_texts
from desktop_app.core.reports.template import (
    FONT,
    Column,
    Issuer,
    Page,
    Styles,
    build_pdf,
    data_table,
    document_number,
    fit_columns,
    header_block,
    para,
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
from desktop_app.core.vocabulary import EVENT_KIND, IN_UNION_KINDS, WELFARE_KIND, sql_in

# Members per union as of :e: the latest history row of each member, keyed by an integer
# (yyyymmdd * 1e9 + id) rather than stats' text key, a third less work over 700k rows.
_AS_OF = f"""
    SELECT union_id, count(*) FROM (
      SELECT kind, union_id, max(CAST(replace(on_date, '-', '') AS INTEGER) * 1000000000 + id)
      FROM memberships WHERE on_date <= :e GROUP BY member_id)
    WHERE {sql_in("kind", IN_UNION_KINDS)} GROUP BY union_id"""

# The scheme of Hướng dẫn 1294/HD-TLĐ; other ratings (older schemes) follow alphabetically.
RATING_ORDER = {"Hoàn thành xuất sắc nhiệm vụ": 0, "Hoàn thành tốt nhiệm vụ": 1, "Hoàn thành nhiệm vụ": 2,
                "Không hoàn thành nhiệm vụ": 3}

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
    flow = stats.flows(db, start, end)
    start_by_union = Counter(end_by_union)
    start_by_union.subtract(flow.change_by_union)
    joined_by_union = Counter(flow.joined_by_union)
    lost_by_union = Counter(flow.lost_by_union)
    transferred_in, lost, joined = flow.transferred_in, flow.lost, flow.joined

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
    women_end = db.execute(f"""
        SELECT count(*), sum(m.sex = 'F'), sum(m.sex IS NULL) FROM ({stats.LATEST_AS_OF.replace('?', ':e')}) l
        JOIN members m ON m.id = l.member_id WHERE {sql_in('l.kind', IN_UNION_KINDS)}""", {"e": e}).fetchone()
    ratings = db.execute("""SELECT rating, count(*) FROM union_years y JOIN unions u ON u.id = y.union_id
                            WHERE y.year = ? AND y.rating IS NOT NULL GROUP BY rating""", [year]).fetchall()
    return {
        "year": year, "start": start, "end": end,
        "unions_start": sum(b["unions_start"] for b in blocks), "unions_end": sum(b["unions_end"] for b in blocks),
        "unions_founded": sum(b["unions_founded"] for b in blocks),
        "unions_closed": sum(b["unions_closed"] for b in blocks),
        "members_start": sum(start_by_union.values()), "members_end": sum(end_by_union.values()),
        "members_joined": joined, "members_transferred_in": transferred_in, "members_lost": lost,
        "members_moved": flow.moved,
        "by_sector": blocks, "indicators": indicators,
        "events": sorted(([k, n, p] for k, (n, p) in event_rows.items()), key=lambda r: -r[1]),
        "event_unions": event_unions,
        "courses": training[0], "enrolled": training[1], "completed": training[2], "trained_people": training[3],
        "chairs_trained_pct": res["chairs_trained_pct"], "officers_trained_pct": res["officers_trained_pct"],
        "welfare": welfare,
        # Women are counted only when every member's sex is known (else None: not printed).
        "women_end": (women_end[1] or 0) if women_end and not women_end[2] else None,
        "ratings": sorted(ratings, key=lambda r: (RATING_ORDER.get(r[0], 9), r[0])),
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


def _issued(year: int, options: dict[str, Any]) -> dt.date:
    """The report's date: as given, else today while the year runs, else the year's last day
    (a report on a past year is not dated on the day it is reprinted)."""
    day = options.get("issued_on")
    if day:
        return day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day)[:10])
    return min(dt.date.today(), dt.date(year, 12, 31))


def _written(story: list[Flowable], body: str) -> None:
    """A section the user wrote: one paragraph per line; '- ' lines as they are."""
    for line in text(body).split("\n"):
        if line.strip():
            story.append(para(line.strip(), Styles.body))


def _organisation_sentences(f: dict[str, Any], issuer: Issuer, year: int, end_label: str) -> list[str]:
    du = f["unions_end"] - f["unions_start"]
    dm = f["members_end"] - f["members_start"]
    first = (f"Tại thời điểm 31/12/{year - 1}, {issuer.name or 'đơn vị'} quản lý {vn_number(f['unions_start'])} "
             f"công đoàn cơ sở với {vn_number(f['members_start'])} đoàn viên. Đến ngày {end_label}, số công đoàn "
             f"cơ sở là {vn_number(f['unions_end'])}" + (f" ({_signed(du)})" if du else "")
             + f", số đoàn viên là {vn_number(f['members_end'])}"
             + (f" ({_signed(dm)} so với đầu năm)" if dm else " (không đổi so với đầu năm)"))
    if f.get("women_end"):
        first += f", trong đó {vn_number(f['women_end'])} nữ ({percent(100 * f['women_end'] / f['members_end'], 1)})"
    out = [first + "."]
    # Only what happened: a clause with 0 ("giải thể 0 công đoàn cơ sở") is left out.
    clauses = []
    if f["unions_founded"]:
        clauses.append(f"thành lập mới {vn_number(f['unions_founded'])} công đoàn cơ sở")
    if f["unions_closed"]:
        clauses.append(f"giải thể, sáp nhập {vn_number(f['unions_closed'])} công đoàn cơ sở")
    if f["members_joined"]:
        clauses.append(f"kết nạp {vn_number(f['members_joined'])} đoàn viên mới")
    if f["members_transferred_in"]:
        clauses.append(f"tiếp nhận {vn_number(f['members_transferred_in'])} đoàn viên chuyển đến")
    if f["members_lost"]:
        clauses.append(f"giảm {vn_number(f['members_lost'])} đoàn viên (chuyển đi, ra khỏi tổ chức, từ trần)")
    if clauses:
        out.append("Trong năm, " + "; ".join(clauses) + ".")
    if f.get("members_moved"):
        out.append(f"{vn_number(f['members_moved'])} đoàn viên chuyển sinh hoạt giữa các công đoàn cơ sở "
                   f"trực thuộc.")
    return out


def annual_pdf(db: sqlite_utils.Database, year: int, out: Path, **options: Any) -> Path:
    """The summary report of ``year`` (báo cáo tổng kết): the year's figures, then the
    sections the user wrote (kept per year, see ``annual_texts``).

    Options: ``issued_on`` (date on the report), ``number`` (None: blank to fill in by
    hand; "auto": the next number of the register; or a number), ``today`` (the day
    counts stop at while the year is running), ``recipients`` (lines of "Nơi nhận"),
    ``texts`` (section texts to use instead of the saved ones).
    """
    year = int(year)
    f = year_figures(db, year, options.get("today"))
    issuer = Issuer.of(db)
    page = Page()
    w = page.frame_width
    issued = _issued(year, options)
    title = f"Tổng kết công tác công đoàn năm {year} và phương hướng, nhiệm vụ năm {year + 1}"
    number = document_number(db, "BC", issuer, options.get("number"), year=issued.year,
                             title=f"Báo cáo {title[0].lower() + title[1:]}", issued_on=issued)
    story: list[Flowable] = [header_block(issuer, w, number=number, issued_on=issued)]
    story += title_block("Báo cáo", title)
    running = f["end"] < dt.date(year, 12, 31)
    end_label = vn_date(f["end"])
    if running:
        story.append(para(f"(Số liệu tính đến {vn_long_date(f['end'])})", Styles.center_italic))
    written = annual_texts.texts(db, year, f, issuer.name)
    written.update(options.get("texts") or {})

    story.append(para(f"Phần thứ nhất. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM {year}", Styles.subtitle))
    # I. Organisation and members
    story += section("I. CÔNG TÁC TỔ CHỨC, PHÁT TRIỂN ĐOÀN VIÊN")
    for sentence in _organisation_sentences(f, issuer, year, end_label):
        story.append(para(sentence, Styles.body))
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
                   _signed(f["members_end"] - f["members_start"]))))
    if blocks:
        story.append(KeepTogether([Spacer(1, 4 * mm), _members_chart(blocks, w, year)]))
    if f["ratings"]:
        rated = sum(n for _, n in f["ratings"])
        parts = [f"{vn_number(n)} công đoàn cơ sở {text(r).lower()}" for r, n in f["ratings"]]
        sentence = (f"Kết quả đánh giá, xếp loại công đoàn cơ sở năm {year}: có {vn_number(rated)} công đoàn cơ sở "
                    f"được đánh giá, trong đó " + "; ".join(parts))
        if f["unions_end"] > rated:
            sentence += (f". {vn_number(f['unions_end'] - rated)} công đoàn cơ sở chưa đánh giá (chưa đủ 12 tháng "
                         "hoạt động hoặc chưa có kết quả)")
        story.append(para(sentence + ".", Styles.body))

    # II. Targets
    story += section("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU")
    ind = [i for i in f["indicators"] if i["target"] or i["result"]]
    cols = fit_columns([Column("STT", 11 * mm, "CENTER"), Column("Chỉ tiêu", 0), Column("Kế hoạch", 22 * mm, "RIGHT"),
                        Column("Thực hiện", 22 * mm, "RIGHT"), Column("Đánh giá", 32 * mm, "CENTER")], w, 1)
    story.append(data_table(cols, [
        (f"{k:02d}", i["label"], annual_texts.value_text(i["unit"], i["target"]) if i["target"] else "–",
         annual_texts.value_text(i["unit"], i["result"]), annual_texts.assessment(i))
        for k, i in enumerate(ind, 1)]))
    chart = _targets_chart(f["indicators"], w)
    if chart is not None:
        story.append(KeepTogether([Spacer(1, 3 * mm), chart]))

    # III. Events
    story += section("III. HOẠT ĐỘNG PHONG TRÀO")
    if f["events"]:
        total_n = sum(r[1] for r in f["events"])
        total_p = sum(r[2] for r in f["events"])
        sentence = f"Trong năm tổ chức {vn_number(total_n)} hoạt động"
        if total_p:
            sentence += f" với {vn_number(total_p)} lượt người tham gia"
        if f["event_unions"]:
            sentence += f", có sự tham gia của {vn_number(f['event_unions'])} công đoàn cơ sở"
        story.append(para(sentence + ".", Styles.body))
        cols = fit_columns([Column("Loại hoạt động", 0), Column("Số cuộc", 24 * mm, "RIGHT"),
                            Column("Lượt người tham gia", 36 * mm, "RIGHT")], w, 0)
        story.append(data_table(cols, [(EVENT_KIND.vi(k), vn_number(n), vn_number(p))
                                       for k, n, p in f["events"]],
                                total_row=("Tổng cộng", vn_number(total_n), vn_number(total_p))))
    else:
        story.append(para("Trong năm chưa ghi nhận hoạt động nào.", Styles.body))

    # IV. Training
    story += section("IV. CÔNG TÁC ĐÀO TẠO, TẬP HUẤN CÁN BỘ")
    if f["courses"]:
        sentence = f"Tổ chức {vn_number(f['courses'])} lớp tập huấn với {vn_number(f['enrolled'])} lượt học viên"
        if f["completed"]:
            sentence += f", {vn_number(f['completed'])} lượt hoàn thành và được cấp giấy chứng nhận"
        story.append(para(sentence + ".", Styles.body))
    else:
        story.append(para("Trong năm chưa tổ chức lớp tập huấn nào.", Styles.body))
    shares = []
    if f["chairs_trained_pct"] is not None:
        shares.append(f"tỷ lệ chủ tịch công đoàn cơ sở được tập huấn trong năm: {percent(f['chairs_trained_pct'], 1)}")
    if f["officers_trained_pct"] is not None:
        shares.append(f"tỷ lệ cán bộ công đoàn cơ sở được tập huấn: {percent(f['officers_trained_pct'], 1)}")
    if shares:
        story.append(para("; ".join(shares)[0].upper() + "; ".join(shares)[1:] + ".", Styles.body))

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

    # VI. What the user wrote
    story += section("VI. ĐÁNH GIÁ CHUNG")
    _written(story, written.get("general", ""))
    for k, key in enumerate(("strengths", "weaknesses"), 1):
        if written.get(key, "").strip():
            story.append(para(f"{k}. {annual_texts.heading(key, year)}", Styles.heading))
            _written(story, written[key])
    part = 2
    for key in ("plan", "proposals"):
        if written.get(key, "").strip():
            story += [CondPageBreak(40 * mm), Spacer(1, 4 * mm),
                      para(f"Phần thứ {('hai', 'ba')[part - 2]}. {annual_texts.heading(key, year).upper()}",
                           Styles.subtitle), Spacer(1, 2 * mm)]
            _written(story, written[key])
            part += 1

    recipients = options.get("recipients") or [
        f"{issuer.parent_name} (để báo cáo)" if issuer.parent_name else "Cấp trên (để báo cáo)",
        "Các công đoàn cơ sở trực thuộc", "Lưu: VT"]
    sign_off(story, signature_block(w, [signer_for_body(db, "report", issued)], recipients=recipients))
    return build_pdf(out, story, page, title=f"Báo cáo tổng kết năm {year}", author=issuer.name,
                     progress=options.get("progress"))
