#!/usr/bin/env python3
"""Compile Qt Designer forms: ``forms/<name>.ui`` -> ``desktop_app/ui/forms/ui_<name>.py``.

The generated modules are never edited by hand. ``--check`` compiles into memory and
exits 1 when a generated module is missing, stale or left over from a deleted form,
so a test (and CI) notice a .ui edited without recompiling.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "forms"
OUT = ROOT / "desktop_app" / "ui" / "forms"
HEADER = "# Generated from forms/{name}.ui by scripts/compile_forms.py - do not edit.\n# ruff: noqa\n"
INIT = '"""Classes generated from ../../../forms/*.ui by scripts/compile_forms.py (do not edit)."""\n'


def uic() -> str:
    here = Path(sys.executable).parent / "pyside6-uic"
    if here.exists():
        return str(here)
    found = shutil.which("pyside6-uic")
    if not found:
        raise SystemExit("pyside6-uic not found (install PySide6-Essentials)")
    return found


def compile_form(ui: Path) -> str:
    proc = subprocess.run([uic(), "-g", "python", str(ui)], capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"{ui.name}: pyside6-uic failed: {proc.stderr.strip()}")
    # Drop uic's banner: it names the Qt version, which would make --check fail after
    # an upgrade of PySide6 although nothing changed.
    lines = proc.stdout.splitlines(keepends=True)
    body = "".join(line for line in lines if not line.startswith("##") and line.strip() != "# -*- coding: utf-8 -*-")
    return HEADER.format(name=ui.stem) + body.lstrip("\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the generated modules are current")
    args = parser.parse_args(argv)
    expected = {OUT / f"ui_{ui.stem}.py": compile_form(ui) for ui in sorted(FORMS.glob("*.ui"))}
    expected[OUT / "__init__.py"] = INIT
    problems = []
    for path, text in expected.items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current != text:
            if args.check:
                problems.append(f"{path.relative_to(ROOT)} is {'missing' if current is None else 'out of date'}")
            else:
                OUT.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
                print(f"wrote {path.relative_to(ROOT)}")
    for path in OUT.glob("ui_*.py"):
        if path not in expected:
            if args.check:
                problems.append(f"{path.relative_to(ROOT)} has no forms/{path.stem[3:]}.ui")
            else:
                path.unlink()
                print(f"removed {path.relative_to(ROOT)}")
    if problems:
        print("\n".join(problems) + "\nrun: python scripts/compile_forms.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
