"""The README's performance table, from a JSON file written by ``bench/run.py --json``.

    python bench/table.py bench/out/city.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

# key, what it is, target (None: no target), unit ("×": a ratio to the floor measured in the same run)
ROWS = [
    ("startup_ratio", "Start to main window shown ÷ a bare PySide6 window with a tab and a table", 2.0, "×"),
    ("startup_s.city", "Start to main window shown, {scale} database", None, "s"),
    ("startup_s.floor", "Floor: a bare PySide6 window with a tab and a table", None, "s"),
    ("startup_s.empty", "Start to main window shown, empty database", None, "s"),
    ("search_ratio", "Search keystroke p95 ÷ the bare FTS5 query p95", 2.0, "×"),
    ("search_p95_ms", "Search-as-you-type keystroke, p95 of 200 prefixes (tab code)", None, "ms"),
    ("search_raw_fts_p95_ms", "Floor: the bare FTS5 query, p95", None, "ms"),
    ("search_like_p95_ms", "Peer: LIKE '%…%' over the folded column, p95", None, "ms"),
    ("members_first_page_ms", "Members tab: model ready with its first page", 50, "ms"),
    ("overview_s", "The overview's figures for the year", 0.5, "s"),
    ("sort_any_column_s", "Members sorted by any visible column: first page, worst column", 1.0, "s"),
    ("import_ratio", "Import 100,000 member rows ÷ calamine reading the same file", 3.0, "×"),
    ("import_100k_s", "Import 100,000 member rows from .xlsx", None, "s"),
    ("import_floor_s", "Floor: calamine reading the same workbook", None, "s"),
    ("export_ratio", "Export all members ÷ the writer alone on the same rows", 1.5, "×"),
    ("export_all_s", "Export all members to .xlsx", 8, "s"),
    ("export_floor_s", "Floor: the same rows through the writer alone", None, "s"),
    ("form02_s", "Form 02-HĐCĐ as of a date, computed and written as .xlsx with each union's part", 5, "s"),
    ("rss_mb", "Peak memory with the members tab open", 150, "MB"),
    ("annual_report_s", "Annual report PDF", None, "s"),
    ("members_list_10k_s", "Members list PDF, 10,000 rows", None, "s"),
    ("backup_verify_s", "Backup + verify", None, "s"),
    ("demo_city_s", "Build the city demo database", None, "s"),
    ("demo_district_s", "Build the district demo database", None, "s"),
    ("libreoffice_open_s", "Peer: LibreOffice Calc opens the exported members .xlsx", None, "s"),
    ("libreoffice_rss_mb", "Peer: LibreOffice Calc peak memory doing so", None, "MB"),
]


def lookup(data: dict, key: str) -> object:
    value: object = data
    for part in key.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    if isinstance(value, dict):  # a summary: report the median, and the p95 beside it
        return value.get("median"), value.get("p95")
    return value


def fmt(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, tuple):
        median, p95 = value
        return f"{median:g} (p95 {p95:g})"
    return f"{value:g}" if isinstance(value, float) else str(value)


def table(data: dict) -> str:
    m = data.get("machine", {})
    scale = data.get("scale", "city")
    lines = [f"Measured {m.get('date', '?')} on {m.get('cores', '?')} cores, Python {m.get('python', '?')}, "
             f"SQLite {m.get('sqlite', '?')}, {m.get('platform', '?')}; {scale} scale: "
             f"{data.get('unions', 0):,} active unions, {data.get('members', 0):,} active members "
             "(median of several runs, p95 in brackets). Load average "
             f"{(data.get('load_avg') or {}).get('start', '?')} at the start, "
             f"{(data.get('load_avg') or {}).get('end', '?')} at the end; a ratio divides our figure by "
             "its floor measured in the same run, so the machine's load weighs on both.",
             "",
             "| measure | result | target |",
             "|---|---|---|"]
    for key, label, target, unit in ROWS:
        key = key.replace(".city", f".{scale}")
        value = lookup(data, key)
        if value is None and key.startswith(("demo_", "libreoffice")):
            continue
        median = value[0] if isinstance(value, tuple) else value
        verdict = ""
        if target is not None and isinstance(median, (int, float)):
            verdict = " ✓" if median <= target else " ✗"
        target_text = (f"≤ {target:g}×" if unit == "×" else f"< {target:g} {unit}") if target is not None else ""
        shown = (f"{fmt(value)}×" if unit == "×" else f"{fmt(value)} {unit}") if value is not None else fmt(value)
        lines.append(f"| {label.format(scale=scale)} | {shown} | {target_text}{verdict} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    print(table(json.loads(Path(args[0]).read_text(encoding="utf-8"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
