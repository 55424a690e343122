"""Numbered schema steps. Step N brings a file from user_version N-1 to N.

Each step runs in one transaction together with the user_version bump, so a file
is always at exactly one version. Never edit a step that has shipped: add a new one.

The DDL is written out by hand rather than through sqlite-utils' ``create_table``
because the domain rules live in it: CHECK constraints, partial unique indexes,
triggers that keep derived columns and the FTS indexes in sync.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

from desktop_app.core.vocabulary import status_after_sql, union_after_sql

UID = "uid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16))))"
NOW = "(strftime('%Y-%m-%dT%H:%M:%S','now'))"
STAMPS = f"created_at TEXT NOT NULL DEFAULT {NOW}, updated_at TEXT NOT NULL DEFAULT {NOW}"

# The member's current union/status are a cache of the latest history row, kept by
# these triggers so that every writer (the program, an import, a merge, a hand-run
# SQL statement) leaves them right. Ties on the same date are broken by row id.
_LATEST = (
    "(SELECT {expr} FROM memberships WHERE member_id = {m} "
    "ORDER BY on_date DESC, id DESC LIMIT 1)"
)


def _refresh_member(m: str) -> str:
    # Built from the vocabulary: the text is byte for byte step 1's (test_vocabulary pins it).
    status = status_after_sql("kind")
    return f"""
    UPDATE members SET
      union_id = {_LATEST.format(expr=union_after_sql("kind", "union_id"), m=m)},
      status = coalesce({_LATEST.format(expr=status, m=m)}, 'none'),
      status_on = {_LATEST.format(expr="on_date", m=m)},
      joined_on = (SELECT min(on_date) FROM memberships WHERE member_id = {m} AND kind = 'join')
    WHERE id = {m};"""


def _fts(table: str, name_col: str) -> list[str]:
    """External-content FTS5 over the name (with diacritics) and the folded text.

    remove_diacritics 0: the folded column is already accent-free, and the name
    column must keep its marks so exact-diacritic matches can be ranked first.
    prefix indexes: search-as-you-type sends 1-3 letter prefixes, which without
    them merge thousands of term lists ("n*" took 110 ms over 600k names).
    """
    fts = f"{table}_fts"
    cols = f"{name_col}, search_text"
    new_vals = f"new.{name_col}, new.search_text"
    old_vals = f"old.{name_col}, old.search_text"
    return [
        f"""CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}',
            content_rowid='id', tokenize='unicode61 remove_diacritics 0', prefix='1 2 3')""",
        f"""CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN
              INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new_vals}); END""",
        f"""CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} BEGIN
              INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old_vals}); END""",
        f"""CREATE TRIGGER {table}_fts_au AFTER UPDATE OF {name_col}, search_text ON {table} BEGIN
              INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old_vals});
              INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new_vals}); END""",
    ]


def _touch(table: str, columns: str) -> str:
    """Bump updated_at when a user-visible column changes (merge uses it to pick the
    most recent value); a writer that sets updated_at itself is left alone."""
    return f"""CREATE TRIGGER {table}_touch AFTER UPDATE OF {columns} ON {table}
      WHEN new.updated_at IS old.updated_at BEGIN
        UPDATE {table} SET updated_at = {NOW} WHERE id = new.id; END"""


SECTORS = [
    # code, name, state sector, order: the sector blocks ("khối") of the domain.
    ("hcsn", "Hành chính sự nghiệp", 1, 1),
    ("phuong_xa", "Phường, xã", 1, 2),
    ("giao_duc", "Giáo dục", 1, 3),
    ("dnnn", "Doanh nghiệp nhà nước", 1, 4),
    ("ngoai_nn", "Doanh nghiệp ngoài nhà nước", 0, 5),
    ("fdi", "Doanh nghiệp có vốn đầu tư nước ngoài", 0, 6),
]


def step_1(db: sqlite_utils.Database) -> None:
    """The whole domain, first version."""
    statements = [
        f"""CREATE TABLE bodies (
            id INTEGER PRIMARY KEY, {UID},
            name TEXT NOT NULL,
            short_name TEXT,
            kind TEXT NOT NULL CHECK (kind IN ('national','province','city','district',
                 'commune','ward','industrial_zone','sector','other')),
            parent_id INTEGER REFERENCES bodies(id),
            address TEXT, place_name TEXT, phone TEXT, email TEXT,
            doc_code TEXT,
            is_own INTEGER NOT NULL DEFAULT 0 CHECK (is_own IN (0,1)),
            {STAMPS})""",
        "CREATE UNIQUE INDEX bodies_one_own ON bodies(is_own) WHERE is_own = 1",
        """CREATE TABLE sectors (
            code TEXT PRIMARY KEY, name TEXT NOT NULL,
            is_state INTEGER NOT NULL CHECK (is_state IN (0,1)), sort INTEGER NOT NULL)""",
        f"""CREATE TABLE unions (
            id INTEGER PRIMARY KEY, {UID},
            code TEXT UNIQUE,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            name_folded TEXT NOT NULL,
            search_text TEXT NOT NULL,
            employer TEXT, address TEXT, ward TEXT,
            sector TEXT REFERENCES sectors(code),
            is_state INTEGER NOT NULL DEFAULT 0 CHECK (is_state IN (0,1)),
            founded_on TEXT, founding_decision TEXT,
            status TEXT NOT NULL DEFAULT 'active'
                 CHECK (status IN ('active','merged','dissolved')),
            status_on TEXT,
            merged_into_id INTEGER REFERENCES unions(id),
            workers INTEGER CHECK (workers IS NULL OR workers >= 0),
            body_id INTEGER REFERENCES bodies(id),
            phone TEXT, note TEXT, origin TEXT,
            {STAMPS},
            CHECK (status = 'active' OR status_on IS NOT NULL))""",
        "CREATE INDEX unions_sector ON unions(sector, status)",
        "CREATE INDEX unions_name ON unions(name_folded)",
        """CREATE TABLE union_years (
            union_id INTEGER NOT NULL REFERENCES unions(id) ON DELETE CASCADE,
            year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
            rating TEXT,
            workers_conference INTEGER NOT NULL DEFAULT 0 CHECK (workers_conference IN (0,1)),
            agreement_type TEXT CHECK (agreement_type IN ('A','B')),
            agreement_signed_on TEXT, agreement_expires_on TEXT,
            note TEXT,
            PRIMARY KEY (union_id, year))""",
        "CREATE INDEX union_years_year ON union_years(year)",
        f"""CREATE TABLE members (
            id INTEGER PRIMARY KEY, {UID},
            full_name TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
            name_folded TEXT NOT NULL,
            search_text TEXT NOT NULL,
            sex TEXT CHECK (sex IN ('M','F')),
            birth_date TEXT,
            ethnicity TEXT,
            cccd TEXT UNIQUE CHECK (cccd IS NULL OR (length(cccd) = 12 AND cccd NOT GLOB '*[^0-9]*')),
            phone TEXT, job TEXT, card_no TEXT, note TEXT, origin TEXT,
            union_id INTEGER REFERENCES unions(id),
            status TEXT NOT NULL DEFAULT 'none'
                 CHECK (status IN ('active','transferred','left','deceased','none')),
            status_on TEXT,
            joined_on TEXT,
            {STAMPS})""",
        "CREATE INDEX members_union ON members(union_id, status)",
        "CREATE INDEX members_status ON members(status)",
        "CREATE INDEX members_name ON members(name_folded, birth_date)",
        "CREATE INDEX members_joined ON members(joined_on)",
        f"""CREATE TABLE memberships (
            id INTEGER PRIMARY KEY, {UID},
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('join','transfer','transfer_out','leave','death')),
            union_id INTEGER REFERENCES unions(id),
            on_date TEXT NOT NULL,
            reason TEXT, note TEXT, origin TEXT,
            created_at TEXT NOT NULL DEFAULT {NOW},
            CHECK ((kind IN ('join','transfer')) = (union_id IS NOT NULL)))""",
        "CREATE INDEX memberships_member ON memberships(member_id, on_date, id, kind, union_id)",
        "CREATE INDEX memberships_union ON memberships(union_id)",
        "CREATE INDEX memberships_date ON memberships(on_date, kind)",
        f"""CREATE TRIGGER memberships_ai AFTER INSERT ON memberships BEGIN
            {_refresh_member("new.member_id")} END""",
        f"""CREATE TRIGGER memberships_au AFTER UPDATE ON memberships BEGIN
            {_refresh_member("old.member_id")} {_refresh_member("new.member_id")} END""",
        f"""CREATE TRIGGER memberships_ad AFTER DELETE ON memberships BEGIN
            {_refresh_member("old.member_id")} END""",
        f"""CREATE TABLE officers (
            id INTEGER PRIMARY KEY, {UID},
            member_id INTEGER NOT NULL REFERENCES members(id),
            role TEXT NOT NULL CHECK (role IN ('chair','vice_chair','standing','executive',
                 'inspection','group_leader','other')),
            union_id INTEGER REFERENCES unions(id),
            body_id INTEGER REFERENCES bodies(id),
            term TEXT, term_start TEXT, term_end TEXT,
            full_time INTEGER NOT NULL DEFAULT 0 CHECK (full_time IN (0,1)),
            note TEXT, origin TEXT,
            {STAMPS},
            CHECK ((union_id IS NULL) <> (body_id IS NULL)),
            CHECK (term_end IS NULL OR term_start IS NULL OR term_end >= term_start))""",
        "CREATE INDEX officers_member ON officers(member_id)",
        "CREATE INDEX officers_union ON officers(union_id, role)",
        f"""CREATE TABLE events (
            id INTEGER PRIMARY KEY, {UID},
            kind TEXT NOT NULL CHECK (kind IN ('health_festival','forum','conference',
                 'congress','ceremony','visit','other')),
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            search_text TEXT NOT NULL,
            number_label TEXT, term TEXT,
            starts_at TEXT NOT NULL, ends_at TEXT,
            place TEXT, doc_number TEXT,
            expected_count INTEGER CHECK (expected_count IS NULL OR expected_count >= 0),
            present_count INTEGER CHECK (present_count IS NULL OR present_count >= 0),
            participant_count INTEGER CHECK (participant_count IS NULL OR participant_count >= 0),
            absent_note TEXT, summary TEXT, conclusions TEXT,
            body_id INTEGER REFERENCES bodies(id),
            union_id INTEGER REFERENCES unions(id),
            note TEXT, origin TEXT,
            {STAMPS},
            CHECK (ends_at IS NULL OR ends_at >= starts_at))""",
        "CREATE INDEX events_start ON events(starts_at)",
        """CREATE TABLE event_people (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('chair','secretary','guest')),
            name TEXT NOT NULL, position TEXT, unit TEXT,
            member_id INTEGER REFERENCES members(id),
            sort INTEGER NOT NULL DEFAULT 0)""",
        "CREATE INDEX event_people_event ON event_people(event_id, role, sort)",
        """CREATE TABLE event_unions (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            union_id INTEGER NOT NULL REFERENCES unions(id),
            participants INTEGER CHECK (participants IS NULL OR participants >= 0),
            PRIMARY KEY (event_id, union_id))""",
        "CREATE INDEX event_unions_union ON event_unions(union_id)",
        """CREATE TABLE event_items (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            sort INTEGER NOT NULL DEFAULT 0,
            at_time TEXT, speaker TEXT, speaker_role TEXT, speaker_unit TEXT,
            content TEXT NOT NULL)""",
        "CREATE INDEX event_items_event ON event_items(event_id, sort)",
        """CREATE TABLE event_results (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            contest TEXT NOT NULL, winner TEXT NOT NULL, prize TEXT,
            union_id INTEGER REFERENCES unions(id),
            sort INTEGER NOT NULL DEFAULT 0)""",
        "CREATE INDEX event_results_event ON event_results(event_id, sort)",
        f"""CREATE TABLE courses (
            id INTEGER PRIMARY KEY, {UID},
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            search_text TEXT NOT NULL,
            topic TEXT, target_group TEXT,
            starts_on TEXT NOT NULL, ends_on TEXT,
            place TEXT, trainer TEXT,
            sessions INTEGER NOT NULL DEFAULT 1 CHECK (sessions >= 1),
            body_id INTEGER REFERENCES bodies(id),
            note TEXT, origin TEXT,
            {STAMPS},
            CHECK (ends_on IS NULL OR ends_on >= starts_on))""",
        "CREATE INDEX courses_start ON courses(starts_on)",
        f"""CREATE TABLE enrolments (
            id INTEGER PRIMARY KEY, {UID},
            course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
            member_id INTEGER NOT NULL REFERENCES members(id),
            attended_sessions INTEGER CHECK (attended_sessions IS NULL OR attended_sessions >= 0),
            completed INTEGER NOT NULL DEFAULT 0 CHECK (completed IN (0,1)),
            certificate_no TEXT UNIQUE,
            note TEXT,
            UNIQUE (course_id, member_id))""",
        "CREATE INDEX enrolments_member ON enrolments(member_id)",
        f"""CREATE TABLE welfare (
            id INTEGER PRIMARY KEY, {UID},
            paid_on TEXT NOT NULL,
            member_id INTEGER REFERENCES members(id),
            union_id INTEGER REFERENCES unions(id),
            kind TEXT NOT NULL CHECK (kind IN ('hardship','sickness','accident','funeral',
                 'disaster','union_startup','organiser_reward','other')),
            reason TEXT,
            amount INTEGER NOT NULL CHECK (amount >= 0),
            note TEXT, origin TEXT,
            created_at TEXT NOT NULL DEFAULT {NOW},
            CHECK (member_id IS NOT NULL OR union_id IS NOT NULL))""",
        "CREATE INDEX welfare_member ON welfare(member_id)",
        "CREATE INDEX welfare_date ON welfare(paid_on)",
        """CREATE TABLE targets (
            year INTEGER NOT NULL,
            indicator TEXT NOT NULL,
            value REAL NOT NULL CHECK (value > 0),
            note TEXT,
            PRIMARY KEY (year, indicator))""",
        *_fts("members", "full_name"),
        *_fts("unions", "name"),
        _touch("members", "full_name, sex, birth_date, ethnicity, cccd, phone, job, card_no, note"),
        _touch("unions", "code, name, employer, address, ward, sector, is_state, founded_on, "
               "founding_decision, status, status_on, workers, phone, note"),
        _touch("events", "kind, title, number_label, term, starts_at, ends_at, place, "
               "expected_count, present_count, participant_count, conclusions"),
        _touch("courses", "title, topic, target_group, starts_on, ends_on, place, trainer"),
        _touch("officers", "role, union_id, body_id, term, term_start, term_end, full_time"),
    ]
    for sql in statements:
        db.execute(sql)
    db["sectors"].insert_all(
        [dict(code=c, name=n, is_state=s, sort=o) for c, n, s, o in SECTORS]
    )


def step_2(db: sqlite_utils.Database) -> None:
    """Settings stored in the file and the audit log of exports, backups and imports."""
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)")
    db.execute(f"""CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL DEFAULT {NOW},
        action TEXT NOT NULL,
        target TEXT, records INTEGER, sha256 TEXT, detail TEXT)""")


def step_3(db: sqlite_utils.Database) -> None:
    """Indexes that let the members tab read its first page, in name order, straight off an
    index at city scale, whether or not it is filtered by union."""
    for sql in (
        "DROP INDEX members_status",
        "CREATE INDEX members_status_name ON members(status, name_folded, birth_date)",
        "DROP INDEX members_union",
        "CREATE INDEX members_union ON members(union_id, status, name_folded)",
        "CREATE INDEX unions_status_name ON unions(status, name_folded)",
    ):
        db.execute(sql)


def step_4(db: sqlite_utils.Database) -> None:
    """Merges of other files of this program into this one (the 2025 reorganisation):
    which file, which former managing body it belonged to, when; and for every record
    that came in or was matched, where it came from."""
    for sql in (
        f"""CREATE TABLE merges (
            id INTEGER PRIMARY KEY, {UID},
            file_name TEXT NOT NULL,
            file_path TEXT,
            file_sha256 TEXT,
            former_unit TEXT,
            former_unit_uid TEXT,
            merged_on TEXT NOT NULL,
            merged_at TEXT NOT NULL DEFAULT {NOW},
            added INTEGER NOT NULL DEFAULT 0,
            matched INTEGER NOT NULL DEFAULT 0,
            conflicts INTEGER NOT NULL DEFAULT 0,
            detail TEXT)""",
        """CREATE TABLE provenance (
            id INTEGER PRIMARY KEY,
            merge_id INTEGER NOT NULL REFERENCES merges(id) ON DELETE CASCADE,
            table_name TEXT NOT NULL CHECK (table_name IN ('bodies','unions','members','officers',
                 'events','courses','welfare')),
            record_id INTEGER NOT NULL,
            source_uid TEXT,
            action TEXT NOT NULL CHECK (action IN ('added','merged')),
            UNIQUE (merge_id, table_name, record_id))""",
        "CREATE INDEX provenance_record ON provenance(table_name, record_id)",
    ):
        db.execute(sql)


# The members list's columns that an index keeps in order among active members, so that a
# click on the column header shows the first page at once (a sort of 609,274 rows without
# an index took 2-4 s at city scale). The union column sorts through the join: not here.
MEMBER_SORT_INDEXES = ("sex", "birth_date", "joined_on", "job", "phone", "cccd", "card_no")


def step_5(db: sqlite_utils.Database) -> None:
    """Indexes for sorting the members list by any of its own columns."""
    for column in MEMBER_SORT_INDEXES:
        db.execute(f"CREATE INDEX members_status_{column} ON members(status, {column})")


def step_6(db: sqlite_utils.Database) -> None:
    """The register of document numbers ("Số: 01/BB-CĐP"): one row per number given, per
    kind of document and year, so the next free number can be proposed and a number is
    never given twice; and the texts the user writes for a year's summary report."""
    for sql in (
        f"""CREATE TABLE doc_numbers (
            id INTEGER PRIMARY KEY, {UID},
            kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 12),
            year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
            number INTEGER NOT NULL CHECK (number >= 1),
            symbol TEXT NOT NULL,
            title TEXT,
            issued_on TEXT,
            ref_table TEXT, ref_id INTEGER,
            created_at TEXT NOT NULL DEFAULT {NOW},
            UNIQUE (kind, year, number))""",
        # Numbers are never reused: a deleted row would free its number for another paper.
        """CREATE TRIGGER doc_numbers_keep BEFORE DELETE ON doc_numbers BEGIN
            SELECT RAISE(ABORT, 'document numbers are kept: a number given is never reused'); END""",
        """CREATE TABLE report_texts (
            year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
            section TEXT NOT NULL,
            body TEXT NOT NULL,
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now')),
            PRIMARY KEY (year, section))""",
    ):
        db.execute(sql)


def step_7(db: sqlite_utils.Database) -> None:
    """Statistics forms 01/02-HĐCĐ: the figures only a grassroots union knows (labour,
    income), kept per union and statistics date with who entered them and when; and the
    returned 01-HĐCĐ workbooks, so the officer sees which unions have not reported."""
    for sql in (
        f"""CREATE TABLE period_figures (
            id INTEGER PRIMARY KEY, {UID},
            union_id INTEGER NOT NULL REFERENCES unions(id) ON DELETE CASCADE,
            as_of TEXT NOT NULL CHECK (as_of GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            item TEXT NOT NULL,
            value REAL NOT NULL CHECK (value >= 0),
            source TEXT NOT NULL CHECK (source IN ('manual','import')),
            entered_by TEXT,
            entered_at TEXT NOT NULL DEFAULT {NOW},
            UNIQUE (union_id, as_of, item))""",
        "CREATE INDEX period_figures_as_of ON period_figures(as_of, union_id)",
        f"""CREATE TABLE period_returns (
            id INTEGER PRIMARY KEY, {UID},
            union_id INTEGER NOT NULL REFERENCES unions(id) ON DELETE CASCADE,
            as_of TEXT NOT NULL,
            file_name TEXT,
            file_sha256 TEXT,
            entered_by TEXT,
            received_at TEXT NOT NULL DEFAULT {NOW},
            UNIQUE (union_id, as_of))""",
        "CREATE INDEX period_returns_as_of ON period_returns(as_of)",
    ):
        db.execute(sql)


def step_8(db: sqlite_utils.Database) -> None:
    """The registers kept on paper until now (issue 18): members under the 2024 Trade
    Union Law (nationality, foreign workers' contract length, workers without a labour
    relation)."""
    for sql in (
        # NULL nationality: a Vietnamese citizen (every member before the 2024 law).
        "ALTER TABLE members ADD COLUMN nationality TEXT",
        """ALTER TABLE members ADD COLUMN work_relation TEXT NOT NULL DEFAULT 'employee'
             CHECK (work_relation IN ('employee','no_relation'))""",
        """ALTER TABLE members ADD COLUMN contract_months INTEGER
             CHECK (contract_months IS NULL OR contract_months >= 0)""",
        "CREATE INDEX members_foreign ON members(nationality) WHERE nationality IS NOT NULL",
        "CREATE INDEX members_no_relation ON members(work_relation) WHERE work_relation != 'employee'",
        "DROP TRIGGER members_touch",
        _touch("members", "full_name, sex, birth_date, ethnicity, cccd, phone, job, card_no, note, "
               "nationality, work_relation, contract_months"),
        # Awards (khen thưởng, Quyết định 999/QĐ-TLĐ 2024) to a union or a member; a
        # member's award keeps the union they were in, for the printed lists.
        f"""CREATE TABLE awards (
            id INTEGER PRIMARY KEY, {UID},
            union_id INTEGER REFERENCES unions(id),
            member_id INTEGER REFERENCES members(id),
            form TEXT NOT NULL CHECK (form IN ('emulation_flag','certificate_of_merit','commendation',
                 'medal','other')),
            level TEXT NOT NULL CHECK (level IN ('national','province','own')),
            status TEXT NOT NULL DEFAULT 'awarded' CHECK (status IN ('proposed','awarded','declined')),
            year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
            decision_no TEXT, decision_date TEXT,
            reason TEXT, note TEXT, origin TEXT,
            {STAMPS},
            CHECK (union_id IS NOT NULL OR member_id IS NOT NULL))""",
        "CREATE INDEX awards_year ON awards(year, level)",
        "CREATE INDEX awards_union ON awards(union_id)",
        "CREATE INDEX awards_member ON awards(member_id)",
        _touch("awards", "union_id, member_id, form, level, status, year, decision_no, decision_date, reason, note"),
        # Congresses (đại hội) of the grassroots unions and the terms (nhiệm kỳ) they open.
        f"""CREATE TABLE congresses (
            id INTEGER PRIMARY KEY, {UID},
            union_id INTEGER NOT NULL REFERENCES unions(id),
            held_on TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('all_members','delegates')),
            term_start INTEGER NOT NULL CHECK (term_start BETWEEN 1900 AND 2200),
            term_end INTEGER NOT NULL CHECK (term_end BETWEEN 1900 AND 2200),
            number_label TEXT,
            delegates INTEGER CHECK (delegates IS NULL OR delegates >= 0),
            committee_size INTEGER CHECK (committee_size IS NULL OR committee_size >= 0),
            note TEXT, origin TEXT,
            {STAMPS},
            CHECK (term_end > term_start),
            UNIQUE (union_id, held_on))""",
        "CREATE INDEX congresses_term ON congresses(term_end, union_id)",
        _touch("congresses", "union_id, held_on, kind, term_start, term_end, number_label, delegates, "
               "committee_size, note"),
        # Dues and fund status (đoàn phí, kinh phí công đoàn) per union and period: a status
        # register, not accounting. The rates are data: they change by decree.
        f"""CREATE TABLE due_rates (
            id INTEGER PRIMARY KEY, {UID},
            kind TEXT NOT NULL CHECK (kind IN ('member_dues','union_fund')),
            valid_from TEXT NOT NULL,
            rate_percent REAL NOT NULL CHECK (rate_percent > 0 AND rate_percent <= 100),
            cap_percent_of_base REAL CHECK (cap_percent_of_base IS NULL OR cap_percent_of_base > 0),
            base_salary INTEGER CHECK (base_salary IS NULL OR base_salary > 0),
            note TEXT,
            {STAMPS},
            UNIQUE (kind, valid_from))""",
        f"""CREATE TABLE dues (
            id INTEGER PRIMARY KEY, {UID},
            union_id INTEGER NOT NULL REFERENCES unions(id),
            year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
            period TEXT NOT NULL CHECK (period IN ('year','h1','h2','q1','q2','q3','q4')),
            members INTEGER CHECK (members IS NULL OR members >= 0),
            fund_exempt INTEGER NOT NULL DEFAULT 0 CHECK (fund_exempt IN (0,1)),
            dues_due INTEGER CHECK (dues_due IS NULL OR dues_due >= 0),
            dues_paid INTEGER CHECK (dues_paid IS NULL OR dues_paid >= 0),
            fund_due INTEGER CHECK (fund_due IS NULL OR fund_due >= 0),
            fund_paid INTEGER CHECK (fund_paid IS NULL OR fund_paid >= 0),
            note TEXT, origin TEXT,
            {STAMPS},
            UNIQUE (union_id, year, period))""",
        "CREATE INDEX dues_year ON dues(year, period)",
        _touch("dues", "union_id, year, period, members, fund_exempt, dues_due, dues_paid, fund_due, fund_paid, note"),
        _touch("due_rates", "kind, valid_from, rate_percent, cap_percent_of_base, base_salary, note"),
        # Fields of the user's own for members and unions (text, number, date, choice).
        f"""CREATE TABLE custom_fields (
            id INTEGER PRIMARY KEY, {UID},
            entity TEXT NOT NULL CHECK (entity IN ('members','unions')),
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            kind TEXT NOT NULL CHECK (kind IN ('text','number','date','choice')),
            choices TEXT,
            sort INTEGER NOT NULL DEFAULT 0,
            {STAMPS},
            UNIQUE (entity, name))""",
        """CREATE TABLE member_custom_values (
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            field_id INTEGER NOT NULL REFERENCES custom_fields(id) ON DELETE CASCADE,
            value TEXT NOT NULL,
            PRIMARY KEY (member_id, field_id))""",
        """CREATE TABLE union_custom_values (
            union_id INTEGER NOT NULL REFERENCES unions(id) ON DELETE CASCADE,
            field_id INTEGER NOT NULL REFERENCES custom_fields(id) ON DELETE CASCADE,
            value TEXT NOT NULL,
            PRIMARY KEY (union_id, field_id))""",
        "CREATE INDEX member_custom_values_field ON member_custom_values(field_id)",
        "CREATE INDEX union_custom_values_field ON union_custom_values(field_id)",
        # Who made each change (the Windows account), for the audit log viewer.
        "ALTER TABLE audit_log ADD COLUMN actor TEXT",
        "CREATE INDEX audit_log_at ON audit_log(at)",
    ):
        db.execute(sql)
    # The rates in force when this step was written (Trade Union Law 2024 and its decree):
    # đoàn phí 1 % of the salary, 0.5 % from 1/7/2025, at most 10 % of the base salary;
    # kinh phí công đoàn 2 % of the payroll. Base salary 1.800.000 đ from 1/7/2023,
    # 2.340.000 đ from 1/7/2024.
    db.conn.executemany(
        "INSERT INTO due_rates (kind, valid_from, rate_percent, cap_percent_of_base, base_salary, note) "
        "VALUES (?,?,?,?,?,?)",
        [("member_dues", "2023-07-01", 1.0, 10.0, 1_800_000, "Quyết định 1908/QĐ-TLĐ"),
         ("member_dues", "2024-07-01", 1.0, 10.0, 2_340_000, "Lương cơ sở 2.340.000 đ"),
         ("member_dues", "2025-07-01", 0.5, 10.0, 2_340_000, "Luật Công đoàn 2024"),
         ("union_fund", "2013-01-01", 2.0, None, None, "2 % quỹ tiền lương đóng bảo hiểm xã hội")])


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [step_1, step_2, step_3]
MIGRATIONS.append(step_4)
MIGRATIONS.append(step_5)
MIGRATIONS.append(step_6)
MIGRATIONS.append(step_7)
MIGRATIONS.append(step_8)
SCHEMA_VERSION = len(MIGRATIONS)
