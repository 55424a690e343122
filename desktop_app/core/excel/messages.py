"""Vietnamese wording of the import report.

The checks raise English messages like the rest of core (the command line and the
logs are English); the report an officer reads, in the window and in the saved
workbook, is in Vietnamese. Each pattern matches one message shape and keeps its
values.
"""

from __future__ import annotations

import re
from typing import Any


def _conflict_vi(m: re.Match) -> str:
    what = {"code and address": "mã và địa chỉ", "code": "mã", "address": "địa chỉ"}[m[1]]
    return (f"trong chương trình đã có công đoàn cơ sở cùng tên nhưng khác {what}: hãy chọn đó là cùng một "
            "công đoàn (cập nhật) hay một công đoàn khác (thêm mới)")


_P: list[tuple[str, Any]] = [
    (r"only the year (\d+) was given; the date was left blank", r"chỉ ghi năm \1, không đủ ngày tháng; để trống"),
    (r"only the month and year \((.+)\) were given; the date was left blank",
     r"chỉ ghi tháng năm (\1), không đủ ngày; để trống"),
    (r"impossible date: (.+)", r"ngày không tồn tại: \1"),
    (r"(.+) is a number, not a date \(an age or a count\?\); write the date as dd/mm/yyyy",
     r"\1 là một con số, không phải ngày tháng (tuổi hay số lượng?); hãy ghi ngày theo dạng dd/mm/yyyy"),
    (r"a total, note or signature line under the list, not a record: skipped",
     r"dòng tổng cộng, ghi chú hoặc chữ ký dưới danh sách, không phải một bản ghi: bỏ qua"),
    (r"not a date: (.+?)(?: \(expected dd/mm/yyyy\))?", r"không phải ngày tháng: \1 (ghi theo dạng dd/mm/yyyy)"),
    (r"date (\S+) is before (\S+)", r"ngày \1 trước ngày \2"),
    (r"date (\S+) is in the future", r"ngày \1 ở tương lai"),
    (r"not an ID number: (.+)", r"không phải số định danh: \1"),
    (r"CCCD must be 12 digits, got (\d+) digits \((\d+)\)", r"số CCCD phải có 12 chữ số, ở đây có \1 chữ số (\2)"),
    (r"CCCD must be 12 digits, got (.+)", r"số CCCD phải có 12 chữ số, ở đây là \1"),
    (r"(.+) is in scientific notation and has lost digits; format the column as Text and type the number again",
     r"\1 đã bị Excel đổi sang dạng số mũ và mất chữ số; định dạng cột là Văn bản (Text) rồi gõ lại số"),
    (r"CCCD was in scientific notation; converted", r"số CCCD ở dạng số mũ; đã chuyển lại đủ chữ số"),
    (r"CCCD (\d+): leading zeros restored \((\d+)\)", r"số CCCD \1 mất số 0 ở đầu; đã khôi phục thành \2"),
    (r"(\d+) is an old 9-digit CMND; enter the 12-digit CCCD",
     r"\1 là số CMND cũ 9 chữ số; hãy ghi số CCCD 12 chữ số"),
    (r"(\d+) lost its leading zeros but does not match the birth year; type the full 12 digits",
     r"\1 mất số 0 ở đầu nhưng không khớp năm sinh; hãy gõ đủ 12 chữ số"),
    (r"not a Vietnamese phone number: (.+)", r"số điện thoại không hợp lệ: \1"),
    (r"sex must be Nam or Nữ, got (.+)", r"giới tính phải là Nam hoặc Nữ, ở đây là \1"),
    (r"not a whole number: (.+)", r"không phải số nguyên: \1"),
    (r"must be at least (\d+), got (-?\d+)", r"phải từ \1 trở lên, ở đây là \2"),
    (r"the full name is missing", r"thiếu họ và tên"),
    (r"a name must contain letters", r"họ tên phải có chữ"),
    (r"a birth date is written under both Nam and Nữ", r"ngày sinh ghi ở cả cột Nam và cột Nữ"),
    (r"both Nam and Nữ are ticked", r"đánh dấu cả Nam và Nữ"),
    (r"Giới tính disagrees with the Nam/Nữ column", r"cột Giới tính không khớp với cột Nam/Nữ"),
    (r"born less than 15 years ago: not of working age", r"chưa đủ 15 tuổi: chưa đến tuổi lao động"),
    (r"the birth date is in the future", r"ngày sinh ở tương lai"),
    (r"joined the union before being born", r"ngày vào công đoàn trước ngày sinh"),
    (r"no such union in the database; closest: (.+)", r"không có công đoàn cơ sở này trong chương trình; "
                                                      r"tên gần giống: \1"),
    (r"no such union in the database", r"không có công đoàn cơ sở này trong chương trình"),
    (r"(.+) is no longer active", r"\1 không còn hoạt động"),
    (r"the same CCCD as row (\d+)", r"trùng số CCCD với dòng \1"),
    (r"the same name and birth date as row (\d+)", r"trùng họ tên và ngày sinh với dòng \1"),
    (r"the same union as row (\d+)", r"trùng công đoàn cơ sở với dòng \1"),
    (r"the same role as row (\d+)", r"trùng chức vụ với dòng \1"),
    (r"the same person as row (\d+)", r"trùng người với dòng \1"),
    (r"this CCCD belongs to (.+) \(#(\d+)\) in the database", r"số CCCD này đã thuộc về \1 (#\2) trong chương trình"),
    (r"(\d+) members in the database have this name and birth date; add the CCCD to tell them apart",
     r"có \1 đoàn viên trùng họ tên và ngày sinh; hãy ghi thêm số CCCD để phân biệt"),
    (r"no joining date: recorded as joining today", r"không có ngày vào công đoàn: ghi là vào hôm nay"),
    (r"already a member of (.+) in the database; not moved \(use Transfer\)",
     r"đang sinh hoạt ở \1; không tự chuyển (dùng chức năng Chuyển sinh hoạt)"),
    (r"recorded as deceased in the database; not joined", r"đã ghi là từ trần; không kết nạp lại"),
    (r"left on (\S+), after this joining date; history not changed",
     r"đã ra khỏi tổ chức ngày \1, sau ngày vào ghi trong tệp; không đổi quá trình sinh hoạt"),
    (r"the union's name is missing", r"thiếu tên công đoàn cơ sở"),
    (r"unknown sector block: (.+?) \(e\.g\..*", r"không rõ khối: \1 (ví dụ: Hành chính sự nghiệp, Giáo dục, "
                                               r"Doanh nghiệp ngoài nhà nước, FDI)"),
    (r"a union with this name is already in the database with another (code and address|code|address): choose "
     r"whether it is the same union \(update it\) or another one \(add it\)", _conflict_vi),
    (r"several unions in the database have this name; add the code \(Mã CĐCS\)",
     r"nhiều công đoàn cơ sở trùng tên; hãy ghi thêm Mã CĐCS"),
    (r"several members have this name and birth date; add the CCCD",
     r"nhiều đoàn viên trùng họ tên và ngày sinh; hãy ghi thêm số CCCD"),
    (r"several members of this union have this name; add the birth date or CCCD",
     r"nhiều đoàn viên cùng tên trong công đoàn này; hãy ghi thêm ngày sinh hoặc số CCCD"),
    (r"not found among the members in the database \(import the members first, or add the birth date or CCCD\)",
     r"không tìm thấy đoàn viên này (hãy nhập danh sách đoàn viên trước, hoặc ghi thêm ngày sinh, số CCCD)"),
    (r"the union role \(Chức vụ\) is missing", r"thiếu chức vụ công đoàn"),
    (r"the term ends before it starts", r"nhiệm kỳ kết thúc trước khi bắt đầu"),
    (r"the member has no union; write the union's name", r"đoàn viên chưa thuộc công đoàn nào; hãy ghi tên CĐCS"),
    (r"write Chuyên trách or Kiêm nhiệm, got (.+)", r"ghi Chuyên trách hoặc Kiêm nhiệm, ở đây là \1"),
    (r"the course has only (\d+) sessions", r"lớp học chỉ có \1 buổi"),
    (r"a certificate is only issued to those who completed", r"chỉ cấp giấy chứng nhận cho người hoàn thành"),
    (r"this certificate number is already issued to someone else", r"số giấy chứng nhận đã cấp cho người khác"),
]
# Messages about the file as a whole (``UserError`` from reading and mapping).
_P += [
    (r"(.+?): is not an Excel or OpenDocument workbook \(save it as \.xlsx in Excel and try again\)",
     r"\1: không phải tệp Excel hay OpenDocument (hãy lưu lại thành .xlsx trong Excel rồi thử lại)"),
    (r"(.+?): the file is empty", r"\1: tệp rỗng"),
    (r"(.+?): the file is too large \((\d+) MB; at most (\d+) MB\)",
     r"\1: tệp quá lớn (\2 MB; tối đa \3 MB)"),
    (r"(.+?): is damaged or not a workbook \(not a valid zip file\)",
     r"\1: tệp bị hỏng hoặc không phải tệp Excel"),
    (r"(.+?): is damaged \(a part cannot be decompressed\)", r"\1: tệp bị hỏng (không giải nén được)"),
    (r"(.+?): expands to far more data than a workbook holds \(a 'zip bomb'\); it was not opened",
     r"\1: tệp bung ra lượng dữ liệu lớn bất thường (“bom zip”); không mở tệp này"),
    (r"(.+?): is a zip file but not an Excel or OpenDocument workbook",
     r"\1: là tệp nén nhưng không phải tệp Excel hay OpenDocument"),
    (r"(.+?): is an Excel binary workbook \(\.xlsb\); save it as \.xlsx",
     r"\1: là tệp Excel nhị phân (.xlsb); hãy lưu lại thành .xlsx"),
    (r"(.+?): part (.+) declares XML entities \(a possible 'XML bomb'\); it was not opened",
     r"\1: phần \2 khai báo thực thể XML (có thể là “bom XML”); không mở tệp này"),
    (r"(.+?): (?:sheet '(.+)'|a sheet) has more than ([\d,]+) rows; split it into smaller files and import them "
     r"one by one", r"\1: trang tính có hơn \3 dòng; hãy tách thành nhiều tệp nhỏ và nhập lần lượt"),
    (r"(.+?): (?:sheet '(.+)'|a sheet) spans ([\d,]+) rows by ([\d,]+) columns, far more than a list holds; "
     r"delete the empty rows and columns around the data",
     r"\1: trang tính trải trên \3 dòng × \4 cột, quá lớn so với một danh sách; hãy xóa các dòng, cột trống "
     r"quanh dữ liệu"),
    (r"(.+?): cannot be read as a workbook \((.*)\)", r"\1: không đọc được tệp (\2)"),
    (r"(.+?): sheet '(.+)' cannot be read \((.*)\)", r"\1: không đọc được trang tính “\2” (\3)"),
    (r"(.+?): has no data in any sheet", r"\1: không trang tính nào có dữ liệu"),
    (r"(.+?): has no sheets", r"\1: tệp không có trang tính nào"),
    (r"(.+?): has no sheet named '(.+)' \(sheets: (.*)\)", r"\1: không có trang tính “\2” (các trang: \3)"),
    (r"no such file: (.+)", r"không có tệp: \1"),
    (r"no column holds '(.+)' \((.+)\); check the header row or choose the column in the mapping",
     r"không có cột nào là “\1”; hãy kiểm tra dòng tên cột hoặc chọn cột ở bảng ghép cột"),
    (r"more than one column is mapped to: (.+)", r"nhiều cột cùng được ghép vào: \1"),
    (r"the import was cancelled; nothing was changed", r"đã hủy nhập; không có gì thay đổi"),
    (r"choose the course the enrolment list belongs to \(--course ID\)",
     r"hãy chọn lớp tập huấn của danh sách học viên"),
    (r"import stopped, nothing was changed: (.+)", r"đã dừng nhập, không có gì thay đổi: \1"),
    (r"nothing was imported: (.+)", lambda m: "không nhập gì: " + vietnamese(m[1])),
    (r"the disk holding (.+) is full; free some space and try again",
     r"ổ đĩa chứa \1 đã đầy; hãy giải phóng bớt dung lượng rồi thử lại"),
    (r"another program \(or another window of this program\) is changing (.+); try again when it has finished",
     r"một chương trình khác (hoặc một cửa sổ khác của chương trình này) đang ghi vào \1; hãy thử lại khi việc "
     r"đó xong"),
    (r"(.+) is read-only \(a write-protected drive or file\): it can be read but not changed",
     r"\1 chỉ đọc được (ổ đĩa hoặc tệp bị chống ghi): xem được nhưng không sửa được"),
    (r"cannot read or write (.+) \(was the drive removed\?\)", r"không đọc hay ghi được \1 (ổ đĩa đã bị rút ra?)"),
    (r"the report would overwrite the workbook being imported \((.+)\); choose another name for the report",
     r"báo cáo sẽ ghi đè lên chính tệp đang nhập (\1); hãy đặt tên khác cho báo cáo"),
    (r"a conflict is decided with one of: (.+)", r"mỗi trường hợp trùng tên được quyết định bằng một trong: \1"),
]
_COMPILED = [(re.compile(f"^{p}$"), r) for p, r in _P]


def vietnamese(reason: str) -> str:
    """The Vietnamese wording of an import problem (the English one if unknown)."""
    for pattern, repl in _COMPILED:
        if pattern.match(reason):
            return pattern.sub(repl, reason)
    return reason
