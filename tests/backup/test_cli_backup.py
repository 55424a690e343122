"""The backup commands: output, exit codes, one-line errors."""

from __future__ import annotations

from desktop_app.cli.main import main
from tests.backup.conftest import file_hash


def test_create_verify_list_restore(small_db_path, tmp_path, capsys):
    out = tmp_path / "usb"
    out.mkdir()
    assert main(["--db", str(small_db_path), "backup", "create", str(out)]) == 0
    made = next(p for p in out.iterdir() if p.suffix == ".sqlite3")
    assert str(made) in capsys.readouterr().out
    assert main(["backup", "verify", str(made)]) == 0
    text = capsys.readouterr().out
    assert "OK" in text and "SHA-256 matches" in text
    assert main(["backup", "list", str(out)]) == 0
    assert "40 members" in capsys.readouterr().out
    assert main(["--db", str(small_db_path), "backup", "restore", str(made)]) == 0
    assert "restored" in capsys.readouterr().out


def test_encrypted_with_passphrase_file(small_db_path, tmp_path, capsys):
    pw = tmp_path / "pw.txt"
    pw.write_text("một câu mật khẩu\n", encoding="utf-8")
    target = tmp_path / "x.scdb-enc"
    assert main(["--db", str(small_db_path), "backup", "create", str(target), "--encrypt",
                 "--passphrase-file", str(pw)]) == 0
    assert "encrypted" in capsys.readouterr().out
    assert main(["backup", "verify", str(target), "--passphrase-file", str(pw)]) == 0
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase", encoding="utf-8")
    before = file_hash(small_db_path)
    assert main(["--db", str(small_db_path), "backup", "restore", str(target), "--passphrase-file", str(wrong)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error:") and "wrong passphrase" in err and err.count("\n") == 1
    assert file_hash(small_db_path) == before


def test_errors_are_one_line(small_db_path, tmp_path, capsys):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"hello")
    assert main(["backup", "verify", str(junk)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error:") and err.count("\n") == 1 and "manifest" in err
    assert main(["--db", str(small_db_path), "backup", "create", str(tmp_path / "no" / "x")]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert main(["--db", str(small_db_path), "backup", "create", str(tmp_path), "--encrypt",
                 "--passphrase-file", str(tmp_path / "missing.txt")]) == 1
    assert "cannot read the passphrase file" in capsys.readouterr().err
