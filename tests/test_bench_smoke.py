"""Keeps bench/run.py from rotting: one quick district run, every key present."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_bench_runs_at_district_scale(tmp_path):
    out = tmp_path / "bench.json"
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--scale", "district", "--runs", "1",
                           "--skip", "peer", "--json", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(out.read_text())
    assert result["unions"] == 149 and result["members"] == 10_391
    assert result["machine"]["cores"] >= 1
    for key in ("demo_district_s", "search_raw_fts_p95_ms", "search_core_p95_ms", "startup_s",
                "members_first_page_ms", "search_p95_ms", "rss_mb", "annual_report_s", "members_list_10k_s",
                "backup_verify_s", "import_100k_s", "export_600k_s"):
        assert key in result
    assert result["search_raw_fts_p95_ms"] > 0
    sys.path.insert(0, str(ROOT / "bench"))
    import table

    text = table.table(result)
    assert "| Bare FTS5 query, p95 (the floor) |" in text and "10,391 active members" in text
