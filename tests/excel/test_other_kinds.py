from __future__ import annotations

from desktop_app.core.excel import importer as I
from desktop_app.core.records import members as M
from desktop_app.core.records import training as T
from desktop_app.core.records import unions as U
from tests.excel.conftest import make_book


def _run(db, path, kind, dry=False, **kw):
    return I.import_file(db, I.open_source(path, kind), dry_run=dry, backup=False, **kw)


def test_unions_import_new_update_and_sector_words(db, tmp_path):
    U.add_union(db, name="Công đoàn Phường Mễ Trì", code="CS010", sector="phuong_xa")
    path = make_book(tmp_path / "u.xlsx", [
        ["DANH SÁCH CĐCS"], [],
        ["TT", "Mã CĐCS", "Tên công đoàn cơ sở", "Khối", "Ngày thành lập", "Số lao động", "Địa chỉ"],
        [1, "CS010", "Công đoàn Phường Mễ Trì", "Phường, xã", "01/01/2000", 45, None],
        [2, None, "Công đoàn Công ty CP Sông Đà", "Khối DN ngoài nhà nước", "3/4/2015", "1.250", "Mỹ Đình"],
        [3, None, "Công đoàn Trường Mầm non Hoa Sen", "Mầm non", None, None, None],
        [4, None, "Công đoàn Xí nghiệp X", "Khối vũ trụ", None, "nhiều", None],
        [5, None, "Công đoàn Công ty CP Sông Đà", None, None, None, None],
    ])
    result = _run(db, path, "unions")
    assert (result.new, result.updated, result.errors) == (2, 1, 2)
    errors = {(p.row, p.column) for p in result.problems if p.level == "error"}
    assert errors == {(7, "Khối"), (7, "Số lao động"), (8, "Tên công đoàn cơ sở")}
    rows = {r[0]: r[1:] for r in db.execute("SELECT name, sector, is_state, workers, founded_on FROM unions")}
    assert rows["Công đoàn Phường Mễ Trì"] == ("phuong_xa", 1, 45, "2000-01-01")
    assert rows["Công đoàn Công ty CP Sông Đà"] == ("ngoai_nn", 0, 1250, "2015-04-03")
    assert rows["Công đoàn Trường Mầm non Hoa Sen"][0] == "giao_duc"
    again = _run(db, path, "unions")
    assert (again.new, again.updated, again.skipped) == (0, 0, 3)


def test_officers_import(db, tmp_path):
    u = U.add_union(db, name="Công đoàn Phường Mễ Trì", sector="phuong_xa")
    a = M.add_member(db, full_name="Lê Thị Hạnh", birth_date="1980-05-05", union_id=u, joined_on="2005-01-01")
    b = M.add_member(db, full_name="Phan Văn Quý", cccd="001075000999", union_id=u, joined_on="2005-01-01")
    path = make_book(tmp_path / "o.xlsx", [
        ["Họ và tên", "Ngày sinh", "CCCD", "Chức vụ", "Đơn vị", "Nhiệm kỳ", "Chuyên trách/Kiêm nhiệm"],
        ["Lê Thị Hạnh", "05/05/1980", None, "Chủ tịch", "Công đoàn Phường Mễ Trì", "2023-2028", "Kiêm nhiệm"],
        ["Phan Văn Quý", None, "001075000999", "Phó Chủ tịch CĐCS", None, "2023-2028", None],
        ["Người Lạ", "01/01/1970", None, "UV BCH", "Công đoàn Phường Mễ Trì", None, None],
        ["Lê Thị Hạnh", "05/05/1980", None, "Chủ tịch", "Công đoàn Phường Mễ Trì", "2023-2028", None],
    ])
    result = _run(db, path, "officers")
    assert (result.new, result.errors) == (2, 2)
    assert db.execute("SELECT member_id, role, union_id, term FROM officers ORDER BY member_id").fetchall() == [
        (a, "chair", u, "2023-2028"), (b, "vice_chair", u, "2023-2028")]
    reasons = {p.row: p.reason for p in result.problems if p.level == "error"}
    assert "not found among the members" in reasons[4]
    assert "the same role as row 2" in reasons[5]
    again = _run(db, path, "officers")
    assert again.new == 0 and again.skipped == 2


def test_enrolments_import(db, tmp_path):
    u = U.add_union(db, name="Công đoàn Phường Mễ Trì", sector="phuong_xa")
    a = M.add_member(db, full_name="Lê Thị Hạnh", birth_date="1980-05-05", union_id=u, joined_on="2005-01-01")
    course = T.add_course(db, title="Tập huấn kỹ năng thương lượng", starts_on="2025-05-10", sessions=2)
    path = make_book(tmp_path / "e.xlsx", [
        ["Họ và tên", "Ngày sinh", "CĐCS", "Số buổi tham dự", "Hoàn thành", "Số chứng nhận"],
        ["Lê Thị Hạnh", "05/05/1980", "Công đoàn Phường Mễ Trì", 2, "x", "GCN-01/2025"],
        ["Không Có", "01/01/1970", None, 5, None, None],
    ])
    result = _run(db, path, "enrolments", course_id=course)
    assert (result.new, result.errors) == (1, 1)
    assert db.execute("SELECT member_id, attended_sessions, completed, certificate_no FROM enrolments"
                      ).fetchall() == [(a, 2, 1, "GCN-01/2025")]
    assert any("only 2 sessions" in p.reason for p in result.problems)
    assert _run(db, path, "enrolments", course_id=course).new == 0
