"""Every code the database stores, once: its Vietnamese label, its English source label
and the spellings an Excel import accepts for it.

The schema's CHECK constraints hold the same codes (tests/core/test_vocabulary.py reads
them from a fresh database and compares). Printed documents and exported workbooks use
``vi`` whatever the window's language; the window shows ``en`` through Qt's translator,
each vocabulary in its own context (``context``), filled with ``vi`` by the translation
script, so the window and the paper say the same words. SQL that turns codes into
labels (exports, the member-status cache) is built here, never written out by hand.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from desktop_app.core.text import fold


@dataclass(frozen=True)
class Term:
    code: str
    vi: str
    en: str
    spellings: tuple[str, ...] = ()  # folded (accent-free, lower-case) forms accepted on import


@functools.lru_cache(maxsize=4096)
def _words(text: str) -> str:
    """Folded text with punctuation as single spaces: how spellings are compared
    (cached: an import meets the same few cell values again and again)."""
    return re.sub(r"[^a-z0-9]+", " ", fold(text)).strip()


def sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


@dataclass(frozen=True)
class Vocabulary:
    name: str
    context: str                     # Qt translation context of the English labels
    columns: tuple[str, ...]         # "table.column" where the codes are stored
    terms: tuple[Term, ...]

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms)

    def codes(self) -> tuple[str, ...]:
        return tuple(t.code for t in self.terms)

    def term(self, code: str) -> Term | None:
        return next((t for t in self.terms if t.code == code), None)

    def vi(self, code: str | None) -> str:
        """The Vietnamese label; the code itself when unknown; '' for None."""
        if code is None:
            return ""
        t = self.term(code)
        return t.vi if t else code

    def en(self, code: str | None) -> str:
        """The English source label (translate it in ``context``); the code when unknown."""
        if code is None:
            return ""
        t = self.term(code)
        return t.en if t else code

    def english(self) -> dict[str, str]:
        return {t.code: t.en for t in self.terms}

    def vietnamese(self) -> dict[str, str]:
        return {t.code: t.vi for t in self.terms}

    def spellings(self) -> Iterator[tuple[str, str]]:
        """(code, folded spelling): the code, both labels and the import spellings."""
        for t in self.terms:
            seen = set()
            for s in (t.code.replace("_", " "), _words(t.vi), _words(t.en), *t.spellings):
                if s and s not in seen:
                    seen.add(s)
                    yield t.code, s

    def find(self, text: str) -> str | None:
        """The code whose label or spelling ``text`` is exactly (accents, case and
        punctuation ignored), or None."""
        return _index(self).get(_words(text))

    def sql_case(self, expr: str, *, when: dict[str, str] | None = None) -> str:
        """SQL giving the Vietnamese label of the code in ``expr`` (the code when unknown);
        ``when`` replaces the label of some codes by another SQL expression."""
        when = when or {}
        parts = " ".join(f"WHEN {sql_text(t.code)} THEN {when.get(t.code, sql_text(t.vi))}" for t in self.terms)
        return f"CASE {expr} {parts} ELSE {expr} END"

    def sql_order(self, expr: str) -> str:
        """SQL giving the position of the code in this vocabulary (its display order)."""
        return f"CASE {expr} " + " ".join(f"WHEN {sql_text(c)} THEN {i}" for i, c in enumerate(self.codes())) + " END"


@functools.cache
def _index(vocabulary: Vocabulary) -> dict[str, str]:
    index: dict[str, str] = {}
    for code, spelling in vocabulary.spellings():
        index.setdefault(spelling, code)
    return index


def _v(name: str, context: str, columns: tuple[str, ...], *terms: Term) -> Vocabulary:
    return Vocabulary(name, context, columns, terms)


SEX = _v("sex", "Sex", ("members.sex",),
         Term("M", "Nam", "Male", ("m", "male", "trai", "n")),
         Term("F", "Nữ", "Female", ("f", "female", "gai")))

MEMBER_STATUS = _v("member_status", "MemberStatus", ("members.status",),
                   Term("active", "Đang sinh hoạt", "Active"),
                   Term("transferred", "Đã chuyển đi", "Transferred out"),
                   Term("left", "Đã ra khỏi tổ chức", "Left"),
                   Term("deceased", "Đã từ trần", "Deceased", ("da mat", "tu tran", "mat")),
                   Term("none", "Chưa kết nạp", "Not a member", ("chua vao cong doan", "chua la doan vien")))

UNION_STATUS = _v("union_status", "UnionStatus", ("unions.status",),
                  Term("active", "Đang hoạt động", "Active"),
                  Term("merged", "Đã sáp nhập", "Merged"),
                  Term("dissolved", "Đã giải thể", "Dissolved"))

# What happened to a member, the rows of ``memberships``.
HISTORY_KIND = _v("history_kind", "HistoryKind", ("memberships.kind",),
                  Term("join", "Kết nạp", "Joined"),
                  Term("transfer", "Chuyển đến", "Transferred in"),
                  Term("transfer_out", "Chuyển đi", "Transferred out"),
                  Term("leave", "Ra khỏi tổ chức", "Left"),
                  Term("death", "Từ trần", "Died"))

# The member's status after each kind of history row (the cache in ``members.status``).
STATUS_AFTER = {"join": "active", "transfer": "active", "transfer_out": "transferred",
                "leave": "left", "death": "deceased"}
# The kinds after which the member belongs to the row's union.
IN_UNION_KINDS = tuple(k for k, s in STATUS_AFTER.items() if s == "active")

OFFICER_ROLE = _v("officer_role", "OfficerRole", ("officers.role",),
                  Term("chair", "Chủ tịch", "Chair", ("ct", "chu tich cdcs", "chu tich cong doan")),
                  Term("vice_chair", "Phó Chủ tịch", "Vice-chair", ("pct", "pho ct")),
                  Term("standing", "Ủy viên Ban Thường vụ", "Standing committee",
                       ("uy vien ban thuong vu", "uv btv", "uvbtv", "thuong vu", "uy vien thuong vu")),
                  Term("executive", "Ủy viên Ban Chấp hành", "Executive committee",
                       ("uv bch", "uvbch", "uy vien bch", "uy vien", "bch")),
                  Term("inspection", "Ủy viên Ủy ban Kiểm tra", "Inspection committee",
                       ("uy vien ubkt", "ubkt", "kiem tra", "chu nhiem ubkt", "truong ban kiem tra")),
                  Term("group_leader", "Tổ trưởng công đoàn", "Group leader",
                       ("to truong", "to truong cd", "to pho")),
                  Term("other", "Khác", "Other"))

EVENT_PEOPLE_ROLE = _v("event_people_role", "EventPeopleRole", ("event_people.role",),
                       Term("chair", "Chủ trì", "Chaired by"),
                       Term("secretary", "Thư ký", "Secretary"),
                       Term("guest", "Khách mời", "Guest", ("khach",)))

EVENT_KIND = _v("event_kind", "EventKind", ("events.kind",),
                Term("health_festival", "Hội khỏe", "Health and sports festival"),
                Term("forum", "Tọa đàm", "Forum"),
                Term("conference", "Hội nghị", "Conference"),
                Term("congress", "Đại hội", "Congress"),
                Term("ceremony", "Lễ", "Ceremony"),
                Term("visit", "Thăm hỏi", "Visit"),
                Term("other", "Hoạt động khác", "Other"))

WELFARE_KIND = _v("welfare_kind", "WelfareKind", ("welfare.kind",),
                  Term("hardship", "Hoàn cảnh khó khăn", "Hardship"),
                  Term("sickness", "Ốm đau", "Sickness"),
                  Term("accident", "Tai nạn lao động", "Accident"),
                  Term("funeral", "Hiếu", "Funeral"),
                  Term("disaster", "Thiên tai, hỏa hoạn", "Natural disaster"),
                  Term("union_startup", "Hỗ trợ CĐCS mới thành lập", "New union start-up"),
                  Term("organiser_reward", "Thưởng cán bộ vận động thành lập CĐCS", "Organiser reward"),
                  Term("other", "Khác", "Other"))

BODY_KIND = _v("body_kind", "BodyForm", ("bodies.kind",),
               Term("national", "Tổng Liên đoàn", "National federation"),
               Term("province", "LĐLĐ tỉnh", "Provincial federation"),
               Term("city", "LĐLĐ thành phố", "City federation"),
               Term("district", "LĐLĐ quận/huyện (cấp huyện trước đây)",
                    "District federation (former district level)"),
               Term("commune", "Công đoàn xã", "Commune union"),
               Term("ward", "Công đoàn phường", "Ward union"),
               Term("industrial_zone", "Công đoàn khu công nghiệp", "Industrial-zone union"),
               Term("sector", "Công đoàn ngành", "Sector union"),
               Term("other", "Khác", "Other"))

AGREEMENT_TYPE = _v("agreement_type", "AgreementType", ("union_years.agreement_type",),
                    Term("A", "Loại A", "Type A", ("loai a",)),
                    Term("B", "Loại B", "Type B", ("loai b",)))

# The sector blocks ("khối") are rows of the ``sectors`` table (its names are ``vi``);
# the state blocks come first.
SECTOR = _v("sector", "Sector", ("unions.sector",),
            Term("hcsn", "Hành chính sự nghiệp", "Public administration and services",
                 ("hanh chinh su nghiep", "hanh chinh", "su nghiep", "co quan", "khoi hcsn")),
            Term("phuong_xa", "Phường, xã", "Wards and communes",
                 ("phuong xa", "phuong", "xa", "xa phuong", "khoi phuong")),
            Term("giao_duc", "Giáo dục", "Education",
                 ("giao duc", "truong hoc", "mam non", "tieu hoc", "thcs", "thpt", "khoi truong", "gd")),
            Term("dnnn", "Doanh nghiệp nhà nước", "State-owned enterprises",
                 ("dnnn", "doanh nghiep nha nuoc", "nha nuoc", "dn nha nuoc", "quoc doanh")),
            Term("ngoai_nn", "Doanh nghiệp ngoài nhà nước", "Private enterprises",
                 ("ngoai nha nuoc", "doanh nghiep ngoai nha nuoc", "ngoai quoc doanh", "tu nhan",
                  "dn ngoai nn", "ngoai nn", "dntn", "cong ty tnhh", "cong ty co phan")),
            Term("fdi", "Doanh nghiệp có vốn đầu tư nước ngoài", "Foreign-invested enterprises",
                 ("fdi", "von dau tu nuoc ngoai", "co von dau tu nuoc ngoai", "von nuoc ngoai", "nuoc ngoai")))

# Bookkeeping of merges: which table a record came into and how.
PROVENANCE_TABLE = _v("provenance_table", "ProvenanceTable", ("provenance.table_name",),
                      Term("bodies", "Cơ quan công đoàn", "Union bodies"),
                      Term("unions", "Công đoàn cơ sở", "Grassroots unions"),
                      Term("members", "Đoàn viên", "Members"),
                      Term("officers", "Cán bộ công đoàn", "Union officers"),
                      Term("events", "Sự kiện", "Events"),
                      Term("courses", "Lớp tập huấn", "Courses"),
                      Term("welfare", "Hỗ trợ", "Support payments"))

PROVENANCE_ACTION = _v("provenance_action", "ProvenanceAction", ("provenance.action",),
                       Term("added", "Thêm mới", "Added"),
                       Term("merged", "Gộp", "Merged"))

# Where a union's figure for a statistics date (form 01-HĐCĐ, section I) came from.
FIGURE_SOURCE = _v("figure_source", "FigureSource", ("period_figures.source",),
                   Term("manual", "Nhập tay", "Entered by hand"),
                   Term("import", "Theo mẫu 01-HĐCĐ nhận về", "From a returned 01-HĐCĐ"))

# Trade Union Law 2024 (in force 1/7/2025), art. 5: workers without a labour relation
# may join too.
WORK_RELATION = _v("work_relation", "WorkRelation", ("members.work_relation",),
                   Term("employee", "Có quan hệ lao động", "With a labour relation",
                        ("co hop dong", "co hop dong lao dong", "hop dong lao dong", "co qhld", "co")),
                   Term("no_relation", "Không có quan hệ lao động", "Without a labour relation",
                        ("khong co qhld", "khong qhld", "lao dong tu do", "tu do", "khong")))

# Awards under the union's rules on emulation and rewards (Quyết định 999/QĐ-TLĐ, 2024).
AWARD_FORM = _v("award_form", "AwardForm", ("awards.form",),
                Term("emulation_flag", "Cờ thi đua", "Emulation flag", ("co", "co thi dua")),
                Term("certificate_of_merit", "Bằng khen", "Certificate of merit", ("bk", "bang khen")),
                Term("commendation", "Giấy khen", "Commendation", ("gk", "giay khen")),
                Term("medal", "Kỷ niệm chương", "Commemorative medal",
                     ("ky niem chuong", "knc", "ky niem chuong vi su nghiep xay dung to chuc cong doan")),
                Term("other", "Hình thức khác", "Other", ("khac",)))

AWARD_LEVEL = _v("award_level", "AwardLevel", ("awards.level",),
                 Term("national", "Tổng Liên đoàn Lao động Việt Nam", "Viet Nam General Confederation of Labour",
                      ("tong lien doan", "tld", "tldld", "tldldvn", "tong ldld", "trung uong")),
                 Term("province", "Liên đoàn Lao động tỉnh, thành phố", "Provincial or city federation",
                      ("ldld tinh", "ldld thanh pho", "ldld tp", "lien doan lao dong thanh pho",
                       "lien doan lao dong tinh", "tinh", "thanh pho")),
                 Term("own", "Công đoàn cấp trên trực tiếp cơ sở (đơn vị mình)", "This federation itself",
                      ("cap minh", "don vi minh", "cong doan cap tren truc tiep co so", "ldld quan", "ldld huyen",
                       "cong doan phuong", "cong doan xa")))

AWARD_STATUS = _v("award_status", "AwardStatus", ("awards.status",),
                  Term("proposed", "Đề nghị", "Proposed", ("de nghi", "dang de nghi", "trinh")),
                  Term("awarded", "Đã khen thưởng", "Awarded", ("da khen", "khen thuong", "da co quyet dinh")),
                  Term("declined", "Không được duyệt", "Not approved", ("khong duyet", "khong dat")))

CONGRESS_KIND = _v("congress_kind", "CongressKind", ("congresses.kind",),
                   Term("all_members", "Đại hội toàn thể", "All-member congress",
                        ("toan the", "dai hoi toan the", "hoi nghi toan the")),
                   Term("delegates", "Đại hội đại biểu", "Delegates' congress",
                        ("dai bieu", "dai hoi dai bieu")))

DUES_PERIOD = _v("dues_period", "DuesPeriod", ("dues.period",),
                 Term("year", "Cả năm", "Whole year", ("nam", "ca nam")),
                 Term("h1", "6 tháng đầu năm", "First half", ("6 thang dau", "6 thang dau nam", "h1")),
                 Term("h2", "6 tháng cuối năm", "Second half", ("6 thang cuoi", "6 thang cuoi nam", "h2")),
                 Term("q1", "Quý I", "First quarter", ("quy 1", "quy i")),
                 Term("q2", "Quý II", "Second quarter", ("quy 2", "quy ii")),
                 Term("q3", "Quý III", "Third quarter", ("quy 3", "quy iii")),
                 Term("q4", "Quý IV", "Fourth quarter", ("quy 4", "quy iv")))

DUE_KIND = _v("due_kind", "DueKind", ("due_rates.kind",),
              Term("member_dues", "Đoàn phí công đoàn", "Member dues", ("doan phi",)),
              Term("union_fund", "Kinh phí công đoàn", "Union fund (employer)", ("kinh phi", "kpcd")))

CUSTOM_ENTITY = _v("custom_entity", "CustomEntity", ("custom_fields.entity",),
                   Term("members", "Đoàn viên", "Members", ("doan vien",)),
                   Term("unions", "Công đoàn cơ sở", "Grassroots unions", ("cdcs", "cong doan co so")))

CUSTOM_KIND = _v("custom_kind", "CustomKind", ("custom_fields.kind",),
                 Term("text", "Chữ", "Text", ("van ban", "chu")),
                 Term("number", "Số", "Number", ("so",)),
                 Term("date", "Ngày", "Date", ("ngay", "ngay thang")),
                 Term("choice", "Chọn trong danh sách", "Choice from a list", ("danh sach", "lua chon")))

ALL: tuple[Vocabulary, ...] = (SEX, MEMBER_STATUS, UNION_STATUS, HISTORY_KIND, OFFICER_ROLE, EVENT_PEOPLE_ROLE,
                               EVENT_KIND, WELFARE_KIND, BODY_KIND, AGREEMENT_TYPE, SECTOR, PROVENANCE_TABLE,
                               PROVENANCE_ACTION, FIGURE_SOURCE, WORK_RELATION, AWARD_FORM, AWARD_LEVEL, AWARD_STATUS,
                               CONGRESS_KIND, DUES_PERIOD, DUE_KIND, CUSTOM_ENTITY, CUSTOM_KIND)


def sql_in(expr: str, codes: tuple[str, ...]) -> str:
    return f"{expr} IN ({','.join(sql_text(c) for c in codes)})"


def status_after_sql(kind: str) -> str:
    """SQL giving the member status that a history row of kind ``kind`` leaves."""
    return f"CASE {kind} " + " ".join(f"WHEN {sql_text(k)} THEN {sql_text(s)}" for k, s in STATUS_AFTER.items()) \
        + " END"


def union_after_sql(kind: str, union_id: str) -> str:
    """SQL giving the union a history row leaves the member in (NULL when none)."""
    return f"CASE WHEN {sql_in(kind, IN_UNION_KINDS)} THEN {union_id} END"


def translations() -> dict[tuple[str, str], str]:
    """(Qt context, English label) -> Vietnamese label, for the window's translation file."""
    return {(v.context, t.en): t.vi for v in ALL for t in v.terms}
