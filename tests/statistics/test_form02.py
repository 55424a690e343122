"""02-HĐCĐ from the records equals a second, independent replay of the history."""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter, defaultdict

import pytest
from openpyxl import load_workbook

from desktop_app.core.statistics import figures as F
from desktop_app.core.statistics.compute import compute
from desktop_app.core.statistics.form02_export import form02_pdf, form02_xlsx
from desktop_app.core.statistics.forms import COMPUTED, FORM02_CODE, ROWS, period_start
from tests.reports.conftest import pdf_text

DEMO_YEAR = 2026


def replay(db, day: dt.date) -> dict[str, Counter]:
    """Every computed row per union, worked out in Python from the raw rows: the history
    walked member by member, unions and officers checked one by one."""
    d, s = day.isoformat(), period_start(day).isoformat()
    sex = dict(db.execute("SELECT id, sex FROM members").fetchall())
    unions = {r[0]: r[1:] for r in db.execute(
        "SELECT id, sector, is_state, founded_on, status, status_on FROM unions")}

    def active(uid: int) -> bool:
        _sector, _state, founded, status, status_on = unions[uid]
        return (founded is None or founded <= d) and not (status != "active" and status_on <= d)

    out: dict[str, Counter] = defaultdict(Counter)
    for uid, (sector, _is_state, founded, status, status_on) in unions.items():
        if active(uid):
            out["unions"][uid] += 1
            out[f"unions_{sector}"][uid] += 1
        if founded and s <= founded <= d:
            out["unions_founded"][uid] += 1
        if status != "active" and s <= status_on <= d:
            out["unions_closed"][uid] += 1
    history = defaultdict(list)
    for member, kind, union, on in db.execute(
            "SELECT member_id, kind, union_id, on_date FROM memberships ORDER BY member_id, on_date, id"):
        history[member].append((kind, union, on))
    for member, rows in history.items():
        upto = [r for r in rows if r[2] <= d]
        if upto and upto[-1][0] in ("join", "transfer"):
            uid = upto[-1][1]
            out["members"][uid] += 1
            if sex[member] == "F":
                out["members_female"][uid] += 1
            if not unions[uid][1]:
                out["members_non_state"][uid] += 1
        for i, (kind, union, on) in enumerate(rows):
            if not s <= on <= d:
                continue
            if kind == "join":
                out["members_joined"][union] += 1
            if kind in ("leave", "transfer_out", "death") and i and rows[i - 1][0] in ("join", "transfer"):
                out["members_lost"][rows[i - 1][1]] += 1
    in_office = defaultdict(set)
    for member, role, uid, start, end in db.execute(
            "SELECT member_id, role, union_id, term_start, term_end FROM officers WHERE union_id IS NOT NULL"):
        if (start is None or start <= d) and (end is None or end >= d) and active(uid):
            in_office[uid].add((member, role))
    for uid, people in in_office.items():
        members = {m for m, _ in people}
        out["officers"][uid] = len(members)
        out["officers_female"][uid] = sum(sex[m] == "F" for m in members)
        out["chairs"][uid] = len({m for m, role in people if role == "chair"})
    for uid, year, conference, signed, expires in db.execute(
            "SELECT union_id, year, workers_conference, agreement_signed_on, agreement_expires_on FROM union_years"):
        if not active(uid):
            continue
        if signed and signed <= d and (expires is None or expires >= d):
            out["agreements"][uid] = 1
        if year == day.year and conference:
            out["workers_conferences"][uid] += 1
    return out


@pytest.mark.parametrize("day", [dt.date(DEMO_YEAR, 5, 31), dt.date(DEMO_YEAR, 11, 30)], ids=str)
def test_form02_equals_an_independent_replay_of_the_history(demo_db, day):
    form = compute(demo_db, day)
    expected = replay(demo_db, day)
    for row in COMPUTED:
        want = {u: n for u, n in expected[row.key].items() if n}
        got = {u: p[row.key] for u, p in form.parts.items() if p.get(row.key)}
        assert got == want, row.key
        assert form.totals[row.key] == sum(want.values()), row.key
    # The sector rows add up to the unions, and the figures are not trivially empty.
    assert form.totals["unions"] == sum(form.totals[k] for k in form.totals if k.startswith("unions_")
                                        and k not in ("unions_founded", "unions_closed"))
    assert form.totals["members"] > 5000 and form.totals["members_joined"] > 0 and form.totals["officers"] > 0
    # Nothing reported yet: section I is unknown, not 0, and every active union is missing.
    assert form.totals["workers"] is None and form.reported["workers"] == 0
    assert len(form.missing) == form.active == form.totals["unions"]


def test_may_and_november_differ_as_the_history_says(demo_db):
    may, nov = compute(demo_db, dt.date(DEMO_YEAR, 5, 31)), compute(demo_db, dt.date(DEMO_YEAR, 11, 30))
    from desktop_app.core import stats
    assert may.totals["members"] == stats.members_as_of(demo_db, "2026-05-31")
    assert nov.totals["members"] == stats.members_as_of(demo_db, "2026-11-30")
    assert nov.totals["unions"] == stats.unions_as_of(demo_db, "2026-11-30")
    assert nov.totals["members_joined"] >= may.totals["members_joined"]  # same statistics year, later date


# The rows of section I as read from the official workbooks (Quyết định 1454/QĐ-TLĐ, as
# updated 2019/2020), typed here from the reading, independently of forms.py: (number on
# the form, wording, unit). "" is a sub-row printed without a number.
OFFICIAL_01 = [
    ("1", "Tổng số lao động", "người"), ("2", "- Trong đó: nữ", "người"),
    ("3", "Số lao động thiếu việc làm", "người"), ("4", "- Trong đó: nữ", "người"),
    ("5", "Tiền lương bình quân tháng của 1 người lao động", "đồng"), ("", "+ Số người được tính", "người"),
    ("6", "Tổng số tiền doanh nghiệp còn nợ lương người lao động", "đồng"),
    ("7", "Số người được nhà nước, cơ quan, doanh nghiệp bố trí nhà ở", "người"),
    ("8", "Số người phải tự thuê nhà ở", "người"),
    ("9", "Số lao động được ký hợp đồng lao động", "người"),
    ("10", "Số lao động được đóng bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp", "người"),
]
OFFICIAL_02 = [
    ("1", "Tổng số lao động", "người"), ("", "- Trong đó: nữ", "người"),
    ("2", "Số lao động thiếu việc làm", "người"), ("", "+ Tỷ lệ so với tổng số lao động", "%"),
    ("3", "Số lao động nữ thiếu việc làm", "người"), ("", "+ Tỷ lệ so với tổng số lao động nữ", "%"),
    ("4", "Tiền lương bình quân tháng của 1 người lao động", "đồng"), ("", "+ Số người được tính", "người"),
    ("5", "Tiền lương bình quân tháng của 1 người lao động trong các cơ quan hành chính nhà nước", "đồng"),
    ("", "+ Số người được tính", "người"),
    ("6", "Tiền lương bình quân tháng của 1 người lao động trong các đơn vị sự nghiệp", "đồng"),
    ("", "+ Số người được tính", "người"),
]


def test_section_one_follows_the_official_rows():
    from desktop_app.core.statistics.forms import FORM01_ROWS, FORM02_ROWS, GROUPS
    one = [(*r.on_form01(), r.unit) for r in FORM01_ROWS if r.section == "I"]
    assert one == OFFICIAL_01  # 01: every row, in order, nothing of ours in between
    two = [(r.number, r.label, r.unit) for r in FORM02_ROWS if r.section == "I"]
    assert two[:len(OFFICIAL_02)] == OFFICIAL_02
    assert [r.read02 for r in FORM02_ROWS if r.section == "I"][:len(OFFICIAL_02)] == [True] * len(OFFICIAL_02)
    # what was not read is marked so (the rest of 02 follows 01's order after the wage rows)
    assert [r.key for r in FORM02_ROWS if r.section == "I" and not r.read02] == [
        "wage_mean_dnnn", "wage_people_dnnn", "wage_mean_ngoai_nn", "wage_people_ngoai_nn", "wage_mean_fdi",
        "wage_people_fdi", "wages_owed", "housed", "renting", "contracts", "insured"]
    assert list(GROUPS.values())[:3] == ["1. Lao động", "2. Việc làm", "3. Tiền lương"]


def test_percentages_and_weighted_means_on_a_hand_made_case():
    """Four unions: the figures worked out by hand."""
    from desktop_app.core.statistics.compute import section_one
    given = {
        1: {"workers": 100, "workers_female": 40, "underemployed": 10, "underemployed_female": 4,
            "wage_mean": 6_000_000, "wage_people": 90},
        2: {"workers": 300, "workers_female": 200, "underemployed": 30,
            "wage_mean": 9_000_000, "wage_people": 30},
        3: {"workers": 50, "wage_mean": 12_000_000, "wage_people": 50, "wages_owed": 0},
        4: {"underemployed": 7},                 # no workers given: left out of the percentage
    }
    sector = {1: "phuong_xa", 2: "giao_duc", 3: "hcsn", 4: "fdi", 5: "phuong_xa"}
    totals, counts, eligible, own = section_one(given, sector)
    assert totals["workers"] == 450 and counts["workers"] == 3 and eligible["workers"] == 5
    assert totals["underemployed"] == 47 and counts["underemployed"] == 3
    # 40 of 400 workers, over the unions that gave both (not 47 of 450)
    assert totals["underemployed_rate"] == 10.0 and counts["underemployed_rate"] == 2
    # women: only union 1 gave both (4 of 40)
    assert totals["underemployed_female_rate"] == 10.0 and counts["underemployed_female_rate"] == 1
    # 6,000,000 × 90 + 9,000,000 × 30 + 12,000,000 × 50 over 170 people
    assert totals["wage_mean"] == round((6e6 * 90 + 9e6 * 30 + 12e6 * 50) / 170) == 8_294_118
    assert totals["wage_people"] == 170
    # by unit type: phường/xã -> state administration, giáo dục -> public service units;
    # hành chính sự nghiệp (mixed) only in the all-units row
    assert totals["wage_mean_admin"] == 6_000_000 and totals["wage_people_admin"] == 90
    assert eligible["wage_mean_admin"] == 2 and counts["wage_mean_admin"] == 1
    assert totals["wage_mean_public"] == 9_000_000 and totals["wage_people_public"] == 30
    assert totals["wage_mean_fdi"] is None and totals["wage_people_fdi"] is None  # unknown, not 0
    assert totals["wage_mean_dnnn"] is None and eligible["wage_mean_dnnn"] == 0
    assert totals["wages_owed"] == 0 and counts["wages_owed"] == 1  # a reported 0 is a 0
    assert totals["contracts"] is None
    assert own[1]["underemployed_rate"] == 10.0 and own[2]["underemployed_rate"] == 10.0
    assert own[1]["wage_mean_admin"] == 6_000_000 and "wage_mean_admin" not in own[3]


def test_section_one_adds_up_what_the_unions_reported(demo_db):
    day = dt.date(DEMO_YEAR, 11, 30)
    form = compute(demo_db, day)
    active = [u for u, i in form.unions.items() if i.active][:3]
    F.set_figures(demo_db, active[0], day, {"workers": 100, "workers_female": 40, "wage_mean": 8_000_000,
                                            "wage_people": 100})
    F.set_figures(demo_db, active[1], day, {"workers": 300, "wage_mean": 12_000_000, "wage_people": 200})
    F.set_figures(demo_db, active[2], day, {"wages_owed": 0})
    form = compute(demo_db, day)
    assert form.totals["workers"] == 400 and form.reported["workers"] == 2
    assert form.totals["workers_female"] == 40 and form.reported["workers_female"] == 1
    assert form.totals["wage_mean"] == round((100 * 8e6 + 200 * 12e6) / 300)
    assert form.totals["wage_people"] == 300
    assert form.totals["wages_owed"] == 0 and form.reported["wages_owed"] == 1
    assert form.totals["underemployed"] is None and form.totals["underemployed_rate"] is None
    assert len(form.missing) == form.active - 3
    # who and when are kept; the same value again changes nothing
    stored = F.figures(demo_db, active[0], day)
    assert stored["workers"]["source"] == "manual" and stored["workers"]["entered_at"]
    assert F.set_figures(demo_db, active[0], day, {"workers": 100}) == 0
    with pytest.raises(Exception, match="more than the workers"):
        F.set_figures(demo_db, active[0], day, {"workers_female": 500})
    with pytest.raises(Exception, match="more than"):
        F.set_figures(demo_db, active[0], day, {"contracts": 101})
    with pytest.raises(Exception, match="number of people"):
        F.set_figures(demo_db, active[2], day, {"wage_mean": 7_000_000})
    with pytest.raises(Exception, match="negative"):
        F.set_figures(demo_db, active[0], day, {"workers": -1})


def test_figures_of_the_previous_rows_stay_off_the_form(demo_db):
    """Stored under the program's own rows before the official ones, they mean something
    else (persons owed wages, not the amount; income, not wages): kept, never summed."""
    day = dt.date(DEMO_YEAR, 5, 31)
    uid = next(u for u, i in compute(demo_db, day).unions.items() if i.active)
    demo_db.execute("""INSERT INTO period_figures (union_id, as_of, item, value, source, entered_by)
                       VALUES (?, ?, 'workers_unpaid', 12, 'manual', 'x'), (?, ?, 'average_income', 7000000,
                       'manual', 'x'), (?, ?, 'workers', 80, 'manual', 'x')""", [uid, day.isoformat()] * 3)
    form = compute(demo_db, day)
    assert form.totals["workers"] == 80
    assert form.totals["wages_owed"] is None and form.totals["wage_mean"] is None
    assert "workers_unpaid" not in form.totals and "average_income" not in form.parts[uid]
    assert F.figures(demo_db, uid, day)["workers_unpaid"]["value"] == 12  # still there


def test_workbook_and_pdf_show_the_form(demo_db, tmp_path):
    day = dt.date(DEMO_YEAR, 11, 30)
    active = [u for u, i in compute(demo_db, day).unions.items() if i.active][:2]
    F.set_figures(demo_db, active[0], day, {"workers": 100, "workers_female": 60, "underemployed": 5,
                                            "underemployed_female": 3, "wage_mean": 7_000_000, "wage_people": 90})
    F.set_figures(demo_db, active[1], day, {"workers": 300, "underemployed": 15})
    form = compute(demo_db, day)
    xlsx = form02_xlsx(demo_db, day, tmp_path / "f02.xlsx", form=form)
    wb = load_workbook(xlsx)
    assert wb.sheetnames == [FORM02_CODE, "Chi tiết", "Chưa báo cáo"]
    ws = wb[FORM02_CODE]
    cells = [[c.value for c in r] for r in ws.iter_rows()]
    flat = [v for r in cells for v in r if v is not None]
    for line in ("MẪU SỐ 2-HĐCĐ", "BÁO CÁO TỔNG HỢP SỐ LIỆU VỀ HOẠT ĐỘNG CÔNG ĐOÀN", "NĂM 2026",
                 "(Số liệu tính đến ngày: 30/11/2026)", "I", "TÌNH HÌNH LAO ĐỘNG", "1. Lao động", "3. Tiền lương"):
        assert line in flat, line
    assert any(str(v).startswith("(Dùng cho công đoàn cấp trên trực tiếp cơ sở") for v in flat)
    assert any(str(v).startswith("Công đoàn cấp trên:") for v in flat)
    assert any(str(v).startswith("Đơn vị báo cáo:") for v in flat)
    head = next(r for r in cells if r[1] == "Nội dung")
    assert head == ["TT", "Nội dung", "Đơn vị tính", "Số lượng", "Ghi chú"]
    table = [r for r in cells[cells.index(head) + 2:] if r[2] in ("người", "CĐCS", "đồng", "%")]
    assert [(r[0] or "", r[1].strip(), r[2]) for r in table] == [(r.number, r.label, r.unit) for r in ROWS]
    for row, line in zip(ROWS, table):
        assert line[3] == form.totals[row.key], row.key  # None stays an empty cell, never 0
    assert form.totals["underemployed_rate"] == 5.0  # 20 of 400
    assert form.totals["underemployed_female_rate"] == 5.0  # 3 of 60
    assert form.totals["wage_mean"] == 7_000_000 and form.totals["wage_people"] == 90
    # Chi tiết: each union's part; the totals row equals the form.
    assert wb["Chi tiết"].freeze_panes == "C2" and ws.merged_cells.ranges
    detail = list(wb["Chi tiết"].iter_rows(values_only=True))
    head = detail[0]
    total = next(r for r in detail if r[1] and str(r[1]).startswith("Tổng cộng"))
    body = detail[1:detail.index(total)]
    for c, row in enumerate(ROWS, 5):
        assert head[c].endswith(f"{row.label} ({row.unit})"), row.key
        if row.source == "derived" or row.total != "sum":
            continue
        assert sum(r[c] or 0 for r in body) == (form.totals[row.key] or 0), row.key
        assert total[c] == (form.totals[row.key] if form.totals[row.key] is not None else "Chưa có số liệu")
    assert len(list(wb["Chưa báo cáo"].iter_rows())) == 3 + len(form.missing)

    pdf = form02_pdf(demo_db, day, tmp_path / "f02.pdf", form=form)
    text = " ".join(pdf_text(pdf))
    for line in ("MẪU SỐ 2-HĐCĐ", "BÁO CÁO TỔNG HỢP SỐ LIỆU VỀ HOẠT ĐỘNG CÔNG ĐOÀN", "NĂM 2026",
                 "(Số liệu tính đến ngày: 30/11/2026)", "TÌNH HÌNH LAO ĐỘNG", "Số lượng",
                 "Tiền lương bình quân tháng của 1 người lao động trong các đơn vị sự nghiệp"):
        assert line in text, line
    assert "10.391" in text
    assert "5,00" in text and "7.000.000" in text
    assert f"Chưa có số liệu (0/{form.active} CĐCS báo cáo)" in text


def test_form02_time_at_district_scale(demo_db, tmp_path, capsys):
    started = time.perf_counter()
    form = compute(demo_db, dt.date(DEMO_YEAR, 11, 30))
    computed = time.perf_counter() - started
    form02_xlsx(demo_db, form.as_of, tmp_path / "f.xlsx", form=form)
    form02_pdf(demo_db, form.as_of, tmp_path / "f.pdf", form=form)
    with capsys.disabled():
        print(f"\n02-HĐCĐ at district scale: computed in {computed:.3f} s, "
              f"with .xlsx and PDF {time.perf_counter() - started:.3f} s")
