"""Excel import/export timings: ``python bench/excel_probe.py DB_PATH``.

Prints ONE JSON line:
  import_100k_s   read + check + write 100,000 new member rows (a generated workbook naming
                  the database's own unions, dates as text and serials, CCCDs without their
                  leading zeros) into a copy of DB_PATH, without the automatic backup;
  import_backup_s the automatic backup the real import takes first (VACUUM INTO);
  export_all_s / export_rows  every member of DB_PATH to .xlsx; export_600k_s is that
                  time scaled linearly to 600,000 rows (642,027 rows at city scale, so
                  nearly measured there; a rough estimate from a district file).
  *_cpu_s         CPU seconds of this process, steadier than wall time on a busy machine.
  import_floor_s  calamine alone reading the same workbook (the import's floor);
  export_floor_s  the same rows' XML, already in memory, through the writer alone.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.core.backup.archive import auto_backup  # noqa: E402
from desktop_app.core.excel import export as excel_export
from desktop_app.core.excel import importer as excel_import  # noqa: E402
from desktop_app.core.excel.xlsx import cell_sql, write_table  # noqa: E402
from desktop_app.core.storage.db import connect_copy, key_of, open_db  # noqa: E402

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thu", "Ngọc", "Quang", "Thanh", "Xuân"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hương", "Lan", "Linh", "Mai", "Nam",
         "Phương", "Quân", "Sơn", "Thảo", "Trang", "Tuấn", "Yến", "Đức"]


def make_workbook(path: Path, unions: list[str], n: int, seed: int = 7) -> None:
    r = random.Random(seed)
    headers = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Điện thoại", "Công đoàn cơ sở",
               "Ngày vào công đoàn", "Nghề nghiệp"]
    kinds = ["number", "text", "text", "text", "number", "text", "text", "number", "text"]

    def rows():
        for i in range(n):
            year = r.randint(1966, 2004)
            birth = f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{year}" if i % 3 else \
                f"{r.randint(1, 28)}-{r.randint(1, 12)}-{year}"
            female = r.random() < 0.5
            # province 001-096, century/sex digit, year, then six digits: lost zeros as a number
            cccd = int(f"0{r.randint(1, 96):02d}{(1 if female else 0)}{year % 100:02d}{i:06d}")
            joined = 40000 + r.randint(0, 5000)  # an Excel serial date (2009-2023)
            yield [i + 1, f"{r.choice(FAMILY)} {r.choice(MIDDLE)} {r.choice(GIVEN)}  ", birth,
                   "Nữ" if female else "Nam", cccd, f"09{r.randint(10000000, 99999999)}", r.choice(unions),
                   joined, "Công nhân"]

    write_table(path, "Danh sách", headers, [8] * len(headers), kinds, rows())


def main(db_path: str) -> int:
    src = Path(db_path)
    work = Path(tempfile.mkdtemp(prefix="excel-probe-"))
    try:
        os.environ.setdefault("SOCONGDOAN_DATA_DIR", str(work / "data"))
        copy = work / "db.sqlite3"
        con = open_db(src, create=False)
        dst = connect_copy(copy, key_of(con))   # an encrypted database: the copy keeps its key
        con.conn.backup(dst)
        dst.close()
        unions = [x[0] for x in con.execute(
            "SELECT name FROM unions WHERE status = 'active' AND founded_on < '2009-01-01' "
            "AND name IN (SELECT name FROM unions GROUP BY name HAVING count(*) = 1) LIMIT 2000")]
        con.close()
        book = work / "members.xlsx"
        make_workbook(book, unions or ["Công đoàn không có"], 100_000)

        # the import's floor: calamine alone reading the same workbook into Python values
        from python_calamine import CalamineWorkbook
        t = time.perf_counter()
        floor_rows = len(CalamineWorkbook.from_path(str(book)).get_sheet_by_index(0).to_python())
        import_floor_s = time.perf_counter() - t

        db = open_db(copy)
        t, c = time.perf_counter(), time.process_time()
        source = excel_import.open_source(book, "members")
        result = excel_import.import_file(db, source, dry_run=False, backup=False)
        import_s, import_cpu = time.perf_counter() - t, time.process_time() - c
        t = time.perf_counter()
        auto_backup(db, "import")
        backup_s = time.perf_counter() - t
        db.close()

        db = open_db(src)
        t, c = time.perf_counter(), time.process_time()
        rows = excel_export.export_list(db, "members", work / "all.xlsx")
        export_s, export_cpu = time.perf_counter() - t, time.process_time() - c
        # the export's floor: the same rows' XML, already in memory, through the writer alone
        # (compressing and writing the sheet is what no exporter can skip)
        spec = excel_export.LISTS["members"]
        select = ", ".join(f"{col.sql} AS c{i}" for i, col in enumerate(spec.columns))
        kinds = ["number" if col.kind in ("int", "money") else col.kind for col in spec.columns]
        row_sql = " || ".join(cell_sql(f"c{i}", k) for i, k in enumerate(kinds))
        xml_rows = [x for (x,) in db.execute(f"SELECT '<row>' || {row_sql} || '</row>' FROM "
                                             f"(SELECT {select} FROM {spec.table} {spec.joins})")]
        t = time.perf_counter()
        write_table(work / "floor.xlsx", "Danh sách", [col.header for col in spec.columns],
                    [col.width for col in spec.columns], kinds, iter(xml_rows), raw_rows=True)
        export_floor_s = time.perf_counter() - t
        del xml_rows
        db.close()
        out = {"import_100k_s": round(import_s, 2), "import_floor_s": round(import_floor_s, 2),
               "import_floor_rows": floor_rows, "export_floor_s": round(export_floor_s, 2),
               "import_new": result.new, "import_errors": result.errors,
               "import_backup_s": round(backup_s, 2),
               "export_rows": rows, "export_all_s": round(export_s, 2),
               # CPU seconds of this process: the wall times above swell on a shared, loaded machine
               "import_100k_cpu_s": round(import_cpu, 2),
               "export_all_cpu_s": round(export_cpu, 2), "load_avg": round(os.getloadavg()[0], 1),
               "export_600k_s": round(export_s * 600_000 / rows, 2) if rows else None}
        print(json.dumps(out))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
