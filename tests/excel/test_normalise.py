from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.errors import ValidationError
from desktop_app.core.excel import normalise as N
from desktop_app.core.excel.columns import fold_header, match_header


@pytest.mark.parametrize("raw, iso", [
    ("12/03/1985", "1985-03-12"), ("12-3-1985", "1985-03-12"), ("12.03.85", "1985-03-12"),
    ("2/1/2005", "2005-01-02"), (" 05/06/1990 00:00:00", "1990-06-05"), ("1990-06-05", "1990-06-05"),
    ("ngày 12 tháng 3 năm 1985", "1985-03-12"), (31118.0, "1985-03-12"), (31118, "1985-03-12"),
    (dt.date(1985, 3, 12), "1985-03-12"), (dt.datetime(1985, 3, 12, 7, 30), "1985-03-12"),
    (31118.75, "1985-03-12"),
])
def test_dates(raw, iso):
    assert N.date(raw, "birth_date") == iso


@pytest.mark.parametrize("raw", ["1985", 1985.0, "03/1985"])
def test_year_or_month_only_is_dropped_with_a_warning(raw):
    out = N.date(raw, "birth_date")
    assert isinstance(out, N.Notice) and out.value is None and "only" in out.warning


@pytest.mark.parametrize("raw, why", [("31/02/1980", "impossible"), ("hôm qua", "not a date"),
                                      ("13/13/2000", "impossible")])
def test_bad_dates(raw, why):
    with pytest.raises(ValidationError, match=why):
        N.date(raw, "birth_date")


def test_date_bounds():
    with pytest.raises(ValidationError, match="future"):
        N.date("01/01/2999", "joined_on", dt.date(1930, 1, 1), dt.date.today())
    with pytest.raises(ValidationError, match="before"):
        N.date("01/01/1850", "joined_on")


@pytest.mark.parametrize("raw, out", [
    ("001085012345", "001085012345"), (" 0010 8501 2345 ", "001085012345"), (1085012345.0, "001085012345"),
    (1085012345, "001085012345"), ("1085012345", "001085012345"), (79190001234.0, "079190001234"),
    ("1.085012345E+9", "001085012345"), ("'001085012345", "001085012345"),
])
def test_cccd_restored(raw, out):
    got = N.cccd(raw)
    assert (got.value if isinstance(got, N.Notice) else got) == out


@pytest.mark.parametrize("raw, why", [
    ("1.23457E+11", "scientific notation"), ("123456789", "old 9-digit CMND"), ("12345", "12 digits"),
    ("99085012345", "12 digits"), ("abc", "12 digits"), (1.5, "not an ID"),
])
def test_cccd_refused(raw, why):
    with pytest.raises(ValidationError, match=why):
        N.cccd(raw)


def test_cccd_zeros_checked_against_birth_year():
    assert N.cccd(1085012345, "1985-03-12").value == "001085012345"
    with pytest.raises(ValidationError, match="birth year"):
        N.cccd(1085012345, "1990-03-12")


@pytest.mark.parametrize("raw, out", [("0912345678", "0912345678"), ("+84 912 345 678", "0912345678"),
                                      ("84912345678", "0912345678"), (912345678.0, "0912345678"),
                                      ("0912.345.678", "0912345678"), ("", None)])
def test_phones(raw, out):
    assert N.phone(raw) == out


def test_sex_and_marks():
    assert [N.sex(x) for x in ("Nam", "NỮ", "nu", "F", " m ")] == ["M", "F", "F", "F", "M"]
    with pytest.raises(ValidationError):
        N.sex("x")
    assert [N.mark(x) for x in ("x", "X", "✓", 1.0, True, "", None, "không")] == \
        [True, True, True, True, True, False, False, False]


def test_text_cleaning():
    nfd = "Nguye\u0302\u0303n  Va\u0306n\tAn "
    assert N.text(nfd) == "Nguyễn Văn An"
    assert N.text(12.0) == "12"
    assert N.text("'=SUM(A1)") == "=SUM(A1)"
    assert N.text("   ") is None


def test_headers_any_case_any_accents():
    assert fold_header("Số CCCD/ CMND (*)") == "so cccd cmnd"
    for h in ("Họ và tên", "HỌ VÀ TÊN", "ho ten", "Họ tên", "HO VA TEN", "Họ và tên (ghi đầy đủ)"):
        assert match_header("members", h) == "full_name", h
    assert match_header("members", "Ngày tháng năm sinh") == "birth_date"
    assert match_header("members", "Giới tính") == "sex"
    assert match_header("members", "CMND") == "cccd"
    assert match_header("members", "Điện thoại") == "phone"
    assert match_header("members", "Đơn vị") == "union"
    assert match_header("members", "Ngày vào công đoàn") == "joined_on"
    assert match_header("members", "STT") is None


def test_file_errors_have_vietnamese_wording(tmp_path):
    from desktop_app.core.errors import UserError
    from desktop_app.core.excel.read import read_sheet
    from desktop_app.core.messages import Message, render

    bad = tmp_path / "x.xlsx"
    bad.write_text("hello")
    with pytest.raises(UserError) as e:
        read_sheet(bad)
    assert render(e.value, "vi") == "x.xlsx: không phải tệp Excel hay OpenDocument (hãy lưu lại thành .xlsx " \
        "trong Excel rồi thử lại)"
    too_long = UserError("excel.file_refused", file="b.xlsx",
                         problem=Message("excel.sheet_has_more_than_rows", name="'S'", max_rows="300,000"))
    assert str(too_long).startswith("b.xlsx: sheet 'S' has more than 300,000 rows")
    assert render(too_long, "vi").startswith("b.xlsx: trang tính 'S' có hơn 300,000 dòng")
