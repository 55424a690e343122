"""Regenerate resources/translations/excel_vi.ts from the sources, fill in the
Vietnamese from the table below and compile excel_vi.qm.

    .venv/bin/python scripts/excel_translations.py

Fails (exit 1) when a source string has no translation here, so the file never
ships with "unfinished" entries.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "excel_vi.ts"
SOURCES = ["desktop_app/ui/import_wizard.py", "desktop_app/ui/features/excel.py"]
BIN = Path(sys.executable).parent

VI = {
    " — closest: {0}": " — tên gần giống: {0}",
    "(not imported)": "(không nhập)",
    "< Back": "< Quay lại",
    "Next >": "Tiếp >",
    "Cancel": "Hủy",
    "Finish": "Xong",
    "A backup of the data was taken before the import:\n{0}": "Đã sao lưu dữ liệu trước khi nhập:\n{0}",
    "Add the course first: enrolments are imported into a course.":
        "Hãy thêm lớp tập huấn trước: danh sách học viên được nhập vào một lớp.",
    "Added: {0}; updated: {1}; unchanged or skipped: {2}; not imported because of errors: {3}.":
        "Thêm mới: {0}; cập nhật: {1}; không đổi hoặc bỏ qua: {2}; không nhập do có lỗi: {3}.",
    "An Excel (.xlsx, .xls) or OpenDocument (.ods) file. Title rows above the column headers are fine.":
        "Tệp Excel (.xlsx, .xls) hoặc OpenDocument (.ods). Có các dòng tiêu đề phía trên dòng tên cột cũng "
        "không sao.",
    "Browse…": "Chọn tệp…",
    "Check before importing": "Kiểm tra trước khi nhập",
    "Check the columns": "Kiểm tra các cột",
    "Checking the rows": "Đang kiểm tra các dòng",
    "Checking…": "Đang kiểm tra…",
    "Choose the workbook": "Chọn tệp Excel",
    "Column": "Cột",
    "Column in the file": "Cột trong tệp",
    "Course enrolments": "Học viên lớp tập huấn",
    "Course:": "Lớp tập huấn:",
    "Error": "Lỗi",
    "Events": "Sự kiện",
    "Excel / OpenDocument (*.xlsx *.xlsm *.xls *.ods)": "Excel / OpenDocument (*.xlsx *.xlsm *.xls *.ods)",
    "Excel workbook (*.xlsx)": "Tệp Excel (*.xlsx)",
    "Export another list to Excel…": "Xuất danh sách khác ra Excel…",
    "Export current list to Excel…": "Xuất danh sách đang xem ra Excel…",
    "Export to Excel": "Xuất ra Excel",
    "Exporting to Excel": "Đang xuất ra Excel",
    "File:": "Tệp:",
    "First values": "Giá trị đầu tiên",
    "Grassroots unions": "Công đoàn cơ sở",
    "Import": "Nhập",
    "Import from Excel": "Nhập từ Excel",
    "Import from Excel…": "Nhập từ Excel…",
    "Import members, unions, officers or course enrolments from an Excel workbook":
        "Nhập đoàn viên, công đoàn cơ sở, cán bộ công đoàn hoặc học viên lớp tập huấn từ tệp Excel",
    "Imported": "Đã nhập",
    "Imported as": "Nhập vào mục",
    "Importing": "Đang nhập",
    "Level": "Mức",
    "Members": "Đoàn viên",
    "No header row was recognised in sheet “{0}”. Choose what each column holds.":
        "Không nhận ra dòng tên cột trong trang “{0}”. Hãy chọn nội dung của từng cột.",
    "Nothing has been changed yet. Rows with errors will not be imported; fix them in the file and import it "
    "again.": "Chưa có gì thay đổi. Các dòng có lỗi sẽ không được nhập; hãy sửa trong tệp rồi nhập lại.",
    "Problem": "Vấn đề",
    "Row": "Dòng",
    "Save import template": "Lưu mẫu nhập liệu",
    "Save import template…": "Lưu mẫu nhập liệu…",
    "Save the list shown, with its current filter, as an Excel workbook":
        "Lưu danh sách đang xem, với bộ lọc hiện tại, thành tệp Excel",
    "Save the report": "Lưu báo cáo",
    "Save this report as Excel…": "Lưu báo cáo này ra Excel…",
    "Sheet “{0}”: the column headers are on row {1}; data starts on row {2}. Change “Imported as” where the "
    "guess is wrong.": "Trang “{0}”: tên cột ở dòng {1}; dữ liệu bắt đầu từ dòng {2}. Sửa cột “Nhập vào mục” "
                       "nếu chương trình đoán sai.",
    "Sheet:": "Trang tính:",
    "The check was stopped.": "Đã dừng kiểm tra.",
    "The first {0} of {1} problems are shown; save the report to see them all.":
        "Chỉ hiện {0} trong số {1} vấn đề; lưu báo cáo ra Excel để xem đầy đủ.",
    "The file lists:": "Tệp là danh sách:",
    "Training courses": "Lớp tập huấn",
    "Union officers": "Cán bộ công đoàn",
    "Unions not found in the program:": "Công đoàn cơ sở không có trong chương trình:",
    "Value": "Giá trị",
    "Warning": "Cảnh báo",
    "Which list?": "Danh sách nào?",
    "{0} rows read. Would be added: {1}; updated: {2}; unchanged or skipped: {3}; not imported because of "
    "errors: {4}.": "Đã đọc {0} dòng. Sẽ thêm mới: {1}; cập nhật: {2}; không đổi hoặc bỏ qua: {3}; không nhập "
                    "do có lỗi: {4}.",
    "{0} rows saved to\n{1}": "Đã lưu {0} dòng vào\n{1}",
    "{0} total, note or signature lines under the list are not records and were skipped.":
        "{0} dòng tổng cộng, ghi chú hoặc chữ ký dưới danh sách không phải bản ghi nên được bỏ qua.",
    "These unions have the name of a union in the program but another address or code. Is it the same union?":
        "Các công đoàn cơ sở dưới đây trùng tên với một công đoàn trong chương trình nhưng khác địa chỉ hoặc mã. "
        "Đó có phải cùng một công đoàn không?",
    "Union": "Công đoàn cơ sở", "In the program → in the file": "Trong chương trình → trong tệp",
    "Decision": "Quyết định", "Decide… (not imported)": "Chọn… (chưa nhập)",
    "Same union: update it": "Cùng một công đoàn: cập nhật", "Another union: add it": "Công đoàn khác: thêm mới",
    "Skip this row": "Bỏ qua dòng này", "Code": "Mã", "Address": "Địa chỉ", "Ward": "Phường/xã",
    "Employer": "Đơn vị sử dụng lao động", "Sector block": "Khối", "Founded": "Ngày thành lập",
}


def main() -> int:
    subprocess.run([str(BIN / "pyside6-lupdate"), *SOURCES, "-no-obsolete", "-ts", str(TS)], cwd=ROOT,
                   check=True, capture_output=True)
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        t = message.find("translation")
        if source not in VI:
            missing.append(source)
            continue
        t.text = VI[source]
        t.attrib.pop("type", None)
    if missing:
        print("no Vietnamese for:", *missing, sep="\n  ")
        return 1
    tree.getroot().set("language", "vi_VN")
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True,
                   capture_output=True)
    print(f"{TS.name}: {sum(1 for _ in tree.iter('message'))} strings translated; {TS.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
