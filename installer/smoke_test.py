"""Smoke test of the built bundle: run the frozen program the way a user's PC would.

    python installer/smoke_test.py [--bundle dist/SoCongDoan]

Offscreen and in a throw-away data/config folder it checks that the bundled program
  * reports the package's version and offers every command the source tree has
    (feature modules are discovered at run time, so this proves discovery works frozen),
  * sets up a demo database the way the first-run wizard does (``setup init --demo``),
  * writes one PDF (``report ...``) and one backup (``backup create ...``) when those
    commands are in the bundle (skipped with a message otherwise),
  * opens the window on that database and exits 0 (``SOCONGDOAN_EXIT_WHEN_SHOWN=1``).
Exit code 0 when everything passed.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if os.name == "nt" else ""


class Smoke:
    def __init__(self, bundle: Path, work: Path):
        self.bundle = bundle
        self.cli = bundle / f"socongdoan-cli{EXE}"
        self.gui = bundle / f"SoCongDoan{EXE}"
        self.work = work
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                        SOCONGDOAN_DATA_DIR=str(work / "data"), SOCONGDOAN_CONFIG_DIR=str(work / "config"))
        self.env.pop("SOCONGDOAN_EXIT_WHEN_SHOWN", None)
        self.failures: list[str] = []

    def run(self, *args: str, exe: Path | None = None, env: dict | None = None,
            timeout: int = 180) -> subprocess.CompletedProcess:
        started = time.perf_counter()
        proc = subprocess.run([str(exe or self.cli), *args], capture_output=True, text=True, encoding="utf-8",
                              errors="replace", env=env or self.env, cwd=self.work, timeout=timeout)
        print(f"  $ {(exe or self.cli).name} {' '.join(args)}  -> exit {proc.returncode} "
              f"in {time.perf_counter() - started:.1f} s")
        return proc

    def check(self, ok: bool, what: str, detail: str = "") -> bool:
        print(f"{'ok  ' if ok else 'FAIL'} {what}")
        if not ok:
            self.failures.append(what)
            if detail:
                print("     " + detail.strip().replace("\n", "\n     ")[-2000:])
        return ok


def commands_of(help_text: str) -> set[str]:
    """Subcommand names from argparse's --help output."""
    match = re.search(r"\{([^}]*)\}", help_text)
    if match:
        return set(match.group(1).split(","))
    names, inside = set(), False
    for line in help_text.splitlines():
        if line.strip() == "COMMAND":
            inside = True
            continue
        if inside:
            m = re.match(r"^    (\S+)", line)
            if m:
                names.add(m.group(1))
            elif line and not line.startswith(" "):
                break
    return names


def source_commands() -> set[str] | None:
    try:
        proc = subprocess.run([sys.executable, "-m", "desktop_app", "--help"], capture_output=True, text=True,
                              cwd=ROOT, timeout=60, encoding="utf-8")
    except (OSError, subprocess.TimeoutExpired):
        return None
    return commands_of(proc.stdout) if proc.returncode == 0 else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "SoCongDoan")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="socongdoan-smoke-"))
    s = Smoke(args.bundle.resolve(), work)
    print(f"bundle: {s.bundle}\nwork folder: {work}")
    if not s.check(s.cli.is_file() and s.gui.is_file(), "both executables are in the bundle"):
        return 1

    text = (ROOT / "desktop_app" / "__init__.py").read_text(encoding="utf-8")
    version = re.search(r'__version__\s*=\s*"([^"]+)"', text).group(1)
    proc = s.run("--version")
    s.check(proc.returncode == 0 and version in proc.stdout, f"--version reports {version}", proc.stdout + proc.stderr)

    proc = s.run("--help")
    bundled = commands_of(proc.stdout)
    s.check(proc.returncode == 0 and "setup" in bundled,
            "feature commands are discovered in the bundle (cli_setup → 'setup')", proc.stdout + proc.stderr)
    expected = source_commands()
    if expected is None:
        print("skip compare with the source tree's commands (cannot run it here)")
    else:
        s.check(expected <= bundled, f"every command of the source tree is bundled: {sorted(expected)}",
                f"missing: {sorted(expected - bundled)}")

    resources = s.bundle / "_internal" / "resources"
    s.check((resources / "fonts" / "LiberationSerif-Regular.ttf").is_file(), "fonts are bundled")
    s.check(any((resources / "translations").glob("*_vi.qm")), "Vietnamese translations are bundled")

    db = work / "data" / "socongdoan.sqlite3"
    proc = s.run("setup", "init", "--name", "Liên đoàn Lao động quận Nam Từ Liêm", "--kind", "district",
                 "--parent", "Liên đoàn Lao động thành phố Hà Nội", "--place", "Nam Từ Liêm", "--demo")
    s.check(proc.returncode == 0 and db.is_file(), "setup init --demo creates the demo database",
            proc.stdout + proc.stderr)
    # ``--db`` after the command: argparse lets a subcommand's default overwrite a --db given before it.
    proc = s.run("stats", "--as-of", "2026-11-15", "--db", str(db))
    s.check(proc.returncode == 0 and "grassroots unions" in proc.stdout, "stats on the demo database",
            proc.stdout + proc.stderr)

    if "report" in bundled:
        pdf = work / "unions.pdf"
        attempts = [("report", "unions", "-o", str(pdf)), ("report", "annual", "--year", "2026", "-o", str(pdf))]
        for attempt in attempts:
            proc = s.run(*attempt, "--db", str(db))
            if proc.returncode == 0 and pdf.is_file():
                break
        ok = pdf.is_file() and pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 1000
        s.check(ok, f"report writes a PDF ({pdf.stat().st_size if pdf.exists() else 0:,} bytes)",
                proc.stdout + proc.stderr)
    else:
        print("skip report: the 'report' command is not in this bundle")

    if "backup" in bundled:
        usb = work / "usb"
        usb.mkdir()
        proc = s.run("backup", "create", str(usb), "--db", str(db))
        written = [p for p in usb.rglob("*") if p.is_file()]
        s.check(proc.returncode == 0 and bool(written), f"backup create writes {[p.name for p in written]}",
                proc.stdout + proc.stderr)
        if written and proc.returncode == 0:
            proc = s.run("backup", "verify", str(max(written, key=lambda p: p.stat().st_size)), "--db", str(db))
            s.check(proc.returncode == 0, "backup verify accepts it", proc.stdout + proc.stderr)
    else:
        print("skip backup: the 'backup' command is not in this bundle")

    shown_env = dict(s.env, SOCONGDOAN_EXIT_WHEN_SHOWN="1")
    proc = s.run("--db", str(db), env=shown_env)
    s.check(proc.returncode == 0 and "shown" in proc.stdout, "the window opens (console executable)",
            proc.stdout + proc.stderr)
    proc = s.run("--db", str(db), exe=s.gui, env=shown_env)
    # The windowed executable has no stdout on Windows: there only the exit code counts.
    s.check(proc.returncode == 0 and (os.name == "nt" or "shown" in proc.stdout),
            "the window opens (windowed executable)", proc.stdout + proc.stderr)

    shots = work / "shots"
    proc = s.run("--db", str(db), "--screenshot", str(shots))
    pngs = sorted(p.name for p in shots.glob("*.png")) if shots.is_dir() else []
    s.check(proc.returncode == 0 and bool(pngs) and "failed to install" not in proc.stderr,
            f"the window's tabs render and every ui feature module installs ({', '.join(pngs)})",
            proc.stdout + proc.stderr)

    print(f"smoke test {'passed' if not s.failures else 'FAILED'} in {time.perf_counter() - started:.0f} s")
    if not args.keep and not s.failures:
        import shutil
        shutil.rmtree(work, ignore_errors=True)
    return 1 if s.failures else 0


if __name__ == "__main__":
    sys.exit(main())
