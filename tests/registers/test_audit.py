"""The audit log read back: filters by record, action and date; the actor; export."""

from __future__ import annotations

import datetime as dt

from desktop_app.core.records import audit, congresses, unions
from desktop_app.core.storage.db import actor


def test_audit_filters_and_actor(db, db_path, tmp_path):
    from desktop_app.cli.main import main

    u = unions.add_union(db, code="CS1", name="Công đoàn Trường Mầm non Hoa Sen", sector="giao_duc")
    c = congresses.add_congress(db, union_id=u, held_on="2025-04-15", kind="all_members", term="2025-2030")
    congresses.delete_congress(db, c)
    found = audit.list_audit(db, table="congresses")
    assert [r["action"] for r in found] == ["delete", "add"] and found[0]["actor"] == actor()
    assert audit.list_audit(db, action="add")[0]["target"] == f"congresses#{c}"
    assert audit.list_audit(db, since=(dt.date.today() + dt.timedelta(days=1)).isoformat()) == []
    assert len(audit.list_audit(db, until=dt.date.today().isoformat())) == 2
    assert audit.tables(db) == ["congresses"]
    db.close()
    out = tmp_path / "log.xlsx"
    assert main(["export", "audit", str(out), "--db", str(db_path)]) == 0 and out.stat().st_size > 2000
