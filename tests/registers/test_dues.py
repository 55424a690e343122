"""Dues and fund status: rates as data, the cap, exemption since 1/6/2025, unions behind."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.errors import DuplicateError, ValidationError
from desktop_app.core.records import dues, unions
from tests.conftest import dump


@pytest.fixture
def two(db):
    state = unions.add_union(db, code="HC1", name="Công đoàn Chi cục Thuế", sector="hcsn", is_state=1)
    firm = unions.add_union(db, code="DN1", name="Công đoàn Công ty TNHH May Thăng Long", sector="ngoai_nn")
    return state, firm


def test_rates_are_data_and_the_cap_follows_the_base_salary(db):
    assert dues.rate_on(db, "member_dues", dt.date(2025, 8, 1))["rate_percent"] == 0.5
    assert dues.rate_on(db, "member_dues", dt.date(2025, 3, 1))["rate_percent"] == 1.0
    assert dues.monthly_cap(db, dt.date(2025, 8, 1)) == 234_000
    dues.add_rate(db, kind="đoàn phí", valid_from="01/07/2026", rate_percent="0,5", cap_percent_of_base=10,
                  base_salary=2_530_000)
    assert dues.monthly_cap(db, dt.date(2026, 8, 1)) == 253_000
    with pytest.raises(ValidationError, match="over its cap"):
        dues.add_rate(db, kind="member_dues", valid_from="2027-01-01", rate_percent=12, cap_percent_of_base=10)
    with pytest.raises(DuplicateError):
        dues.add_rate(db, kind="member_dues", valid_from="2026-07-01", rate_percent=0.5)


def test_status_rows_and_the_unions_behind(db, two):
    state, firm = two
    dues.add_dues(db, union_id=state, year=2025, period="6 tháng cuối năm", members=40, fund_exempt="x",
                  dues_due=5_000_000, dues_paid=5_000_000)
    d = dues.add_dues(db, union_id=firm, year=2025, period="h2", members=200, dues_due=30_000_000,
                      dues_paid=20_000_000, fund_due=80_000_000, fund_paid=80_000_000, note="Còn nợ quý IV")
    assert dues.get_dues(db, d)["dues_owed"] == 10_000_000
    assert [(b["union_id"], b["dues_owed"], b["fund_owed"]) for b in dues.behind(db, 2025)] == [(firm, 10_000_000, 0)]
    assert [x["id"] for x in dues.list_dues(db, year=2025, behind=True)] == [d]
    dues.update_dues(db, d, dues_paid=30_000_000)
    assert dues.behind(db, 2025) == []
    assert [a for (a,) in db.execute("SELECT action FROM audit_log")] == ["add", "add", "edit"]


@pytest.mark.parametrize("fields, field, words", [
    ({"dues_paid": -5}, "dues_paid", "at least 0"),
    ({"period": "q1", "year": 2025, "fund_exempt": 1, "union": "state"}, "fund_exempt", "from 01/06/2025"),
    ({"fund_exempt": 1}, "fund_exempt", "state budget"),
    ({"fund_exempt": 1, "union": "state", "fund_due": 100}, "fund_due", "owes no"),
    ({"members": 10, "dues_due": 10 * 6 * 234_000 + 1}, "dues_due", "more than the cap"),
    ({"year": dt.date.today().year + 1}, "year", "no later than this year"),
    ({"period": "mùa xuân"}, "period", "unknown period"),
])
def test_bad_dues_rows_are_refused(db, two, fields, field, words):
    state, firm = two
    union = state if fields.pop("union", None) == "state" else firm
    before = dump(db)
    with pytest.raises(ValidationError) as e:
        dues.add_dues(db, **{"union_id": union, "year": 2025, "period": "h2", **fields})
    assert e.value.field == field and words in str(e.value)
    assert dump(db) == before


def test_dues_excel_merge_and_command_line(demo_db, demo_db_path, tmp_path):
    import subprocess

    from desktop_app.cli.main import main
    from desktop_app.core.excel import importer as I
    from desktop_app.core.excel.export import export_list
    from desktop_app.core.merge.engine import merge_files

    cols = "union_id, year, period, members, fund_exempt, dues_due, dues_paid, fund_due, fund_paid, note"
    before = sorted(demo_db.execute(f"SELECT {cols} FROM dues").fetchall(), key=repr)
    assert len(before) > 300 and dues.behind(demo_db, 2026)
    out = tmp_path / "d.xlsx"
    assert export_list(demo_db, "dues", out) == len(before)
    again = I.import_file(demo_db, I.open_source(out, "dues"), dry_run=True)
    assert (again.new, again.updated, again.errors) == (0, 0, 0), [p.reason for p in again.problems][:3]
    demo_db.execute("DELETE FROM dues")
    demo_db.conn.commit()
    result = I.import_file(demo_db, I.open_source(out, "dues"), dry_run=False, backup=False)
    assert result.new == len(before)
    assert sorted(demo_db.execute(f"SELECT {cols} FROM dues").fetchall(), key=repr) == before
    copy = tmp_path / "copy.sqlite3"
    demo_db.execute("VACUUM INTO ?", [str(copy)])
    report = merge_files(demo_db, [copy])
    assert report.total("added", "dues") == 0 and report.total("matched", "dues") == len(before)
    assert report.total("matched", "due_rates") == 4
    demo_db.close()
    pdf = tmp_path / "no.pdf"
    assert main(["report", "dues-behind", "--year", "2026", "-o", str(pdf), "--db", str(demo_db_path)]) == 0
    words = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "CÒN NỢ ĐOÀN PHÍ" in words and "Cộng:" in words
