"""Build the one-folder bundle of Sổ Công đoàn with PyInstaller (Linux or Windows).

    python installer/build.py              # build dist/SoCongDoan/, then zip + tar.xz it
    python installer/build.py --no-archive # build only, print the uncompressed size
    python installer/build.py --windows-installer
        # compile installer/socongdoan.iss into dist/SoCongDoan-Setup-<version>.exe: on Windows
        # with the Inno Setup compiler, elsewhere with the npm package "innosetup" under Wine;
        # without a Windows bundle in dist/SoCongDoan, against a stand-in folder of its layout
        # (dist/SoCongDoan-Setup-<version>-standin.exe), which checks the script itself

Installs PyInstaller into the running Python environment if it is missing (it is the
optional ``build`` extra: ``pip install -e .[build]``). On Windows the folder
``dist/SoCongDoan`` is what ``iscc installer\\socongdoan.iss`` packages.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "socongdoan.spec"


def package_info() -> tuple[str, str]:
    text = (ROOT / "desktop_app" / "__init__.py").read_text(encoding="utf-8")
    version = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.M).group(1)
    name = re.search(r'^APP_NAME\s*=\s*"([^"]+)"', text, re.M).group(1)
    return name, version


def ensure_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        print("PyInstaller is missing: installing it into", sys.prefix, flush=True)
        subprocess.run([sys.executable, "-m", "pip", "install", "pyinstaller>=6"], check=True)


def compile_translations() -> None:
    """Compile every resources/translations/*.ts (scripts/i18n.py release)."""
    spec = importlib.util.spec_from_file_location("_scripts_i18n", ROOT / "scripts" / "i18n.py")
    i18n = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = i18n  # its dataclasses look their module up
    spec.loader.exec_module(i18n)
    print(f"compiled {len(i18n.release())} translation(s)")


def compile_forms() -> None:
    script = ROOT / "scripts" / "compile_forms.py"
    if script.exists():
        subprocess.run([sys.executable, str(script)], check=True, cwd=ROOT)


def write_version_info(name: str, version: str) -> Path:
    """The Windows version resource (file properties → Details)."""
    parts = [int(p) for p in re.findall(r"\d+", version)[:4]]
    parts += [0] * (4 - len(parts))
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={tuple(parts)}, prodvers={tuple(parts)}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[StringFileInfo([StringTable('042a04b0', [
      StringStruct('CompanyName', 'Sổ Công đoàn'),
      StringStruct('FileDescription', 'Sổ Công đoàn - quản lý công đoàn cấp trên cơ sở'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', '{name}'),
      StringStruct('OriginalFilename', '{name}.exe'),
      StringStruct('ProductName', 'Sổ Công đoàn'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [0x042a, 1200])])]
)
"""
    path = ROOT / "build" / "version_info.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def write_version_iss(version: str) -> Path:
    """``build/version.iss``: the version for the Inno Setup script (socongdoan.iss includes it)."""
    numbers = [int(p) for p in re.findall(r"\d+", version)[:4]]
    numbers += [0] * (4 - len(numbers))
    path = ROOT / "build" / "version.iss"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'#define AppVersion "{version}"\n'
                    f'#define AppVersionNumeric "{".".join(map(str, numbers))}"\n', encoding="utf-8")
    return path


def folder_size(folder: Path) -> tuple[int, int]:
    files = [f for f in folder.rglob("*") if f.is_file() and not f.is_symlink()]
    return sum(f.stat().st_size for f in files), len(files)


def mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB"


def make_archives(bundle: Path, stem: str, xz: bool) -> dict[str, Path]:
    out: dict[str, Path] = {}
    zpath = bundle.parent / f"{stem}.zip"
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        for f in sorted(bundle.rglob("*")):
            z.write(f, f.relative_to(bundle.parent))
    out["zip"] = zpath
    if xz:
        xpath = bundle.parent / f"{stem}.tar.xz"
        with tarfile.open(xpath, "w:xz", preset=6) as t:
            t.add(bundle, arcname=bundle.name)
        out["xz"] = xpath
    return out


# --- the Windows installer ---------------------------------------------------------------

ISS = ROOT / "installer" / "socongdoan.iss"
INNO_CACHE = ROOT / ".cache-innosetup"          # npm install --prefix (git-ignored)
INNO_PACKAGE = "innosetup@6"                    # carries ISCC.exe 6.x and its DLLs


class Missing(Exception):
    """A tool the step needs is not installed: the message is the one line to print."""


def find_iscc() -> Path:
    """ISCC.exe: $SOCONGDOAN_ISCC, Inno Setup's own folder on Windows, or the npm package
    installed into .cache-innosetup (installed there on first use when npm is present)."""
    env = os.environ.get("SOCONGDOAN_ISCC")
    if env:
        return Path(env)
    if os.name == "nt":
        for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles")):
            if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").is_file():
                return Path(base) / "Inno Setup 6" / "ISCC.exe"
        found = shutil.which("iscc")
        if found:
            return Path(found)
    iscc = INNO_CACHE / "node_modules" / "innosetup" / "bin" / "ISCC.exe"
    if iscc.is_file():
        return iscc
    npm = shutil.which("npm")
    if npm is None:
        raise Missing("missing: the Inno Setup compiler; install Node.js and npm (apt-get install npm) so the "
                      "npm package 'innosetup' can be fetched, or set SOCONGDOAN_ISCC to ISCC.exe")
    print(f"fetching the Inno Setup compiler: npm install {INNO_PACKAGE} into {INNO_CACHE}", flush=True)
    INNO_CACHE.mkdir(parents=True, exist_ok=True)
    subprocess.run([npm, "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(INNO_CACHE),
                    INNO_PACKAGE], check=True)
    if not iscc.is_file():
        raise Missing(f"missing: {iscc} (the npm package 'innosetup' did not bring ISCC.exe)")
    return iscc


def wine_env(prefix: Path) -> dict[str, str]:
    """A quiet Wine in its own prefix and home folder: no Mono/Gecko install prompts, no
    debug output, nothing in the Linux user's desktop, menus or home."""
    home = prefix.parent / (prefix.name + "-home")  # Wine links Desktop, Documents... to $HOME
    home.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, WINEPREFIX=str(prefix), WINEDEBUG="-all", HOME=str(home),
               XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local" / "share"),
               WINEDLLOVERRIDES="mscoree,mshtml=,winemenubuilder.exe=d")  # no Linux menu entries
    env.pop("DISPLAY", None)
    return env


def windows_path(path: Path) -> str:
    """Wine maps drive Z: to the Linux root."""
    return "Z:" + str(path.resolve()).replace("/", "\\")


def check_wine() -> str:
    wine = shutil.which("wine")
    if wine is None:
        raise Missing("missing: wine; install it with: dpkg --add-architecture i386 && apt-get update && "
                      "apt-get install wine wine32:i386")
    return wine


def run_windows(cmd: list[str], prefix: Path, **kw) -> subprocess.CompletedProcess:
    """Run a Windows program: directly on Windows, under Wine elsewhere. Wine without its
    32-bit part cannot start ISCC.exe or a setup (both are 32-bit): that is said in one line."""
    if os.name == "nt":
        return subprocess.run(cmd, **kw)
    wine = check_wine()
    prefix.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([wine, *cmd], env=wine_env(prefix), **kw)
    text = (result.stdout or "") + (result.stderr or "") if isinstance(result.stdout, str) else ""
    if result.returncode != 0 and "wine32 is missing" in text:
        raise Missing("missing: 32-bit Wine; install it with: dpkg --add-architecture i386 && apt-get update && "
                      "apt-get install wine32:i386")
    return result


def make_standin(folder: Path, internal_from: Path | None = None) -> Path:
    """A folder with the layout of the Windows bundle (the two executables and _internal/),
    for checking the installer script where no Windows bundle can be built. _internal/ is
    the Linux bundle's when one is given (about the size of the Windows one, so the
    compile time and the setup's size are realistic), else the program's resources. The
    executables are copies of a small Windows program from Wine when there is one (so
    shortcuts point at something that runs), else placeholders."""
    if folder.exists():
        shutil.rmtree(folder)
    internal = folder / "_internal"
    internal.mkdir(parents=True)
    stub = next(iter(sorted(Path("/usr/lib").glob("*/wine/x86_64-windows/whoami.exe"))), None) \
        or next(iter(sorted(Path("/usr/lib").glob("wine/x86_64-windows/whoami.exe"))), None)
    for exe in ("SoCongDoan.exe", "socongdoan-cli.exe"):
        if stub is not None:
            shutil.copyfile(stub, folder / exe)
        else:
            (folder / exe).write_bytes(b"MZ stand-in for the Windows build of " + exe.encode())
    if internal_from is not None:
        shutil.copytree(internal_from, internal, dirs_exist_ok=True, symlinks=True)
    else:
        shutil.copytree(ROOT / "resources", internal / "resources")
    (internal / "STAND-IN.txt").write_text(
        "This folder stands in for the Windows bundle (built only on Windows by installer/build.py).\n"
        "It lets the Inno Setup script be compiled and its setup installed under Wine.\n", encoding="utf-8")
    return folder


def build_windows_installer(dist: Path, *, version: str, bundle: Path | None = None,
                            output_name: str | None = None) -> Path:
    """Compile socongdoan.iss; returns the setup's path. ``bundle`` defaults to
    dist/SoCongDoan when it holds SoCongDoan.exe, else a stand-in (named so)."""
    iscc = find_iscc()
    write_version_iss(version)
    standin = False
    if bundle is None:
        bundle = dist / "SoCongDoan"
        if not (bundle / "SoCongDoan.exe").is_file():
            linux = bundle / "_internal" if (bundle / "_internal").is_dir() else None
            bundle = make_standin(ROOT / "build" / "standin" / "SoCongDoan", linux)
            standin = True
    name = output_name or f"SoCongDoan-Setup-{version}" + ("-standin" if standin else "")
    dist.mkdir(parents=True, exist_ok=True)
    numbers = [int(p) for p in re.findall(r"\d+", version)[:4]]
    numbers += [0] * (4 - len(numbers))
    path = windows_path if os.name != "nt" else (lambda p: str(p.resolve()))
    cmd = [str(iscc) if os.name == "nt" else path(iscc), "/Qp", f"/O{path(dist)}", f"/F{name}",
           f"/DBundleDir={path(bundle)}", f'/DAppVersion={version}',
           f'/DAppVersionNumeric={".".join(map(str, numbers))}', f"/DOutputName={name}", path(ISS)]
    started = time.perf_counter()
    result = run_windows(cmd, ROOT / "build" / "wine-iscc", capture_output=True, text=True,
                         encoding="utf-8", errors="replace")
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-15:])
        raise Missing(f"the Inno Setup compiler failed (exit {result.returncode}):\n{tail}")
    setup = dist / f"{name}.exe"
    size, count = folder_size(bundle)
    print(f"setup: {setup}")
    print(f"  compiled in {elapsed:.1f} s; {mb(setup.stat().st_size)} from {mb(size)} in {count} files"
          + (" (a STAND-IN bundle: not the program; build the bundle on Windows first)" if standin else ""))
    return setup


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--no-archive", action="store_true", help="do not write the zip / tar.xz archives")
    parser.add_argument("--no-xz", action="store_true", help="write the zip but not the (slow) tar.xz")
    parser.add_argument("--windows-installer", action="store_true",
                        help="compile the Inno Setup installer (under Wine off Windows) instead of the bundle")
    args = parser.parse_args(argv)

    name, version = package_info()
    if args.windows_installer:
        try:
            build_windows_installer(args.dist, version=version)
        except Missing as e:
            print(e, file=sys.stderr)
            return 1
        return 0
    ensure_pyinstaller()
    compile_forms()
    compile_translations()
    write_version_info(name, version)
    write_version_iss(version)

    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(args.dist), "--workpath", str(ROOT / "build" / "pyinstaller"),
                    str(SPEC)], check=True, cwd=ROOT)
    elapsed = time.perf_counter() - started
    bundle = args.dist / name
    size, count = folder_size(bundle)
    print(f"bundle: {bundle}")
    print(f"  version {version}, built in {elapsed:.0f} s")
    print(f"  uncompressed: {mb(size)} in {count} files")
    if not args.no_archive:
        plat = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
        t0 = time.perf_counter()
        archives = make_archives(bundle, f"{name}-{version}-{plat}", xz=not args.no_xz)
        for kind, path in archives.items():
            print(f"  compressed ({kind}): {mb(path.stat().st_size)}  {path.name}")
        print(f"  archives written in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
