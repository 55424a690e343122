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
    "Annual report %1": "Báo cáo tổng kết năm %1",
    "List of grassroots unions": "Danh sách công đoàn cơ sở",
    "List of union officers": "Danh sách cán bộ công đoàn",
    "Select an event in the Events tab first.": "Hãy chọn một sự kiện ở thẻ Sự kiện trước.",
    "Minutes of the event": "Biên bản sự kiện",
    "Participants of the event": "Danh sách tham dự sự kiện",
    "Select a grassroots union in the Unions tab first.": "Hãy chọn một công đoàn cơ sở ở thẻ Công đoàn cơ sở trước.",
    "Members list": "Danh sách đoàn viên",
    "Print ID (CCCD) numbers in full?\n\nLists are usually printed with them partly hidden.":
        "In đầy đủ số CCCD?\n\nDanh sách thường được in với số CCCD che một phần.",
    "Members of the union": "Danh sách đoàn viên của công đoàn cơ sở",
    "Officers of the union": "Cán bộ của công đoàn cơ sở",
    "Select a training course in the Training tab first.": "Hãy chọn một lớp tập huấn ở thẻ Tập huấn trước.",
    "Course report": "Báo cáo lớp tập huấn",
    "Certificates": "Giấy chứng nhận",
    "&Annual report…": "Báo cáo tổng kết &năm…",
    "List of &grassroots unions": "Danh sách công đoàn &cơ sở",
    "List of union &officers": "Danh sách &cán bộ công đoàn",
    "&Minutes of the selected event": "&Biên bản của sự kiện đang chọn",
    "&Participants of the selected event": "Danh sách &tham dự sự kiện đang chọn",
    "M&embers of the selected union": "Danh sách đoàn &viên của CĐCS đang chọn",
    "Officers of the selected &union": "Cán bộ của CĐCS đang &chọn",
    "&Report of the selected course": "Báo cáo &lớp tập huấn đang chọn",
    "&Certificates of the selected course": "&Giấy chứng nhận của lớp đang chọn",
    # the annual report's window
    "&Draft this section from the figures again": "&Soạn lại phần này từ số liệu",
    "&Year:": "&Năm:",
    "Number:": "Số văn bản:",
    "&Recipients (one a line):": "&Nơi nhận (mỗi dòng một nơi):",
    "&Make the report": "&Lập báo cáo",
    "Cancel": "Hủy",
    "The figures are computed from the records. Write the assessment, next year's tasks and proposals below; "
    "they are kept for the year. An empty section is left out of the report.":
        "Số liệu được tính từ hồ sơ. Hãy viết phần đánh giá, phương hướng nhiệm vụ năm sau và kiến nghị dưới đây; "
        "nội dung được lưu theo năm. Phần để trống sẽ không in vào báo cáo.",
    "Give it the next number of the register: %1": "Lấy số tiếp theo trong sổ đăng ký văn bản: %1",
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
