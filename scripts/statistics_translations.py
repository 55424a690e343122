"""Build resources/translations/statistics_vi.ts and .qm for the statistics forms window.

    .venv/bin/python scripts/statistics_translations.py

Runs pyside6-lupdate over ``ui/features/statistics.py`` (every string is marked with
``QT_TRANSLATE_NOOP("Statistics", ...)``), fills in the Vietnamese below and compiles
the .qm with pyside6-lrelease. Fails if any string is left untranslated.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ["desktop_app/ui/features/statistics.py"]
TS = ROOT / "resources" / "translations" / "statistics_vi.ts"
BIN = Path(sys.executable).parent

VI = {
    "Statistics report 02-HĐCĐ…": "Báo cáo số liệu 02-HĐCĐ…",
    "Statistics report 02-HĐCĐ": "Báo cáo số liệu 02-HĐCĐ",
    "Figures as of:": "Số liệu tính đến:",
    "31 May (half year)": "Ngày 31/5 (6 tháng)",
    "30 November (year)": "Ngày 30/11 (cả năm)",
    "Another date": "Ngày khác",
    "Year:": "Năm:",
    "%1 of %2 grassroots unions have returned their 01-HĐCĐ for %3.":
        "%1/%2 công đoàn cơ sở đã gửi mẫu 01-HĐCĐ tính đến ngày %3.",
    "Not returned yet (their labour figures will be missing):":
        "Chưa gửi (mục I sẽ thiếu số liệu của các CĐCS này):",
    "Every grassroots union has returned its 01-HĐCĐ.": "Tất cả công đoàn cơ sở đã gửi mẫu 01-HĐCĐ.",
    "Make the PDF": "Lập báo cáo PDF",
    "Save as Excel…": "Lưu ra Excel…",
    "Excel workbooks (*.xlsx)": "Tệp Excel (*.xlsx)",
    "Saved: %1": "Đã lưu: %1",
    "Close": "Đóng",
    "Period figures of the selected union…": "Số liệu kỳ báo cáo của CĐCS đang chọn…",
    "Period figures of %1": "Số liệu kỳ báo cáo của %1",
    "Select a grassroots union in the Unions tab first.": "Hãy chọn một công đoàn cơ sở ở thẻ Công đoàn cơ sở trước.",
    "Section I of 01-HĐCĐ: figures only the union knows. Leave a field empty if it is not known.":
        "Mục I của mẫu 01-HĐCĐ: số liệu do công đoàn cơ sở cung cấp. Để trống nếu chưa biết.",
    "entered by %1 on %2": "%1 nhập lúc %2",
    "from the returned 01-HĐCĐ, %1": "theo mẫu 01-HĐCĐ nhận về, %1",
    "Save": "Lưu",
    "01-HĐCĐ template…": "Mẫu 01-HĐCĐ gửi CĐCS…",
    "%1: not a number": "%1: không phải là số",
    "%1: must not be negative": "%1: không được là số âm",
    "%1: must be a whole number": "%1: phải là số nguyên",
    "%1 cannot be more than the workers": "%1 không thể nhiều hơn tổng số lao động",
    "Nothing changed.": "Không có gì thay đổi.",
    "Saved.": "Đã lưu.",
    "Import returned 01-HĐCĐ…": "Nhập mẫu 01-HĐCĐ các CĐCS gửi về…",
    "Import returned 01-HĐCĐ": "Nhập mẫu 01-HĐCĐ các CĐCS gửi về",
    "Workbooks (*.xlsx *.xlsm *.xls *.ods)": "Tệp bảng tính (*.xlsx *.xlsm *.xls *.ods)",
    "Figures as of %1: %2 workbooks can be imported, %3 are refused. "
    "%4 grassroots unions have not returned theirs yet.":
        "Số liệu tính đến ngày %1: %2 tệp nhập được, %3 tệp bị từ chối. Còn %4 CĐCS chưa gửi.",
    "Imported: %1 figures changed.": "Đã nhập: %1 số liệu thay đổi.",
    "Import": "Nhập",
    "Workbook": "Tệp",
    "Union": "Công đoàn cơ sở",
    "Result": "Kết quả",
    "Where": "Vị trí",
    "Problem": "Vấn đề",
    "accepted": "nhận",
    "refused": "từ chối",
    "note": "lưu ý",
    "row %1": "dòng %1",
    "cannot be read: %1": "không đọc được: %1",
    "not a 01-HĐCĐ workbook": "không phải mẫu 01-HĐCĐ",
    "the workbook does not name its union": "tệp không ghi tên công đoàn cơ sở",
    "union not found: %1": "không tìm thấy công đoàn cơ sở: %1",
    "the date of the figures is not a date: %1": "ngày số liệu không hợp lệ: %1",
    "the workbook does not give the date of its figures": "tệp không ghi ngày tính số liệu",
    "the table of figures was not found": "không thấy bảng số liệu (cột \"Chỉ tiêu\")",
    "%1: a negative number: %2": "%1: số âm: %2",
    "%1: not a number: %2": "%1: không phải là số: %2",
    "women (%1) are more than the workers (%2)": "số lao động nữ (%1) nhiều hơn tổng số lao động (%2)",
    "%1: %2 is more than the workers (%3)": "%1: %2 nhiều hơn tổng số lao động (%3)",
    "section I (labour, income) is not filled in": "chưa điền mục I (lao động, thu nhập)",
    "the workbook has no figures filled in": "tệp chưa điền số liệu nào",
    "figures as of %1, not as of %2 (another period)": "số liệu tính đến %1, không phải %2 (khác kỳ báo cáo)",
    "%1: a second workbook for the same union (the first was %2)":
        "%1: tệp thứ hai của cùng một CĐCS (tệp trước: %2)",
    "%1 was not active on %2": "%1 không còn hoạt động vào ngày %2",
    "%1: %2 = %3 in the workbook, %4 in the records": "%1: %2 = %3 theo mẫu gửi về, %4 theo dữ liệu",
}


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw.ts"
        subprocess.run([str(BIN / "pyside6-lupdate"), *SOURCES, "-ts", str(raw)], cwd=ROOT, check=True,
                       capture_output=True)
        tree = ET.parse(raw)
    root = tree.getroot()
    root.set("language", "vi_VN")
    missing = []
    for context in root.findall("context"):
        for m in context.findall("message"):
            for loc in m.findall("location"):
                m.remove(loc)
            src = m.findtext("source")
            tr = m.find("translation")
            if src in VI:
                tr.text = VI[src]
                tr.attrib.pop("type", None)
            else:
                missing.append(f"{context.findtext('name')}: {src!r}")
    if missing:
        print("untranslated:\n  " + "\n  ".join(missing), file=sys.stderr)
        return 1
    ET.indent(tree)
    with open(TS, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True,
                   capture_output=True)
    print(f"wrote {TS.relative_to(ROOT)} and {TS.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
