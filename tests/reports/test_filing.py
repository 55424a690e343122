"""Every kind of document read as the officer who files it (``pdftotext -layout``): the
issuing body and ký hiệu from the settings, no page of signatures alone, one chair's name
across the year's papers, nothing unknown printed as 0, totals that agree."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
import subprocess
import unicodedata
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.core import reports, stats
from desktop_app.core.errors import ValidationError
from desktop_app.core.records import doc_numbers
from desktop_app.core.records.bodies import header_lines, own_body, set_own_body
from desktop_app.core.reports import annual_texts
from desktop_app.core.reports.annual import year_figures
from desktop_app.core.reports.template import body_chair
from desktop_app.core.storage import sqlite_driver
from desktop_app.core.storage.db import open_db

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")

NAME, SYMBOL = "Công đoàn phường Xuân Phương", "CĐXP"
# Lines that belong to a signature block (titles, notes, recipients), never content.
SIGNATURE_WORDS = re.compile(
    r"^(THƯ KÝ( ĐẠI HỘI)?|CHỦ TRÌ( BUỔI LỄ)?|TRƯỞNG BAN TỔ CHỨC|TRƯỞNG ĐOÀN|NGƯỜI GHI BIÊN BẢN|NGƯỜI LẬP BIỂU|"
    r"NGƯỜI LẬP DANH SÁCH|TM\. BAN (THƯỜNG VỤ|CHẤP HÀNH)|KT\. CHỦ TỊCH|CHỦ TỊCH|PHÓ CHỦ TỊCH|"
    r"\(Ký, ghi rõ họ tên\)|Nơi nhận:|\d+)$")
ZERO_CLAUSE = re.compile(r"(?<![\d.,/])0 (công nhân|công đoàn cơ sở|đoàn viên|chủ tịch|nữ|lượt|cán bộ|đơn vị|"
                         r"học viên|đại biểu|người)")


def layout_pages(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True).stdout
    text = unicodedata.normalize("NFC", out.decode("utf-8"))
    return [p for p in text.split("\f") if p.strip()]


def signature_only(page: str, names: set[str]) -> bool:
    """True when every line of the page is part of a signature block (titles, names, and
    the "- …;" lines under "Nơi nhận:")."""
    recipients = False
    for line in page.splitlines():
        for cell in re.split(r"\s{2,}", line.strip()):
            recipients = recipients or cell == "Nơi nhận:"
            if recipients and re.match(r"^- .*[;.]$", cell):
                continue
            if cell and not SIGNATURE_WORDS.match(cell) and cell not in names:
                return False
    return True


def left_column(page: str) -> str:
    """The header's left column (parent body, issuing body, number) as one line."""
    cells = [re.split(r"\s{2,}", line.strip())[0] for line in page.splitlines()[:6] if line.strip()]
    return " ".join(cells)


@pytest.fixture(scope="module")
def filed(_district_template, tmp_path_factory):
    """The district demo after the settings were changed with the command line, and
    every kind of document made from it."""
    folder = tmp_path_factory.mktemp("filing")
    path = folder / "demo.sqlite3"
    src, dst = sqlite3.connect(_district_template), sqlite3.connect(path)
    src.backup(dst)
    src.close()
    dst.close()
    assert main(["--db", str(path), "setup", "body", "--name", NAME, "--symbol", SYMBOL]) == 0
    db = open_db(path)
    # Some unions never reported their workers: the lists must not print 0 for them.
    db.execute("UPDATE unions SET workers = 40 + id WHERE id % 3 = 0")
    db.conn.commit()
    today = dt.date.today()
    event = db.execute("""SELECT id FROM events WHERE body_id = ? AND kind = 'conference'
                          ORDER BY starts_at DESC LIMIT 1""", [own_body(db)["id"]]).fetchone()[0]
    festival = db.execute("""SELECT id FROM events WHERE body_id = ? AND kind = 'health_festival'
                             ORDER BY starts_at DESC LIMIT 1""", [own_body(db)["id"]]).fetchone()[0]
    visit = db.execute("SELECT id FROM events WHERE kind = 'visit' ORDER BY starts_at DESC LIMIT 1").fetchone()[0]
    old = db.execute("SELECT id FROM events WHERE starts_at < '2025-07-01' ORDER BY starts_at LIMIT 1").fetchone()[0]
    course = db.execute("""SELECT c.id FROM courses c JOIN enrolments e ON e.course_id = c.id AND e.completed = 1
                           WHERE c.body_id = ? GROUP BY c.id ORDER BY count(*) DESC LIMIT 1""",
                        [own_body(db)["id"]]).fetchone()[0]
    union = db.execute("""SELECT union_id FROM members WHERE status = 'active' GROUP BY union_id
                          ORDER BY count(*) DESC LIMIT 1""").fetchone()[0]
    year = today.year - 1
    # Numbers already given keep their ký hiệu; a paper numbered now takes the new one.
    db.execute("UPDATE events SET doc_number = NULL WHERE id = ?", [event])
    db.conn.commit()
    docs = {
        "minutes": reports.minutes_pdf(db, event, folder / "minutes.pdf", number="auto"),
        "minutes_festival": reports.minutes_pdf(db, festival, folder / "festival.pdf"),
        "minutes_visit": reports.minutes_pdf(db, visit, folder / "visit.pdf"),
        "minutes_before_handover": reports.minutes_pdf(db, old, folder / "old.pdf"),
        "participants": reports.participants_pdf(db, event, folder / "participants.pdf"),
        "annual": reports.annual_pdf(db, year, folder / "annual.pdf", number="auto"),
        "unions": reports.unions_pdf(db, folder / "unions.pdf"),
        "members": reports.members_pdf(db, union, folder / "members.pdf"),
        "officers": reports.officers_pdf(db, folder / "officers.pdf"),
        "union_officers": reports.officers_pdf(db, folder / "union_officers.pdf", union_id=union),
        "course": reports.course_pdf(db, course, folder / "course.pdf"),
        "certificates": reports.certificates_pdf(db, course, folder / "certificates.pdf"),
    }
    names = {r[0] for r in db.execute(
        "SELECT DISTINCT m.full_name FROM officers o JOIN members m ON m.id = o.member_id")}
    names |= {r[0] for r in db.execute("SELECT DISTINCT name FROM event_people")}
    pages = {k: layout_pages(v) for k, v in docs.items()}
    yield dict(db=db, docs=docs, pages=pages, names=names, event=event, year=year, festival=festival)
    db.close()


def test_the_issuing_body_and_symbol_come_from_the_settings(filed):
    pages = filed["pages"]
    assert header_lines(filed["db"]) == ("LIÊN ĐOÀN LAO ĐỘNG TP HÀ NỘI", NAME.upper())
    for kind, doc in pages.items():
        if kind == "minutes_before_handover":
            continue
        assert f"LIÊN ĐOÀN LAO ĐỘNG TP HÀ NỘI {NAME.upper()}" in left_column(doc[0]), kind
        assert "NAM TỪ LIÊM" not in left_column(doc[0]), kind
    assert re.search(rf"Số: \d\d/BB-{SYMBOL}", left_column(pages["minutes"][0]))
    assert f"Số: 01/BC-{SYMBOL}" in left_column(pages["annual"][0])  # from the register
    # A paper of the district federation, before the 2025 handover, keeps its header.
    assert "LĐLĐ QUẬN NAM TỪ LIÊM" in left_column(pages["minutes_before_handover"][0])
    assert re.search(r"Số: \d\d/BB-LĐLĐ", left_column(pages["minutes_before_handover"][0]))


def test_no_page_holds_only_signatures(filed):
    for kind, doc in filed["pages"].items():
        for k, page in enumerate(doc):
            assert not signature_only(page, filed["names"]), f"{kind}, page {k + 1}"


@pytest.mark.parametrize("size", range(14, 34))
def test_lists_of_every_length_keep_rows_with_the_signatures(filed, tmp_path, size):
    """Landscape members lists of 14-33 rows cross the page end at every point."""
    db = filed["db"]
    union = db.execute("""SELECT union_id FROM members WHERE status = 'active' GROUP BY union_id
                          HAVING count(*) >= ? ORDER BY count(*) LIMIT 1""", [size]).fetchone()[0]
    ids = [r[0] for r in db.execute("SELECT id FROM members WHERE union_id = ? AND status = 'active' "
                                    "ORDER BY name_folded, birth_date, id", [union])]
    db.execute("SAVEPOINT sizes")
    try:
        for mid in ids[size:]:
            db.execute("UPDATE members SET status = 'left' WHERE id = ?", [mid])
        path = reports.members_pdf(db, union, tmp_path / "m.pdf")
    finally:
        db.execute("ROLLBACK TO sizes")
        db.execute("RELEASE sizes")
    for page in layout_pages(path):
        assert not signature_only(page, filed["names"])
        assert page.count("Họ và tên") == 1  # one header row per page: no table cut twice on a page


def test_one_chair_across_minutes_report_and_officers_list(filed):
    db = filed["db"]
    chair = body_chair(db)
    assert chair and chair == body_chair(db, dt.date(filed["year"], 12, 31))
    minutes = "\n".join(filed["pages"]["minutes"])
    assert f"Đồng chí {chair} – Chủ tịch" in re.sub(r"\s+", " ", minutes)
    assert minutes.rstrip().splitlines()[-1].strip().endswith(chair)
    assert filed["pages"]["annual"][-1].rstrip().splitlines()[-1].strip() == chair
    assert filed["pages"]["officers"][-1].rstrip().splitlines()[-1].strip().endswith(chair)
    officers = "\n".join(filed["pages"]["officers"])
    assert re.search(rf"{re.escape(chair)}\s+Nữ\s+\S+\s+Chủ tịch", officers)
    # Lists issued by the body are signed for it, not by the grassroots union's chair.
    assert filed["pages"]["members"][-1].rstrip().splitlines()[-1].strip().endswith(chair)


def test_nothing_unknown_or_zero_is_printed_as_a_figure(filed):
    for kind, doc in filed["pages"].items():
        text = re.sub(r"\s+", " ", " ".join(doc))
        assert not ZERO_CLAUSE.search(text), (kind, ZERO_CLAUSE.search(text))
    unions = re.sub(r"\s+", " ", " ".join(filed["pages"]["unions"]))
    assert "công đoàn cơ sở đã báo cáo số công nhân, viên chức, lao động" in unions


def test_totals_agree(filed):
    db = filed["db"]
    minutes = re.sub(r"\s+", " ", " ".join(filed["pages"]["minutes"]))
    participants = re.sub(r"\s+", " ", " ".join(filed["pages"]["participants"]))
    present, expected = map(int, re.search(r"có mặt (\d+)/(\d+) đại biểu", minutes, re.I).groups())
    units, total = re.search(r"Cộng: (\d+) đơn vị (\d+)", participants).groups()
    assert int(total) == present
    assert f"{units} công đoàn cơ sở" in minutes
    # The annual report and the overview take their figures from one computation.
    year = filed["year"]
    f, s = year_figures(db, year), stats.year_summary(db, year)
    assert (f["members_joined"], f["members_transferred_in"], f["members_lost"], f["members_moved"]) == \
        (s["members_joined"], s["members_transferred_in"], s["members_left"], s["members_moved"])
    annual = re.sub(r"\s+", " ", " ".join(filed["pages"]["annual"]))
    assert f"kết nạp {f['members_joined']:,} đoàn viên mới".replace(",", ".") in annual
    assert f"số đoàn viên là {f['members_end']:,}".replace(",", ".") in annual
    festival = re.sub(r"\s+", " ", " ".join(filed["pages"]["minutes_festival"]))
    assert "đại biểu" not in festival and "vận động viên" in festival
    for prize in ("Giải Nhất", "Giải Nhì", "Giải Ba"):
        assert prize in festival
    visit = re.sub(r"\s+", " ", " ".join(filed["pages"]["minutes_visit"]))
    assert "TRƯỞNG ĐOÀN" in visit and "đề dẫn" not in visit and "đại biểu" not in visit


def test_opening_time_and_dates_of_past_events(filed):
    db = filed["db"]
    first = db.execute("SELECT at_time FROM event_items WHERE event_id = ? ORDER BY sort LIMIT 1",
                       [filed["event"]]).fetchone()[0]
    h, m = map(int, first.split(":"))
    minutes = re.sub(r"\s+", " ", filed["pages"]["minutes"][0])
    assert f"vào hồi {h} giờ" + (f" {m:02d}" if m else "") in minutes
    day = dt.date.fromisoformat(db.execute("SELECT substr(starts_at, 1, 10) FROM events WHERE id = ?",
                                           [filed["event"]]).fetchone()[0])
    dated = f"ngày {day.day:02d}" if day.day < 10 else f"ngày {day.day}"
    assert dated in filed["pages"]["participants"][0]


def test_annual_report_reads_as_a_summary_report(filed):
    annual = re.sub(r"\s+", " ", " ".join(filed["pages"]["annual"]))
    year = filed["year"]
    for part in ("Phần thứ nhất", "VI. ĐÁNH GIÁ CHUNG", "1. Ưu điểm", f"PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM {year + 1}",
                 "trong đó", "nữ", "Kết quả đánh giá, xếp loại công đoàn cơ sở", "Nơi nhận:", "- Lưu: VT."):
        assert part in annual, part
    assert re.search(r"\d+(,\d)?% \(chỉ tiêu 100%\) – (chưa )?đạt", annual)


def test_written_sections_are_kept_per_year_and_printed(filed, tmp_path):
    db, year = filed["db"], filed["year"]
    annual_texts.save(db, year, {"proposals": "Đề nghị cấp trên hỗ trợ kinh phí tập huấn.", "weaknesses": ""})
    try:
        assert annual_texts.stored(db, year)["proposals"].startswith("Đề nghị")
        text = re.sub(r"\s+", " ", " ".join(layout_pages(reports.annual_pdf(db, year, tmp_path / "a.pdf"))))
        assert "KIẾN NGHỊ, ĐỀ XUẤT" in text and "Đề nghị cấp trên hỗ trợ kinh phí tập huấn." in text
        assert "Hạn chế" not in text  # cleared by the user: left out
        with pytest.raises(ValidationError):
            annual_texts.save(db, year, {"nonsense": "x"})
    finally:
        db.execute("DELETE FROM report_texts")


def test_document_numbers_are_given_once(db):
    set_own_body(db, name="Công đoàn phường Tây Mỗ", kind="ward")
    assert doc_numbers.proposed(db, "BB", 2026) == "01/BB-CĐP"
    assert doc_numbers.take(db, "BB", 2026, title="a") == "01/BB-CĐP"
    assert doc_numbers.take(db, "BB", 2026, title="b") == "02/BB-CĐP"
    assert doc_numbers.take(db, "BC", 2026) == "01/BC-CĐP"
    with pytest.raises(ValidationError, match="already given"):
        doc_numbers.take(db, "BB", 2026, number=2)
    with pytest.raises(sqlite_driver.IntegrityError):   # the program's SQLite library (SQLCipher)
        db.execute("DELETE FROM doc_numbers WHERE number = 2")
    assert doc_numbers.next_number(db, "BB", 2026) == 3 and doc_numbers.next_number(db, "BB", 2027) == 1


def test_renaming_the_body_proposes_short_name_and_symbol(db, tmp_path, capsys):
    path = tmp_path / "s.sqlite3"
    d = open_db(path)
    set_own_body(d, name="Liên đoàn Lao động quận Nam Từ Liêm", kind="district", short_name="LĐLĐ quận Nam Từ Liêm",
                 parent_name="Liên đoàn Lao động thành phố Hà Nội", doc_code="LĐLĐ")
    d.close()
    assert main(["--db", str(path), "setup", "body", "--name", "Công đoàn phường Từ Liêm", "--kind", "ward"]) == 0
    assert "ký hiệu: CĐP" in capsys.readouterr().out
    d = open_db(path)
    try:
        assert header_lines(d)[1] == "CÔNG ĐOÀN PHƯỜNG TỪ LIÊM" and own_body(d)["doc_code"] == "CĐP"
    finally:
        d.close()
    assert main(["--db", str(path), "setup", "body", "--short-name", "CĐ phường Từ Liêm", "--symbol", "CĐPTL"]) == 0
    d = open_db(path)
    try:
        assert own_body(d)["short_name"] == "CĐ phường Từ Liêm" and own_body(d)["doc_code"] == "CĐPTL"
    finally:
        d.close()


def test_event_chairs_are_linked_to_the_officers_register(db):
    from desktop_app.core.records import events, members, officers, unions
    body = set_own_body(db, name="Công đoàn phường Tây Mỗ", kind="ward")
    union = unions.add_union(db, name="Công đoàn Trường Mầm non Tây Mỗ", sector="giao_duc")
    chair = members.add_member(db, full_name="Lê Thị Hạnh", sex="F", union_id=union, joined_on="2010-01-01")
    officers.add_officer(db, member_id=chair, role="chair", body_id=body, term_start="2025-07-01")
    people = [{"role": "chair", "name": "Lê Thị Hạnh"}, {"role": "secretary", "name": "Trần Văn Nam"}]
    event = events.add_event(db, kind="conference", title="Hội nghị", starts_at="2026-01-10 08:00", people=people)
    linked = dict(db.execute("SELECT name, member_id FROM event_people WHERE event_id = ?", [event]).fetchall())
    assert linked == {"Lê Thị Hạnh": chair, "Trần Văn Nam": None}
    members.update_member(db, chair, full_name="Lê Thị Hồng Hạnh")  # the register's spelling changes
    events.update_event(db, event, people=[{"role": "chair", "name": "Lê Thị Hạnh"}])  # the window sends names
    assert db.execute("SELECT member_id FROM event_people WHERE event_id = ?", [event]).fetchone()[0] == chair
