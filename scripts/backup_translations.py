"""Build resources/translations/backup_vi.ts and .qm for the Backup feature.

    .venv/bin/python scripts/backup_translations.py

Runs pyside6-lupdate over the backup UI modules, files the module-level ``tr()`` calls
(which lupdate puts in an empty context) under "Backup" as the code looks them up,
adds the strings passed to ``tr()`` through variables, fills in the Vietnamese below
and compiles the .qm with pyside6-lrelease. Fails if any string is left untranslated.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ["desktop_app/ui/backup_dialog.py", "desktop_app/ui/features/backup.py"]
TS = ROOT / "resources" / "translations" / "backup_vi.ts"
BIN = Path(sys.executable).parent

sys.path.insert(0, str(ROOT))
from desktop_app.ui.backup_dialog import _CHECKS, _REASONS, PHASES  # noqa: E402
from desktop_app.ui.features.backup import FILE_FILTER  # noqa: E402

EXTRA = [headline for _, headline in _REASONS + _CHECKS] + PHASES + [FILE_FILTER]

VI = {
    # status line and menu
    "No backup has been made to a USB drive yet.": "Chưa sao lưu ra USB lần nào.",
    "Last backup to a USB drive: %1 (%2 days ago). Please back up again.":
        "Lần sao lưu ra USB gần nhất: %1 (cách đây %2 ngày). Đề nghị sao lưu lại.",
    "Last backup to a USB drive: %1.": "Lần sao lưu ra USB gần nhất: %1.",
    "The operation failed.": "Thao tác không thành công.",
    "Back up to USB…": "Sao lưu ra USB…",
    "Save a checked copy of the database on a USB drive or in a folder":
        "Lưu một bản sao đã kiểm tra của cơ sở dữ liệu ra USB hoặc vào một thư mục",
    "Restore from a backup…": "Khôi phục từ bản sao lưu…",
    "Verify a backup file…": "Kiểm tra tệp sao lưu…",
    "Automatic backups on this computer…": "Các bản sao lưu tự động trên máy này…",
    "Backing up": "Đang sao lưu",
    "The backup was written and checked:\n%1\n%2 MB, %3 members%4.":
        "Đã ghi và kiểm tra bản sao lưu:\n%1\n%2 MB, %3 đoàn viên%4.",
    ", encrypted": ", đã mã hóa",
    "You can now remove the USB drive safely (eject it first).":
        "Bây giờ có thể rút USB (hãy bấm \"Eject\"/\"Tháo an toàn\" trước).",
    "Backup made": "Đã sao lưu",
    "Verify a backup file": "Kiểm tra tệp sao lưu",
    "Checking the backup": "Đang kiểm tra bản sao lưu",
    "%1 is complete and intact. Made %2, %3 members.":
        "%1 đầy đủ và nguyên vẹn. Tạo lúc %2, %3 đoàn viên.",
    "Backup check": "Kiểm tra bản sao lưu",
    "Restore from a backup": "Khôi phục từ bản sao lưu",
    "Replace the current database with the backup %1?\n\nThe backup is checked first; the current database "
    "is saved in the backups folder before it is replaced.":
        "Thay cơ sở dữ liệu hiện tại bằng bản sao lưu %1?\n\nBản sao lưu sẽ được kiểm tra trước; cơ sở dữ liệu "
        "hiện tại được lưu vào thư mục sao lưu trước khi bị thay thế.",
    "Restoring": "Đang khôi phục",
    "Restore": "Khôi phục",
    "The database was not changed.": "Cơ sở dữ liệu không bị thay đổi.",
    "The backup was restored (%1 members).": "Đã khôi phục bản sao lưu (%1 đoàn viên).",
    "The database as it was before is saved as %1.": "Cơ sở dữ liệu trước khi khôi phục được lưu tại %1.",
    "Automatic backups are kept in %1: the last few, one a day for a week, one a week for two months and one "
    "a month for a year.":
        "Các bản sao lưu tự động được giữ trong %1: vài bản mới nhất, mỗi ngày một bản trong một tuần, "
        "mỗi tuần một bản trong hai tháng và mỗi tháng một bản trong một năm.",
    "Automatic backups": "Sao lưu tự động",
    "No automatic backup yet.": "Chưa có bản sao lưu tự động nào.",
    "Automatic backup failed: %1": "Sao lưu tự động không thành công: %1",
    "Automatic backup saved.": "Đã sao lưu tự động.",
    "Copying the database to this computer": "Đang chép cơ sở dữ liệu về máy này",
    "Copy": "Sao chép",
    "The database now lives at %1 and opens from there from now on. The copy on the drive was left as it "
    "was; use the drive for backups.":
        "Cơ sở dữ liệu nay nằm tại %1 và từ nay được mở từ đó. Bản trên ổ đĩa kia được giữ nguyên; "
        "hãy dùng ổ đó để sao lưu.",
    # backup dialog
    "Back up to USB": "Sao lưu ra USB",
    "Choose where to save the backup. Plug in a USB drive and press Refresh if it is not listed. Keep the "
    "USB drive somewhere safe, away from this computer.":
        "Chọn nơi lưu bản sao lưu. Cắm USB rồi bấm Làm mới nếu chưa thấy trong danh sách. Cất USB ở nơi "
        "an toàn, tách khỏi máy tính này.",
    "Refresh": "Làm mới",
    "Other folder…": "Thư mục khác…",
    "Encrypt with a passphrase (recommended for a USB drive that leaves the office)":
        "Mã hóa bằng mật khẩu (nên dùng khi USB mang ra khỏi cơ quan)",
    "Passphrase:": "Mật khẩu:",
    "Passphrase again:": "Nhập lại mật khẩu:",
    "Without the passphrase nobody, including you, can open the backup. Write it down and keep it apart "
    "from the drive.":
        "Không có mật khẩu thì không ai, kể cả bạn, mở được bản sao lưu. Hãy ghi lại mật khẩu và cất "
        "riêng, không để cùng USB.",
    "Back up": "Sao lưu",
    "Close": "Đóng",
    "USB drive: %1": "USB: %1",
    "This computer: backups folder (%1)": "Máy này: thư mục sao lưu (%1)",
    "No USB drive found. Plug one in and press Refresh, or choose a folder.":
        "Không thấy USB nào. Hãy cắm USB rồi bấm Làm mới, hoặc chọn một thư mục.",
    "Choose a folder for the backup": "Chọn thư mục lưu bản sao lưu",
    "Folder: %1": "Thư mục: %1",
    "Choose where to save the backup.": "Hãy chọn nơi lưu bản sao lưu.",
    "That folder is not available any more (was the drive removed?).":
        "Thư mục đó không còn truy cập được (USB đã bị rút ra?).",
    "The passphrase must be at least %1 characters.": "Mật khẩu phải có ít nhất %1 ký tự.",
    "The two passphrases differ.": "Hai lần nhập mật khẩu không khớp nhau.",
    # location warning
    "The database is not on this computer": "Cơ sở dữ liệu không nằm trên máy này",
    "The database %1 is on a network drive. SQLite cannot lock files reliably over a network: a dropped "
    "connection, or a second computer opening the file, can damage the records.":
        "Cơ sở dữ liệu %1 đang nằm trên ổ mạng. SQLite không khóa tệp tin cậy được qua mạng: mất kết nối, "
        "hoặc một máy khác mở cùng tệp, có thể làm hỏng dữ liệu.",
    "The database %1 is on a removable drive (USB stick or memory card). If the drive is pulled out or "
    "loses power while the program writes, the records can be damaged, and a lost drive takes everyone's "
    "personal data with it.":
        "Cơ sở dữ liệu %1 đang nằm trên ổ tháo rời (USB hoặc thẻ nhớ). Nếu rút ổ hoặc mất điện khi chương "
        "trình đang ghi, dữ liệu có thể bị hỏng; làm mất ổ là mất luôn thông tin cá nhân của mọi người.",
    "Keep the working database on this computer and use the drive for backups. The program can copy it to "
    "%1 and open the copy.":
        "Hãy để cơ sở dữ liệu làm việc trên máy này và dùng ổ kia để sao lưu. Chương trình có thể chép nó "
        "về %1 và mở bản chép đó.",
    "Copy to this computer and open the copy": "Chép về máy này và mở bản chép",
    "Keep working on the drive (not recommended)": "Vẫn làm việc trên ổ đó (không khuyến nghị)",
    # passphrase and verdict
    "Encrypted backup": "Bản sao lưu đã mã hóa",
    "%1 is encrypted. Type its passphrase:": "%1 đã được mã hóa. Nhập mật khẩu:",
    "OK": "Đồng ý",
    "Cancel": "Hủy",
    "Passed": "ĐẠT",
    "Failed": "KHÔNG ĐẠT",
    "(%1 GB free)": "(còn trống %1 GB)",
    # phases of long operations
    "Taking a snapshot": "Đang chụp dữ liệu",
    "Checking the copy": "Đang kiểm tra bản chụp",
    "Writing to the destination": "Đang ghi ra nơi lưu",
    "Reading back": "Đang đọc lại để kiểm tra",
    "Encrypting": "Đang mã hóa",
    "Decrypting": "Đang giải mã",
    "Checking": "Đang kiểm tra",
    "Copying the backup": "Đang chép bản sao lưu",
    "Updating the backup to this version": "Đang nâng cấp bản sao lưu lên phiên bản này",
    "Safety backup of the current database": "Đang sao lưu an toàn cơ sở dữ liệu hiện tại",
    # checks listed in a verdict
    "The manifest (check file) is intact": "Tệp kiểm tra (manifest) nguyên vẹn",
    "SQLite header, program id and data version are valid":
        "Phần đầu tệp SQLite, mã chương trình và phiên bản dữ liệu hợp lệ",
    "Size = %1 pages × %2 bytes": "Kích thước = %1 trang × %2 byte",
    "SHA-256 checksum matches the manifest": "Mã kiểm tra SHA-256 khớp với manifest",
    "Record counts match the manifest (%1 members)": "Số bản ghi khớp với manifest (%1 đoàn viên)",
    "%1 passed when the backup was made; the SHA-256 proves the file has not changed since":
        "%1 đạt khi tạo bản sao lưu; mã SHA-256 chứng tỏ tệp không thay đổi từ đó",
    "%1 passed": "%1 đạt",
    "Passphrase accepted; every encrypted block is authentic": "Mật khẩu đúng; mọi khối mã hóa đều xác thực",
    "The encrypted file decrypts and matches the snapshot": "Tệp mã hóa giải mã được và khớp với bản chụp",
    "Read back from the destination: SHA-256 matches": "Đọc lại từ nơi lưu: SHA-256 khớp",
    # reasons (headlines for core messages)
    "The destination is full: free some space or use another drive.":
        "Nơi lưu đã đầy: hãy xóa bớt hoặc dùng ổ khác.",
    "The drive was removed or stopped responding while writing.":
        "Ổ đĩa bị rút ra hoặc ngừng phản hồi trong khi ghi.",
    "The destination is write-protected (read-only).": "Nơi lưu đang bị khóa ghi (chỉ đọc).",
    "Wrong passphrase.": "Sai mật khẩu.",
    "This backup is encrypted: a passphrase is needed.": "Bản sao lưu này đã mã hóa: cần nhập mật khẩu.",
    "The backup's check file (manifest) is missing or damaged, so it cannot be trusted.":
        "Thiếu hoặc hỏng tệp kiểm tra (manifest) của bản sao lưu, nên không thể tin cậy bản này.",
    "The backup file is damaged or has been changed since it was made.":
        "Tệp sao lưu bị hỏng hoặc đã bị thay đổi kể từ khi tạo.",
    "This file is not a backup of this program.": "Tệp này không phải bản sao lưu của chương trình.",
    "Every table of data version %1 is present": "Có đủ mọi bảng của phiên bản dữ liệu %1",
    "The restore is complete, but it could not be noted in the database's log.":
        "Đã khôi phục xong, nhưng không ghi được vào nhật ký của cơ sở dữ liệu.",
    "The backup is complete, but it could not be noted in the database's log (the database is read-only or in "
    "use by another program).":
        "Bản sao lưu đã xong, nhưng không ghi được vào nhật ký của cơ sở dữ liệu (tệp chỉ đọc hoặc đang được "
        "chương trình khác dùng).",
    "This backup was made by a newer version of the program: please update the program.":
        "Bản sao lưu này do phiên bản mới hơn của chương trình tạo ra: hãy cập nhật chương trình.",
    "The database is open in another window or program: close it first.":
        "Cơ sở dữ liệu đang được mở ở cửa sổ hoặc chương trình khác: hãy đóng lại trước.",
    "A file with that name already exists.": "Đã có tệp trùng tên.",
    "Cancelled. Nothing was written.": "Đã hủy. Không có gì được ghi.",
    "Backups (*.sqlite3 *.scdb-enc);;All files (*)": "Bản sao lưu (*.sqlite3 *.scdb-enc);;Mọi tệp (*)",
}


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw.ts"
        subprocess.run([str(BIN / "pyside6-lupdate"), *SOURCES, "-ts", str(raw)], cwd=ROOT, check=True,
                       capture_output=True)
        tree = ET.parse(raw)
    root = tree.getroot()
    root.set("language", "vi_VN")
    contexts = {c.findtext("name") or "": c for c in root.findall("context")}
    backup = contexts.pop("", None)
    if backup is None:
        backup = ET.SubElement(root, "context")
        ET.SubElement(backup, "name")
    backup.find("name").text = "Backup"
    present = {m.findtext("source") for m in backup.findall("message")}
    for text in EXTRA:
        if text not in present:
            m = ET.SubElement(backup, "message")
            ET.SubElement(m, "source").text = text
            ET.SubElement(m, "translation")
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
    TS.parent.mkdir(parents=True, exist_ok=True)
    with open(TS, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True,
                   capture_output=True)
    print(f"wrote {TS.relative_to(ROOT)} and {TS.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
