"""Benchmarks at district or city scale: what officers wait for.

    python bench/run.py [--scale district|city] [--json OUT.json] [--runs N]

Builds the demo database once per scale (cached in bench/cache/, keyed by the schema
version) and measures each figure several times, reporting median and p95. A figure
whose feature is not in this checkout is written as null.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.core.demo import names as demo_names  # noqa: E402
from desktop_app.core.storage import config  # noqa: E402
from desktop_app.core.storage.db import open_db  # noqa: E402
from desktop_app.core.storage.migrations import SCHEMA_VERSION  # noqa: E402
from desktop_app.core.text import fold  # noqa: E402

CACHE = ROOT / "bench" / "cache"


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def summary(values: list[float], digits: int = 3) -> dict[str, object]:
    """Median, p95 and spread of ``values``; every run is kept (``all``)."""
    return {"median": round(statistics.median(values), digits), "p95": round(percentile(values, 0.95), digits),
            "min": round(min(values), digits), "max": round(max(values), digits), "runs": len(values),
            "all": [round(v, digits) for v in values]}


def ratio(ours: object, floor: object) -> float | None:
    """ours ÷ floor, both medians measured in the same run (noise on a shared machine
    moves both; the ratio is what the targets are about)."""
    def median(x: object) -> float | None:
        return x.get("median") if isinstance(x, dict) else x if isinstance(x, (int, float)) else None
    a, b = median(ours), median(floor)
    return round(a / b, 2) if a and b else None


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        out.append(time.perf_counter() - started)
    return out


def search_prefixes(n: int = 200, seed: int = 7) -> list[str]:
    """What people type into the members search box: surname and given-name prefixes,
    with and without diacritics, one or two words, as each keystroke sends them."""
    r = random.Random(seed)
    family = [f for f, _ in demo_names.FAMILY]
    given = demo_names.GIVEN_M + demo_names.GIVEN_F
    middle = [m for m, _ in demo_names.MIDDLE_M + demo_names.MIDDLE_F]
    out: list[str] = []
    while len(out) < n:
        words = [r.choice(family)]
        if r.random() < 0.6:
            words.append(r.choice(middle))
        if r.random() < 0.4:
            words.append(r.choice(given))
        text = " ".join(words)
        if r.random() < 0.5:
            text = fold(text)
        cut = r.randint(1, len(text))
        prefix = text[:cut].strip()
        if prefix:
            out.append(prefix)
    return out


def demo_database(scale: str) -> tuple[Path, float | None]:
    """The cached demo database for ``scale`` and the seconds it took to build."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"{scale}-seed1-v{SCHEMA_VERSION}.sqlite3"
    meta = path.with_suffix(".json")
    if path.exists() and meta.exists():
        return path, json.loads(meta.read_text())["build_s"]
    for p in CACHE.glob(f"{scale}-*"):
        p.unlink()
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "desktop_app", "demo", "--scale", scale, "--db", str(path)],
                          cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"building the {scale} demo failed: {proc.stderr.strip()}")
    db = open_db(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    meta.write_text(json.dumps({"build_s": round(elapsed, 2)}))
    return path, round(elapsed, 2)


def bench_search(db_path: Path, runs: int) -> dict[str, object]:
    from desktop_app.core import search

    db = open_db(db_path)
    prefixes = search_prefixes()
    raw, core, like = [], [], []
    for text in prefixes:
        expression = search.fts_query(text)
        pattern = "%" + fold(text) + "%"
        for _ in range(runs):
            # the peer: what a hand-written program would do, LIKE over the folded column
            started = time.perf_counter()
            db.execute("SELECT id FROM members WHERE search_text LIKE ? LIMIT 50", [pattern]).fetchall()
            like.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            db.execute("SELECT rowid FROM members_fts WHERE members_fts MATCH ? LIMIT 50", [expression]).fetchall()
            raw.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            search.search(db, text, limit=50, kinds=("member",))
            core.append((time.perf_counter() - started) * 1000)
    db.close()
    return {"search_raw_fts_p95_ms": round(percentile(raw, 0.95), 2),
            "search_core_p95_ms": round(percentile(core, 0.95), 2),
            "search_core_median_ms": round(statistics.median(core), 2),
            "search_like_p95_ms": round(percentile(like, 0.95), 2)}


def bench_tab_search(db_path: Path, runs: int) -> dict[str, object]:
    """Search-as-you-type through the members tab's own model, and its first page."""
    script = ROOT / "bench" / "ui_probe.py"
    if not script.exists():
        return {"members_first_page_ms": None, "search_p95_ms": None, "rss_mb": None}
    proc = subprocess.run([sys.executable, str(script), str(db_path), str(runs)], cwd=ROOT,
                          capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    if proc.returncode != 0:
        print(proc.stderr, file=sys.stderr)
        return {"members_first_page_ms": None, "search_p95_ms": None, "rss_mb": None}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _until_shown(command: list[str], env: dict[str, str], runs: int) -> dict[str, object] | None:
    """Seconds from process start until it prints "shown" and exits, ``runs`` times."""
    values = []
    for _ in range(runs):
        started = time.perf_counter()
        try:
            proc = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        except subprocess.TimeoutExpired:
            return None
        if proc.returncode != 0 or "shown" not in proc.stdout:
            return None
        values.append(time.perf_counter() - started)
    return summary(values)


def bench_startup_floor(runs: int) -> dict[str, object] | None:
    """The floor: a bare PySide6 window with a tab widget and a table view, shown."""
    return _until_shown([sys.executable, str(ROOT / "bench" / "floor_window.py")],
                        {**os.environ, "QT_QPA_PLATFORM": "offscreen"}, runs)


def bench_startups(db_path: Path, scale: str, runs: int) -> dict[str, object]:
    """Start-up with an empty and a full database and the bare-window floor, taken in
    turns so that a burst of load on the machine weighs on all three alike."""
    empty, full, floor = [], [], []
    for _ in range(runs):
        for bucket, fn in ((floor, lambda: bench_startup_floor(1)), (empty, lambda: bench_startup(None, 1)),
                           (full, lambda: bench_startup(db_path, 1))):
            got = fn()
            if got is not None:
                bucket.extend(got["all"])
    out = {"startup_s": {"empty": summary(empty) if empty else None, scale: summary(full) if full else None,
                         "floor": summary(floor) if floor else None}}
    out["startup_ratio"] = ratio(out["startup_s"][scale], out["startup_s"]["floor"])
    return out


def bench_startup(db_path: Path | None, runs: int) -> dict[str, float] | None:
    """Process start to the main window shown, offscreen."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SOCONGDOAN_EXIT_WHEN_SHOWN": "1"}
    with tempfile.TemporaryDirectory() as tmp:
        env["SOCONGDOAN_DATA_DIR"] = tmp
        env["SOCONGDOAN_CONFIG_DIR"] = tmp
        keys_folder = config.config_path().parent / "keys"
        if keys_folder.is_dir():   # an encrypted database: the user's key store comes along
            shutil.copytree(keys_folder, Path(tmp) / "keys")
        target = db_path
        if target is None:  # an empty database: the window opens without demo data
            target = Path(tmp) / "empty.sqlite3"
            open_db(target).close()
            env["SOCONGDOAN_NO_DEMO"] = "1"
        return _until_shown([sys.executable, "-m", "desktop_app", "--db", str(target)], env, runs)


def _optional(fn: Callable[[], dict[str, object]], keys: tuple[str, ...]) -> dict[str, object]:
    try:
        return fn()
    except ImportError:
        return dict.fromkeys(keys)


def _union_of_at_least(db, size: int) -> tuple[int, int]:
    """The biggest union, grown by transfers (history rows, as the program makes them) to
    ``size`` active members when the demo has none that big: a 10,000-worker factory."""
    biggest, count = db.execute("SELECT union_id, count(*) n FROM members WHERE status = 'active' "
                                "GROUP BY union_id ORDER BY n DESC LIMIT 1").fetchone()
    if count < size:
        with db.atomic():
            db.execute(
                "INSERT INTO memberships (member_id, kind, union_id, on_date, reason) "
                "SELECT id, 'transfer', ?, max(status_on, ?), 'Chuyển công tác' FROM members "
                "WHERE status = 'active' AND union_id != ? ORDER BY id LIMIT ?",
                [biggest, f"{dt.date.today().year - 1}-01-01", biggest, size - count])
        count = db.execute("SELECT count(*) FROM members WHERE status = 'active' AND union_id = ?",
                           [biggest]).fetchone()[0]
    return biggest, count


def bench_reports(db_path: Path, runs: int) -> dict[str, object]:
    def run() -> dict[str, object]:
        from desktop_app.core import reports

        db = open_db(db_path)
        year = dt.date.today().year - 1
        with tempfile.TemporaryDirectory() as tmp:
            annual = timed(lambda: reports.annual_pdf(db, year, Path(tmp) / "annual.pdf"), runs)
            union_id, rows = _union_of_at_least(db, 10_000)
            members_list = timed(lambda: reports.members_pdf(db, union_id, Path(tmp) / "members.pdf"), runs)
        db.close()
        return {"annual_report_s": summary(annual), "members_list_10k_s": summary(members_list),
                "members_list_rows": rows}
    return _optional(run, ("annual_report_s", "members_list_10k_s", "members_list_rows"))


def bench_backup(db_path: Path, runs: int) -> dict[str, object]:
    def run() -> dict[str, object]:
        from desktop_app.core.backup import archive as backup

        create = getattr(backup, "create_backup", None)
        verify = getattr(backup, "verify_backup", None)
        if create is None or verify is None:
            raise ImportError
        values = []
        with tempfile.TemporaryDirectory() as tmp:
            for i in range(runs):
                dest = Path(tmp) / str(i)
                dest.mkdir()
                started = time.perf_counter()
                made = create(db_path, dest)
                verify(getattr(made, "path", made))
                values.append(time.perf_counter() - started)
        return {"backup_verify_s": summary(values)}
    return _optional(run, ("backup_verify_s",))


def bench_excel(db_path: Path, runs: int) -> dict[str, object]:
    script = ROOT / "bench" / "excel_probe.py"
    if not script.exists():
        return {"import_100k_s": None, "export_600k_s": None}
    proc = subprocess.run([sys.executable, str(script), str(db_path)], cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        print(proc.stderr, file=sys.stderr)
        return {"import_100k_s": None, "export_600k_s": None}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def bench_peer(db_path: Path) -> dict[str, object]:
    """LibreOffice Calc opening the exported members workbook: what officers use today."""
    script = ROOT / "bench" / "peer_libreoffice.py"
    proc = subprocess.run([sys.executable, str(script), "--db", str(db_path)], cwd=ROOT, capture_output=True,
                          text=True)
    if proc.returncode != 0:
        print(proc.stderr, file=sys.stderr)
        return {"libreoffice_open_s": None, "libreoffice_rss_mb": None}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _numbers(value: object, prefix: str = "") -> dict[str, float]:
    """The figures of a result, flattened: {"startup_s.district.median": 1.2, ...}."""
    if isinstance(value, dict):
        out: dict[str, float] = {}
        for k, v in value.items():
            out.update(_numbers(v, f"{prefix}.{k}" if prefix else str(k)))
        return out
    return {prefix: value} if isinstance(value, (int, float)) and not isinstance(value, bool) else {}


def bench_encrypted(work: Path, plain: Path, groups, skip) -> dict[str, object]:
    """The same groups on an encrypted copy of ``plain`` (same run, same machine load),
    with each figure's overhead against the plain one in per cent."""
    os.environ["SOCONGDOAN_CONFIG_DIR"] = str(work / "config")
    os.environ["SOCONGDOAN_KEY_STORE"] = "file"
    from desktop_app.core.storage.encryption import encrypt_in_place

    plain_figures: dict[str, object] = {}
    encrypted: dict[str, object] = {}
    for name, fn in groups:
        if name in skip or name == "peer":
            continue
        plain_figures.update(fn())          # again, right before: the load of the machine drifts
    started = time.perf_counter()
    encrypt_in_place(plain, "bench recovery passphrase")
    encrypted["encrypt_in_place_s"] = round(time.perf_counter() - started, 2)
    for name, fn in groups:
        if name in skip or name == "peer":
            continue
        t = time.perf_counter()
        encrypted.update(fn())
        print(f"{name} (encrypted): {time.perf_counter() - t:.1f} s", file=sys.stderr)
    before, after = _numbers(plain_figures), _numbers(encrypted)
    overhead = {k: round((after[k] - v) / v * 100, 1) for k, v in before.items()
                if k in after and v and not k.endswith(("_new", "_errors", "_rows", "load_avg", "rss_mb"))}
    return {"plain_again": plain_figures, "encrypted": encrypted, "overhead_pct": overhead}


def _self_peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _children_peak_mb() -> float:
    # the largest child process so far (ru_maxrss of children is a running maximum)
    return round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)


def bench_overview(db_path: Path, runs: int) -> dict[str, object]:
    """The overview's figures for the year, as the window computes them."""
    from desktop_app.core import stats

    db = open_db(db_path)
    year = dt.date.today().year
    values = timed(lambda: stats.year_summary(db, year), runs)
    db.close()
    return {"overview_s": summary(values)}


def bench_sort(db_path: Path) -> dict[str, object]:
    """Members sorted by each visible column: the time to the first page, the worst column."""
    from desktop_app.core.listing import SPECS, ListQuery, Sort

    db = open_db(db_path)
    spec = SPECS["members"]
    active = {"status": ("members.status = ?", ["active"])}
    per_column = {}
    for index, column in enumerate(spec.columns):
        started = time.perf_counter()
        query = ListQuery(db, spec, filters=active, sort=Sort(index, False), ranked=False)
        if query.needs_id_list():
            query.use_ids(query.ids())
        query.page(0, 200)
        per_column[column.key] = round(time.perf_counter() - started, 3)
    db.close()
    return {"sort_any_column_s": max(per_column.values()), "sort_by_column_s": per_column}


def bench_form02(db_path: Path, runs: int) -> dict[str, object]:
    """Form 02-HĐCĐ as of the last 30/11: every computed row from the dated history."""
    from desktop_app.core.statistics.compute import compute

    db = open_db(db_path)
    today = dt.date.today()
    as_of = dt.date(today.year if today >= dt.date(today.year, 11, 30) else today.year - 1, 11, 30)
    values = timed(lambda: compute(db, as_of), runs)
    db.close()
    return {"form02_s": summary(values)}


def machine() -> dict[str, object]:
    return {"cores": os.cpu_count(), "python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
            "platform": platform.platform(), "date": dt.date.today().isoformat()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=["district", "city"], default="city")
    parser.add_argument("--json", type=Path, help="write the results to this file")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--encrypted", action="store_true",
                        help="measure again on an encrypted copy (SQLCipher) and report the overhead")
    parser.add_argument("--skip", nargs="*", default=[],
                        help="groups to skip: startup overview sort form02 search ui reports backup excel peer")
    args = parser.parse_args(argv)

    load_start = round(os.getloadavg()[0], 2)
    db_path, build_s = demo_database(args.scale)
    work = Path(tempfile.mkdtemp(prefix="bench-"))
    try:
        copy = work / "db.sqlite3"
        shutil.copy(db_path, copy)
        counts = sqlite3.connect(copy).execute(
            "SELECT (SELECT count(*) FROM unions WHERE status = 'active'), "
            "(SELECT count(*) FROM members WHERE status = 'active')").fetchone()
        results: dict[str, object] = {"scale": args.scale, "unions": counts[0], "members": counts[1],
                                      "machine": machine(), f"demo_{args.scale}_s": build_s}
        groups: list[tuple[str, Callable[[], dict[str, object]]]] = [
            ("startup", lambda: bench_startups(copy, args.scale, args.runs)),
            ("overview", lambda: bench_overview(copy, args.runs)),
            ("sort", lambda: bench_sort(copy)),
            ("form02", lambda: bench_form02(copy, args.runs)),
            ("search", lambda: bench_search(copy, max(1, args.runs // 2))),
            ("ui", lambda: bench_tab_search(copy, max(1, args.runs // 2))),
            ("reports", lambda: bench_reports(copy, max(1, args.runs // 2))),
            ("backup", lambda: bench_backup(copy, max(1, args.runs // 2))),
            ("excel", lambda: bench_excel(copy, 1)),
            ("peer", lambda: bench_peer(copy)),
        ]
        for name, fn in groups:
            if name in args.skip:
                continue
            started = time.perf_counter()
            before = _children_peak_mb()
            results.update(fn())
            step_s = time.perf_counter() - started
            results.setdefault("steps", {})[name] = {"s": round(step_s, 1), "self_peak_mb": _self_peak_mb(),
                                                     "children_peak_mb": max(before, _children_peak_mb())}
            print(f"{name}: {step_s:.1f} s", file=sys.stderr)
        results["search_ratio"] = ratio(results.get("search_p95_ms"), results.get("search_raw_fts_p95_ms"))
        results["import_ratio"] = ratio(results.get("import_100k_s"), results.get("import_floor_s"))
        results["export_ratio"] = ratio(results.get("export_all_s"), results.get("export_floor_s"))
        if args.encrypted:
            results["encrypted"] = bench_encrypted(work, copy, groups, args.skip)
        results["load_avg"] = {"start": load_start, "end": round(os.getloadavg()[0], 2)}
        text = json.dumps(results, indent=2, ensure_ascii=False)
        print(text)
        if args.json:
            args.json.write_text(text + "\n", encoding="utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
