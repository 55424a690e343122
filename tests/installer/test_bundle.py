"""The installer files: fast checks of the spec, the Inno Setup script and the Vietnamese
setup texts (always), and the real bundle build + smoke test (only with
SOCONGDOAN_BUILD_BUNDLE=1: it takes a minute or more and ~180 MB of disk)."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import desktop_app
from desktop_app.cli.main import command_modules

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"


def load(name: str):
    spec = importlib.util.spec_from_file_location(f"_installer_{name}", INSTALLER / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def iss_text() -> str:
    raw = (INSTALLER / "socongdoan.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "the .iss must be UTF-8 with BOM for Vietnamese text"
    return raw.decode("utf-8-sig")


def test_build_script_reads_name_and_version_from_the_package(tmp_path, monkeypatch):
    build = load("build")
    assert build.package_info() == (desktop_app.APP_NAME, desktop_app.__version__)
    monkeypatch.setattr(build, "ROOT", tmp_path)
    text = build.write_version_iss(desktop_app.__version__).read_text(encoding="utf-8")
    assert f'#define AppVersion "{desktop_app.__version__}"' in text
    assert re.search(r'#define AppVersionNumeric "\d+\.\d+\.\d+\.\d+"', text)
    info = build.write_version_info(desktop_app.APP_NAME, desktop_app.__version__).read_text(encoding="utf-8")
    assert f"StringStruct('ProductVersion', '{desktop_app.__version__}')" in info


def test_spec_collects_every_feature_module_and_resources():
    spec = (INSTALLER / "socongdoan.spec").read_text(encoding="utf-8")
    assert 'collect_submodules("desktop_app")' in spec
    assert '"launcher.py"' in spec and (INSTALLER / "launcher.py").is_file()
    assert '(ROOT / "resources").rglob("*")' in spec
    for excluded in ("QtWebEngineCore", "QtQml", "QtQuick", "Qt3DCore", "QtMultimedia"):
        assert f'"PySide6.{excluded}"' in spec
    assert "opengl32sw" in spec
    # the version regex the spec uses finds the package's version
    init = (ROOT / "desktop_app" / "__init__.py").read_text(encoding="utf-8")
    assert re.search(r'^__version__\s*=\s*"([^"]+)"', init, re.M).group(1) == desktop_app.__version__
    assert (INSTALLER / "socongdoan.ico").is_file() and (ROOT / "resources" / "icons" / "socongdoan.png").is_file()


def test_feature_modules_are_found_by_name():
    """What the bundle must also find (the spec collects them; smoke_test compares the lists)."""
    assert "desktop_app.cli.setup" in command_modules()
    import pkgutil

    import desktop_app.ui.features as features
    assert "settings" in {m.name for m in pkgutil.iter_modules(features.__path__)}


def test_inno_setup_script_per_user_and_keeps_data():
    iss = iss_text()
    assert re.search(r"^PrivilegesRequired=lowest$", iss, re.M)
    assert re.search(r"^DefaultDirName=\{localappdata\}\\Programs\\SoCongDoan$", iss, re.M)
    assert "{group}\\{#AppName}" in iss and "{userdesktop}\\{#AppName}" in iss
    assert re.search(r'^Name: "vi"; MessagesFile: "compiler:Default.isl,Vietnamese.isl"$', iss, re.M)
    assert (INSTALLER / "Vietnamese.isl").is_file()
    icon = re.search(r"^SetupIconFile=(.+)$", iss, re.M).group(1)
    assert (INSTALLER / icon).is_file()
    # the bundle folder the script packages is the one build.py makes
    assert f'"..\\dist\\{desktop_app.APP_NAME}"' in iss
    # the data folder name is the platformdirs one the program uses on Windows
    assert f'#define DataFolderName "{desktop_app.APP_NAME}"' in iss
    assert 'Name: "{localappdata}\\{#DataFolderName}"; Flags: uninsneveruninstall' in iss
    uninstall = iss.split("[UninstallDelete]", 1)[1].split("\n[", 1)[0]
    entries = [line for line in uninstall.splitlines() if line.startswith("Type:")]
    assert entries and all("{app}" in e and "localappdata" not in e and "DataFolder" not in e for e in entries)
    # version: from build/version.iss (build.py) or the executable
    assert '#include AddBackslash(SourcePath) + "..\\build\\version.iss"' in iss
    for lang in ("vi", "en"):
        for message in ("DataKept", "DataFolderShortcut", "NotInDataFolder", "NotOnRemovable"):
            assert re.search(rf"^{lang}\.{message}=\S", iss, re.M), f"{lang}.{message}"


def test_vietnamese_isl():
    raw = (INSTALLER / "Vietnamese.isl").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "LanguageID=$042A" in text and "LanguageName=Tiếng Việt" in text
    messages = {}
    section = None
    for line in text.splitlines():
        if not line.strip() or line.startswith(";"):
            continue
        if line.startswith("["):
            section = line.strip()
            continue
        key, sep, value = line.partition("=")
        assert sep and re.fullmatch(r"\w+", key), f"not key=value: {line!r}"
        if section in ("[Messages]", "[CustomMessages]"):
            assert key not in messages, f"duplicate {key}"
            messages[key] = value
    for key in ("ButtonNext", "ButtonBack", "ButtonInstall", "ButtonCancel", "ButtonFinish", "WelcomeLabel1",
                "WelcomeLabel2", "WizardSelectDir", "WizardReady", "WizardInstalling", "FinishedLabel",
                "ConfirmUninstall", "UninstalledAll", "ExitSetupMessage", "CreateDesktopIcon", "LaunchProgram",
                "UninstallProgram", "AdditionalIcons"):
        assert messages.get(key), key
    assert "[name]" in messages["WelcomeLabel1"] and "%1" in messages["ConfirmUninstall"]
    assert "GIỮ LẠI" in messages["ConfirmUninstall"]


def test_translation_complete_and_compiled():
    ts = ROOT / "resources" / "translations" / "installer_vi.ts"
    qm = ts.with_suffix(".qm")
    root = ET.parse(ts).getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 100
    for m in messages:
        tr = m.find("translation")
        assert tr.get("type") not in ("unfinished", "obsolete", "vanished"), m.find("source").text
        assert (tr.text or "").strip(), m.find("source").text
    assert qm.is_file() and qm.stat().st_size > 10_000


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("SOCONGDOAN_BUILD_BUNDLE") != "1",
                    reason="set SOCONGDOAN_BUILD_BUNDLE=1 to build the bundle and smoke-test it")
def test_build_and_smoke_test_the_bundle(tmp_path):
    dist = tmp_path / "dist"
    build = subprocess.run([sys.executable, str(INSTALLER / "build.py"), "--no-archive", "--dist", str(dist)],
                           capture_output=True, text=True, cwd=ROOT, timeout=1800)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    size = re.search(r"uncompressed: ([\d.]+) MB", build.stdout)
    assert size and float(size.group(1)) < 400
    smoke = subprocess.run([sys.executable, str(INSTALLER / "smoke_test.py"), "--bundle",
                            str(dist / desktop_app.APP_NAME)], capture_output=True, text=True, cwd=ROOT,
                           timeout=900)
    print(smoke.stdout)
    assert smoke.returncode == 0, smoke.stdout[-4000:] + smoke.stderr[-2000:]
    assert "smoke test passed" in smoke.stdout
