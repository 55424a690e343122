"""The command line: output, exit codes, one-line errors."""

import subprocess
import sys

from desktop_app.cli.main import main


def test_demo_search_stats(tmp_path, capsys):
    db = str(tmp_path / "d.sqlite3")
    assert main(["demo", "--db", db, "--seed", "3"]) == 0
    assert "149 active unions, 10,391 active members" in capsys.readouterr().out
    assert main(["search", "nguyen van", "--db", db, "--limit", "3"]) == 0
    out = capsys.readouterr()
    assert out.out.count("Nguyễn Văn") == 3
    assert main(["stats", "--db", db, "--as-of", "2020-05-31"]) == 0
    assert "As of 31/05/2020" in capsys.readouterr().out


def test_user_errors_are_one_line_exit_1(tmp_path, capsys):
    bad = tmp_path / "notes.txt"
    bad.write_text("hello, this is not a database" * 10)
    assert main(["stats", "--db", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1 and "Traceback" not in err


def test_demo_refuses_non_empty_database(tmp_path, capsys):
    db = str(tmp_path / "d.sqlite3")
    assert main(["demo", "--db", db]) == 0
    assert main(["demo", "--db", db]) == 1
    assert "already holds records" in capsys.readouterr().err


def test_usage_error_exit_2_without_traceback(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "desktop_app", "stats", "--as-of", "31/02/2020"],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "not a date" in proc.stderr


def test_db_before_or_after_the_command(tmp_path, capsys):
    before, after = tmp_path / "before.sqlite3", tmp_path / "after.sqlite3"
    assert main(["--db", str(before), "stats", "--json"]) == 0
    assert main(["stats", "--json", "--db", str(after)]) == 0
    assert before.exists() and after.exists()
    assert not list((tmp_path / "userdata").glob("*.sqlite3"))  # the default file was never made
