#!/usr/bin/env python3
"""Vietnamese for the main window: ``resources/translations/app_vi.ts`` -> ``app_vi.qm``.

Runs ``pyside6-lupdate`` over the window's own sources and forms, fills every message
from the table below, and fails when a string has no translation (so a new ``tr()`` is
noticed). Also compiles ``qt_vi.ts`` (Qt's own buttons and dialogs, written by hand
because the wheels ship no Vietnamese). Module-level helpers such as
``details.tr(text)`` call ``QCoreApplication.translate("Details", text)``; lupdate
cannot see their context, so it is taken from the file name.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "translations"
UI = ROOT / "desktop_app" / "ui"
SOURCES = [UI / n for n in ("app.py", "main_window.py", "list_tab.py", "lists.py", "table_model.py", "details.py",
                            "dialogs.py", "overview.py", "tabs.py", "i18n.py",
    "messages.py", "member_records.py")] + [UI / "features" / "help.py"]
FILE_CONTEXT = {"details.py": "Details", "dialogs.py": "Dialogs", "tabs.py": "Tabs", "help.py": "Help"}

# Shared words first; (context, source) entries below override them.
VI: dict[str, str] = {
    # columns, details, forms
    "Name": "Tên", "Code": "Mã", "Sector block": "Khối", "Members": "Đoàn viên", "Workers": "Số lao động",
    "Founded": "Thành lập", "Status": "Trạng thái", "Address": "Địa chỉ", "Full name": "Họ và tên",
    "Sex": "Giới tính", "Born": "Ngày sinh", "Grassroots union": "Công đoàn cơ sở", "Joined": "Ngày vào",
    "Job": "Nghề nghiệp", "Phone": "Điện thoại", "CCCD": "CCCD", "Card no.": "Số thẻ", "Date": "Ngày",
    "Kind": "Loại", "Title": "Tên gọi", "Place": "Địa điểm", "Participants": "Số người tham gia",
    "Starts": "Bắt đầu", "Topic": "Chủ đề", "For": "Đối tượng", "Enrolled": "Ghi danh", "Completed": "Hoàn thành",
    "Trainer": "Giảng viên", "Employer": "Đơn vị sử dụng lao động", "State sector": "Khu vực nhà nước",
    "Founding decision": "Quyết định thành lập", "Note": "Ghi chú", "Officers": "Cán bộ công đoàn",
    "Role": "Chức vụ", "Term": "Nhiệm kỳ", "No officers recorded.": "Chưa có cán bộ nào.",
    "Yearly facts": "Số liệu hằng năm", "Year": "Năm", "Rating": "Xếp loại",
    "Workers' conference": "Hội nghị người lao động", "Agreement": "Thỏa ước", "Signed": "Ngày ký",
    "No yearly facts recorded.": "Chưa có số liệu năm nào.", "Events": "Sự kiện", "Event": "Sự kiện",
    "No events.": "Chưa có sự kiện.", "(first %1 of %2)": "(%1 người đầu trong %2)",
    "No members.": "Chưa có đoàn viên.",
    "Ethnicity": "Dân tộc", "History": "Quá trình sinh hoạt", "Change": "Biến động", "Union": "Công đoàn",
    "Reason": "Lý do", "No history.": "Chưa có biến động.", "Union roles": "Chức vụ công đoàn",
    "Full-time": "Chuyên trách", "No union roles.": "Không giữ chức vụ công đoàn.", "Courses": "Lớp tập huấn",
    "Course": "Lớp tập huấn", "Certificate": "Chứng nhận", "No courses.": "Chưa tham gia lớp nào.",
    "Support received": "Hỗ trợ đã nhận", "Amount (đ)": "Số tiền (đ)", "No support received.": "Chưa nhận hỗ trợ.",
    "Number": "Lần thứ", "Ends": "Kết thúc", "Document no.": "Số văn bản", "Expected": "Số đại biểu triệu tập",
    "Present": "Số có mặt", "People": "Chủ trì, thư ký, khách mời", "Position": "Chức vụ", "Unit": "Đơn vị",
    "No chairs, secretary or guests recorded.": "Chưa ghi người chủ trì, thư ký hay khách mời.",
    "Programme": "Chương trình", "Time": "Giờ", "Speaker": "Người trình bày", "Content": "Nội dung",
    "No programme recorded.": "Chưa có chương trình.", "Results": "Kết quả", "Contest": "Nội dung thi",
    "Winner": "Đạt giải", "Prize": "Giải", "Participating unions": "Các công đoàn tham gia",
    "No unions recorded.": "Chưa ghi công đoàn nào.", "Conclusions": "Kết luận", "Summary": "Tóm tắt",
    "None recorded.": "Chưa ghi.", "Sessions": "Số buổi", "Enrolments": "Học viên", "Attended": "Số buổi dự",
    "Nobody enrolled yet.": "Chưa có học viên.", "completed": "hoàn thành",
    # dialogs
    "Choose an item from the list.": "Hãy chọn một mục trong danh sách.",
    "Edit grassroots union": "Sửa công đoàn cơ sở", "New grassroots union": "Thêm công đoàn cơ sở",
    "Enter the date the member joined.": "Hãy nhập ngày vào công đoàn.", "Edit member": "Sửa đoàn viên",
    "New member": "Thêm đoàn viên", "Choose the union the member moves to.": "Hãy chọn công đoàn chuyển đến.",
    "Destination": "Nơi chuyển đến", "Edit event": "Sửa sự kiện", "New event": "Thêm sự kiện",
    "Edit training course": "Sửa lớp tập huấn", "New training course": "Thêm lớp tập huấn",
    "Transfer to another union": "Chuyển sinh hoạt sang công đoàn khác",
    "Transferred out of this federation": "Chuyển đi ngoài đơn vị", "Left the union": "Ra khỏi tổ chức công đoàn",
    "Deceased": "Từ trần",
    # forms
    "Union role…": "Chức vụ công đoàn…", "Support…": "Hỗ trợ…", "Yearly facts…": "Số liệu năm…",
    "a union role": "việc thêm chức vụ", "a support payment": "khoản hỗ trợ", "yearly facts": "số liệu năm",
    "Union role": "Chức vụ công đoàn", "Role *": "Chức vụ *", "In grassroots union": "Tại công đoàn cơ sở",
    "Term (e.g. 2023-2028)": "Nhiệm kỳ (vd. 2023-2028)", "Term starts on": "Bắt đầu nhiệm kỳ",
    "Term ends on": "Kết thúc nhiệm kỳ", "Support payment": "Thăm hỏi, trợ cấp", "Paid on *": "Ngày chi *",
    "Amount (đồng) *": "Số tiền (đồng) *", "Year *": "Năm *", "Quality rating": "Xếp loại chất lượng",
    "Workers' conference held": "Đã tổ chức hội nghị người lao động",
    "Collective agreement": "Thỏa ước lao động tập thể",
    "Agreement signed on": "Ngày ký thỏa ước", "Agreement expires on": "Ngày hết hạn thỏa ước",
    "Enter a year such as 2026.": "Hãy nhập năm, vd. 2026.", "Type A": "Loại A", "Type B": "Loại B",
    "Enrol in a training course": "Ghi danh lớp tập huấn", "Course *": "Lớp tập huấn *",
    "Sessions attended": "Số buổi dự", "Certificate number": "Số chứng nhận", "Enrol in a course…": "Ghi danh lớp…",
    "an enrolment": "việc ghi danh", "Choose the course.": "Hãy chọn lớp tập huấn.",
    "Completed (yes/no)": "Hoàn thành (có/không)",
    "Chairs, secretary, guests": "Chủ trì, thư ký, khách mời",
    "Role (chair / secretary / guest)": "Vai trò (chủ trì / thư ký / khách mời)",
    "Role must be: %1.": "Vai trò phải là: %1.",
    "Training course": "Lớp tập huấn", "Title *": "Tên gọi *", "For (target group)": "Đối tượng",
    "Starts on *": "Ngày bắt đầu *", "dd/mm/yyyy": "ngày/tháng/năm", "Ends on": "Ngày kết thúc",
    "Number (e.g. lần thứ Nhất)": "Lần thứ (vd. lần thứ Nhất)", "Starts (dd/mm/yyyy hh:mm) *": "Bắt đầu (ngày giờ) *",
    "Ends (dd/mm/yyyy hh:mm)": "Kết thúc (ngày giờ)", "Document number": "Số văn bản",
    "Participations": "Lượt người tham gia", "Member": "Đoàn viên", "Full name *": "Họ và tên *",
    "Date of birth": "Ngày sinh", "CCCD (12 digits)": "CCCD (12 chữ số)", "Card number": "Số thẻ đoàn viên",
    "Joined on": "Ngày vào công đoàn", "Membership change": "Biến động đoàn viên", "To union": "Chuyển đến công đoàn",
    "Date *": "Ngày *", "Reason / destination": "Lý do / nơi chuyển đến", "Name *": "Tên công đoàn *",
    "Ward / commune": "Phường / xã", "Founded on": "Ngày thành lập", "Number of workers": "Số lao động",
    "Status since": "Trạng thái từ ngày",
    # tabs and window
    "(all)": "(tất cả)", "Joined in": "Vào năm", "Search (no accents needed, any word order)…  Ctrl+F":
        "Tìm kiếm (gõ không dấu cũng được, thứ tự từ bất kỳ)…  Ctrl+F",
    "Select a row to see its details.": "Chọn một dòng để xem chi tiết.", "%1 rows": "%1 dòng",
    "Main toolbar": "Thanh công cụ", "Overview": "Tổng quan", "Grassroots unions": "Công đoàn cơ sở",
    "Training": "Tập huấn", "New…": "Thêm…", "Edit…": "Sửa…", "Delete": "Xóa", "Transfer…": "Chuyển sinh hoạt…",
    "Left the union…": "Ra khỏi công đoàn…", "Transferred out…": "Chuyển đi nơi khác…", "Deceased…": "Từ trần…",
    "Show members": "Xem đoàn viên", "&File": "&Tệp", "&Records": "&Hồ sơ", "&Import/Export": "&Nhập/Xuất",
    "Re&ports": "&Báo cáo", "&Backup": "Sao &lưu", "&Settings": "&Cài đặt", "&Help": "Trợ &giúp",
    "&Open database…": "&Mở cơ sở dữ liệu…", "Open &recent": "Mở &gần đây", "&Quit": "&Thoát",
    "&New record…": "&Thêm mới…", "&Edit record…": "&Sửa…", "&Delete record": "&Xóa", "&Find": "&Tìm kiếm",
    "Re&fresh": "&Làm mới", "&Undo": "&Hoàn tác", "&Undo %1": "&Hoàn tác %1",
    "Cannot undo": "Không hoàn tác được",
    "adding a record": "việc thêm mới", "editing a record": "việc sửa", "deleting a record": "việc xóa",
    "a membership change": "biến động đoàn viên",
    "Cannot open the database": "Không mở được cơ sở dữ liệu", "Cancel": "Hủy",
    "Something went wrong: %1": "Đã xảy ra lỗi: %1", "Delete “%1”? (Ctrl+Z undoes it.)":
        "Xóa “%1”? (Ctrl+Z để hoàn tác.)", "Cannot delete": "Không xóa được", "Open database": "Mở cơ sở dữ liệu",
    "Databases (*.sqlite3 *.sqlite *.db);;All files (*)": "Cơ sở dữ liệu (*.sqlite3 *.sqlite *.db);;Mọi tệp (*)",
    "(none)": "(chưa có)", "Sổ Công đoàn": "Sổ Công đoàn",
    "(read-only)": "(chỉ đọc)",
    "the disk holding %1 is full; free some space and try again":
        "ổ đĩa chứa %1 đã đầy; hãy giải phóng bớt dung lượng rồi thử lại",
    "another program (or another window of this program) is changing %1; try again when it has finished":
        "một chương trình khác (hoặc một cửa sổ khác của chương trình này) đang ghi vào %1; hãy thử lại khi "
        "việc đó xong",
    "%1 is read-only (a write-protected drive or file): it can be read but not changed":
        "%1 chỉ đọc được (ổ đĩa hoặc tệp bị chống ghi): xem được nhưng không sửa được",
    "cannot read or write %1 (was the drive removed?)": "không đọc hay ghi được %1 (ổ đĩa đã bị rút ra?)",
    "%1 is damaged (%2); restore it from a backup": "%1 bị hỏng (%2); hãy khôi phục từ bản sao lưu",
    "%1 rows were written to %2, but the export could not be noted in the database's log (the file is read-only "
    "or in use by another program).":
        "Đã ghi %1 dòng vào %2, nhưng không ghi được vào nhật ký của cơ sở dữ liệu (tệp chỉ đọc hoặc đang được "
        "chương trình khác dùng).",
    # overview
    "Year:": "Năm:", "Members and unions": "Đoàn viên và công đoàn cơ sở", "Targets and results": "Chỉ tiêu và kết quả",
    "By sector block": "Theo khối", "Year %1 at a glance": "Tổng quan năm %1", "Members on %1": "Đoàn viên đến %1",
    "Admitted this year": "Kết nạp trong năm", "Transferred in": "Chuyển đến",
    "Left, transferred out or died": "Ra khỏi tổ chức, chuyển đi, từ trần",
    "Grassroots unions on %1": "Công đoàn cơ sở đến %1",
    "Unions founded / closed": "CĐCS thành lập / giải thể, sáp nhập",
    "Events / participations": "Sự kiện / lượt người", "Courses / completed": "Lớp tập huấn / học viên hoàn thành",
    "Support paid": "Hỗ trợ đã chi", "%1 payments, %2 đ": "%1 lượt, %2 đ", "Indicator": "Chỉ tiêu",
    "calculating…": "đang tính…", "sorting…": "đang sắp xếp…",
    "Result": "Kết quả", "Target": "Chỉ tiêu", "Achieved": "Đạt",
    # values
    "Male": "Nam", "Female": "Nữ", "Active": "Đang sinh hoạt", "Transferred out": "Đã chuyển đi", "Left": "Đã ra",
    "Not a member": "Chưa là đoàn viên", "Merged": "Đã sáp nhập", "Dissolved": "Đã giải thể",
    "Health and sports festival": "Hội khỏe", "Forum": "Tọa đàm", "Conference": "Hội nghị", "Congress": "Đại hội",
    "Ceremony": "Lễ", "Visit": "Thăm hỏi", "Other": "Khác", "Died": "Từ trần", "Chair": "Chủ tịch",
    "Vice-chair": "Phó Chủ tịch", "Standing committee": "Ủy viên Ban Thường vụ",
    "Executive committee": "Ủy viên Ban Chấp hành", "Inspection committee": "Ủy viên Ủy ban Kiểm tra",
    "Group leader": "Tổ trưởng công đoàn", "Chaired by": "Chủ trì", "Secretary": "Thư ký", "Guest": "Khách mời",
    "Hardship": "Khó khăn", "Sickness": "Ốm đau", "Accident": "Tai nạn", "Funeral": "Phúng viếng",
    "Natural disaster": "Thiên tai", "New union start-up": "Hỗ trợ thành lập CĐCS",
    "Organiser reward": "Thưởng người vận động thành lập", "Yes": "Có", "No": "Không",
    # help
    "About Sổ Công đoàn": "Giới thiệu Sổ Công đoàn", "&About Sổ Công đoàn": "&Giới thiệu Sổ Công đoàn",
    "About &Qt": "Giới thiệu &Qt", "&Keyboard shortcuts": "&Phím tắt", "Keyboard shortcuts": "Phím tắt",
    "Ctrl+F: search the current list\nCtrl+N: new record\nEnter: open the selected record\n"
    "Delete: delete the selected record\nF5: refresh\nCtrl+O: open another database":
        "Ctrl+F: tìm trong danh sách đang xem\nCtrl+N: thêm mới\nEnter: mở hồ sơ đang chọn\n"
        "Delete: xóa hồ sơ đang chọn\nF5: làm mới\nCtrl+O: mở cơ sở dữ liệu khác",
    "Records of grassroots unions, members, events and training for upper-level trade unions.":
        "Quản lý công đoàn cơ sở, đoàn viên, sự kiện và tập huấn cho công đoàn cấp trên trực tiếp cơ sở.",
    "Licences": "Giấy phép",
    "Qt %1 and PySide6 %2: GNU LGPL version 3.": "Qt %1 và PySide6 %2: giấy phép GNU LGPL phiên bản 3.",
    "DejaVu Sans font: Bitstream Vera licence (free use and redistribution).":
        "Phông chữ DejaVu Sans: giấy phép Bitstream Vera (được dùng và phân phối lại tự do).",
    "Liberation Serif font: SIL Open Font License 1.1.": "Phông chữ Liberation Serif: giấy phép SIL Open Font 1.1.",
    "Licence texts: %1": "Toàn văn giấy phép: %1",
}
VI.update({  # core error messages (ui/messages.py), values kept in %1, %2...
    "CCCD %1 already belongs to %2 (#%3)": "CCCD %1 đã thuộc về %2 (#%3)",
    "CCCD must be exactly 12 digits, got %1": "CCCD phải gồm đúng 12 chữ số (đã nhập %1)",
    "impossible date: %1": "ngày không có thật: %1",
    "not a date: %1 (expected dd/mm/yyyy)": "không phải ngày: %1 (nhập ngày/tháng/năm)",
    "not a date: %1": "không phải ngày: %1",
    "date %1 is in the future": "ngày %1 chưa tới",
    "date %1 is before %2": "ngày %1 trước %2",
    "a member must be at least 15 years old (born %1)": "đoàn viên phải đủ 15 tuổi (sinh %1)",
    "Full name is required": "Phải nhập họ và tên", "The union's name is required": "Phải nhập tên công đoàn",
    "The course title is required": "Phải nhập tên lớp tập huấn", "The title is required": "Phải nhập tên gọi",
    "the date is required": "phải nhập ngày", "the start date is required": "phải nhập ngày bắt đầu",
    "the start date and time are required": "phải nhập ngày giờ bắt đầu",
    "%1 is before the member was born": "ngày %1 trước ngày sinh của đoàn viên",
    "%1 is before the member's last change (%2)": "ngày %1 trước biến động gần nhất của đoàn viên (%2)",
    "%1 is not an active member": "%1 không còn sinh hoạt công đoàn",
    "%1 is already an active member": "%1 đang là đoàn viên sinh hoạt",
    "%1 is already recorded as deceased": "%1 đã được ghi là từ trần", "choose a union": "hãy chọn công đoàn",
    "%1 is no longer active": "%1 không còn hoạt động", "%1 is already in %2": "%1 đang sinh hoạt tại %2",
    "not a whole number: %1": "không phải số nguyên: %1",
    "must be at least %1, got %2": "phải từ %1 trở lên (đã nhập %2)",
    "not a Vietnamese phone number: %1": "không phải số điện thoại Việt Nam: %1",
    "not a time of day: %1": "không phải giờ trong ngày: %1",
    "the event ends before it starts": "sự kiện kết thúc trước khi bắt đầu",
    "the course ends before it starts": "lớp học kết thúc trước khi bắt đầu",
    "more people present than invited": "số có mặt nhiều hơn số triệu tập",
    "a merged or dissolved union needs the date it happened": "công đoàn sáp nhập hoặc giải thể cần có ngày",
    "the union cannot close before it was founded": "công đoàn không thể giải thể trước ngày thành lập",
    "code %1 is already used by %2": "mã %1 đã dùng cho %2",
    "sex must be Nam or Nữ, got %1": "giới tính phải là Nam hoặc Nữ (đã nhập %1)",
    "%1 %2 cannot be deleted: %3 still refer to it": "Không thể xóa %1 %2: còn %3 liên quan",
    "officer roles": "chức vụ công đoàn", "course enrolments": "lượt dự lớp tập huấn",
    "support payments": "khoản hỗ trợ", "event roles": "vai trò trong sự kiện",
    "membership history rows": "dòng quá trình sinh hoạt", "event participations": "lượt tham gia sự kiện",
    "unions merged into it": "công đoàn sáp nhập vào",
    "%1 #%2 does not exist": "%1 #%2 không còn trong cơ sở dữ liệu (có thể vừa bị xóa)",
    "the term ends before it starts": "nhiệm kỳ kết thúc trước khi bắt đầu",
    "the amount in đồng is required": "phải nhập số tiền (đồng)",
    "a certificate is only issued to those who completed": "chỉ cấp chứng nhận cho người đã hoàn thành",
    "the course has only %1 sessions": "lớp học chỉ có %1 buổi",
    "certificate number %1 is already issued": "số chứng nhận %1 đã được cấp",
    "Officer role": "Chức vụ công đoàn", "Enrolment": "Lượt ghi danh",
})
VI.update({  # a member's roles, courses and support (ui/member_records.py)
    "Roles, courses, support…": "Chức vụ, tập huấn, hỗ trợ…",
    "Roles, courses and support — %1": "Chức vụ, tập huấn và hỗ trợ — %1",
    "Add…": "Thêm…", "Delete…": "Xóa…", "Enrol…": "Ghi danh…", "Attendance…": "Kết quả học…",
    "Remove from course…": "Rút khỏi lớp…", "Remove from course": "Rút khỏi lớp",
    "editing a union role": "việc sửa chức vụ", "editing course attendance": "việc sửa kết quả học",
    "editing a support payment": "việc sửa khoản hỗ trợ", "deleting a union role": "việc xóa chức vụ",
    "removing from a course": "việc rút khỏi lớp", "deleting a support payment": "việc xóa khoản hỗ trợ",
    "Delete the union role “%1”? (Ctrl+Z undoes it.)": "Xóa chức vụ “%1”? (Ctrl+Z để hoàn tác.)",
    "Delete the support payment “%1”? (Ctrl+Z undoes it.)": "Xóa khoản hỗ trợ “%1”? (Ctrl+Z để hoàn tác.)",
    "Remove this member from the course “%1”? (Ctrl+Z undoes it.)":
        "Rút đoàn viên này khỏi lớp “%1”? (Ctrl+Z để hoàn tác.)",
    "Certificate no. %1 issued on this course is deleted with it.":
        "Chứng nhận số %1 đã cấp cho lớp này cũng bị xóa theo.",
    "Course attendance": "Kết quả học tập", "Edit support payment": "Sửa khoản hỗ trợ",
    "Edit union role": "Sửa chức vụ công đoàn",
})
BY_CONTEXT: dict[tuple[str, str], str] = {
    ("CoreMessages", "Member"): "đoàn viên", ("CoreMessages", "Union"): "công đoàn",
    ("CoreMessages", "Support payment"): "Khoản hỗ trợ",
    ("Columns", "Title"): "Tên gọi", ("Columns", "Date"): "Thời gian", ("Columns", "Joined"): "Ngày vào",
    ("Columns", "Completed"): "Hoàn thành", ("Columns", "Participants"): "Lượt người",
    ("Values", "Joined"): "Kết nạp", ("Values", "Left"): "Ra khỏi tổ chức", ("Values", "Deceased"): "Đã từ trần",
    ("Values", "Transferred out"): "Chuyển đi", ("EventForm", "Event"): "Sự kiện",
    ("OverviewTab", "Members"): "Đoàn viên", ("MainWindow", "Delete"): "Xóa",
    ("EventForm", "Role"): "Chức vụ", ("EventForm", "Speaker"): "Người trình bày",
    ("Details", "Date"): "Ngày", ("Details", "Kind"): "Loại", ("Details", "Role"): "Vai trò",
}


def lupdate(ts: Path) -> None:
    forms = sorted((ROOT / "forms").glob("*.ui"))
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(tool), *map(str, SOURCES), *map(str, forms), "-no-obsolete", "-locations", "absolute",
                    "-ts", str(ts)], check=True, capture_output=True)


def fix_contexts(root: ET.Element) -> None:
    """Messages of module-level ``tr()`` helpers land in an unnamed context: move each to
    the context its file's helper uses."""
    contexts = {c.findtext("name") or "": c for c in root.findall("context")}
    for name, ctx in list(contexts.items()):
        if name and name != "None":
            continue
        for msg in list(ctx.findall("message")):
            files = {Path(loc.get("filename", "")).name for loc in msg.findall("location")}
            for f in files:
                target = FILE_CONTEXT.get(f)
                if target is None:
                    continue
                if target not in contexts:
                    new = ET.SubElement(root, "context")
                    ET.SubElement(new, "name").text = target
                    contexts[target] = new
                source = msg.findtext("source")
                if not any(m.findtext("source") == source for m in contexts[target].findall("message")):
                    copy = ET.fromstring(ET.tostring(msg))
                    for loc in copy.findall("location"):
                        if Path(loc.get("filename", "")).name != f:
                            copy.remove(loc)
                    contexts[target].append(copy)
        root.remove(ctx)


def fill(ts: Path) -> list[str]:
    tree = ET.parse(ts)
    root = tree.getroot()
    root.set("language", "vi_VN")
    fix_contexts(root)
    missing = []
    for ctx in root.findall("context"):
        context = ctx.findtext("name")
        for msg in ctx.findall("message"):
            source = msg.findtext("source")
            text = BY_CONTEXT.get((context, source), VI.get(source))
            translation = msg.find("translation")
            if translation is None:
                translation = ET.SubElement(msg, "translation")
            if text is None:
                missing.append(f"{context}: {source!r}")
                continue
            translation.text = text
            translation.attrib.pop("type", None)
    ET.indent(tree, "    ")
    with open(ts, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")
    return missing


def lrelease(ts: Path) -> None:
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(tool), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, capture_output=True)


def main() -> int:
    ts = OUT / "app_vi.ts"
    lupdate(ts)
    missing = fill(ts)
    if missing:
        print("no Vietnamese for:\n  " + "\n  ".join(missing), file=sys.stderr)
        return 1
    lrelease(ts)
    lrelease(OUT / "qt_vi.ts")
    print(f"wrote {ts.relative_to(ROOT)} and the .qm files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
