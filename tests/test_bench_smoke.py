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
                "backup_verify_s", "import_100k_s", "export_600k_s",
                # issue 20: each figure beside its floor from the same run, and the ratio
                "startup_ratio", "search_ratio", "import_ratio", "export_ratio", "overview_s",
                "sort_any_column_s", "form02_s", "load_avg"):
        assert key in result
    assert result["search_raw_fts_p95_ms"] > 0
    assert result["startup_s"]["floor"]["median"] > 0 and result["startup_ratio"] > 0
    assert result["import_floor_s"] > 0 and result["import_ratio"] > 0
    assert len(result["startup_s"]["floor"]["all"]) == result["startup_s"]["floor"]["runs"]
    sys.path.insert(0, str(ROOT / "bench"))
    import table

    text = table.table(result)
    assert "| Floor: the bare FTS5 query, p95 |" in text and "10,391 active members" in text
    assert "| Start to main window shown ÷ a bare PySide6 window with a tab and a table |" in text
