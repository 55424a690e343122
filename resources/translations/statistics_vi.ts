<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
    <context>
        <name>Statistics</name>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="56" />
            <source>Statistics report 02-HĐCĐ…</source>
            <translation>Báo cáo số liệu 02-HĐCĐ…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="57" />
            <source>Statistics report 02-HĐCĐ</source>
            <translation>Báo cáo số liệu 02-HĐCĐ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="58" />
            <source>Figures as of:</source>
            <translation>Số liệu tính đến:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="59" />
            <source>31 May (half year)</source>
            <translation>Ngày 31/5 (6 tháng)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="60" />
            <source>30 November (year)</source>
            <translation>Ngày 30/11 (cả năm)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="61" />
            <source>Another date</source>
            <translation>Ngày khác</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="62" />
            <source>Year:</source>
            <translation>Năm:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="63" />
            <source>%1 of %2 grassroots unions have returned their 01-HĐCĐ for %3.</source>
            <translation>%1/%2 công đoàn cơ sở đã gửi mẫu 01-HĐCĐ tính đến ngày %3.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="64" />
            <source>Not returned yet (their labour figures will be missing):</source>
            <translation>Chưa gửi (mục I sẽ thiếu số liệu của các CĐCS này):</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="65" />
            <source>Every grassroots union has returned its 01-HĐCĐ.</source>
            <translation>Tất cả công đoàn cơ sở đã gửi mẫu 01-HĐCĐ.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="66" />
            <source>Make the PDF</source>
            <translation>Lập báo cáo PDF</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="67" />
            <source>Save as Excel…</source>
            <translation>Lưu ra Excel…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="68" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Tệp Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="69" />
            <source>Saved: %1</source>
            <translation>Đã lưu: %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="70" />
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="71" />
            <source>Period figures of the selected union…</source>
            <translation>Số liệu kỳ báo cáo của CĐCS đang chọn…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="72" />
            <source>Period figures of %1</source>
            <translation>Số liệu kỳ báo cáo của %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="73" />
            <source>Select a grassroots union in the Unions tab first.</source>
            <translation>Hãy chọn một công đoàn cơ sở ở thẻ Công đoàn cơ sở trước.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="74" />
            <source>Section I of 01-HĐCĐ: figures only the union knows. Leave a field empty if it is not known.</source>
            <translation>Mục I của mẫu 01-HĐCĐ: số liệu do công đoàn cơ sở cung cấp. Để trống nếu chưa biết.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="76" />
            <source>entered by %1 on %2</source>
            <translation>%1 nhập lúc %2</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="77" />
            <source>Kept from the program's previous 01-HĐCĐ, not a row of the official form (not put on 02-HĐCĐ): %1</source>
            <translation>Số liệu theo mẫu 01-HĐCĐ cũ của chương trình, không phải dòng của mẫu chính thức (không đưa vào 02-HĐCĐ): %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="79" />
            <source>from the returned 01-HĐCĐ, %1</source>
            <translation>theo mẫu 01-HĐCĐ nhận về, %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="80" />
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="81" />
            <source>01-HĐCĐ template…</source>
            <translation>Mẫu 01-HĐCĐ gửi CĐCS…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="82" />
            <source>Nothing changed.</source>
            <translation>Không có gì thay đổi.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="83" />
            <source>Import returned 01-HĐCĐ…</source>
            <translation>Nhập mẫu 01-HĐCĐ các CĐCS gửi về…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="84" />
            <source>Import returned 01-HĐCĐ</source>
            <translation>Nhập mẫu 01-HĐCĐ các CĐCS gửi về</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="85" />
            <source>Workbooks (*.xlsx *.xlsm *.xls *.ods)</source>
            <translation>Tệp bảng tính (*.xlsx *.xlsm *.xls *.ods)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="86" />
            <source>Figures as of %1: %2 workbooks can be imported, %3 are refused. %4 grassroots unions have not returned theirs yet.</source>
            <translation>Số liệu tính đến ngày %1: %2 tệp nhập được, %3 tệp bị từ chối. Còn %4 CĐCS chưa gửi.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="89" />
            <source>Imported: %1 figures changed.</source>
            <translation>Đã nhập: %1 số liệu thay đổi.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="90" />
            <source>Import</source>
            <translation>Nhập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="91" />
            <source>Workbook</source>
            <translation>Tệp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="92" />
            <source>Union</source>
            <translation>Công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="93" />
            <source>Result</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="94" />
            <source>Where</source>
            <translation>Vị trí</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="95" />
            <source>Problem</source>
            <translation>Vấn đề</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="96" />
            <source>accepted</source>
            <translation>nhận</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="97" />
            <source>refused</source>
            <translation>từ chối</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="98" />
            <source>note</source>
            <translation>lưu ý</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="99" />
            <source>row %1</source>
            <translation>dòng %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="102" />
            <source>cannot be read: %1</source>
            <translation>không đọc được: %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="103" />
            <source>not a 01-HĐCĐ workbook</source>
            <translation>không phải mẫu 01-HĐCĐ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="105" />
            <source>the workbook does not name its union</source>
            <translation>tệp không ghi tên công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="106" />
            <source>union not found: %1</source>
            <translation>không tìm thấy công đoàn cơ sở: %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="108" />
            <source>the date of the figures is not a date: %1</source>
            <translation>ngày số liệu không hợp lệ: %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="110" />
            <source>the workbook does not give the date of its figures</source>
            <translation>tệp không ghi ngày tính số liệu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="111" />
            <source>the table of figures was not found</source>
            <translation>không thấy bảng số liệu (cột "Chỉ tiêu")</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="112" />
            <source>%1: a negative number: %2</source>
            <translation>%1: số âm: %2</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="113" />
            <source>%1: not a number: %2</source>
            <translation>%1: không phải là số: %2</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="115" />
            <source>women (%1) are more than the workers (%2)</source>
            <translation>số lao động nữ (%1) nhiều hơn tổng số lao động (%2)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="117" />
            <source>%1: %2 is more than %3 (%4)</source>
            <translation>%1: %2 nhiều hơn %3 (%4)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="119" />
            <source>%1 needs the number of people it is counted over (%2)</source>
            <translation>%1: cần ghi cả số người được tính (%2)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="121" />
            <source>%1 is given without the wage it counts (%2)</source>
            <translation>có %1 nhưng chưa ghi %2</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="123" />
            <source>made from the previous template: %1 kept, but not put on 02-HĐCĐ (not a row of the official form)</source>
            <translation>lập theo mẫu cũ của chương trình: %1 được giữ lại nhưng không đưa vào mẫu 02-HĐCĐ (không phải dòng của mẫu chính thức)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="126" />
            <source>section I (labour, income) is not filled in</source>
            <translation>chưa điền mục I (lao động, thu nhập)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="128" />
            <source>the workbook has no figures filled in</source>
            <translation>tệp chưa điền số liệu nào</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="130" />
            <source>figures as of %1, not as of %2 (another period)</source>
            <translation>số liệu tính đến %1, không phải %2 (khác kỳ báo cáo)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="132" />
            <source>%1: a second workbook for the same union (the first was %2)</source>
            <translation>%1: tệp thứ hai của cùng một CĐCS (tệp trước: %2)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="133" />
            <source>%1 was not active on %2</source>
            <translation>%1 không còn hoạt động vào ngày %2</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="135" />
            <source>%1: %2 = %3 in the workbook, %4 in the records</source>
            <translation>%1: %2 = %3 theo mẫu gửi về, %4 theo dữ liệu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="137" />
            <source>Saved.</source>
            <translation>Đã lưu.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/statistics.py" line="138" />
            <source>period figures</source>
            <translation>số liệu kỳ báo cáo</translation>
        </message>
    </context>
</TS>
