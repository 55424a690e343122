<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>Backup</name>
    <message>
      <source>No backup has been made to a USB drive yet.</source>
      <translation>Chưa sao lưu ra USB lần nào.</translation>
    </message>
    <message>
      <source>Last backup to a USB drive: %1 (%2 days ago). Please back up again.</source>
      <translation>Lần sao lưu ra USB gần nhất: %1 (cách đây %2 ngày). Đề nghị sao lưu lại.</translation>
    </message>
    <message>
      <source>Last backup to a USB drive: %1.</source>
      <translation>Lần sao lưu ra USB gần nhất: %1.</translation>
    </message>
    <message>
      <source>The operation failed.</source>
      <translation>Thao tác không thành công.</translation>
    </message>
    <message>
      <source>Back up to USB…</source>
      <translation>Sao lưu ra USB…</translation>
    </message>
    <message>
      <source>Save a checked copy of the database on a USB drive or in a folder</source>
      <translation>Lưu một bản sao đã kiểm tra của cơ sở dữ liệu ra USB hoặc vào một thư mục</translation>
    </message>
    <message>
      <source>Restore from a backup…</source>
      <translation>Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
      <source>Verify a backup file…</source>
      <translation>Kiểm tra tệp sao lưu…</translation>
    </message>
    <message>
      <source>Automatic backups on this computer…</source>
      <translation>Các bản sao lưu tự động trên máy này…</translation>
    </message>
    <message>
      <source>Backing up</source>
      <translation>Đang sao lưu</translation>
    </message>
    <message>
      <source>The backup was written and checked:
%1
%2 MB, %3 members%4.</source>
      <translation>Đã ghi và kiểm tra bản sao lưu:
%1
%2 MB, %3 đoàn viên%4.</translation>
    </message>
    <message>
      <source>, encrypted</source>
      <translation>, đã mã hóa</translation>
    </message>
    <message>
      <source>You can now remove the USB drive safely (eject it first).</source>
      <translation>Bây giờ có thể rút USB (hãy bấm "Eject"/"Tháo an toàn" trước).</translation>
    </message>
    <message>
      <source>The backup is complete, but it could not be noted in the database's log (the database is read-only or in use by another program).</source>
      <translation>Bản sao lưu đã xong, nhưng không ghi được vào nhật ký của cơ sở dữ liệu (tệp chỉ đọc hoặc đang được chương trình khác dùng).</translation>
    </message>
    <message>
      <source>Backup made</source>
      <translation>Đã sao lưu</translation>
    </message>
    <message>
      <source>Verify a backup file</source>
      <translation>Kiểm tra tệp sao lưu</translation>
    </message>
    <message>
      <source>Checking the backup</source>
      <translation>Đang kiểm tra bản sao lưu</translation>
    </message>
    <message>
      <source>%1 is complete and intact. Made %2, %3 members.</source>
      <translation>%1 đầy đủ và nguyên vẹn. Tạo lúc %2, %3 đoàn viên.</translation>
    </message>
    <message>
      <source>Backup check</source>
      <translation>Kiểm tra bản sao lưu</translation>
    </message>
    <message>
      <source>Restore from a backup</source>
      <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
      <source>Replace the current database with the backup %1?

The backup is checked first; the current database is saved in the backups folder before it is replaced.</source>
      <translation>Thay cơ sở dữ liệu hiện tại bằng bản sao lưu %1?

Bản sao lưu sẽ được kiểm tra trước; cơ sở dữ liệu hiện tại được lưu vào thư mục sao lưu trước khi bị thay thế.</translation>
    </message>
    <message>
      <source>Restoring</source>
      <translation>Đang khôi phục</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Khôi phục</translation>
    </message>
    <message>
      <source>The database was not changed.</source>
      <translation>Cơ sở dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
      <source>The backup was restored (%1 members).</source>
      <translation>Đã khôi phục bản sao lưu (%1 đoàn viên).</translation>
    </message>
    <message>
      <source>The database as it was before is saved as %1.</source>
      <translation>Cơ sở dữ liệu trước khi khôi phục được lưu tại %1.</translation>
    </message>
    <message>
      <source>The restore is complete, but it could not be noted in the database's log.</source>
      <translation>Đã khôi phục xong, nhưng không ghi được vào nhật ký của cơ sở dữ liệu.</translation>
    </message>
    <message>
      <source>Automatic backups are kept in %1: the last few, one a day for a week, one a week for two months and one a month for a year.</source>
      <translation>Các bản sao lưu tự động được giữ trong %1: vài bản mới nhất, mỗi ngày một bản trong một tuần, mỗi tuần một bản trong hai tháng và mỗi tháng một bản trong một năm.</translation>
    </message>
    <message>
      <source>Automatic backups</source>
      <translation>Sao lưu tự động</translation>
    </message>
    <message>
      <source>No automatic backup yet.</source>
      <translation>Chưa có bản sao lưu tự động nào.</translation>
    </message>
    <message>
      <source>Automatic backup failed: %1</source>
      <translation>Sao lưu tự động không thành công: %1</translation>
    </message>
    <message>
      <source>Automatic backup saved.</source>
      <translation>Đã sao lưu tự động.</translation>
    </message>
    <message>
      <source>Copying the database to this computer</source>
      <translation>Đang chép cơ sở dữ liệu về máy này</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Sao chép</translation>
    </message>
    <message>
      <source>The database now lives at %1 and opens from there from now on. The copy on the drive was left as it was; use the drive for backups.</source>
      <translation>Cơ sở dữ liệu nay nằm tại %1 và từ nay được mở từ đó. Bản trên ổ đĩa kia được giữ nguyên; hãy dùng ổ đó để sao lưu.</translation>
    </message>
    <message>
      <source>The destination is full: free some space or use another drive.</source>
      <translation>Nơi lưu đã đầy: hãy xóa bớt hoặc dùng ổ khác.</translation>
    </message>
    <message>
      <source>The drive was removed or stopped responding while writing.</source>
      <translation>Ổ đĩa bị rút ra hoặc ngừng phản hồi trong khi ghi.</translation>
    </message>
    <message>
      <source>The destination is write-protected (read-only).</source>
      <translation>Nơi lưu đang bị khóa ghi (chỉ đọc).</translation>
    </message>
    <message>
      <source>Wrong passphrase.</source>
      <translation>Sai mật khẩu.</translation>
    </message>
    <message>
      <source>This backup is encrypted: a passphrase is needed.</source>
      <translation>Bản sao lưu này đã mã hóa: cần nhập mật khẩu.</translation>
    </message>
    <message>
      <source>The backup's check file (manifest) is missing or damaged, so it cannot be trusted.</source>
      <translation>Thiếu hoặc hỏng tệp kiểm tra (manifest) của bản sao lưu, nên không thể tin cậy bản này.</translation>
    </message>
    <message>
      <source>The backup file is damaged or has been changed since it was made.</source>
      <translation>Tệp sao lưu bị hỏng hoặc đã bị thay đổi kể từ khi tạo.</translation>
    </message>
    <message>
      <source>This file is not a backup of this program.</source>
      <translation>Tệp này không phải bản sao lưu của chương trình.</translation>
    </message>
    <message>
      <source>This backup was made by a newer version of the program: please update the program.</source>
      <translation>Bản sao lưu này do phiên bản mới hơn của chương trình tạo ra: hãy cập nhật chương trình.</translation>
    </message>
    <message>
      <source>The database is open in another window or program: close it first.</source>
      <translation>Cơ sở dữ liệu đang được mở ở cửa sổ hoặc chương trình khác: hãy đóng lại trước.</translation>
    </message>
    <message>
      <source>A file with that name already exists.</source>
      <translation>Đã có tệp trùng tên.</translation>
    </message>
    <message>
      <source>Cancelled. Nothing was written.</source>
      <translation>Đã hủy. Không có gì được ghi.</translation>
    </message>
    <message>
      <source>The manifest (check file) is intact</source>
      <translation>Tệp kiểm tra (manifest) nguyên vẹn</translation>
    </message>
    <message>
      <source>SQLite header, program id and data version are valid</source>
      <translation>Phần đầu tệp SQLite, mã chương trình và phiên bản dữ liệu hợp lệ</translation>
    </message>
    <message>
      <source>Size = %1 pages × %2 bytes</source>
      <translation>Kích thước = %1 trang × %2 byte</translation>
    </message>
    <message>
      <source>SHA-256 checksum matches the manifest</source>
      <translation>Mã kiểm tra SHA-256 khớp với manifest</translation>
    </message>
    <message>
      <source>Record counts match the manifest (%1 members)</source>
      <translation>Số bản ghi khớp với manifest (%1 đoàn viên)</translation>
    </message>
    <message>
      <source>Every table of data version %1 is present</source>
      <translation>Có đủ mọi bảng của phiên bản dữ liệu %1</translation>
    </message>
    <message>
      <source>%1 passed when the backup was made; the SHA-256 proves the file has not changed since</source>
      <translation>%1 đạt khi tạo bản sao lưu; mã SHA-256 chứng tỏ tệp không thay đổi từ đó</translation>
    </message>
    <message>
      <source>%1 passed</source>
      <translation>%1 đạt</translation>
    </message>
    <message>
      <source>Passphrase accepted; every encrypted block is authentic</source>
      <translation>Mật khẩu đúng; mọi khối mã hóa đều xác thực</translation>
    </message>
    <message>
      <source>The encrypted file decrypts and matches the snapshot</source>
      <translation>Tệp mã hóa giải mã được và khớp với bản chụp</translation>
    </message>
    <message>
      <source>Read back from the destination: SHA-256 matches</source>
      <translation>Đọc lại từ nơi lưu: SHA-256 khớp</translation>
    </message>
    <message>
      <source>Taking a snapshot</source>
      <translation>Đang chụp dữ liệu</translation>
    </message>
    <message>
      <source>Checking the copy</source>
      <translation>Đang kiểm tra bản chụp</translation>
    </message>
    <message>
      <source>Writing to the destination</source>
      <translation>Đang ghi ra nơi lưu</translation>
    </message>
    <message>
      <source>Reading back</source>
      <translation>Đang đọc lại để kiểm tra</translation>
    </message>
    <message>
      <source>Encrypting</source>
      <translation>Đang mã hóa</translation>
    </message>
    <message>
      <source>Decrypting</source>
      <translation>Đang giải mã</translation>
    </message>
    <message>
      <source>Checking</source>
      <translation>Đang kiểm tra</translation>
    </message>
    <message>
      <source>Copying the backup</source>
      <translation>Đang chép bản sao lưu</translation>
    </message>
    <message>
      <source>Updating the backup to this version</source>
      <translation>Đang nâng cấp bản sao lưu lên phiên bản này</translation>
    </message>
    <message>
      <source>Safety backup of the current database</source>
      <translation>Đang sao lưu an toàn cơ sở dữ liệu hiện tại</translation>
    </message>
    <message>
      <source>Backups (*.sqlite3 *.scdb-enc);;All files (*)</source>
      <translation>Bản sao lưu (*.sqlite3 *.scdb-enc);;Mọi tệp (*)</translation>
    </message>
  </context>
  <context>
    <name>BackupDialog</name>
    <message>
      <source>Back up to USB</source>
      <translation>Sao lưu ra USB</translation>
    </message>
    <message>
      <source>Choose where to save the backup. Plug in a USB drive and press Refresh if it is not listed. Keep the USB drive somewhere safe, away from this computer.</source>
      <translation>Chọn nơi lưu bản sao lưu. Cắm USB rồi bấm Làm mới nếu chưa thấy trong danh sách. Cất USB ở nơi an toàn, tách khỏi máy tính này.</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Làm mới</translation>
    </message>
    <message>
      <source>Other folder…</source>
      <translation>Thư mục khác…</translation>
    </message>
    <message>
      <source>Encrypt with a passphrase (recommended for a USB drive that leaves the office)</source>
      <translation>Mã hóa bằng mật khẩu (nên dùng khi USB mang ra khỏi cơ quan)</translation>
    </message>
    <message>
      <source>Passphrase:</source>
      <translation>Mật khẩu:</translation>
    </message>
    <message>
      <source>Passphrase again:</source>
      <translation>Nhập lại mật khẩu:</translation>
    </message>
    <message>
      <source>Without the passphrase nobody, including you, can open the backup. Write it down and keep it apart from the drive.</source>
      <translation>Không có mật khẩu thì không ai, kể cả bạn, mở được bản sao lưu. Hãy ghi lại mật khẩu và cất riêng, không để cùng USB.</translation>
    </message>
    <message>
      <source>Back up</source>
      <translation>Sao lưu</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>USB drive: %1</source>
      <translation>USB: %1</translation>
    </message>
    <message>
      <source>(%1 GB free)</source>
      <translation>(còn trống %1 GB)</translation>
    </message>
    <message>
      <source>This computer: backups folder (%1)</source>
      <translation>Máy này: thư mục sao lưu (%1)</translation>
    </message>
    <message>
      <source>No USB drive found. Plug one in and press Refresh, or choose a folder.</source>
      <translation>Không thấy USB nào. Hãy cắm USB rồi bấm Làm mới, hoặc chọn một thư mục.</translation>
    </message>
    <message>
      <source>Choose a folder for the backup</source>
      <translation>Chọn thư mục lưu bản sao lưu</translation>
    </message>
    <message>
      <source>Folder: %1</source>
      <translation>Thư mục: %1</translation>
    </message>
    <message>
      <source>Choose where to save the backup.</source>
      <translation>Hãy chọn nơi lưu bản sao lưu.</translation>
    </message>
    <message>
      <source>That folder is not available any more (was the drive removed?).</source>
      <translation>Thư mục đó không còn truy cập được (USB đã bị rút ra?).</translation>
    </message>
    <message>
      <source>The passphrase must be at least %1 characters.</source>
      <translation>Mật khẩu phải có ít nhất %1 ký tự.</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>Hai lần nhập mật khẩu không khớp nhau.</translation>
    </message>
  </context>
  <context>
    <name>LocationWarningDialog</name>
    <message>
      <source>The database is not on this computer</source>
      <translation>Cơ sở dữ liệu không nằm trên máy này</translation>
    </message>
    <message>
      <source>The database %1 is on a network drive. SQLite cannot lock files reliably over a network: a dropped connection, or a second computer opening the file, can damage the records.</source>
      <translation>Cơ sở dữ liệu %1 đang nằm trên ổ mạng. SQLite không khóa tệp tin cậy được qua mạng: mất kết nối, hoặc một máy khác mở cùng tệp, có thể làm hỏng dữ liệu.</translation>
    </message>
    <message>
      <source>The database %1 is on a removable drive (USB stick or memory card). If the drive is pulled out or loses power while the program writes, the records can be damaged, and a lost drive takes everyone's personal data with it.</source>
      <translation>Cơ sở dữ liệu %1 đang nằm trên ổ tháo rời (USB hoặc thẻ nhớ). Nếu rút ổ hoặc mất điện khi chương trình đang ghi, dữ liệu có thể bị hỏng; làm mất ổ là mất luôn thông tin cá nhân của mọi người.</translation>
    </message>
    <message>
      <source>Keep the working database on this computer and use the drive for backups. The program can copy it to %1 and open the copy.</source>
      <translation>Hãy để cơ sở dữ liệu làm việc trên máy này và dùng ổ kia để sao lưu. Chương trình có thể chép nó về %1 và mở bản chép đó.</translation>
    </message>
    <message>
      <source>Copy to this computer and open the copy</source>
      <translation>Chép về máy này và mở bản chép</translation>
    </message>
    <message>
      <source>Keep working on the drive (not recommended)</source>
      <translation>Vẫn làm việc trên ổ đó (không khuyến nghị)</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <source>Encrypted backup</source>
      <translation>Bản sao lưu đã mã hóa</translation>
    </message>
    <message>
      <source>%1 is encrypted. Type its passphrase:</source>
      <translation>%1 đã được mã hóa. Nhập mật khẩu:</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>Đồng ý</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
  </context>
  <context>
    <name>VerdictDialog</name>
    <message>
      <source>Passed</source>
      <translation>ĐẠT</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>KHÔNG ĐẠT</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
  </context>
</TS>