"""The vocabulary and the schema hold the same codes; SQL labels come from it."""

from __future__ import annotations

import re

import pytest

from desktop_app.core import vocabulary as V
from desktop_app.core.excel import export
from desktop_app.core.excel.importer import parse_role, parse_sector
from desktop_app.core.storage.db import rebuild_derived

# ``column IN ('a','b',...)`` inside a CHECK of a CREATE TABLE statement.
_CHECK_IN = re.compile(r"CHECK\s*\(\s*(\w+)\s+IN\s*\(([^)]*)\)\s*\)", re.S)


def _schema_checks(db) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for table, sql in db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL"):
        for column, values in _CHECK_IN.findall(sql):
            codes = set(re.findall(r"'([^']*)'", values))
            if codes:  # IN (0,1) flags are not codes
                found[f"{table}.{column}"] = codes
    return found


def test_schema_checks_and_vocabulary_hold_the_same_codes(db):
    checks = _schema_checks(db)
    vocab = {column: set(v.codes()) for v in V.ALL for column in v.columns if column != "unions.sector"}
    assert checks == vocab


def test_sector_blocks_are_the_sectors_table(db):
    rows = db.execute("SELECT code, name FROM sectors ORDER BY sort").fetchall()
    assert rows == [(t.code, t.vi) for t in V.SECTOR]


def test_every_term_has_both_labels_and_no_spelling_means_two_codes():
    for v in V.ALL:
        assert len(set(v.codes())) == len(v.codes()), v.name
        owners: dict[str, str] = {}
        for t in v:
            assert t.vi.strip() and t.en.strip(), (v.name, t.code)
        for code, spelling in v.spellings():
            assert owners.setdefault(spelling, code) == code, (v.name, spelling)


def test_window_translation_contexts_do_not_clash():
    # Two vocabularies in one context would need one Vietnamese for one English label.
    seen: dict[tuple[str, str], str] = {}
    for v in V.ALL:
        for t in v:
            assert seen.setdefault((v.context, t.en), t.vi) == t.vi, (v.name, t.en)


def test_labels_and_lookup():
    assert V.MEMBER_STATUS.vi("deceased") == "Đã từ trần"
    assert V.MEMBER_STATUS.vi(None) == ""
    assert V.MEMBER_STATUS.vi("martian") == "martian"
    assert V.SEX.find(" nữ ") == "F" and V.SEX.find("Nam") == "M" and V.SEX.find("x") is None
    assert V.MEMBER_STATUS.find("Đã mất") == "deceased"


@pytest.mark.parametrize(("text", "code"), [
    ("Phó Chủ tịch", "vice_chair"), ("Chủ tịch CĐCS", "chair"), ("UV BCH", "executive"),
    ("Ủy viên UBKT kiêm thủ quỹ", "inspection"), ("Ủy viên Ban Thường vụ LĐLĐ", "standing"),
    ("Tổ trưởng", "group_leader"), ("Tổ trưởng công đoàn", "group_leader"), ("Thủ quỹ", "other"),
])
def test_import_roles(text, code):
    assert parse_role(text) == code


@pytest.mark.parametrize(("text", "code"), [
    ("Khối HCSN", "hcsn"), ("Phường, xã", "phuong_xa"), ("Trường mầm non", "giao_duc"),
    ("Doanh nghiệp ngoài nhà nước", "ngoai_nn"), ("DN nhà nước", "dnnn"), ("FDI", "fdi"),
    ("Doanh nghiệp có vốn đầu tư nước ngoài", "fdi"), ("Công ty TNHH", "ngoai_nn"),
])
def test_import_sectors(text, code):
    assert parse_sector(text) == code


def test_sql_labels_agree_with_the_vocabulary(db):
    for v in (V.MEMBER_STATUS, V.UNION_STATUS, V.EVENT_KIND, V.OFFICER_ROLE, V.SEX, V.WELFARE_KIND):
        for t in v:
            got = db.execute(f"SELECT {v.sql_case('c')} FROM (SELECT ? AS c)", [t.code]).fetchone()[0]
            assert got == t.vi
    role = export.LISTS["officers"].columns[4].sql
    assert db.execute(f"SELECT {role} FROM (SELECT ? AS role, ? AS note) AS officers",
                      ["other", "Ủy viên Ban nữ công"]).fetchone()[0] == "Ủy viên Ban nữ công"


def test_member_status_cache_is_step_1s_sql():
    # step 1's trigger text is history: the builder must keep giving exactly these bytes.
    assert V.status_after_sql("kind") == (
        "CASE kind WHEN 'join' THEN 'active' WHEN 'transfer' THEN 'active' "
        "WHEN 'transfer_out' THEN 'transferred' WHEN 'leave' THEN 'left' "
        "WHEN 'death' THEN 'deceased' END")
    assert V.union_after_sql("kind", "union_id") == "CASE WHEN kind IN ('join','transfer') THEN union_id END"


def test_rebuild_derived_gives_what_the_triggers_give(db):
    from desktop_app.core.records import members, unions
    u = unions.add_union(db, name="CĐCS Trường Tiểu học A")
    other = unions.add_union(db, name="CĐCS Công ty B")
    later = {"transfer": lambda m: members.transfer(db, m, other, "2021-01-01"),
             "transfer_out": lambda m: members.transfer_out(db, m, "2021-01-01"),
             "leave": lambda m: members.leave(db, m, "2021-01-01"),
             "death": lambda m: members.decease(db, m, "2021-01-01")}
    for i, kind in enumerate(V.HISTORY_KIND.codes()):
        m = members.add_member(db, full_name=f"Nguyễn Văn {chr(65 + i)}", union_id=u, joined_on="2020-01-01")
        if kind in later:
            later[kind](m)
    before = db.execute("SELECT id, union_id, status, status_on, joined_on FROM members ORDER BY id").fetchall()
    assert [r[2] for r in before] == [V.STATUS_AFTER[k] for k in V.HISTORY_KIND.codes()]
    db.execute("UPDATE members SET status = 'none', union_id = NULL")
    rebuild_derived(db)
    assert db.execute("SELECT id, union_id, status, status_on, joined_on FROM members ORDER BY id").fetchall() \
        == before
