<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
    <context>
        <name>ReportPreviewDialog</name>
        <message>
            <location filename="../../desktop_app/ui/report_preview.py" line="60" />
            <source>Zoom in</source>
            <translation>Phóng to</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/report_preview.py" line="63" />
            <source>Zoom out</source>
            <translation>Thu nhỏ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/report_preview.py" line="66" />
            <source>Fit width</source>
            <translation>Vừa chiều rộng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/report_preview.py" line="68" />
            <source>Whole page</source>
            <translation>Cả trang</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/report_preview.py" line="74" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n trang</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/report_preview.py" line="75" />
            <source>This PDF cannot be shown.</source>
            <translation>Không hiển thị được tệp PDF này.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/report_preview.py" line="76" />
            <source>&amp;Print…</source>
            <translation>&amp;In…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/report_preview.py" line="79" />
            <source>&amp;Save…</source>
            <translation>&amp;Lưu…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/report_preview.py" line="82" />
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/report_preview.py" line="116" />
            <source>PDF files (*.pdf)</source>
            <translation>Tệp PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/report_preview.py" line="116" />
            <location filename="../../desktop_app/ui/report_preview.py" line="122" />
            <source>Save the PDF</source>
            <translation>Lưu tệp PDF</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/report_preview.py" line="123" />
            <source>The file could not be written:
%1</source>
            <translation>Không ghi được tệp:
%1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/report_preview.py" line="135" />
            <location filename="../../desktop_app/ui/report_preview.py" line="149" />
            <source>Print</source>
            <translation>In</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/report_preview.py" line="149" />
            <source>The printer could not be started.</source>
            <translation>Không khởi động được máy in.</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="27" />
            <source>Reports</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="28" />
            <source>Annual report</source>
            <translation>Báo cáo tổng kết năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="29" />
            <source>Annual report %1</source>
            <translation>Báo cáo tổng kết năm %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="30" />
            <source>List of grassroots unions</source>
            <translation>Danh sách công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="31" />
            <source>List of union officers</source>
            <translation>Danh sách cán bộ công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="32" />
            <source>Select an event in the Events tab first.</source>
            <translation>Hãy chọn một sự kiện ở thẻ Sự kiện trước.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="33" />
            <source>Minutes of the event</source>
            <translation>Biên bản sự kiện</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="34" />
            <source>Participants of the event</source>
            <translation>Danh sách tham dự sự kiện</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="35" />
            <source>Select a grassroots union in the Unions tab first.</source>
            <translation>Hãy chọn một công đoàn cơ sở ở thẻ Công đoàn cơ sở trước.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="36" />
            <source>Members list</source>
            <translation>Danh sách đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="37" />
            <source>Print ID (CCCD) numbers in full?

Lists are usually printed with them partly hidden.</source>
            <translation>In đầy đủ số CCCD?

Danh sách thường được in với số CCCD che một phần.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="39" />
            <source>Members of the union</source>
            <translation>Danh sách đoàn viên của công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="40" />
            <source>Officers of the union</source>
            <translation>Cán bộ của công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="41" />
            <source>Select a training course in the Training tab first.</source>
            <translation>Hãy chọn một lớp tập huấn ở thẻ Tập huấn trước.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="42" />
            <source>Course report</source>
            <translation>Báo cáo lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="43" />
            <source>Certificates</source>
            <translation>Giấy chứng nhận</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="44" />
            <source>Awards proposed</source>
            <translation>Danh sách đề nghị khen thưởng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="45" />
            <source>Year:</source>
            <translation>Năm:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="46" />
            <source>Unions whose congress is due</source>
            <translation>Danh sách CĐCS đến kỳ đại hội</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="47" />
            <source>Year of the proposals:</source>
            <translation>Năm đề nghị:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="182" />
            <source>&amp;Annual report…</source>
            <translation>Báo cáo tổng kết &amp;năm…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="183" />
            <source>List of &amp;grassroots unions</source>
            <translation>Danh sách công đoàn &amp;cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="184" />
            <source>List of union &amp;officers</source>
            <translation>Danh sách &amp;cán bộ công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="185" />
            <source>A&amp;wards proposed…</source>
            <translation>Danh sách đề nghị &amp;khen thưởng…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="186" />
            <source>Unions whose &amp;congress is due…</source>
            <translation>Danh sách CĐCS đến kỳ đại &amp;hội…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="188" />
            <source>&amp;Minutes of the selected event</source>
            <translation>&amp;Biên bản của sự kiện đang chọn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="189" />
            <source>&amp;Participants of the selected event</source>
            <translation>Danh sách &amp;tham dự sự kiện đang chọn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="191" />
            <source>M&amp;embers of the selected union</source>
            <translation>Danh sách đoàn &amp;viên của CĐCS đang chọn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="192" />
            <source>Officers of the selected &amp;union</source>
            <translation>Cán bộ của CĐCS đang &amp;chọn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="193" />
            <source>&amp;Report of the selected course</source>
            <translation>Báo cáo &amp;lớp tập huấn đang chọn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="194" />
            <source>&amp;Certificates of the selected course</source>
            <translation>&amp;Giấy chứng nhận của lớp đang chọn</translation>
        </message>
    </context>
</TS>
