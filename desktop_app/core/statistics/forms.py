"""The rows of the statistics forms 01-HĐCĐ and 02-HĐCĐ, as data.

The forms belong to the statistics rules of the Vietnam General Confederation of Labour
(Quyết định 1454/QĐ-TLĐ of 28/11/2014, "Quy định về công tác thống kê của tổ chức công
đoàn"): every grassroots union (CĐCS) reports 01-HĐCĐ to the union directly above it,
which adds them up, together with what it knows of its unions itself, into 02-HĐCĐ for
the province. Figures are as of 31/5 (half year) and 30/11 (year); the statistics year
runs from 1/12 of the previous year, so "new in the period" counts from there.

Section I ("Tình hình lao động": workers, jobs, wages, housing, contracts and insurance)
only the grassroots know: it is entered per union and period, or read from their returned
01-HĐCĐ; its rows follow the official workbooks (as updated 2019/2020) as far as they
could be read, and say so row by row (``read01``/``read02``); 02 adds percentages and the
wage per unit type, derived from the reported figures. Section II (the union
organisation) the program computes from its dated records; its wording is ours, the
official section II could not be read. A later version of the form is a change to
``ROWS`` (and, for a new computed row, one function in ``compute.py``), not to the
exporters, the importer or the window.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

FORM01_CODE = "01-HĐCĐ"
FORM02_CODE = "02-HĐCĐ"
# The form lines as the official workbooks print them (Quyết định 1454/QĐ-TLĐ, workbooks
# as updated 2019/2020): "MẪU SỐ 1-HĐCĐ", not "01-HĐCĐ", which stays the program's name
# for the forms (menus, sheet and file names).
FORM01_MARK = "MẪU SỐ 1-HĐCĐ"
FORM02_MARK = "MẪU SỐ 2-HĐCĐ"
FORM01_USE = "(Dùng cho công đoàn cơ sở và nghiệp đoàn)"
FORM02_USE = ("(Dùng cho công đoàn cấp trên trực tiếp cơ sở, Liên đoàn lao động tỉnh, thành phố, "
              "công đoàn ngành trung ương và tương đương)")
DECISION = "Ban hành kèm theo Quyết định số 1454/QĐ-TLĐ ngày 28/11/2014 của Đoàn Chủ tịch Tổng Liên đoàn"
FORM01_TITLE = "Báo cáo hoạt động công đoàn cơ sở"
FORM02_TITLE = "Báo cáo tổng hợp số liệu về hoạt động công đoàn"
UPPER_LABEL = "Công đoàn cấp trên:"
REPORTING_LABEL = "Đơn vị báo cáo:"
FORM01_PART = "A- SỐ LIỆU"
# The table's heads, as the official forms print them.
HEADS = ("TT", "Nội dung", "Đơn vị tính", "Số lượng", "Ghi chú")

SECTIONS = {
    "I": "Tình hình lao động",
    "II": "Tổ chức công đoàn",      # our wording: section II of the official forms was not readable
}

# The numbered groups of section I ("1. Lao động"...), printed as heading lines of the table.
GROUPS = {
    "labour": "1. Lao động",
    "jobs": "2. Việc làm",
    "wages": "3. Tiền lương",
    "housing": "4. Nhà ở",
    "contracts": "5. Thực hiện hợp đồng lao động, bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp",
}

_SECTOR_NAMES = {"hcsn": "hành chính sự nghiệp", "phuong_xa": "phường, xã", "giao_duc": "giáo dục",
                 "dnnn": "doanh nghiệp nhà nước", "ngoai_nn": "doanh nghiệp ngoài nhà nước",
                 "fdi": "doanh nghiệp có vốn đầu tư nước ngoài"}
_GIVEN = "Do CĐCS báo cáo (mẫu 01-HĐCĐ) hoặc cán bộ nhập"
_WAGE = "Tiền lương bình quân tháng của 1 người lao động"

# Our sector blocks ("khối") -> the unit types of the wage rows of 02-HĐCĐ. Only where the
# block is one type: "phường, xã" unions are those of the commune/ward administration (a
# state administrative agency) and "giáo dục" those of public schools (đơn vị sự nghiệp).
# "Hành chính sự nghiệp" mixes agencies and public service units, so its unions count in
# the all-units wage row only.
WAGE_TYPES = {
    "admin": ("trong các cơ quan hành chính nhà nước", ("phuong_xa",)),
    "public": ("trong các đơn vị sự nghiệp", ("giao_duc",)),
    "dnnn": ("trong các doanh nghiệp nhà nước", ("dnnn",)),
    "ngoai_nn": ("trong các doanh nghiệp ngoài nhà nước", ("ngoai_nn",)),
    "fdi": ("trong các doanh nghiệp có vốn đầu tư nước ngoài", ("fdi",)),
}


@dataclass(frozen=True)
class Row:
    key: str          # stable name, stored with entered figures
    section: str      # "I" or "II"
    number: str       # as printed in the TT column of 02-HĐCĐ; "" for a sub-row without one
    label: str        # as printed (Vietnamese: the form is Vietnamese)
    unit: str         # đơn vị tính
    source: str       # "reported": from the grassroots; "derived": 02 only, from reported figures;
                      # "computed": from the records
    how: str          # how the figure is obtained, shown in the Chi tiết sheet and the window
    in_form01: bool = True   # a grassroots union reports it (union counts are not)
    in_form02: bool = True
    # How 02 adds unions up: "sum"; "mean_by:<key>" (mean weighted by that figure);
    # "ratio:<key>:<key>" (percentage of the first sum in the second, over the unions
    # that gave both).
    total: str = "sum"
    number01: str = ""       # number and label on 01-HĐCĐ where they differ from 02
    label01: str = ""
    group: str = ""          # the section I group (GROUPS) the row is printed under
    sub: bool = False        # printed as a sub-row ("- Trong đó: nữ", "+ Số người được tính")
    of: str = ""             # a derived row: the reported figure it is made of
    sectors: tuple[str, ...] = ()   # a derived row: only the unions of these sector blocks
    # Number and wording read from the official workbook of 01 / of 02 (else ours or inferred).
    read01: bool = False
    read02: bool = False

    def on_form01(self) -> tuple[str, str]:
        return self.number01 or self.number, self.label01 or self.label

    @property
    def reported(self) -> bool:
        return self.source == "reported"

    @property
    def whole(self) -> bool:
        """Counts of people or unions are whole numbers."""
        return self.unit in ("người", "CĐCS")



def refs(rows: tuple[Row, ...], form01: bool = False) -> dict[str, str]:
    """Each row's reference for a heading or a note: "I.4"; a sub-row without a number of
    its own takes its main row's, "I.4 +" (its label says which sub-row)."""
    out, last = {}, ""
    for row in rows:
        number = row.on_form01()[0] if form01 else row.number
        if number:
            last = number
        out[row.key] = f"{row.section}.{number or last}"
    return out


def statistics_year(as_of: dt.date) -> int:
    """The statistics year a date falls in (1/12 of the year before to 30/11)."""
    return period_start(as_of).year + 1


def _i(key, number, label, unit, *, group, how=_GIVEN, **kw) -> Row:
    return Row(key, "I", number, label, unit, kw.pop("source", "reported"), how, group=group, **kw)


def _wage_rows() -> list[Row]:
    rows = []
    for n, (code, (where, sectors)) in enumerate(WAGE_TYPES.items(), 5):
        blocks = "khối " + ", ".join(_SECTOR_NAMES[s] for s in sectors)
        rows += [
            _i(f"wage_mean_{code}", str(n), f"{_WAGE} {where}", "đồng", group="wages", source="derived",
               in_form01=False, of="wage_mean", sectors=sectors, total="mean_by:wage_people",
               how=f"Bình quân dòng 5 của 01-HĐCĐ các CĐCS {blocks}, gia quyền theo số người được tính",
               read02=code in ("admin", "public")),
            _i(f"wage_people_{code}", "", "+ Số người được tính", "người", group="wages", source="derived",
               in_form01=False, sub=True, of="wage_people", sectors=sectors,
               how=f"Tổng số người được tính của các CĐCS {blocks}", read02=code in ("admin", "public")),
        ]
    return rows


ROWS: tuple[Row, ...] = (
    # I. Labour: only the grassroots unions know these. 02 numbers its rows apart from 01
    # (02 adds percentages and the wage per unit type); both as read from the official
    # workbooks where readable (read01/read02), else in the order of 01 after the wage rows.
    _i("workers", "1", "Tổng số lao động", "người", group="labour", read01=True, read02=True),
    _i("workers_female", "", "- Trong đó: nữ", "người", group="labour", sub=True, number01="2",
       read01=True, read02=True),
    _i("underemployed", "2", "Số lao động thiếu việc làm", "người", group="jobs", number01="3",
       read01=True, read02=True),
    _i("underemployed_rate", "", "+ Tỷ lệ so với tổng số lao động", "%", group="jobs", sub=True,
       source="derived", in_form01=False, total="ratio:underemployed:workers", read02=True,
       how="Số lao động thiếu việc làm / tổng số lao động × 100, các CĐCS báo cáo cả hai số"),
    _i("underemployed_female", "3", "Số lao động nữ thiếu việc làm", "người", group="jobs",
       number01="4", label01="- Trong đó: nữ", read01=True, read02=True),
    _i("underemployed_female_rate", "", "+ Tỷ lệ so với tổng số lao động nữ", "%", group="jobs", sub=True,
       source="derived", in_form01=False, total="ratio:underemployed_female:workers_female", read02=True,
       how="Số lao động nữ thiếu việc làm / số lao động nữ × 100, các CĐCS báo cáo cả hai số"),
    _i("wage_mean", "4", _WAGE, "đồng", group="wages", number01="5", total="mean_by:wage_people",
       read01=True, read02=True,
       how="Do CĐCS báo cáo; 02-HĐCĐ: bình quân gia quyền theo số người được tính"),
    _i("wage_people", "", "+ Số người được tính", "người", group="wages", sub=True, read01=True, read02=True,
       how="Số người lao động được tính tiền lương bình quân (do CĐCS báo cáo)"),
    *_wage_rows(),
    _i("wages_owed", "10", "Tổng số tiền doanh nghiệp còn nợ lương người lao động", "đồng", group="wages",
       read01=True, number01="6"),
    _i("housed", "11", "Số người được nhà nước, cơ quan, doanh nghiệp bố trí nhà ở", "người", group="housing",
       read01=True, number01="7"),
    _i("renting", "12", "Số người phải tự thuê nhà ở", "người", group="housing", read01=True, number01="8"),
    _i("contracts", "13", "Số lao động được ký hợp đồng lao động", "người", group="contracts",
       read01=True, number01="9"),
    _i("insured", "14", "Số lao động được đóng bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp", "người",
       group="contracts", read01=True, number01="10"),
    # II. The union organisation: from the records, as of the date.
    Row("unions", "II", "1", "Tổng số công đoàn cơ sở", "CĐCS", "computed",
        "CĐCS đã thành lập và chưa giải thể, sáp nhập tại ngày báo cáo", in_form01=False),
    Row("unions_hcsn", "II", "1.1", "CĐCS khối hành chính sự nghiệp", "CĐCS", "computed",
        "Như dòng 1, khối hành chính sự nghiệp", in_form01=False),
    Row("unions_phuong_xa", "II", "1.2", "CĐCS khối phường, xã", "CĐCS", "computed",
        "Như dòng 1, khối phường, xã", in_form01=False),
    Row("unions_giao_duc", "II", "1.3", "CĐCS khối giáo dục", "CĐCS", "computed",
        "Như dòng 1, khối giáo dục", in_form01=False),
    Row("unions_dnnn", "II", "1.4", "CĐCS doanh nghiệp nhà nước", "CĐCS", "computed",
        "Như dòng 1, khối doanh nghiệp nhà nước", in_form01=False),
    Row("unions_ngoai_nn", "II", "1.5", "CĐCS doanh nghiệp ngoài nhà nước", "CĐCS", "computed",
        "Như dòng 1, khối doanh nghiệp ngoài nhà nước", in_form01=False),
    Row("unions_fdi", "II", "1.6", "CĐCS doanh nghiệp có vốn đầu tư nước ngoài", "CĐCS", "computed",
        "Như dòng 1, khối doanh nghiệp FDI", in_form01=False),
    Row("unions_founded", "II", "2", "Số CĐCS thành lập mới trong kỳ", "CĐCS", "computed",
        "Ngày thành lập từ 01/12 năm trước đến ngày báo cáo", in_form01=False),
    Row("unions_closed", "II", "3", "Số CĐCS giải thể, sáp nhập trong kỳ", "CĐCS", "computed",
        "Ngày giải thể, sáp nhập từ 01/12 năm trước đến ngày báo cáo", in_form01=False),
    Row("members", "II", "4", "Tổng số đoàn viên công đoàn", "người", "computed",
        "Đoàn viên đang sinh hoạt tại ngày báo cáo, theo lịch sử vào, chuyển, ra công đoàn", number01="1"),
    Row("members_female", "II", "4.1", "Trong đó: đoàn viên nữ", "người", "computed",
        "Như dòng 4, giới tính nữ", number01="1.1"),
    Row("members_non_state", "II", "4.2", "Đoàn viên ở CĐCS khu vực ngoài nhà nước", "người", "computed",
        "Như dòng 4, CĐCS khu vực ngoài nhà nước", in_form01=False),
    Row("members_joined", "II", "5", "Số đoàn viên kết nạp mới trong kỳ", "người", "computed",
        "Ngày vào công đoàn từ 01/12 năm trước đến ngày báo cáo", number01="2"),
    Row("members_lost", "II", "6", "Số đoàn viên giảm trong kỳ (ra khỏi, chuyển đi, từ trần)", "người",
        "computed", "Ngày ra khỏi, chuyển ra ngoài, từ trần từ 01/12 năm trước đến ngày báo cáo", number01="3"),
    Row("officers", "II", "7", "Số cán bộ công đoàn cơ sở", "người", "computed",
        "Ủy viên Ban Chấp hành, tổ trưởng... còn trong nhiệm kỳ tại ngày báo cáo", number01="4"),
    Row("officers_female", "II", "7.1", "Trong đó: cán bộ nữ", "người", "computed",
        "Như dòng 7, giới tính nữ", number01="4.1"),
    Row("chairs", "II", "7.2", "Chủ tịch CĐCS", "người", "computed",
        "Chủ tịch CĐCS còn trong nhiệm kỳ tại ngày báo cáo", number01="4.2", label01="Trong đó: Chủ tịch CĐCS"),
    Row("agreements", "II", "8", "Số CĐCS có thỏa ước lao động tập thể còn hiệu lực", "CĐCS", "computed",
        "Thỏa ước đã ký trước ngày báo cáo và chưa hết hạn",
        number01="5", label01="Có thỏa ước lao động tập thể còn hiệu lực (có: 1, không: 0)"),
    Row("workers_conferences", "II", "9", "Số CĐCS đã tổ chức hội nghị người lao động, hội nghị CBCC trong năm",
        "CĐCS", "computed", "Thông tin hằng năm của CĐCS, năm của ngày báo cáo",
        number01="6",
        label01="Đã tổ chức hội nghị người lao động, hội nghị CBCC trong năm (có: 1, không: 0)"),
)

# Section II's numbered sub-rows ("4.1") are printed as sub-rows too.
ROWS = tuple(replace(r, sub=True) if "." in r.number else r for r in ROWS)
ROW_BY_KEY = {r.key: r for r in ROWS}
REPORTED = tuple(r for r in ROWS if r.reported)
DERIVED = tuple(r for r in ROWS if r.source == "derived")
COMPUTED = tuple(r for r in ROWS if r.source == "computed")
FORM01_ROWS = tuple(r for r in ROWS if r.in_form01)
FORM02_ROWS = tuple(r for r in ROWS if r.in_form02)

# The sector rows of section II, in the order of the sectors table.
SECTOR_ROWS = {"hcsn": "unions_hcsn", "phuong_xa": "unions_phuong_xa", "giao_duc": "unions_giao_duc",
               "dnnn": "unions_dnnn", "ngoai_nn": "unions_ngoai_nn", "fdi": "unions_fdi"}

# Figures stored under the program's own section I before it followed the official rows
# (December 2026). Their meaning differs from every official row (job losses counted with
# underemployment; workers owed wages in persons, where the form asks for the amount owed
# in đồng; income, where the form asks for wages), so they are kept as reported — the
# importer still reads them from a workbook made by the previous template, the window
# shows them — but never put on a form.
LEGACY: tuple[Row, ...] = (
    Row("workers_lost_jobs", "I", "2", "Số CNVCLĐ mất việc làm, thiếu việc làm trong kỳ", "người", "legacy",
        "Mẫu 01-HĐCĐ trước đây của chương trình", in_form02=False),
    Row("workers_unpaid", "I", "3", "Số CNVCLĐ bị nợ lương", "người", "legacy",
        "Mẫu 01-HĐCĐ trước đây của chương trình", in_form02=False),
    Row("average_income", "I", "4", "Thu nhập bình quân của CNVCLĐ", "đồng", "legacy",
        "Mẫu 01-HĐCĐ trước đây của chương trình", in_form02=False),
)
LEGACY_BY_KEY = {r.key: r for r in LEGACY}
# Section I of the program's previous 01-HĐCĐ template: (number, label) -> key, so a
# workbook made from it still imports (section II kept its numbers and labels).
PREVIOUS_FORM01_SECTION_I = {
    ("1", "Tổng số công nhân, viên chức, lao động (CNVCLĐ) trong đơn vị"): "workers",
    ("1.1", "Trong đó: lao động nữ"): "workers_female",
    **{(r.number, r.label): r.key for r in LEGACY},
}
PREVIOUS_SECTION_I_HEAD = "Lao động, việc làm, thu nhập"


def statistics_dates(year: int) -> tuple[dt.date, dt.date]:
    """The two dates a year's figures are taken: 31/5 (half year) and 30/11 (year)."""
    return dt.date(year, 5, 31), dt.date(year, 11, 30)


def period_start(as_of: dt.date) -> dt.date:
    """First day of the statistics year holding ``as_of``: 1/12 of the year before
    (or of this year, for a date in December)."""
    start = dt.date(as_of.year, 12, 1)
    return start if as_of >= start else dt.date(as_of.year - 1, 12, 1)


def latest_statistics_date(today: dt.date) -> dt.date:
    """The most recent 31/5 or 30/11 on or before ``today``: the period an officer
    collecting returned forms is most likely working on."""
    may, nov = statistics_dates(today.year)
    if today >= nov:
        return nov
    if today >= may:
        return may
    return statistics_dates(today.year - 1)[1]
