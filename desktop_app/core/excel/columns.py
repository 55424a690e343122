"""Which column holds what: the fields of each import kind, the headers officers
write for them, and finding the header row under title rows and merged cells.

Headers are compared folded (no diacritics, lower case, single spaces, punctuation
dropped), so "HỌ VÀ TÊN", "Họ và tên" and "ho va ten" are the same header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from desktop_app.core.text import fold

KINDS = ("members", "unions", "officers", "enrolments", "awards", "congresses", "dues")


@dataclass(frozen=True)
class Field:
    key: str
    label_vi: str           # the header we write in templates and exports
    label_en: str
    synonyms: tuple[str, ...]  # folded headers that mean this field
    required: bool = False


def _f(key, vi, en, *syn, required=False):
    return Field(key, vi, en, tuple(fold_header(s) for s in (vi, *syn)), required)


def fold_header(text: object) -> str:
    """'Số CCCD/ CMND (*)' -> 'so cccd cmnd'."""
    t = fold(str(text or ""))
    t = re.sub(r"\(\s*\*?\s*\d*\s*\)|\*", " ", t)  # "(*)", "(1)" markers
    t = re.sub(r"[^a-z0-9]+", " ", t)
    return re.sub(r"\s+", " ", t).strip()


_PERSON = [
    _f("full_name", "Họ và tên", "Full name", "Họ tên", "Họ và tên đoàn viên", "Tên đoàn viên",
       "Họ tên đoàn viên", "Họ và tên cán bộ", "Họ tên cán bộ", "Họ và tên học viên", "Họ tên học viên",
       "Full name", "Name", required=True),
    _f("family_name", "Họ và tên đệm", "Family and middle name", "Họ", "Họ đệm", "Họ và đệm", "Họ tên đệm"),
    _f("given_name", "Tên", "Given name"),
    _f("birth_date", "Ngày sinh", "Birth date", "Ngày tháng năm sinh", "Ngày, tháng, năm sinh",
       "Ngày tháng năm sinh", "Năm sinh", "Sinh ngày", "NS", "Date of birth", "Birth date"),
    _f("sex", "Giới tính", "Sex", "Nam/Nữ", "Nam Nữ", "Giới", "Phái", "Gender", "Sex"),
    _f("male", "Nam", "Male (x)", "Nam x"),
    _f("female", "Nữ", "Female (x)", "Nữ x"),
    _f("cccd", "Số CCCD", "ID number (CCCD)", "CCCD", "Số CCCD/CMND", "CCCD/CMND", "CMND/CCCD",
       "Số CMND/CCCD", "CMND", "Số CMND", "Số căn cước", "Căn cước công dân", "Số căn cước công dân",
       "Số định danh", "Số định danh cá nhân", "Mã định danh", "ID number", "CCCD"),
    _f("phone", "Điện thoại", "Phone", "Số điện thoại", "SĐT", "SDT", "ĐT", "Điện thoại liên hệ",
       "Di động", "Số ĐT", "Phone"),
    _f("union", "Công đoàn cơ sở", "Grassroots union", "CĐCS", "Tên CĐCS", "Tên công đoàn cơ sở",
       "Đơn vị", "Tên đơn vị", "Công đoàn", "Thuộc CĐCS", "Đơn vị công tác", "Nơi công tác",
       "Union"),
    _f("union_code", "Mã CĐCS", "Union code", "Mã công đoàn", "Mã đơn vị"),
]

MEMBER_FIELDS = [
    *_PERSON,
    _f("joined_on", "Ngày vào công đoàn", "Date joined", "Ngày vào CĐ", "Ngày kết nạp",
       "Ngày kết nạp đoàn viên", "Ngày kết nạp công đoàn", "Ngày gia nhập", "Ngày vào", "Date joined"),
    _f("ethnicity", "Dân tộc", "Ethnicity"),
    _f("nationality", "Quốc tịch", "Nationality", "Quốc gia", "Nationality"),
    _f("work_relation", "Quan hệ lao động", "Labour relation", "QHLĐ", "Có quan hệ lao động",
       "Loại người lao động", "Labour relation"),
    _f("contract_months", "Thời hạn hợp đồng (tháng)", "Contract (months)", "Thời hạn HĐLĐ",
       "Thời hạn hợp đồng", "Số tháng hợp đồng", "Thời hạn hợp đồng lao động"),
    _f("job", "Nghề nghiệp", "Job", "Chức vụ", "Công việc", "Chức danh", "Nghề nghiệp chức vụ",
       "Chức vụ nghề nghiệp", "Vị trí việc làm", "Job"),
    _f("card_no", "Số thẻ đoàn viên", "Member card no.", "Số thẻ", "Số thẻ ĐV", "Thẻ đoàn viên", "Mã đoàn viên"),
    _f("note", "Ghi chú", "Note", "Note"),
]

UNION_FIELDS = [
    _f("name", "Tên công đoàn cơ sở", "Union name", "Tên CĐCS", "Công đoàn cơ sở", "CĐCS",
       "Tên đơn vị", "Đơn vị", "Tên công đoàn", "Union name", required=True),
    _f("code", "Mã CĐCS", "Code", "Mã", "Mã công đoàn", "Mã đơn vị", "Code"),
    _f("employer", "Cơ quan, doanh nghiệp", "Employer", "Cơ quan doanh nghiệp", "Tên doanh nghiệp",
       "Doanh nghiệp", "Cơ quan đơn vị", "Đơn vị sử dụng lao động", "Employer"),
    _f("address", "Địa chỉ", "Address", "Địa chỉ trụ sở", "Address"),
    _f("ward", "Phường/xã", "Ward", "Phường", "Xã", "Phường xã", "Xã phường", "Ward"),
    _f("sector", "Khối", "Sector block", "Khối ngành", "Loại hình", "Loại hình đơn vị", "Sector"),
    _f("founded_on", "Ngày thành lập", "Founded on", "Ngày thành lập CĐCS", "Thành lập", "Founded"),
    _f("founding_decision", "Quyết định thành lập", "Founding decision", "Số quyết định", "Số QĐ thành lập",
       "QĐ thành lập"),
    _f("workers", "Số lao động", "Workers", "Tổng số lao động", "Số CNVCLĐ", "Số CB CNVCLĐ",
       "Lao động", "Workers"),
    _f("phone", "Điện thoại", "Phone", "Số điện thoại", "SĐT", "ĐT", "Phone"),
    _f("note", "Ghi chú", "Note", "Note"),
]

OFFICER_FIELDS = [
    *[f for f in _PERSON if f.key not in ("male", "female")],
    _f("role", "Chức vụ công đoàn", "Union role", "Chức vụ CĐ", "Chức danh công đoàn", "Chức vụ",
       "Chức danh", "Role"),
    _f("term", "Nhiệm kỳ", "Term", "Term"),
    _f("term_start", "Từ ngày", "Term start", "Ngày bắt đầu", "Bắt đầu nhiệm kỳ", "Ngày nhận nhiệm vụ"),
    _f("term_end", "Đến ngày", "Term end", "Ngày kết thúc", "Kết thúc nhiệm kỳ"),
    _f("full_time", "Chuyên trách/Kiêm nhiệm", "Full-time / part-time", "Chuyên trách",
       "Chuyên trách kiêm nhiệm", "Kiêm nhiệm chuyên trách", "Hình thức"),
    _f("note", "Ghi chú", "Note", "Note"),
]

ENROLMENT_FIELDS = [
    *[f for f in _PERSON if f.key not in ("male", "female", "phone")],
    _f("attended_sessions", "Số buổi tham dự", "Sessions attended", "Số buổi", "Số buổi học",
       "Tham dự", "Attended"),
    _f("completed", "Hoàn thành", "Completed", "Kết quả", "Đạt", "Hoàn thành khóa học", "Completed"),
    _f("certificate_no", "Số chứng nhận", "Certificate no.", "Số giấy chứng nhận", "Số GCN",
       "Giấy chứng nhận", "Chứng chỉ", "Certificate"),
    _f("note", "Ghi chú", "Note", "Note"),
]

# An award goes to a union (its name or code) or to a person (name, birth date or CCCD).
AWARD_FIELDS = [
    _f("year", "Năm", "Year", "Năm khen thưởng", "Năm thành tích", "Year", required=True),
    _f("form", "Hình thức khen thưởng", "Form of award", "Hình thức", "Loại khen thưởng", "Form",
       required=True),
    _f("level", "Cấp khen thưởng", "Level", "Cấp", "Cấp khen", "Cấp quyết định", "Level", required=True),
    _f("status", "Trạng thái", "State", "Tình trạng", "Kết quả"),
    *[replace(f, required=False) for f in _PERSON if f.key in ("full_name", "birth_date", "cccd")],
    *[f for f in _PERSON if f.key in ("union", "union_code")],
    _f("decision_no", "Số quyết định", "Decision no.", "Số QĐ", "Quyết định số", "Quyết định"),
    _f("decision_date", "Ngày quyết định", "Decision date", "Ngày QĐ", "Ngày ký quyết định"),
    _f("reason", "Thành tích", "Achievement", "Lý do", "Nội dung", "Thành tích khen thưởng", "Reason"),
    _f("note", "Ghi chú", "Note", "Note"),
]

CONGRESS_FIELDS = [
    *[f for f in _PERSON if f.key in ("union", "union_code")],
    _f("held_on", "Ngày đại hội", "Congress date", "Ngày tổ chức đại hội", "Ngày tổ chức", "Ngày", required=True),
    _f("kind", "Hình thức đại hội", "Kind of congress", "Hình thức", "Loại đại hội", required=True),
    _f("term", "Nhiệm kỳ", "Term", "Term", required=True),
    _f("number_label", "Lần thứ", "Number", "Đại hội lần thứ"),
    _f("delegates", "Số đại biểu", "Delegates", "Số đoàn viên dự", "Số đại biểu dự"),
    _f("committee_size", "Số ủy viên BCH", "Executive committee", "Số ủy viên Ban Chấp hành", "BCH"),
    _f("note", "Ghi chú", "Note", "Note"),
]

DUES_FIELDS = [
    *[f for f in _PERSON if f.key in ("union", "union_code")],
    _f("year", "Năm", "Year", "Year", required=True),
    _f("period", "Kỳ", "Period", "Kỳ nộp", "Thời gian", "Period", required=True),
    _f("members", "Số đoàn viên", "Members", "Số ĐV"),
    _f("fund_exempt", "Miễn kinh phí", "Exempt from the fund", "Được miễn kinh phí", "Miễn KPCĐ"),
    _f("dues_due", "Đoàn phí phải nộp", "Dues due", "ĐP phải nộp", "Đoàn phí phải thu"),
    _f("dues_paid", "Đoàn phí đã nộp", "Dues remitted", "ĐP đã nộp"),
    _f("fund_due", "Kinh phí phải nộp", "Fund due", "KPCĐ phải nộp", "Kinh phí công đoàn phải nộp"),
    _f("fund_paid", "Kinh phí đã nộp", "Fund remitted", "KPCĐ đã nộp", "Kinh phí công đoàn đã nộp"),
    _f("note", "Ghi chú", "Note", "Note"),
]

FIELDS: dict[str, list[Field]] = {
    "members": MEMBER_FIELDS, "unions": UNION_FIELDS,
    "officers": OFFICER_FIELDS, "enrolments": ENROLMENT_FIELDS, "awards": AWARD_FIELDS,
    "congresses": CONGRESS_FIELDS, "dues": DUES_FIELDS,
}

# Headers that are never data: running numbers.
_IGNORED = {fold_header(s) for s in ("STT", "TT", "Số TT", "Số thứ tự", "No", "#")}


def fields(kind: str) -> list[Field]:
    if kind not in FIELDS:
        raise ValueError(f"unknown import kind: {kind!r}")
    return FIELDS[kind]


def field(kind: str, key: str) -> Field:
    return next(f for f in fields(kind) if f.key == key)


def match_header(kind: str, header: object) -> str | None:
    """The field a header names, or None."""
    h = fold_header(header)
    if not h or h in _IGNORED:
        return None
    for f in fields(kind):
        if h in f.synonyms:
            return f.key
    # "Họ và tên (ghi đầy đủ)", "Ngày sinh (dd/mm/yyyy)": a known header then words.
    best = None
    for f in fields(kind):
        for s in f.synonyms:
            if len(s) >= 4 and (h.startswith(s + " ")) and (best is None or len(s) > best[1]):
                best = (f.key, len(s))
    return best[0] if best else None


@dataclass
class HeaderGuess:
    row: int                 # 0-based index of the (last) header row
    mapping: dict[int, str]  # column index -> field key
    headers: dict[int, str]  # column index -> the header text as written
    first_data_row: int


def _cell_text(rows, r, c) -> str:
    if r < 0 or r >= len(rows) or c >= len(rows[r]):
        return ""
    v = rows[r][c]
    return "" if v is None else str(v).strip()


def _row_mapping(kind, rows, r, merged_above) -> tuple[dict[int, str], dict[int, str]]:
    mapping: dict[int, str] = {}
    headers: dict[int, str] = {}
    width = len(rows[r]) if r < len(rows) else 0
    for c in range(width):
        text = _cell_text(rows, r, c) or merged_above.get((r, c), "")
        key = match_header(kind, text)
        if key and key not in mapping.values():
            mapping[c] = key
            headers[c] = text
    return mapping, headers


def _merged_fill(rows, merged) -> dict[tuple[int, int], str]:
    """Cells covered by a merged range take its top-left text ("Họ và tên" merged
    over two header rows reads the same in both)."""
    fill = {}
    for r0, c0, r1, c1 in merged:
        if r1 - r0 > 10 or c1 - c0 > 50:
            continue
        text = _cell_text(rows, r0, c0)
        if not text:
            continue
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    fill[(r, c)] = text
    return fill


def find_header(kind: str, rows: list[list[object]], merged=(), scan: int = 30) -> HeaderGuess | None:
    """The header row: the row among the first ``scan`` that names the most known
    fields (at least two, or the one required field). A second header row below it
    ("Giới tính" merged over "Nam" | "Nữ") adds its columns."""
    fill = _merged_fill(rows, merged)
    best: tuple[int, dict, dict] | None = None
    for r in range(min(scan, len(rows))):
        mapping, headers = _row_mapping(kind, rows, r, {})
        required = [f.key for f in fields(kind) if f.required]
        good = len(mapping) >= 2 or any(k in mapping.values() for k in required)
        if good and (best is None or len(mapping) > len(best[1])):
            best = (r, mapping, headers)
    if best is None:
        return None
    r, mapping, headers = best
    last = r
    # Sub-headers on the next row fill columns the main row left blank or grouped.
    if r + 1 < len(rows):
        below, below_h = _row_mapping(kind, rows, r + 1, {})
        filled = [v for v in rows[r + 1] if v not in ("", None)]
        # A sub-header row holds only header words ("Nam", "Nữ"); a data row that
        # happens to contain "Nam" holds names, dates and numbers too.
        if len(below) < 2 or any(not isinstance(v, str) for v in filled) or len(below) * 2 < len(filled):
            below = {}
        for c, key in below.items():
            if key in mapping.values() and mapping.get(c) != key:
                continue
            if c not in mapping or (mapping[c] in ("sex", "birth_date") and key in ("male", "female")):
                mapping[c] = key
                headers[c] = below_h[c]
                last = r + 1
    # Fill columns of the header row that were blank because a merged cell above covers them.
    for c in range(len(rows[r])):
        if c not in mapping and (r, c) in fill:
            key = match_header(kind, fill[(r, c)])
            if key and key not in mapping.values():
                mapping[c] = key
                headers[c] = fill[(r, c)]
    first = last + 1
    # Skip a numbering row under the header: "1 2 3 4", "(1) (2) (3)", "A B C".
    while first < len(rows) and _is_numbering_row(rows[first]):
        first += 1
    return HeaderGuess(last, dict(sorted(mapping.items())), headers, first)


_NUMBERING = re.compile(r"^\(?\s*([0-9]{1,2}|[A-Za-z])\s*\)?$")


def _is_numbering_row(row: list[object]) -> bool:
    values = [v for v in row if v not in ("", None)]
    if len(values) < 3:
        return False
    texts = []
    for v in values:
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        texts.append(str(v).strip())
    if not all(_NUMBERING.match(t) for t in texts):
        return False
    nums = [int(re.sub(r"\D", "", t)) for t in texts if re.sub(r"\D", "", t)]
    return len(nums) == len(texts) and nums == sorted(nums) and len(set(nums)) == len(nums)
