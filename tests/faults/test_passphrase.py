"""Defect 14.1: an encrypted backup must open with the right passphrase however it was
typed (precomposed or combining marks) or saved (Notepad's BOM, CRLF, a second line),
and backups made before the fix must still open."""

from __future__ import annotations

import unicodedata

from desktop_app.cli.main import main
from desktop_app.core.backup import archive as backup
from desktop_app.core.backup import crypto as backup_crypto

PHRASE = "Mật khẩu Công đoàn Phường 2024"


def test_precomposed_and_combining_marks_are_the_same_passphrase(live, tmp_path):
    made = backup.create_backup(live, tmp_path, passphrase=unicodedata.normalize("NFC", PHRASE))
    verdict = backup.verify_backup(made.path, passphrase=unicodedata.normalize("NFD", PHRASE))
    assert verdict.ok, verdict.reason


def test_passphrase_file_with_bom_crlf_and_a_second_line(live, tmp_path, capsys):
    notepad = tmp_path / "notepad.txt"
    notepad.write_bytes(b"\xef\xbb\xbf" + PHRASE.encode() + b"\r\n(ghi chu: mat khau USB)\r\n")
    plain = tmp_path / "plain.txt"
    plain.write_text(unicodedata.normalize("NFD", PHRASE) + "\n", encoding="utf-8")
    out = tmp_path / "enc"
    out.mkdir()
    assert main(["backup", "create", str(out), "--db", str(live), "--encrypt",
                 "--passphrase-file", str(notepad)]) == 0
    made = next(out.iterdir())
    capsys.readouterr()
    assert main(["backup", "verify", str(made), "--passphrase-file", str(plain)]) == 0, capsys.readouterr().err
    assert backup.verify_backup(made, passphrase=PHRASE).ok


def test_backups_made_before_the_fix_still_open(live, tmp_path, monkeypatch):
    """Before the fix the key came from the passphrase's bytes as given: combining marks
    typed on one PC, a BOM and the whole file read by the command line."""
    def as_before(passphrase: str, salt, log2n, r, p):
        return backup_crypto._scrypt(passphrase.encode("utf-8"), salt, log2n, r, p)
    nfd = unicodedata.normalize("NFD", PHRASE)
    with monkeypatch.context() as m:
        m.setattr(backup_crypto, "_key", as_before)
        typed = backup.create_backup(live, tmp_path, passphrase=nfd, reason="typed")
        from_file = backup.create_backup(live, tmp_path, passphrase="\ufeff" + PHRASE, reason="file")
    assert backup.verify_backup(typed.path, passphrase=nfd).ok
    # typed the same, precomposed, on another PC: the old key was made from NFD bytes
    assert backup.verify_backup(typed.path, passphrase=PHRASE).ok
    notepad = tmp_path / "notepad.txt"
    notepad.write_bytes(b"\xef\xbb\xbf" + PHRASE.encode() + b"\r\n")
    assert main(["backup", "verify", str(from_file.path), "--passphrase-file", str(notepad)]) == 0


def test_wrong_passphrase_is_still_refused(live, tmp_path):
    made = backup.create_backup(live, tmp_path, passphrase=PHRASE)
    verdict = backup.verify_backup(made.path, passphrase=PHRASE + "x")
    assert not verdict.ok and "wrong passphrase" in verdict.reason
