"""The demo builder computes members' current state itself, for speed: it must be
exactly what the history gives."""

from desktop_app.core.storage.db import rebuild_derived

COLUMNS = "id, union_id, status, status_on, joined_on"


def test_demo_derived_columns_equal_history(demo_db):
    before = demo_db.execute(f"SELECT {COLUMNS} FROM members ORDER BY id").fetchall()
    assert {row[2] for row in before} >= {"active", "left", "transferred", "deceased"}
    with demo_db.atomic():
        rebuild_derived(demo_db)
    after = demo_db.execute(f"SELECT {COLUMNS} FROM members ORDER BY id").fetchall()
    assert before == after


def test_demo_search_index_is_complete(demo_db):
    members = demo_db.execute("SELECT count(*) FROM members").fetchone()[0]
    indexed = demo_db.execute("SELECT count(*) FROM members_fts WHERE members_fts MATCH 'nguyen*'").fetchone()[0]
    named = demo_db.execute("SELECT count(*) FROM members WHERE name_folded LIKE 'nguyen %'").fetchone()[0]
    assert members > 10_000 and indexed >= named > 0
