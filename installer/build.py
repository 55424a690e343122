"""Build the one-folder bundle of Sổ Công đoàn with PyInstaller (Linux or Windows).

    python installer/build.py              # build dist/SoCongDoan/, then zip + tar.xz it
    python installer/build.py --no-archive # build only, print the uncompressed size

Installs PyInstaller into the running Python environment if it is missing (it is the
optional ``build`` extra: ``pip install -e .[build]``). On Windows the folder
``dist/SoCongDoan`` is what ``iscc installer\\socongdoan.iss`` packages.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--no-archive", action="store_true", help="do not write the zip / tar.xz archives")
    parser.add_argument("--no-xz", action="store_true", help="write the zip but not the (slow) tar.xz")
    args = parser.parse_args(argv)

    name, version = package_info()
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
