"""Time to merge district-scale files into a district-scale file.

    python bench/merge_timing.py [--runs N]

Builds the district demo twice (seed 1 and seed 2) in a temporary folder, then times:
* ``overlap``: seed 1 into a copy of itself with 1 % of its members edited (every record
  recognised by uid, history compared member by member);
* ``distinct``: seed 2 into seed 1 (every record added: 152 unions, ~11,000 members);
* ``both``: the two files in one merge (what a new commune union does with the files of
  two former district federations);
* ``dry_run`` of ``both``.
Each figure is the median of N runs, on fresh copies, including the backup.
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


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="merge-bench-"))
    os.environ["SOCONGDOAN_DATA_DIR"] = str(tmp / "data")
    from desktop_app.core.demo.builder import build_demo
    from desktop_app.core.merge.engine import merge_files
    from desktop_app.core.storage.db import open_db

    try:
        for seed in (1, 2):
            db = open_db(tmp / f"s{seed}.sqlite3")
            build_demo(db, "district", seed=seed)
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db.close()
        edited = tmp / "edited.sqlite3"
        shutil.copy(tmp / "s1.sqlite3", edited)
        db = open_db(edited)
        db.execute("UPDATE members SET job = job || ' (sửa)', updated_at = '2026-11-20T08:00:00' WHERE id % 100 = 0")
        db.conn.commit()
        db.close()
        cases = {"overlap": ([edited], False), "distinct": ([tmp / "s2.sqlite3"], False),
                 "both": ([edited, tmp / "s2.sqlite3"], False), "dry_run": ([edited, tmp / "s2.sqlite3"], True)}
        results = {}
        for name, (sources, dry) in cases.items():
            times = []
            for _ in range(args.runs):
                target = tmp / "target.sqlite3"
                shutil.copy(tmp / "s1.sqlite3", target)
                db = open_db(target)
                started = time.perf_counter()
                report = merge_files(db, sources, dry_run=dry)
                times.append(time.perf_counter() - started)
                db.close()
                for p in target.parent.glob("target.sqlite3*"):
                    p.unlink()
            results[name] = {"median_s": round(statistics.median(times), 2), "max_s": round(max(times), 2),
                             "added_members": sum(s.added["members"] for s in report.sources),
                             "matched_members": sum(s.matched["members"] for s in report.sources),
                             "conflicts": len(report.conflicts)}
            print(f"{name:<9} {results[name]}", flush=True)
        print(json.dumps(results))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
