"""Fill resources/translations/merge_vi.ts from the Vietnamese below and compile it.

    .venv/bin/python scripts/merge_translations.py
(runs pyside6-lupdate on the merge UI modules first, then pyside6-lrelease).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "merge_vi.ts"
SOURCES = ["desktop_app/ui/merge_dialog.py", "desktop_app/ui/features/merge.py"]

VI = {
    "Merge another file…": "Gộp tệp khác vào…",
    "Bring the records of other files (former units) into this file":
        "Đưa dữ liệu của các tệp khác (đơn vị cũ) vào tệp này",
    "Merge another file": "Gộp tệp khác vào tệp này",
    "Bring the records of other files of this program (for example those of former district federations) "
    "into this file. A backup is made first; records already here are recognised and not duplicated.":
        "Đưa dữ liệu của các tệp khác của chương trình (ví dụ tệp của các LĐLĐ quận, huyện cũ) vào tệp này. "
        "Chương trình sao lưu trước khi gộp; hồ sơ đã có sẽ được nhận ra và không bị trùng.",
    "Add files…": "Thêm tệp…",
    "Remove": "Bỏ ra",
    "Check (dry run)": "Kiểm tra (chạy thử)",
    "What the merge would do:": "Kết quả dự kiến khi gộp:",
    "File / former unit": "Tệp / đơn vị cũ",
    "Records": "Loại hồ sơ",
    "Added": "Thêm mới",
    "Already here": "Đã có",
    "Updated": "Cập nhật",
    "Conflicting values:": "Giá trị khác nhau:",
    "Record": "Hồ sơ",
    "Field": "Trường",
    "This file": "Tệp này",
    "Other file": "Tệp kia",
    "Other file changed": "Tệp kia sửa lúc",
    "Keep": "Giữ",
    "Merge": "Gộp",
    "Files to merge": "Chọn tệp để gộp",
    "Sổ Công đoàn files (*.sqlite3 *.db *.scd);;All files (*)":
        "Tệp Sổ Công đoàn (*.sqlite3 *.db *.scd);;Mọi tệp (*)",
    "Checking the files to merge": "Đang kiểm tra các tệp cần gộp",
    "This file's value": "Giá trị của tệp này",
    "Other file's value": "Giá trị của tệp kia",
    "This file changed: %1": "Tệp này sửa lúc: %1",
    "Conflicting values: %n (by default the newest is kept):":
        "Giá trị khác nhau: %n (mặc định giữ giá trị sửa gần nhất):",
    "%n history rows will be added to members already here.":
        "Sẽ thêm %n dòng quá trình sinh hoạt cho các đoàn viên đã có.",
    "Nothing to merge: every record of these files is already here.":
        "Không có gì để gộp: mọi hồ sơ của các tệp này đã có trong tệp này.",
    "Merging": "Đang gộp dữ liệu",
    "Merge finished": "Đã gộp xong",
    "Merged in %1 s: %2 members and %3 grassroots unions added; backup made before the merge:\n%4":
        "Đã gộp trong %1 giây: thêm %2 đoàn viên và %3 công đoàn cơ sở; bản sao lưu trước khi gộp:\n%4",
    "Grassroots unions": "Công đoàn cơ sở",
    "Members": "Đoàn viên",
    "Officers": "Cán bộ công đoàn",
    "Events": "Hoạt động, sự kiện",
    "Training courses": "Lớp tập huấn",
    "Support payments": "Thăm hỏi, trợ cấp",
    "Full name": "Họ và tên",
    "Sex": "Giới tính",
    "Birth date": "Ngày sinh",
    "Ethnicity": "Dân tộc",
    "CCCD": "Số CCCD",
    "Phone": "Điện thoại",
    "Job": "Nghề nghiệp",
    "Card number": "Số thẻ đoàn viên",
    "Note": "Ghi chú",
    "Code": "Mã",
    "Name": "Tên",
    "Employer": "Đơn vị sử dụng lao động",
    "Address": "Địa chỉ",
    "Ward": "Phường, xã",
    "Sector": "Khối",
    "Founded on": "Ngày thành lập",
    "Founding decision": "Quyết định thành lập",
    "Status": "Tình trạng",
    "Workers": "Số lao động",
    "Title": "Tiêu đề",
    "Place": "Địa điểm",
    "Yearly rating": "Xếp loại năm",
    "Workers' conference held": "Đã tổ chức hội nghị người lao động",
    "Collective agreement": "Thỏa ước lao động tập thể",
    "Target": "Chỉ tiêu",
    "Term": "Nhiệm kỳ",
    "Term dates": "Thời gian nhiệm kỳ",
    "Full-time": "Chuyên trách",
    "Time": "Thời gian",
    "Dates": "Ngày",
    "Topic": "Chủ đề",
    "Trainer": "Giảng viên",
    "Target group": "Đối tượng",
    "Kind": "Loại",
    "Participants": "Số người tham gia",
    "Conclusions": "Kết luận",
    "Keep this file's values": "Giữ giá trị của tệp này",
    "Keep the newest values": "Giữ giá trị sửa gần nhất",
    "Take the other file's values": "Lấy giá trị của tệp kia",
    "From": "Từ tệp",
    "Only the first %1 conflicts are listed; the buttons above settle all of them.":
        "Chỉ liệt kê %1 giá trị khác nhau đầu tiên; các nút phía trên áp dụng cho tất cả.",
    "The merge failed and nothing was changed: %1": "Gộp không thành công, dữ liệu không bị thay đổi: %1",
    "%n unions use codes that other unions here already have; they came without a code (the old code is in "
    "their note)": "%n công đoàn cơ sở có mã trùng với công đoàn khác đã có; đã thêm không kèm mã (mã cũ ghi ở "
                   "phần ghi chú)",
    "%n certificate numbers are already used here; those enrolments came without a number (the old number is "
    "in their note)": "%n số chứng nhận đã được dùng trong tệp này; các lượt học đó được thêm không kèm số (số cũ "
                      "ghi ở phần ghi chú)",
    "%1: kept this file's %2; %3 belongs to another record here":
        "%1: giữ %2 của tệp này; %3 đã thuộc về hồ sơ khác trong tệp",
    "Union %1: several unions here have the same name and address; added as a separate union, check for a "
    "duplicate": "Công đoàn %1: có nhiều công đoàn cùng tên và địa chỉ; đã thêm thành công đoàn riêng, hãy kiểm "
                 "tra trùng lặp",
    "Member %1: several members here have the same name and birth date; added as a separate member, check for "
    "a duplicate": "Đoàn viên %1: có nhiều đoàn viên cùng họ tên và ngày sinh; đã thêm thành đoàn viên riêng, hãy "
                   "kiểm tra trùng lặp",
    "Member %1: CCCD %3 is already on %4 here; added without the CCCD, check which is right":
        "Đoàn viên %1: số CCCD %3 đã có ở đoàn viên %4; đã thêm không kèm số CCCD, hãy kiểm tra lại",
}


def main() -> int:
    bin_dir = Path(sys.executable).parent
    subprocess.run([str(bin_dir / "pyside6-lupdate"), *SOURCES, "-no-obsolete", "-ts", str(TS)],
                   cwd=ROOT, check=True, capture_output=True)
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        text = VI.get(source)
        if text is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
    if missing:
        print("missing translations:", *missing, sep="\n  ")
        return 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(bin_dir / "pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))],
                   cwd=ROOT, check=True, capture_output=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
