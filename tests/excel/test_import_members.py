from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.errors import UserError
from desktop_app.core.excel import importer as I
from desktop_app.core.excel.export import write_report
from desktop_app.core.excel.read import read_sheet
from desktop_app.core.records import members as M
from desktop_app.core.storage.db import rebuild_derived
from tests.excel.conftest import db_hash, make_book


def _errors(result):
    return {(p.row, p.column): p.reason for p in result.problems if p.level == "error"}


def _member(db, cccd=None, name=None):
    if cccd:
        cur = db.execute("SELECT * FROM members WHERE cccd = ?", [cccd])
    else:
        cur = db.execute("SELECT * FROM members WHERE full_name = ?", [name])
    row = cur.fetchone()
    return dict(zip([c[0] for c in cur.description], row)) if row else None


def test_header_found_below_titles_with_merged_group(messy_members):
    source = I.open_source(messy_members, "members")
    assert source.guess.row == 4  # 0-based: Excel row 5 holds the Nam | Nữ sub-header
    assert source.guess.first_data_row == 6  # the numbering row 6 is skipped
    keys = set(source.mapping.values())
    assert {"full_name", "birth_date", "male", "female", "cccd", "phone", "union", "joined_on", "note"} <= keys


def test_dry_run_reports_every_problem_by_row_and_changes_nothing(db, two_unions, messy_members):
    before = db_hash(db)
    result = I.import_file(db, I.open_source(messy_members, "members"), dry_run=True)
    assert db_hash(db) == before
    assert not db.conn.in_transaction
    assert (result.rows, result.new, result.updated, result.errors) == (10, 3, 0, 7)
    errors = _errors(result)
    assert "scientific notation" in errors[(9, "Số CCCD/CMND")]
    assert "impossible date" in errors[(11, "Ngày sinh")]
    assert errors[(13, "Số CCCD/CMND")] == "the same CCCD as row 7"
    assert "not a Vietnamese phone number" in errors[(14, "SĐT")]
    assert "no such union" in errors[(14, "Tên CĐCS")]
    assert "both Nam and Nữ" in errors[(15, "Nam")]
    assert "in the future" in errors[(16, "Ngày vào CĐ")]
    assert "full name is missing" in errors[(17, "HO VA TEN")]
    warnings = {(p.row, p.column): p.reason for p in result.problems if p.level == "warning"}
    assert "leading zeros restored" in warnings[(7, "Số CCCD/CMND")]
    assert "only the year 1979" in warnings[(12, "Ngày sinh")]
    assert "Công đoàn Bệnh viện Đa khoa" in result.unknown_unions


def test_import_normalises_and_builds_history(db, two_unions, messy_members):
    a, b = two_unions
    result = I.import_file(db, I.open_source(messy_members, "members"), dry_run=False)
    assert (result.new, result.errors) == (3, 7)
    an = _member(db, "001085012345")
    assert an["full_name"] == "Nguyễn Văn An"  # NFD -> NFC, spaces collapsed
    assert (an["birth_date"], an["sex"], an["phone"]) == ("1985-03-12", "M", "0912345678")
    assert (an["union_id"], an["status"], an["joined_on"]) == (a, "active", "2010-09-01")
    binh = _member(db, "079190001234")
    assert binh["full_name"] == "Trần Thị Bình"
    assert (binh["birth_date"], binh["sex"], binh["phone"]) == ("1990-07-20", "F", "0987654321")
    assert (binh["union_id"], binh["joined_on"]) == (b, "2009-07-06")  # Excel serial 40000
    assert binh["note"] == "- nghỉ thai sản"
    em = _member(db, "001079000111")
    assert em["birth_date"] is None and em["phone"] == "02438765432" and em["union_id"] == a
    assert _member(db, name="Lê Văn Cường") is None  # rows with errors are not imported at all
    assert _member(db, name="Phạm Thị Dung") is None
    assert [h["kind"] for h in M.history(db, an["id"])] == ["join"]
    # derived columns equal what the triggers / rebuild give
    snapshot = db.execute("SELECT id, union_id, status, status_on, joined_on FROM members ORDER BY id").fetchall()
    with db.atomic():
        rebuild_derived(db)
    assert db.execute("SELECT id, union_id, status, status_on, joined_on FROM members ORDER BY id").fetchall() \
        == snapshot
    # searchable by folded name
    assert db.execute("SELECT count(*) FROM members_fts WHERE members_fts MATCH 'search_text : \"nguyen van an\"'"
                      ).fetchone()[0] == 1
    audit = db.execute("SELECT action, records, sha256 FROM audit_log").fetchall()
    assert audit[-1][0] == "import" and audit[-1][1] == 3 and len(audit[-1][2]) == 64
    assert result.backup and "import" in result.backup


def test_importing_twice_adds_nothing(db, two_unions, messy_members):
    I.import_file(db, I.open_source(messy_members, "members"), dry_run=False, backup=False)
    counts = db.execute("SELECT (SELECT count(*) FROM members), (SELECT count(*) FROM memberships)").fetchone()
    again = I.import_file(db, I.open_source(messy_members, "members"), dry_run=False, backup=False)
    assert (again.new, again.updated, again.skipped) == (0, 0, 3)
    assert db.execute("SELECT (SELECT count(*) FROM members), (SELECT count(*) FROM memberships)"
                      ).fetchone() == counts


def test_blank_cells_never_overwrite_and_new_values_update(db, two_unions, tmp_path):
    a, _ = two_unions
    mid = M.add_member(db, full_name="Ngô Thị Hoa", birth_date="1988-04-02", cccd="001188000222",
                       phone="0911111111", job="Giáo viên", union_id=a, joined_on="2012-01-01")
    path = make_book(tmp_path / "upd.xlsx", [
        ["Họ và tên", "Ngày sinh", "Số CCCD", "Điện thoại", "Nghề nghiệp", "Dân tộc"],
        ["NGÔ THỊ HOA", "02/04/1988", None, None, None, "Kinh"],   # matched by name + birth date
    ])
    result = I.import_file(db, I.open_source(path, "members"), dry_run=False, backup=False)
    assert (result.new, result.updated) == (0, 1)
    m = M.get_member(db, mid)
    assert (m["cccd"], m["phone"], m["job"], m["ethnicity"]) == ("001188000222", "0911111111", "Giáo viên", "Kinh")
    assert m["full_name"] == "Ngô Thị Hoa"


def test_cccd_of_another_person_is_an_error(db, two_unions, tmp_path):
    M.add_member(db, full_name="Ngô Thị Hoa", birth_date="1988-04-02", cccd="001188000222")
    path = make_book(tmp_path / "x.xlsx", [["Họ tên", "CCCD"], ["Lý Văn Khánh", "001188000222"]])
    result = I.import_file(db, I.open_source(path, "members"), dry_run=True)
    assert "belongs to Ngô Thị Hoa" in _errors(result)[(2, "CCCD")]


def test_left_member_rejoins_and_active_member_is_not_moved(db, two_unions, tmp_path):
    a, b = two_unions
    gone = M.add_member(db, full_name="Trịnh Văn Long", cccd="001080000333", union_id=a, joined_on="2010-01-01")
    M.leave(db, gone, "2015-01-01")
    stay = M.add_member(db, full_name="Mai Thị Nga", cccd="001190000444", union_id=a, joined_on="2011-01-01")
    path = make_book(tmp_path / "x.xlsx", [
        ["Họ tên", "CCCD", "Công đoàn cơ sở", "Ngày vào công đoàn"],
        ["Trịnh Văn Long", "001080000333", "Công đoàn Công ty TNHH May Thăng Long", "01/06/2020"],
        ["Mai Thị Nga", "001190000444", "Công đoàn Công ty TNHH May Thăng Long", "01/06/2020"],
    ])
    result = I.import_file(db, I.open_source(path, "members"), dry_run=False, backup=False)
    assert (result.updated, result.skipped) == (1, 1)
    assert [h["kind"] for h in M.history(db, gone)] == ["join", "leave", "join"]
    assert M.get_member(db, gone)["union_id"] == b and M.get_member(db, gone)["status"] == "active"
    assert M.get_member(db, stay)["union_id"] == a
    assert any("not moved" in p.reason for p in result.problems if p.row == 3)


def test_unknown_union_lists_closest_names(db, two_unions, tmp_path):
    path = make_book(tmp_path / "x.xlsx", [["Họ tên", "Đơn vị"], ["Lý Văn Khánh", "Trường Tiểu học Phú Đo"]])
    result = I.import_file(db, I.open_source(path, "members"), dry_run=True)
    assert result.unknown_unions == {}  # "Phú Đo" folds to the same key: found
    path = make_book(tmp_path / "y.xlsx", [["Họ tên", "Đơn vị"], ["Lý Văn Khánh", "Trường Tiểu học Phú Độc"]])
    result = I.import_file(db, I.open_source(path, "members"), dry_run=True)
    assert result.unknown_unions["Trường Tiểu học Phú Độc"] == ["Công đoàn Trường Tiểu học Phú Đô"]


def test_split_name_columns_and_female_only_column(db, tmp_path):
    path = make_book(tmp_path / "x.xlsx", [
        ["DANH SÁCH"], ["TT", "Họ và tên đệm", "Tên", "Nữ", "Năm sinh"],
        [1, "Nguyễn Thị", "Hà", "x", "02/02/1990"],
        [2, "Lê Văn", "Nam", None, "03/03/1991"],
    ])
    result = I.import_file(db, I.open_source(path, "members"), dry_run=False, backup=False)
    assert result.new == 2
    assert db.execute("SELECT full_name, sex FROM members ORDER BY name_folded").fetchall() == [
        ("Lê Văn Nam", "M"), ("Nguyễn Thị Hà", "F")]


def test_birth_dates_written_under_nam_nu(db, tmp_path):
    """The classic form: "Ngày sinh" merged over "Nam" | "Nữ", the date under the right one."""
    path = make_book(tmp_path / "x.xlsx", [
        ["Họ và tên", "Ngày sinh", None], [None, "Nam", "Nữ"],
        ["Trần Văn Tú", "12/12/1980", None], ["Lê Thị Vân", None, dt.date(1985, 1, 2)],
    ], merges=("A1:A2", "B1:C1"))
    result = I.import_file(db, I.open_source(path, "members"), dry_run=False, backup=False)
    assert result.new == 2
    assert db.execute("SELECT full_name, sex, birth_date FROM members ORDER BY name_folded").fetchall() == [
        ("Lê Thị Vân", "F", "1985-01-02"), ("Trần Văn Tú", "M", "1980-12-12")]


def test_same_name_and_birth_twice_in_file(db, tmp_path):
    path = make_book(tmp_path / "x.xlsx", [["Họ tên", "Ngày sinh"], ["An Văn Bình", "1/2/1980"],
                                            ["AN VĂN BÌNH", "01/02/1980"]])
    result = I.import_file(db, I.open_source(path, "members"), dry_run=True)
    assert _errors(result) == {(3, "Họ tên"): "the same name and birth date as row 2"}


def test_missing_name_column_is_a_user_error(db, tmp_path):
    path = make_book(tmp_path / "x.xlsx", [["Ngày sinh", "Số CCCD"], ["01/01/1980", "001080000001"]])
    source = I.open_source(path, "members")
    with pytest.raises(UserError, match="Họ và tên"):
        I.import_file(db, source, dry_run=True)


def test_changed_mapping_is_used(db, tmp_path):
    path = make_book(tmp_path / "x.xlsx", [["Cột A", "Cột B"], ["Đinh Văn Sơn", "0912000111"]])
    source = I.open_source(path, "members")
    assert source.guess is None
    source.mapping = {0: "full_name", 1: "phone"}
    result = I.import_file(db, source, dry_run=False, backup=False)
    assert result.new == 1
    assert db.execute("SELECT phone FROM members").fetchone()[0] == "0912000111"


def test_cancel_rolls_back(db, two_unions, messy_members):
    before = db_hash(db)

    def progress(done, total, text=""):
        return text != "Writing membership history"

    with pytest.raises(I.Cancelled):
        I.import_file(db, I.open_source(messy_members, "members"), dry_run=False, backup=False,
                      progress=progress)
    assert db_hash(db) == before


def test_error_report_saved_as_workbook(db, two_unions, messy_members, tmp_path):
    result = I.import_file(db, I.open_source(messy_members, "members"), dry_run=True)
    out = write_report(result, tmp_path / "report.xlsx")
    rows = read_sheet(out).rows
    assert rows[1] == ["Trang tính", "Dòng", "Cột", "Giá trị", "Lý do", "Mức"]
    assert any(r[1] == 9 and "dạng số mũ" in r[4] for r in rows[2:])
    assert len(rows) - 2 == len(result.problems)


def test_every_reason_has_vietnamese_wording(db, two_unions, messy_members, tmp_path):
    from desktop_app.core.messages import CATALOGUE, Message, render

    result = I.import_file(db, I.open_source(messy_members, "members"), dry_run=True)
    reasons = [p.reason for p in result.problems]
    more = make_book(tmp_path / "m.xlsx", [
        ["Họ tên", "Ngày sinh", "CCCD", "Giới tính", "Nam", "Nữ", "Ngày vào công đoàn", "CĐCS"],
        ["123", "03/1980", "123456789", "x", None, None, "01/01/1970", None],
        ["Văn Bảy", "2020-01-01", "12", "Nữ", "x", None, None, "Trường Phú Độc"],
    ])
    reasons += [p.reason for p in I.import_file(db, I.open_source(more, "members"), dry_run=True).problems]
    assert len(reasons) > 15
    assert all(isinstance(r, Message) and r.code in CATALOGUE for r in reasons)
    untranslated = [r for r in reasons if render(r, "vi") == r]
    assert untranslated == []


def test_import_reuses_the_dry_run_only_while_nothing_changed(db, two_unions, messy_members, monkeypatch):
    source = I.open_source(messy_members, "members")
    checked = I.import_file(db, source, dry_run=True)
    calls = []
    real = I._plan_members
    monkeypatch.setattr(I, "_plan_members", lambda *a: calls.append(1) or real(*a))
    result = I.import_file(db, source, dry_run=False, backup=False, checked=checked)
    assert calls == [] and (result.new, result.errors) == (3, 7)
    assert db.execute("SELECT count(*) FROM members").fetchone()[0] == 3
    # a dry run, then the data changes: the import checks the rows again
    db.execute("DELETE FROM memberships")
    db.execute("DELETE FROM members")
    db.conn.commit()
    checked = I.import_file(db, source, dry_run=True)
    M.add_member(db, full_name="Nguyễn Văn An", birth_date="1985-03-12", cccd="001085012345")
    result = I.import_file(db, source, dry_run=False, backup=False, checked=checked)
    assert calls == [1, 1] and (result.new, result.updated) == (2, 1)  # the dry run, then the re-check
