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
from desktop_app.core.text import fold, vn_number

# A fixed "today" keeps the data identical for a seed whatever day it is built.
DEMO_TODAY = dt.date(2026, 11, 15)
# The day the district level ended and the ward unions took its records over (2025).
HANDOVER = dt.date(2025, 7, 1)
# The ward union's first congress (the 2025-2030 round of congresses).
WARD_CONGRESS = dt.datetime(2025, 9, 26, 7, 30)


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
            second = r.choice(N.GIVEN_F if female else N.GIVEN_M)
            if second not in (given, middle):  # never "Nguyễn Thị Thơm Thơm"
                given = second + " " + given
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
                self.make_workers()
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
        """District scale tells the 2025 story: the records were kept by the district
        federation (LĐLĐ quận Nam Từ Liêm) and, from 1/7/2025, continue under the ward
        union that took its grassroots unions over (Công đoàn phường Từ Liêm)."""
        self.former_id = None
        if self.s.name == "district":
            self.body_id = bodies.set_own_body(
                self.db, name="Công đoàn phường Từ Liêm", kind="ward", short_name="Công đoàn phường Từ Liêm",
                parent_name="Liên đoàn Lao động thành phố Hà Nội", parent_short_name="Liên đoàn Lao động TP Hà Nội",
                parent_kind="city", place_name="Từ Liêm", doc_code="CĐP",
                address="Số 125 Hồ Tùng Mậu, phường Từ Liêm, Hà Nội")
            parent_id = bodies.own_body(self.db)["parent_id"]
            self.former_id = self.db["bodies"].insert({
                "name": "Liên đoàn Lao động quận Nam Từ Liêm", "short_name": "LĐLĐ quận Nam Từ Liêm",
                "kind": "district", "parent_id": parent_id, "place_name": "Nam Từ Liêm", "doc_code": "LĐLĐ",
                "address": "Số 125 Hồ Tùng Mậu, phường Cầu Diễn, quận Nam Từ Liêm, Hà Nội", "is_own": 0}).last_pk
        else:
            self.body_id = bodies.set_own_body(
                self.db, name="Liên đoàn Lao động thành phố Hà Nội", kind="city",
                short_name="Liên đoàn Lao động TP Hà Nội", parent_name="Tổng Liên đoàn Lao động Việt Nam",
                parent_short_name="Tổng Liên đoàn Lao động Việt Nam", parent_kind="national",
                place_name="Hà Nội", doc_code="LĐLĐ", address="Số 5 Đinh Lễ, quận Hoàn Kiếm, Hà Nội")

    def era(self, day: dt.date) -> dict[str, Any]:
        """Who held the records on ``day``: the body's id, names, place and ký hiệu."""
        if self.former_id is not None and day < HANDOVER:
            return {"body_id": self.former_id, "name": "Liên đoàn Lao động quận Nam Từ Liêm",
                    "short": "LĐLĐ quận Nam Từ Liêm", "place": "Nam Từ Liêm", "symbol": "LĐLĐ",
                    "hall": "Hội trường Liên đoàn Lao động quận Nam Từ Liêm", "chair": self.staff["district_chair"]}
        if self.former_id is not None:
            return {"body_id": self.body_id, "name": "Công đoàn phường Từ Liêm", "short": "Công đoàn phường Từ Liêm",
                    "place": "phường Từ Liêm", "symbol": "CĐP", "hall": "Hội trường Ủy ban nhân dân phường Từ Liêm",
                    "chair": self.staff["ward_chair"]}
        return {"body_id": self.body_id, "name": "Liên đoàn Lao động thành phố Hà Nội",
                "short": "Liên đoàn Lao động TP Hà Nội", "place": "Hà Nội", "symbol": "LĐLĐ",
                "hall": "Hội trường Liên đoàn Lao động thành phố Hà Nội", "chair": self.staff["district_chair"]}

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

        last_birth = [0]  # the birth day ordinal of the member just made

        def new_member(union: dict, female_share: float, join_from: dt.date, join_to: dt.date):
            nonlocal member_id
            member_id += 1
            female = rand() < female_share
            to_o = min(join_to.toordinal(), today_o)
            birth_o = birth_lo + int(rand() * max(to_o - adult - birth_lo, 1))
            birth = fromord(birth_o)
            last_birth[0] = birth_o
            middle = self.middle_f() if female else self.middle_m()
            names = given_f if female else given_m
            given = names[int(rand() * len(names))]
            while given == middle:
                given = names[int(rand() * len(names))]
            if rand() < 0.15:  # a second given name is common: Nguyễn Thị Thu Hà
                second = names[int(rand() * len(names))]
                if second != given and second != middle:  # never "Nguyễn Thị Thơm Thơm"
                    given = second + " " + given
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
                    # The first union too was joined as an adult, and after it was founded.
                    earliest = max(other["founded_on"], joined - dt.timedelta(days=3000),
                                   fromord(last_birth[0] + adult))
                    if other is not union and earliest < joined - dt.timedelta(days=200):
                        first = _day(r, earliest, joined - dt.timedelta(days=200))
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

    def make_workers(self) -> None:
        """Workers (CNVCLĐ) per union, as most unions report them: more workers than
        members; about one union in eight has not reported the number."""
        r = self.rng
        rows = []
        for union in self.active_unions:
            if r.random() < 0.88:
                members = len(self.members_of[union["id"]])
                rows.append((math.ceil(members / r.uniform(0.55, 0.98)), union["id"]))
        self.db.conn.executemany("UPDATE unions SET workers = ? WHERE id = ?", rows)

    def make_officers(self) -> None:
        r = self.rng
        rows = []
        self.chairs: list[int] = []
        self.officer_ids: list[int] = []
        # A role starts on or after the day its holder joined: committees are chosen among
        # members who had joined by the start of the term.
        joined = {mid: dt.date.fromisoformat(d) for mid, d in
                  self.db.execute("SELECT id, joined_on FROM members WHERE joined_on IS NOT NULL")}
        term_start = dt.date(2023, 3, 1)
        for union in self.active_unions:
            ids = self.members_of[union["id"]]
            n = len(ids)
            committee = 3 if n < 25 else 5 if n < 100 else 7 if n < 500 else 9
            start = max(term_start, union["founded_on"]) + dt.timedelta(days=r.randint(0, 120))
            eligible = [m for m in ids if joined.get(m, start) <= start]
            if len(eligible) < min(committee, n):  # a young union: its committee was chosen later
                start = max(start, sorted(joined.get(m, start) for m in ids)[min(committee, n) - 1])
                eligible = [m for m in ids if joined.get(m, start) <= start]
            picks = r.sample(eligible, min(committee, len(eligible)))
            for k, mid in enumerate(picks):
                role = "chair" if k == 0 else "vice_chair" if k == 1 and n >= 10 else "executive"
                rows.append((mid, role, union["id"], None, "2023-2028", start.isoformat(), None, 0))
                self.officer_ids.append(mid)
                if role == "chair":
                    self.chairs.append(mid)
            before = [m for m in ids if joined.get(m, start) <= dt.date(2018, 3, 1) and m not in picks]
            if n >= 25 and before and r.random() < 0.5:  # the previous chair, term ended
                prev = r.choice(before)
                rows.append((prev, "chair", union["id"], None, "2018-2023", "2018-03-01",
                             (start - dt.timedelta(days=1)).isoformat(), 0))
        self.make_staff(rows, joined)
        self.db.conn.executemany(
            """INSERT INTO officers (member_id, role, union_id, body_id, term, term_start, term_end, full_time)
               VALUES (?,?,?,?,?,?,?,?)""", rows)

    def make_staff(self, rows: list[tuple], joined: dict[int, dt.date]) -> None:
        """The managing body's own officers, named as the events record them: the
        district federation's (2023-2028 term, ended by the 2025 handover) and the ward
        union's (provisional committee from 1/7/2025, then elected for 2025-2030)."""
        r = self.rng
        self.staff: dict[str, int] = {}
        state = [m for u in self.active_unions if u["sector"] in ("hcsn", "phuong_xa")
                 for m in self.members_of[u["id"]] if joined.get(m, self.today) <= dt.date(2015, 1, 1)]
        r.shuffle(state)
        births = dict(self.db.execute("SELECT id, birth_date FROM members"))

        def person(name: str, female: bool) -> int:
            # Someone of that sex (the CCCD encodes it) born 1968-1985, 40-57 years old in
            # 2025, who joined long before; renamed as the events record the officer.
            sex = "F" if female else "M"
            for k, mid in enumerate(state):
                if "1968" <= births[mid][:4] <= "1985" and self.member_sex.get(mid) == sex:
                    state.pop(k)
                    break
            else:
                mid = next(m for m in state if self.member_sex.get(m) == sex)
                state.remove(mid)
            self.db.execute("""UPDATE members SET full_name = ?, name_folded = ?,
                                 search_text = ? || substr(search_text, length(name_folded) + 1) WHERE id = ?""",
                            [name, fold(name), fold(name), mid])
            self.member_names[mid] = name
            return mid

        if self.s.name != "district":
            for k in range(15):
                mid = person(self.person_name(k % 2 == 0), k % 2 == 0)
                role = "chair" if k == 0 else "vice_chair" if k < 3 else "standing"
                rows.append((mid, role, None, self.body_id, "2023-2028", "2023-06-01", None, 1))
                if k == 0:
                    self.staff["district_chair"] = mid
            return
        ended = (HANDOVER - dt.timedelta(days=1)).isoformat()
        district = [("Lê Thị Kim Điệp", True, "chair"), (self.person_name(False), False, "vice_chair"),
                    (self.person_name(True), True, "vice_chair"), (self.person_name(True), True, "standing"),
                    (self.person_name(False), False, "standing")]
        for k, (name, female, role) in enumerate(district):
            mid = person(name, female)
            rows.append((mid, role, None, self.former_id, "2023-2028", "2023-06-20", ended, 1))
            if k == 0:
                self.staff["district_chair"] = mid
        # A ward union is small: one full-time chair, part-time vice-chairs and committee
        # members; no standing committee, so it signs "TM. BAN CHẤP HÀNH".
        ward = [("Nguyễn Thị Thanh Hương", True, "chair", 1), (self.person_name(False), False, "vice_chair", 0),
                (self.person_name(True), True, "vice_chair", 0), (self.person_name(False), False, "executive", 0),
                (self.person_name(True), True, "executive", 0), (self.person_name(False), False, "executive", 0)]
        congress = WARD_CONGRESS.date()
        for k, (name, female, role, full_time) in enumerate(ward):
            mid = person(name, female)
            # The provisional committee appointed at the handover, then the elected one.
            rows.append((mid, role, None, self.body_id, "lâm thời", HANDOVER.isoformat(),
                         (congress - dt.timedelta(days=1)).isoformat(), full_time))
            rows.append((mid, role, None, self.body_id, "2025-2030", congress.isoformat(), None, full_time))
            if k == 0:
                self.staff["ward_chair"] = mid

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
        self._numbers: dict[tuple[int, int], int] = {}
        # Made in date order, so each body's minutes are numbered 01, 02 … through its year.
        made: list[tuple[dt.datetime, Any]] = []
        for year in self.years:
            for kind, title, start in self._plan(year):
                if start.date() <= self.today:
                    made.append((start, lambda k=kind, t=title, d=start: self._event(events, k, t, d)))
        if self.s.name == "district":
            made.append((dt.datetime(2025, 4, 28, 8, 30), lambda: self._forum_seed_002(events)))
            made.append((dt.datetime(2025, 7, 1, 8, 0), lambda: self._handover(events)))
        for congress in self._congresses():
            made.append((congress[0], lambda c=congress: self._congress(events, *c)))
        for _, make in sorted(made, key=lambda m: m[0]):
            make()

    def _plan(self, year: int) -> list[tuple[str, str, dt.datetime]]:
        """A year of events on the dates they are held: the review conference in January,
        the Tết visits, the health festival in spring, Tháng Công nhân in May, the mid-year
        review in July, the 28/7 anniversary, forums in spring and autumn."""
        r = self.rng

        def on(month: int, first: int, last: int, hour: int, minute: int = 0) -> dt.datetime:
            return dt.datetime(year, month, r.randint(first, last), hour, minute)

        def where(day: dt.datetime) -> str:
            return self.era(day.date())["place"]

        forums = r.sample(N.FORUM_TOPICS, 2)
        plan = [("conference", f"Hội nghị tổng kết công tác công đoàn năm {year - 1}, triển khai nhiệm vụ năm {year}",
                 on(1, 8, 16, 8)),
                ("visit", f"Thăm hỏi, tặng quà Tết cho đoàn viên, người lao động có hoàn cảnh khó khăn năm {year}",
                 on(1, 17, 24, 8)),
                ("health_festival", "", on(4, 5, 20, 7)),
                ("visit", f"Thăm, tặng quà công nhân lao động nhân Tháng Công nhân năm {year}", on(5, 5, 15, 8)),
                ("forum", f"Tọa đàm \u201c{forums[0]}\u201d", on(6, 2, 20, 8, 30)),
                ("conference", f"Hội nghị sơ kết công tác công đoàn 6 tháng đầu năm {year}", on(7, 8, 18, 8)),
                ("ceremony", f"Lễ kỷ niệm {year - 1929} năm Ngày thành lập Công đoàn Việt Nam và tuyên dương "
                             f"đoàn viên tiêu biểu năm {year}", on(7, 25, 27, 8)),
                ("forum", f"Tọa đàm \u201c{forums[1]}\u201d", on(10, 5, 25, 8, 30))]
        plan = [(k, t or f"Hội khỏe công nhân, viên chức, lao động {where(d)} năm {year}", d) for k, t, d in plan]
        for k in range(self.s.events_per_year - len(plan)):  # a city holds many more
            day = dt.datetime(year, 1, 1, 8, 30) + dt.timedelta(days=r.randint(20, 340))
            plan.append(("forum", f"Tọa đàm \u201c{r.choice(N.FORUM_TOPICS)}\u201d (cụm {k + 1})", day))
        return sorted(plan, key=lambda p: p[2])

    def _unions_sample(self, k: int, low: int, high: int) -> list[dict]:
        chosen = self.rng.sample(self.active_unions, min(k, len(self.active_unions)))
        return [{"union_id": u["id"], "participants": self.rng.randint(low, high)} for u in chosen]

    def _number(self, era: dict[str, Any], start: dt.datetime) -> str:
        """The next minutes number of the body that held the event; the ward union's are
        in the register of this file."""
        key = (era["body_id"], start.year)
        self._numbers[key] = self._numbers.get(key, 0) + 1
        return f"{self._numbers[key]:02d}/BB-{era['symbol']}"

    def _record_number(self, era: dict[str, Any], number: str, title: str, start: dt.datetime, event_id: int):
        if era["body_id"] != self.body_id or self.former_id is None:
            return
        n = int(number.split("/")[0])
        self.db.execute("""INSERT INTO doc_numbers (kind, year, number, symbol, title, issued_on, ref_table, ref_id)
                           VALUES ('BB', ?, ?, ?, ?, ?, 'events', ?)""",
                        [start.year, n, era["symbol"], f"Biên bản: {title}", start.date().isoformat(), event_id])

    def _event(self, events, kind: str, title: str, start: dt.datetime) -> None:
        r = self.rng
        era = self.era(start.date())
        name = era["name"]
        chair_name = self.member_names[era["chair"]]
        chair = {"role": "chair", "name": chair_name, "position": "Chủ tịch", "unit": name, "member_id": era["chair"]}
        secretary = {"role": "secretary", "name": self.person_name(True), "position": "Cán bộ Văn phòng",
                     "unit": name}
        hm = lambda d: d.strftime("%H:%M")  # noqa: E731
        later = lambda minutes: hm(start + dt.timedelta(minutes=minutes))  # noqa: E731
        results: list[dict] = []
        expected = present = absent = None
        absent_note = None
        guests: list[dict] = []
        if kind == "health_festival":
            unions = self._unions_sample(r.randint(18, 30), 40, 160)
            taking_part = [self.unions[u["union_id"] - 1] for u in unions]
            for contest in r.sample(N.HEALTH_CONTESTS, 5):
                for prize, winner in zip(("Giải Nhất", "Giải Nhì", "Giải Ba"), r.sample(taking_part, 3)):
                    results.append({"contest": contest, "winner": winner["name"], "prize": prize,
                                    "union_id": winner["id"]})
            participants = sum(u["participants"] for u in unions)
            contests = list(dict.fromkeys(x["contest"] for x in results))
            items = [
                {"at_time": hm(start), "speaker": chair_name, "speaker_role": "Trưởng Ban Tổ chức",
                 "speaker_unit": name, "content": "Khai mạc Hội khỏe, phát động thi đua"},
                {"at_time": later(30), "content": "Thi đấu các môn: " + ", ".join(contests)},
                {"at_time": "16:30", "speaker": chair_name, "speaker_role": "Trưởng Ban Tổ chức", "speaker_unit": name,
                 "content": "Tổng kết, trao giải và bế mạc"},
            ]
            chair["position"] = "Chủ tịch, Trưởng Ban Tổ chức"
            ends = start.replace(hour=17, minute=0)
            venue = "Sân vận động Mỹ Đình"
            conclusions = (f"Hội khỏe thu hút {vn_number(participants)} lượt vận động viên của "
                           f"{len(unions)} công đoàn cơ sở; các môn thi đấu diễn ra an toàn, đúng luật. Ban Tổ "
                           "chức khen thưởng các đơn vị đạt giải theo kết quả trên.")
        elif kind == "visit":
            unions = self._unions_sample(r.randint(3, 6), 4, 20)
            participants = sum(u["participants"] for u in unions)
            items = [{"at_time": later(40 * k), "content": f"Thăm hỏi, tặng quà {u['participants']} đoàn viên, "
                      f"người lao động tại {self.unions[u['union_id'] - 1]['name']}"} for k, u in enumerate(unions)]
            ends = start + dt.timedelta(minutes=40 * len(unions) + 30)
            chair["position"] = "Chủ tịch, Trưởng đoàn"
            secretary["position"] = "Cán bộ Văn phòng, thành viên đoàn"
            venue = "các công đoàn cơ sở trên địa bàn"
            conclusions = (f"Đoàn đã thăm hỏi, tặng quà {vn_number(participants)} đoàn viên, người lao động tại "
                           f"{len(unions)} công đoàn cơ sở; các đơn vị tiếp tục theo dõi, hỗ trợ các trường hợp "
                           "đặc biệt khó khăn.")
        else:
            per_unit = (2, 4) if kind != "ceremony" else (1, 3)
            unions = self._unions_sample(r.randint(10, 30), *per_unit)
            present = sum(u["participants"] for u in unions)  # delegates of the units present
            absent = r.choice((0, 0, 1, 2, 3, 5))
            expected = present + absent
            absent_note = f"{absent} đại biểu (có lý do)" if absent else None
            participants = present
            guests = [{"role": "guest", "name": self.person_name(r.random() < 0.5),
                       "position": "Phó Chủ tịch", "unit": "Liên đoàn Lao động thành phố Hà Nội"}]
            vice = self.person_name(r.random() < 0.5)
            if kind == "ceremony":
                items = [{"at_time": hm(start), "content": "Chào cờ, tuyên bố lý do, giới thiệu đại biểu"},
                         {"at_time": later(15), "speaker": chair_name, "speaker_role": "Chủ tịch",
                          "speaker_unit": name, "content": "Diễn văn kỷ niệm Ngày thành lập Công đoàn Việt Nam"},
                         {"at_time": later(45), "content": "Công bố quyết định tuyên dương đoàn viên tiêu biểu"},
                         {"at_time": later(60), "content": "Trao giấy khen cho các đoàn viên tiêu biểu"}]
                ends = start + dt.timedelta(minutes=120)
                venue = era["hall"]
                conclusions = "Buổi lễ tuyên dương các đoàn viên tiêu biểu của năm."
            else:
                items = [{"at_time": hm(start), "speaker": chair_name, "speaker_role": "Chủ tịch",
                          "speaker_unit": name, "content": "Phát biểu khai mạc"},
                         {"at_time": later(15), "speaker": vice, "speaker_role": "Phó Chủ tịch", "speaker_unit": name,
                          "content": "Trình bày báo cáo" if kind == "conference" else "Trình bày đề dẫn"},
                         {"at_time": later(60), "content": "Các đại biểu thảo luận"},
                         {"at_time": later(150), "speaker": chair_name, "speaker_role": "Chủ tịch",
                          "speaker_unit": name, "content": "Phát biểu kết luận"}]
                ends = start + dt.timedelta(minutes=180)
                venue = era["hall"]
                conclusions = ("Hội nghị thống nhất giao Ban Chấp hành tiếp thu ý kiến, hoàn thiện kế hoạch "
                               "triển khai." if kind == "conference" else
                               "Tọa đàm thống nhất các đề xuất; Văn phòng tổng hợp để báo cáo cấp trên.")
        number = self._number(era, start)
        event_id = events.add_event(
            self.db, kind=kind, title=title, starts_at=start, ends_at=ends, place=venue, doc_number=number,
            expected_count=expected, present_count=present, participant_count=participants, absent_note=absent_note,
            conclusions=conclusions, body_id=era["body_id"], people=[chair, secretary, *guests], items=items,
            unions=unions, results=results)
        self._record_number(era, number, title, start, event_id)

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
            {"role": "chair", "name": "Lê Thị Kim Điệp", "position": "Chủ tịch", "unit": ntl,
             "member_id": self.staff["district_chair"]},
            {"role": "secretary", "name": "Nguyễn Thu Trang", "position": "Cán bộ Ban Tổ chức", "unit": ntl},
            {"role": "guest", "name": "Đại diện LĐLĐ các quận, huyện, thị xã", "position": None, "unit": None},
        ]
        events.add_event(
            self.db, kind="forum",
            title="Tọa đàm Thực trạng và giải pháp về công tác cán bộ Công đoàn Thủ đô trong tình hình mới",
            starts_at="2025-04-28 08:30", ends_at="2025-04-28 11:30", place="Trụ sở Quận ủy Nam Từ Liêm",
            doc_number=self._number(self.era(dt.date(2025, 4, 28)), dt.datetime(2025, 4, 28)),
            expected_count=120, present_count=112, participant_count=112,
            absent_note="8 đại biểu (có lý do)",
            summary="Tọa đàm nhằm xây dựng Nghị quyết chuyên đề của Ban Chấp hành LĐLĐ thành phố (khóa XVI) "
                    "về công tác cán bộ Công đoàn Thủ đô trong tình hình mới.",
            conclusions="1. Cán bộ công đoàn phải đổi mới, khẳng định vai trò trong quá trình hội nhập.\n"
                        "2. Thay đổi nhận thức về trách nhiệm của cán bộ công đoàn tại doanh nghiệp, cơ quan, đơn vị.\n"
                        "3. Ban Tổ chức tiếp thu các ý kiến để hoàn thiện dự thảo Nghị quyết chuyên đề.",
            body_id=self.former_id, people=people,
            items=[{"at_time": t, "speaker": s, "speaker_role": ro, "speaker_unit": u, "content": c}
                   for t, s, ro, u, c in items],
            unions=self._delegates(12, 112))

    def _delegates(self, units: int, total: int) -> list[dict]:
        """``units`` unions whose delegates add up to ``total`` (the minutes' "có mặt")."""
        chosen = self.rng.sample(self.active_unions, min(units, len(self.active_unions)))
        cuts = sorted(self.rng.sample(range(1, total), len(chosen) - 1))
        sizes = [b - a for a, b in zip([0, *cuts], [*cuts, total])]
        return [{"union_id": u["id"], "participants": n} for u, n in zip(chosen, sizes)]

    def _handover(self, events) -> None:
        """1/7/2025: the ward union is set up and takes over the district's records."""
        start = dt.datetime(2025, 7, 1, 8, 0)
        era = self.era(start.date())
        chair = self.staff["ward_chair"]
        unions = self._delegates(20, 64)
        number = self._number(era, start)
        title = ("Hội nghị công bố quyết định thành lập Công đoàn phường Từ Liêm và tiếp nhận bàn giao công đoàn "
                 "cơ sở, đoàn viên từ Liên đoàn Lao động quận Nam Từ Liêm")
        event_id = events.add_event(
            self.db, kind="conference", title=title, starts_at=start, ends_at=start.replace(hour=10, minute=30),
            place=era["hall"], doc_number=number, expected_count=66, present_count=64, participant_count=64,
            absent_note="2 đại biểu (có lý do)",
            summary=(f"Thực hiện việc sắp xếp tổ chức công đoàn theo đơn vị hành chính mới, Liên đoàn Lao động "
                     f"quận Nam Từ Liêm bàn giao {vn_number(len(self.active_unions))} công đoàn cơ sở và toàn bộ "
                     "hồ sơ đoàn viên, cán bộ, hoạt động cho Công đoàn phường Từ Liêm."),
            conclusions=("1. Công đoàn phường Từ Liêm tiếp nhận nguyên trạng các công đoàn cơ sở, đoàn viên và hồ sơ "
                         "từ ngày 01/7/2025.\n2. Ban Chấp hành lâm thời chuẩn bị Đại hội Công đoàn phường lần thứ I, "
                         "nhiệm kỳ 2025-2030."),
            body_id=era["body_id"],
            people=[{"role": "chair", "name": self.member_names[chair], "position": "Chủ tịch (lâm thời)",
                     "unit": era["name"], "member_id": chair},
                    {"role": "chair", "name": self.member_names[self.staff["district_chair"]],
                     "position": "Nguyên Chủ tịch", "unit": "Liên đoàn Lao động quận Nam Từ Liêm",
                     "member_id": self.staff["district_chair"]},
                    {"role": "secretary", "name": self.person_name(True), "position": "Cán bộ Văn phòng",
                     "unit": era["name"]},
                    {"role": "guest", "name": self.person_name(False), "position": "Phó Chủ tịch",
                     "unit": "Liên đoàn Lao động thành phố Hà Nội"}],
            items=[{"at_time": "08:00", "content": "Tuyên bố lý do, giới thiệu đại biểu"},
                   {"at_time": "08:15", "content": "Công bố quyết định thành lập Công đoàn phường Từ Liêm và chỉ định "
                                                   "Ban Chấp hành lâm thời"},
                   {"at_time": "08:45", "speaker": self.member_names[self.staff["district_chair"]],
                    "speaker_role": "Nguyên Chủ tịch", "speaker_unit": "Liên đoàn Lao động quận Nam Từ Liêm",
                    "content": "Bàn giao danh sách công đoàn cơ sở, đoàn viên, hồ sơ cán bộ và hoạt động"},
                   {"at_time": "09:30", "speaker": self.member_names[chair], "speaker_role": "Chủ tịch",
                    "speaker_unit": era["name"], "content": "Tiếp nhận bàn giao, phát biểu nhận nhiệm vụ"}],
            unions=unions)
        self._record_number(era, number, title, start, event_id)

    def _congresses(self) -> list[tuple]:
        """The district's congress of 2023 and, at district scale, the ward union's first."""
        congresses = [(dt.datetime(2023, 6, 20, 8, 0), "lần thứ IV", "2023-2028", 250, 246)]
        if self.former_id is not None:
            congresses.append((WARD_CONGRESS, "lần thứ I", "2025-2030", 120, 117))
        return congresses

    def _congress(self, events, start: dt.datetime, number_label: str, term: str, expected: int,
                  present: int) -> None:
        era = self.era(start.date())
        chair = era["chair"]
        number = self._number(era, start)
        title = f"Đại hội Công đoàn {era['place']} {number_label}, nhiệm kỳ {term}"
        if era["place"] == "Nam Từ Liêm":
            title = f"Đại hội Công đoàn quận Nam Từ Liêm {number_label}, nhiệm kỳ {term}"
        event_id = events.add_event(
            self.db, kind="congress", title=title, number_label=number_label, term=term, starts_at=start,
            ends_at=start.replace(hour=16, minute=0), place=era["hall"], doc_number=number,
            expected_count=expected, present_count=present, participant_count=present,
            absent_note=f"{expected - present} đại biểu (có lý do)",
            conclusions="Đại hội bầu Ban Chấp hành khóa mới và thông qua Nghị quyết Đại hội.",
            body_id=era["body_id"],
            people=[{"role": "chair", "name": self.member_names[chair], "position": "Chủ tịch",
                     "unit": era["name"], "member_id": chair},
                    {"role": "secretary", "name": self.person_name(True), "position": "Thư ký Đại hội",
                     "unit": era["name"]}],
            items=[{"at_time": start.strftime("%H:%M"), "content": "Chào cờ, tuyên bố lý do, giới thiệu đại biểu"},
                   {"at_time": "08:30", "speaker": self.member_names[chair], "speaker_role": "Chủ tịch",
                    "speaker_unit": era["name"], "content": "Báo cáo của Ban Chấp hành trình Đại hội"},
                   {"at_time": "10:00", "content": "Thảo luận, bầu Ban Chấp hành khóa mới"},
                   {"at_time": "15:30", "content": "Thông qua Nghị quyết Đại hội, bế mạc"}],
            unions=self._delegates(min(60, len(self.active_unions)), present))
        self._record_number(era, number, title, start, event_id)

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
                # A course teaches the law in force: the 2024 Trade Union Law from 2025 on.
                title = title.format(law="Luật Công đoàn 2024" if start.year >= 2025 else "Luật Công đoàn 2012")
                sessions = r.choice((1, 2, 2, 3))
                era = self.era(start)
                courses.append((course_id, f"{title} năm {year}", fold(f"{title} {topic}"), topic,
                                r.choice(N.TARGET_GROUPS), start.isoformat(),
                                (start + dt.timedelta(days=sessions - 1)).isoformat(),
                                era["hall"], r.choice(N.TRAINERS), sessions, era["body_id"]))
                for mid in pool[k * per_course:(k + 1) * per_course]:
                    attended = sessions if r.random() < 0.9 else r.randint(0, sessions - 1)
                    done = attended == sessions
                    number = None
                    if done:
                        cert += 1
                        number = f"{cert:05d}/GCN-{era['symbol']}"
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
        candidates = [tuple(r) for r in db.execute(
            """SELECT m.id, m.sex FROM members m JOIN unions u ON u.id = m.union_id
               WHERE u.sector = 'fdi' AND m.status = 'active' AND m.joined_on >= ?
                 AND m.id NOT IN (SELECT member_id FROM officers) ORDER BY m.id""", [since])]
        chosen = x.sample(candidates, min(len(candidates), max(8, len(self.member_names) // 400)))
        rows = []
        for mid, sex in chosen:
            country, families, men, women = x.choice(N.FOREIGN_NAMES)
            name = f"{x.choice(families)} {x.choice(women if sex == 'F' else men)}"
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
        # An officer takes office at the congress, or on joining (or coming of age) if later.
        db.conn.executemany(
            """UPDATE officers SET term = ?1, term_start = max(?2,
                 coalesce((SELECT joined_on FROM members m WHERE m.id = officers.member_id), ?2),
                 coalesce((SELECT date(birth_date, '+18 years') FROM members m WHERE m.id = officers.member_id), ?2))
               WHERE union_id = ?3 AND term = '2023-2028'""", reterm)
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
