"""Congresses and terms: validation, the unions due, officers past their term, Excel,
merge, the command line."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.errors import DuplicateError, ValidationError
from desktop_app.core.records import congresses, members, officers, unions
from tests.conftest import dump


@pytest.fixture
def three(db):
    return [unions.add_union(db, code=f"CS{i}", name=f"Công đoàn Trường Tiểu học số {i}", sector="giao_duc")
            for i in (1, 2, 3)]


def test_a_congress_opens_a_term(db, three):
    c = congresses.add_congress(db, union_id=three[0], held_on="15/04/2025", kind="Đại hội toàn thể",
                                term="nhiệm kỳ 2025 - 2030", delegates="32", committee_size=5)
    got = congresses.get_congress(db, c)
    assert (got["kind"], got["term_start"], got["term_end"], got["delegates"]) == ("all_members", 2025, 2030, 32)
    assert db.execute("SELECT action FROM audit_log").fetchall() == [("add",)]


@pytest.mark.parametrize("fields, field, words", [
    ({"term": "2030-2025"}, "term", "ends before it starts"),
    ({"term": "2025-2035"}, "term", "5 years at most"),
    ({"term": "2018-2023"}, "term", "cannot open the term"),
    ({"term": "năm sau"}, "term", "not a term"),
    ({"held_on": (dt.date.today() + dt.timedelta(days=10)).isoformat()}, "held_on", "future"),
    ({"kind": "hội nghị"}, "kind", "unknown kind"),
    ({"delegates": -4}, "delegates", "at least 0"),
])
def test_bad_congresses_are_refused(db, three, fields, field, words):
    before = dump(db)
    with pytest.raises(ValidationError) as e:
        congresses.add_congress(db, **{"union_id": three[0], "held_on": "2025-04-15", "kind": "delegates",
                                       "term": "2025-2030", **fields})
    assert e.value.field == field and words in str(e.value)
    assert dump(db) == before


def test_unions_due_overdue_and_unknown_and_officers_past_term(db, three):
    a, b, c = three
    congresses.add_congress(db, union_id=a, held_on="2021-05-01", kind="all_members", term="2021-2026")
    congresses.add_congress(db, union_id=b, held_on="2020-05-01", kind="all_members", term="2020-2025")
    congresses.add_congress(db, union_id=b, held_on="2015-05-01", kind="all_members", term="2015-2020")
    with pytest.raises(DuplicateError):
        congresses.add_congress(db, union_id=b, held_on="2020-05-01", kind="delegates", term="2020-2025")
    due = {r["union_id"]: r["state"] for r in congresses.due(db, 2026)}
    assert due == {a: "due", b: "overdue", c: "unknown"}
    assert {r["union_id"] for r in congresses.due(db, 2025)} == {b, c}
    m = members.add_member(db, full_name="Lê Thị Hạnh", union_id=b, joined_on="2010-01-01")
    o = officers.add_officer(db, member_id=m, union_id=b, role="chair", term="2020-2025", term_start="2020-05-01")
    m2 = members.add_member(db, full_name="Phạm Văn Hùng", union_id=a, joined_on="2010-01-01")
    officers.add_officer(db, member_id=m2, union_id=a, role="chair", term="2021-2026", term_start="2021-05-01")
    late = congresses.officers_past_term(db, dt.date(2026, 3, 1))
    assert [(x["id"], x["term_ended"]) for x in late] == [(o, 2025)]
    officers.end_term(db, o, "2025-12-31")
    assert congresses.officers_past_term(db, dt.date(2026, 3, 1)) == []


def test_congresses_excel_merge_and_command_line(demo_db, demo_db_path, tmp_path, capsys):
    from desktop_app.cli.main import main
    from desktop_app.core.excel import importer as I
    from desktop_app.core.excel.export import export_list
    from desktop_app.core.merge.engine import merge_files

    n = demo_db.execute("SELECT count(*) FROM congresses").fetchone()[0]
    assert n > 100 and congresses.due(demo_db, 2026) and congresses.officers_past_term(demo_db)
    out = tmp_path / "c.xlsx"
    assert export_list(demo_db, "congresses", out) == n
    result = I.import_file(demo_db, I.open_source(out, "congresses"), dry_run=True)
    assert (result.new, result.updated, result.skipped, result.errors) == (0, 0, n, 0)
    before = sorted(demo_db.execute("SELECT union_id, held_on, kind, term_start, term_end FROM congresses"))
    demo_db.execute("DELETE FROM congresses")
    demo_db.conn.commit()
    result = I.import_file(demo_db, I.open_source(out, "congresses"), dry_run=False, backup=False)
    assert result.new == n and sorted(demo_db.execute(
        "SELECT union_id, held_on, kind, term_start, term_end FROM congresses")) == before
    # a copy of the file merged back: every congress is recognised, none doubled
    copy = tmp_path / "copy.sqlite3"
    demo_db.execute("VACUUM INTO ?", [str(copy)])
    report = merge_files(demo_db, [copy])
    assert report.total("matched", "congresses") == n and report.total("added", "congresses") == 0
    assert demo_db.execute("SELECT count(*) FROM congresses").fetchone()[0] == n
    demo_db.close()
    pdf = tmp_path / "due.pdf"
    assert main(["report", "congresses-due", "--year", "2026", "-o", str(pdf), "--db", str(demo_db_path)]) == 0
    import subprocess
    words = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "QUÁ HẠN ĐẠI HỘI" in words and "HẾT NHIỆM KỲ" in words
