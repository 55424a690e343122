"""The awards register: validation, queries, undo-friendly writes."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.errors import DuplicateError, InUseError, ValidationError
from desktop_app.core.records import awards, members, unions
from tests.conftest import dump

THIS_YEAR = dt.date.today().year


@pytest.fixture
def union(db):
    return unions.add_union(db, code="CS1", name="Công đoàn Trường Mầm non Hoa Sen", sector="giao_duc")


@pytest.fixture
def member(db, union):
    return members.add_member(db, full_name="Nguyễn Thị Lan", birth_date="1985-03-12", union_id=union,
                              joined_on="2010-09-01")


def test_awards_to_a_union_and_a_member(db, union, member):
    a = awards.add_award(db, union_id=union, form="Giấy khen", level="cấp mình", year=2024,
                         decision_no="15/QĐ-LĐLĐ", decision_date="20/01/2025", reason="Hoàn thành xuất sắc nhiệm vụ")
    b = awards.add_award(db, member_id=member, form="certificate_of_merit", level="province", year=2024,
                         status="proposed", reason="Có thành tích xuất sắc trong phong trào thi đua")
    got = awards.get_award(db, a)
    assert (got["form"], got["level"], got["decision_date"], got["recipient"]) == (
        "commendation", "own", "2025-01-20", "Công đoàn Trường Mầm non Hoa Sen")
    assert awards.get_award(db, b)["union_id"] == union, "a member's award keeps their union"
    assert [x["id"] for x in awards.for_union(db, union)] == [a]
    assert [x["id"] for x in awards.for_member(db, member)] == [b]
    assert [x["id"] for x in awards.list_awards(db, year=2024, level="province")] == [b]
    assert [x["id"] for x in awards.list_awards(db, search="lan")] == [b]
    assert [x["id"] for x in awards.list_awards(db, status="proposed")] == [b]
    with pytest.raises(InUseError, match="1 awards"):
        members.delete_member(db, member)


@pytest.mark.parametrize("fields, field, words", [
    ({"decision_date": (dt.date.today() + dt.timedelta(days=3)).isoformat()}, "decision_date", "future"),
    ({"decision_date": "2023-12-31"}, "decision_date", "before the year"),
    ({"decision_date": None}, "decision_date", "date of its decision"),
    ({"year": THIS_YEAR + 1}, "year", "no later than this year"),
    ({"level": "own", "form": "certificate_of_merit"}, "level", "is not given by"),
    ({"form": "huy chương vàng"}, "form", "unknown form"),
    ({"union_id": None}, "union_id", "choose the union or the member"),
])
def test_bad_awards_are_refused_and_nothing_is_written(db, union, fields, field, words):
    before = dump(db)
    values = {"union_id": union, "form": "commendation", "level": "own", "year": 2024,
              "decision_date": "2025-01-20", **fields}
    with pytest.raises(ValidationError) as e:
        awards.add_award(db, **values)
    assert e.value.field == field and words in str(e.value)
    assert dump(db) == before


def test_the_same_award_twice_is_refused_and_updates_are_checked(db, union):
    a = awards.add_award(db, union_id=union, form="commendation", level="own", year=2024, decision_date="2025-01-20")
    with pytest.raises(DuplicateError):
        awards.add_award(db, union_id=union, form="commendation", level="own", year=2024, decision_date="2025-02-01")
    awards.update_award(db, a, reason="Đơn vị dẫn đầu khối giáo dục")
    with pytest.raises(ValidationError):
        awards.update_award(db, a, level="national")
    assert awards.get_award(db, a)["level"] == "own"
    awards.delete_award(db, a)
    assert awards.list_awards(db) == []


def test_writes_are_audited(db, union):
    a = awards.add_award(db, union_id=union, form="commendation", level="own", year=2024, decision_date="2025-01-20")
    awards.update_award(db, a, reason="Dẫn đầu khối")
    awards.delete_award(db, a)
    log = db.execute("SELECT action, target FROM audit_log ORDER BY id").fetchall()
    assert log == [("add", f"awards#{a}"), ("edit", f"awards#{a}"), ("delete", f"awards#{a}")]


def test_excel_round_trip_of_the_demo_awards(demo_db, tmp_path):
    from desktop_app.core.excel import importer as I
    from desktop_app.core.excel.export import export_list

    cols = "year, form, level, status, union_id, member_id, decision_no, decision_date, reason"
    before = sorted(demo_db.execute(f"SELECT {cols} FROM awards").fetchall(), key=repr)
    out = tmp_path / "awards.xlsx"
    assert export_list(demo_db, "awards", out) == len(before) > 100
    again = I.import_file(demo_db, I.open_source(out, "awards"), dry_run=True)
    assert (again.new, again.updated, again.skipped, again.errors) == (0, 0, len(before), 0)
    demo_db.execute("DELETE FROM awards")
    demo_db.conn.commit()
    result = I.import_file(demo_db, I.open_source(out, "awards"), dry_run=False, backup=False)
    assert (result.new, result.errors) == (len(before), 0), [p.reason for p in result.problems][:5]
    assert sorted(demo_db.execute(f"SELECT {cols} FROM awards").fetchall(), key=repr) == before


def test_import_reports_bad_award_rows(db, union, tmp_path):
    from desktop_app.core.excel import importer as I
    from tests.excel.conftest import make_book

    book = make_book(tmp_path / "a.xlsx", [
        ["Năm", "Hình thức khen thưởng", "Cấp khen thưởng", "Mã CĐCS", "Số quyết định", "Ngày quyết định"],
        [2024, "Giấy khen", "cấp mình", "CS1", "1/QĐ-LĐLĐ", "20/01/2025"],
        [2024, "Bằng khen", "cấp mình", "CS1", "2/QĐ-LĐLĐ", "20/01/2025"],
        [2024, "Huy chương", "Tổng Liên đoàn", "CS1", "3/QĐ-TLĐ", "20/01/2025"],
        [2024, "Giấy khen", "cấp mình", "CS1", "1/QĐ-LĐLĐ", "20/01/2025"],
        [2024, "Giấy khen", "cấp mình", "CS404", "", ""],
    ])
    result = I.import_file(db, I.open_source(book, "awards"), dry_run=True)
    errors = {p.row: p.reason for p in result.problems if p.level == "error"}
    assert result.new == 1 and set(errors) == {3, 4, 5, 6}
    assert "is not given by" in errors[3] and "unknown form" in errors[4] and "row 2" in errors[5]


def test_merge_combines_two_files_awards_without_duplicates(db, union, tmp_path):
    import shutil

    from desktop_app.core.merge.engine import merge_files
    from desktop_app.core.storage.db import open_db

    awards.add_award(db, union_id=union, form="commendation", level="own", year=2023, decision_date="2024-01-20")
    db.conn.commit()
    theirs_path = tmp_path / "theirs.sqlite3"
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(db.conn.execute("PRAGMA database_list").fetchone()[2], theirs_path)
    theirs = open_db(theirs_path)
    awards.add_award(theirs, union_id=union, form="certificate_of_merit", level="province", year=2024,
                     status="proposed", reason="Đề nghị của LĐLĐ")
    other = unions.add_union(theirs, code="CS9", name="Công đoàn Công ty CP Sông Đà", sector="dnnn")
    awards.add_award(theirs, union_id=other, form="commendation", level="own", year=2024,
                     decision_date="2025-01-15")
    theirs.close()
    report = merge_files(db, [theirs_path])
    assert report.committed and report.total("added", "awards") == 2 and report.total("matched", "awards") == 1
    assert db.execute("SELECT count(*) FROM awards").fetchone()[0] == 3
    new_union = db.execute("SELECT id FROM unions WHERE code = 'CS9'").fetchone()[0]
    assert db.execute("SELECT count(*) FROM awards WHERE union_id = ?", [new_union]).fetchone()[0] == 1
    again = merge_files(db, [theirs_path])
    assert not again.changes and db.execute("SELECT count(*) FROM awards").fetchone()[0] == 3


def test_command_line_exports_imports_and_prints_awards(demo_db, demo_db_path, tmp_path, capsys):
    from desktop_app.cli.main import main

    demo_db.close()
    db = str(demo_db_path)
    out = tmp_path / "aw.xlsx"
    assert main(["export", "awards", str(out), "--db", db]) == 0
    assert main(["import", "awards", str(out), "--dry-run", "--db", db]) == 0
    assert "errors 0" in capsys.readouterr().out
    pdf = tmp_path / "de-nghi.pdf"
    assert main(["report", "awards", "--year", "2026", "-o", str(pdf), "--db", db]) == 0
    import subprocess
    words = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG" in words and "Tổng cộng:" in words
