"""Demo files for the merge tests, built once per session and copied per test.

``a`` is the district demo (seed 1); ``b`` is a copy of it that then went its own way
(the same records kept by two former units); both sides edit, move and add members and
unions, and change the same fields at different times. ``c`` is a small file of another
former unit, typed by hand, that shares two members and two unions with ``a`` without
sharing any uid.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from desktop_app.core import stats
from desktop_app.core.demo.builder import build_demo
from desktop_app.core.records import bodies, events, members, officers, training, unions, welfare
from desktop_app.core.storage.db import open_db
from desktop_app.core.text import fold

DIVERGED = "2026-11-16"


@dataclass
class Scenario:
    folder: Path
    info: dict = field(default_factory=dict)

    def copy(self, name: str, dest: Path) -> Path:
        target = dest / f"{name}.sqlite3"
        src = sqlite3.connect(self.folder / f"{name}.sqlite3")
        dst = sqlite3.connect(target)
        src.backup(dst)
        src.close()
        dst.close()
        return target


def _uid(db, member_id):
    return db.execute("SELECT uid FROM members WHERE id = ?", [member_id]).fetchone()[0]


def _stamp(db, table, record_id, when):
    db.execute(f"UPDATE {table} SET updated_at = ? WHERE id = ?", [when, record_id])
    db.conn.commit()


def _active(db, n, offset=0, with_cccd=None):
    cond = {None: "", True: "AND cccd IS NOT NULL", False: "AND cccd IS NULL"}[with_cccd]
    return [r[0] for r in db.execute(
        f"SELECT id FROM members WHERE status = 'active' {cond} ORDER BY id LIMIT ? OFFSET ?",
        [n, offset]).fetchall()]


def _new_union(db, code, name, address, sector="ngoai_nn", founded="2026-11-16"):
    return unions.add_union(db, code=code, name=name, address=address, sector=sector, founded_on=founded)


@pytest.fixture(scope="session")
def scenario(tmp_path_factory) -> Scenario:
    folder = tmp_path_factory.mktemp("merge_sources")
    sc = Scenario(folder)
    info = sc.info
    a_path = folder / "a.sqlite3"
    a = open_db(a_path)
    build_demo(a, "district", seed=1)
    a.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    a.close()
    shutil.copy(a_path, folder / "b.sqlite3")
    a = open_db(a_path)
    b = open_db(folder / "b.sqlite3")

    ids = _active(a, 8, offset=100)
    conf_theirs, conf_ours, leave_a, move_b, leave_b, both, fill_b, _ = ids
    info.update(conf_theirs=_uid(a, conf_theirs), conf_ours=_uid(a, conf_ours), leave_a=_uid(a, leave_a),
                move_b=_uid(a, move_b), leave_b=_uid(a, leave_b), both=_uid(a, both), fill_b=_uid(a, fill_b))
    # the same field changed on both sides: the later change should win by default
    members.update_member(a, conf_theirs, job="Kế toán (A)")
    _stamp(a, "members", conf_theirs, "2026-11-18T10:00:00")
    members.update_member(b, conf_theirs, job="Kế toán trưởng (B)")
    _stamp(b, "members", conf_theirs, "2026-11-19T10:00:00")
    members.update_member(a, conf_ours, phone="0912000111")
    _stamp(a, "members", conf_ours, "2026-11-20T09:00:00")
    members.update_member(b, conf_ours, phone="0912000222")
    _stamp(b, "members", conf_ours, "2026-11-17T09:00:00")
    # a gap on one side is filled from the other, not a conflict
    a.execute("UPDATE members SET ethnicity = NULL WHERE id = ?", [fill_b])
    a.conn.commit()
    # history on one side only
    members.leave(a, leave_a, "2026-11-17", "Nghỉ hưu")
    members.leave(b, leave_b, "2026-11-18", "Chuyển công tác")
    current = b.execute("SELECT union_id FROM members WHERE id = ?", [move_b]).fetchone()[0]
    other = b.execute("SELECT id FROM unions WHERE status = 'active' AND id != ? ORDER BY id LIMIT 1",
                      [current]).fetchone()[0]
    members.transfer(b, move_b, other, "2026-11-17")
    info["move_b_union_uid"] = b.execute("SELECT uid FROM unions WHERE id = ?", [other]).fetchone()[0]
    # history on both sides for the same member: B moves them, A records they left later
    current = b.execute("SELECT union_id FROM members WHERE id = ?", [both]).fetchone()[0]
    other = b.execute("SELECT id FROM unions WHERE status = 'active' AND id != ? ORDER BY id DESC LIMIT 1",
                      [current]).fetchone()[0]
    members.transfer(b, both, other, "2026-11-17")
    members.leave(a, both, "2026-11-19", "Thôi việc")
    # new unions and members on each side
    ua = _new_union(a, "A-NEW", "Công đoàn Công ty TNHH Minh Khang", "Số 5 Phạm Hùng, phường Mỹ Đình 2")
    ub = _new_union(b, "B-NEW", "Công đoàn Công ty CP Đại Phát", "Số 9 Lê Đức Thọ, phường Mỹ Đình 1")
    for i in range(5):
        members.add_member(a, full_name=f"Trần Văn A{chr(65 + i)}", birth_date=f"1990-01-0{i + 1}",
                           sex="M", union_id=ua, joined_on="2026-11-16")
    for i in range(7):
        members.add_member(b, full_name=f"Lê Thị B{chr(65 + i)}", birth_date=f"1992-02-0{i + 1}",
                           sex="F", union_id=ub, joined_on="2026-11-16")
    info.update(new_a=5, new_b=7)
    # yearly facts and targets: a year only b has, and a rating both set differently
    shared_union = a.execute("SELECT id, uid FROM unions WHERE status = 'active' ORDER BY id LIMIT 1").fetchone()
    unions.set_year(a, shared_union[0], 2027, rating="Vững mạnh")
    unions.set_year(b, shared_union[0], 2027, rating="Hoàn thành nhiệm vụ")
    unions.set_year(b, shared_union[0], 2028, rating="Vững mạnh", workers_conference=1)
    stats.set_target(b, 2026, "new_members", 999)
    info.update(year_union_uid=shared_union[1])

    # c: another former unit's small file, typed separately (no shared uids)
    c = open_db(folder / "c.sqlite3")
    bodies.set_own_body(c, name="Liên đoàn Lao động huyện Đan Phượng", kind="district",
                        parent_name="Liên đoàn Lao động thành phố Hà Nội")
    shared_code = a.execute("SELECT code, name, address, sector, founded_on, uid FROM unions "
                            "WHERE status = 'active' ORDER BY id LIMIT 1 OFFSET 3").fetchone()
    shared_addr = a.execute("SELECT code, name, address, sector, founded_on, uid FROM unions "
                            "WHERE status = 'active' AND address IS NOT NULL ORDER BY id LIMIT 1 OFFSET 7").fetchone()
    c1 = unions.add_union(c, code=shared_code[0], name=shared_code[1], address=shared_code[2],
                          sector=shared_code[3], founded_on=shared_code[4])
    c2 = unions.add_union(c, name=shared_addr[1].upper(), address=shared_addr[2], sector=shared_addr[3],
                          founded_on=shared_addr[4])
    c3 = unions.add_union(c, code="CS00001", name="Công đoàn Trường Tiểu học Đan Phượng",
                          address="Thị trấn Phùng, Đan Phượng", sector="giao_duc", founded_on="2001-09-05")
    info.update(c_union_code=shared_code[0], c_union_addr_name=shared_addr[1],
                c_union_uids=[shared_code[5], shared_addr[5]])
    x = _active(a, 1, offset=300, with_cccd=True)[0]
    y = _active(a, 1, offset=40, with_cccd=False)[0]
    xr = a.execute("SELECT full_name, birth_date, cccd, sex FROM members WHERE id = ?", [x]).fetchone()
    yr = a.execute("SELECT full_name, birth_date, cccd, sex FROM members WHERE id = ?", [y]).fetchone()
    # the same person by CCCD (name typed without diacritics); by name and birth date
    members.add_member(c, full_name=fold(xr[0]), birth_date=xr[1], cccd=xr[2], sex=xr[3], phone="0988777666",
                       union_id=c1, joined_on="2019-03-01")
    members.add_member(c, full_name=yr[0], birth_date=yr[1], sex=yr[3], union_id=c2, joined_on="2018-06-01")
    info.update(c_dup_cccd=_uid(a, x), c_dup_name=_uid(a, y))
    for i in range(20):
        mid = members.add_member(c, full_name=f"Phùng Văn C{i:02d}", birth_date=f"1985-03-{i + 1:02d}", sex="M",
                                 cccd=f"0012850{i:05d}", union_id=(c1, c2, c3)[i % 3],
                                 joined_on=f"20{10 + i % 10}-01-15")
        if i % 5 == 0:
            members.leave(c, mid, "2023-06-30", "Nghỉ việc")
    info["c_members"] = 22
    # the rest of c's records: they must come along with their references remapped
    x_c = c.execute("SELECT id FROM members WHERE cccd = ?", [xr[2]]).fetchone()[0]
    first_c = c.execute("SELECT id FROM members WHERE full_name = 'Phùng Văn C01'").fetchone()[0]
    events.add_event(c, kind="conference", title="Hội nghị cán bộ công chức huyện Đan Phượng 2025",
                     starts_at="2025-03-10T08:00", place="Hội trường UBND huyện", union_id=c1,
                     participant_count=120,
                     people=[{"role": "chair", "name": xr[0], "member_id": x_c},
                             {"role": "secretary", "name": "Phùng Văn C01", "member_id": first_c}],
                     items=[{"at_time": "08:00", "content": "Khai mạc"}],
                     unions=[{"union_id": c3, "participants": 40}])
    course = training.add_course(c, title="Tập huấn kỹ năng thương lượng 2024", starts_on="2024-09-12",
                                 topic="Thương lượng tập thể")
    training.enrol(c, course, x_c, attended_sessions=1, completed=True, certificate_no="DP-0001")
    officers.add_officer(c, member_id=first_c, role="chair", union_id=c3, term="2023-2028",
                         term_start="2023-06-01")
    welfare.add_support(c, paid_on="2025-01-20", kind="hardship", amount=2_000_000, member_id=first_c,
                        reason="Ốm đau dài ngày")
    unions.set_year(c, c3, 2025, rating="Vững mạnh", workers_conference=1)
    for db in (a, b, c):
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
    return sc


@pytest.fixture
def files(scenario, tmp_path):
    """Private copies of a, b and c."""
    return {n: scenario.copy(n, tmp_path) for n in ("a", "b", "c")}
