#!/usr/bin/env python3
"""Measure the members tab the way the window runs it, offscreen.

Usage: ui_probe.py DB_PATH RUNS. Prints one JSON line:
``{"members_first_page_ms": .., "search_p95_ms": .., "rss_mb": ..}``

- members_first_page_ms: building the members tab (its model, filters as the window
  sets them: active members, sorted by name) until the first page is in the model;
  the median of RUNS fresh tabs.
- search_p95_ms: for each of the 200 prefixes of ``bench.run.search_prefixes()``, the
  time from the tab's search handler (what the debounce timer calls after a
  keystroke) to the first page of matches in the model; p95 over all prefixes x RUNS.
- rss_mb: peak resident memory of this process.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str]) -> int:
    db_path = Path(argv[1])
    runs = int(argv[2]) if len(argv) > 2 else 1
    from PySide6.QtWidgets import QApplication

    from bench.run import percentile, search_prefixes
    from desktop_app.core.storage.db import open_db
    from desktop_app.ui.tabs import make_list_tab

    app = QApplication.instance() or QApplication([])
    db = open_db(db_path)
    first_page = []
    tab = None
    for _ in range(max(runs, 1)):
        if tab is not None:
            tab.deleteLater()
            app.processEvents()
        started = time.perf_counter()
        tab = make_list_tab(db, "members")
        tab.ensure_loaded()
        first_page.append((time.perf_counter() - started) * 1000)
        assert tab.model.rowCount() > 0
    times = []
    for _ in range(max(runs, 1)):
        for text in search_prefixes():
            tab.search.blockSignals(True)   # the keystroke itself: no debounce in the timing
            tab.search.setText(text)
            tab.search.blockSignals(False)
            started = time.perf_counter()
            tab.apply_search()              # what the debounce timer calls
            times.append((time.perf_counter() - started) * 1000)
        tab.search.setText("")
        tab.apply_search()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"members_first_page_ms": round(statistics.median(first_page), 1),
                      "search_p95_ms": round(percentile(times, 0.95), 2),
                      "search_median_ms": round(statistics.median(times), 2),
                      "rss_mb": round(rss_mb, 1)}))
    tab.deleteLater()
    app.processEvents()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
