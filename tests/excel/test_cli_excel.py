from __future__ import annotations

from desktop_app.cli.main import main
from desktop_app.core.excel.read import read_sheet
from desktop_app.core.storage.db import open_db
from tests.excel.conftest import db_hash


def test_import_dry_run_then_real(db_path, messy_members, tmp_path, capsys):
    db = open_db(db_path)
    from desktop_app.core.records import unions as U
    U.add_union(db, name="Công đoàn Trường Tiểu học Phú Đô", sector="giao_duc", founded_on="2001-09-01")
    U.add_union(db, name="Công đoàn Công ty TNHH May Thăng Long", sector="ngoai_nn", founded_on="2005-03-15")
    before = db_hash(db)
    db.close()
    report = tmp_path / "r.xlsx"
    assert main(["import", "members", str(messy_members), "--db", str(db_path), "--dry-run",
                 "--report", str(report)]) == 0
    out = capsys.readouterr().out
    assert "dry run, nothing changed: new 3, updated 0, skipped 0, errors 7" in out
    assert "row 9, Số CCCD/CMND" in out
    assert read_sheet(report).rows[1][0] == "Trang tính"
    db = open_db(db_path)
    assert db_hash(db) == before
    db.close()
    assert main(["import", "members", str(messy_members), "--db", str(db_path)]) == 0
    assert "new 3, updated 0, skipped 0, errors 7" in capsys.readouterr().out
    assert main(["import", "members", str(messy_members), "--db", str(db_path)]) == 0
    assert "new 0, updated 0, skipped 3, errors 7" in capsys.readouterr().out


def test_user_errors_are_one_line(db_path, tmp_path, capsys):
    bad = tmp_path / "bad.xlsx"
    bad.write_text("hello")
    assert main(["import", "unions", str(bad), "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: bad.xlsx: is not an Excel") and err.count("\n") == 1
    assert main(["import", "enrolments", str(bad), "--db", str(db_path), "--course", "1"]) == 1
    assert main(["export", "members", str(tmp_path / "x.csv"), "--db", str(db_path)]) == 1
    assert "must be saved as .xlsx" in capsys.readouterr().err


def test_export_and_template(demo_db_path, tmp_path, capsys):
    out = tmp_path / "unions.xlsx"
    assert main(["export", "unions", str(out), "--db", str(demo_db_path)]) == 0
    assert "rows written" in capsys.readouterr().out
    assert read_sheet(out).rows[0][1] == "Tên công đoàn cơ sở"
    tpl = tmp_path / "t.xlsx"
    assert main(["template", "officers", str(tpl)]) == 0
    assert main(["import", "officers", str(tpl), "--db", str(demo_db_path), "--dry-run"]) == 0
    assert "new 0, updated 0, skipped 0, errors 0" in capsys.readouterr().out
