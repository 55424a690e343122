"""The ``setup`` commands (what the wizard and settings dialog do, from the command line)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.cli.main import main
from desktop_app.core.records.bodies import own_body
from desktop_app.core.storage import config
from desktop_app.core.storage.db import open_db


def test_init_show_body_language_and_move(tmp_path, capsys):
    folder = tmp_path / "data"
    assert main(["setup", "init", "--name", "Công đoàn Khu công nghiệp Thăng Long", "--kind", "industrial_zone",
                 "--parent", "Liên đoàn Lao động thành phố Hà Nội", "--parent-short-name", "LĐLĐ TP Hà Nội",
                 "--place", "Đông Anh", "--folder", str(folder)]) == 0
    path = folder / "socongdoan.sqlite3"
    assert Path(config.load().db_path) == path and config.load().first_run_done

    assert main(["setup", "body", "--place", "Hà Nội"]) == 0
    db = open_db(path)
    body = own_body(db)
    assert (body["kind"], body["place_name"], body["parent_short_name"]) == ("industrial_zone", "Hà Nội",
                                                                             "LĐLĐ TP Hà Nội")
    db.close()

    capsys.readouterr()
    assert main(["--db", str(path), "setup", "show"]) == 0
    out = capsys.readouterr().out
    assert f"database:       {path}" in out
    assert "document header: LĐLĐ TP HÀ NỘI / CÔNG ĐOÀN KHU CÔNG NGHIỆP THĂNG LONG" in out

    assert main(["setup", "language", "en"]) == 0
    assert config.load().language == "en"

    assert main(["setup", "move-data", str(tmp_path / "new place")]) == 0
    assert Path(config.load().db_path) == tmp_path / "new place" / "socongdoan.sqlite3"
    assert not path.exists()


def test_errors_are_one_line(tmp_path, capsys):
    assert main(["setup", "init", "--name", " ", "--folder", str(tmp_path)]) == 1
    assert capsys.readouterr().err.startswith("error: The name of the managing body is required")
    assert main(["setup", "init", "--name", "X", "--folder", "/media/u/USB"]) == 1
    assert "USB" in capsys.readouterr().err
    assert main(["setup", "move-data", str(tmp_path / "x"), "--db", str(tmp_path / "none.sqlite3")]) == 1
    assert "no database" in capsys.readouterr().err
