"""Workbooks made the way officers make them: title rows, merged headers, mixed
date forms, NFD names, ID numbers typed as numbers, duplicates and blank rows."""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from pathlib import Path

# SQLCipher's connection has no iterdump; the standard library's dump works over any DB-API connection
from sqlite3.dump import _iterdump

import pytest
from openpyxl import Workbook

from desktop_app.core.records import unions as U


def make_book(path: Path, rows: list[list], merges: tuple[str, ...] = (), sheet: str = "Sheet1",
              extra_sheets: dict[str, list[list]] | None = None) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for r in rows:
        ws.append(r)
    for m in merges:
        ws.merge_cells(m)
    for name, rs in (extra_sheets or {}).items():
        w2 = wb.create_sheet(name)
        for r in rs:
            w2.append(r)
    wb.save(path)
    return path


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def db_hash(db) -> str:
    h = hashlib.sha256()
    for line in _iterdump(db.conn):
        h.update(line.encode())
    return h.hexdigest()


@pytest.fixture
def two_unions(db):
    a = U.add_union(db, name="Công đoàn Trường Tiểu học Phú Đô", code="CS001", sector="giao_duc",
                    founded_on="2001-09-01")
    b = U.add_union(db, name="Công đoàn Công ty TNHH May Thăng Long", code="CS002", sector="ngoai_nn",
                    founded_on="2005-03-15")
    return a, b


TITLE = ["LIÊN ĐOÀN LAO ĐỘNG QUẬN NAM TỪ LIÊM"]
TODAY = dt.date.today()


@pytest.fixture
def messy_members(tmp_path) -> Path:
    return build_messy_members(tmp_path)


def build_messy_members(tmp_path: Path) -> Path:
    """The members list an officer typed: two title rows, a merged group header
    "Giới tính" over "Nam" | "Nữ" columns, a numbering row, then data rows 7.."""
    rows = [
        TITLE,                                                             # 1
        ["DANH SÁCH ĐOÀN VIÊN CÔNG ĐOÀN CƠ SỞ NĂM 2025"],                   # 2
        [],                                                                # 3
        ["STT", "HO VA TEN", "Ngày sinh", "Giới tính", None, "Số CCCD/CMND", "SĐT",
         "Tên CĐCS", "Ngày vào CĐ", "Ghi chú"],                            # 4
        [None, None, None, "Nam", "Nữ", None, None, None, None, None],    # 5
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],                                   # 6 numbering row
        [1, nfd("  Nguyễn   Văn An "), "12/03/1985", "x", None, 1085012345, "912345678",
         "Công đoàn Trường Tiểu học Phú Đô", "01-09-2010", None],            # 7: lost zeros, phone
        [2, "trần thị bình", dt.date(1990, 7, 20), None, "x", "079190001234", "+84 98 765 4321",
         "CĐCS Công ty TNHH May Thăng Long", 40000, "- nghỉ thai sản"],                 # 8: real date, serial
        [3, "Lê Văn Cường", "5.6.88", "X", None, "1.23457E+11", None,
         "Công đoàn Trường Tiểu học Phú Đô", "15/8/2012", None],             # 9: sci notation -> error
        [],                                                                # 10 blank
        [4, "Phạm Thị Dung", "31/02/1980", None, "x", None, None,
         "Công đoàn Trường Tiểu học Phú Đô", None, None],                    # 11: impossible date
        [5, "Hoàng Văn Em", "1979", "x", None, "001079000111", "0243 8765 432",
         "Công đoàn Trường Tiểu Học Phu Do", "2015-05-05", None],             # 12: year only (warning)
        [6, "Nguyễn Văn An", "12/03/1985", "x", None, "001085012345", None,
         "Công đoàn Trường Tiểu học Phú Đô", None, None],                    # 13: duplicate of row 7
        [7, "Vũ Thị Giang", "20/10/1992", None, "x", "001192004567", "12345",
         "Công đoàn Bệnh viện Đa khoa", "01/01/2020", None],                 # 14: bad phone, unknown union
        [8, "Đỗ Văn Hùng", "01/01/1970", "x", "x", None, None, None, None, None],  # 15: both ticked
        [9, "Bùi Thị Lan", "14/02/1995", None, "x", None, None,
         "Công đoàn Trường Tiểu học Phú Đô", "10/10/2030", None],            # 16: joined in the future
        [10, None, "01/01/1990", "x", None, None, None, None, None, "no name"],  # 17: no name
    ]
    return make_book(tmp_path / "ds_doan_vien.xlsx", rows, merges=("A1:J1", "A2:J2", "D4:E4"))
