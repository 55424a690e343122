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
            <location filename="../../desktop_app/ui/features/reports.py" line="23" />
            <source>Reports</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="24" />
            <source>Annual report</source>
            <translation>Báo cáo tổng kết năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="25" />
            <source>Year of the report:</source>
            <translation>Năm báo cáo:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="26" />
            <source>Annual report %1</source>
            <translation>Báo cáo tổng kết năm %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="27" />
            <source>List of grassroots unions</source>
            <translation>Danh sách công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="28" />
            <source>List of union officers</source>
            <translation>Danh sách cán bộ công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="29" />
            <source>Select an event in the Events tab first.</source>
            <translation>Hãy chọn một hoạt động ở thẻ Hoạt động trước.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="30" />
            <source>Minutes of the event</source>
            <translation>Biên bản hoạt động</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="31" />
            <source>Participants of the event</source>
            <translation>Danh sách tham dự hoạt động</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="32" />
            <source>Select a grassroots union in the Unions tab first.</source>
            <translation>Hãy chọn một công đoàn cơ sở ở thẻ Công đoàn cơ sở trước.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="33" />
            <source>Members list</source>
            <translation>Danh sách đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="34" />
            <source>Print ID (CCCD) numbers in full?

Lists are usually printed with them partly hidden.</source>
            <translation>In đầy đủ số CCCD?

Danh sách thường được in với số CCCD che một phần.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="36" />
            <source>Members of the union</source>
            <translation>Danh sách đoàn viên của công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="37" />
            <source>Officers of the union</source>
            <translation>Cán bộ của công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="38" />
            <source>Select a training course in the Courses tab first.</source>
            <translation>Hãy chọn một lớp tập huấn ở thẻ Lớp tập huấn trước.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="39" />
            <source>Course report</source>
            <translation>Báo cáo lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="40" />
            <source>Certificates</source>
            <translation>Giấy chứng nhận</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="147" />
            <source>&amp;Annual report…</source>
            <translation>Báo cáo tổng kết &amp;năm…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="148" />
            <source>List of &amp;grassroots unions</source>
            <translation>Danh sách công đoàn &amp;cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="149" />
            <source>List of union &amp;officers</source>
            <translation>Danh sách &amp;cán bộ công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="151" />
            <source>&amp;Minutes of the selected event</source>
            <translation>&amp;Biên bản của hoạt động đang chọn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="152" />
            <source>&amp;Participants of the selected event</source>
            <translation>Danh sách &amp;tham dự hoạt động đang chọn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="154" />
            <source>M&amp;embers of the selected union</source>
            <translation>Danh sách đoàn &amp;viên của CĐCS đang chọn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="155" />
            <source>Officers of the selected &amp;union</source>
            <translation>Cán bộ của CĐCS đang &amp;chọn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="156" />
            <source>&amp;Report of the selected course</source>
            <translation>Báo cáo &amp;lớp tập huấn đang chọn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/reports.py" line="157" />
            <source>&amp;Certificates of the selected course</source>
            <translation>&amp;Giấy chứng nhận của lớp đang chọn</translation>
        </message>
    </context>
</TS>
