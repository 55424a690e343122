"""Fill resources/translations/reports_vi.ts from a dict (run after pyside6-lupdate)."""
import sys
import xml.etree.ElementTree as ET

VI = {
    "Zoom in": "Phóng to",
    "Zoom out": "Thu nhỏ",
    "Fit width": "Vừa chiều rộng",
    "Whole page": "Cả trang",
    "%n page(s)": "%n trang",
    "This PDF cannot be shown.": "Không hiển thị được tệp PDF này.",
    "&Print…": "&In…",
    "&Save…": "&Lưu…",
    "Close": "Đóng",
    "Save the PDF": "Lưu tệp PDF",
    "PDF files (*.pdf)": "Tệp PDF (*.pdf)",
    "The file could not be written:\n%1": "Không ghi được tệp:\n%1",
    "Print": "In",
    "The printer could not be started.": "Không khởi động được máy in.",
    "Reports": "Báo cáo",
    "Annual report": "Báo cáo tổng kết năm",
    "Year of the report:": "Năm báo cáo:",
    "Annual report %1": "Báo cáo tổng kết năm %1",
    "List of grassroots unions": "Danh sách công đoàn cơ sở",
    "List of union officers": "Danh sách cán bộ công đoàn",
    "Select an event in the Events tab first.": "Hãy chọn một hoạt động ở thẻ Hoạt động trước.",
    "Minutes of the event": "Biên bản hoạt động",
    "Participants of the event": "Danh sách tham dự hoạt động",
    "Select a grassroots union in the Unions tab first.": "Hãy chọn một công đoàn cơ sở ở thẻ Công đoàn cơ sở trước.",
    "Members list": "Danh sách đoàn viên",
    "Print ID (CCCD) numbers in full?\n\nLists are usually printed with them partly hidden.":
        "In đầy đủ số CCCD?\n\nDanh sách thường được in với số CCCD che một phần.",
    "Members of the union": "Danh sách đoàn viên của công đoàn cơ sở",
    "Officers of the union": "Cán bộ của công đoàn cơ sở",
    "Select a training course in the Courses tab first.": "Hãy chọn một lớp tập huấn ở thẻ Lớp tập huấn trước.",
    "Course report": "Báo cáo lớp tập huấn",
    "Certificates": "Giấy chứng nhận",
    "&Annual report…": "Báo cáo tổng kết &năm…",
    "List of &grassroots unions": "Danh sách công đoàn &cơ sở",
    "List of union &officers": "Danh sách &cán bộ công đoàn",
    "&Minutes of the selected event": "&Biên bản của hoạt động đang chọn",
    "&Participants of the selected event": "Danh sách &tham dự hoạt động đang chọn",
    "M&embers of the selected union": "Danh sách đoàn &viên của CĐCS đang chọn",
    "Officers of the selected &union": "Cán bộ của CĐCS đang &chọn",
    "&Report of the selected course": "Báo cáo &lớp tập huấn đang chọn",
    "&Certificates of the selected course": "&Giấy chứng nhận của lớp đang chọn",
}

path = sys.argv[1]
tree = ET.parse(path)
missing = []
for msg in tree.iter("message"):
    src = msg.find("source").text
    tr = msg.find("translation")
    if src not in VI:
        missing.append(src)
        continue
    tr.attrib.pop("type", None)
    if msg.get("numerus") == "yes":
        for f in list(tr):
            tr.remove(f)
        form = ET.SubElement(tr, "numerusform")
        form.text = VI[src]
    else:
        tr.text = VI[src]
if missing:
    sys.exit(f"untranslated: {missing}")
ET.indent(tree)
with open(path, "wb") as f:
    f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(f, encoding="utf-8", xml_declaration=False)
