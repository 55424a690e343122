<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
    <context>
        <name>CheckPage</name>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="321" />
            <source>Check before importing</source>
            <translation>Kiểm tra trước khi nhập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="322" />
            <source>Nothing has been changed yet. Rows with errors will not be imported; fix them in the file and import it again.</source>
            <translation>Chưa có gì thay đổi. Các dòng có lỗi sẽ không được nhập; hãy sửa trong tệp rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="325" />
            <source>Import</source>
            <translation>Nhập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="331" />
            <source>Column</source>
            <translation>Cột</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="331" />
            <source>Problem</source>
            <translation>Vấn đề</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="331" />
            <location filename="../../desktop_app/ui/import_wizard.py" line="352" />
            <source>Row</source>
            <translation>Dòng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="331" />
            <source>Value</source>
            <translation>Giá trị</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="332" />
            <source>Error</source>
            <translation>Lỗi</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="332" />
            <source>Level</source>
            <translation>Mức</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="332" />
            <source>Warning</source>
            <translation>Cảnh báo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="346" />
            <source>These unions have the name of a union in the program but another address or code. Is it the same union?</source>
            <translation>Các công đoàn cơ sở dưới đây trùng tên với một công đoàn trong chương trình nhưng khác địa chỉ hoặc mã. Đó có phải cùng một công đoàn không?</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="352" />
            <source>In the program → in the file</source>
            <translation>Trong chương trình → trong tệp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="352" />
            <source>Union</source>
            <translation>Công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="353" />
            <source>Decision</source>
            <translation>Quyết định</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="362" />
            <source>Save this report as Excel…</source>
            <translation>Lưu báo cáo này ra Excel…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="375" />
            <source>Checking…</source>
            <translation>Đang kiểm tra…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="378" />
            <source>Checking the rows</source>
            <translation>Đang kiểm tra các dòng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="384" />
            <source>The check was stopped.</source>
            <translation>Đã dừng kiểm tra.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="387" />
            <source>{0} rows read. Would be added: {1}; updated: {2}; unchanged or skipped: {3}; not imported because of errors: {4}.</source>
            <translation>Đã đọc {0} dòng. Sẽ thêm mới: {1}; cập nhật: {2}; không đổi hoặc bỏ qua: {3}; không nhập do có lỗi: {4}.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="391" />
            <source>{0} total, note or signature lines under the list are not records and were skipped.</source>
            <translation>{0} dòng tổng cộng, ghi chú hoặc chữ ký dưới danh sách không phải bản ghi nên được bỏ qua.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="404" />
            <source>The first {0} of {1} problems are shown; save the report to see them all.</source>
            <translation>Chỉ hiện {0} trong số {1} vấn đề; lưu báo cáo ra Excel để xem đầy đủ.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="408" />
            <source>Unions not found in the program:</source>
            <translation>Công đoàn cơ sở không có trong chương trình:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="410" />
            <source> — closest: {0}</source>
            <translation> — tên gần giống: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="418" />
            <source>Decide… (not imported)</source>
            <translation>Chọn… (chưa nhập)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="418" />
            <source>Same union: update it</source>
            <translation>Cùng một công đoàn: cập nhật</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="419" />
            <source>Another union: add it</source>
            <translation>Công đoàn khác: thêm mới</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="419" />
            <source>Skip this row</source>
            <translation>Bỏ qua dòng này</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="424" />
            <source>Address</source>
            <translation>Địa chỉ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="424" />
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="424" />
            <source>Ward</source>
            <translation>Phường/xã</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="425" />
            <source>Employer</source>
            <translation>Đơn vị sử dụng lao động</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="425" />
            <source>Sector block</source>
            <translation>Khối</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="426" />
            <source>Founded</source>
            <translation>Ngày thành lập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="455" />
            <location filename="../../desktop_app/ui/import_wizard.py" line="460" />
            <source>Save the report</source>
            <translation>Lưu báo cáo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="479" />
            <source>Importing</source>
            <translation>Đang nhập</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="489" />
            <source>Imported</source>
            <translation>Đã nhập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="500" />
            <source>Added: {0}; updated: {1}; unchanged or skipped: {2}; not imported because of errors: {3}.</source>
            <translation>Thêm mới: {0}; cập nhật: {1}; không đổi hoặc bỏ qua: {2}; không nhập do có lỗi: {3}.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="503" />
            <source>A backup of the data was taken before the import:
{0}</source>
            <translation>Đã sao lưu dữ liệu trước khi nhập:
{0}</translation>
        </message>
    </context>
    <context>
        <name>ExcelFeature</name>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="22" />
            <location filename="../../desktop_app/ui/features/excel.py" line="33" />
            <source>Members</source>
            <translation>Đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="23" />
            <location filename="../../desktop_app/ui/features/excel.py" line="34" />
            <source>Grassroots unions</source>
            <translation>Công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="24" />
            <location filename="../../desktop_app/ui/features/excel.py" line="35" />
            <source>Union officers</source>
            <translation>Cán bộ công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="25" />
            <source>Events</source>
            <translation>Sự kiện</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="26" />
            <source>Training courses</source>
            <translation>Lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="27" />
            <location filename="../../desktop_app/ui/features/excel.py" line="37" />
            <source>Awards</source>
            <translation>Khen thưởng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="28" />
            <location filename="../../desktop_app/ui/features/excel.py" line="38" />
            <source>Congresses</source>
            <translation>Đại hội công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="29" />
            <location filename="../../desktop_app/ui/features/excel.py" line="39" />
            <source>Dues and fund status</source>
            <translation>Đoàn phí, kinh phí công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="36" />
            <source>Course enrolments</source>
            <translation>Học viên lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="53" />
            <source>Which list?</source>
            <translation>Danh sách nào?</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="59" />
            <location filename="../../desktop_app/ui/features/excel.py" line="133" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Tệp Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="78" />
            <source>Export to Excel</source>
            <translation>Xuất ra Excel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="93" />
            <source>{0} rows saved to
{1}</source>
            <translation>Đã lưu {0} dòng vào
{1}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="96" />
            <source>The Excel file is not protected: anyone who gets it can read the personal data in it. Keep it only as long as needed; the export is recorded in the audit log.</source>
            <translation>Tệp Excel không được bảo vệ: ai có tệp đều đọc được dữ liệu cá nhân trong đó. Chỉ giữ tệp trong thời gian cần thiết; việc xuất đã được ghi vào nhật ký.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="102" />
            <source>Exporting to Excel</source>
            <translation>Đang xuất ra Excel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="108" />
            <source>Save import template</source>
            <translation>Lưu mẫu nhập liệu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="125" />
            <source>Convert old fonts to Unicode</source>
            <translation>Chuyển phông chữ cũ sang Unicode</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="126" />
            <source>Excel / OpenDocument / CSV (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
            <translation>Excel / OpenDocument / CSV (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="134" />
            <source>CSV file (*.csv)</source>
            <translation>Tệp CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="147" />
            <source>Saved to
{0}</source>
            <translation>Đã lưu vào
{0}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="150" />
            <source>No text in an old Vietnamese font was found; the copy saved to
{0}
holds the same text.</source>
            <translation>Không thấy chữ gõ bằng phông tiếng Việt cũ; bản lưu vào
{0}
có nội dung như tệp gốc.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="161" />
            <source>Import from Excel…</source>
            <translation>Nhập từ Excel…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="163" />
            <source>Import members, unions, officers or course enrolments from an Excel workbook</source>
            <translation>Nhập đoàn viên, công đoàn cơ sở, cán bộ công đoàn hoặc học viên lớp tập huấn từ tệp Excel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="166" />
            <source>Export current list to Excel…</source>
            <translation>Xuất danh sách đang xem ra Excel…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="168" />
            <source>Save the list shown, with its current filter, as an Excel workbook</source>
            <translation>Lưu danh sách đang xem, với bộ lọc hiện tại, thành tệp Excel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="171" />
            <source>Export another list to Excel…</source>
            <translation>Xuất danh sách khác ra Excel…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="174" />
            <source>Save import template…</source>
            <translation>Lưu mẫu nhập liệu…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="177" />
            <source>Convert old fonts to Unicode…</source>
            <translation>Chuyển phông chữ cũ sang Unicode…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/excel.py" line="179" />
            <source>Save a Unicode copy of a workbook or .csv typed in TCVN3 (.VnTime), VNI, VISCII or VPS</source>
            <translation>Lưu bản Unicode của tệp Excel hoặc .csv gõ bằng TCVN3 (.VnTime), VNI, VISCII hoặc VPS</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="125" />
            <location filename="../../desktop_app/ui/import_wizard.py" line="165" />
            <source>Choose the workbook</source>
            <translation>Chọn tệp Excel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="126" />
            <source>An Excel (.xlsx, .xls), OpenDocument (.ods) or .csv file. Title rows above the column headers are fine; text in old fonts (TCVN3, VNI) is converted.</source>
            <translation>Tệp Excel (.xlsx, .xls), OpenDocument (.ods) hoặc .csv. Có các dòng tiêu đề phía trên dòng tên cột cũng không sao; chữ gõ bằng phông cũ (TCVN3, VNI) được chuyển sang Unicode.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="133" />
            <source>Browse…</source>
            <translation>Chọn tệp…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="137" />
            <source>File:</source>
            <translation>Tệp:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="140" />
            <source>Grassroots unions</source>
            <translation>Công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="140" />
            <source>Members</source>
            <translation>Đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="141" />
            <source>Course enrolments</source>
            <translation>Học viên lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="141" />
            <source>Union officers</source>
            <translation>Cán bộ công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="142" />
            <source>Awards</source>
            <translation>Khen thưởng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="142" />
            <source>Congresses</source>
            <translation>Đại hội công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="143" />
            <source>Dues and fund status</source>
            <translation>Đoàn phí, kinh phí công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="147" />
            <source>The file lists:</source>
            <translation>Tệp là danh sách:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="150" />
            <source>Sheet:</source>
            <translation>Trang tính:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="156" />
            <source>Course:</source>
            <translation>Lớp tập huấn:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="166" />
            <source>Excel / OpenDocument / CSV (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
            <translation>Excel / OpenDocument / CSV (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="191" />
            <source>Add the course first: enrolments are imported into a course.</source>
            <translation>Hãy thêm lớp tập huấn trước: danh sách học viên được nhập vào một lớp.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="518" />
            <source>Import from Excel</source>
            <translation>Nhập từ Excel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="523" />
            <source>&lt; Back</source>
            <translation>&lt; Quay lại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="523" />
            <source>Next &gt;</source>
            <translation>Tiếp &gt;</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="524" />
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="524" />
            <source>Finish</source>
            <translation>Xong</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="208" />
            <source>Check the columns</source>
            <translation>Kiểm tra các cột</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="222" />
            <source>Column in the file</source>
            <translation>Cột trong tệp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="222" />
            <source>First values</source>
            <translation>Giá trị đầu tiên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="223" />
            <source>Imported as</source>
            <translation>Nhập vào mục</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="236" />
            <source>Sheet “{0}”: the column headers are on row {1}; data starts on row {2}. Change “Imported as” where the guess is wrong.</source>
            <translation>Trang “{0}”: tên cột ở dòng {1}; dữ liệu bắt đầu từ dòng {2}. Sửa cột “Nhập vào mục” nếu chương trình đoán sai.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="240" />
            <source>No header row was recognised in sheet “{0}”. Choose what each column holds.</source>
            <translation>Không nhận ra dòng tên cột trong trang “{0}”. Hãy chọn nội dung của từng cột.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="249" />
            <source>(not imported)</source>
            <translation>(không nhập)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_wizard.py" line="278" />
            <source>Some columns were typed in old Vietnamese fonts and have been converted to Unicode. Untick a column to import it as it is.</source>
            <translation>Một số cột được gõ bằng phông chữ tiếng Việt cũ và đã được chuyển sang Unicode. Bỏ đánh dấu một cột để nhập nguyên như trong tệp.</translation>
        </message>
    </context>
</TS>
