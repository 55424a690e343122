"""The Windows installer compiled and run: opt-in (SOCONGDOAN_BUILD_INSTALLER=1), since it
needs Wine (with its 32-bit part and Xvfb) and the npm package "innosetup", and takes a
minute.

``installer/build.py --windows-installer`` compiles ``installer/socongdoan.iss`` with the
Inno Setup compiler under Wine against a stand-in folder of the bundle's layout (the
Windows bundle itself is built only on Windows). The setup is then installed silently,
per user, into a fresh Wine prefix whose home folder is a temporary one: files, Start-menu
and desktop shortcuts, the uninstall entry; uninstalled, keeping the data folder with its
database; and a newer version installed over an older one, keeping the data.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

import desktop_app

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "{960F3091-1107-40F4-8DC6-60A6A98A4D03}_is1"
NAME = "Sổ Công đoàn"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.environ.get("SOCONGDOAN_BUILD_INSTALLER") != "1",
                       reason="set SOCONGDOAN_BUILD_INSTALLER=1 to compile and install the setup under Wine"),
]


def load_build():
    spec = importlib.util.spec_from_file_location("_installer_build", ROOT / "installer" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def setups(tmp_path_factory):
    build = load_build()
    dist = tmp_path_factory.mktemp("dist")
    try:
        old = build.build_windows_installer(dist, version="0.0.9", output_name="SoCongDoan-Setup-0.0.9-standin")
        new = build.build_windows_installer(dist, version=desktop_app.__version__)
    except build.Missing as e:
        pytest.fail(str(e))
    return old, new


class Wine:
    """A fresh prefix with Windows 10 and a private home folder (Wine links Desktop and
    Documents to $HOME)."""

    def __init__(self, root: Path):
        if shutil.which("xvfb-run") is None:
            pytest.fail("missing: xvfb-run, which gives the setup's hidden windows a display "
                        "(apt-get install xvfb xauth)")
        self.home = root / "home"
        self.home.mkdir()
        self.prefix = root / "prefix"
        self.env = load_build().wine_env(self.prefix)
        self.env.update(HOME=str(self.home), XDG_CONFIG_HOME=str(self.home / ".config"),
                        XDG_DATA_HOME=str(self.home / ".local" / "share"))
        self.run("wineboot", "-i")
        self.run("winecfg", "/v", "win10")  # the setup requires Windows 10 (MinVersion=10.0)
        self.user = next(p.name for p in (self.prefix / "drive_c" / "users").iterdir() if p.name != "Public")
        self.profile = self.prefix / "drive_c" / "users" / self.user

    def run(self, *args: str) -> int:
        # The setup's forms need a display even when silent: a virtual one.
        cmd = ["xvfb-run", "-a", "wine", *args]
        result = subprocess.run(cmd, env=self.env, capture_output=True, timeout=600)
        # the uninstaller restarts itself from %TEMP%: wait for every process of the prefix
        subprocess.run(["wineserver", "-w"], env=self.env, timeout=600)
        return result.returncode

    def install(self, setup: Path) -> None:
        log = setup.with_suffix(".log")
        rc = self.run(str(setup), "/VERYSILENT", "/CURRENTUSER", "/SUPPRESSMSGBOXES", "/NORESTART",
                      "/LOG=" + "Z:" + str(log).replace("/", "\\"))
        assert rc == 0, log.read_text(encoding="utf-8", errors="replace")[-3000:]

    @property
    def app(self) -> Path:
        return self.profile / "AppData" / "Local" / "Programs" / "SoCongDoan"

    @property
    def data(self) -> Path:
        return self.profile / "AppData" / "Local" / "SoCongDoan"

    @property
    def menu(self) -> Path:
        return self.profile / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs" / NAME

    @property
    def desktop_link(self) -> Path:
        return self.profile / "Desktop" / f"{NAME}.lnk"

    def uninstall_entry(self) -> dict[str, str] | None:
        """The per-user uninstall key, read from the prefix's user.reg."""
        text = (self.prefix / "user.reg").read_text(encoding="utf-8", errors="replace")
        m = re.search(r"\[Software\\\\Microsoft\\\\Windows\\\\CurrentVersion\\\\Uninstall\\\\"
                      + re.escape(APP_ID) + r"\][^\n]*\n(.*?)(?:\n\n|\Z)", text, re.S)
        if m is None:
            return None
        out = {}
        for key, value in re.findall(r'^"([^"]+)"="((?:[^"\\]|\\.)*)"', m.group(1), re.M):
            out[key] = re.sub(r"\\x([0-9a-fA-F]{1,4})", lambda h: chr(int(h.group(1), 16)), value) \
                .replace("\\\\", "\\")
        return out


def _size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def _database(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "socongdoan.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE members (full_name TEXT)")
    con.execute("INSERT INTO members VALUES ('Nguyễn Văn Đức')")
    con.commit()
    con.close()
    return path


def _names(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT full_name FROM members")]
    finally:
        con.close()


def test_install_shortcuts_uninstall_keeps_data(setups, tmp_path):
    _old, setup = setups
    assert setup.name == f"SoCongDoan-Setup-{desktop_app.__version__}-standin.exe"
    wine = Wine(tmp_path)
    wine.install(setup)
    for f in ("SoCongDoan.exe", "socongdoan-cli.exe", "unins000.exe", "_internal/STAND-IN.txt",
              "_internal/resources/translations/app_vi.qm"):
        assert (wine.app / f).is_file(), f
    assert sorted(p.name for p in wine.menu.iterdir()) == sorted(
        [f"{NAME}.lnk", f"Thư mục dữ liệu {NAME}.lnk", f"Gỡ cài đặt {NAME}.lnk"])
    assert wine.desktop_link.is_file()
    assert wine.desktop_link.resolve().is_relative_to(wine.home) or wine.desktop_link.resolve().is_relative_to(
        wine.prefix)  # never the real desktop of the machine running the test
    entry = wine.uninstall_entry()
    assert entry is not None
    assert entry["DisplayName"] == NAME and entry["DisplayVersion"] == desktop_app.__version__
    assert entry["Inno Setup: Language"] == "vi"
    assert "unins000.exe" in entry["UninstallString"]
    assert wine.data.is_dir()  # created for the user at install
    print(f"\ninstalled size: {_size(wine.app) / 1e6:.1f} MB; setup {setup.stat().st_size / 1e6:.1f} MB")

    db = _database(wine.data)
    assert wine.run(str(wine.app / "unins000.exe"), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART") == 0
    assert not (wine.app / "SoCongDoan.exe").exists() and not (wine.app / "_internal").exists()
    assert not wine.menu.exists() and not wine.desktop_link.exists()
    assert wine.uninstall_entry() is None
    assert _names(db) == ["Nguyễn Văn Đức"]  # the data folder and its database survived


def test_upgrade_over_an_older_version_keeps_the_data(setups, tmp_path):
    old, new = setups
    wine = Wine(tmp_path)
    wine.install(old)
    assert wine.uninstall_entry()["DisplayVersion"] == "0.0.9"
    db = _database(wine.data)
    backups = wine.data / "backups"
    backups.mkdir()
    (backups / "socongdoan-2026-01-01.sqlite3").write_bytes(db.read_bytes())
    wine.install(new)
    entry = wine.uninstall_entry()
    assert entry["DisplayVersion"] == desktop_app.__version__
    assert (wine.app / "SoCongDoan.exe").is_file()
    assert _names(db) == ["Nguyễn Văn Đức"]
    assert (backups / "socongdoan-2026-01-01.sqlite3").is_file()
    # one program, one uninstaller: the same AppId was upgraded in place
    assert sorted(p.name for p in wine.app.glob("unins*.exe")) == ["unins000.exe"]


def test_a_folder_with_vietnamese_letters_and_spaces(setups, tmp_path):
    _old, setup = setups
    wine = Wine(tmp_path)
    target = r"C:\Phần mềm công đoàn\Sổ Công đoàn"
    log = tmp_path / "install.log"
    assert wine.run(str(setup), "/VERYSILENT", "/CURRENTUSER", "/SUPPRESSMSGBOXES", "/NORESTART",
                    f"/DIR={target}", "/LOG=Z:" + str(log).replace("/", "\\")) == 0
    folder = wine.prefix / "drive_c" / "Phần mềm công đoàn" / "Sổ Công đoàn"
    assert (folder / "SoCongDoan.exe").is_file() and (folder / "unins000.exe").is_file()
    assert wine.uninstall_entry()["InstallLocation"] == target + "\\"
    assert wine.run(str(folder / "unins000.exe"), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART") == 0
    assert not (folder / "SoCongDoan.exe").exists() and wine.data.is_dir()
