"""What officers use today: LibreOffice Calc opening the members workbook.

    python bench/peer_libreoffice.py --db DB.sqlite3 [--runs N]
    python bench/peer_libreoffice.py --xlsx MEMBERS.xlsx [--runs N]

Exports every member of DB to .xlsx (with the program's own ``export members`` command
when it is there, else a plain openpyxl sheet with the same columns), then times
``soffice --headless --convert-to csv`` on it: the time Calc needs to read the workbook,
and the peak memory of that process. Prints one JSON line; nulls when LibreOffice is not
installed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEADERS = ["STT", "Họ và tên", "Giới tính", "Ngày sinh", "Số CCCD", "Điện thoại", "Công đoàn cơ sở",
           "Ngày vào công đoàn"]


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def export_members(db_path: Path, out: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "desktop_app", "--db", str(db_path), "export", "members",
                           str(out)], cwd=ROOT, capture_output=True, text=True)
    if proc.returncode == 0 and out.exists():
        return
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Đoàn viên")
    ws.append(HEADERS)
    con = sqlite3.connect(db_path)
    rows = con.execute("SELECT m.full_name, CASE m.sex WHEN 'M' THEN 'Nam' WHEN 'F' THEN 'Nữ' END, m.birth_date, "
                       "m.cccd, m.phone, u.name, m.joined_on FROM members m LEFT JOIN unions u ON u.id = m.union_id "
                       "WHERE m.status = 'active' ORDER BY m.id")
    for i, row in enumerate(rows, 1):
        ws.append([i, *row])
    wb.save(out)


def time_open(xlsx: Path, runs: int) -> dict[str, float]:
    exe = soffice()
    seconds = []
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        warm = Path(tmp) / "warm.xlsx"
        from openpyxl import Workbook

        wb = Workbook()
        wb.active.append(["x"])
        wb.save(warm)
        base = [exe, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "csv",
                "--outdir", tmp]
        # First start creates the profile: not part of opening a workbook.
        subprocess.run([*base, str(warm)], capture_output=True, timeout=300)
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run([*base, str(xlsx)], capture_output=True, timeout=1800, check=True)
            seconds.append(time.perf_counter() - started)
    rss_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"libreoffice_open_s": round(statistics.median(seconds), 1), "libreoffice_rss_mb": round(rss_kb / 1024),
            "libreoffice_xlsx_mb": round(xlsx.stat().st_size / 2**20, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--db", type=Path)
    group.add_argument("--xlsx", type=Path)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args(argv)
    if soffice() is None:
        print(json.dumps({"libreoffice_open_s": None, "libreoffice_rss_mb": None}))
        return 0
    if args.xlsx is None:
        # Timed in a fresh process: the peak memory of its children must be LibreOffice's
        # alone, not our export's.
        with tempfile.TemporaryDirectory() as tmp:
            xlsx = Path(tmp) / "members.xlsx"
            export_members(args.db, xlsx)
            proc = subprocess.run([sys.executable, __file__, "--xlsx", str(xlsx), "--runs", str(args.runs)],
                                  capture_output=True, text=True)
        sys.stderr.write(proc.stderr)
        print(proc.stdout.strip())
        return proc.returncode
    result = time_open(args.xlsx, args.runs)
    result["libreoffice_version"] = subprocess.run([soffice(), "--version"], capture_output=True, text=True,
                                                   env={**os.environ, "HOME": tempfile.gettempdir()}
                                                   ).stdout.strip()
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
