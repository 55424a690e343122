<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>Statistics</name>
    <message>
      <source>Statistics report 02-HĐCĐ…</source>
      <translation>Báo cáo số liệu 02-HĐCĐ…</translation>
    </message>
    <message>
      <source>Statistics report 02-HĐCĐ</source>
      <translation>Báo cáo số liệu 02-HĐCĐ</translation>
    </message>
    <message>
      <source>Figures as of:</source>
      <translation>Số liệu tính đến:</translation>
    </message>
    <message>
      <source>31 May (half year)</source>
      <translation>Ngày 31/5 (6 tháng)</translation>
    </message>
    <message>
      <source>30 November (year)</source>
      <translation>Ngày 30/11 (cả năm)</translation>
    </message>
    <message>
      <source>Another date</source>
      <translation>Ngày khác</translation>
    </message>
    <message>
      <source>Year:</source>
      <translation>Năm:</translation>
    </message>
    <message>
      <source>%1 of %2 grassroots unions have returned their 01-HĐCĐ for %3.</source>
      <translation>%1/%2 công đoàn cơ sở đã gửi mẫu 01-HĐCĐ tính đến ngày %3.</translation>
    </message>
    <message>
      <source>Not returned yet (their labour figures will be missing):</source>
      <translation>Chưa gửi (mục I sẽ thiếu số liệu của các CĐCS này):</translation>
    </message>
    <message>
      <source>Every grassroots union has returned its 01-HĐCĐ.</source>
      <translation>Tất cả công đoàn cơ sở đã gửi mẫu 01-HĐCĐ.</translation>
    </message>
    <message>
      <source>Make the PDF</source>
      <translation>Lập báo cáo PDF</translation>
    </message>
    <message>
      <source>Save as Excel…</source>
      <translation>Lưu ra Excel…</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Saved: %1</source>
      <translation>Đã lưu: %1</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>Period figures…</source>
      <translation>Số liệu kỳ báo cáo…</translation>
    </message>
    <message>
      <source>Period figures of %1</source>
      <translation>Số liệu kỳ báo cáo của %1</translation>
    </message>
    <message>
      <source>Select a grassroots union in the Unions tab first.</source>
      <translation>Hãy chọn một công đoàn cơ sở ở thẻ Công đoàn cơ sở trước.</translation>
    </message>
    <message>
      <source>Section I of 01-HĐCĐ: figures only the union knows. Leave a field empty if it is not known.</source>
      <translation>Mục I của mẫu 01-HĐCĐ: số liệu do công đoàn cơ sở cung cấp. Để trống nếu chưa biết.</translation>
    </message>
    <message>
      <source>entered by %1 on %2</source>
      <translation>%1 nhập lúc %2</translation>
    </message>
    <message>
      <source>from the returned 01-HĐCĐ, %1</source>
      <translation>theo mẫu 01-HĐCĐ nhận về, %1</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Lưu</translation>
    </message>
    <message>
      <source>01-HĐCĐ template…</source>
      <translation>Mẫu 01-HĐCĐ gửi CĐCS…</translation>
    </message>
    <message>
      <source>%1: not a number</source>
      <translation>%1: không phải là số</translation>
    </message>
    <message>
      <source>%1: must not be negative</source>
      <translation>%1: không được là số âm</translation>
    </message>
    <message>
      <source>%1: must be a whole number</source>
      <translation>%1: phải là số nguyên</translation>
    </message>
    <message>
      <source>%1 cannot be more than the workers</source>
      <translation>%1 không thể nhiều hơn tổng số lao động</translation>
    </message>
    <message>
      <source>Nothing changed.</source>
      <translation>Không có gì thay đổi.</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Đã lưu.</translation>
    </message>
  </context>
</TS>