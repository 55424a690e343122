"""Realistic demo data at district or city scale, deterministic for a seed.

District: 149 active grassroots unions and 10,391 active members (Nam Từ Liêm, 2015).
City: 9,031 active unions and 609,274 active members (Hà Nội, from seed 002). Around
them sits the history that makes the figures real: members who joined over the
years, transferred, left or died; unions founded, merged and dissolved; officers,
events with programmes, courses with enrolments, support payments and targets.

Bulk rows go in with ``executemany`` inside one transaction with the history and
search triggers suspended, then the derived columns are rebuilt in one statement:
row-by-row inserts with triggers are ~10x slower at city scale.
"""

from __future__ import annotations

import datetime as dt
import math
import queue
import random
import threading
from bisect import bisect
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate
from typing import Any

import sqlite_utils

from desktop_app.core.demo import names as N
from desktop_app.core.errors import UserError
from desktop_app.core.records import bodies
from desktop_app.core.stats import INDICATORS, results, set_target
from desktop_app.core.storage.db import rebuild_search, triggers_suspended
from desktop_app.core.text import fold

# A fixed "today" keeps the data identical for a seed whatever day it is built.
DEMO_TODAY = dt.date(2026, 11, 15)


@dataclass(frozen=True)
class Scale:
    name: str
    unions: int
    members: int
    place: str
    courses_per_year: int
    events_per_year: int


SCALES = {
    "district": Scale("district", 149, 10_391, "Nam Từ Liêm", 8, 8),
    "city": Scale("city", 9_031, 609_274, "Hà Nội", 80, 30),
}
# Share of unions per sector block; Hà Nội has 5,398 of 9,031 outside the state sector.
SECTOR_MIX = {
    "district": [("hcsn", 0.12), ("phuong_xa", 0.07), ("giao_duc", 0.20), ("dnnn", 0.04),
                 ("ngoai_nn", 0.50), ("fdi", 0.07)],
    "city": [("hcsn", 0.14), ("phuong_xa", 0.06), ("giao_duc", 0.17), ("dnnn", 0.03),
             ("ngoai_nn", 0.52), ("fdi", 0.08)],
}
FEMALE_SHARE = {"hcsn": 0.5, "phuong_xa": 0.45, "giao_duc": 0.85, "dnnn": 0.35, "ngoai_nn": 0.55, "fdi": 0.65}


_fold = lru_cache(maxsize=None)(fold)
_PROVINCES = ("001", "001", "001", "034", "036", "038", "030", "027", "022", "040")
_MOBILE = ("09", "03", "08", "07")


class _Picker:
    """Fast weighted choice from a fixed list (random.choices recomputes weights)."""

    def __init__(self, rng: random.Random, items: list[tuple[str, float]]):
        self.rng = rng
        self.values = [v for v, _ in items]
        self.cum = list(accumulate(w for _, w in items))
        self.total = self.cum[-1]

    def __call__(self) -> str:
        return self.values[bisect(self.cum, self.rng.random() * self.total)]


def _day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    span = (end - start).days
    return start + dt.timedelta(days=rng.randint(0, max(span, 0)))


def _recent_day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    """A day skewed towards ``end``: membership has grown fast in recent years."""
    span = (end - start).days
    return end - dt.timedelta(days=int(span * (1 - math.sqrt(rng.random()))))


def build_demo(db: sqlite_utils.Database, scale: str = "district", seed: int = 1,
               today: dt.date = DEMO_TODAY, progress=None) -> dict[str, int]:
    """Fill an empty database with demo data; returns counts of what was made."""
    if scale not in SCALES:
        raise UserError("demo.unknown_scale", scale=repr(scale))
    if db.execute("SELECT (SELECT count(*) FROM members) + (SELECT count(*) FROM unions)").fetchone()[0]:
        raise UserError("demo.database_not_empty")
    return _Builder(db, SCALES[scale], seed, today, progress).build()


_CHUNK = 20_000


class _ChunkWriter:
    """Inserts members and their history rows on a second thread, in order, on the
    builder's own connection and transaction."""

    MEMBERS = """INSERT INTO members (id, full_name, name_folded, search_text, sex, birth_date, ethnicity,
                   cccd, phone, job, card_no, uid, created_at, updated_at, union_id, status, status_on, joined_on)
                 VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11, ?12 || printf('%016x', ?1), ?13, ?13,
                         ?14, ?15, ?16, ?17)"""
    HISTORY = """INSERT INTO memberships (id, member_id, kind, union_id, on_date, reason, uid, created_at)
                 VALUES (?1,?2,?3,?4,?5,?6, ?7 || printf('%016x', ?1), ?8)"""

    def __init__(self, conn):
        self.conn = conn
        self.queue: queue.Queue = queue.Queue(maxsize=2)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="demo-writer", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while (item := self.queue.get()) is not None:
            if self.error is None:
                try:
                    self.conn.executemany(self.MEMBERS, item[0])
                    self.conn.executemany(self.HISTORY, item[1])
                except BaseException as e:  # re-raised on the builder's thread by close()
                    self.error = e

    def put(self, members: list, history: list) -> None:
        if self.error is not None:
            raise self.error
        self.queue.put((members, history))

    def close(self) -> None:
        self.queue.put(None)
        self.thread.join()
        if self.error is not None:
            raise self.error

    def abort(self) -> None:
        self.error = self.error or RuntimeError("aborted")
        self.queue.put(None)
        self.thread.join()


class _Builder:
    def __init__(self, db, scale: Scale, seed: int, today: dt.date, progress):
        self.db = db
        self.s = scale
        self.rng = random.Random(seed)
        # The registers added later draw from their own generator, so the members, events
        # and figures a seed has always produced stay the same.
        self.extra = random.Random(seed * 7919 + 18)
        self.today = today
        self.progress = progress or (lambda step, fraction: None)
        self.years = list(range(today.year - 4, today.year + 1))
        r = self.rng
        self.family = _Picker(r, N.FAMILY)
        self.middle_m = _Picker(r, N.MIDDLE_M)
        self.middle_f = _Picker(r, N.MIDDLE_F)
        self.ethnic = _Picker(r, N.ETHNIC)
        self.cccds: set[str] = set()

    # --- people ------------------------------------------------------------------
    def person_name(self, female: bool) -> str:
        r = self.rng
        middle = self.middle_f() if female else self.middle_m()
        given = r.choice(N.GIVEN_F if female else N.GIVEN_M)
        while given == middle:
            given = r.choice(N.GIVEN_F if female else N.GIVEN_M)
        if r.random() < 0.15:  # a second middle name is common: Nguyễn Thị Thu Hà
            given = r.choice(N.GIVEN_F if female else N.GIVEN_M) + " " + given
        return f"{self.family()} {middle} {given}"

    def cccd(self, birth: dt.date, female: bool) -> str:
        r = self.rng
        century = (0 if birth.year < 2000 else 2) + (1 if female else 0)
        province = _PROVINCES[int(r.random() * len(_PROVINCES))]
        while True:
            code = f"{province}{century}{birth.year % 100:02d}{int(r.random() * 1_000_000):06d}"
            if code not in self.cccds:
                self.cccds.add(code)
                return code

    def phone(self) -> str:
        r = self.rng
        return f"{_MOBILE[int(r.random() * 4)]}{int(r.random() * 100_000_000):08d}"

    # --- build -------------------------------------------------------------------
    def build(self) -> dict[str, int]:
        db = self.db
        with db.atomic():
            with triggers_suspended(db, "members", "memberships", "unions", indexes=True):
                self.make_bodies()
                self.progress("unions", 0.05)
                self.make_unions()
                self.progress("members", 0.15)
                self.make_members()
                self.progress("officers", 0.6)
                self.make_officers()
                self.make_union_years()
                self.progress("events", 0.7)
                self.make_events()
                self.make_courses()
                self.make_welfare()
                self.make_law_2024_members()
                self.make_awards()
                self.make_congresses()
                self.make_dues()
                self.progress("indexes", 0.8)
            # Members' current union and status were computed as their history was made
            # (rebuild_derived gives the same, a test checks): only the search index is left.
            self.progress("search", 0.85)
            rebuild_search(db)
            self.progress("targets", 0.95)
            self.make_targets()
            # Statistics for the query planner: without them SQLite read a union's members
            # through the status index (3.6 s at city scale instead of 40 ms).
            db.execute("PRAGMA analysis_limit = 1000")
            db.execute("ANALYZE")
        self.progress("done", 1.0)
        counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("unions", "members", "memberships", "officers", "events", "courses",
                            "enrolments", "welfare")}
        counts["active_members"] = db.execute("SELECT count(*) FROM members WHERE status = 'active'").fetchone()[0]
        counts["active_unions"] = db.execute("SELECT count(*) FROM unions WHERE status = 'active'").fetchone()[0]
        return counts

    def make_bodies(self) -> None:
        if self.s.name == "district":
            self.body_id = bodies.set_own_body(
                self.db, name="Liên đoàn Lao động quận Nam Từ Liêm", kind="district",
                short_name="LĐLĐ quận Nam Từ Liêm", parent_name="Liên đoàn Lao động thành phố Hà Nội",
                parent_short_name="Liên đoàn Lao động TP Hà Nội", parent_kind="city",
                place_name="Nam Từ Liêm", doc_code="LĐLĐ",
                address="Số 125 Hồ Tùng Mậu, phường Cầu Diễn, quận Nam Từ Liêm, Hà Nội")
        else:
            self.body_id = bodies.set_own_body(
                self.db, name="Liên đoàn Lao động thành phố Hà Nội", kind="city",
                short_name="Liên đoàn Lao động TP Hà Nội", parent_name="Tổng Liên đoàn Lao động Việt Nam",
                parent_short_name="Tổng Liên đoàn Lao động Việt Nam", parent_kind="national",
                place_name="Hà Nội", doc_code="LĐLĐ", address="Số 5 Đinh Lễ, quận Hoàn Kiếm, Hà Nội")

    def _places(self) -> list[str]:
        return [self.s.place] if self.s.name == "district" else N.DISTRICTS

    @staticmethod
    @cache
    def _wards(place: str) -> list[str]:
        if place == "Nam Từ Liêm":
            return N.WARDS_NAM_TU_LIEM
        r = random.Random(place)
        return sorted({f"{r.choice(N.WARD_WORDS)} {r.choice(N.WARD_WORDS)}" for _ in range(14)})

    def _union_name(self, sector: str, place: str, ward: str) -> tuple[str, str]:
        r = self.rng
        if sector == "hcsn":
            employer = r.choice(N.STATE_AGENCIES).format(d=place)
        elif sector == "phuong_xa":
            employer = f"Cơ quan phường {ward}"
        elif sector == "giao_duc":
            level = r.choice(("Trường Mầm non", "Trường Mầm non", "Trường Tiểu học", "Trường THCS"))
            employer = f"{level} {r.choice((ward, r.choice(N.PERSONS)))}"
        elif sector == "dnnn":
            employer = r.choice(N.STATE_FIRMS).format(d=place)
        elif sector == "fdi":
            employer = f"Công ty TNHH {r.choice(N.FDI_NAMES)} Việt Nam"
        else:
            kind = r.choice(("Công ty TNHH", "Công ty TNHH", "Công ty Cổ phần", "Công ty Cổ phần", "Hợp tác xã"))
            employer = f"{kind} {r.choice(N.BIZ_TRADES)} {r.choice(N.BIZ_WORDS)}"
        return f"Công đoàn {employer}", employer

    def make_unions(self) -> None:
        r, s = self.rng, self.s
        n_closed = max(3, s.unions // 40)
        total = s.unions + n_closed
        sector_pick = _Picker(r, SECTOR_MIX[s.name])
        sector_state = dict((c, st) for c, _, st, _ in
                            self.db.execute("SELECT code, name, is_state, sort FROM sectors"))
        names: set[str] = set()
        self.unions: list[dict[str, Any]] = []
        earliest = dt.date(1990, 1, 1)
        places = self._places()
        for i in range(total):
            sector = sector_pick()
            place = r.choice(places)
            ward = r.choice(self._wards(place))
            name, employer = self._union_name(sector, place, ward)
            base, n = name, 2
            while name in names:
                name, employer = f"{base} {('chi nhánh ' + ward) if n == 2 else 'số ' + str(n)}", employer
                n += 1
            names.add(name)
            # Non-state unions are younger: most were founded in the last decade.
            founded = (_recent_day(r, dt.date(2008, 1, 1), self.today - dt.timedelta(days=30))
                       if sector in ("ngoai_nn", "fdi") else _day(r, earliest, dt.date(2015, 12, 31)))
            u = {"id": i + 1, "sector": sector, "founded_on": founded, "status": "active", "status_on": None,
                 "merged_into_id": None, "name": name}
            self.unions.append(u)
            u["code"] = f"{'CS' if s.name == 'district' else 'HN'}{i + 1:05d}"
            u["row"] = [
                i + 1, u["code"], name, fold(name), "", employer,
                f"Số {r.randint(1, 300)} {r.choice(N.STREETS)}, phường {ward}, {place}",
                ward, sector, sector_state[sector], founded.isoformat(),
                f"{r.randint(1, 500)}/QĐ-{'LĐLĐ' if founded.year > 2000 else 'CĐ'}",
                None, self.body_id, "024" + f"{r.randrange(10**8):08d}"]
        # Close a few of the oldest-looking unions: dissolved, or merged into a living one.
        closed = r.sample(range(total), n_closed)
        active_ids = [u["id"] for j, u in enumerate(self.unions) if j not in set(closed)]
        for j in closed:
            u = self.unions[j]
            u["status"] = "merged" if r.random() < 0.4 else "dissolved"
            u["status_on"] = _day(r, max(u["founded_on"], dt.date(2019, 1, 1)) + dt.timedelta(days=200),
                                  self.today - dt.timedelta(days=10))
            if u["status"] == "merged":
                u["merged_into_id"] = r.choice(active_ids)
        for u in self.unions:
            u["row"][4] = fold(" ".join([u["name"], u["code"], u["row"][5], u["row"][6], u["row"][7]]))
            u["row"][12] = None
        self.db.conn.executemany(
            """INSERT INTO unions (id, code, name, name_folded, search_text, employer, address, ward, sector,
                 is_state, founded_on, founding_decision, workers, body_id, phone)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""", [u["row"] for u in self.unions])
        self.db.conn.executemany(
            "UPDATE unions SET status = ?, status_on = ?, merged_into_id = ? WHERE id = ?",
            [(u["status"], u["status_on"].isoformat(), u["merged_into_id"], u["id"])
             for u in self.unions if u["status"] != "active"])
        self.active_unions = [u for u in self.unions if u["status"] == "active"]

    def _sizes(self, count: int, total: int) -> list[int]:
        """Union sizes: most small (80% of Ba Đình's under 25), a few factories of thousands."""
        r = self.rng
        raw = [r.lognormvariate(2.6, 1.35) for _ in range(count)]
        scale = total / sum(raw)
        sizes = [max(3, int(x * scale)) for x in raw]
        diff = total - sum(sizes)
        order = sorted(range(count), key=lambda i: -sizes[i])
        i = 0
        while diff != 0:  # settle rounding on the big ones, never below 3
            k = order[i % count]
            step = 1 if diff > 0 else -1
            if sizes[k] + step >= 3:
                sizes[k] += step
                diff -= step
            i += 1
        return sizes

    def make_members(self) -> None:
        # SQLite inserts one chunk while Python makes the next: sqlite3 releases the GIL
        # while it works, so on two cores the build takes the longer of the two, not the sum.
        writer = _ChunkWriter(self.db.conn)
        try:
            self._make_members(writer)
        except BaseException:
            writer.abort()  # before the caller's rollback: no insert may land after it
            raise
        writer.close()

    def _make_members(self, writer: _ChunkWriter) -> None:
        r, s, today = self.rng, self.s, self.today
        closed_sizes = {u["id"]: r.randint(3, 30) for u in self.unions if u["status"] != "active"}
        merged_in = sum(n for uid, n in closed_sizes.items() if self.unions[uid - 1]["status"] == "merged")
        sizes = self._sizes(len(self.active_unions), s.members - merged_in)
        members: list[list] = []
        history: list[tuple] = []
        first_in_chunk = 1  # the member id of members[0]
        self.members_of: dict[int, list[int]] = {}
        self.member_names: dict[int, str] = {}
        self.member_sex: dict[int, str] = {}
        member_id = 0
        hist_id = 0

        # Ordered uids (a random 64-bit prefix for this build, then the row id) insert at
        # the end of the uid index instead of at random places: 3x faster at city scale,
        # and still unique across files for merging.
        uid_m, uid_h = f"{r.getrandbits(64):016x}", f"{r.getrandbits(64):016x}"
        stamp = f"{today.isoformat()}T08:00:00"
        # Dates as day ordinals in the hot loop: date arithmetic is the slow part.
        today_o = today.toordinal()
        birth_lo = dt.date(1966, 1, 1).toordinal()
        adult = 18 * 366
        rand = r.random
        fromord = dt.date.fromordinal
        given_f, given_m = N.GIVEN_F, N.GIVEN_M
        jobs = N.JOBS
        ethnic = self.ethnic

        def new_member(union: dict, female_share: float, join_from: dt.date, join_to: dt.date):
            nonlocal member_id
            member_id += 1
            female = rand() < female_share
            to_o = min(join_to.toordinal(), today_o)
            birth_o = birth_lo + int(rand() * max(to_o - adult - birth_lo, 1))
            birth = fromord(birth_o)
            middle = self.middle_f() if female else self.middle_m()
            names = given_f if female else given_m
            given = names[int(rand() * len(names))]
            while given == middle:
                given = names[int(rand() * len(names))]
            if rand() < 0.15:  # a second given name is common: Nguyễn Thị Thu Hà
                given = names[int(rand() * len(names))] + " " + given
            family = self.family()
            name = f"{family} {middle} {given}"
            folded = f"{_fold(family)} {_fold(middle)} {_fold(given)}"
            cccd = self.cccd(birth, female) if rand() < 0.9 else None
            phone = self.phone() if rand() < 0.8 else None
            card = f"{union['code']}-{member_id:07d}" if rand() < 0.7 else None
            job_list = jobs[union["sector"]]
            search = " ".join(p for p in (folded, cccd, phone, card) if p)
            # The last four (union_id, status, status_on, joined_on) follow the history as it is added.
            members.append([member_id, name, folded, search, "F" if female else "M", birth.isoformat(),
                            ethnic(), cccd, phone, job_list[int(rand() * len(job_list))], card, uid_m, stamp,
                            None, "none", None, None])
            lo = max(join_from.toordinal(), birth_o + adult)
            return member_id, fromord(lo + int(rand() * (to_o - lo + 1))) if lo < to_o else fromord(to_o)

        status_of = {"join": "active", "transfer": "active", "transfer_out": "transferred", "leave": "left",
                     "death": "deceased"}

        def add_history(mid: int, kind: str, union_id: int | None, day: dt.date, reason: str | None = None):
            # A member's rows are added in date order, so the newest row is the current state.
            nonlocal hist_id
            hist_id += 1
            on = day.isoformat()
            history.append((hist_id, mid, kind, union_id, on, reason, uid_h, stamp))
            row = members[mid - first_in_chunk]
            row[13], row[14], row[15] = union_id, status_of[kind], on
            if kind == "join" and row[16] is None:
                row[16] = on

        def flush() -> None:
            # Only between members: every row handed over has its whole history.
            nonlocal members, history, first_in_chunk
            self.member_names.update((row[0], row[1]) for row in members)
            self.member_sex.update((row[0], row[4]) for row in members)
            writer.put(members, history)
            first_in_chunk += len(members)
            members, history = [], []

        active = self.active_unions
        for idx, (union, size) in enumerate(zip(active, sizes)):
            fshare = FEMALE_SHARE[union["sector"]]
            ids = []
            for _ in range(size):
                mid, joined = new_member(union, fshare, union["founded_on"], today)
                ids.append(mid)
                if r.random() < 0.07 and len(active) > 1:
                    # Came here by transfer from another of our unions.
                    other = active[r.randrange(len(active))]
                    if other is not union and other["founded_on"] < joined - dt.timedelta(days=400):
                        first = _day(r, max(other["founded_on"], joined - dt.timedelta(days=3000)),
                                     joined - dt.timedelta(days=200))
                        add_history(mid, "join", other["id"], first)
                        add_history(mid, "transfer", union["id"], joined, "Chuyển công tác")
                        continue
                add_history(mid, "join", union["id"], joined)
            self.members_of[union["id"]] = ids
            if len(members) >= _CHUNK:
                flush()
            if idx % 500 == 0:
                self.progress("members", 0.15 + 0.4 * idx / len(active))
        # Former members: left, moved away, died; and everyone in closed unions.
        reasons = ["Nghỉ việc", "Chấm dứt hợp đồng lao động", "Nghỉ hưu", "Chuyển sang đơn vị khác"]
        for _ in range(int(s.members * 0.05)):
            union = active[r.randrange(len(active))]
            mid, joined = new_member(union, FEMALE_SHARE[union["sector"]], union["founded_on"],
                                     today - dt.timedelta(days=60))
            add_history(mid, "join", union["id"], joined)
            end = _day(r, joined + dt.timedelta(days=30), today - dt.timedelta(days=1))
            roll = r.random()
            if roll < 0.75:
                add_history(mid, "leave", None, end, r.choice(reasons))
            elif roll < 0.95:
                add_history(mid, "transfer_out", None, end, f"LĐLĐ {r.choice(N.DISTRICTS)}")
            else:
                add_history(mid, "death", None, end)
        for union in self.unions:
            if union["status"] == "active":
                continue
            for _ in range(closed_sizes[union["id"]]):
                mid, joined = new_member(union, FEMALE_SHARE[union["sector"]], union["founded_on"],
                                         union["status_on"] - dt.timedelta(days=1))
                add_history(mid, "join", union["id"], joined)
                if union["status"] == "merged":
                    add_history(mid, "transfer", union["merged_into_id"], union["status_on"],
                                "Sáp nhập công đoàn cơ sở")
                else:
                    add_history(mid, "leave", None, union["status_on"], "Công đoàn cơ sở giải thể")
        flush()

    def make_officers(self) -> None:
        r = self.rng
        rows = []
        self.chairs: list[int] = []
        self.officer_ids: list[int] = []
        term_start = dt.date(2023, 3, 1)
        for union in self.active_unions:
            ids = self.members_of[union["id"]]
            n = len(ids)
            committee = 3 if n < 25 else 5 if n < 100 else 7 if n < 500 else 9
            picks = r.sample(ids, min(committee, n))
            start = max(term_start, union["founded_on"]) + dt.timedelta(days=r.randint(0, 120))
            for k, mid in enumerate(picks):
                role = "chair" if k == 0 else "vice_chair" if k == 1 and n >= 10 else "executive"
                rows.append((mid, role, union["id"], None, "2023-2028", start.isoformat(), None, 0))
                self.officer_ids.append(mid)
                if role == "chair":
                    self.chairs.append(mid)
            if n >= 25 and r.random() < 0.5:  # the previous chair, term ended
                prev = r.choice(ids)
                rows.append((prev, "chair", union["id"], None, "2018-2023", "2018-03-01",
                             (start - dt.timedelta(days=1)).isoformat(), 0))
        # Full-time officers of the managing body itself (4-6 at a district).
        staff = r.sample(range(1, len(self.member_names) + 1), 5 if self.s.name == "district" else 15)
        for k, mid in enumerate(staff):
            role = "chair" if k == 0 else "vice_chair" if k < 3 else "standing"
            rows.append((mid, role, None, self.body_id, "2023-2028", "2023-06-01", None, 1))
        self.db.conn.executemany(
            """INSERT INTO officers (member_id, role, union_id, body_id, term, term_start, term_end, full_time)
               VALUES (?,?,?,?,?,?,?,?)""", rows)

    def make_union_years(self) -> None:
        r = self.rng
        rows = []
        rating = _Picker(r, [(N.RATINGS[0], 25), (N.RATINGS[1], 50), (N.RATINGS[2], 22), (N.RATINGS[3], 3)])
        for union in self.active_unions:
            enterprise = union["sector"] in ("dnnn", "ngoai_nn", "fdi")
            signed = None
            for year in self.years:
                if dt.date(year, 12, 31) < union["founded_on"]:
                    continue
                agreement = None
                if enterprise and (signed is None or year - signed.year >= 3) and r.random() < 0.25:
                    signed = _day(r, dt.date(year, 1, 1), min(dt.date(year, 12, 31), self.today))
                    agreement = ("A" if r.random() < 0.3 else "B", signed.isoformat(),
                                 (signed + dt.timedelta(days=3 * 365)).isoformat())
                done = year < self.today.year or r.random() < 0.8
                rows.append((union["id"], year, rating() if year < self.today.year else None,
                             1 if done and r.random() < 0.82 else 0, *(agreement or (None, None, None))))
        self.db.conn.executemany(
            """INSERT INTO union_years (union_id, year, rating, workers_conference, agreement_type,
                 agreement_signed_on, agreement_expires_on) VALUES (?,?,?,?,?,?,?)""", rows)

    def make_events(self) -> None:
        from desktop_app.core.records import events
        r, db = self.rng, self.db
        body_name = bodies.own_body(db)["name"]
        place = self.s.place
        for year in self.years:
            plan = ["health_festival", "conference", "conference", "forum"]
            plan += [r.choice(("forum", "conference", "ceremony", "visit")) for _ in range(self.s.events_per_year - 4)]
            for k, kind in enumerate(plan):
                start = dt.datetime(year, 1, 1, 8, 0) + dt.timedelta(days=r.randint(10, 340))
                if start.date() > self.today:
                    continue
                self._event(events, kind, start, year, k, body_name, place)
        if self.s.name == "district":
            self._forum_seed_002(events)
        self._congress(events, body_name, place)

    def _unions_sample(self, k: int) -> list[dict]:
        chosen = self.rng.sample(self.active_unions, min(k, len(self.active_unions)))
        return [{"union_id": u["id"], "participants": self.rng.randint(5, 60)} for u in chosen]

    def _event(self, events, kind: str, start: dt.datetime, year: int, k: int, body_name: str, place: str) -> None:
        r = self.rng
        chair = {"role": "chair", "name": "Lê Thị Kim Điệp", "position": "Chủ tịch", "unit": body_name}
        secretary = {"role": "secretary", "name": self.person_name(True), "position": "Cán bộ Ban Tổ chức",
                     "unit": body_name}
        unions = self._unions_sample(r.randint(8, 40))
        if kind == "health_festival":
            title = f"Hội khỏe công nhân, viên chức, lao động {place} năm {year}"
            results = []
            names = {u["id"]: u["name"] for u in self.active_unions}
            for c in r.sample(N.HEALTH_CONTESTS, 5):
                first = self.active_unions[r.randrange(len(self.active_unions))]
                if all(u["union_id"] != first["id"] for u in unions):  # a winner took part
                    unions.append({"union_id": first["id"], "participants": self.extra.randint(5, 30)})
                others = self.extra.sample([u["union_id"] for u in unions if u["union_id"] != first["id"]], 2)
                for prize, union_id in zip(("Giải Nhất", "Giải Nhì", "Giải Ba"), (first["id"], *others)):
                    results.append({"contest": c, "winner": names[union_id], "prize": prize,
                                    "union_id": union_id})
            participants = r.randint(2500, 4200)
            items = [
                {"at_time": "07:30", "speaker": chair["name"], "speaker_role": "Chủ tịch", "speaker_unit": body_name,
                 "content": "Phát biểu khai mạc Hội khỏe"},
                {"at_time": "08:00", "content": "Thi đấu các môn: " + ", ".join(x["contest"] for x in results)},
                {"at_time": "16:30", "speaker": chair["name"], "speaker_role": "Chủ tịch", "speaker_unit": body_name,
                 "content": "Tổng kết, trao giải và bế mạc"},
            ]
            ends = start.replace(hour=17)
        else:
            topics = {
                "forum": "Tọa đàm về nâng cao chất lượng hoạt động công đoàn cơ sở ngoài nhà nước",
                "conference": r.choice(("Hội nghị tổng kết công tác công đoàn năm", "Hội nghị sơ kết 6 tháng",
                                        "Hội nghị triển khai nhiệm vụ năm", "Hội nghị đối thoại với người lao động")),
                "ceremony": "Lễ trao thưởng đoàn viên có thành tích xuất sắc",
                "visit": "Thăm hỏi, tặng quà công nhân lao động có hoàn cảnh khó khăn",
            }
            title = f"{topics[kind]} {year}" if kind != "forum" else f"{topics[kind]} (lần {k})"
            results = []
            participants = r.randint(60, 250)
            items = [
                {"at_time": "08:30", "speaker": chair["name"], "speaker_role": "Chủ tịch", "speaker_unit": body_name,
                 "content": "Phát biểu khai mạc"},
                {"at_time": "08:45", "speaker": self.person_name(r.random() < 0.5), "speaker_role": "Phó Chủ tịch",
                 "speaker_unit": body_name, "content": "Trình bày báo cáo đề dẫn"},
                {"at_time": "09:30", "content": "Các đại biểu thảo luận"},
                {"at_time": "11:00", "speaker": chair["name"], "speaker_role": "Chủ tịch", "speaker_unit": body_name,
                 "content": "Phát biểu kết luận"},
            ]
            ends = start.replace(hour=11, minute=30)
        expected = max(participants, sum(u["participants"] for u in unions))
        events.add_event(
            self.db, kind=kind, title=title, starts_at=start, ends_at=ends,
            place=f"Hội trường {body_name}" if kind != "health_festival" else "Sân vận động Mỹ Đình",
            doc_number=f"{k + 1}/BB-LĐLĐ",
            expected_count=expected + r.randint(0, 20) if kind != "health_festival" else None,
            present_count=expected if kind != "health_festival" else None, participant_count=participants,
            conclusions="Hội nghị thống nhất giao Ban Thường vụ tiếp thu ý kiến, hoàn thiện kế hoạch triển khai.",
            body_id=self.body_id, people=[chair, secretary], items=items, unions=unions, results=results)

    def _forum_seed_002(self, events) -> None:
        """The forum of 28/4 at Nam Từ Liêm (seed 002), as its minutes would record it."""
        hn = "Liên đoàn Lao động thành phố Hà Nội"
        ntl = "Liên đoàn Lao động quận Nam Từ Liêm"
        items = [
            ("08:30", "Phạm Bá Vĩnh", "Phó Chủ tịch", hn,
             "Phát biểu khai mạc: LĐLĐ thành phố quản lý trực tiếp 45 công đoàn cấp trên trực tiếp cơ sở và "
             "25 công đoàn cơ sở trực thuộc, tổng số 9.031 công đoàn cơ sở với 609.274 đoàn viên, trong đó "
             "5.398 công đoàn cơ sở ngoài khu vực Nhà nước."),
            ("08:45", "Lê Thị Kim Điệp", "Chủ tịch", ntl,
             "Báo cáo đề dẫn: đánh giá thực trạng đội ngũ cán bộ công đoàn khối LĐLĐ các quận, huyện, thị xã; "
             "đề nghị các đại biểu tập trung vào những bất cập, đề xuất giải pháp."),
            ("08:55", "Lâm Quang Thao", "Phó Bí thư Thường trực", "Quận ủy Nam Từ Liêm",
             "Đánh giá cao vai trò chủ động, sáng tạo của LĐLĐ quận trong triển khai các hoạt động công đoàn."),
            ("09:10", "Ngô Xuân Anh", "Phó Chủ tịch", "LĐLĐ quận Tây Hồ",
             "Nêu hạn chế về hoạt động công đoàn cơ sở; đề xuất giao tự chủ cho công đoàn cấp trên cơ sở, "
             "xây dựng cơ chế bảo vệ cán bộ công đoàn cơ sở."),
            ("09:20", "Cao Văn Đoàn", "Chủ tịch", "Công đoàn xã Đức Giang, huyện Hoài Đức",
             "Cần lựa chọn cán bộ có chuyên môn, năng khiếu; thường xuyên tập huấn nghiệp vụ cho cán bộ "
             "công đoàn cơ sở."),
            ("09:30", "Phạm Thị Liên", "Chủ tịch", "Công đoàn Công ty CP công nghiệp Hậu Cần phía Bắc",
             "Chính sách lương, thưởng, thi đua phải công khai, hợp lý; chế độ của người lao động phải được "
             "bảo đảm."),
            ("09:45", "Nguyễn Thị Quyên", "Cán bộ công đoàn", "Công đoàn Công ty TNHH SPI Việt Nam",
             "Cán bộ công đoàn doanh nghiệp đều kiêm nhiệm, phần lớn trẻ, chưa có kinh nghiệm."),
            ("09:50", "Nguyễn Thị Ngọc", "Phó Chủ tịch", "Công đoàn Tập đoàn Phú Thái",
             "Nêu tồn tại: cán bộ công đoàn ưu tiên công việc chuyên môn, còn tâm lý ngại va chạm."),
            ("10:00", "Lê Văn Bắc", "Chủ tịch", "Công đoàn Công ty CP chăn nuôi CP Việt Nam",
             "Tại doanh nghiệp nước ngoài, việc thành lập công đoàn được ủng hộ."),
            ("10:30", "Trịnh Thị Thu Hà", "Chủ tịch", "Công đoàn Trường Tiểu học Mỹ Hưng",
             "Cần xây dựng đội ngũ cán bộ công đoàn có năng lực, nhiệt huyết, đổi mới nhận thức về vai trò."),
            ("10:40", "Nguyễn Thị Thu Hương", "Chủ tịch", "LĐLĐ thị xã Sơn Tây",
             "Cán bộ công đoàn chuyên trách cấp huyện quá ít (4-6 cán bộ), cán bộ cơ sở chủ yếu kiêm nhiệm."),
            ("10:50", "Nguyễn Thị Bích Liên", "Phó Chủ tịch", "LĐLĐ quận Ba Đình",
             "LĐLĐ quận quản lý 500 công đoàn cơ sở, 80% có dưới 25 đoàn viên."),
            ("11:00", "Lê Thị Kim Điệp", "Chủ tịch", ntl,
             "Đề xuất tiêu chuẩn riêng cho cán bộ công đoàn chuyên trách; đào tạo ngắn hạn, hằng năm cấp "
             "chứng chỉ kỹ năng nghiệp vụ."),
            ("11:15", "Phạm Bá Vĩnh", "Phó Chủ tịch", hn,
             "Phát biểu kết luận: Hội nghị đạt mục tiêu, yêu cầu đề ra; cán bộ công đoàn phải đổi mới, "
             "khẳng định vai trò trong quá trình hội nhập."),
        ]
        people = [
            {"role": "chair", "name": "Phạm Bá Vĩnh", "position": "Phó Chủ tịch", "unit": hn},
            {"role": "chair", "name": "Lê Xuân Trường", "position": "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức",
             "unit": hn},
            {"role": "chair", "name": "Lâm Quang Thao", "position": "Phó Bí thư Thường trực",
             "unit": "Quận ủy Nam Từ Liêm"},
            {"role": "chair", "name": "Lê Thị Kim Điệp", "position": "Chủ tịch", "unit": ntl},
            {"role": "secretary", "name": "Nguyễn Thu Trang", "position": "Cán bộ Ban Tổ chức", "unit": ntl},
            {"role": "guest", "name": "Đại diện LĐLĐ các quận, huyện, thị xã", "position": None, "unit": None},
        ]
        events.add_event(
            self.db, kind="forum",
            title="Tọa đàm Thực trạng và giải pháp về công tác cán bộ Công đoàn Thủ đô trong tình hình mới",
            starts_at="2025-04-28 08:30", ends_at="2025-04-28 11:30", place="Trụ sở Quận ủy Nam Từ Liêm",
            doc_number="12/BB-LĐLĐ", expected_count=120, present_count=112, participant_count=112,
            absent_note="8 đại biểu vắng có lý do",
            summary="Tọa đàm nhằm xây dựng Nghị quyết chuyên đề của Ban Chấp hành LĐLĐ thành phố (khóa XVI) "
                    "về công tác cán bộ Công đoàn Thủ đô trong tình hình mới.",
            conclusions="1. Cán bộ công đoàn phải đổi mới, khẳng định vai trò trong quá trình hội nhập.\n"
                        "2. Thay đổi nhận thức về trách nhiệm của cán bộ công đoàn tại doanh nghiệp, cơ quan, đơn vị.\n"
                        "3. Ban Tổ chức tiếp thu các ý kiến để hoàn thiện dự thảo Nghị quyết chuyên đề.",
            body_id=self.body_id, people=people,
            items=[{"at_time": t, "speaker": s, "speaker_role": ro, "speaker_unit": u, "content": c}
                   for t, s, ro, u, c in items],
            unions=self._unions_sample(12))

    def _congress(self, events, body_name: str, place: str) -> None:
        start = dt.datetime(2023, 6, 20, 8, 0)
        events.add_event(
            self.db, kind="congress", title=f"Đại hội Công đoàn {place} lần thứ IV, nhiệm kỳ 2023-2028",
            number_label="lần thứ IV", term="2023-2028", starts_at=start, ends_at=start.replace(hour=16),
            place=f"Hội trường {body_name}", doc_number="01/BB-ĐH", expected_count=250, present_count=246,
            participant_count=246, absent_note="4 đại biểu vắng có lý do",
            conclusions="Đại hội bầu Ban Chấp hành khóa mới và thông qua Nghị quyết Đại hội.",
            body_id=self.body_id,
            people=[{"role": "chair", "name": "Lê Thị Kim Điệp", "position": "Chủ tịch", "unit": body_name},
                    {"role": "secretary", "name": "Nguyễn Thu Trang", "position": "Thư ký Đại hội", "unit": body_name}],
            items=[{"at_time": "08:00", "content": "Chào cờ, tuyên bố lý do, giới thiệu đại biểu"},
                   {"at_time": "08:30", "speaker": "Lê Thị Kim Điệp", "speaker_role": "Chủ tịch",
                    "speaker_unit": body_name, "content": "Báo cáo của Ban Chấp hành nhiệm kỳ 2018-2023"},
                   {"at_time": "10:00", "content": "Thảo luận, bầu cử Ban Chấp hành khóa mới"},
                   {"at_time": "15:30", "content": "Thông qua Nghị quyết Đại hội, bế mạc"}],
            unions=self._unions_sample(60))

    def make_courses(self) -> None:
        r = self.rng
        courses, enrolments = [], []
        course_id = 0
        cert = 0
        officers = list(dict.fromkeys(self.officer_ids))
        chairs = self.chairs
        for year in self.years:
            # Chairs first: the target is "100% of grassroots chairs trained".
            pool_chairs = chairs[:]
            r.shuffle(pool_chairs)
            pool = pool_chairs[: int(len(pool_chairs) * r.uniform(0.7, 0.95))]
            chosen = set(pool)
            rest = [m for m in officers if m not in chosen]
            pool += r.sample(rest, min(len(rest), int(len(officers) * 0.25)))
            per_course = max(10, math.ceil(len(pool) / self.s.courses_per_year))
            for k in range(self.s.courses_per_year):
                start = dt.date(year, 1, 1) + dt.timedelta(days=r.randint(30, 330))
                if start > self.today:
                    continue
                course_id += 1
                topic, title = N.COURSE_TOPICS[k % len(N.COURSE_TOPICS)]
                sessions = r.choice((1, 2, 2, 3))
                courses.append((course_id, f"{title} năm {year}", fold(f"{title} {topic}"), topic,
                                r.choice(N.TARGET_GROUPS), start.isoformat(),
                                (start + dt.timedelta(days=sessions - 1)).isoformat(),
                                f"Hội trường LĐLĐ {self.s.place}", r.choice(N.TRAINERS), sessions, self.body_id))
                for mid in pool[k * per_course:(k + 1) * per_course]:
                    attended = sessions if r.random() < 0.9 else r.randint(0, sessions - 1)
                    done = attended == sessions
                    number = None
                    if done:
                        cert += 1
                        number = f"{cert:05d}/CN-LĐLĐ"
                    enrolments.append((course_id, mid, attended, 1 if done else 0, number))
        self.db.conn.executemany(
            """INSERT INTO courses (id, title, search_text, topic, target_group, starts_on, ends_on, place,
                 trainer, sessions, body_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)""", courses)
        self.db.conn.executemany(
            """INSERT OR IGNORE INTO enrolments (course_id, member_id, attended_sessions, completed, certificate_no)
               VALUES (?,?,?,?,?)""", enrolments)

    def make_welfare(self) -> None:
        r = self.rng
        rows = []
        n_members = len(self.member_names)
        kinds = _Picker(r, [("hardship", 50), ("sickness", 30), ("accident", 8), ("funeral", 7), ("disaster", 5)])
        reasons = {"hardship": "Đoàn viên có hoàn cảnh khó khăn", "sickness": "Ốm đau dài ngày",
                   "accident": "Tai nạn lao động", "funeral": "Thân nhân qua đời", "disaster": "Thiên tai, hỏa hoạn"}
        for year in self.years:
            for _ in range(max(20, n_members // 100)):
                day = _day(r, dt.date(year, 1, 1), min(dt.date(year, 12, 31), self.today))
                kind = kinds()
                rows.append((day.isoformat(), r.randint(1, n_members), None, kind, reasons[kind],
                             r.choice((500_000, 1_000_000, 1_000_000, 2_000_000, 3_000_000, 5_000_000))))
        for union in self.active_unions:  # start-up support to new unions of 25+ members
            if union["founded_on"].year >= self.years[0] and len(self.members_of[union["id"]]) >= 25:
                day = union["founded_on"] + dt.timedelta(days=30)
                if day <= self.today:
                    rows.append((day.isoformat(), None, union["id"], "union_startup",
                                 "Hỗ trợ công đoàn cơ sở mới thành lập", 5_000_000))
                    rows.append((day.isoformat(), self.members_of[union["id"]][0], None, "organiser_reward",
                                 "Thưởng cán bộ vận động thành lập công đoàn cơ sở", 1_000_000))
        self.db.conn.executemany(
            "INSERT INTO welfare (paid_on, member_id, union_id, kind, reason, amount) VALUES (?,?,?,?,?,?)", rows)

    def make_law_2024_members(self) -> None:
        """Since 1/7/2025 (Trade Union Law 2024): foreign specialists in FDI enterprises on
        contracts of 12 months or more, and workers without a labour relation (drivers,
        street vendors, domestic workers) in the ward unions."""
        x, db = self.extra, self.db
        since = "2025-07-01"
        candidates = [r[0] for r in db.execute(
            """SELECT m.id FROM members m JOIN unions u ON u.id = m.union_id
               WHERE u.sector = 'fdi' AND m.status = 'active' AND m.joined_on >= ?
                 AND m.id NOT IN (SELECT member_id FROM officers) ORDER BY m.id""", [since])]
        chosen = x.sample(candidates, min(len(candidates), max(8, len(self.member_names) // 400)))
        rows = []
        for mid in chosen:
            country, families, givens = x.choice(N.FOREIGN_NAMES)
            name = f"{x.choice(families)} {x.choice(givens)}"
            folded = fold(name)
            rows.append((name, folded, folded, country, x.choice((12, 24, 24, 36, 60)),
                         x.choice(("Chuyên gia kỹ thuật", "Quản lý sản xuất", "Kỹ sư", "Phiên dịch viên")), mid))
        db.conn.executemany(
            """UPDATE members SET full_name = ?, name_folded = ?, search_text = ?, nationality = ?,
                 contract_months = ?, job = ?, cccd = NULL, ethnicity = NULL WHERE id = ?""", rows)
        candidates = [r[0] for r in db.execute(
            """SELECT m.id FROM members m JOIN unions u ON u.id = m.union_id
               WHERE u.sector = 'phuong_xa' AND m.status = 'active' AND m.joined_on >= ? ORDER BY m.id""",
            [since])]
        chosen = x.sample(candidates, min(len(candidates), max(10, len(self.member_names) // 250)))
        db.conn.executemany("UPDATE members SET work_relation = 'no_relation', job = ? WHERE id = ?",
                            [(x.choice(N.NO_RELATION_JOBS), mid) for mid in chosen])

    def make_awards(self) -> None:
        """Each year's awards (Quyết định 999/QĐ-TLĐ): the federation's own Giấy khen to a
        share of its unions and officers, the city's Bằng khen and Cờ thi đua to fewer, the
        confederation's to a handful, Kỷ niệm chương to long-serving chairs; this year's
        proposals still waiting for a decision."""
        x, db = self.extra, self.db
        unions = [u["id"] for u in self.active_unions]
        people = db.execute("""SELECT DISTINCT o.member_id, m.union_id FROM officers o JOIN members m
                               ON m.id = o.member_id WHERE o.union_id IS NOT NULL AND m.status = 'active'
                               ORDER BY o.member_id""").fetchall()
        chairs = set(self.chairs)
        n_u, n_p = len(unions), len(people)
        plan = [  # form, level, share of unions, share of officers
            ("commendation", "own", 0.08, 0.05), ("certificate_of_merit", "province", 0.025, 0.012),
            ("emulation_flag", "province", 0.008, 0.0), ("certificate_of_merit", "national", 0.004, 0.002),
            ("medal", "national", 0.0, 0.006)]
        unit_reason = ("Đã có thành tích xuất sắc trong phong trào thi đua lao động giỏi và xây dựng tổ chức "
                       "Công đoàn vững mạnh năm {}")
        person_reason = "Đã có thành tích xuất sắc trong công tác công đoàn năm {}"
        rows = []
        number = {"own": 0, "province": 0, "national": 0}
        for year in self.years:
            proposed = year == self.today.year
            for form, level, share_u, share_p in plan:
                if proposed and level != "own" and form != "certificate_of_merit":
                    continue  # this year's proposals: Giấy khen and the city's Bằng khen
                k_u = min(n_u, round(n_u * share_u) + (1 if share_u and x.random() < 0.5 else 0))
                k_p = min(n_p, round(n_p * share_p) + (1 if share_p and x.random() < 0.5 else 0))
                if proposed:
                    status, decision_no, decision_date = "proposed", None, None
                else:
                    number[level] += 1
                    decided = dt.date(year + 1, 1, 1) + dt.timedelta(days=x.randint(8, 45 if level == "own" else 80))
                    if decided > self.today:
                        continue
                    code = {"own": "QĐ-LĐLĐ", "province": "QĐ-LĐLĐ", "national": "QĐ-TLĐ"}[level]
                    status = "awarded"
                    decision_no = f"{x.randint(10, 400) if level != 'own' else number[level]}/{code}"
                    decision_date = decided.isoformat()
                for uid in x.sample(unions, k_u):
                    rows.append((uid, None, form, level, status, year, decision_no, decision_date,
                                 unit_reason.format(year)))
                pool = [p for p in people if p[0] in chairs] if form == "medal" else people
                for mid, uid in x.sample(pool, min(k_p, len(pool))):
                    rows.append((uid, mid, form, level, status, year, decision_no, decision_date,
                                 person_reason.format(year)))
        db.conn.executemany(
            """INSERT INTO awards (union_id, member_id, form, level, status, year, decision_no, decision_date,
                 reason) VALUES (?,?,?,?,?,?,?,?,?)""", rows)

    def make_congresses(self) -> None:
        """Each union's congresses: most opened the 2023–2028 term its officers hold; some
        are in the 2025–2030 round already, some are due this year (2021–2026), a few are
        overdue (2020–2025, their officers still recorded in office) and a few have none
        recorded. Officers of the re-dated terms follow their congress."""
        x, db = self.extra, self.db
        opened = dict(db.execute("""SELECT union_id, min(term_start) FROM officers WHERE term = '2023-2028'
                                    AND union_id IS NOT NULL GROUP BY union_id""").fetchall())
        rows, reterm = [], []
        for union in self.active_unions:
            uid, founded = union["id"], union["founded_on"]
            n = len(self.members_of[uid])
            if uid not in opened:
                continue
            roll = x.random()
            start, held = 2023, dt.date.fromisoformat(opened[uid])
            if roll < 0.15 and founded < dt.date(2020, 1, 1):
                start = 2025
            elif roll < 0.30 and founded < dt.date(2021, 1, 1):
                start = 2021
            elif roll < 0.36 and founded < dt.date(2020, 1, 1):
                start = 2020
            elif roll < 0.40:
                continue  # nothing recorded: the register is being filled in
            if start != 2023:
                held = dt.date(start, 3, 1) + dt.timedelta(days=x.randint(0, 110))
                reterm.append((f"{start}-{start + 5}", held.isoformat(), uid))
            kind = "all_members" if n < 150 else "delegates"
            delegates = n if kind == "all_members" else min(n, x.randint(80, 200))
            committee = 3 if n < 25 else 5 if n < 100 else 7 if n < 500 else 9
            number = x.choice(("lần thứ II", "lần thứ III", "lần thứ IV", "lần thứ V"))
            if founded.year >= start:  # its founding congress, for the rest of the round
                number = "lần thứ I"
            rows.append((uid, held.isoformat(), kind, start, start + 5, number, delegates, min(committee, n)))
            previous = dt.date(start - 5, 3, 1) + dt.timedelta(days=x.randint(0, 110))
            if founded < previous:
                rows.append((uid, previous.isoformat(), kind, start - 5, start, None, delegates, min(committee, n)))
        db.conn.executemany("UPDATE officers SET term = ?, term_start = ? WHERE union_id = ? AND term = '2023-2028'",
                            reterm)
        db.conn.executemany(
            """INSERT INTO congresses (union_id, held_on, kind, term_start, term_end, number_label, delegates,
                 committee_size) VALUES (?,?,?,?,?,?,?,?)""", rows)

    def make_dues(self) -> None:
        """Half-yearly dues and fund status since 2024: đoàn phí at the rate of the day on
        an average salary, kinh phí 2 % of the payroll (state units exempt from 1/6/2025);
        most remit in full, some part, a few nothing."""
        from desktop_app.core.records import dues

        x, db = self.extra, self.db
        rows = []
        periods = [(y, p) for y in (2024, 2025, 2026) for p in ("h1", "h2")
                   if dues.period_bounds(y, p)[1] <= self.today]
        # The rate and cap of each period, read once (9,031 unions at city scale).
        terms = {yp: (dues.rate_on(db, "member_dues", dues.period_bounds(*yp)[0])["rate_percent"],
                      dues.monthly_cap(db, dues.period_bounds(*yp)[0])) for yp in periods}
        for union in self.active_unions:
            uid, founded = union["id"], union["founded_on"]
            n = len(self.members_of[uid])
            state = union["sector"] in ("hcsn", "phuong_xa", "giao_duc")
            salary = x.choice((6_500_000, 7_500_000, 9_000_000, 11_000_000))
            workers = max(n, round(n * x.uniform(1.0, 1.3)))
            for year, period in periods:
                start, end = dues.period_bounds(year, period)
                if founded > start:
                    continue
                rate, cap = terms[(year, period)]
                dues_due = round(n * 6 * min(salary * rate / 100, cap) / 1000) * 1000
                exempt = state and end >= dues.FUND_EXEMPT_FROM
                fund_due = None if exempt else round(workers * salary * 6 * 0.02 / 1000) * 1000
                roll = x.random()
                share = 1.0 if roll < 0.85 else x.uniform(0.5, 0.95) if roll < 0.96 else 0.0
                if (year, period) == periods[-1] and x.random() < 0.15:
                    share = 0.0  # the last period: some have not remitted yet
                paid = round(dues_due * share / 1000) * 1000
                fund_paid = None if exempt else round(fund_due * share / 1000) * 1000
                note = None if share == 1.0 else ("Chưa nộp" if share == 0 else "Nộp thiếu, hẹn nộp bổ sung")
                rows.append((uid, year, period, n, 1 if exempt else 0, dues_due, paid, fund_due, fund_paid, note))
        db.conn.executemany(
            """INSERT INTO dues (union_id, year, period, members, fund_exempt, dues_due, dues_paid, fund_due,
                 fund_paid, note) VALUES (?,?,?,?,?,?,?,?,?,?)""", rows)

    def make_targets(self) -> None:
        r = self.rng
        for year in self.years:
            res = results(self.db, year)
            for ind in INDICATORS:
                value = res[ind.code]
                if not value:
                    continue
                if ind.unit == "percent":
                    target = 100.0
                else:
                    target = max(1, round(value / r.uniform(0.85, 1.45)))
                set_target(self.db, year, ind.code, target)
