"""Reports are built once per session from a private copy of the district demo."""

from __future__ import annotations

import re
import shutil
import sqlite3
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.core.storage.db import open_db


def pdf_text(path: Path) -> list[str]:
    """Each page's text, NFC, with runs of whitespace made one space."""
    pages = []
    for page in PdfReader(str(path)).pages:
        t = unicodedata.normalize("NFC", page.extract_text() or "")
        pages.append(re.sub(r"\s+", " ", t))
    return pages


@pytest.fixture(scope="session")
def rdb_path(_district_template, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("reports") / "district.sqlite3"
    src, dst = sqlite3.connect(_district_template), sqlite3.connect(path)
    src.backup(dst)
    src.close()
    dst.close()
    return path


@pytest.fixture(scope="session")
def rdb(rdb_path):
    db = open_db(rdb_path)
    yield db
    db.close()


@pytest.fixture(scope="session")
def forum_id(rdb) -> int:
    return rdb.execute("SELECT id FROM events WHERE title LIKE 'Tọa đàm Thực trạng và giải pháp%'").fetchone()[0]


@pytest.fixture(scope="session")
def course_id(rdb) -> int:
    """The course with the most completed participants."""
    return rdb.execute("""SELECT course_id FROM enrolments WHERE completed = 1 GROUP BY course_id
                          ORDER BY count(*) DESC, course_id LIMIT 1""").fetchone()[0]


@pytest.fixture(scope="session")
def out_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("pdf")


@pytest.fixture(scope="session")
def pdftools() -> bool:
    return shutil.which("pdffonts") is not None
