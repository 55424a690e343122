"""Hypothesis: create -> verify -> restore gives back the same data for random databases."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.backup import archive as backup
from desktop_app.core.records.members import add_member
from desktop_app.core.records.unions import add_union
from desktop_app.core.storage.db import open_db
from tests.conftest import dump

names = st.text(alphabet=st.sampled_from("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂĐÊÔƠƯàảãáạằẳẵắặầẩẫấậềểễếệìỉĩíịòỏõóọ "),
                min_size=1, max_size=30).filter(lambda s: s.strip())
member = st.fixed_dictionaries({
    "full_name": names,
    "sex": st.sampled_from(["M", "F", None]),
    "phone": st.one_of(st.none(), st.from_regex(r"09[0-9]{8}", fullmatch=True)),
    "note": st.one_of(st.none(), st.text(max_size=200)),
})
database = st.fixed_dictionaries({
    "unions": st.lists(names, min_size=0, max_size=4),
    "members": st.lists(member, max_size=25),
    "settings": st.dictionaries(st.text(min_size=1, max_size=10), st.text(max_size=50), max_size=5),
    "encrypt": st.booleans(),
})


_TEMPLATE: dict[str, bytes] = {}


def _fresh(path: Path):
    """A new, migrated database file (the migrations run once per session, not per example)."""
    if "db" not in _TEMPLATE:
        with tempfile.TemporaryDirectory() as tmp:
            first = Path(tmp) / "t.sqlite3"
            open_db(first).close()
            conn = sqlite3.connect(first)
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.close()
            _TEMPLATE["db"] = first.read_bytes()
    path.write_bytes(_TEMPLATE["db"])
    return open_db(path)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=database)
def test_create_verify_restore_round_trip(data):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        db = _fresh(tmp / "live.sqlite3")
        union_ids = [add_union(db, name=n) for n in data["unions"]]
        for i, m in enumerate(data["members"]):
            fields = {k: v for k, v in m.items() if v is not None}
            add_member(db, union_id=union_ids[i % len(union_ids)] if union_ids else None,
                       joined_on="2024-03-01" if union_ids else None, **fields)
        for k, v in data["settings"].items():
            db.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)", [k, v])
        db.conn.commit()
        passphrase = "hypothesis passphrase" if data["encrypt"] else None
        made = backup.create_backup(db, tmp, passphrase=passphrase, record=False)
        expected = dump(db)
        db.close()
        assert backup.verify_backup(made.path, passphrase=passphrase).ok
        target = tmp / "restored.sqlite3"
        backup.restore_backup(made.path, target, passphrase=passphrase)
        restored = open_db(target)
        got = [r for r in dump(restored) if "audit_log" not in r]
        restored.close()
        assert got == [r for r in expected if "audit_log" not in r]
