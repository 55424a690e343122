import datetime as dt
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.errors import ValidationError
from desktop_app.core.text import (
    clean,
    fold,
    mask_cccd,
    normalise_cccd,
    normalise_phone,
    parse_date,
    title_name,
    vn_number,
)


def test_fold_removes_marks_and_folds_d_stroke():
    assert fold("Nguyễn Văn Đức") == "nguyen van duc"
    assert fold("ĐẶNG THỊ ĐÀO") == "dang thi dao"
    assert fold("  Lê   Thị  ") == "le thi"


def test_fold_same_for_nfd_and_nfc():
    name = "Trịnh Thị Thu Hà Đức"
    assert fold(unicodedata.normalize("NFD", name)) == fold(name) == "trinh thi thu ha duc"


def test_clean_normalises_to_nfc_and_collapses_spaces():
    nfd = unicodedata.normalize("NFD", " Phạm   Bá\tVĩnh ")
    assert clean(nfd) == "Phạm Bá Vĩnh"
    assert unicodedata.is_normalized("NFC", clean(nfd))


def test_title_name():
    assert title_name("nguyễn thị  ĐÀO") == "Nguyễn Thị Đào"


@pytest.mark.parametrize("raw, expected", [
    ("001185000123", "001185000123"),
    ("001 185 000 123", "001185000123"),
    ("", None), (None, None),
])
def test_cccd_valid(raw, expected):
    assert normalise_cccd(raw) == expected


@pytest.mark.parametrize("raw", ["12345", "0011850001234", "00118500012A", "1.23E+11"])
def test_cccd_invalid(raw):
    with pytest.raises(ValidationError) as e:
        normalise_cccd(raw)
    assert e.value.field == "cccd"


@pytest.mark.parametrize("raw, expected", [
    ("0912345678", "0912345678"), ("+84 912 345 678", "0912345678"), ("84912345678", "0912345678"),
    ("912345678", "0912345678"), ("024.3765.4321", "02437654321"), ("", None),
])
def test_phone(raw, expected):
    assert normalise_phone(raw) == expected


@pytest.mark.parametrize("raw", ["12345", "abc", "0912"])
def test_phone_invalid(raw):
    with pytest.raises(ValidationError):
        normalise_phone(raw)


@pytest.mark.parametrize("raw, expected", [
    ("12/03/1985", dt.date(1985, 3, 12)), ("12-3-1985", dt.date(1985, 3, 12)),
    ("12.03.85", dt.date(1985, 3, 12)), ("1985-03-12", dt.date(1985, 3, 12)),
    (31118, dt.date(1985, 3, 12)), (31118.0, dt.date(1985, 3, 12)),
    (dt.datetime(1985, 3, 12, 0, 0), dt.date(1985, 3, 12)), ("", None), (None, None),
    ("1/1/05", dt.date(2005, 1, 1)),
])
def test_parse_date_common_forms(raw, expected):
    assert parse_date(raw) == expected


@pytest.mark.parametrize("raw", ["31/02/2020", "2020-13-01", "hôm qua", "12/03", 31118.5])
def test_parse_date_rejects_impossible(raw):
    with pytest.raises(ValidationError):
        parse_date(raw)


def test_vn_number_and_mask():
    assert vn_number(1234567) == "1.234.567"
    assert vn_number(0) == "0"
    assert mask_cccd("001185000123") == "001******123"


@given(st.text())
def test_fold_is_idempotent_and_ascii_for_vietnamese(text):
    once = fold(text)
    assert fold(once) == once
    assert "đ" not in once and "Đ" not in once
