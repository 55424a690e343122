"""Child process for the SIGKILL test: commits numbered batches of members, printing
"ack N" after each commit returns. Only the standard library, so it starts fast with -S.

    python -S crash_writer.py DB_PATH FIRST_BATCH BATCH_SIZE
"""

import sqlite3
import sys

path, first, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
conn = sqlite3.connect(path, isolation_level=None)
# the pragmas of desktop_app.core.db.connect/open_db
conn.execute("PRAGMA foreign_keys = ON")
conn.execute("PRAGMA synchronous = FULL")
conn.execute("PRAGMA journal_mode = WAL")
conn.execute("PRAGMA wal_autocheckpoint = 8")   # checkpoints often, so kills land in them too
union = conn.execute("SELECT min(id) FROM unions").fetchone()[0]
batch = first
while True:
    conn.execute("BEGIN IMMEDIATE")
    for i in range(size):
        name = f"Nguyễn Văn Lô {batch}-{i}"
        cur = conn.execute(
            "INSERT INTO members(full_name, name_folded, search_text, origin, note) VALUES (?,?,?,?,?)",
            [name, f"nguyen van lo {batch}-{i}", f"nguyen van lo {batch} {i}", "crash-test", str(batch)])
        conn.execute("INSERT INTO memberships(member_id, kind, union_id, on_date) VALUES (?, 'join', ?, ?)",
                     [cur.lastrowid, union, "2025-01-01"])
    conn.execute("COMMIT")
    sys.stdout.write(f"ack {batch}\n")
    sys.stdout.flush()
    batch += 1
