"""Defects 14.2, 14.5, 14.8, 14.9: what a workbook can do to an import."""

from __future__ import annotations

import hashlib

from desktop_app.cli.main import main
from desktop_app.core.excel import importer
from desktop_app.core.records import unions as U
from desktop_app.core.storage.db import open_db
from tests.excel.conftest import make_book

HEAD = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Ngày vào CĐ", "Công đoàn cơ sở"]
UNION = "Công đoàn Trường Tiểu học Phú Đô"


def _members_book(path, footer):
    rows = [["DANH SÁCH ĐOÀN VIÊN"], HEAD,
            [1, "Nguyễn Thị Lan", "12/03/1985", "Nữ", "001185000111", "01/09/2010", UNION],
            [2, "Trần Văn Hùng", "05/07/1979", "Nam", "001079000222", "01/09/2012", UNION]]
    return make_book(path, rows + footer)


def _db_with_union(path):
    db = open_db(path)
    U.add_union(db, name=UNION, code="CS001", sector="giao_duc", founded_on="2001-09-01",
                address="Số 1 Phú Đô, phường Từ Liêm")
    return db


FOOTER = [[None, "Tổng cộng: 48 đoàn viên", None, None, None, None, None],
          [None, "Cộng", None, None, None, None, 2],
          [],
          [None, None, None, None, "Hà Nội, ngày 05 tháng 3 năm 2024"],
          [None, "Người lập biểu", None, None, "TM. BAN CHẤP HÀNH"],
          [None, "(Ký, ghi rõ họ tên)", None, None, "CHỦ TỊCH"],
          [],
          [None, "Lê Thị Mai", None, None, "Phạm Văn Đông"]]


def test_total_note_and_signature_rows_are_skipped_and_said_so(tmp_path):
    db = _db_with_union(tmp_path / "d.sqlite3")
    book = _members_book(tmp_path / "ds.xlsx", FOOTER)
    source = importer.open_source(book, "members")
    dry = importer.import_file(db, source, dry_run=True)
    assert (dry.new, dry.errors) == (2, 0), dry.problems
    assert dry.ignored == 6
    said = [p for p in dry.problems if "total, note or signature line" in p.reason]
    assert [p.value for p in said][:2] == ["Tổng cộng: 48 đoàn viên", "Cộng"]
    assert "6 total, note or signature lines" in dry.summary()
    importer.import_file(db, source, dry_run=False, backup=False)
    importer.import_file(db, importer.open_source(book, "members"), dry_run=False, backup=False)
    names = [r[0] for r in db.execute("SELECT full_name FROM members ORDER BY id")]
    assert names == ["Nguyễn Thị Lan", "Trần Văn Hùng"]


def test_a_member_named_tong_is_not_a_total(tmp_path):
    db = _db_with_union(tmp_path / "d.sqlite3")
    book = _members_book(tmp_path / "ds.xlsx", [[3, "Tống Văn Cộng", "01/01/1990", "Nam", "001090000333",
                                                 "01/01/2015", UNION]])
    result = importer.import_file(db, importer.open_source(book, "members"), dry_run=True)
    assert (result.new, result.ignored) == (3, 0)


def test_report_path_equal_to_the_input_is_refused(tmp_path, capsys):
    _db_with_union(tmp_path / "d.sqlite3").close()
    book = _members_book(tmp_path / "a.xlsx", [])
    before = hashlib.sha256(book.read_bytes()).hexdigest()
    same = tmp_path / "." / "a.xlsx"
    assert main(["import", "members", str(book), "--db", str(tmp_path / "d.sqlite3"),
                 "--report", str(same)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "the report would overwrite the workbook" in err
    assert hashlib.sha256(book.read_bytes()).hexdigest() == before
    db = open_db(tmp_path / "d.sqlite3")
    assert db.execute("SELECT count(*) FROM members").fetchone()[0] == 0


def test_numbers_in_date_columns_are_errors_not_1900_dates(tmp_path):
    db = _db_with_union(tmp_path / "d.sqlite3")
    book = make_book(tmp_path / "ages.xlsx", [
        HEAD,
        [1, "Nguyễn Thị Lan", 31, "Nữ", "001185000111", "01/09/2010", UNION],      # an age
        [2, "Trần Văn Hùng", "05/07/1979", "Nam", "001079000222", 60, UNION],     # years of service?
        [3, "Lê Văn An", 25000, "Nam", "001068000444", 36000, UNION]])          # real serials: 1968, 1998
    result = importer.import_file(db, importer.open_source(book, "members"), dry_run=True)
    errors = {(p.row, p.column): p.reason for p in result.problems if p.level == "error"}
    assert "not a date" in errors[(2, "Ngày sinh")]
    assert "not a date" in errors[(3, "Ngày vào CĐ")]
    assert result.new == 1 and result.errors == 2


def _unions_book(path, rows):
    return make_book(path, [["Tên công đoàn cơ sở", "Mã CĐCS", "Địa chỉ", "Khối"], *rows])


def test_same_union_name_from_another_district_is_a_conflict_not_an_update(tmp_path, capsys):
    path = tmp_path / "d.sqlite3"
    db = _db_with_union(path)
    before = U.get_union(db, 1)
    db.close()
    book = _unions_book(tmp_path / "u.xlsx", [[UNION, None, "Xã Vân Hòa, huyện Ba Vì", "Giáo dục"],
                                             ["Công đoàn Trường THCS Mễ Trì", None, "Mễ Trì", "Giáo dục"]])
    db = open_db(path)
    dry = importer.import_file(db, importer.open_source(book, "unions"), dry_run=True)
    assert (dry.new, dry.updated) == (1, 0)
    assert len(dry.conflicts) == 1
    c = dry.conflicts[0]
    assert c.row == 2 and c.existing_id == 1 and "address" in c.differences
    db.close()
    # the command line lists it and does not touch the existing union
    assert main(["import", "unions", str(book), "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "conflict" in out and "Xã Vân Hòa" in out and "--conflicts" in out
    db = open_db(path)
    assert U.get_union(db, 1)["address"] == before["address"]
    assert db.execute("SELECT count(*) FROM unions").fetchone()[0] == 2
    db.close()
    # the user decides: a new union of that name
    assert main(["import", "unions", str(book), "--db", str(path), "--conflicts", "new"]) == 0
    db = open_db(path)
    assert db.execute("SELECT count(*) FROM unions WHERE name = ?", [UNION]).fetchone()[0] == 2
    assert U.get_union(db, 1)["address"] == before["address"]


def test_same_name_other_code_conflict_decided_per_row(tmp_path):
    db = _db_with_union(tmp_path / "d.sqlite3")
    book = _unions_book(tmp_path / "u.xlsx", [[UNION, "BV-07", "Số 1 Phú Đô, phường Từ Liêm", "Giáo dục"]])
    dry = importer.import_file(db, importer.open_source(book, "unions"), dry_run=True)
    assert [c.differences["code"] for c in dry.conflicts] == [("CS001", "BV-07")]
    done = importer.import_file(db, importer.open_source(book, "unions"), dry_run=False, backup=False,
                                choices={2: "update"})
    assert done.updated == 1
    assert U.get_union(db, 1)["code"] == "BV-07"
