"""The printed documents, read back with pypdf: the fixed layout of Nghị định 30 and
the figures and names from the database."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from pypdf import PdfReader

from desktop_app.core import reports, stats
from desktop_app.core.reports.annual import year_figures
from desktop_app.core.reports.template import FONT, register_fonts
from desktop_app.core.text import mask_cccd, vn_number
from tests.reports.conftest import pdf_text

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_2 = "Độc lập - Tự do - Hạnh phúc"
# The demo's records are kept by the ward union since 1/7/2025; papers of earlier events
# carry the district federation's header.
HEADER = ("LIÊN ĐOÀN LAO ĐỘNG TP HÀ NỘI", "CÔNG ĐOÀN PHƯỜNG TỪ LIÊM")
FORMER = ("LIÊN ĐOÀN LAO ĐỘNG TP HÀ NỘI", "LĐLĐ QUẬN NAM TỪ LIÊM")


def assert_header(first_page: str, header: tuple[str, str] = HEADER) -> None:
    assert MOTTO in first_page
    assert MOTTO_2 in first_page
    for line in header:
        assert line in first_page


def test_minutes_of_the_seed_002_forum(rdb, forum_id, out_dir):
    path = reports.minutes_pdf(rdb, forum_id, out_dir / "minutes.pdf")
    pages = pdf_text(path)
    text = " ".join(pages)
    assert_header(pages[0], FORMER)
    assert "Số: 04/BB-LĐLĐ" in pages[0]
    assert "Nam Từ Liêm, ngày 28 tháng 4 năm 2025" in pages[0]
    assert "BIÊN BẢN" in pages[0]
    assert "Thực trạng và giải pháp về công tác cán bộ Công đoàn Thủ đô" in text
    assert "vào hồi 8 giờ 30, ngày 28 tháng 4 năm 2025, tại Trụ sở Quận ủy Nam Từ Liêm" in text
    # chairs, secretary, guests, attendance
    for name in ("Phạm Bá Vĩnh", "Lê Xuân Trường", "Lâm Quang Thao", "Lê Thị Kim Điệp", "Nguyễn Thu Trang"):
        assert f"Đồng chí {name}" in text
    assert "Đại diện LĐLĐ các quận, huyện, thị xã" in text
    assert "Có mặt 112/120 đại biểu được triệu tập" in text
    assert "12 công đoàn cơ sở" in text
    assert "vắng 8 đại biểu vắng có lý do" not in text
    # the programme, item by item, in order
    positions = [text.index(f"{t}:") for t in ("8 giờ 30", "8 giờ 45", "9 giờ 10", "10 giờ 50", "11 giờ 15")]
    assert positions == sorted(positions)
    assert "Ngô Xuân Anh – Phó Chủ tịch LĐLĐ quận Tây Hồ" in text
    assert "609.274 đoàn viên" in text
    assert "KẾT LUẬN" in text and "Ban Tổ chức tiếp thu các ý kiến" in text
    assert "Tọa đàm kết thúc vào hồi 11 giờ 30 cùng ngày" in text
    last = pages[-1]
    assert "THƯ KÝ" in last and "CHỦ TRÌ" in last
    assert "THƯ KÝ (Ký, ghi rõ họ tên) Nguyễn Thu Trang CHỦ TRÌ (Ký, ghi rõ họ tên) Phạm Bá Vĩnh" in last
    assert "Liên đoàn Lao động quận Nam Từ Liêm tổ chức tọa đàm" in text
    # page numbers from page 2, none on page 1
    assert len(pages) >= 2
    assert pages[1].lstrip().startswith("2 ")
    assert not pages[0].lstrip().startswith("1 ")


def test_participants_list(rdb, forum_id, out_dir):
    path = reports.participants_pdf(rdb, forum_id, out_dir / "participants.pdf")
    text = " ".join(pdf_text(path))
    assert "DANH SÁCH ĐƠN VỊ VÀ ĐẠI BIỂU THAM DỰ" in text
    unions = rdb.execute("""SELECT u.name, eu.participants FROM event_unions eu JOIN unions u ON u.id = eu.union_id
                            WHERE eu.event_id = ?""", [forum_id]).fetchall()
    assert len(unions) == 12
    for name, _ in unions:
        assert name in text
    assert f"Cộng: 12 đơn vị {vn_number(sum(p for _, p in unions))}" in text
    assert sum(p for _, p in unions) == 112  # the minutes' "có mặt 112/120"
    assert "Nam Từ Liêm, ngày 28 tháng 4 năm 2025" in text  # dated on the event's day


def test_unions_by_sector(rdb, out_dir):
    path = reports.unions_pdf(rdb, out_dir / "unions.pdf")
    pages = pdf_text(path)
    text = " ".join(pages)
    assert_header(pages[0])
    assert "DANH SÁCH CÔNG ĐOÀN CƠ SỞ" in text
    names = [r[0] for r in rdb.execute("SELECT name FROM unions WHERE status = 'active'")]
    assert len(names) == 149
    for name in names:
        assert name in text
    members = rdb.execute("SELECT count(*) FROM members WHERE status = 'active'").fetchone()[0]
    assert f"Tổng cộng: 149 công đoàn cơ sở, {vn_number(members)} đoàn viên" in text
    assert "0 công nhân" not in text
    # sector blocks in their order, each with its count
    for code, name in rdb.execute("SELECT code, name FROM sectors ORDER BY sort"):
        n = rdb.execute("SELECT count(*) FROM unions WHERE status = 'active' AND sector = ?", [code]).fetchone()[0]
        if n:
            assert f"KHỐI {name.upper()} ({n} CĐCS" in text
    # a long table repeats its header row on every page it covers
    assert all("Tên công đoàn cơ sở" in p for p in pages[1:-1])


def biggest_union(db) -> tuple[int, int]:
    return db.execute("""SELECT union_id, count(*) AS n FROM members WHERE status = 'active'
                         GROUP BY union_id ORDER BY n DESC LIMIT 1""").fetchone()


def test_members_list_masks_ids(rdb, out_dir):
    union_id, n = biggest_union(rdb)
    path = reports.members_pdf(rdb, union_id, out_dir / "members.pdf")
    pages = pdf_text(path)
    text = " ".join(pages)
    assert_header(pages[0])
    assert "DANH SÁCH ĐOÀN VIÊN" in text
    union_name = rdb.execute("SELECT name FROM unions WHERE id = ?", [union_id]).fetchone()[0]
    assert union_name in pages[0]
    people = rdb.execute("SELECT full_name, cccd FROM members WHERE union_id = ? AND status = 'active'",
                         [union_id]).fetchall()
    assert len(people) == n
    women = rdb.execute("SELECT count(*) FROM members WHERE union_id = ? AND status = 'active' AND sex = 'F'",
                        [union_id]).fetchone()[0]
    assert f"Tổng số: {vn_number(n)} đoàn viên, trong đó {vn_number(women)} nữ" in text
    for name, cccd in people:
        assert name in text
        if cccd:
            assert cccd not in text
            assert mask_cccd(cccd) in text
    assert f" {n} " in text  # the last row number
    assert PdfReader(str(path)).pages[0].mediabox.width > PdfReader(str(path)).pages[0].mediabox.height
    assert all("Họ và tên" in p for p in pages[:-1])  # header row on every page of the table

    full = reports.members_pdf(rdb, union_id, out_dir / "members-full.pdf", full_ids=True)
    full_text = " ".join(pdf_text(full))
    for _, cccd in people[:50]:
        if cccd:
            assert cccd in full_text


def test_officers_list(rdb, out_dir):
    union_id, _ = biggest_union(rdb)
    path = reports.officers_pdf(rdb, out_dir / "officers-union.pdf", union_id=union_id)
    text = " ".join(pdf_text(path))
    assert "DANH SÁCH CÁN BỘ CÔNG ĐOÀN" in text
    chair = rdb.execute("""SELECT m.full_name FROM officers o JOIN members m ON m.id = o.member_id
                           WHERE o.union_id = ? AND o.role = 'chair' AND o.term_end IS NULL""",
                        [union_id]).fetchone()[0]
    assert chair in text and "Chủ tịch" in text
    everyone = reports.officers_pdf(rdb, out_dir / "officers.pdf")
    all_text = " ".join(pdf_text(everyone))
    n = rdb.execute("""SELECT count(*) FROM officers WHERE (term_end IS NULL OR term_end >= date('now'))
                       AND (term_start IS NULL OR term_start <= date('now'))""").fetchone()[0]
    assert f"Tổng số: {vn_number(n)} lượt cán bộ" in all_text
    assert "Chuyên trách" in all_text  # the managing body's full-time officers come first


def test_annual_report_figures(rdb, out_dir):
    year = 2025
    path = reports.annual_pdf(rdb, year, out_dir / "annual.pdf", issued_on=dt.date(2026, 1, 15))
    pages = pdf_text(path)
    text = " ".join(pages)
    assert_header(pages[0])
    assert "BÁO CÁO" in pages[0] and f"Tổng kết công tác công đoàn năm {year}" in pages[0]
    assert "Từ Liêm, ngày 15 tháng 01 năm 2026" in pages[0]
    assert "Số:" in pages[0] and "/BC-CĐP" in pages[0]
    s = stats.year_summary(rdb, year)
    assert (f"Tại thời điểm 31/12/{year - 1}, Công đoàn phường Từ Liêm quản lý "
            f"{vn_number(s['unions_start'])} công đoàn cơ sở với {vn_number(s['members_start'])} đoàn viên") in text
    assert f"số đoàn viên là {vn_number(s['members_end'])}" in text
    assert f"kết nạp {vn_number(s['members_joined'])} đoàn viên mới" in text
    assert f"thành lập mới {s['unions_founded']} công đoàn cơ sở" in text
    assert f"giảm {vn_number(s['members_left'])} đoàn viên" in text
    for ind in s["indicators"]:
        if ind["percent"] is not None and ind["unit"] != "percent":
            assert f"{ind['label_vi']}" in text
            assert f"đạt {ind['percent']:.0f}%" in text
    new = next(i for i in s["indicators"] if i["code"] == "new_members")
    assert (f"Kết nạp đoàn viên mới: {vn_number(new['result'])} (chỉ tiêu {vn_number(new['target'])}) – "
            f"đạt {new['percent']:.0f}%") in text
    assert f"với {vn_number(s['welfare_amount'])} đồng" in text.replace("tổng số tiền ", "")
    assert "Biểu đồ 1" in text and "Biểu đồ 2" in text
    # A ward union has no standing committee: its executive committee signs.
    assert "TM. BAN CHẤP HÀNH" in pages[-1] and "Nơi nhận:" in pages[-1] and "Lưu: VT." in pages[-1]


def test_annual_figures_match_history(rdb):
    """The report's one-pass start-of-year counts equal the as-of queries, block by block."""
    for year in (2023, 2025):
        f = year_figures(rdb, year)
        start = {b["code"]: b for b in stats.by_sector_as_of(rdb, dt.date(year - 1, 12, 31))}
        end = {b["code"]: b for b in stats.by_sector_as_of(rdb, f["end"])}
        for b in f["by_sector"]:
            assert b["members_start"] == start[b["code"]]["members"]
            assert b["members_end"] == end[b["code"]]["members"]
            assert b["unions_start"] == start[b["code"]]["unions"]
            assert b["unions_end"] == end[b["code"]]["unions"]
        assert f["members_start"] == stats.members_as_of(rdb, dt.date(year - 1, 12, 31))
        s = stats.year_summary(rdb, year)
        assert f["members_joined"] == s["members_joined"]
        assert f["members_lost"] == s["members_left"]
        assert f["members_transferred_in"] == s["members_transferred_in"]


def test_course_report_and_certificates(rdb, course_id, out_dir):
    rows = rdb.execute("""SELECT m.full_name, e.completed, e.certificate_no FROM enrolments e
                          JOIN members m ON m.id = e.member_id WHERE e.course_id = ?""", [course_id]).fetchall()
    title = rdb.execute("SELECT title FROM courses WHERE id = ?", [course_id]).fetchone()[0]
    path = reports.course_pdf(rdb, course_id, out_dir / "course.pdf")
    text = " ".join(pdf_text(path))
    assert "BÁO CÁO KẾT QUẢ LỚP TẬP HUẤN" in text and title in text
    done = [r for r in rows if r[1]]
    assert f"Số học viên đăng ký: {len(rows)}; hoàn thành và được cấp giấy chứng nhận: {len(done)}" in text
    for name, _, _ in rows:
        assert name in text

    certs = reports.certificates_pdf(rdb, course_id, out_dir / "certificates.pdf")
    pages = pdf_text(certs)
    assert len(pages) == len(done)
    for page in pages:
        assert "GIẤY CHỨNG NHẬN" in page and MOTTO in page
        assert title in page
    for name, _, number in done:
        assert any(name in p and number in p for p in pages)


def test_fonts_are_embedded_and_cover_the_text(out_dir, pdftools, rdb, forum_id):
    if not pdftools:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    path = reports.minutes_pdf(rdb, forum_id, out_dir / "fonts-minutes.pdf")
    year_path = reports.annual_pdf(rdb, 2025, out_dir / "fonts-annual.pdf")
    for p in (path, year_path, *sorted(out_dir.glob("*.pdf"))):
        lines = subprocess.run(["pdffonts", str(p)], capture_output=True, text=True, check=True).stdout.splitlines()
        fonts = lines[2:]
        assert fonts, p
        for line in fonts:
            assert "LiberationSerif" in line, (p, line)
            cols = line.split()
            assert cols[-5] == "yes", (p, line)  # emb
    # every character printed exists in the font: diacritics are whole, never boxes
    from reportlab.pdfbase import pdfmetrics
    register_fonts()
    face = pdfmetrics.getFont(FONT).face
    chars = set("".join(pdf_text(path))) - {" "}
    missing = [c for c in chars if ord(c) not in face.charToGlyph]
    assert not missing


def test_strings_are_nfc(rdb, out_dir):
    """A name stored decomposed (NFD) prints composed."""
    import unicodedata
    nfd = unicodedata.normalize("NFD", "Công đoàn Thử Nghiệm Dấu")
    rdb.execute("INSERT INTO unions (name, name_folded, search_text, sector, status) VALUES (?, 'x', 'x', 'fdi', "
                "'active')", [nfd])
    try:
        path = reports.unions_pdf(rdb, out_dir / "nfc.pdf", sector="fdi")
        from pypdf import PdfReader
        raw = "".join(p.extract_text() for p in PdfReader(str(path)).pages)
        assert "Công đoàn Thử Nghiệm Dấu" in raw
    finally:
        rdb.execute("DELETE FROM unions WHERE name = ?", [nfd])
        rdb.conn.commit()
