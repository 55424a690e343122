"""The statistics forms from the command line."""

from __future__ import annotations

from openpyxl import load_workbook

from desktop_app.cli.main import main
from desktop_app.core.statistics import figures as F


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_report_and_import_forms(demo_db_path, tmp_path, capsys):
    db = str(demo_db_path)
    code, out, err = run(capsys, "--db", db, "report", "form02", "--as-of", "2026-11-30",
                         "-o", str(tmp_path / "f02.xlsx"))
    assert code == 0 and out.strip().endswith("f02.xlsx") and "have not returned" in err
    assert load_workbook(tmp_path / "f02.xlsx").sheetnames[0] == "02-HĐCĐ"
    code, out, _ = run(capsys, "--db", db, "report", "form02", "--as-of", "2026-11-30", "-o", str(tmp_path / "f.pdf"))
    assert code == 0 and (tmp_path / "f.pdf").read_bytes().startswith(b"%PDF")
    code, out, _ = run(capsys, "--db", db, "report", "form01", "--union", "3", "--as-of", "2026-11-30",
                       "-o", str(tmp_path / "u3.xlsx"))
    assert code == 0
    wb = load_workbook(tmp_path / "u3.xlsx")
    ws = wb.active
    for row in ws.iter_rows():
        if row[0].value == "1" and row[1].value == "Tổng số lao động" and row[3].value is None:
            row[3].value = 321  # section I, row 1: workers
            break
    wb.save(tmp_path / "u3.xlsx")

    code, out, _ = run(capsys, "--db", db, "import", "form01", str(tmp_path / "u3.xlsx"),
                       str(tmp_path / "f02.xlsx"), "--dry-run", "--report", str(tmp_path / "check.xlsx"))
    assert code == 0
    report = load_workbook(tmp_path / "check.xlsx")
    rows = list(report.active.iter_rows(values_only=True))
    assert rows[1][:3] == ("u3.xlsx", rows[1][1], "nhận") and rows[2][2] == "từ chối"
    assert report["Chưa gửi"].max_row > 100
    assert "u3.xlsx: ok" in out and "f02.xlsx: REFUSED" in out and "not a 01-HĐCĐ workbook" in out
    assert "dry run, nothing changed" in out and "have not returned their 01-HĐCĐ yet" in out
    code, out, _ = run(capsys, "--db", db, "import", "form01", str(tmp_path / "u3.xlsx"))
    assert code == 0 and "imported:" in out
    from desktop_app.core.storage.db import open_db
    d = open_db(demo_db_path)
    try:
        assert F.figures(d, 3, "2026-11-30")["workers"]["value"] == 321
    finally:
        d.close()
    code, out, _ = run(capsys, "--db", db, "import", "form01", str(tmp_path / "u3.xlsx"))
    assert "imported: 0 figures changed" in out


def test_bad_arguments_are_one_line(demo_db_path, tmp_path, capsys):
    db = str(demo_db_path)
    code, _, err = run(capsys, "--db", db, "report", "form01", "--union", "3", "--as-of", "2026-11-30",
                       "-o", str(tmp_path / "u3.pdf"))
    assert code == 1 and "must end in .xlsx" in err and "Traceback" not in err
    code, _, err = run(capsys, "--db", db, "report", "form01", "--union", "99999", "--as-of", "2026-11-30",
                       "-o", str(tmp_path / "u.xlsx"))
    assert code == 1 and "does not exist" in err
    code, _, err = run(capsys, "--db", db, "report", "form01", "--union", "3", "--as-of", "1990-01-01",
                       "-o", str(tmp_path / "u.xlsx"))
    assert code == 1 and "was not active on 01/01/1990" in err
    code, _, err = run(capsys, "--db", db, "import", "members", str(tmp_path / "a.xlsx"), str(tmp_path / "b.xlsx"))
    assert code == 1 and "one workbook at a time" in err
    code, _, err = run(capsys, "--db", db, "import", "form01", str(tmp_path / "nothing.xlsx"), "--dry-run")
    assert code == 0  # a missing file is a refused row of the report, not a crash
