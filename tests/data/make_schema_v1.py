"""Writes schema_v1.sqlite3: a database as version 1 of the program left it.

Kept in the repository (the .sqlite3 file) so upgrade tests run against a real old
file; this script documents how it was made. Run from the repository root:
    python tests/data/make_schema_v1.py
"""

import sqlite3
from pathlib import Path

import sqlite_utils

from desktop_app.core.storage.db import APPLICATION_ID
from desktop_app.core.storage.migrations import step_1

target = Path(__file__).with_name("schema_v1.sqlite3")
target.unlink(missing_ok=True)
db = sqlite_utils.Database(sqlite3.connect(target))
with db.atomic():
    step_1(db)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA user_version = 1")
    db.execute("INSERT INTO bodies (id, name, kind, is_own, place_name) VALUES "
               "(1, 'Liên đoàn Lao động quận Nam Từ Liêm', 'district', 1, 'Nam Từ Liêm')")
    db.execute("INSERT INTO unions (id, code, name, name_folded, search_text, sector, founded_on) VALUES "
               "(1, 'CS00001', 'Công đoàn Trường Tiểu học Mỹ Đình 1', 'cong doan truong tieu hoc my dinh 1', "
               "'cong doan truong tieu hoc my dinh 1 cs00001', 'giao_duc', '2001-09-05')")
    db.execute("INSERT INTO members (id, full_name, name_folded, search_text, sex, birth_date, cccd) VALUES "
               "(1, 'Nguyễn Thị Đào', 'nguyen thi dao', 'nguyen thi dao 001185000123', 'F', '1985-03-12', "
               "'001185000123')")
    db.execute("INSERT INTO memberships (member_id, kind, union_id, on_date) VALUES (1, 'join', 1, '2010-09-01')")
db.execute("PRAGMA journal_mode = DELETE")
db.close()
print(target)
