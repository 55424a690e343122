"""Old files the way officers still have them: .xls typed with .VnTime/.VnTimeH fonts,
the same saved again as .xlsx, a .csv with no fonts at all, a file where one column
was converted already and the others not; they import with the right names."""

from __future__ import annotations

import openpyxl
import pytest
import xlwt
from openpyxl.styles import Font

from desktop_app.cli.main import main
from desktop_app.core import legacy_text as L
from desktop_app.core.excel import importer as I
from desktop_app.core.excel.read import read_sheet
from desktop_app.core.records import unions as U
from desktop_app.core.storage.db import open_db

UNION = "Công đoàn Trường Tiểu học Phú Đô"
HEAD = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Công đoàn cơ sở", "Ghi chú"]
PEOPLE = [
    ["1", "Nguyễn Văn Đức", "12/05/1980", "Nam", UNION, "Tổ trưởng công đoàn"],
    ["2", "Trần Thị Hương", "01/02/1990", "Nữ", UNION, ""],
    ["3", "Lê Ánh", "03/04/1985", "Nữ", UNION, "Chuyển đến từ quận Đống Đa"],
    ["4", "Phạm Thị Ngọc Ước", "23/11/1979", "Nữ", UNION, ""],
    ["5", "Vũ Quốc Khánh", "30/06/1992", "Nam", UNION, "Đảng viên"],
]
NAMES = [p[1] for p in PEOPLE]


def _cells(encoding: str, header_upper: bool = True):
    """(title, headers, rows) as typed in the old encoding: headers in capitals with the
    .VnTimeH font for TCVN3."""
    upper = encoding == "tcvn3" and header_upper
    title = L.encode("Danh sách đoàn viên năm 2005", encoding, upper_font=upper)
    head = [L.encode(h, encoding, upper_font=upper) for h in HEAD]
    rows = [[L.encode(v, encoding) for v in p] for p in PEOPLE]
    return title, head, rows


def make_xls(path, font=".VnTime", upper_font=".VnTimeH", encoding="tcvn3"):
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Danh sach")
    body = xlwt.easyxf(f"font: name {font}")
    caps = xlwt.easyxf(f"font: name {upper_font}, bold on")
    title, head, rows = _cells(encoding)
    ws.write_merge(0, 0, 0, 5, title, caps)
    for c, h in enumerate(head):
        ws.write(2, c, h, caps)
    for r, row in enumerate(rows, start=3):
        for c, v in enumerate(row):
            ws.write(r, c, v, body)
    wb.save(str(path))
    return path


def make_xlsx(path, fonts=True, encoding="tcvn3", unicode_columns=()):
    wb = openpyxl.Workbook()
    ws = wb.active
    title, head, rows = _cells(encoding)
    ws.append([title])
    ws.append([])
    ws.append(head)
    for p, row in zip(PEOPLE, rows):
        ws.append([p[c] if c in unicode_columns else v for c, v in enumerate(row)])
    if fonts:
        for r, row in enumerate(ws.iter_rows(), start=1):
            for c, cell in enumerate(row):
                if c in unicode_columns and r > 3:
                    cell.font = Font(name="Times New Roman")
                else:
                    cell.font = Font(name=".VnTimeH" if r <= 3 else ".VnTime", bold=r <= 3)
    wb.save(path)
    return path


def make_csv(path, encoding="tcvn3", separator=","):
    title, head, rows = _cells(encoding, header_upper=False)
    lines = [title, "", separator.join(head)] + [separator.join(r) for r in rows]
    path.write_bytes("\r\n".join(lines).encode("cp1252", errors="strict") if False else
                     bytes(L.BYTE_OF_CHAR[c] for c in "\r\n".join(lines)))
    return path


@pytest.fixture
def union_db(db):
    U.add_union(db, name=UNION, code="CS001", sector="giao_duc", founded_on="2001-09-01")
    return db


def _imported_names(db):
    return sorted(r[0] for r in db.execute("SELECT full_name FROM members"))


def _import(db, path):
    source = I.open_source(path, "members")
    result = I.import_file(db, source, dry_run=False, backup=False)
    assert result.errors == 0, result.problems
    return source, result


def test_xls_with_vntime_fonts(union_db, tmp_path):
    source, result = _import(union_db, make_xls(tmp_path / "ds.xls"))
    assert result.new == 5
    assert _imported_names(union_db) == sorted(NAMES)
    by_col = {f.column: f for f in source.legacy}
    assert by_col[1].label == "TCVN3 (.VnTime)" and by_col[1].encoding == "tcvn3"
    assert source.headers[1] == "HỌ VÀ TÊN"   # .VnTimeH: the header is in capitals
    assert by_col[1].sample(3) == ("NguyÔn V¨n §øc", "Nguyễn Văn Đức")
    note = union_db.execute("SELECT note FROM members WHERE full_name = 'Nguyễn Văn Đức'").fetchone()
    assert note is None or note[0] in (None, "Tổ trưởng công đoàn")


def test_the_same_saved_as_xlsx_with_fonts(union_db, tmp_path):
    source, result = _import(union_db, make_xlsx(tmp_path / "ds.xlsx"))
    assert result.new == 5 and _imported_names(union_db) == sorted(NAMES)
    assert {f.font for f in source.legacy} >= {".VnTime"}


def test_xlsx_that_lost_its_fonts_and_a_csv_without_fonts(union_db, tmp_path):
    source, result = _import(union_db, make_xlsx(tmp_path / "ds.xlsx", fonts=False))
    assert _imported_names(union_db) == sorted(NAMES)
    assert all(f.font is None and f.label == "TCVN3" for f in source.legacy)
    union_db.execute("DELETE FROM memberships")
    union_db.execute("DELETE FROM members")
    source, result = _import(union_db, make_csv(tmp_path / "ds.csv", separator=";"))
    assert result.new == 5 and _imported_names(union_db) == sorted(NAMES)


@pytest.mark.parametrize("encoding", ["vni", "viscii", "vps", "cp1258"])
def test_other_encodings_without_fonts(union_db, tmp_path, encoding):
    path = make_xlsx(tmp_path / f"{encoding}.xlsx", fonts=False, encoding=encoding)
    source, result = _import(union_db, path)
    assert _imported_names(union_db) == sorted(NAMES)
    assert {f.encoding for f in source.legacy} == {encoding}


def test_vni_font_in_xls(union_db, tmp_path):
    path = make_xls(tmp_path / "vni.xls", font="VNI-Times", upper_font="VNI-Times", encoding="vni")
    source, result = _import(union_db, path)
    assert _imported_names(union_db) == sorted(NAMES)
    assert source.legacy[0].label == "VNI (VNI-Times)"


def test_mixed_file_converts_column_by_column(union_db, tmp_path):
    # names were retyped in Unicode already; the rest is still TCVN3
    path = make_xlsx(tmp_path / "mixed.xlsx", fonts=False, unicode_columns=(1,))
    original = read_sheet(path).rows
    source, result = _import(union_db, path)
    assert _imported_names(union_db) == sorted(NAMES)
    assert 1 not in {f.column for f in source.legacy if any(r > 2 for r in f.cells)}
    assert [r[1] for r in source.sheet.rows[3:]] == [r[1] for r in original[3:]]  # untouched
    assert {4, 5} <= {f.column for f in source.legacy}


def test_unicode_file_is_left_alone(union_db, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEAD)
    for p in PEOPLE:
        ws.append(p)
    wb.save(tmp_path / "u.xlsx")
    source = I.open_source(tmp_path / "u.xlsx", "members")
    assert source.legacy == [] and source.sheet is source.original


def test_switching_a_column_off(union_db, tmp_path):
    source = I.open_source(make_xls(tmp_path / "ds.xls"), "members")
    source.set_conversion(5, False)
    assert source.sheet.rows[3][5] == L.encode("Tổ trưởng công đoàn", "tcvn3")
    assert source.sheet.rows[3][1] == "Nguyễn Văn Đức"
    assert "left as it is" in [line for line in source.legacy_lines() if "GHI CHÚ" in line][0]
    source.set_conversion(5, True)
    assert source.sheet.rows[3][5] == "Tổ trưởng công đoàn"


def test_cli_dry_run_shows_the_conversion_and_search_finds_the_member(db_path, tmp_path, capsys):
    db = open_db(db_path)
    U.add_union(db, name=UNION, code="CS001", sector="giao_duc", founded_on="2001-09-01")
    db.close()
    path = make_xls(tmp_path / "ds.xls")
    assert main(["import", "members", str(path), "--db", str(db_path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert ("Old font TCVN3 (.VnTime) found in column HỌ VÀ TÊN — converted to Unicode: "
            "“NguyÔn V¨n §øc” → “Nguyễn Văn Đức”") in out
    assert main(["import", "members", str(path), "--db", str(db_path), "--no-convert", "ghi chu"]) == 0
    out = capsys.readouterr().out
    assert "column GHI CHÚ — left as it is" in out and "new 5" in out
    assert main(["search", "nguyen van duc", "--db", str(db_path)]) == 0
    assert "Nguyễn Văn Đức" in capsys.readouterr().out
    assert main(["import", "members", str(path), "--db", str(db_path), "--no-convert", "Z"]) == 1
    assert "no old-font text was found in column Z" in capsys.readouterr().err


def test_unions_from_a_tcvn3_file(db, tmp_path):
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("CDCS")
    f = xlwt.easyxf("font: name .VnArial")
    for c, h in enumerate(["Tên công đoàn cơ sở", "Mã CĐCS", "Địa chỉ", "Khối"]):
        ws.write(0, c, L.encode(h, "tcvn3"), f)
    rows = [["Công đoàn Công ty Cổ phần Sông Hồng", "CS010", "Số 5 phố Trần Hữu Dực", "Doanh nghiệp ngoài nhà nước"],
            ["Công đoàn Trường Mầm non Hoa Sữa", "CS011", "Phường Mỹ Đình 1", "Giáo dục"]]
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row):
            ws.write(r, c, L.encode(v, "tcvn3"), f)
    wb.save(str(tmp_path / "cdcs.xls"))
    source = I.open_source(tmp_path / "cdcs.xls", "unions")
    result = I.import_file(db, source, dry_run=False, backup=False)
    assert result.new == 2, result.problems
    names = sorted(r[0] for r in db.execute("SELECT name FROM unions"))
    assert names == sorted(r[0] for r in rows)


def test_convert_text_command(tmp_path, capsys):
    xls = make_xls(tmp_path / "ds.xls")
    out = tmp_path / "ds-unicode.xlsx"
    assert main(["convert-text", str(xls), "-o", str(out)]) == 0
    assert "Old font TCVN3 (.VnTime) found in column B" in capsys.readouterr().out
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    assert ws["B4"].value == "Nguyễn Văn Đức" and ws["B4"].font.name == "Times New Roman"
    assert ws["B3"].value == "HỌ VÀ TÊN" and ws["B3"].font.b
    assert "A1:F1" in {str(m) for m in ws.merged_cells.ranges}
    # .xlsx keeps its formatting; fonts become Unicode ones
    xlsx = make_xlsx(tmp_path / "ds.xlsx")
    assert main(["convert-text", str(xlsx), "-o", str(tmp_path / "x.xlsx")]) == 0
    ws = openpyxl.load_workbook(tmp_path / "x.xlsx").active
    assert ws["B5"].value == "Trần Thị Hương" and ws["B5"].font.name == "Times New Roman" and ws["B3"].font.b
    # .csv to .csv: UTF-8 with BOM, CRLF
    csv_in = make_csv(tmp_path / "ds.csv")
    assert main(["convert-text", str(csv_in), "-o", str(tmp_path / "u.csv")]) == 0
    data = (tmp_path / "u.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    assert "Nguyễn Văn Đức" in data.decode("utf-8-sig")
    capsys.readouterr()
    assert main(["convert-text", str(csv_in), "-o", str(csv_in)]) == 1
    assert main(["convert-text", str(csv_in), "-o", str(tmp_path / "x.doc")]) == 1


def _legacy_csv(path, rows, encoding="tcvn3"):
    text = "\r\n".join(";".join(L.encode(v, encoding) for v in row) for row in rows)
    path.write_bytes(bytes(L.BYTE_OF_CHAR[c] for c in text))
    return path


def test_officers_and_enrolments_from_old_files(db, tmp_path):
    from desktop_app.core.records import members as M
    from desktop_app.core.records import training as T

    u = U.add_union(db, name="Công đoàn Phường Mễ Trì", sector="phuong_xa")
    a = M.add_member(db, full_name="Lê Thị Hạnh", birth_date="1980-05-05", union_id=u, joined_on="2005-01-01")
    officers = _legacy_csv(tmp_path / "cb.csv", [
        ["Họ và tên", "Ngày sinh", "Chức vụ", "Đơn vị", "Nhiệm kỳ"],
        ["Lê Thị Hạnh", "05/05/1980", "Chủ tịch", "Công đoàn Phường Mễ Trì", "2023-2028"]])
    source = I.open_source(officers, "officers")
    result = I.import_file(db, source, dry_run=False, backup=False)
    assert (result.new, result.errors) == (1, 0), result.problems
    assert db.execute("SELECT member_id, role FROM officers").fetchall() == [(a, "chair")]
    course = T.add_course(db, title="Tập huấn kỹ năng thương lượng", starts_on="2025-05-10", sessions=2)
    enrolments = _legacy_csv(tmp_path / "hv.csv", [
        ["Họ và tên", "Ngày sinh", "CĐCS", "Số buổi tham dự"],
        ["Lê Thị Hạnh", "05/05/1980", "Công đoàn Phường Mễ Trì", "2"]], encoding="vni")
    source = I.open_source(enrolments, "enrolments")
    assert {f.encoding for f in source.legacy} == {"vni"}
    result = I.import_file(db, source, dry_run=False, backup=False, course_id=course)
    assert (result.new, result.errors) == (1, 0), result.problems
