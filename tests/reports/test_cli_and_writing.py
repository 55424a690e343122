"""``report ...`` commands and the atomic writing of every PDF."""

from __future__ import annotations

import os

import pytest
from pypdf import PdfReader

from desktop_app.cli.main import main
from desktop_app.core import reports
from desktop_app.core.reports import template
from tests.reports.conftest import pdf_text


def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1 and "Traceback" not in err
    return err


def test_every_report_command(rdb_path, rdb, forum_id, course_id, tmp_path, capsys):
    union_id = rdb.execute("""SELECT union_id FROM members WHERE status = 'active' GROUP BY union_id
                              ORDER BY count(*) LIMIT 1""").fetchone()[0]
    db = str(rdb_path)
    commands = {
        "minutes.pdf": ["minutes", "--event", str(forum_id)],
        "participants.pdf": ["participants", "--event", str(forum_id)],
        "annual.pdf": ["annual", "--year", "2024"],
        "unions.pdf": ["unions"],
        "members.pdf": ["members", "--union", str(union_id), "--full-ids"],
        "officers.pdf": ["officers", "--union", str(union_id)],
        "course.pdf": ["course", "--course", str(course_id)],
        "certificates.pdf": ["certificates", "--course", str(course_id)],
    }
    for name, args in commands.items():
        out = tmp_path / name
        assert main(["report", *args, "--db", db, "-o", str(out)]) == 0, name
        assert capsys.readouterr().out.strip() == str(out)
        assert PdfReader(str(out)).pages, name
    text = " ".join(pdf_text(tmp_path / "annual.pdf"))
    assert "Tổng kết công tác công đoàn năm 2024" in text
    cccd = rdb.execute("SELECT cccd FROM members WHERE union_id = ? AND status = 'active' AND cccd IS NOT NULL",
                       [union_id]).fetchone()[0]
    assert cccd in " ".join(pdf_text(tmp_path / "members.pdf"))  # --full-ids


def test_default_file_name_in_current_folder(rdb_path, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["--db", str(rdb_path), "report", "unions"]) == 0
    out = capsys.readouterr().out.strip()
    assert out == str(tmp_path / "danh-sach-cdcs.pdf")
    assert os.path.getsize(out) > 1000


@pytest.mark.parametrize("args, message", [
    (["minutes", "--event", "99999"], "Event #99999 does not exist"),
    (["participants", "--event", "99999"], "Event #99999 does not exist"),
    (["members", "--union", "99999"], "Union #99999 does not exist"),
    (["officers", "--union", "99999"], "Union #99999 does not exist"),
    (["course", "--course", "99999"], "Course #99999 does not exist"),
    (["certificates", "--course", "99999"], "Course #99999 does not exist"),
    (["annual", "--year", "2199"], "has not started"),
])
def test_bad_ids_are_one_line_errors(rdb_path, tmp_path, capsys, args, message):
    out = tmp_path / "x.pdf"
    assert main(["report", *args, "--db", str(rdb_path), "-o", str(out)]) == 1
    assert message in _one_line_error(capsys)
    assert not out.exists()


def test_missing_database_and_bad_output(tmp_path, rdb_path, capsys):
    assert main(["report", "unions", "--db", str(tmp_path / "none.sqlite3")]) == 1
    assert "no such database file" in _one_line_error(capsys)
    assert not (tmp_path / "none.sqlite3").exists()
    assert main(["report", "unions", "--db", str(rdb_path), "-o", str(tmp_path / "x.txt")]) == 1
    assert ".pdf" in _one_line_error(capsys)


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as e:
        main(["report", "minutes", "--event", "abc"])
    assert e.value.code == 2
    assert "not a record number" in capsys.readouterr().err


def test_a_failed_build_leaves_no_file(rdb, tmp_path, monkeypatch):
    out = tmp_path / "unions.pdf"
    out.write_bytes(b"%PDF-1.4 the previous, good file")

    def broken(canvas, doc):
        raise RuntimeError("disk full")

    monkeypatch.setattr(template, "_page_number", broken)
    with pytest.raises(RuntimeError):
        reports.unions_pdf(rdb, out)  # fails on page 2
    assert out.read_bytes() == b"%PDF-1.4 the previous, good file"
    assert [p.name for p in tmp_path.iterdir()] == ["unions.pdf"]  # no temp file left

    monkeypatch.undo()
    new = tmp_path / "new" / "unions.pdf"
    reports.unions_pdf(rdb, new)
    assert new.read_bytes().startswith(b"%PDF")
    assert [p.name for p in new.parent.iterdir()] == ["unions.pdf"]


def test_certificates_need_a_completed_participant(db, tmp_path):
    from desktop_app.core.errors import UserError
    from desktop_app.core.records.training import add_course
    course = add_course(db, title="Kỹ năng thương lượng tập thể", starts_on="2025-03-10")
    with pytest.raises(UserError, match="no participant has completed"):
        reports.certificates_pdf(db, course, tmp_path / "c.pdf")
    assert not (tmp_path / "c.pdf").exists()
    # the course report of an empty course still prints
    reports.course_pdf(db, course, tmp_path / "course.pdf")
    assert "Số học viên đăng ký: 0" in " ".join(pdf_text(tmp_path / "course.pdf"))


def test_empty_database_documents(db, tmp_path):
    """A fresh file with no managing body set up still prints sane documents."""
    reports.unions_pdf(db, tmp_path / "u.pdf")
    assert "Chưa có công đoàn cơ sở nào" in " ".join(pdf_text(tmp_path / "u.pdf"))
    reports.annual_pdf(db, 2025, tmp_path / "a.pdf")
    text = " ".join(pdf_text(tmp_path / "a.pdf"))
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "quản lý 0 công đoàn cơ sở" in text


def test_progress_counts_pages_and_cancel_stops(rdb, tmp_path):
    from desktop_app.core.work import Cancelled
    pages = []
    out = reports.unions_pdf(rdb, tmp_path / "u.pdf", progress=lambda done, total, text="": pages.append(done))
    assert pages == list(range(1, len(PdfReader(str(out)).pages) + 1))

    def cancel_on_page_3(done, total, text=""):
        return done < 3

    with pytest.raises(Cancelled):
        reports.unions_pdf(rdb, tmp_path / "c.pdf", progress=cancel_on_page_3)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["u.pdf"]


def test_a_huge_cell_is_cut_so_the_row_fits_a_page(db, tmp_path):
    from desktop_app.core.records.members import add_member
    from desktop_app.core.records.unions import add_union
    union = add_union(db, name="Công đoàn Thử nghiệm", sector="fdi")
    add_member(db, full_name="Nguyễn Văn A", union_id=union, joined_on="2020-01-01", job="Công nhân " * 800)
    path = reports.members_pdf(db, union, tmp_path / "m.pdf")
    assert "…" in " ".join(pdf_text(path))


def test_signatures_stay_on_the_page_when_they_fit(tmp_path):
    p = template.Page()
    story = [template.para("Nội dung " * 40) for _ in range(4)]
    template.sign_off(story, template.signature_block(p.frame_width, [template.Signer("Thư ký", "A"),
                                                                     template.Signer("Chủ trì", "B")]))
    out = template.build_pdf(tmp_path / "s.pdf", story, p, title="x")
    assert len(PdfReader(str(out)).pages) == 1
