"""Time backups of one database file, phase by phase.

    .venv/bin/python bench/bench_backup.py DB_PATH [--runs N] [--encrypted] [--restore] [--full]

Prints JSON: create (snapshot, check), verify at each level, and optionally an
encrypted backup, a full integrity check and a restore (which runs integrity_check).
The database itself is only read: these backups are not written to its audit log.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--encrypted", action="store_true")
    parser.add_argument("--restore", action="store_true")
    parser.add_argument("--full", action="store_true", help="also time verify --level full (integrity_check)")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="bench-backup-"))
    os.environ.setdefault("SOCONGDOAN_DATA_DIR", str(work / "data"))
    from desktop_app.core.backup import archive as backup

    out: dict[str, object] = {"db_mb": round(args.db.stat().st_size / 1e6, 1)}
    try:
        rows = []
        for i in range(args.runs):
            dest = work / f"run{i}"
            dest.mkdir()
            t0 = time.perf_counter()
            made = backup.create_backup(args.db, dest, record=False)
            t1 = time.perf_counter()
            verdict = backup.verify_backup(made.path)
            t2 = time.perf_counter()
            assert verdict.ok, verdict.reason
            rows.append({"create": t1 - t0, "snapshot": made.timings["snapshot"], "check": made.timings["check"],
                         "verify": t2 - t1, "total": t2 - t0})
            if i < args.runs - 1:
                shutil.rmtree(dest)
        out.update({k: round(statistics.median(r[k] for r in rows), 2) for k in rows[0]})
        t = time.perf_counter()
        assert backup.verify_backup(made.path, level="quick").ok
        out["verify_quick"] = round(time.perf_counter() - t, 2)
        if args.full:
            t = time.perf_counter()
            assert backup.verify_backup(made.path, level="full").ok
            out["verify_full"] = round(time.perf_counter() - t, 2)
        if args.encrypted:
            t = time.perf_counter()
            enc = backup.create_backup(args.db, work, passphrase="benchmark passphrase", record=False)
            out["encrypted_create"] = round(time.perf_counter() - t, 2)
            t = time.perf_counter()
            assert backup.verify_backup(enc.path, passphrase="benchmark passphrase").ok
            out["encrypted_verify"] = round(time.perf_counter() - t, 2)
            enc.path.unlink()
        if args.restore:
            live = work / "live.sqlite3"
            shutil.copy(args.db, live)
            t = time.perf_counter()
            backup.restore_backup(made.path, live)
            out["restore"] = round(time.perf_counter() - t, 2)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
