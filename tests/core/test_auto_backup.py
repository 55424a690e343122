import sqlite3

from desktop_app.core.backup.archive import auto_backup


def test_auto_backup_is_a_consistent_copy(demo_db):
    path = auto_backup(demo_db, "before import")
    assert path.exists() and "before-import" in path.name
    copy = sqlite3.connect(path)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT count(*) FROM members").fetchone()[0] == \
        demo_db.execute("SELECT count(*) FROM members").fetchone()[0]
