<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
    <context>
        <name>Backup</name>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="47" />
            <source>No backup has been made to a USB drive yet.</source>
            <translation>Chưa sao lưu ra USB lần nào.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="51" />
            <source>Last backup to a USB drive: %1 (%2 days ago). Please back up again.</source>
            <translation>Lần sao lưu ra USB gần nhất: %1 (cách đây %2 ngày). Đề nghị sao lưu lại.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="53" />
            <source>Last backup to a USB drive: %1.</source>
            <translation>Lần sao lưu ra USB gần nhất: %1.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/backup.py" line="55" />
            <source>Backups (*.sqlite3 *.scdb-enc);;All files (*)</source>
            <translation>Bản sao lưu (*.sqlite3 *.scdb-enc);;Mọi tệp (*)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/backup.py" line="68" />
            <source>Back up to USB…</source>
            <translation>Sao lưu ra USB…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/backup.py" line="71" />
            <source>Save a checked copy of the database on a USB drive or in a folder</source>
            <translation>Lưu một bản sao đã kiểm tra của cơ sở dữ liệu ra USB hoặc vào một thư mục</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/backup.py" line="72" />
            <source>Restore from a backup…</source>
            <translation>Khôi phục từ bản sao lưu…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/backup.py" line="73" />
            <source>Verify a backup file…</source>
            <translation>Kiểm tra tệp sao lưu…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/backup.py" line="74" />
            <source>Automatic backups on this computer…</source>
            <translation>Các bản sao lưu tự động trên máy này…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/backup.py" line="136" />
            <source>Backing up</source>
            <translation>Đang sao lưu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/backup.py" line="141" />
            <source>The backup was written and checked:
%1
%2 MB, %3 members%4.</source>
            <translation>Đã ghi và kiểm tra bản sao lưu:
%1
%2 MB, %3 đoàn viên%4.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/backup.py" line="144" />
            <source>, encrypted</source>
            <translation>, đã mã hóa</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/backup.py" line="146" />
            <source>You can now remove the USB drive safely (eject it first).</source>
            <translation>Bây giờ có thể rút USB (hãy bấm "Eject"/"Tháo an toàn" trước).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/backup.py" line="149" />
            <source>Backup made</source>
            <translation>Đã sao lưu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/backup.py" line="167" />
            <source>Verify a backup file</source>
            <translation>Kiểm tra tệp sao lưu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/backup.py" line="174" />
            <source>Checking the backup</source>
            <translation>Đang kiểm tra bản sao lưu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/backup.py" line="183" />
            <source>%1 is complete and intact. Made %2, %3 members.</source>
            <translation>%1 đầy đủ và nguyên vẹn. Tạo lúc %2, %3 đoàn viên.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/backup.py" line="185" />
            <location filename="../../desktop_app/ui/features/backup.py" line="188" />
            <source>Backup check</source>
            <translation>Kiểm tra bản sao lưu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/backup.py" line="195" />
            <location filename="../../desktop_app/ui/features/backup.py" line="202" />
            <source>Restore from a backup</source>
            <translation>Khôi phục từ bản sao lưu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/backup.py" line="203" />
            <source>Replace the current database with the backup %1?

The backup is checked first; the current database is saved in the backups folder before it is replaced.</source>
            <translation>Thay cơ sở dữ liệu hiện tại bằng bản sao lưu %1?

Bản sao lưu sẽ được kiểm tra trước; cơ sở dữ liệu hiện tại được lưu vào thư mục sao lưu trước khi bị thay thế.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/backup.py" line="219" />
            <source>Restoring</source>
            <translation>Đang khôi phục</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/backup.py" line="227" />
            <location filename="../../desktop_app/ui/features/backup.py" line="238" />
            <source>Restore</source>
            <translation>Khôi phục</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/backup.py" line="228" />
            <source>The database was not changed.</source>
            <translation>Cơ sở dữ liệu không bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/backup.py" line="231" />
            <source>The backup was restored (%1 members).</source>
            <translation>Đã khôi phục bản sao lưu (%1 đoàn viên).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/backup.py" line="234" />
            <source>The database as it was before is saved as %1.</source>
            <translation>Cơ sở dữ liệu trước khi khôi phục được lưu tại %1.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/backup.py" line="245" />
            <source>Automatic backups are kept in %1: the last few, one a day for a week, one a week for two months and one a month for a year.</source>
            <translation>Các bản sao lưu tự động được giữ trong %1: vài bản mới nhất, mỗi ngày một bản trong một tuần, mỗi tuần một bản trong hai tháng và mỗi tháng một bản trong một năm.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/backup.py" line="247" />
            <source>Automatic backups</source>
            <translation>Sao lưu tự động</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/backup.py" line="248" />
            <source>No automatic backup yet.</source>
            <translation>Chưa có bản sao lưu tự động nào.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/backup.py" line="276" />
            <source>Automatic backup failed: %1</source>
            <translation>Sao lưu tự động không thành công: %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/backup.py" line="278" />
            <source>Automatic backup saved.</source>
            <translation>Đã sao lưu tự động.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/backup.py" line="335" />
            <source>Copying the database to this computer</source>
            <translation>Đang chép cơ sở dữ liệu về máy này</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/backup.py" line="341" />
            <location filename="../../desktop_app/ui/features/backup.py" line="350" />
            <source>Copy</source>
            <translation>Sao chép</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/backup.py" line="350" />
            <source>The database now lives at %1 and opens from there from now on. The copy on the drive was left as it was; use the drive for backups.</source>
            <translation>Cơ sở dữ liệu nay nằm tại %1 và từ nay được mở từ đó. Bản trên ổ đĩa kia được giữ nguyên; hãy dùng ổ đó để sao lưu.</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="63" />
            <source>Back up to USB</source>
            <translation>Sao lưu ra USB</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="66" />
            <source>Choose where to save the backup. Plug in a USB drive and press Refresh if it is not listed. Keep the USB drive somewhere safe, away from this computer.</source>
            <translation>Chọn nơi lưu bản sao lưu. Cắm USB rồi bấm Làm mới nếu chưa thấy trong danh sách. Cất USB ở nơi an toàn, tách khỏi máy tính này.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="74" />
            <source>Refresh</source>
            <translation>Làm mới</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="75" />
            <source>Other folder…</source>
            <translation>Thư mục khác…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="81" />
            <source>Encrypt with a passphrase (recommended for a USB drive that leaves the office)</source>
            <translation>Mã hóa bằng mật khẩu (nên dùng khi USB mang ra khỏi cơ quan)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="88" />
            <source>Passphrase:</source>
            <translation>Mật khẩu:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="89" />
            <source>Passphrase again:</source>
            <translation>Nhập lại mật khẩu:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="94" />
            <source>Without the passphrase nobody, including you, can open the backup. Write it down and keep it apart from the drive.</source>
            <translation>Không có mật khẩu thì không ai, kể cả bạn, mở được bản sao lưu. Hãy ghi lại mật khẩu và cất riêng, không để cùng USB.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="110" />
            <source>Back up</source>
            <translation>Sao lưu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="111" />
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="131" />
            <source>USB drive: %1</source>
            <translation>USB: %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="133" />
            <source>(%1 GB free)</source>
            <translation>(còn trống %1 GB)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="135" />
            <source>This computer: backups folder (%1)</source>
            <translation>Máy này: thư mục sao lưu (%1)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="138" />
            <source>No USB drive found. Plug one in and press Refresh, or choose a folder.</source>
            <translation>Không thấy USB nào. Hãy cắm USB rồi bấm Làm mới, hoặc chọn một thư mục.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="147" />
            <source>Choose a folder for the backup</source>
            <translation>Chọn thư mục lưu bản sao lưu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="149" />
            <source>Folder: %1</source>
            <translation>Thư mục: %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="160" />
            <source>Choose where to save the backup.</source>
            <translation>Hãy chọn nơi lưu bản sao lưu.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="163" />
            <source>That folder is not available any more (was the drive removed?).</source>
            <translation>Thư mục đó không còn truy cập được (USB đã bị rút ra?).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="167" />
            <source>The passphrase must be at least %1 characters.</source>
            <translation>Mật khẩu phải có ít nhất %1 ký tự.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="171" />
            <source>The two passphrases differ.</source>
            <translation>Hai lần nhập mật khẩu không khớp nhau.</translation>
        </message>
    </context>
    <context>
        <name>LocationWarningDialog</name>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="237" />
            <source>The database is not on this computer</source>
            <translation>Cơ sở dữ liệu không nằm trên máy này</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="241" />
            <source>The database %1 is on a network drive. SQLite cannot lock files reliably over a network: a dropped connection, or a second computer opening the file, can damage the records.</source>
            <translation>Cơ sở dữ liệu %1 đang nằm trên ổ mạng. SQLite không khóa tệp tin cậy được qua mạng: mất kết nối, hoặc một máy khác mở cùng tệp, có thể làm hỏng dữ liệu.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="245" />
            <source>The database %1 is on a removable drive (USB stick or memory card). If the drive is pulled out or loses power while the program writes, the records can be damaged, and a lost drive takes everyone's personal data with it.</source>
            <translation>Cơ sở dữ liệu %1 đang nằm trên ổ tháo rời (USB hoặc thẻ nhớ). Nếu rút ổ hoặc mất điện khi chương trình đang ghi, dữ liệu có thể bị hỏng; làm mất ổ là mất luôn thông tin cá nhân của mọi người.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="248" />
            <source>Keep the working database on this computer and use the drive for backups. The program can copy it to %1 and open the copy.</source>
            <translation>Hãy để cơ sở dữ liệu làm việc trên máy này và dùng ổ kia để sao lưu. Chương trình có thể chép nó về %1 và mở bản chép đó.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="254" />
            <source>Copy to this computer and open the copy</source>
            <translation>Chép về máy này và mở bản chép</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="256" />
            <source>Keep working on the drive (not recommended)</source>
            <translation>Vẫn làm việc trên ổ đó (không khuyến nghị)</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="179" />
            <source>Encrypted backup</source>
            <translation>Bản sao lưu đã mã hóa</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="181" />
            <source>%1 is encrypted. Type its passphrase:</source>
            <translation>%1 đã được mã hóa. Nhập mật khẩu:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="188" />
            <location filename="../../desktop_app/ui/security_page.py" line="53" />
            <source>OK</source>
            <translation>Đồng ý</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="189" />
            <location filename="../../desktop_app/ui/security_page.py" line="54" />
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/security_page.py" line="37" />
            <source>Recovery passphrase</source>
            <translation>Cụm mật khẩu khôi phục</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/security_page.py" line="38" />
            <source>The recovery passphrase opens the data on another computer, or on this one after Windows is reinstalled. Choose at least {n} characters, write it down and keep it apart from the computer and the backups.</source>
            <translation>Cụm mật khẩu khôi phục dùng để mở dữ liệu trên máy tính khác, hoặc trên máy này sau khi cài lại Windows. Hãy chọn ít nhất {n} ký tự, ghi lại và cất riêng với máy tính và các bản sao lưu.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/security_page.py" line="50" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Cụm mật khẩu:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/security_page.py" line="51" />
            <source>&amp;Again:</source>
            <translation>&amp;Nhập lại:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/security_page.py" line="68" />
            <source>At least {n} characters.</source>
            <translation>Cần ít nhất {n} ký tự.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/security_page.py" line="71" />
            <source>The two passphrases differ.</source>
            <translation>Hai lần nhập không giống nhau.</translation>
        </message>
    </context>
    <context>
        <name>VerdictDialog</name>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="204" />
            <source>Failed</source>
            <translation>KHÔNG ĐẠT</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="204" />
            <source>Passed</source>
            <translation>ĐẠT</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_dialog.py" line="224" />
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
    </context>
</TS>
