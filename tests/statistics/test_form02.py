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


def test_section_one_adds_up_what_the_unions_reported(demo_db):
    day = dt.date(DEMO_YEAR, 11, 30)
    form = compute(demo_db, day)
    active = [u for u, i in form.unions.items() if i.active][:3]
    F.set_figures(demo_db, active[0], day, {"workers": 100, "workers_female": 40, "average_income": 8_000_000})
    F.set_figures(demo_db, active[1], day, {"workers": 300, "average_income": 12_000_000})
    F.set_figures(demo_db, active[2], day, {"workers_unpaid": 0})
    form = compute(demo_db, day)
    assert form.totals["workers"] == 400 and form.reported["workers"] == 2
    assert form.totals["workers_female"] == 40 and form.reported["workers_female"] == 1
    assert form.totals["average_income"] == round((100 * 8e6 + 300 * 12e6) / 400)
    assert form.totals["workers_unpaid"] == 0 and form.reported["workers_unpaid"] == 1
    assert form.totals["workers_lost_jobs"] is None
    assert len(form.missing) == form.active - 3
    # who and when are kept; the same value again changes nothing
    stored = F.figures(demo_db, active[0], day)
    assert stored["workers"]["source"] == "manual" and stored["workers"]["entered_at"]
    assert F.set_figures(demo_db, active[0], day, {"workers": 100}) == 0
    with pytest.raises(Exception, match="more than the workers"):
        F.set_figures(demo_db, active[0], day, {"workers_female": 500})
    with pytest.raises(Exception, match="negative"):
        F.set_figures(demo_db, active[0], day, {"workers": -1})


def test_workbook_and_pdf_show_the_form(demo_db, tmp_path):
    day = dt.date(DEMO_YEAR, 11, 30)
    form = compute(demo_db, day)
    xlsx = form02_xlsx(demo_db, day, tmp_path / "f02.xlsx", form=form)
    wb = load_workbook(xlsx)
    assert wb.sheetnames == [FORM02_CODE, "Chi tiết", "Chưa báo cáo"]
    ws = wb[FORM02_CODE]
    cells = [[c.value for c in r] for r in ws.iter_rows()]
    flat = [v for r in cells for v in r if v is not None]
    assert "BÁO CÁO TỔNG HỢP SỐ LIỆU VỀ HOẠT ĐỘNG CÔNG ĐOÀN" in flat
    assert "Số liệu tính đến ngày 30 tháng 11 năm 2026" in flat
    table = {r[1].strip(): r for r in cells if r[1] and r[2] in ("Người", "CĐCS", "Đồng/người/tháng")}
    for row in ROWS:
        got = table[row.label][3]
        assert got == form.totals[row.key], row.key  # None stays an empty cell, never 0
    # Chi tiết: each union's part; the totals row equals the form.
    assert wb["Chi tiết"].freeze_panes == "C2" and ws.merged_cells.ranges
    detail = list(wb["Chi tiết"].iter_rows(values_only=True))
    head = detail[0]
    total = next(r for r in detail if r[1] and str(r[1]).startswith("Tổng cộng"))
    body = detail[1:detail.index(total)]
    for c, row in enumerate(ROWS, 5):
        assert head[c].startswith(f"{row.section}.{row.number} ")
        if row.reported:
            continue
        assert sum(r[c] or 0 for r in body) == form.totals[row.key] == total[c], row.key
    assert len(list(wb["Chưa báo cáo"].iter_rows())) == 3 + len(form.missing)

    pdf = form02_pdf(demo_db, day, tmp_path / "f02.pdf", form=form)
    text = " ".join(pdf_text(pdf))
    assert "BÁO CÁO TỔNG HỢP SỐ LIỆU VỀ HOẠT ĐỘNG CÔNG ĐOÀN" in text
    assert "Số liệu tính đến ngày 30 tháng 11 năm 2026" in text
    assert "Tổng số đoàn viên công đoàn Người 10.391" in text or "10.391" in text
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
