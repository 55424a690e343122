"""The rows of the statistics forms 01-HĐCĐ and 02-HĐCĐ, as data.

The forms belong to the statistics rules of the Vietnam General Confederation of Labour
(Quyết định 1454/QĐ-TLĐ of 28/11/2014, "Quy định về công tác thống kê của tổ chức công
đoàn"): every grassroots union (CĐCS) reports 01-HĐCĐ to the union directly above it,
which adds them up, together with what it knows of its unions itself, into 02-HĐCĐ for
the province. Figures are as of 31/5 (half year) and 30/11 (year); the statistics year
runs from 1/12 of the previous year, so "new in the period" counts from there.

Section I (labour, jobs, income) only the grassroots know: it is entered per union and
period, or read from their returned 01-HĐCĐ. Section II (the union organisation) the
program computes from its dated records. A later version of the form is a change to
``ROWS`` (and, for a new computed row, one function in ``compute.py``), not to the
exporters, the importer or the window.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

FORM01_CODE = "01-HĐCĐ"
FORM02_CODE = "02-HĐCĐ"
DECISION = "Ban hành kèm theo Quyết định số 1454/QĐ-TLĐ ngày 28/11/2014 của Đoàn Chủ tịch Tổng Liên đoàn"
FORM01_TITLE = "Báo cáo số liệu về hoạt động công đoàn cơ sở"
FORM02_TITLE = "Báo cáo tổng hợp số liệu về hoạt động công đoàn"

SECTIONS = {
    "I": "Lao động, việc làm, thu nhập",
    "II": "Tổ chức công đoàn",
}


@dataclass(frozen=True)
class Row:
    key: str          # stable name, stored with entered figures
    section: str      # "I" or "II"
    number: str       # as printed in the STT column: "1", "1.1"
    label: str        # as printed (Vietnamese: the form is Vietnamese)
    unit: str         # đơn vị tính
    source: str       # "reported": from the grassroots; "computed": from the records
    how: str          # how the figure is obtained, shown in the Chi tiết sheet and the window
    in_form01: bool = True   # a grassroots union reports it (union counts are not)
    total: str = "sum"       # how 02 adds unions up: "sum", or "mean_by:<key>" (weighted mean)
    number01: str = ""       # number and label on 01-HĐCĐ where they differ from 02
    label01: str = ""

    def on_form01(self) -> tuple[str, str]:
        return self.number01 or self.number, self.label01 or self.label

    @property
    def reported(self) -> bool:
        return self.source == "reported"


ROWS: tuple[Row, ...] = (
    # I. Labour: only the grassroots unions know these.
    Row("workers", "I", "1", "Tổng số công nhân, viên chức, lao động (CNVCLĐ) trong đơn vị", "Người",
        "reported", "Do CĐCS báo cáo (mẫu 01-HĐCĐ) hoặc cán bộ nhập"),
    Row("workers_female", "I", "1.1", "Trong đó: lao động nữ", "Người",
        "reported", "Do CĐCS báo cáo (mẫu 01-HĐCĐ) hoặc cán bộ nhập"),
    Row("workers_lost_jobs", "I", "2", "Số CNVCLĐ mất việc làm, thiếu việc làm trong kỳ", "Người",
        "reported", "Do CĐCS báo cáo (mẫu 01-HĐCĐ) hoặc cán bộ nhập"),
    Row("workers_unpaid", "I", "3", "Số CNVCLĐ bị nợ lương", "Người",
        "reported", "Do CĐCS báo cáo (mẫu 01-HĐCĐ) hoặc cán bộ nhập"),
    Row("average_income", "I", "4", "Thu nhập bình quân của CNVCLĐ", "Đồng/người/tháng",
        "reported", "Do CĐCS báo cáo; 02-HĐCĐ: bình quân gia quyền theo số CNVCLĐ",
        total="mean_by:workers"),
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
    Row("members", "II", "4", "Tổng số đoàn viên công đoàn", "Người", "computed",
        "Đoàn viên đang sinh hoạt tại ngày báo cáo, theo lịch sử vào, chuyển, ra công đoàn", number01="1"),
    Row("members_female", "II", "4.1", "Trong đó: đoàn viên nữ", "Người", "computed",
        "Như dòng 4, giới tính nữ", number01="1.1"),
    Row("members_non_state", "II", "4.2", "Đoàn viên ở CĐCS khu vực ngoài nhà nước", "Người", "computed",
        "Như dòng 4, CĐCS khu vực ngoài nhà nước", in_form01=False),
    Row("members_joined", "II", "5", "Số đoàn viên kết nạp mới trong kỳ", "Người", "computed",
        "Ngày vào công đoàn từ 01/12 năm trước đến ngày báo cáo", number01="2"),
    Row("members_lost", "II", "6", "Số đoàn viên giảm trong kỳ (ra khỏi, chuyển đi, từ trần)", "Người",
        "computed", "Ngày ra khỏi, chuyển ra ngoài, từ trần từ 01/12 năm trước đến ngày báo cáo", number01="3"),
    Row("officers", "II", "7", "Số cán bộ công đoàn cơ sở", "Người", "computed",
        "Ủy viên Ban Chấp hành, tổ trưởng... còn trong nhiệm kỳ tại ngày báo cáo", number01="4"),
    Row("officers_female", "II", "7.1", "Trong đó: cán bộ nữ", "Người", "computed",
        "Như dòng 7, giới tính nữ", number01="4.1"),
    Row("chairs", "II", "7.2", "Chủ tịch CĐCS", "Người", "computed",
        "Chủ tịch CĐCS còn trong nhiệm kỳ tại ngày báo cáo", number01="4.2", label01="Trong đó: Chủ tịch CĐCS"),
    Row("agreements", "II", "8", "Số CĐCS có thỏa ước lao động tập thể còn hiệu lực", "CĐCS", "computed",
        "Thỏa ước đã ký trước ngày báo cáo và chưa hết hạn",
        number01="5", label01="Có thỏa ước lao động tập thể còn hiệu lực (có: 1, không: 0)"),
    Row("workers_conferences", "II", "9", "Số CĐCS đã tổ chức hội nghị người lao động, hội nghị CBCC trong năm",
        "CĐCS", "computed", "Thông tin hằng năm của CĐCS, năm của ngày báo cáo",
        number01="6",
        label01="Đã tổ chức hội nghị người lao động, hội nghị CBCC trong năm (có: 1, không: 0)"),
)

ROW_BY_KEY = {r.key: r for r in ROWS}
REPORTED = tuple(r for r in ROWS if r.reported)
COMPUTED = tuple(r for r in ROWS if not r.reported)
FORM01_ROWS = tuple(r for r in ROWS if r.in_form01)

# The sector rows of section II, in the order of the sectors table.
SECTOR_ROWS = {"hcsn": "unions_hcsn", "phuong_xa": "unions_phuong_xa", "giao_duc": "unions_giao_duc",
               "dnnn": "unions_dnnn", "ngoai_nn": "unions_ngoai_nn", "fdi": "unions_fdi"}


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
