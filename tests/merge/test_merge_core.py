"""Merging overlapping files: identity, histories, counts as of dates, conflicts,
idempotence, atomicity, refusals."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3

# SQLCipher's connection has no iterdump; the standard library's dump works over any DB-API connection
from sqlite3.dump import _iterdump

import pytest

from desktop_app.core import stats
from desktop_app.core.errors import DatabaseFileError, UserError
from desktop_app.core.merge import engine as merge_mod
from desktop_app.core.merge.engine import load_choices, member_history, merge_files, provenance
from desktop_app.core.storage.db import open_db
from desktop_app.core.text import fold

DATES = ["2016-05-31", "2019-11-30", "2022-05-31", "2024-11-30", "2026-11-15"]


def digest(db) -> str:
    # The audit log is left out: the automatic backup before every merge adds its own row.
    h = hashlib.sha256()
    for line in _iterdump(db.conn):
        if 'INTO "audit_log"' not in line:
            h.update(line.encode())
    return h.hexdigest()


def file_digest(db) -> str:
    """The database file's bytes after moving the write-ahead log into it: a rolled-back
    transaction leaves them as they were; anything committed changes them."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = db.execute("PRAGMA database_list").fetchone()[2]
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def active_uids(path, day) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute(
            "SELECT m.uid FROM members m JOIN (" + stats._LATEST_AS_OF + ") l ON l.member_id = m.id "
            "WHERE l.kind IN ('join','transfer')", [day]).fetchall()}
    finally:
        conn.close()


def count(path, fn, day) -> int:
    db = open_db(path)
    try:
        return fn(db, day)
    finally:
        db.close()


def member_id(db, uid):
    return db.execute("SELECT id FROM members WHERE uid = ?", [uid]).fetchone()[0]


@pytest.fixture(scope="module")
def merged(scenario, tmp_path_factory):
    """a with b and then c merged in (once for the read-only checks of this module)."""
    folder = tmp_path_factory.mktemp("merged")
    paths = {n: scenario.copy(n, folder) for n in "abc"}
    before = {n: {d: (count(p, stats.members_as_of, d), count(p, stats.unions_as_of, d),
                      active_uids(p, d)) for d in DATES} for n, p in paths.items()}
    summaries = {}
    for n, p in paths.items():
        src = open_db(p)
        summaries[n] = {y: stats.year_summary(src, y) for y in (2024, 2026)}
        src.close()
    c_conn = sqlite3.connect(paths["c"])
    x_name = c_conn.execute("SELECT full_name FROM members WHERE cccd IS NOT NULL ORDER BY id LIMIT 1").fetchone()[0]
    c_conn.close()
    db = open_db(paths["a"])
    x_uid = scenario.info["c_dup_cccd"]
    key = f"members/{x_uid}/full_name"
    report = merge_files(db, [paths["b"], paths["c"]], choices={key: "ours"})
    yield {"db": db, "report": report, "before": before, "paths": paths, "x_name": x_name,
           "summaries": summaries}
    db.close()


def test_no_duplicates_and_reported_counts(merged, scenario):
    db, report = merged["db"], merged["report"]
    rb, rc = report.sources
    assert report.committed and report.backup
    assert rb.added["members"] == scenario.info["new_b"] and rb.added["unions"] == 1
    assert rb.matched["members"] == db.execute("SELECT count(*) FROM members").fetchone()[0] \
        - scenario.info["new_a"] - scenario.info["new_b"] - (scenario.info["c_members"] - 2)
    # c: two members recognised (CCCD; name + birth date), two unions (code; name + address)
    assert rc.matched["members"] == 2 and rc.added["members"] == 20
    assert rc.matched_by["members:member_cccd"] == 1 and rc.matched_by["members:member_name_birth"] == 1
    assert rc.matched_by["unions:union_code"] == 1 and rc.matched_by["unions:union_name_address"] == 1
    assert rc.added["unions"] == 1  # CS00001 of c is another union: added without the clashing code
    assert any("codes that other unions here already have" in n for n in rc.notes)
    assert db.execute("SELECT count(*) FROM (SELECT uid FROM members GROUP BY uid HAVING count(*) > 1)"
                      ).fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM (SELECT cccd FROM members WHERE cccd IS NOT NULL "
                      "GROUP BY cccd HAVING count(*) > 1)").fetchone()[0] == 0
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    audit = db.execute("SELECT action, target FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    assert audit == ("merge", "b.sqlite3, c.sqlite3")


def test_counts_as_of_dates_equal_sum_less_duplicates(merged, scenario):
    db, before = merged["db"], merged["before"]
    for d in DATES:
        a_n, a_u, a_set = before["a"][d]
        b_n, b_u, b_set = before["b"][d]
        c_n, c_u, _ = before["c"][d]
        dup_ab = len(a_set & b_set)  # the same records kept by both former units
        # the two c members also known to a/b: duplicates when active on both sides
        c_conn = sqlite3.connect(merged["paths"]["c"])
        c_active = {r[0] for r in c_conn.execute(
            "SELECT m.full_name FROM members m JOIN (" + stats._LATEST_AS_OF + ") l ON l.member_id = m.id "
            "WHERE l.kind IN ('join','transfer') AND m.full_name NOT LIKE 'Phùng Văn C%'", [d]).fetchall()}
        c_conn.close()
        dup_c = 0
        for uid in (scenario.info["c_dup_cccd"], scenario.info["c_dup_name"]):
            name = db.execute("SELECT full_name FROM members WHERE uid = ?", [uid]).fetchone()[0]
            in_c = any(fold(n) == fold(name) for n in c_active)
            dup_c += in_c and (uid in a_set or uid in b_set)
        expected = a_n + b_n + c_n - dup_ab - dup_c
        assert stats.members_as_of(db, d) == expected, d
        # unions: every union of a is in b (same uid); two of c's are a's
        shared_c = db.execute(
            "SELECT count(*) FROM unions WHERE uid IN (?, ?) AND (founded_on IS NULL OR founded_on <= ?) "
            "AND NOT (status != 'active' AND status_on <= ?)",
            [*scenario.info["c_union_uids"], d, d]).fetchone()[0]
        assert stats.unions_as_of(db, d) == a_u + b_u + c_u - a_u - shared_c, d


def test_counts_after_the_files_diverged(merged, scenario):
    """After the split, each side's moves count once: hand-worked expectation."""
    db, before = merged["db"], merged["before"]
    base = before["a"]["2026-11-15"][0]  # a and b were the same file then
    assert before["b"]["2026-11-15"][0] == base
    # a: two leave (leave_a, both); b: one leaves (leave_b); 5 + 7 join; c: its 22 minus 4 who left,
    # minus the two already counted in a
    c_active_now = 22 - 4 - 2
    expected = base - 3 + scenario.info["new_a"] + scenario.info["new_b"] + c_active_now
    assert stats.members_as_of(db, "2026-11-20") == expected


def test_annual_report_counts_shared_history_once(merged, scenario):
    db, before = merged["db"], merged["summaries"]
    for year in (2024, 2026):
        got = stats.year_summary(db, year)
        a, b, c = (before[n][year] for n in "abc")
        for key in ("welfare_count", "welfare_amount", "courses", "enrolled", "unions_founded"):
            extra = 1 if (key == "unions_founded" and year == 2026) else 0  # b's new union
            assert got[key] == a[key] + c[key] + extra, (year, key)
        assert sum(s["members"] for s in got["by_sector"]) == got["members_end"]
    got, a, b = stats.year_summary(db, 2026), before["a"][2026], before["b"][2026]
    assert got["members_joined"] == a["members_joined"] + scenario.info["new_b"]
    assert got["members_left"] == a["members_left"] + 1  # leave_b, recorded in b only
    # move_b and both moved between unions of the file, recorded in b only (no one came from outside)
    assert got["members_moved"] == a["members_moved"] + 2
    assert got["members_transferred_in"] == a["members_transferred_in"]
    assert b["members_joined"] == a["members_joined"] - scenario.info["new_a"] + scenario.info["new_b"]


def test_histories_combined_in_order(merged, scenario):
    db = merged["db"]
    mid = member_id(db, scenario.info["both"])
    hist = [h for h in member_history(db, mid)]
    kinds = [(h["kind"], h["on_date"]) for h in hist]
    assert ("transfer", "2026-11-17") in kinds and ("leave", "2026-11-19") in kinds
    rows = db.execute("SELECT on_date FROM memberships WHERE member_id = ? ORDER BY id", [mid]).fetchall()
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)
    assert db.execute("SELECT status FROM members WHERE id = ?", [mid]).fetchone()[0] == "left"
    # moved in b only: now in b's union
    moved = member_id(db, scenario.info["move_b"])
    union_uid = db.execute("SELECT u.uid FROM members m JOIN unions u ON u.id = m.union_id WHERE m.id = ?",
                           [moved]).fetchone()[0]
    assert union_uid == scenario.info["move_b_union_uid"]
    assert db.execute("SELECT status FROM members WHERE id = ?",
                      [member_id(db, scenario.info["leave_b"])]).fetchone()[0] == "left"
    # the c member matched by name + birth date keeps both memberships, one person
    y = member_id(db, scenario.info["c_dup_name"])
    joins = db.execute("SELECT count(*) FROM memberships WHERE member_id = ? AND kind = 'join'", [y]).fetchone()[0]
    assert joins >= 2
    # provenance is part of the history
    merges = [h for h in member_history(db, y) if h["kind"] == "merge"]
    assert any("c.sqlite3 / Liên đoàn Lao động huyện Đan Phượng" in h["note"] for h in merges)


def test_conflicts_listed_and_settled(merged, scenario):
    db, report = merged["db"], merged["report"]
    by_key = {c.key: c for c in report.conflicts}
    c1 = by_key[f"members/{scenario.info['conf_theirs']}/job"]
    assert (c1.ours, c1.theirs, c1.choice) == ("Kế toán (A)", "Kế toán trưởng (B)", "theirs")
    assert c1.theirs_updated == "2026-11-19T10:00:00"
    c2 = by_key[f"members/{scenario.info['conf_ours']}/phone"]
    assert (c2.ours, c2.theirs, c2.choice) == ("0912000111", "0912000222", "ours")
    job = db.execute("SELECT job FROM members WHERE uid = ?", [scenario.info["conf_theirs"]]).fetchone()[0]
    phone = db.execute("SELECT phone FROM members WHERE uid = ?", [scenario.info["conf_ours"]]).fetchone()[0]
    assert (job, phone) == ("Kế toán trưởng (B)", "0912000111")
    # the caller's choice overrides "newest": c's name typed without diacritics is refused
    c3 = by_key[f"members/{scenario.info['c_dup_cccd']}/full_name"]
    assert c3.choice == "ours" and c3.theirs == merged["x_name"]
    name = db.execute("SELECT full_name FROM members WHERE uid = ?", [scenario.info["c_dup_cccd"]]).fetchone()[0]
    assert name != merged["x_name"]
    # yearly facts and targets: differing values listed, this file's kept (nothing tells which is newer)
    year = by_key[f"union_years/{scenario.info['year_union_uid']}:2027/rating"]
    assert (year.ours, year.theirs, year.choice) == ("Vững mạnh", "Hoàn thành nhiệm vụ", "ours")
    target = by_key["targets/2026:new_members/value"]
    assert target.theirs == 999 and target.choice == "ours"
    assert db.execute("SELECT rating, workers_conference FROM union_years u JOIN unions n ON n.id = u.union_id "
                      "WHERE n.uid = ? AND year = 2028", [scenario.info["year_union_uid"]]).fetchone() == (
        "Vững mạnh", 1)
    # a gap is filled without a conflict
    assert f"members/{scenario.info['fill_b']}/ethnicity" not in by_key
    assert db.execute("SELECT ethnicity FROM members WHERE uid = ?", [scenario.info["fill_b"]]).fetchone()[0]


def test_provenance_for_members_and_unions(merged, scenario):
    db = merged["db"]
    uid = db.execute("SELECT id FROM unions WHERE code = 'B-NEW'").fetchone()[0]
    p = provenance(db, "unions", uid)
    assert [x["action"] for x in p] == ["added"]
    assert p[0]["former_unit"] == "Công đoàn phường Từ Liêm" and p[0]["file_name"] == "b.sqlite3"
    assert p[0]["text"].startswith("added from b.sqlite3 / Công đoàn phường Từ Liêm on ")
    shared = db.execute("SELECT id FROM unions WHERE code = 'A-NEW'").fetchone()[0]
    assert provenance(db, "unions", shared) == []  # only ours
    assert db.execute("SELECT count(*) FROM merges").fetchone()[0] == 2
    # events, courses, officers, welfare, yearly facts came along with their references remapped
    ev = db.execute("SELECT e.id, u.uid FROM events e JOIN unions u ON u.id = e.union_id "
                    "WHERE e.title = 'Hội nghị cán bộ công chức huyện Đan Phượng 2025'").fetchall()
    assert len(ev) == 1 and ev[0][1] == scenario.info["c_union_uids"][0]  # c's union matched to a's
    people = db.execute("SELECT p.role, m.uid FROM event_people p JOIN members m ON m.id = p.member_id "
                        "WHERE p.event_id = ? ORDER BY p.sort", [ev[0][0]]).fetchall()
    assert people[0] == ("chair", scenario.info["c_dup_cccd"])
    assert db.execute("SELECT u.note FROM event_unions eu JOIN unions u ON u.id = eu.union_id "
                      "WHERE eu.event_id = ?", [ev[0][0]]).fetchone()[0] == "code CS00001 in c.sqlite3"
    assert db.execute("SELECT m.uid, e.certificate_no FROM enrolments e JOIN courses c ON c.id = e.course_id "
                      "JOIN members m ON m.id = e.member_id WHERE c.title = 'Tập huấn kỹ năng thương lượng 2024'"
                      ).fetchall() == [(scenario.info["c_dup_cccd"], "DP-0001")]
    officer = db.execute("SELECT m.full_name, u.name FROM officers o JOIN members m ON m.id = o.member_id "
                         "JOIN unions u ON u.id = o.union_id WHERE o.term = '2023-2028' AND o.role = 'chair' "
                         "AND m.full_name = 'Phùng Văn C01'").fetchall()
    assert officer == [("Phùng Văn C01", "Công đoàn Trường Tiểu học Đan Phượng")]
    assert db.execute("SELECT count(*) FROM welfare w JOIN members m ON m.id = w.member_id "
                      "WHERE m.full_name = 'Phùng Văn C01' AND w.amount = 2000000").fetchone()[0] == 1
    assert db.execute("SELECT rating FROM union_years y JOIN unions u ON u.id = y.union_id "
                      "WHERE u.name = 'Công đoàn Trường Tiểu học Đan Phượng' AND y.year = 2025").fetchone() == (
        "Vững mạnh",)
    body = db.execute("SELECT kind, is_own FROM bodies WHERE name = 'Liên đoàn Lao động huyện Đan Phượng'").fetchone()
    assert body == ("district", 0)


def test_merging_again_changes_nothing(scenario, tmp_path):
    a, b, c = (scenario.copy(n, tmp_path) for n in "abc")
    db = open_db(a)
    try:
        first = merge_files(db, [b, c])
        assert first.committed
        before = digest(db)
        again = merge_files(db, [b, c])
        assert not again.committed and not again.changes
        assert all(s.added["members"] == 0 and s.history_rows_added == 0 for s in again.sources)
        assert digest(db) == before
        assert db.execute("SELECT count(*) FROM merges").fetchone()[0] == 2
    finally:
        db.close()


def test_dry_run_and_failed_merge_change_nothing(scenario, tmp_path, monkeypatch):
    a, b, c = (scenario.copy(n, tmp_path) for n in "abc")
    db = open_db(a)
    try:
        before, before_file = digest(db), file_digest(db)
        dry = merge_files(db, [b, c], dry_run=True)
        assert dry.dry_run and not dry.committed
        assert dry.sources[0].added["members"] == scenario.info["new_b"]
        assert len(dry.conflicts) >= 3
        assert file_digest(db) == before_file  # not a byte changed: no backup, no audit row
        assert not list((tmp_path / "userdata" / "backups").glob("*merge*")) if (
            tmp_path / "userdata" / "backups").exists() else True

        def boom(self):
            raise RuntimeError("disk unplugged")
        monkeypatch.setattr(merge_mod._Run, "welfare", boom)
        with pytest.raises(RuntimeError):
            merge_files(db, [b])  # after unions, members, histories, officers, events, courses
        assert digest(db) == before
        assert db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone()[0] >= 10
        # cancelled from the progress dialog: also nothing
        monkeypatch.undo()
        calls = []

        def progress(done, total, text=""):
            calls.append(text)
            return len(calls) < 5
        with pytest.raises(UserError, match="cancelled"):
            merge_files(db, [b], progress=progress)
        assert digest(db) == before
    finally:
        db.close()


def test_refusals(scenario, tmp_path, schema_v1_copy):
    a = scenario.copy("a", tmp_path)
    db = open_db(a)
    try:
        newer = scenario.copy("c", tmp_path)
        conn = sqlite3.connect(newer)
        conn.execute("PRAGMA user_version = 99")
        conn.close()
        with pytest.raises(DatabaseFileError, match="newer version"):
            merge_files(db, [newer])
        foreign = tmp_path / "foreign.sqlite3"
        conn = sqlite3.connect(foreign)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
        with pytest.raises(DatabaseFileError, match="another program"):
            merge_files(db, [foreign])
        text = tmp_path / "notes.sqlite3"
        text.write_text("hello " * 100)
        with pytest.raises(DatabaseFileError, match="not SQLite"):
            merge_files(db, [text])
        corrupt = tmp_path / "corrupt.sqlite3"
        shutil.copy(scenario.folder / "c.sqlite3", corrupt)
        data = bytearray(corrupt.read_bytes())
        # scribble over every b-tree page's header and cell pointers (the bytes at 100-140
        # of a page can be free space, depending on which tables the schema has)
        for off in range(4096, len(data) - 4096, 4096):
            data[off:off + 64] = b"\xff" * 64
        corrupt.write_bytes(bytes(data))
        with pytest.raises(DatabaseFileError, match="damaged|cannot be read"):
            merge_files(db, [corrupt])
        with pytest.raises(DatabaseFileError, match="is the database that is open"):
            merge_files(db, [a])
        with pytest.raises(DatabaseFileError, match="no such file"):
            merge_files(db, [tmp_path / "missing.sqlite3"])
        # an older file merges from a migrated private copy; the file itself is untouched
        old_hash = hashlib.sha256(schema_v1_copy.read_bytes()).hexdigest()
        report = merge_files(db, [schema_v1_copy], dry_run=True)
        assert report.sources[0].schema_version == 1
        assert hashlib.sha256(schema_v1_copy.read_bytes()).hexdigest() == old_hash
    finally:
        db.close()


def test_choices_file_formats(tmp_path):
    p = tmp_path / "c.json"
    p.write_text(json.dumps([{"key": "members/x/job", "choice": "theirs"},
                             {"table": "unions", "uid": "y", "field": "name", "choice": "ours"}]))
    assert load_choices(p) == {"members/x/job": "theirs", "unions/y/name": "ours"}
    p.write_text(json.dumps({"members/x/job": "maybe"}))
    with pytest.raises(UserError, match="ours"):
        load_choices(p)
