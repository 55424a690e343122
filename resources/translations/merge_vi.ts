<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="72" />
            <source>Merge another file</source>
            <translation>Gộp tệp khác vào tệp này</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="76" />
            <source>Bring the records of other files of this program (for example those of former district federations) into this file. A backup is made first; records already here are recognised and not duplicated.</source>
            <translation>Đưa dữ liệu của các tệp khác của chương trình (ví dụ tệp của các LĐLĐ quận, huyện cũ) vào tệp này. Chương trình sao lưu trước khi gộp; hồ sơ đã có sẽ được nhận ra và không bị trùng.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="88" />
            <source>Add files…</source>
            <translation>Thêm tệp…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="89" />
            <source>Remove</source>
            <translation>Bỏ ra</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="90" />
            <source>Check (dry run)</source>
            <translation>Kiểm tra (chạy thử)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="97" />
            <source>What the merge would do:</source>
            <translation>Kết quả dự kiến khi gộp:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="100" />
            <source>Added</source>
            <translation>Thêm mới</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="100" />
            <source>File / former unit</source>
            <translation>Tệp / đơn vị cũ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="100" />
            <source>Records</source>
            <translation>Loại hồ sơ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="101" />
            <source>Already here</source>
            <translation>Đã có</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="101" />
            <source>Updated</source>
            <translation>Cập nhật</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="106" />
            <source>Conflicting values:</source>
            <translation>Giá trị khác nhau:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="108" />
            <source>Keep this file's values</source>
            <translation>Giữ giá trị của tệp này</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="109" />
            <source>Keep the newest values</source>
            <translation>Giữ giá trị sửa gần nhất</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="110" />
            <source>Take the other file's values</source>
            <translation>Lấy giá trị của tệp kia</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="116" />
            <source>Field</source>
            <translation>Trường</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="116" />
            <source>Other file</source>
            <translation>Tệp kia</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="116" />
            <source>Record</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="116" />
            <source>This file</source>
            <translation>Tệp này</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="117" />
            <source>From</source>
            <translation>Từ tệp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="117" />
            <source>Keep</source>
            <translation>Giữ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="117" />
            <source>Other file changed</source>
            <translation>Tệp kia sửa lúc</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="126" />
            <source>Merge</source>
            <translation>Gộp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="156" />
            <source>The merge failed and nothing was changed: %1</source>
            <translation>Gộp không thành công, dữ liệu không bị thay đổi: %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="176" />
            <source>Files to merge</source>
            <translation>Chọn tệp để gộp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="177" />
            <source>Sổ Công đoàn files (*.sqlite3 *.db *.scd);;All files (*)</source>
            <translation>Tệp Sổ Công đoàn (*.sqlite3 *.db *.scd);;Mọi tệp (*)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="208" />
            <source>Checking the files to merge</source>
            <translation>Đang kiểm tra các tệp cần gộp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="233" />
            <source>This file changed: %1</source>
            <translation>Tệp này sửa lúc: %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="240" />
            <source>This file's value</source>
            <translation>Giá trị của tệp này</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="241" />
            <source>Other file's value</source>
            <translation>Giá trị của tệp kia</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/merge_dialog.py" line="247" />
            <source>Conflicting values: %n (by default the newest is kept):</source>
            <translation>
                <numerusform>Giá trị khác nhau: %n (mặc định giữ giá trị sửa gần nhất):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/merge_dialog.py" line="253" />
            <source>%n history rows will be added to members already here.</source>
            <translation>
                <numerusform>Sẽ thêm %n dòng quá trình sinh hoạt cho các đoàn viên đã có.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="255" />
            <source>Nothing to merge: every record of these files is already here.</source>
            <translation>Không có gì để gộp: mọi hồ sơ của các tệp này đã có trong tệp này.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="257" />
            <source>Only the first %1 conflicts are listed; the buttons above settle all of them.</source>
            <translation>Chỉ liệt kê %1 giá trị khác nhau đầu tiên; các nút phía trên áp dụng cho tất cả.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="284" />
            <source>Merging</source>
            <translation>Đang gộp dữ liệu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="294" />
            <source>Merge finished</source>
            <translation>Đã gộp xong</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="294" />
            <source>Merged in %1 s: %2 members and %3 grassroots unions added; backup made before the merge:
%4</source>
            <translation>Đã gộp trong %1 giây: thêm %2 đoàn viên và %3 công đoàn cơ sở; bản sao lưu trước khi gộp:
%4</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/merge_dialog.py" line="302" />
            <source>%n unions use codes that other unions here already have; they came without a code (the old code is in their note)</source>
            <translation>
                <numerusform>%n công đoàn cơ sở có mã trùng với công đoàn khác đã có; đã thêm không kèm mã (mã cũ ghi ở phần ghi chú)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/merge_dialog.py" line="304" />
            <source>%n certificate numbers are already used here; those enrolments came without a number (the old number is in their note)</source>
            <translation>
                <numerusform>%n số chứng nhận đã được dùng trong tệp này; các lượt học đó được thêm không kèm số (số cũ ghi ở phần ghi chú)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="307" />
            <source>%1: kept this file's %2; %3 belongs to another record here</source>
            <translation>%1: giữ %2 của tệp này; %3 đã thuộc về hồ sơ khác trong tệp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="308" />
            <source>Union %1: several unions here have the same name and address; added as a separate union, check for a duplicate</source>
            <translation>Công đoàn %1: có nhiều công đoàn cùng tên và địa chỉ; đã thêm thành công đoàn riêng, hãy kiểm tra trùng lặp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="310" />
            <source>Member %1: several members here have the same name and birth date; added as a separate member, check for a duplicate</source>
            <translation>Đoàn viên %1: có nhiều đoàn viên cùng họ tên và ngày sinh; đã thêm thành đoàn viên riêng, hãy kiểm tra trùng lặp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="312" />
            <source>Member %1: CCCD %3 is already on %4 here; added without the CCCD, check which is right</source>
            <translation>Đoàn viên %1: số CCCD %3 đã có ở đoàn viên %4; đã thêm không kèm số CCCD, hãy kiểm tra lại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="323" />
            <source>Grassroots unions</source>
            <translation>Công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="323" />
            <source>Members</source>
            <translation>Đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="324" />
            <source>Events</source>
            <translation>Hoạt động, sự kiện</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="324" />
            <source>Officers</source>
            <translation>Cán bộ công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="325" />
            <source>Support payments</source>
            <translation>Thăm hỏi, trợ cấp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="325" />
            <source>Training courses</source>
            <translation>Lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="328" />
            <source>Birth date</source>
            <translation>Ngày sinh</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="328" />
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="328" />
            <source>Sex</source>
            <translation>Giới tính</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="329" />
            <source>CCCD</source>
            <translation>Số CCCD</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="329" />
            <source>Ethnicity</source>
            <translation>Dân tộc</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="329" />
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="330" />
            <source>Card number</source>
            <translation>Số thẻ đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="330" />
            <source>Job</source>
            <translation>Nghề nghiệp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="330" />
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="331" />
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="331" />
            <source>Employer</source>
            <translation>Đơn vị sử dụng lao động</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="331" />
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="332" />
            <source>Address</source>
            <translation>Địa chỉ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="332" />
            <source>Sector</source>
            <translation>Khối</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="332" />
            <source>Ward</source>
            <translation>Phường, xã</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="333" />
            <source>Founded on</source>
            <translation>Ngày thành lập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="333" />
            <source>Founding decision</source>
            <translation>Quyết định thành lập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="334" />
            <source>Status</source>
            <translation>Tình trạng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="334" />
            <source>Workers</source>
            <translation>Số lao động</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="335" />
            <source>Place</source>
            <translation>Địa điểm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="335" />
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="335" />
            <source>Yearly rating</source>
            <translation>Xếp loại năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="336" />
            <source>Workers' conference held</source>
            <translation>Đã tổ chức hội nghị người lao động</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="337" />
            <source>Collective agreement</source>
            <translation>Thỏa ước lao động tập thể</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="338" />
            <source>Target</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="338" />
            <source>Term</source>
            <translation>Nhiệm kỳ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="338" />
            <source>Term dates</source>
            <translation>Thời gian nhiệm kỳ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="339" />
            <source>Full-time</source>
            <translation>Chuyên trách</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="339" />
            <source>Time</source>
            <translation>Thời gian</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="340" />
            <source>Dates</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="340" />
            <source>Topic</source>
            <translation>Chủ đề</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="340" />
            <source>Trainer</source>
            <translation>Giảng viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="341" />
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="341" />
            <source>Target group</source>
            <translation>Đối tượng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="342" />
            <source>Conclusions</source>
            <translation>Kết luận</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/merge_dialog.py" line="342" />
            <source>Participants</source>
            <translation>Số người tham gia</translation>
        </message>
    </context>
    <context>
        <name>MergeFeature</name>
        <message>
            <location filename="../../desktop_app/ui/features/merge.py" line="28" />
            <source>Merge another file…</source>
            <translation>Gộp tệp khác vào…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/merge.py" line="29" />
            <source>Bring the records of other files (former units) into this file</source>
            <translation>Đưa dữ liệu của các tệp khác (đơn vị cũ) vào tệp này</translation>
        </message>
    </context>
</TS>
