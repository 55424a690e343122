"""20 returned 01-HĐCĐ workbooks, some late, some wrong, some disagreeing with the records."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.core.excel.export import write_template
from desktop_app.core.statistics import figures as F
from desktop_app.core.statistics.compute import compute
from desktop_app.core.statistics.form01_export import form01_xlsx
from desktop_app.core.statistics.form01_import import read_returns
from desktop_app.core.statistics.forms import FORM01_ROWS
from tests.conftest import DATA, dump

DAY = dt.date(2026, 5, 31)


def fill(path: Path, values: dict[str, object], *, name: str | None = None, code: object = "keep",
         date: str | None = None) -> Path:
    """Type figures into a 01-HĐCĐ the way a union's officer would: by the row numbers,
    and a sub-row without a number ("+ Số người được tính") by its label."""
    wb = load_workbook(path)
    ws = wb.active
    numbers = {("I" if r.section == "I" else "II", r.on_form01()[0]): r.key for r in FORM01_ROWS
               if r.on_form01()[0]}
    labels = {r.on_form01()[1]: r.key for r in FORM01_ROWS if not r.on_form01()[0]}
    section = None
    for row in ws.iter_rows():
        a, b = row[0], row[1]
        text = str(a.value or "")
        if text.startswith("Đơn vị báo cáo:") and name is not None:
            a.value = f"Đơn vị báo cáo: {name}"
        if text.startswith("Mã CĐCS:") and code != "keep":
            a.value = f"Mã CĐCS: {code or ''}"
        if text.startswith("(Số liệu tính đến ngày:") and date is not None:
            a.value = f"(Số liệu tính đến ngày: {date})"
        if a.value in ("I", "II"):
            section = a.value
            continue
        key = numbers.get((section, text)) if text else labels.get(str(b.value or "").strip())
        if key in values:
            row[3].value = values[key]
    wb.save(path)
    return path


@pytest.fixture
def returns(demo_db, tmp_path):
    """20 workbooks sent down and filled in: 0-11 good, 12-13 disagree with the records on
    members, 14 a negative count, 15 text for a number, 16 another period, 17 a union
    the file does not know, 18-19 good but late (not in the first batch)."""
    form = compute(demo_db, DAY)
    unions = sorted(u for u, i in form.unions.items() if i.active)[:20]
    paths = []
    for i, uid in enumerate(unions):
        path = form01_xlsx(demo_db, uid, DAY, tmp_path / f"01-{i:02d}.xlsx", form=form)
        values = {"workers": 100 + i, "workers_female": 40 + i, "underemployed": i % 3,
                  "underemployed_female": min(i % 3, 1), "wage_mean": 7_500_000 + 100_000 * i, "wage_people": 80 + i,
                  "wages_owed": 0, "contracts": 95 + i, "insured": 90 + i}
        kw = {}
        if i in (12, 13):
            values["members"] = form.parts[uid]["members"] + 5
        if i == 14:
            values["underemployed"] = -3
        if i == 15:
            values["workers"] = "khoảng 120"
        if i == 16:
            kw["date"] = "30/11/2025"
        if i == 17:
            kw.update(name="Công đoàn Công ty Không Có Thật", code=None)
        paths.append(fill(path, values, **kw))
    foreign = write_template("members", tmp_path / "not-a-form.xlsx")
    return unions, paths, foreign, form


def test_twenty_returned_workbooks(demo_db, returns):
    unions, paths, foreign, form = returns
    first = paths[:18] + [foreign]
    before = dump(demo_db)
    dry = read_returns(demo_db, first, dry_run=True)
    assert dump(demo_db) == before  # a dry run writes nothing
    assert dry.as_of == DAY
    assert [f.path.name for f in dry.accepted] == [p.name for p in paths[:14]]
    assert {f.path.name for f in dry.rejected} == {p.name for p in paths[14:18]} | {foreign.name}
    errors = {(p.file, p.reason) for p in dry.problems if p.level == "error"}
    reasons = " | ".join(r for _, r in errors)
    assert any(f == "01-14.xlsx" and "negative" in r for f, r in errors), reasons
    assert any(f == "01-15.xlsx" and "not a number" in r and "khoảng 120" in r for f, r in errors), reasons
    assert any(f == "01-16.xlsx" and "30/11/2025" in r and "another period" in r for f, r in errors), reasons
    assert any(f == "01-17.xlsx" and "union not found" in r for f, r in errors), reasons
    assert any(f == "not-a-form.xlsx" and "not a 01-HĐCĐ" in r for f, r in errors), reasons
    warnings = [p for p in dry.problems if p.level == "warning"]
    assert {p.file for p in warnings} == {"01-12.xlsx", "01-13.xlsx"}
    assert all("in the workbook" in p.reason and "in the records" in p.reason for p in warnings)
    # missing: every active union but the 14 accepted
    assert len(dry.missing) == form.active - 14
    assert {m["id"] for m in dry.missing} >= set(unions[14:])

    done = read_returns(demo_db, first, dry_run=False)
    assert done.changed > 0 and len(done.accepted) == 14
    assert {u for u in F.returned(demo_db, DAY)} == set(unions[:14])
    after = compute(demo_db, DAY)
    assert after.totals["workers"] == sum(100 + i for i in range(14))
    assert after.totals["workers_female"] == sum(40 + i for i in range(14))
    assert after.reported["workers"] == 14
    assert len(after.missing) == form.active - 14
    # nothing of a rejected workbook was written
    for uid in unions[14:18]:
        assert F.figures(demo_db, uid, DAY) == {}
    # the figures the program computes are not taken from the workbook
    assert after.totals["members"] == form.totals["members"]

    # the two late ones arrive
    late = read_returns(demo_db, paths[18:], dry_run=False)
    assert len(late.accepted) == 2 and late.changed > 0
    assert len(compute(demo_db, DAY).missing) == form.active - 16
    stored = F.figures(demo_db, unions[18], DAY)
    assert stored["workers"]["value"] == 118 and stored["workers"]["source"] == "import"

    # importing everything again changes nothing at all
    snapshot = dump(demo_db)
    again = read_returns(demo_db, paths + [foreign], dry_run=False)
    assert again.changed == 0 and again.backup is None
    assert dump(demo_db) == snapshot


def test_a_corrected_workbook_replaces_the_figures(demo_db, returns):
    unions, paths, _foreign, _form = returns
    read_returns(demo_db, paths[:2], dry_run=False)
    fixed = fill(paths[1], {"workers": 250})
    result = read_returns(demo_db, [fixed], dry_run=False)
    assert result.changed >= 1
    assert F.figures(demo_db, unions[1], DAY)["workers"]["value"] == 250


def test_expected_period_given(demo_db, returns):
    _unions, paths, _foreign, _form = returns
    result = read_returns(demo_db, paths[:3], as_of=dt.date(2026, 11, 30), dry_run=True)
    assert not result.accepted
    assert all("another period" in p.reason for p in result.problems if p.level == "error")


def test_two_workbooks_for_one_union(demo_db, returns, tmp_path):
    _unions, paths, _foreign, _form = returns
    copy = tmp_path / "copy.xlsx"
    copy.write_bytes(paths[0].read_bytes())
    fill(copy, {"workers": 999})
    result = read_returns(demo_db, [paths[0], copy], dry_run=True)
    assert [f.path.name for f in result.accepted] == [paths[0].name]
    assert any("second workbook for the same union" in p.reason for p in result.problems)


def test_contradicting_figures_are_refused(demo_db, returns):
    _unions, paths, _foreign, _form = returns
    fill(paths[0], {"workers": 10, "workers_female": 30})
    result = read_returns(demo_db, [paths[0]], dry_run=True)
    assert not result.accepted and "more than the workers" in result.problems[0].reason


def test_a_blank_cell_keeps_a_figure_typed_in(demo_db, returns):
    unions, paths, _foreign, _form = returns
    F.set_figures(demo_db, unions[0], DAY, {"wage_mean": 9_000_000, "wage_people": 80}, entered_by="officer")
    fill(paths[0], {"wage_mean": None, "wage_people": None})
    read_returns(demo_db, [paths[0]], dry_run=False)
    stored = F.figures(demo_db, unions[0], DAY)
    assert stored["wage_mean"]["value"] == 9_000_000 and stored["wage_mean"]["entered_by"] == "officer"
    assert stored["workers"]["value"] == 100 and stored["workers"]["source"] == "import"


def test_every_row_of_the_template_reads_back(demo_db, returns):
    """The template sent down, filled in and returned: every section I figure is stored
    under its row, the sub-rows included (two "- Trong đó: nữ", "+ Số người được tính")."""
    unions, paths, _foreign, _form = returns
    read_returns(demo_db, paths[:1], dry_run=False)
    stored = {k: v["value"] for k, v in F.figures(demo_db, unions[0], DAY).items()}
    assert stored == {"workers": 100, "workers_female": 40, "underemployed": 0, "underemployed_female": 0,
                      "wage_mean": 7_500_000, "wage_people": 80, "wages_owed": 0, "contracts": 95,
                      "insured": 90}
    ws = load_workbook(paths[0]).active
    cells = [c for r in ws.iter_rows(values_only=True) for c in r if c is not None]
    for line in ("MẪU SỐ 1-HĐCĐ", "(Dùng cho công đoàn cơ sở và nghiệp đoàn)", "BÁO CÁO HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ",
                 "NĂM: 2026", "(Số liệu tính đến ngày: 31/05/2026)", "A- SỐ LIỆU", "Nội dung", "Số lượng",
                 "TÌNH HÌNH LAO ĐỘNG", "1. Lao động", "2. Việc làm", "3. Tiền lương", "4. Nhà ở"):
        assert line in cells, line
    assert any(str(c).startswith("Công đoàn cấp trên: ") for c in cells)
    # the housing rows were left blank: nothing is stored for them (unknown is not 0)
    assert "housed" not in stored and "renting" not in stored


def test_a_workbook_of_the_previous_template_still_imports(demo_db, tmp_path):
    """A 01-HĐCĐ made by the program before its section I followed the official rows
    (tests/data, written by that version): its own numbers and wording are read, the two
    rows that kept their meaning go to the official rows, the three that did not are
    kept under their old names and left off the forms, with a note."""
    path = tmp_path / "old.xlsx"
    shutil.copy(DATA / "form01_previous_template.xlsx", path)
    wb = load_workbook(path)
    ws = wb.active
    typed = {"1": 120, "1.1": 70, "2": 4, "3": 6, "4": 8_200_000}
    section = None
    for row in ws.iter_rows():
        if row[0].value in ("I", "II"):
            section = row[0].value
        elif section == "I" and str(row[0].value) in typed:
            row[3].value = typed[str(row[0].value)]
    wb.save(path)
    dry = read_returns(demo_db, [path], dry_run=True)
    assert [f.path.name for f in dry.accepted] == ["old.xlsx"], dry.problems
    assert dry.accepted[0].union_name == "Công đoàn Cơ quan phường Mễ Trì"
    notes = [p.reason for p in dry.problems if p.level == "warning"]
    assert any("previous template" in r and "Thu nhập bình quân của CNVCLĐ" in r for r in notes), notes
    done = read_returns(demo_db, [path], dry_run=False)
    uid = done.accepted[0].union_id
    stored = {k: v["value"] for k, v in F.figures(demo_db, uid, DAY).items()}
    assert stored == {"workers": 120, "workers_female": 70, "workers_lost_jobs": 4, "workers_unpaid": 6,
                      "average_income": 8_200_000}
    form = compute(demo_db, DAY)
    assert form.totals["workers"] == 120 and form.totals["workers_female"] == 70
    assert form.totals["underemployed"] is None and form.totals["wages_owed"] is None  # not reinterpreted
    assert form.totals["wage_mean"] is None
    # its section II figures are still compared with the records
    assert not any("in the records" in r for r in notes)


def test_group_numbers_in_the_tt_column_are_not_rows(demo_db, returns):
    """A workbook that writes its groups as "1 | Lao động" (the number in the TT column,
    as an official workbook may) still gives row 1 its figure."""
    unions, paths, _foreign, _form = returns
    wb = load_workbook(paths[0])
    ws = wb.active
    for row in ws.iter_rows():
        text = str(row[1].value or "")
        if row[0].value is None and text[:2] in ("1.", "2.", "3.", "4.", "5.") and not text[3:4].isdigit():
            row[0].value, row[1].value = text[0], text[3:]
    wb.save(paths[0])
    result = read_returns(demo_db, paths[:1], dry_run=True)
    assert result.accepted and result.accepted[0].values["workers"] == 100
    assert result.accepted[0].values["underemployed"] == 0 and result.accepted[0].values["wage_mean"] == 7_500_000
