"""Fill resources/translations/installer_vi.ts from the dictionary below and compile it.

    python installer/translate_vi.py        # after pyside6-lupdate has added new strings

Covers the first-run wizard, the settings dialog, the about box and the settings feature.
Fails (exit 1) when a source string has no Vietnamese text here.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "installer_vi.ts"
SOURCES = ["desktop_app/ui/first_run.py", "desktop_app/ui/body_form.py", "desktop_app/ui/settings_dialog.py",
           "desktop_app/ui/about.py", "desktop_app/ui/features/settings.py", "desktop_app/ui/setup_messages.py"]

VI = {
    # about
    "this program": "chương trình này",
    "font of printed documents": "phông chữ của văn bản in",
    "font of the interface and lists": "phông chữ của giao diện và danh sách",
    "windows and widgets": "cửa sổ và điều khiển giao diện",
    "programming language": "ngôn ngữ lập trình",
    "database engine": "hệ quản trị cơ sở dữ liệu",
    "PDF documents": "văn bản PDF",
    "images in documents": "hình ảnh trong văn bản",
    "text encodings": "bảng mã văn bản",
    "writing Excel files": "ghi tệp Excel",
    "reading Excel files": "đọc tệp Excel",
    "safe XML parsing": "đọc XML an toàn",
    "database helpers": "thư viện hỗ trợ cơ sở dữ liệu",
    "used by sqlite-utils": "dùng bởi sqlite-utils",
    "user folders": "thư mục của người dùng",
    "encrypted backups and exports": "mã hóa bản sao lưu và tệp xuất",
    "used by cryptography": "dùng bởi cryptography",
    "Python support libraries": "thư viện hỗ trợ của Python",
    "licence text": "văn bản giấy phép",
    "Record keeping for trade-union bodies directly above the grassroots.":
        "Quản lý hồ sơ của công đoàn cấp trên trực tiếp cơ sở.",
    "Python {python}, Qt {qt}, PySide6 {pyside}, {system}": "Python {python}, Qt {qt}, PySide6 {pyside}, {system}",
    "Your data": "Dữ liệu của bạn",
    "Database file:": "Tệp cơ sở dữ liệu:",
    "Data folder:": "Thư mục dữ liệu:",
    "Settings file:": "Tệp cài đặt:",
    "Uninstalling the program keeps this data. Back it up to a USB stick regularly.":
        "Gỡ cài đặt chương trình không xóa dữ liệu này. Hãy thường xuyên sao lưu ra USB.",
    "Licences": "Giấy phép",
    "Qt and PySide6 are used under the GNU LGPL version 3 as separate shared libraries in the program folder; "
    "you may replace them with compatible versions. Sources:":
        "Qt và PySide6 được dùng theo giấy phép GNU LGPL phiên bản 3, dưới dạng các thư viện dùng chung riêng "
        "trong thư mục chương trình; bạn có thể thay chúng bằng phiên bản tương thích. Mã nguồn:",
    "About {app}": "Giới thiệu {app}",
    "Close": "Đóng",
    # body form
    "National federation": "Tổng Liên đoàn",
    "Provincial federation": "LĐLĐ tỉnh",
    "City federation": "LĐLĐ thành phố",
    "District federation (former district level)": "LĐLĐ quận/huyện (cấp huyện trước đây)",
    "Commune union": "Công đoàn xã",
    "Ward union": "Công đoàn phường",
    "Industrial-zone union": "Công đoàn khu công nghiệp",
    "Sector union": "Công đoàn ngành",
    "Other": "Khác",
    "e.g. Liên đoàn Lao động quận Nam Từ Liêm": "ví dụ: Liên đoàn Lao động quận Nam Từ Liêm",
    "e.g. LĐLĐ quận Nam Từ Liêm": "ví dụ: LĐLĐ quận Nam Từ Liêm",
    "e.g. Liên đoàn Lao động thành phố Hà Nội": "ví dụ: Liên đoàn Lao động thành phố Hà Nội",
    "e.g. LĐLĐ TP Hà Nội": "ví dụ: LĐLĐ TP Hà Nội",
    "e.g. Nam Từ Liêm": "ví dụ: Nam Từ Liêm",
    "&Name of the managing body:": "&Tên đơn vị quản lý:",
    "&Short name (document header):": "Tên &viết tắt (đầu văn bản):",
    "&Kind:": "&Loại đơn vị:",
    "&Parent body:": "Cơ quan &cấp trên:",
    "Parent's s&hort name:": "Tên viết tắt của cấp t&rên:",
    "Parent's k&ind:": "Loại đơn vị cấp trê&n:",
    "e.g. CĐP, CĐX, CĐKCN, LĐLĐ": "ví dụ: CĐP, CĐX, CĐKCN, LĐLĐ",
    "The issuing body's code in document numbers, as in \"Số: 01/BB-CĐP\"":
        "Ký hiệu của cơ quan ban hành trong số văn bản, như \"Số: 01/BB-CĐP\"",
    "S&ymbol in document numbers:": "&Ký hiệu trong số văn bản:",
    "P&lace name for dates:": "&Địa danh ghi ngày tháng:",
    "How documents will begin:": "Phần đầu văn bản sẽ như sau:",
    "(NAME OF THE MANAGING BODY)": "(TÊN ĐƠN VỊ QUẢN LÝ)",
    "(place)": "(địa danh)",
    "{place}, ngày {d:02d} tháng {m:02d} năm {y}": "{place}, ngày {d:02d} tháng {m:02d} năm {y}",
    "Enter the name of the managing body.": "Hãy nhập tên đơn vị quản lý.",
    # wizard
    "Your managing body": "Đơn vị quản lý",
    "Since 2025 the level above the grassroots may be a commune or ward union, an industrial-zone or sector "
    "union as well as a district federation. Write the names as they appear on your documents.":
        "Từ năm 2025, cấp trên trực tiếp cơ sở có thể là công đoàn xã, phường, công đoàn khu công nghiệp, "
        "công đoàn ngành hoặc LĐLĐ quận/huyện. Hãy ghi tên đúng như trên văn bản của đơn vị.",
    "Where to keep the data": "Nơi lưu dữ liệu",
    "The database file lives in this folder. Keep it on this computer's own disk: a USB stick or a network "
    "drive can corrupt it when it is pulled out or disconnected. Backups go to USB sticks.":
        "Tệp cơ sở dữ liệu nằm trong thư mục này. Hãy để trên ổ đĩa của chính máy tính: USB hoặc ổ mạng có "
        "thể làm hỏng tệp khi bị rút ra hoặc mất kết nối. USB chỉ dùng để chứa bản sao lưu.",
    "&Browse…": "&Chọn…",
    "&Default": "&Mặc định",
    "&Folder:": "&Thư mục:",
    "Folder for the data": "Thư mục chứa dữ liệu",
    "This folder already holds a database of the program: you can use it on the next page.":
        "Thư mục này đã có cơ sở dữ liệu của chương trình: bạn có thể dùng lại ở trang sau.",
    "The file will be: {file}": "Tệp dữ liệu sẽ là: {file}",
    "{folder} is on {reason}.\nKeep the data on this computer's own disk; use USB sticks only for backups.":
        "{folder} nằm trên {reason}.\nHãy để dữ liệu trên ổ đĩa của chính máy tính; USB chỉ dùng để sao lưu.",
    "a removable drive (USB stick or memory card)": "ổ đĩa rời (USB hoặc thẻ nhớ)",
    "a network drive": "ổ đĩa mạng",
    "a CD/DVD drive": "ổ đĩa CD/DVD",
    "{app} — first start": "{app} — thiết lập lần đầu",
    "&Next >": "&Tiếp >",
    "< &Back": "< &Quay lại",
    "&Finish": "&Hoàn tất",
    "Cancel": "Hủy",
    "Cannot write the data: {error}": "Không ghi được dữ liệu: {error}",
    "Stop setting up? The program will close and ask again at the next start.":
        "Dừng thiết lập? Chương trình sẽ đóng và hỏi lại ở lần mở sau.",
    "How to start": "Bắt đầu như thế nào",
    "Demo data lets you try every function on a made-up district; start empty when you are ready to enter "
    "your own records.":
        "Dữ liệu mẫu giúp bạn thử mọi chức năng trên một quận giả định; chọn bắt đầu trống khi sẵn sàng "
        "nhập hồ sơ thật của đơn vị.",
    "Start with &demo data (149 made-up grassroots unions, about 10,000 members)":
        "Bắt đầu với &dữ liệu mẫu (149 công đoàn cơ sở giả định, khoảng 10.000 đoàn viên)",
    "Start &empty": "Bắt đầu &trống",
    "&Use the database already in the chosen folder": "Dùng &cơ sở dữ liệu có sẵn trong thư mục đã chọn",
    "&Restore a backup": "&Khôi phục từ bản sao lưu",
    "Backup file (for example on the USB stick)": "Tệp sao lưu (ví dụ trên USB)",
    "Choose…": "Chọn…",
    "Passphrase, if the backup is encrypted": "Mật khẩu, nếu bản sao lưu được mã hóa",
    "Backup to restore": "Bản sao lưu cần khôi phục",
    "Backups (*.sqlite3 *.scdb-enc);;All files (*)":
        "Bản sao lưu (*.sqlite3 *.scdb-enc);;Mọi tệp (*)",
    "Welcome to {app}": "Chào mừng đến với {app}",
    "This program keeps the records of a trade-union body directly above the grassroots: grassroots unions, "
    "members, officers, events, training courses and support paid, and prints minutes, lists and the yearly "
    "report.\n\nA few questions set it up for your office:\n"
    "  • where to keep the data on this computer,\n"
    "  • whether to start with demo data, empty, or from a backup,\n"
    "  • the name of your managing body and its parent (printed at the top of every document).\n\n"
    "Everything can be changed later in Settings.":
        "Chương trình quản lý hồ sơ của công đoàn cấp trên trực tiếp cơ sở: công đoàn cơ sở, đoàn viên, "
        "cán bộ, sự kiện, lớp tập huấn và các khoản hỗ trợ; in biên bản, danh sách và báo cáo tổng kết năm."
        "\n\nMột vài câu hỏi để thiết lập cho đơn vị của bạn:\n"
        "  • nơi lưu dữ liệu trên máy tính này,\n"
        "  • bắt đầu với dữ liệu mẫu, để trống, hay từ bản sao lưu,\n"
        "  • tên đơn vị quản lý và cơ quan cấp trên (in ở đầu mọi văn bản).\n\n"
        "Mọi thứ đều có thể thay đổi sau trong phần Cài đặt.",
    "Version {version}": "Phiên bản {version}",
    # settings dialog
    "Settings": "Cài đặt",
    "Managing &body": "Đơn vị &quản lý",
    "&Move the data to this folder": "&Chuyển dữ liệu sang thư mục này",
    "Moving copies the database with SQLite's backup function, checks the copy (integrity and the number of "
    "records in every table) and only then switches to it. The old file stays where it was, renamed "
    "*.moved-<date>; delete it when you are sure. Keep the data on this computer's own disk, never on a USB "
    "stick or a network drive.":
        "Khi chuyển, chương trình sao chép cơ sở dữ liệu bằng chức năng sao lưu của SQLite, kiểm tra bản sao "
        "(tính toàn vẹn và số bản ghi của từng bảng) rồi mới dùng bản mới. Tệp cũ vẫn ở chỗ cũ, đổi tên thành "
        "*.moved-<ngày>; hãy xóa khi đã chắc chắn. Luôn để dữ liệu trên ổ đĩa của chính máy tính, không để "
        "trên USB hay ổ mạng.",
    "Automatic backups: {folder}": "Bản sao lưu tự động: {folder}",
    "New folder for the data:": "Thư mục mới cho dữ liệu:",
    "&Data folder": "&Thư mục dữ liệu",
    "The new language takes effect the next time the program starts.":
        "Ngôn ngữ mới có hiệu lực từ lần mở chương trình tiếp theo.",
    "&Language:": "&Ngôn ngữ:",
    "&Language": "&Ngôn ngữ",
    "OK": "Đồng ý",
    "The database now: {file}": "Cơ sở dữ liệu hiện tại: {file}",
    "The data is already in this folder.": "Dữ liệu đã ở trong thư mục này.",
    "The data was not moved: {error}": "Chưa chuyển được dữ liệu: {error}",
    "The data is now in {file}.": "Dữ liệu đã được chuyển tới {file}.",
    # core.setup messages
    "The name of the managing body is required.": "Chưa nhập tên đơn vị quản lý.",
    "Choose a folder for the data.": "Hãy chọn thư mục chứa dữ liệu.",
    "Cannot write in {path}: {error}": "Không ghi được vào {path}: {error}",
    "Choose the backup file to restore.": "Hãy chọn tệp sao lưu cần khôi phục.",
    "This version of the program cannot restore backups.":
        "Phiên bản chương trình này chưa khôi phục được bản sao lưu.",
    "{path} already exists; choose an empty folder to restore into.":
        "{path} đã có; hãy chọn một thư mục trống để khôi phục vào.",
    "There is no database in {path}.": "Không có cơ sở dữ liệu nào trong {path}.",
    "{path} already holds data: choose \"use the database already in the chosen folder\" or another folder.":
        "{path} đã có dữ liệu: hãy chọn \"Dùng cơ sở dữ liệu có sẵn trong thư mục đã chọn\" hoặc một thư mục khác.",
    "{path} already exists; choose another folder.": "{path} đã có; hãy chọn thư mục khác.",
    "The copy in {path} is damaged ({error}); nothing was moved.":
        "Bản sao trong {path} bị hỏng ({error}); chưa chuyển gì cả.",
    "The copy does not hold the same records; nothing was moved.":
        "Bản sao không có đủ các bản ghi như bản gốc; chưa chuyển gì cả.",
    # settings feature
    "&Settings…": "&Cài đặt…",
    "Managing body, data folder and language": "Đơn vị quản lý, thư mục dữ liệu và ngôn ngữ",
    "&Licences…": "&Giấy phép…",
    "Version, where your data is, and the licences of the components":
        "Phiên bản, nơi lưu dữ liệu và giấy phép của các thành phần",
}


def main() -> int:
    bin_dir = Path(sys.executable).parent
    lupdate = bin_dir / "pyside6-lupdate"
    lrelease = bin_dir / "pyside6-lrelease"
    subprocess.run([str(lupdate if lupdate.exists() else "pyside6-lupdate"), *SOURCES, "-ts", str(TS),
                    "-no-obsolete"], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    tree = ET.parse(TS)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text
        tr = message.find("translation")
        if source not in VI:
            missing.append(source)
            continue
        tr.text = VI[source]
        tr.attrib.pop("type", None)
    if missing:
        print("no Vietnamese for:", *missing, sep="\n  ")
        return 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(lrelease if lrelease.exists() else "pyside6-lrelease"), str(TS), "-qm",
                    str(TS.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
