"""What a Windows user meets that can be checked off Windows (issue 21): the data folder
the program uses is the one the installer keeps, for a user name with Vietnamese letters
and spaces; the file names offered for documents and backups are legal Windows names
whatever the event's title; CSV written for Excel has CRLF line ends. (The drive
listing's Windows branch is tested in tests/backup/test_drives.py with its API replaced.)
"""

from __future__ import annotations

import re
from pathlib import Path, PureWindowsPath

import platformdirs.windows

from desktop_app import APP_NAME
from desktop_app.core.reports.names import default_name

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def legal_windows_name(name: str) -> bool:
    stem = name.split(".")[0].upper()
    return (bool(name) and not FORBIDDEN.search(name) and not name.endswith((" ", "."))
            and stem not in RESERVED and len(name) <= 255)


def test_data_folder_is_the_one_the_installer_keeps(monkeypatch):
    local = r"C:\Users\Nguyễn Văn Đức\AppData\Local"
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", lambda csidl: {
        "CSIDL_LOCAL_APPDATA": local, "CSIDL_APPDATA": local.replace("Local", "Roaming")}[csidl])
    folder = PureWindowsPath(platformdirs.windows.Windows(APP_NAME, appauthor=False).user_data_dir)
    assert folder == PureWindowsPath(local) / "SoCongDoan"
    iss = (ROOT / "installer" / "socongdoan.iss").read_text(encoding="utf-8-sig")
    assert '#define DataFolderName "SoCongDoan"' in iss
    assert 'Name: "{localappdata}\\{#DataFolderName}"; Flags: uninsneveruninstall' in iss
    # long paths: the database path stays far below MAX_PATH for a long Vietnamese user name
    assert len(str(folder / "backups" / "socongdoan-20261204-153000-123456.sqlite3")) < 200


def test_document_names_are_legal_on_windows():
    # titles like "Hội nghị 1/5: tổng kết" never reach the file name: ids and plain words do
    for kind in ("minutes", "annual", "unions", "members", "officers", "participants", "course", "certificates"):
        for ident in (None, 7, 2026):
            try:
                name = default_name(kind, ident)
            except (KeyError, TypeError):
                continue
            assert legal_windows_name(name) and name.isascii(), name


def test_backup_names_are_legal_on_windows(db, tmp_path):
    from desktop_app.core.backup.archive import create_backup

    for reason in ("", "trước khi nhập: Hội nghị 1/5"):
        result = create_backup(db, tmp_path, reason=reason)
        name = Path(result.path).name
        assert legal_windows_name(name) and name.isascii(), name


def test_csv_for_excel_has_crlf_and_a_bom(tmp_path):
    from desktop_app.core.excel.convert_text import convert_file

    src = tmp_path / "in.csv"
    src.write_bytes("Họ và tên\nNguyễn Văn Đức\n".encode())
    convert_file(src, tmp_path / "out.csv")
    data = (tmp_path / "out.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\r\n") == 2 and b"\n" not in data.replace(b"\r\n", b"")


def test_the_windowed_executable_opens_no_console():
    """PyInstaller's console=False makes SoCongDoan.exe a GUI-subsystem program (no black
    window behind the program); the -cli one keeps its console for the commands."""
    spec = (ROOT / "installer" / "socongdoan.spec").read_text(encoding="utf-8")
    assert re.search(r"name=APP_NAME, console=False", spec)
    assert re.search(r"name=CLI_NAME, console=True", spec)
    iss = (ROOT / "installer" / "socongdoan.iss").read_text(encoding="utf-8-sig")
    # every shortcut starts the windowed program (or the data folder / uninstaller)
    assert '#define AppExeName "SoCongDoan.exe"' in iss
    assert "socongdoan-cli" not in "\n".join(line for line in iss.splitlines() if line.startswith("Name:"))
