"""Members under the Trade Union Law 2024: nationality, foreign workers' contracts, workers
without a labour relation; in core, the Excel round trip, the counts and the merge."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core import stats
from desktop_app.core.errors import ValidationError
from desktop_app.core.excel import importer as I
from desktop_app.core.excel.export import export_list
from desktop_app.core.records import members, unions
from tests.conftest import dump
from tests.excel.conftest import make_book


@pytest.fixture
def fdi(db):
    return unions.add_union(db, code="FDI1", name="Công đoàn Công ty TNHH Hanwha Vina", sector="fdi")


def test_a_foreign_worker_with_a_long_contract_joins(db, fdi):
    mid = members.add_member(db, full_name="Kim Min Jun", nationality="hàn quốc", contract_months="24",
                             union_id=fdi, joined_on="01/09/2025")
    m = members.get_member(db, mid)
    assert (m["nationality"], m["contract_months"], m["work_relation"]) == ("Hàn Quốc", 24, "employee")
    vn = members.add_member(db, full_name="Lê Văn Nam", nationality="Việt Nam", union_id=fdi, joined_on="2020-01-01")
    assert members.get_member(db, vn)["nationality"] is None, "a Vietnamese citizen is the default"


@pytest.mark.parametrize("fields, field, words", [
    ({"contract_months": 6}, "contract_months", "12 months or more"),
    ({}, "contract_months", "12 months or more"),
    ({"contract_months": 24, "work_relation": "no_relation"}, "work_relation", "labour contract"),
    ({"contract_months": -1}, "contract_months", "at least 0"),
])
def test_a_foreign_worker_outside_the_law_is_refused(db, fdi, fields, field, words):
    before = dump(db)
    with pytest.raises(ValidationError) as e:
        members.add_member(db, full_name="Zhang Wei", nationality="Trung Quốc", union_id=fdi,
                           joined_on="2025-09-01", **fields)
    assert e.value.field == field and words in str(e.value)
    assert dump(db) == before


def test_foreign_workers_join_only_once_the_law_is_in_force(db, fdi):
    with pytest.raises(ValidationError, match="only from 01/07/2025") as e:
        members.add_member(db, full_name="Sato Yuki", nationality="Nhật Bản", contract_months=36, union_id=fdi,
                           joined_on="2025-06-30")
    assert e.value.field == "joined_on"


def test_workers_without_a_labour_relation_and_the_counts(db, fdi):
    ward = unions.add_union(db, code="PX1", name="Công đoàn phường Tây Mỗ", sector="phuong_xa")
    members.add_member(db, full_name="Trần Văn Tài", work_relation="Không có quan hệ lao động", union_id=ward,
                       joined_on="2025-08-01")
    members.add_member(db, full_name="Park Ji Hoon", nationality="Hàn Quốc", contract_months=12, union_id=fdi,
                       joined_on="2025-10-01")
    gone = members.add_member(db, full_name="Lee Seo Yeon", nationality="Hàn Quốc", contract_months=12,
                              union_id=fdi, joined_on="2025-10-01")
    members.leave(db, gone, "2026-01-05")
    with pytest.raises(ValidationError, match="unknown labour relation"):
        members.add_member(db, full_name="X", work_relation="hợp tác xã")
    assert stats.law_2024_members_as_of(db, "2025-12-31") == {"members_foreign": 2, "members_no_relation": 1}
    assert stats.law_2024_members_as_of(db, "2026-02-01") == {"members_foreign": 1, "members_no_relation": 1}
    assert stats.year_summary(db, 2025)["members_foreign"] == 2


def test_excel_round_trip_keeps_the_law_2024_fields(db, fdi, tmp_path):
    members.add_member(db, full_name="Kim Min Jun", nationality="Hàn Quốc", contract_months=24, union_id=fdi,
                       joined_on="2025-09-01", birth_date="1990-02-03")
    members.add_member(db, full_name="Trần Văn Tài", work_relation="no_relation", union_id=fdi,
                       joined_on="2025-08-01", birth_date="1988-05-06")
    out = tmp_path / "members.xlsx"
    assert export_list(db, "members", out) == 2
    from openpyxl import load_workbook
    ws = load_workbook(out).active
    header = next(r for r in ws.iter_rows(values_only=True) if r and "Họ và tên" in r)
    assert {"Quốc tịch", "Quan hệ lao động", "Thời hạn hợp đồng (tháng)"} <= set(header)

    other = tmp_path / "other.sqlite3"
    from desktop_app.core.storage.db import open_db
    db2 = open_db(other)
    unions.add_union(db2, code="FDI1", name="Công đoàn Công ty TNHH Hanwha Vina", sector="fdi")
    result = I.import_file(db2, I.open_source(out, "members"), dry_run=False)
    assert (result.new, result.errors) == (2, 0), [p.reason for p in result.problems]
    got = {r[0]: r[1:] for r in db2.execute(
        "SELECT full_name, nationality, work_relation, contract_months FROM members")}
    assert got == {"Kim Min Jun": ("Hàn Quốc", "employee", 24), "Trần Văn Tài": (None, "no_relation", None)}
    db2.close()


def test_import_refuses_a_short_foreign_contract_by_row(db, fdi, tmp_path):
    book = make_book(tmp_path / "f.xlsx", [
        ["Họ và tên", "Ngày sinh", "Quốc tịch", "Thời hạn hợp đồng (tháng)", "Mã CĐCS", "Ngày vào công đoàn"],
        ["Choi Hye Jin", "03/04/1992", "Hàn Quốc", 6, "FDI1", "01/09/2025"],
        ["Wang Fang", "03/04/1990", "Trung Quốc", 36, "FDI1", "01/09/2025"],
    ])
    result = I.import_file(db, I.open_source(book, "members"), dry_run=True)
    errors = {(p.row, p.column): p.reason for p in result.problems if p.level == "error"}
    column = "Thời hạn hợp đồng (tháng)"
    assert list(errors) == [(2, column)] and "12 months" in errors[(2, column)]
    assert result.new == 1


def test_demo_has_foreign_members_and_workers_without_a_labour_relation(demo_db):
    foreign = demo_db.execute("""SELECT count(*), min(contract_months), min(joined_on) FROM members
                                 WHERE nationality IS NOT NULL""").fetchone()
    assert foreign[0] >= 8 and foreign[1] >= 12 and foreign[2] >= "2025-07-01"
    assert demo_db.execute("SELECT count(*) FROM members WHERE work_relation = 'no_relation'").fetchone()[0] >= 10
    assert dt.date.fromisoformat(foreign[2]) >= members.LAW_2024_IN_FORCE


def test_merge_brings_the_law_2024_fields(db, fdi, tmp_path):
    from desktop_app.core.merge.engine import merge_files
    from desktop_app.core.storage.db import open_db

    theirs_path = tmp_path / "theirs.sqlite3"
    theirs = open_db(theirs_path)
    u = unions.add_union(theirs, code="FDI1", name="Công đoàn Công ty TNHH Hanwha Vina", sector="fdi")
    members.add_member(theirs, full_name="Kim Min Jun", birth_date="1990-02-03", nationality="Hàn Quốc",
                       contract_months=36, union_id=u, joined_on="2025-09-01")
    theirs.close()
    report = merge_files(db, [theirs_path])
    assert report.committed
    assert db.execute("SELECT nationality, contract_months FROM members WHERE full_name = 'Kim Min Jun'"
                      ).fetchall() == [("Hàn Quốc", 36)]
    again = merge_files(db, [theirs_path])
    assert not again.changes and db.execute("SELECT count(*) FROM members").fetchone()[0] == 1
