<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
    <context>
        <name>CheckPage</name>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="269" />
            <source>Check before importing</source>
            <translation>Kiểm tra trước khi nhập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="270" />
            <source>Nothing has been changed yet. Rows with errors will not be imported; fix them in the file and import it again.</source>
            <translation>Chưa có gì thay đổi. Các dòng có lỗi sẽ không được nhập; hãy sửa trong tệp rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="273" />
            <source>Import</source>
            <translation>Nhập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="279" />
            <source>Column</source>
            <translation>Cột</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="279" />
            <source>Problem</source>
            <translation>Vấn đề</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="279" />
            <source>Row</source>
            <translation>Dòng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="279" />
            <source>Value</source>
            <translation>Giá trị</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="280" />
            <source>Error</source>
            <translation>Lỗi</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="280" />
            <source>Level</source>
            <translation>Mức</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="280" />
            <source>Warning</source>
            <translation>Cảnh báo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="292" />
            <source>Save this report as Excel…</source>
            <translation>Lưu báo cáo này ra Excel…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="305" />
            <source>Checking…</source>
            <translation>Đang kiểm tra…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="307" />
            <source>Checking the rows</source>
            <translation>Đang kiểm tra các dòng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="312" />
            <source>The check was stopped.</source>
            <translation>Đã dừng kiểm tra.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="315" />
            <source>{0} rows read. Would be added: {1}; updated: {2}; unchanged or skipped: {3}; not imported because of errors: {4}.</source>
            <translation>Đã đọc {0} dòng. Sẽ thêm mới: {1}; cập nhật: {2}; không đổi hoặc bỏ qua: {3}; không nhập do có lỗi: {4}.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="327" />
            <source>The first {0} of {1} problems are shown; save the report to see them all.</source>
            <translation>Chỉ hiện {0} trong số {1} vấn đề; lưu báo cáo ra Excel để xem đầy đủ.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="331" />
            <source>Unions not found in the program:</source>
            <translation>Công đoàn cơ sở không có trong chương trình:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="333" />
            <source> — closest: {0}</source>
            <translation> — tên gần giống: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="348" />
            <location filename="../../desktop_app/ui/import_wizard.py" line="353" />
            <source>Save the report</source>
            <translation>Lưu báo cáo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="371" />
            <source>Importing</source>
            <translation>Đang nhập</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="381" />
            <source>Imported</source>
            <translation>Đã nhập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="392" />
            <source>Added: {0}; updated: {1}; unchanged or skipped: {2}; not imported because of errors: {3}.</source>
            <translation>Thêm mới: {0}; cập nhật: {1}; không đổi hoặc bỏ qua: {2}; không nhập do có lỗi: {3}.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="395" />
            <source>A backup of the data was taken before the import:
{0}</source>
            <translation>Đã sao lưu dữ liệu trước khi nhập:
{0}</translation>
        </message>
    </context>
    <context>
        <name>ExcelFeature</name>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="23" />
            <location filename="../../desktop_app/ui/features/excel.py" line="31" />
            <source>Members</source>
            <translation>Đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="24" />
            <location filename="../../desktop_app/ui/features/excel.py" line="32" />
            <source>Grassroots unions</source>
            <translation>Công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="25" />
            <location filename="../../desktop_app/ui/features/excel.py" line="33" />
            <source>Union officers</source>
            <translation>Cán bộ công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="26" />
            <source>Events</source>
            <translation>Sự kiện</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="27" />
            <source>Training courses</source>
            <translation>Lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="34" />
            <source>Course enrolments</source>
            <translation>Học viên lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="46" />
            <source>Which list?</source>
            <translation>Danh sách nào?</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="52" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Tệp Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="71" />
            <source>Export to Excel</source>
            <translation>Xuất ra Excel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="84" />
            <source>{0} rows saved to
{1}</source>
            <translation>Đã lưu {0} dòng vào
{1}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="87" />
            <source>The Excel file is not protected: anyone who gets it can read the personal data in it. Keep it only as long as needed; the export is recorded in the audit log.</source>
            <translation>Tệp Excel không được bảo vệ: ai có tệp đều đọc được dữ liệu cá nhân trong đó. Chỉ giữ tệp trong thời gian cần thiết; việc xuất đã được ghi vào nhật ký.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="93" />
            <source>Exporting to Excel</source>
            <translation>Đang xuất ra Excel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="99" />
            <source>Save import template</source>
            <translation>Lưu mẫu nhập liệu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="115" />
            <source>Import from Excel…</source>
            <translation>Nhập từ Excel…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="117" />
            <source>Import members, unions, officers or course enrolments from an Excel workbook</source>
            <translation>Nhập đoàn viên, công đoàn cơ sở, cán bộ công đoàn hoặc học viên lớp tập huấn từ tệp Excel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="120" />
            <source>Export current list to Excel…</source>
            <translation>Xuất danh sách đang xem ra Excel…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="122" />
            <source>Save the list shown, with its current filter, as an Excel workbook</source>
            <translation>Lưu danh sách đang xem, với bộ lọc hiện tại, thành tệp Excel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="125" />
            <source>Export another list to Excel…</source>
            <translation>Xuất danh sách khác ra Excel…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="128" />
            <source>Save import template…</source>
            <translation>Lưu mẫu nhập liệu…</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="123" />
            <location filename="../../desktop_app/ui/import_wizard.py" line="161" />
            <source>Choose the workbook</source>
            <translation>Chọn tệp Excel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="124" />
            <source>An Excel (.xlsx, .xls) or OpenDocument (.ods) file. Title rows above the column headers are fine.</source>
            <translation>Tệp Excel (.xlsx, .xls) hoặc OpenDocument (.ods). Có các dòng tiêu đề phía trên dòng tên cột cũng không sao.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="131" />
            <source>Browse…</source>
            <translation>Chọn tệp…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="135" />
            <source>File:</source>
            <translation>Tệp:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="138" />
            <source>Grassroots unions</source>
            <translation>Công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="138" />
            <source>Members</source>
            <translation>Đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="139" />
            <source>Course enrolments</source>
            <translation>Học viên lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="139" />
            <source>Union officers</source>
            <translation>Cán bộ công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="143" />
            <source>The file lists:</source>
            <translation>Tệp là danh sách:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="146" />
            <source>Sheet:</source>
            <translation>Trang tính:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="152" />
            <source>Course:</source>
            <translation>Lớp tập huấn:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="162" />
            <source>Excel / OpenDocument (*.xlsx *.xlsm *.xls *.ods)</source>
            <translation>Excel / OpenDocument (*.xlsx *.xlsm *.xls *.ods)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="186" />
            <source>Add the course first: enrolments are imported into a course.</source>
            <translation>Hãy thêm lớp tập huấn trước: danh sách học viên được nhập vào một lớp.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="409" />
            <source>Import from Excel</source>
            <translation>Nhập từ Excel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="414" />
            <source>&lt; Back</source>
            <translation>&lt; Quay lại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="414" />
            <source>Next &gt;</source>
            <translation>Tiếp &gt;</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="415" />
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="415" />
            <source>Finish</source>
            <translation>Xong</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="202" />
            <source>Check the columns</source>
            <translation>Kiểm tra các cột</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="209" />
            <source>Column in the file</source>
            <translation>Cột trong tệp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="209" />
            <source>First values</source>
            <translation>Giá trị đầu tiên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="210" />
            <source>Imported as</source>
            <translation>Nhập vào mục</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="223" />
            <source>Sheet “{0}”: the column headers are on row {1}; data starts on row {2}. Change “Imported as” where the guess is wrong.</source>
            <translation>Trang “{0}”: tên cột ở dòng {1}; dữ liệu bắt đầu từ dòng {2}. Sửa cột “Nhập vào mục” nếu chương trình đoán sai.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="227" />
            <source>No header row was recognised in sheet “{0}”. Choose what each column holds.</source>
            <translation>Không nhận ra dòng tên cột trong trang “{0}”. Hãy chọn nội dung của từng cột.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="239" />
            <source>(not imported)</source>
            <translation>(không nhập)</translation>
        </message>
    </context>
</TS>
