<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
    <context>
        <name>AgreementType</name>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Type A</source>
            <translation>Loại A</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Type B</source>
            <translation>Loại B</translation>
        </message>
    </context>
    <context>
        <name>AnnualReportDialog</name>
        <message>
            <location filename="../../desktop_app/ui/annual_report_dialog.py" line="36" />
            <source>Annual report</source>
            <translation>Báo cáo tổng kết năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annual_report_dialog.py" line="50" />
            <source>&amp;Draft this section from the figures again</source>
            <translation>&amp;Soạn lại phần này từ số liệu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annual_report_dialog.py" line="66" />
            <source>&amp;Year:</source>
            <translation>&amp;Năm:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annual_report_dialog.py" line="67" />
            <source>Number:</source>
            <translation>Số văn bản:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annual_report_dialog.py" line="68" />
            <source>&amp;Recipients (one a line):</source>
            <translation>&amp;Nơi nhận (mỗi dòng một nơi):</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annual_report_dialog.py" line="70" />
            <source>&amp;Make the report</source>
            <translation>&amp;Lập báo cáo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annual_report_dialog.py" line="72" />
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annual_report_dialog.py" line="75" />
            <source>The figures are computed from the records. Write the assessment, next year's tasks and proposals below; they are kept for the year. An empty section is left out of the report.</source>
            <translation>Số liệu được tính từ hồ sơ. Hãy viết phần đánh giá, phương hướng nhiệm vụ năm sau và kiến nghị dưới đây; nội dung được lưu theo năm. Phần để trống sẽ không in vào báo cáo.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annual_report_dialog.py" line="104" />
            <source>Give it the next number of the register: %1</source>
            <translation>Lấy số tiếp theo trong sổ đăng ký văn bản: %1</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../desktop_app/ui/app.py" line="63" />
            <source>Cannot open the database</source>
            <translation>Không mở được cơ sở dữ liệu</translation>
        </message>
    </context>
    <context>
        <name>AwardForm</name>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Certificate of merit</source>
            <translation>Bằng khen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Commemorative medal</source>
            <translation>Kỷ niệm chương</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Commendation</source>
            <translation>Giấy khen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Emulation flag</source>
            <translation>Cờ thi đua</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Other</source>
            <translation>Hình thức khác</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_award.py" line="247" />
            <source>Award</source>
            <translation>Khen thưởng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_award.py" line="248" />
            <source>Grassroots union *</source>
            <translation>Công đoàn cơ sở *</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_award.py" line="249" />
            <source>Member (empty: the union itself)</source>
            <translation>Đoàn viên (để trống: khen tập thể)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_award.py" line="251" />
            <source>Choose a member of the union for an individual award.</source>
            <translation>Chọn đoàn viên của công đoàn cơ sở khi khen cá nhân.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_award.py" line="253" />
            <source>Form of award *</source>
            <translation>Hình thức khen thưởng *</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_award.py" line="254" />
            <source>Given by *</source>
            <translation>Cấp khen thưởng *</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_award.py" line="255" />
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_award.py" line="256" />
            <source>Year of the achievement *</source>
            <translation>Năm thành tích *</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_award.py" line="257" />
            <source>2025</source>
            <translation>2025</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_award.py" line="258" />
            <source>Decision number</source>
            <translation>Số quyết định</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_award.py" line="259" />
            <source>15/QĐ-LĐLĐ</source>
            <translation>15/QĐ-LĐLĐ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_award.py" line="260" />
            <source>Decision date</source>
            <translation>Ngày quyết định</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_award.py" line="261" />
            <source>dd/mm/yyyy</source>
            <translation>dd/mm/yyyy</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_award.py" line="262" />
            <source>Achievement</source>
            <translation>Thành tích</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_award.py" line="263" />
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
    </context>
    <context>
        <name>AwardLevel</name>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Provincial or city federation</source>
            <translation>Liên đoàn Lao động tỉnh, thành phố</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>This federation itself</source>
            <translation>Công đoàn cấp trên trực tiếp cơ sở (đơn vị mình)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Viet Nam General Confederation of Labour</source>
            <translation>Tổng Liên đoàn Lao động Việt Nam</translation>
        </message>
    </context>
    <context>
        <name>AwardStatus</name>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Awarded</source>
            <translation>Đã khen thưởng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Not approved</source>
            <translation>Không được duyệt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Proposed</source>
            <translation>Đề nghị</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Address</source>
            <translation>Địa chỉ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Born</source>
            <translation>Ngày sinh</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>CCCD</source>
            <translation>CCCD</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Card no.</source>
            <translation>Số thẻ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Completed</source>
            <translation>Hoàn thành</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Date</source>
            <translation>Thời gian</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Enrolled</source>
            <translation>Ghi danh</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>For</source>
            <translation>Đối tượng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Founded</source>
            <translation>Thành lập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Grassroots union</source>
            <translation>Công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Job</source>
            <translation>Nghề nghiệp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Joined</source>
            <translation>Ngày vào</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Members</source>
            <translation>Đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Participants</source>
            <translation>Lượt người</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Place</source>
            <translation>Địa điểm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Sector block</source>
            <translation>Khối</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Sex</source>
            <translation>Giới tính</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Starts</source>
            <translation>Bắt đầu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Title</source>
            <translation>Tên gọi</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Topic</source>
            <translation>Chủ đề</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Trainer</source>
            <translation>Giảng viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Workers</source>
            <translation>Số CNVCLĐ</translation>
        </message>
    </context>
    <context>
        <name>CongressForm</name>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_congress.py" line="206" />
            <source>Congress</source>
            <translation>Đại hội</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_congress.py" line="207" />
            <source>Grassroots union *</source>
            <translation>Công đoàn cơ sở *</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_congress.py" line="208" />
            <source>Date of the congress *</source>
            <translation>Ngày đại hội *</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_congress.py" line="209" />
            <source>dd/mm/yyyy</source>
            <translation>dd/mm/yyyy</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_congress.py" line="210" />
            <source>Kind *</source>
            <translation>Hình thức *</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_congress.py" line="211" />
            <source>Term it opens *</source>
            <translation>Nhiệm kỳ *</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_congress.py" line="212" />
            <source>2025–2030</source>
            <translation>2025–2030</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_congress.py" line="214" />
            <source>The term elected, e.g. 2025–2030 (five years at most).</source>
            <translation>Nhiệm kỳ bầu ra, ví dụ 2025–2030 (tối đa 5 năm).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_congress.py" line="216" />
            <source>Number (e.g. lần thứ IV)</source>
            <translation>Lần thứ (vd. lần thứ IV)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_congress.py" line="217" />
            <source>Members or delegates present</source>
            <translation>Số đoàn viên / đại biểu dự</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_congress.py" line="218" />
            <source>Executive committee elected</source>
            <translation>Số ủy viên BCH được bầu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_congress.py" line="219" />
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
    </context>
    <context>
        <name>CongressKind</name>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>All-member congress</source>
            <translation>Đại hội toàn thể</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Delegates' congress</source>
            <translation>Đại hội đại biểu</translation>
        </message>
    </context>
    <context>
        <name>CourseForm</name>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_course.py" line="264" />
            <source>Training course</source>
            <translation>Lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_course.py" line="265" />
            <source>Title *</source>
            <translation>Tên gọi *</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_course.py" line="266" />
            <source>Topic</source>
            <translation>Chủ đề</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_course.py" line="267" />
            <source>For (target group)</source>
            <translation>Đối tượng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_course.py" line="268" />
            <source>Starts on *</source>
            <translation>Ngày bắt đầu *</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_course.py" line="269" />
            <location filename="../../desktop_app/ui/forms/ui_course.py" line="271" />
            <source>dd/mm/yyyy</source>
            <translation>ngày/tháng/năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_course.py" line="270" />
            <source>Ends on</source>
            <translation>Ngày kết thúc</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_course.py" line="272" />
            <source>Place</source>
            <translation>Địa điểm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_course.py" line="273" />
            <source>Trainer</source>
            <translation>Giảng viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_course.py" line="274" />
            <source>Sessions</source>
            <translation>Số buổi</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_course.py" line="275" />
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_course.py" line="276" />
            <source>Enrolments</source>
            <translation>Học viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_course.py" line="278" />
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_course.py" line="280" />
            <source>Sessions attended</source>
            <translation>Số buổi dự</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_course.py" line="282" />
            <source>Completed (yes/no)</source>
            <translation>Hoàn thành (có/không)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_course.py" line="284" />
            <source>Certificate number</source>
            <translation>Số chứng nhận</translation>
        </message>
    </context>
    <context>
        <name>CustomEntity</name>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Grassroots unions</source>
            <translation>Công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Members</source>
            <translation>Đoàn viên</translation>
        </message>
    </context>
    <context>
        <name>CustomFieldForm</name>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_custom_field.py" line="127" />
            <source>Field of your own</source>
            <translation>Trường tự đặt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_custom_field.py" line="128" />
            <source>For *</source>
            <translation>Dành cho *</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_custom_field.py" line="129" />
            <source>Name *</source>
            <translation>Tên trường *</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_custom_field.py" line="130" />
            <source>Ví dụ: Nhóm máu</source>
            <translation>Ví dụ: Nhóm máu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_custom_field.py" line="131" />
            <source>Kind *</source>
            <translation>Loại *</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_custom_field.py" line="132" />
            <source>Choices (one a line)</source>
            <translation>Các lựa chọn (mỗi dòng một)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_custom_field.py" line="134" />
            <source>Only for a choice field.</source>
            <translation>Chỉ dùng cho trường chọn trong danh sách.</translation>
        </message>
    </context>
    <context>
        <name>CustomKind</name>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Choice from a list</source>
            <translation>Chọn trong danh sách</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Number</source>
            <translation>Số</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Text</source>
            <translation>Chữ</translation>
        </message>
    </context>
    <context>
        <name>Details</name>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="55" />
            <source>Address</source>
            <translation>Địa chỉ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="55" />
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="55" />
            <source>Employer</source>
            <translation>Đơn vị sử dụng lao động</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="56" />
            <source>Sector block</source>
            <translation>Khối</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="57" />
            <source>State sector</source>
            <translation>Khu vực nhà nước</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="58" />
            <source>Founded</source>
            <translation>Thành lập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="58" />
            <source>Founding decision</source>
            <translation>Quyết định thành lập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="59" />
            <location filename="../../desktop_app/ui/details.py" line="140" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="61" />
            <source>Workers</source>
            <translation>Số CNVCLĐ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="62" />
            <location filename="../../desktop_app/ui/details.py" line="101" />
            <source>Members</source>
            <translation>Đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="62" />
            <location filename="../../desktop_app/ui/details.py" line="142" />
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="62" />
            <location filename="../../desktop_app/ui/details.py" line="66" />
            <location filename="../../desktop_app/ui/details.py" line="137" />
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="65" />
            <source>Officers</source>
            <translation>Cán bộ công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="66" />
            <location filename="../../desktop_app/ui/details.py" line="105" />
            <location filename="../../desktop_app/ui/details.py" line="186" />
            <location filename="../../desktop_app/ui/details.py" line="224" />
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="66" />
            <location filename="../../desktop_app/ui/details.py" line="149" />
            <location filename="../../desktop_app/ui/details.py" line="186" />
            <source>Role</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="66" />
            <location filename="../../desktop_app/ui/details.py" line="83" />
            <location filename="../../desktop_app/ui/details.py" line="149" />
            <location filename="../../desktop_app/ui/details.py" line="179" />
            <source>Term</source>
            <translation>Nhiệm kỳ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="70" />
            <source>No officers recorded.</source>
            <translation>Chưa có cán bộ nào.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="73" />
            <source>Term ended but still recorded in office: %1</source>
            <translation>Đã hết nhiệm kỳ nhưng vẫn ghi đang giữ chức vụ: %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="75" />
            <source>Dues and fund</source>
            <translation>Đoàn phí, kinh phí</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="76" />
            <source>Kinh phí due / remitted</source>
            <translation>Kinh phí phải nộp / đã nộp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="76" />
            <source>Period</source>
            <translation>Kỳ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="76" />
            <source>Đoàn phí due / remitted</source>
            <translation>Đoàn phí phải nộp / đã nộp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="79" />
            <source>exempt</source>
            <translation>được miễn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="81" />
            <source>No dues recorded.</source>
            <translation>Chưa có số liệu đoàn phí, kinh phí.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="82" />
            <source>Congresses</source>
            <translation>Đại hội</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="83" />
            <location filename="../../desktop_app/ui/details.py" line="96" />
            <location filename="../../desktop_app/ui/details.py" line="145" />
            <location filename="../../desktop_app/ui/details.py" line="162" />
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="83" />
            <location filename="../../desktop_app/ui/details.py" line="162" />
            <location filename="../../desktop_app/ui/details.py" line="178" />
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="83" />
            <location filename="../../desktop_app/ui/details.py" line="182" />
            <source>Present</source>
            <translation>Số có mặt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="86" />
            <source>No congress recorded.</source>
            <translation>Chưa có thông tin đại hội.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="87" />
            <source>Yearly facts</source>
            <translation>Số liệu hằng năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="88" />
            <source>Agreement</source>
            <translation>Thỏa ước</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="88" />
            <source>Rating</source>
            <translation>Xếp loại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="88" />
            <source>Workers' conference</source>
            <translation>Hội nghị người lao động</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="88" />
            <location filename="../../desktop_app/ui/details.py" line="111" />
            <source>Year</source>
            <translation>Năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="89" />
            <source>Signed</source>
            <translation>Ngày ký</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="92" />
            <source>No yearly facts recorded.</source>
            <translation>Chưa có số liệu năm nào.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="93" />
            <location filename="../../desktop_app/ui/details.py" line="159" />
            <source>Awards</source>
            <translation>Khen thưởng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="95" />
            <source>Events</source>
            <translation>Sự kiện</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="96" />
            <source>Event</source>
            <translation>Sự kiện</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="96" />
            <location filename="../../desktop_app/ui/details.py" line="183" />
            <location filename="../../desktop_app/ui/details.py" line="201" />
            <source>Participants</source>
            <translation>Số người tham gia</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="98" />
            <source>No events.</source>
            <translation>Chưa có sự kiện.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="103" />
            <source>(first %1 of %2)</source>
            <translation>(%1 người đầu trong %2)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="105" />
            <location filename="../../desktop_app/ui/details.py" line="131" />
            <source>Born</source>
            <translation>Ngày sinh</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="105" />
            <location filename="../../desktop_app/ui/details.py" line="138" />
            <source>Job</source>
            <translation>Nghề nghiệp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="106" />
            <source>No members.</source>
            <translation>Chưa có đoàn viên.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="111" />
            <source>Decision</source>
            <translation>Quyết định</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="111" />
            <source>Form</source>
            <translation>Hình thức</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="111" />
            <source>Given by</source>
            <translation>Cấp khen thưởng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="116" />
            <source>No awards recorded.</source>
            <translation>Chưa có khen thưởng.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="131" />
            <source>Sex</source>
            <translation>Giới tính</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="132" />
            <source>Ethnicity</source>
            <translation>Dân tộc</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="133" />
            <source>Nationality</source>
            <translation>Quốc tịch</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="133" />
            <source>Vietnamese</source>
            <translation>Việt Nam</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="134" />
            <source>Labour relation</source>
            <translation>Quan hệ lao động</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="135" />
            <source>%1 months</source>
            <translation>%1 tháng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="135" />
            <source>Labour contract</source>
            <translation>Hợp đồng lao động</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="137" />
            <source>CCCD</source>
            <translation>CCCD</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="138" />
            <source>Card no.</source>
            <translation>Số thẻ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="139" />
            <location filename="../../desktop_app/ui/details.py" line="196" />
            <source>Grassroots union</source>
            <translation>Công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="142" />
            <source>Joined</source>
            <translation>Ngày vào</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="144" />
            <source>History</source>
            <translation>Quá trình sinh hoạt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="145" />
            <source>Change</source>
            <translation>Biến động</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="145" />
            <location filename="../../desktop_app/ui/details.py" line="162" />
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="145" />
            <location filename="../../desktop_app/ui/details.py" line="149" />
            <location filename="../../desktop_app/ui/details.py" line="201" />
            <location filename="../../desktop_app/ui/details.py" line="224" />
            <source>Union</source>
            <translation>Công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="147" />
            <source>No history.</source>
            <translation>Chưa có biến động.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="148" />
            <source>Union roles</source>
            <translation>Chức vụ công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="149" />
            <source>Full-time</source>
            <translation>Chuyên trách</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="153" />
            <source>No union roles.</source>
            <translation>Không giữ chức vụ công đoàn.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="154" />
            <source>Courses</source>
            <translation>Lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="155" />
            <location filename="../../desktop_app/ui/details.py" line="224" />
            <source>Certificate</source>
            <translation>Chứng nhận</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="155" />
            <location filename="../../desktop_app/ui/details.py" line="224" />
            <source>Completed</source>
            <translation>Hoàn thành</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="155" />
            <source>Course</source>
            <translation>Lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="155" />
            <location filename="../../desktop_app/ui/details.py" line="179" />
            <location filename="../../desktop_app/ui/details.py" line="218" />
            <source>Starts</source>
            <translation>Bắt đầu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="158" />
            <source>No courses.</source>
            <translation>Chưa tham gia lớp nào.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="161" />
            <source>Support received</source>
            <translation>Hỗ trợ đã nhận</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="162" />
            <source>Amount (đ)</source>
            <translation>Số tiền (đ)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="165" />
            <source>No support received.</source>
            <translation>Chưa nhận hỗ trợ.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="178" />
            <source>Number</source>
            <translation>Lần thứ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="179" />
            <location filename="../../desktop_app/ui/details.py" line="219" />
            <source>Ends</source>
            <translation>Kết thúc</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="180" />
            <source>Document no.</source>
            <translation>Số văn bản</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="180" />
            <location filename="../../desktop_app/ui/details.py" line="219" />
            <source>Place</source>
            <translation>Địa điểm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="181" />
            <source>Expected</source>
            <translation>Số đại biểu triệu tập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="185" />
            <source>People</source>
            <translation>Chủ trì, thư ký, khách mời</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="186" />
            <source>Position</source>
            <translation>Chức vụ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="186" />
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="188" />
            <source>No chairs, secretary or guests recorded.</source>
            <translation>Chưa ghi người chủ trì, thư ký hay khách mời.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="189" />
            <source>Programme</source>
            <translation>Chương trình</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="190" />
            <source>Content</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="190" />
            <source>Speaker</source>
            <translation>Người trình bày</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="190" />
            <source>Time</source>
            <translation>Giờ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="193" />
            <source>No programme recorded.</source>
            <translation>Chưa có chương trình.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="195" />
            <source>Results</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="196" />
            <source>Contest</source>
            <translation>Nội dung thi</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="196" />
            <source>Prize</source>
            <translation>Giải</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="196" />
            <source>Winner</source>
            <translation>Đạt giải</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="200" />
            <source>Participating unions</source>
            <translation>Các công đoàn tham gia</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="203" />
            <source>No unions recorded.</source>
            <translation>Chưa ghi công đoàn nào.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="204" />
            <source>Conclusions</source>
            <translation>Kết luận</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="205" />
            <source>None recorded.</source>
            <translation>Chưa ghi.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="208" />
            <source>Summary</source>
            <translation>Tóm tắt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="216" />
            <source>completed</source>
            <translation>hoàn thành</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="218" />
            <source>For</source>
            <translation>Đối tượng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="218" />
            <source>Topic</source>
            <translation>Chủ đề</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="219" />
            <source>Trainer</source>
            <translation>Giảng viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="220" />
            <source>Sessions</source>
            <translation>Số buổi</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="221" />
            <source>Enrolled</source>
            <translation>Ghi danh</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="223" />
            <source>Enrolments</source>
            <translation>Học viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="224" />
            <source>Attended</source>
            <translation>Số buổi dự</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="229" />
            <source>Nobody enrolled yet.</source>
            <translation>Chưa có học viên.</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="130" />
            <source>Choose an item from the list.</source>
            <translation>Hãy chọn một mục trong danh sách.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="300" />
            <source>Edit grassroots union</source>
            <translation>Sửa công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="303" />
            <source>New grassroots union</source>
            <translation>Thêm công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="316" />
            <source>Enter the date the member joined.</source>
            <translation>Hãy nhập ngày vào công đoàn.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="332" />
            <source>Edit member</source>
            <translation>Sửa đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="335" />
            <source>New member</source>
            <translation>Thêm đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="352" />
            <source>Transfer to another union</source>
            <translation>Chuyển sinh hoạt sang công đoàn khác</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="353" />
            <source>Transferred out of this federation</source>
            <translation>Chuyển đi ngoài đơn vị</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="354" />
            <source>Left the union</source>
            <translation>Ra khỏi tổ chức công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="355" />
            <source>Deceased</source>
            <translation>Từ trần</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="368" />
            <source>Choose the union the member moves to.</source>
            <translation>Hãy chọn công đoàn chuyển đến.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="381" />
            <source>Destination</source>
            <translation>Nơi chuyển đến</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="426" />
            <source>Role must be: %1.</source>
            <translation>Vai trò phải là: %1.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="498" />
            <source>Edit event</source>
            <translation>Sửa sự kiện</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="511" />
            <source>New event</source>
            <translation>Thêm sự kiện</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="569" />
            <source>Edit training course</source>
            <translation>Sửa lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="572" />
            <source>New training course</source>
            <translation>Thêm lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="590" />
            <source>Choose the course.</source>
            <translation>Hãy chọn lớp tập huấn.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="605" />
            <source>Course attendance</source>
            <translation>Kết quả học tập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="607" />
            <source>Enrol in a training course</source>
            <translation>Ghi danh lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="636" />
            <source>Edit support payment</source>
            <translation>Sửa khoản hỗ trợ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="638" />
            <source>Support payment</source>
            <translation>Thăm hỏi, trợ cấp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="651" />
            <location filename="../../desktop_app/ui/dialogs.py" line="653" />
            <source>Enter a year such as 2026.</source>
            <translation>Hãy nhập năm, vd. 2026.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="662" />
            <source>Type A</source>
            <translation>Loại A</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="662" />
            <source>Type B</source>
            <translation>Loại B</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="668" />
            <source>Yearly facts</source>
            <translation>Số liệu hằng năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="705" />
            <source>Edit union role</source>
            <translation>Sửa chức vụ công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="707" />
            <source>Union role</source>
            <translation>Chức vụ công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="759" />
            <source>Edit award</source>
            <translation>Sửa khen thưởng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="768" />
            <source>New award</source>
            <translation>Thêm khen thưởng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="795" />
            <source>Edit congress</source>
            <translation>Sửa thông tin đại hội</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="798" />
            <source>New congress</source>
            <translation>Thêm đại hội</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="826" />
            <source>Edit dues and fund status</source>
            <translation>Sửa tình hình nộp đoàn phí, kinh phí</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="831" />
            <source>Dues and fund status</source>
            <translation>Đoàn phí, kinh phí công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="846" />
            <source>New field of your own</source>
            <translation>Thêm trường tự đặt</translation>
        </message>
    </context>
    <context>
        <name>DueKind</name>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Member dues</source>
            <translation>Đoàn phí công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Union fund (employer)</source>
            <translation>Kinh phí công đoàn</translation>
        </message>
    </context>
    <context>
        <name>DuesForm</name>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_dues.py" line="246" />
            <source>Dues and fund status</source>
            <translation>Đoàn phí, kinh phí công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_dues.py" line="247" />
            <source>Grassroots union *</source>
            <translation>Công đoàn cơ sở *</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_dues.py" line="248" />
            <source>Year *</source>
            <translation>Năm *</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_dues.py" line="249" />
            <source>Period *</source>
            <translation>Kỳ *</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_dues.py" line="250" />
            <source>Members</source>
            <translation>Số đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_dues.py" line="251" />
            <source>Exempt from kinh phí</source>
            <translation>Miễn kinh phí công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_dues.py" line="253" />
            <source>Units paid wholly from the state budget, from 1/6/2025.</source>
            <translation>Đơn vị hưởng lương toàn bộ từ ngân sách nhà nước, từ 1/6/2025.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_dues.py" line="255" />
            <source>Đoàn phí due (đ)</source>
            <translation>Đoàn phí phải nộp (đ)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_dues.py" line="256" />
            <source>Đoàn phí remitted (đ)</source>
            <translation>Đoàn phí đã nộp (đ)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_dues.py" line="257" />
            <source>Kinh phí due (đ)</source>
            <translation>Kinh phí phải nộp (đ)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_dues.py" line="258" />
            <source>Kinh phí remitted (đ)</source>
            <translation>Kinh phí đã nộp (đ)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_dues.py" line="259" />
            <source>Remarks</source>
            <translation>Ghi chú</translation>
        </message>
    </context>
    <context>
        <name>DuesPeriod</name>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>First half</source>
            <translation>6 tháng đầu năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>First quarter</source>
            <translation>Quý I</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Fourth quarter</source>
            <translation>Quý IV</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Second half</source>
            <translation>6 tháng cuối năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Second quarter</source>
            <translation>Quý II</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Third quarter</source>
            <translation>Quý III</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Whole year</source>
            <translation>Cả năm</translation>
        </message>
    </context>
    <context>
        <name>EnrolForm</name>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_enrol.py" line="145" />
            <source>Enrol in a training course</source>
            <translation>Ghi danh lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_enrol.py" line="146" />
            <source>Member</source>
            <translation>Đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_enrol.py" line="147" />
            <source>Course *</source>
            <translation>Lớp tập huấn *</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_enrol.py" line="148" />
            <source>Sessions attended</source>
            <translation>Số buổi dự</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_enrol.py" line="149" />
            <source>Completed</source>
            <translation>Hoàn thành</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_enrol.py" line="150" />
            <source>Certificate number</source>
            <translation>Số chứng nhận</translation>
        </message>
    </context>
    <context>
        <name>ErrorReport</name>
        <message>
            <location filename="../../desktop_app/ui/error_report.py" line="79" />
            <source>Log folder</source>
            <translation>Thư mục nhật ký</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/error_report.py" line="79" />
            <source>The log folder could not be opened here. The log files are in:
%1</source>
            <translation>Không mở được thư mục nhật ký trên máy này. Các tệp nhật ký nằm ở:
%1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/error_report.py" line="86" />
            <source>Something went wrong while you used “%1”.</source>
            <translation>Đã có lỗi khi bạn dùng “%1”.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/error_report.py" line="87" />
            <source>Something went wrong.</source>
            <translation>Đã có lỗi.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/error_report.py" line="90" />
            <source>Your saved data is safe: every change is saved whole or not at all, so nothing was lost.</source>
            <translation>Dữ liệu đã lưu vẫn an toàn: mỗi thay đổi được lưu trọn vẹn hoặc không lưu gì, nên không mất dữ liệu.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/error_report.py" line="91" />
            <source>The details were written to the log file %1 (menu Help → Open log folder).</source>
            <translation>Chi tiết đã được ghi vào tệp nhật ký %1 (menu Trợ giúp → Mở thư mục nhật ký).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/error_report.py" line="98" />
            <source>Sổ Công đoàn — error</source>
            <translation>Sổ Công đoàn — lỗi</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/error_report.py" line="102" />
            <source>Open log folder</source>
            <translation>Mở thư mục nhật ký</translation>
        </message>
    </context>
    <context>
        <name>EventForm</name>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="453" />
            <source>Event</source>
            <translation>Sự kiện</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="454" />
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="455" />
            <source>Title *</source>
            <translation>Tên gọi *</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="456" />
            <source>Number (e.g. lần thứ Nhất)</source>
            <translation>Lần thứ (vd. lần thứ Nhất)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="457" />
            <source>Term</source>
            <translation>Nhiệm kỳ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="458" />
            <source>Starts (dd/mm/yyyy hh:mm) *</source>
            <translation>Bắt đầu (ngày giờ) *</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="459" />
            <source>Ends (dd/mm/yyyy hh:mm)</source>
            <translation>Kết thúc (ngày giờ)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="460" />
            <source>Place</source>
            <translation>Địa điểm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="461" />
            <source>Document number</source>
            <translation>Số văn bản</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="462" />
            <source>Expected</source>
            <translation>Số đại biểu triệu tập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="463" />
            <source>Present</source>
            <translation>Số có mặt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="464" />
            <source>Participations</source>
            <translation>Lượt người tham gia</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="465" />
            <source>Conclusions</source>
            <translation>Kết luận</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="466" />
            <source>Summary</source>
            <translation>Tóm tắt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="468" />
            <source>Role (chair / secretary / guest)</source>
            <translation>Vai trò (chủ trì / thư ký / khách mời)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="470" />
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="472" />
            <source>Position</source>
            <translation>Chức vụ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="474" />
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="486" />
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="476" />
            <source>One person a row; a new row appears when the last one is used.</source>
            <translation>Mỗi người một dòng; dòng mới hiện ra khi dòng cuối được dùng.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="478" />
            <source>Chairs, secretary, guests</source>
            <translation>Chủ trì, thư ký, khách mời</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="480" />
            <source>Time</source>
            <translation>Giờ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="482" />
            <source>Speaker</source>
            <translation>Người trình bày</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="484" />
            <source>Role</source>
            <translation>Chức vụ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="488" />
            <source>Content</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="490" />
            <source>One programme item a row, in order.</source>
            <translation>Mỗi mục chương trình một dòng, theo thứ tự.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="492" />
            <source>Programme</source>
            <translation>Chương trình</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="494" />
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="508" />
            <source>Grassroots union (name or code)</source>
            <translation>Công đoàn cơ sở (tên hoặc mã)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="496" />
            <source>Participants</source>
            <translation>Số người tham gia</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="498" />
            <source>The grassroots unions that took part and how many of their members did.</source>
            <translation>Các công đoàn cơ sở tham gia và số đoàn viên của từng đơn vị tham gia.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="500" />
            <source>Participating unions</source>
            <translation>Đơn vị tham gia</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="502" />
            <source>Contest</source>
            <translation>Nội dung thi đấu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="504" />
            <source>Prize</source>
            <translation>Giải</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="506" />
            <source>Winner (unit or person)</source>
            <translation>Đạt giải (đơn vị hoặc cá nhân)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="510" />
            <source>The prizes: contest, prize (Nhất, Nhì, Ba…), who won it and their union.</source>
            <translation>Kết quả: nội dung, giải (Nhất, Nhì, Ba…), người hoặc đội đạt giải và công đoàn cơ sở của họ.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="512" />
            <source>Results</source>
            <translation>Kết quả</translation>
        </message>
    </context>
    <context>
        <name>EventKind</name>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Ceremony</source>
            <translation>Lễ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Conference</source>
            <translation>Hội nghị</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Congress</source>
            <translation>Đại hội</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Forum</source>
            <translation>Tọa đàm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Health and sports festival</source>
            <translation>Hội khỏe</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Other</source>
            <translation>Hoạt động khác</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Visit</source>
            <translation>Thăm hỏi</translation>
        </message>
    </context>
    <context>
        <name>EventPeopleRole</name>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Chaired by</source>
            <translation>Chủ trì</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Guest</source>
            <translation>Khách mời</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Secretary</source>
            <translation>Thư ký</translation>
        </message>
    </context>
    <context>
        <name>FigureSource</name>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Entered by hand</source>
            <translation>Nhập tay</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>From a returned 01-HĐCĐ</source>
            <translation>Theo mẫu 01-HĐCĐ nhận về</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../desktop_app/ui/features/help.py" line="22" />
            <source>Sổ Công đoàn</source>
            <translation>Sổ Công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/help.py" line="23" />
            <source>Records of grassroots unions, members, events and training for upper-level trade unions.</source>
            <translation>Quản lý công đoàn cơ sở, đoàn viên, sự kiện và tập huấn cho công đoàn cấp trên trực tiếp cơ sở.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/help.py" line="24" />
            <source>Licences</source>
            <translation>Giấy phép</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/help.py" line="25" />
            <source>Qt %1 and PySide6 %2: GNU LGPL version 3.</source>
            <translation>Qt %1 và PySide6 %2: giấy phép GNU LGPL phiên bản 3.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/help.py" line="26" />
            <source>DejaVu Sans font: Bitstream Vera licence (free use and redistribution).</source>
            <translation>Phông chữ DejaVu Sans: giấy phép Bitstream Vera (được dùng và phân phối lại tự do).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/help.py" line="27" />
            <source>Liberation Serif font: SIL Open Font License 1.1.</source>
            <translation>Phông chữ Liberation Serif: giấy phép SIL Open Font 1.1.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/help.py" line="28" />
            <source>Licence texts: %1</source>
            <translation>Toàn văn giấy phép: %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/help.py" line="35" />
            <source>About Sổ Công đoàn</source>
            <translation>Giới thiệu Sổ Công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/help.py" line="39" />
            <source>&amp;About Sổ Công đoàn</source>
            <translation>&amp;Giới thiệu Sổ Công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/help.py" line="42" />
            <source>About &amp;Qt</source>
            <translation>Giới thiệu &amp;Qt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/help.py" line="44" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Phím tắt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/help.py" line="46" />
            <source>Ctrl+F: search the current list
Ctrl+N: new record
Enter: open the selected record
Delete: delete the selected record
F5: refresh
Ctrl+O: open another database</source>
            <translation>Ctrl+F: tìm trong danh sách đang xem
Ctrl+N: thêm mới
Enter: mở hồ sơ đang chọn
Delete: xóa hồ sơ đang chọn
F5: làm mới
Ctrl+O: mở cơ sở dữ liệu khác</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/help.py" line="46" />
            <source>Keyboard shortcuts</source>
            <translation>Phím tắt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/help.py" line="49" />
            <source>Open log folder</source>
            <translation>Mở thư mục nhật ký</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/help.py" line="51" />
            <source>The folder of the log file, where unexpected errors are written</source>
            <translation>Thư mục chứa tệp nhật ký, nơi ghi lại các lỗi bất ngờ</translation>
        </message>
    </context>
    <context>
        <name>HistoryKind</name>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Died</source>
            <translation>Từ trần</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Joined</source>
            <translation>Kết nạp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Left</source>
            <translation>Ra khỏi tổ chức</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Transferred in</source>
            <translation>Chuyển đến</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Transferred out</source>
            <translation>Chuyển đi</translation>
        </message>
    </context>
    <context>
        <name>ListTab</name>
        <message>
            <location filename="../../desktop_app/ui/list_tab.py" line="53" />
            <source>Search (no accents needed, any word order)…  Ctrl+F</source>
            <translation>Tìm kiếm (gõ không dấu cũng được, thứ tự từ bất kỳ)…  Ctrl+F</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/list_tab.py" line="104" />
            <source>Select a row to see its details.</source>
            <translation>Chọn một dòng để xem chi tiết.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/list_tab.py" line="200" />
            <source>sorting…</source>
            <translation>đang sắp xếp…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/list_tab.py" line="205" />
            <source>%1 rows</source>
            <translation>%1 dòng</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="78" />
            <source>Main toolbar</source>
            <translation>Thanh công cụ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="96" />
            <source>Grassroots unions</source>
            <translation>Công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="96" />
            <source>Overview</source>
            <translation>Tổng quan</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="97" />
            <source>Events</source>
            <translation>Sự kiện</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="97" />
            <source>Members</source>
            <translation>Đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="97" />
            <source>Training</source>
            <translation>Tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="108" />
            <source>New…</source>
            <translation>Thêm…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="109" />
            <source>Edit…</source>
            <translation>Sửa…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="111" />
            <location filename="../../desktop_app/ui/main_window.py" line="382" />
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="116" />
            <source>Membership change</source>
            <translation>Biến động đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="119" />
            <source>Transferred out…</source>
            <translation>Chuyển đi nơi khác…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="119" />
            <source>Transfer…</source>
            <translation>Chuyển sinh hoạt…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="120" />
            <source>Deceased…</source>
            <translation>Từ trần…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="120" />
            <source>Left the union…</source>
            <translation>Ra khỏi công đoàn…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="126" />
            <source>Enrol in a course…</source>
            <translation>Ghi danh lớp…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="127" />
            <source>Union role…</source>
            <translation>Chức vụ công đoàn…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="128" />
            <source>Support…</source>
            <translation>Hỗ trợ…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="129" />
            <source>Roles, courses, support…</source>
            <translation>Chức vụ, tập huấn, hỗ trợ…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="132" />
            <source>Show members</source>
            <translation>Xem đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="134" />
            <source>Yearly facts…</source>
            <translation>Số liệu năm…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="144" />
            <source>&amp;File</source>
            <translation>&amp;Tệp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="144" />
            <source>&amp;Records</source>
            <translation>&amp;Hồ sơ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="145" />
            <source>&amp;Import/Export</source>
            <translation>&amp;Nhập/Xuất</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="145" />
            <source>Re&amp;ports</source>
            <translation>&amp;Báo cáo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="146" />
            <source>&amp;Backup</source>
            <translation>Sao &amp;lưu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="146" />
            <source>&amp;Help</source>
            <translation>Trợ &amp;giúp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="146" />
            <source>&amp;Settings</source>
            <translation>&amp;Cài đặt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="152" />
            <source>&amp;Open database…</source>
            <translation>&amp;Mở cơ sở dữ liệu…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="156" />
            <source>Open &amp;recent</source>
            <translation>Mở &amp;gần đây</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="160" />
            <source>&amp;Quit</source>
            <translation>&amp;Thoát</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="166" />
            <source>&amp;New record…</source>
            <translation>&amp;Thêm mới…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="169" />
            <source>&amp;Edit record…</source>
            <translation>&amp;Sửa…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="171" />
            <source>&amp;Delete record</source>
            <translation>&amp;Xóa</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="174" />
            <source>&amp;Find</source>
            <translation>&amp;Tìm kiếm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="177" />
            <source>Re&amp;fresh</source>
            <translation>&amp;Làm mới</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="180" />
            <location filename="../../desktop_app/ui/main_window.py" line="471" />
            <source>&amp;Undo</source>
            <translation>&amp;Hoàn tác</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="206" />
            <source>starting the program (part “%1”)</source>
            <translation>khởi động chương trình (phần “%1”)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="300" />
            <source>Cannot open the database</source>
            <translation>Không mở được cơ sở dữ liệu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="356" />
            <source>adding a record</source>
            <translation>việc thêm mới</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="371" />
            <source>editing a record</source>
            <translation>việc sửa</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="382" />
            <source>Delete “%1”? (Ctrl+Z undoes it.)</source>
            <translation>Xóa “%1”? (Ctrl+Z để hoàn tác.)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="389" />
            <source>deleting a record</source>
            <translation>việc xóa</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="391" />
            <location filename="../../desktop_app/ui/main_window.py" line="394" />
            <source>Cannot delete</source>
            <translation>Không xóa được</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="407" />
            <source>a membership change</source>
            <translation>biến động đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="418" />
            <source>an enrolment</source>
            <translation>việc ghi danh</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="427" />
            <source>a union role</source>
            <translation>việc thêm chức vụ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="428" />
            <source>a support payment</source>
            <translation>khoản hỗ trợ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="457" />
            <source>yearly facts</source>
            <translation>số liệu năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="471" />
            <source>&amp;Undo %1</source>
            <translation>&amp;Hoàn tác %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="477" />
            <source>Cannot undo</source>
            <translation>Không hoàn tác được</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="521" />
            <source>Open database</source>
            <translation>Mở cơ sở dữ liệu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="522" />
            <source>Databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>Cơ sở dữ liệu (*.sqlite3 *.sqlite *.db);;Mọi tệp (*)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="530" />
            <source>(none)</source>
            <translation>(chưa có)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="538" />
            <source>(read-only)</source>
            <translation>(chỉ đọc)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="539" />
            <source>Sổ Công đoàn</source>
            <translation>Sổ Công đoàn</translation>
        </message>
    </context>
    <context>
        <name>MemberForm</name>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member.py" line="329" />
            <source>Member</source>
            <translation>Đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member.py" line="330" />
            <source>Full name *</source>
            <translation>Họ và tên *</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member.py" line="331" />
            <source>Sex</source>
            <translation>Giới tính</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member.py" line="332" />
            <source>Date of birth</source>
            <translation>Ngày sinh</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member.py" line="333" />
            <location filename="../../desktop_app/ui/forms/ui_member.py" line="351" />
            <source>dd/mm/yyyy</source>
            <translation>ngày/tháng/năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member.py" line="334" />
            <source>Ethnicity</source>
            <translation>Dân tộc</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member.py" line="335" />
            <source>Nationality</source>
            <translation>Quốc tịch</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member.py" line="336" />
            <source>Việt Nam</source>
            <translation>Việt Nam</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member.py" line="338" />
            <source>Leave empty for a Vietnamese citizen.</source>
            <translation>Để trống nếu là công dân Việt Nam.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member.py" line="340" />
            <source>Labour relation</source>
            <translation>Quan hệ lao động</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member.py" line="341" />
            <source>Contract length (months)</source>
            <translation>Thời hạn hợp đồng (tháng)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member.py" line="343" />
            <source>For a foreign worker: 12 months or more (Trade Union Law 2024).</source>
            <translation>Người lao động nước ngoài: từ đủ 12 tháng trở lên (Luật Công đoàn 2024).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member.py" line="345" />
            <source>CCCD (12 digits)</source>
            <translation>CCCD (12 chữ số)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member.py" line="346" />
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member.py" line="347" />
            <source>Job</source>
            <translation>Nghề nghiệp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member.py" line="348" />
            <source>Card number</source>
            <translation>Số thẻ đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member.py" line="349" />
            <source>Grassroots union</source>
            <translation>Công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member.py" line="350" />
            <source>Joined on</source>
            <translation>Ngày vào công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member.py" line="352" />
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
    </context>
    <context>
        <name>MemberHistoryForm</name>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member_history.py" line="127" />
            <source>Membership change</source>
            <translation>Biến động đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member_history.py" line="128" />
            <source>Member</source>
            <translation>Đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member_history.py" line="129" />
            <source>To union</source>
            <translation>Chuyển đến công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member_history.py" line="130" />
            <source>Date *</source>
            <translation>Ngày *</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member_history.py" line="131" />
            <source>dd/mm/yyyy</source>
            <translation>ngày/tháng/năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member_history.py" line="132" />
            <source>Reason / destination</source>
            <translation>Lý do / nơi chuyển đến</translation>
        </message>
    </context>
    <context>
        <name>MemberRecordsDialog</name>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="55" />
            <source>Roles, courses and support — %1</source>
            <translation>Chức vụ, tập huấn và hỗ trợ — %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="61" />
            <source>Ends</source>
            <translation>Kết thúc</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="61" />
            <source>Role</source>
            <translation>Chức vụ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="61" />
            <location filename="../../desktop_app/ui/member_records.py" line="63" />
            <source>Starts</source>
            <translation>Bắt đầu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="61" />
            <source>Term</source>
            <translation>Nhiệm kỳ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="61" />
            <source>Union</source>
            <translation>Công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="62" />
            <source>Full-time</source>
            <translation>Chuyên trách</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="63" />
            <source>Attended</source>
            <translation>Số buổi dự</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="63" />
            <source>Completed</source>
            <translation>Hoàn thành</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="63" />
            <source>Course</source>
            <translation>Lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="64" />
            <source>Certificate</source>
            <translation>Chứng nhận</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="65" />
            <source>Amount (đ)</source>
            <translation>Số tiền (đ)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="65" />
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="65" />
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="65" />
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="67" />
            <source>Courses</source>
            <translation>Lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="67" />
            <source>Union roles</source>
            <translation>Chức vụ công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="68" />
            <source>Support received</source>
            <translation>Hỗ trợ đã nhận</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="70" />
            <location filename="../../desktop_app/ui/member_records.py" line="72" />
            <source>Add…</source>
            <translation>Thêm…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="70" />
            <location filename="../../desktop_app/ui/member_records.py" line="72" />
            <source>Delete…</source>
            <translation>Xóa…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="70" />
            <location filename="../../desktop_app/ui/member_records.py" line="72" />
            <source>Edit…</source>
            <translation>Sửa…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="71" />
            <source>Attendance…</source>
            <translation>Kết quả học…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="71" />
            <source>Enrol…</source>
            <translation>Ghi danh…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="71" />
            <source>Remove from course…</source>
            <translation>Rút khỏi lớp…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="192" />
            <source>a union role</source>
            <translation>việc thêm chức vụ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="193" />
            <source>an enrolment</source>
            <translation>việc ghi danh</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="194" />
            <source>a support payment</source>
            <translation>khoản hỗ trợ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="205" />
            <source>editing a union role</source>
            <translation>việc sửa chức vụ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="206" />
            <source>editing course attendance</source>
            <translation>việc sửa kết quả học</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="207" />
            <source>editing a support payment</source>
            <translation>việc sửa khoản hỗ trợ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="224" />
            <source>Delete the union role “%1”? (Ctrl+Z undoes it.)</source>
            <translation>Xóa chức vụ “%1”? (Ctrl+Z để hoàn tác.)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="229" />
            <source>Delete the support payment “%1”? (Ctrl+Z undoes it.)</source>
            <translation>Xóa khoản hỗ trợ “%1”? (Ctrl+Z để hoàn tác.)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="230" />
            <source>Remove this member from the course “%1”? (Ctrl+Z undoes it.)</source>
            <translation>Rút đoàn viên này khỏi lớp “%1”? (Ctrl+Z để hoàn tác.)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="232" />
            <source>Certificate no. %1 issued on this course is deleted with it.</source>
            <translation>Chứng nhận số %1 đã cấp cho lớp này cũng bị xóa theo.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="240" />
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="240" />
            <source>Remove from course</source>
            <translation>Rút khỏi lớp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="247" />
            <source>deleting a union role</source>
            <translation>việc xóa chức vụ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="248" />
            <source>removing from a course</source>
            <translation>việc rút khỏi lớp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="249" />
            <source>deleting a support payment</source>
            <translation>việc xóa khoản hỗ trợ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="255" />
            <source>Cannot delete</source>
            <translation>Không xóa được</translation>
        </message>
    </context>
    <context>
        <name>MemberStatus</name>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Active</source>
            <translation>Đang sinh hoạt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Deceased</source>
            <translation>Đã từ trần</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Left</source>
            <translation>Đã ra khỏi tổ chức</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Not a member</source>
            <translation>Chưa kết nạp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Transferred out</source>
            <translation>Đã chuyển đi</translation>
        </message>
    </context>
    <context>
        <name>OfficerForm</name>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_officer.py" line="187" />
            <source>Union role</source>
            <translation>Chức vụ công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_officer.py" line="188" />
            <source>Member</source>
            <translation>Đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_officer.py" line="189" />
            <source>Role *</source>
            <translation>Chức vụ *</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_officer.py" line="190" />
            <source>In grassroots union</source>
            <translation>Tại công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_officer.py" line="191" />
            <source>Term (e.g. 2023-2028)</source>
            <translation>Nhiệm kỳ (vd. 2023-2028)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_officer.py" line="192" />
            <source>Term starts on</source>
            <translation>Bắt đầu nhiệm kỳ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_officer.py" line="193" />
            <location filename="../../desktop_app/ui/forms/ui_officer.py" line="195" />
            <source>dd/mm/yyyy</source>
            <translation>ngày/tháng/năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_officer.py" line="194" />
            <source>Term ends on</source>
            <translation>Kết thúc nhiệm kỳ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_officer.py" line="196" />
            <source>Full-time</source>
            <translation>Chuyên trách</translation>
        </message>
    </context>
    <context>
        <name>OfficerRole</name>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Chair</source>
            <translation>Chủ tịch</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Executive committee</source>
            <translation>Ủy viên Ban Chấp hành</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Group leader</source>
            <translation>Tổ trưởng công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Inspection committee</source>
            <translation>Ủy viên Ủy ban Kiểm tra</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Other</source>
            <translation>Khác</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Standing committee</source>
            <translation>Ủy viên Ban Thường vụ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Vice-chair</source>
            <translation>Phó Chủ tịch</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <location filename="../../desktop_app/ui/operations.py" line="310" />
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="104" />
            <source>Year:</source>
            <translation>Năm:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="107" />
            <source>Members and unions</source>
            <translation>Đoàn viên và công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="111" />
            <source>Targets and results</source>
            <translation>Chỉ tiêu và kết quả</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="115" />
            <source>By sector block</source>
            <translation>Theo khối</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="117" />
            <source>Members</source>
            <translation>Đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="119" />
            <source>Grassroots unions</source>
            <translation>Công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="158" />
            <location filename="../../desktop_app/ui/overview.py" line="178" />
            <source>Year %1 at a glance</source>
            <translation>Tổng quan năm %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="159" />
            <source>calculating…</source>
            <translation>đang tính…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="181" />
            <location filename="../../desktop_app/ui/overview.py" line="182" />
            <source>Members on %1</source>
            <translation>Đoàn viên đến %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="183" />
            <source>Of whom foreign workers / without a labour relation</source>
            <translation>Trong đó: người nước ngoài / không có quan hệ lao động</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="185" />
            <source>Admitted this year</source>
            <translation>Kết nạp trong năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="186" />
            <source>Transferred in</source>
            <translation>Chuyển đến</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="187" />
            <source>Left, transferred out or died</source>
            <translation>Ra khỏi tổ chức, chuyển đi, từ trần</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="188" />
            <location filename="../../desktop_app/ui/overview.py" line="189" />
            <source>Grassroots unions on %1</source>
            <translation>Công đoàn cơ sở đến %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="190" />
            <source>Unions founded / closed</source>
            <translation>CĐCS thành lập / giải thể, sáp nhập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="191" />
            <source>Events / participations</source>
            <translation>Sự kiện / lượt người</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="193" />
            <source>Courses / completed</source>
            <translation>Lớp tập huấn / học viên hoàn thành</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="194" />
            <source>%1 payments, %2 đ</source>
            <translation>%1 lượt, %2 đ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="194" />
            <source>Support paid</source>
            <translation>Hỗ trợ đã chi</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="211" />
            <source>Indicator</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="211" />
            <source>Result</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="212" />
            <source>Achieved</source>
            <translation>Đạt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="212" />
            <source>Target</source>
            <translation>Chỉ tiêu</translation>
        </message>
    </context>
    <context>
        <name>ProvenanceAction</name>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Added</source>
            <translation>Thêm mới</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Merged</source>
            <translation>Gộp</translation>
        </message>
    </context>
    <context>
        <name>ProvenanceTable</name>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Courses</source>
            <translation>Lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Events</source>
            <translation>Sự kiện</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Grassroots unions</source>
            <translation>Công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Members</source>
            <translation>Đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Support payments</source>
            <translation>Hỗ trợ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Union bodies</source>
            <translation>Cơ quan công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Union officers</source>
            <translation>Cán bộ công đoàn</translation>
        </message>
    </context>
    <context>
        <name>Registers</name>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="23" />
            <source>Added</source>
            <translation>Đã thêm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="23" />
            <source>Deleted</source>
            <translation>Đã xóa</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="23" />
            <source>Edited</source>
            <translation>Đã sửa</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="24" />
            <source>Exported</source>
            <translation>Xuất Excel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="24" />
            <source>Exported (encrypted)</source>
            <translation>Xuất tệp mã hóa</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="25" />
            <source>Backed up</source>
            <translation>Sao lưu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="25" />
            <source>Imported</source>
            <translation>Nhập Excel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="25" />
            <source>Restored</source>
            <translation>Khôi phục</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="26" />
            <source>Copied</source>
            <translation>Sao chép</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="26" />
            <source>Merged files</source>
            <translation>Gộp tệp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="26" />
            <source>Settings</source>
            <translation>Cài đặt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="30" />
            <source>Award</source>
            <translation>Khen thưởng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="30" />
            <source>Congress</source>
            <translation>Đại hội</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="30" />
            <source>Dues period</source>
            <translation>Đoàn phí, kinh phí</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="31" />
            <source>Dues rate</source>
            <translation>Mức đóng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="36" />
            <location filename="../../desktop_app/ui/awards_register.py" line="26" />
            <source>Form</source>
            <translation>Hình thức</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="36" />
            <location filename="../../desktop_app/ui/awards_register.py" line="27" />
            <location filename="../../desktop_app/ui/congresses_register.py" line="26" />
            <location filename="../../desktop_app/ui/dues_register.py" line="26" />
            <source>Grassroots union</source>
            <translation>Công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="36" />
            <source>Member</source>
            <translation>Đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="37" />
            <location filename="../../desktop_app/ui/awards_register.py" line="26" />
            <source>Given by</source>
            <translation>Cấp khen thưởng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="37" />
            <location filename="../../desktop_app/ui/awards_register.py" line="26" />
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="37" />
            <location filename="../../desktop_app/ui/awards_register.py" line="26" />
            <location filename="../../desktop_app/ui/dues_register.py" line="26" />
            <source>Year</source>
            <translation>Năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="38" />
            <source>Decision date</source>
            <translation>Ngày quyết định</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="38" />
            <source>Decision number</source>
            <translation>Số quyết định</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="39" />
            <location filename="../../desktop_app/ui/awards_register.py" line="27" />
            <source>Achievement</source>
            <translation>Thành tích</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="39" />
            <source>Held on</source>
            <translation>Ngày tổ chức</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="39" />
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="40" />
            <location filename="../../desktop_app/ui/congresses_register.py" line="26" />
            <location filename="../../desktop_app/ui/custom_fields_register.py" line="22" />
            <source>Kind</source>
            <translation>Hình thức</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="40" />
            <location filename="../../desktop_app/ui/congresses_register.py" line="26" />
            <source>Term</source>
            <translation>Nhiệm kỳ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="40" />
            <source>Term starts</source>
            <translation>Bắt đầu nhiệm kỳ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="41" />
            <source>Congress number</source>
            <translation>Đại hội lần thứ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="41" />
            <source>Term ends</source>
            <translation>Kết thúc nhiệm kỳ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="42" />
            <source>Committee members</source>
            <translation>Số ủy viên Ban Chấp hành</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="42" />
            <source>Delegates</source>
            <translation>Số đại biểu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="43" />
            <source>Exempt from the fund</source>
            <translation>Miễn kinh phí công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="43" />
            <location filename="../../desktop_app/ui/dues_register.py" line="26" />
            <source>Members</source>
            <translation>Số đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="43" />
            <location filename="../../desktop_app/ui/dues_register.py" line="26" />
            <source>Period</source>
            <translation>Kỳ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="44" />
            <source>Dues due</source>
            <translation>Đoàn phí phải nộp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="44" />
            <source>Dues paid</source>
            <translation>Đoàn phí đã nộp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="44" />
            <source>Fund due</source>
            <translation>Kinh phí phải nộp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="45" />
            <source>Fund paid</source>
            <translation>Kinh phí đã nộp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="45" />
            <source>Rate (%)</source>
            <translation>Mức đóng (%)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="45" />
            <source>Valid from</source>
            <translation>Áp dụng từ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="46" />
            <source>Base salary</source>
            <translation>Lương cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="46" />
            <source>Cap (% of base salary)</source>
            <translation>Mức trần (% lương cơ sở)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="102" />
            <source>Action</source>
            <translation>Thao tác</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="102" />
            <source>Record</source>
            <translation>Đối tượng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="102" />
            <source>Rows</source>
            <translation>Số bản ghi</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="102" />
            <source>When</source>
            <translation>Thời gian</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="102" />
            <source>Who</source>
            <translation>Người thực hiện</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="103" />
            <source>Details</source>
            <translation>Chi tiết</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="105" />
            <source>Audit log</source>
            <translation>Nhật ký thay đổi</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="108" />
            <location filename="../../desktop_app/ui/awards_register.py" line="31" />
            <location filename="../../desktop_app/ui/congresses_register.py" line="31" />
            <location filename="../../desktop_app/ui/custom_fields_register.py" line="27" />
            <location filename="../../desktop_app/ui/dues_register.py" line="32" />
            <source>(all)</source>
            <translation>(tất cả)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="110" />
            <source>Record:</source>
            <translation>Đối tượng:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="111" />
            <source>Action:</source>
            <translation>Thao tác:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="112" />
            <source>When:</source>
            <translation>Thời gian:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="112" />
            <source>last 7 days</source>
            <translation>7 ngày qua</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="112" />
            <source>today</source>
            <translation>hôm nay</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="113" />
            <source>last 30 days</source>
            <translation>30 ngày qua</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="113" />
            <source>last 365 days</source>
            <translation>365 ngày qua</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/awards_register.py" line="26" />
            <source>Recipient</source>
            <translation>Tập thể / cá nhân</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/awards_register.py" line="27" />
            <source>Decision</source>
            <translation>Quyết định</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/awards_register.py" line="30" />
            <source>Awards</source>
            <translation>Khen thưởng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/awards_register.py" line="34" />
            <location filename="../../desktop_app/ui/congresses_register.py" line="73" />
            <location filename="../../desktop_app/ui/dues_register.py" line="34" />
            <location filename="../../desktop_app/ui/dues_register.py" line="74" />
            <source>Year:</source>
            <translation>Năm:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/awards_register.py" line="35" />
            <source>Given by:</source>
            <translation>Cấp khen:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/awards_register.py" line="36" />
            <source>Form:</source>
            <translation>Hình thức:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/awards_register.py" line="37" />
            <source>State:</source>
            <translation>Trạng thái:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/awards_register.py" line="57" />
            <source>Delete the award “%1”?</source>
            <translation>Xóa khen thưởng “%1”?</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/awards_register.py" line="64" />
            <source>Proposals list (PDF)…</source>
            <translation>Danh sách đề nghị (PDF)…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/awards_register.py" line="69" />
            <source>Awards proposed</source>
            <translation>Danh sách đề nghị khen thưởng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/awards_register.py" line="71" />
            <source>Year of the proposals:</source>
            <translation>Năm đề nghị:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/congresses_register.py" line="26" />
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/congresses_register.py" line="27" />
            <source>Committee</source>
            <translation>Số ủy viên BCH</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/congresses_register.py" line="27" />
            <source>Next congress due</source>
            <translation>Đại hội tiếp theo (năm)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/congresses_register.py" line="27" />
            <source>Number</source>
            <translation>Lần thứ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/congresses_register.py" line="27" />
            <source>Present</source>
            <translation>Số dự</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/congresses_register.py" line="30" />
            <source>Congresses and terms</source>
            <translation>Đại hội và nhiệm kỳ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/congresses_register.py" line="33" />
            <source>Held in:</source>
            <translation>Năm đại hội:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/congresses_register.py" line="34" />
            <source>Kind:</source>
            <translation>Hình thức:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/congresses_register.py" line="35" />
            <source>Due this year: %1, overdue: %2, none recorded: %3</source>
            <translation>Đến kỳ đại hội năm nay: %1, quá hạn: %2, chưa có thông tin: %3</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/congresses_register.py" line="59" />
            <source>Delete the congress of %1 held on %2?</source>
            <translation>Xóa đại hội của %1 ngày %2?</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/congresses_register.py" line="66" />
            <source>Unions due (PDF)…</source>
            <translation>CĐCS đến kỳ đại hội (PDF)…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/congresses_register.py" line="71" />
            <source>Unions whose congress is due</source>
            <translation>Danh sách CĐCS đến kỳ đại hội</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/custom_fields_register.py" line="22" />
            <source>Choices</source>
            <translation>Các lựa chọn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/custom_fields_register.py" line="22" />
            <source>For</source>
            <translation>Dành cho</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/custom_fields_register.py" line="22" />
            <source>Name</source>
            <translation>Tên trường</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/custom_fields_register.py" line="22" />
            <source>Records filled</source>
            <translation>Số hồ sơ đã nhập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/custom_fields_register.py" line="24" />
            <source>Fields of your own</source>
            <translation>Trường tự đặt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/custom_fields_register.py" line="27" />
            <source>For:</source>
            <translation>Dành cho:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/custom_fields_register.py" line="48" />
            <source>Delete the field “%1” and the %2 values recorded in it?</source>
            <translation>Xóa trường “%1” cùng %2 giá trị đã nhập?</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dues_register.py" line="27" />
            <source>Kinh phí exempt</source>
            <translation>Miễn kinh phí</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dues_register.py" line="27" />
            <source>Đoàn phí due</source>
            <translation>Đoàn phí phải nộp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dues_register.py" line="27" />
            <source>Đoàn phí remitted</source>
            <translation>Đoàn phí đã nộp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dues_register.py" line="28" />
            <source>Kinh phí due</source>
            <translation>Kinh phí phải nộp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dues_register.py" line="28" />
            <source>Kinh phí remitted</source>
            <translation>Kinh phí đã nộp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dues_register.py" line="28" />
            <source>Remarks</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dues_register.py" line="31" />
            <source>Dues and fund status</source>
            <translation>Đoàn phí, kinh phí công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dues_register.py" line="35" />
            <source>Period:</source>
            <translation>Kỳ:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dues_register.py" line="36" />
            <source>Show:</source>
            <translation>Hiện:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dues_register.py" line="36" />
            <source>every union</source>
            <translation>tất cả công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dues_register.py" line="36" />
            <source>unions behind</source>
            <translation>công đoàn cơ sở còn nợ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dues_register.py" line="45" />
            <source>still owed: %1 đ</source>
            <translation>còn nợ: %1 đ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dues_register.py" line="60" />
            <source>Delete the dues row of %1 for %2 %3?</source>
            <translation>Xóa số liệu của %1 kỳ %2 năm %3?</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dues_register.py" line="67" />
            <source>Unions behind (PDF)…</source>
            <translation>CĐCS còn nợ (PDF)…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dues_register.py" line="72" />
            <source>Unions behind with dues</source>
            <translation>Công đoàn cơ sở còn nợ đoàn phí, kinh phí</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/registers.py" line="60" />
            <source>Search…</source>
            <translation>Tìm kiếm…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/registers.py" line="88" />
            <source>Add…</source>
            <translation>Thêm…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/registers.py" line="88" />
            <source>Delete…</source>
            <translation>Xóa…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/registers.py" line="88" />
            <source>Edit…</source>
            <translation>Sửa…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/registers.py" line="89" />
            <source>Export to Excel…</source>
            <translation>Xuất ra Excel…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/registers.py" line="144" />
            <source>%1 rows</source>
            <translation>%1 dòng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/registers.py" line="190" />
            <source>adding to a register</source>
            <translation>thêm vào sổ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/registers.py" line="198" />
            <source>editing a register</source>
            <translation>sửa trong sổ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/registers.py" line="205" />
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/registers.py" line="206" />
            <source>(Ctrl+Z in the main window undoes it.)</source>
            <translation>(Ctrl+Z ở cửa sổ chính để hoàn tác.)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/registers.py" line="215" />
            <source>Cannot delete</source>
            <translation>Không thể xóa</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/registers.py" line="218" />
            <source>deleting from a register</source>
            <translation>xóa khỏi sổ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/registers.py" line="222" />
            <source>Print…</source>
            <translation>In…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/registers.py" line="228" />
            <source>Export to Excel</source>
            <translation>Xuất ra Excel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/registers.py" line="230" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Bảng tính Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/registers.py" line="239" />
            <source>%1 rows saved to
%2</source>
            <translation>Đã lưu %1 dòng vào
%2</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/registers.py" line="249" />
            <source>PDF document (*.pdf)</source>
            <translation>Tài liệu PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/registers.py" line="258" />
            <source>Saved to
%1</source>
            <translation>Đã lưu vào
%1</translation>
        </message>
    </context>
    <context>
        <name>RegistersFeature</name>
        <message>
            <location filename="../../desktop_app/ui/features/registers.py" line="65" />
            <source>&amp;Awards…</source>
            <translation>&amp;Khen thưởng…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/registers.py" line="66" />
            <source>Awards to unions and members: proposals, decisions, the list to send up</source>
            <translation>Khen thưởng tập thể và cá nhân: đề nghị, quyết định, danh sách gửi cấp trên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/registers.py" line="68" />
            <source>&amp;Congresses and terms…</source>
            <translation>Đại &amp;hội, nhiệm kỳ…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/registers.py" line="69" />
            <source>Congresses of the grassroots unions, their terms, the unions due</source>
            <translation>Đại hội của các CĐCS, nhiệm kỳ, các CĐCS đến kỳ đại hội</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/registers.py" line="71" />
            <source>&amp;Dues and fund status…</source>
            <translation>Đoàn &amp;phí, kinh phí…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/registers.py" line="72" />
            <source>Đoàn phí and kinh phí công đoàn due and remitted by each union</source>
            <translation>Đoàn phí và kinh phí công đoàn phải nộp, đã nộp của từng công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/registers.py" line="74" />
            <source>Audit &amp;log…</source>
            <translation>&amp;Nhật ký thay đổi…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/registers.py" line="75" />
            <source>Who changed what and when: edits of the registers, imports, exports, backups, merges</source>
            <translation>Ai đã thay đổi gì, khi nào: sửa các sổ, nhập, xuất, sao lưu, gộp tệp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/registers.py" line="78" />
            <source>&amp;Fields of your own…</source>
            <translation>&amp;Trường tự đặt…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/registers.py" line="79" />
            <source>Add fields of your own to members and unions (text, number, date, choice)</source>
            <translation>Thêm trường tự đặt cho đoàn viên và công đoàn cơ sở (chữ, số, ngày, chọn)</translation>
        </message>
    </context>
    <context>
        <name>Sector</name>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Education</source>
            <translation>Giáo dục</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Foreign-invested enterprises</source>
            <translation>Doanh nghiệp có vốn đầu tư nước ngoài</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Private enterprises</source>
            <translation>Doanh nghiệp ngoài nhà nước</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Public administration and services</source>
            <translation>Hành chính sự nghiệp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>State-owned enterprises</source>
            <translation>Doanh nghiệp nhà nước</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Wards and communes</source>
            <translation>Phường, xã</translation>
        </message>
    </context>
    <context>
        <name>SecurityPage</name>
        <message>
            <location filename="../../desktop_app/ui/security_page.py" line="92" />
            <source>&amp;Encrypt the data…</source>
            <translation>&amp;Mã hoá dữ liệu…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/security_page.py" line="94" />
            <source>Set the &amp;recovery passphrase…</source>
            <translation>Đặt cụm mật khẩu &amp;khôi phục…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/security_page.py" line="96" />
            <source>Print the recovery &amp;sheet…</source>
            <translation>In &amp;phiếu khôi phục…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/security_page.py" line="98" />
            <source>Write the passphrase on the sheet</source>
            <translation>Ghi cụm mật khẩu lên phiếu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/security_page.py" line="114" />
            <source>The data file is encrypted (SQLCipher, AES-256). Backups of it are encrypted with the same key.</source>
            <translation>Tệp dữ liệu đã được mã hoá (SQLCipher, AES-256). Các bản sao lưu của tệp cũng được mã hoá bằng cùng khoá.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/security_page.py" line="117" />
            <source>The key is kept by the operating system for this user account: no password is asked when the program starts.</source>
            <translation>Khoá do hệ điều hành giữ cho tài khoản người dùng này: chương trình không hỏi mật khẩu khi khởi động.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/security_page.py" line="120" />
            <source>This computer has no key store: the key is kept in a file only this user account can read. It protects copies and backups, not this account.</source>
            <translation>Máy này không có kho khoá của hệ điều hành: khoá được giữ trong một tệp chỉ tài khoản này đọc được. Cách này bảo vệ các bản sao chép và sao lưu, không bảo vệ được tài khoản này.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/security_page.py" line="124" />
            <source>No recovery passphrase is set: if this user account is lost, the data cannot be opened. Set one and print the recovery sheet.</source>
            <translation>Chưa đặt cụm mật khẩu khôi phục: nếu mất tài khoản người dùng này thì không mở được dữ liệu. Hãy đặt cụm mật khẩu và in phiếu khôi phục.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/security_page.py" line="127" />
            <source>Recovery passphrase set (key file: {file}).</source>
            <translation>Đã đặt cụm mật khẩu khôi phục (tệp khoá: {file}).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/security_page.py" line="129" />
            <source>The data file is not encrypted: anyone who gets the file or a backup can read the members' personal data.</source>
            <translation>Tệp dữ liệu chưa được mã hoá: ai có tệp hoặc bản sao lưu đều đọc được dữ liệu cá nhân của đoàn viên.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/security_page.py" line="142" />
            <source>Save the recovery sheet</source>
            <translation>Lưu phiếu khôi phục</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/security_page.py" line="148" />
            <location filename="../../desktop_app/ui/security_page.py" line="192" />
            <source>Security</source>
            <translation>Bảo mật</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/security_page.py" line="193" />
            <source>The recovery sheet was saved: {file}</source>
            <translation>Đã lưu phiếu khôi phục: {file}</translation>
        </message>
    </context>
    <context>
        <name>Sex</name>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Female</source>
            <translation>Nữ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Male</source>
            <translation>Nam</translation>
        </message>
    </context>
    <context>
        <name>SupportForm</name>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_support.py" line="145" />
            <source>Support payment</source>
            <translation>Thăm hỏi, trợ cấp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_support.py" line="146" />
            <source>Member</source>
            <translation>Đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_support.py" line="147" />
            <source>Paid on *</source>
            <translation>Ngày chi *</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_support.py" line="148" />
            <source>dd/mm/yyyy</source>
            <translation>ngày/tháng/năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_support.py" line="149" />
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_support.py" line="150" />
            <source>Amount (đồng) *</source>
            <translation>Số tiền (đồng) *</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_support.py" line="151" />
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
    </context>
    <context>
        <name>Tabs</name>
        <message>
            <location filename="../../desktop_app/ui/tabs.py" line="41" />
            <location filename="../../desktop_app/ui/tabs.py" line="75" />
            <location filename="../../desktop_app/ui/tabs.py" line="86" />
            <source>(all)</source>
            <translation>(tất cả)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/tabs.py" line="90" />
            <source>Sector block</source>
            <translation>Khối</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/tabs.py" line="91" />
            <location filename="../../desktop_app/ui/tabs.py" line="101" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/tabs.py" line="95" />
            <source>Union</source>
            <translation>Công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/tabs.py" line="103" />
            <source>Foreign workers</source>
            <translation>Người nước ngoài</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/tabs.py" line="104" />
            <source>No labour relation</source>
            <translation>Không có QHLĐ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/tabs.py" line="106" />
            <source>Sex</source>
            <translation>Giới tính</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/tabs.py" line="108" />
            <source>Joined in</source>
            <translation>Vào năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/tabs.py" line="112" />
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/tabs.py" line="115" />
            <location filename="../../desktop_app/ui/tabs.py" line="119" />
            <source>Year</source>
            <translation>Năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/tabs.py" line="123" />
            <source>Topic</source>
            <translation>Chủ đề</translation>
        </message>
    </context>
    <context>
        <name>UnionForm</name>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_union.py" line="307" />
            <source>Grassroots union</source>
            <translation>Công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_union.py" line="308" />
            <source>Name *</source>
            <translation>Tên công đoàn *</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_union.py" line="309" />
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_union.py" line="310" />
            <source>Employer</source>
            <translation>Đơn vị sử dụng lao động</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_union.py" line="311" />
            <source>Address</source>
            <translation>Địa chỉ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_union.py" line="312" />
            <source>Ward / commune</source>
            <translation>Phường / xã</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_union.py" line="313" />
            <source>Sector block</source>
            <translation>Khối</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_union.py" line="314" />
            <source>Founded on</source>
            <translation>Ngày thành lập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_union.py" line="315" />
            <location filename="../../desktop_app/ui/forms/ui_union.py" line="321" />
            <source>dd/mm/yyyy</source>
            <translation>ngày/tháng/năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_union.py" line="316" />
            <source>Founding decision</source>
            <translation>Quyết định thành lập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_union.py" line="317" />
            <source>Number of workers</source>
            <translation>Số CNVCLĐ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_union.py" line="318" />
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_union.py" line="319" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_union.py" line="320" />
            <source>Status since</source>
            <translation>Trạng thái từ ngày</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_union.py" line="322" />
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
    </context>
    <context>
        <name>UnionStatus</name>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Active</source>
            <translation>Đang hoạt động</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Dissolved</source>
            <translation>Đã giải thể</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Merged</source>
            <translation>Đã sáp nhập</translation>
        </message>
    </context>
    <context>
        <name>UnionYearForm</name>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_union_year.py" line="205" />
            <source>Yearly facts</source>
            <translation>Số liệu hằng năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_union_year.py" line="206" />
            <source>Grassroots union</source>
            <translation>Công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_union_year.py" line="207" />
            <source>Year *</source>
            <translation>Năm *</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_union_year.py" line="208" />
            <source>Quality rating</source>
            <translation>Xếp loại chất lượng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_union_year.py" line="209" />
            <source>Workers' conference held</source>
            <translation>Đã tổ chức hội nghị người lao động</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_union_year.py" line="210" />
            <source>Collective agreement</source>
            <translation>Thỏa ước lao động tập thể</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_union_year.py" line="211" />
            <source>Agreement signed on</source>
            <translation>Ngày ký thỏa ước</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_union_year.py" line="212" />
            <location filename="../../desktop_app/ui/forms/ui_union_year.py" line="214" />
            <source>dd/mm/yyyy</source>
            <translation>ngày/tháng/năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_union_year.py" line="213" />
            <source>Agreement expires on</source>
            <translation>Ngày hết hạn thỏa ước</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_union_year.py" line="215" />
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
    </context>
    <context>
        <name>Unlock</name>
        <message>
            <location filename="../../desktop_app/ui/unlock.py" line="37" />
            <source>Encrypted data</source>
            <translation>Dữ liệu đã mã hoá</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/unlock.py" line="38" />
            <source>{file} is encrypted and this computer does not hold its key yet.
Type the recovery passphrase (see the recovery sheet):</source>
            <translation>{file} đã được mã hoá và máy này chưa giữ khoá của tệp.
Hãy nhập cụm mật khẩu khôi phục (xem phiếu khôi phục):</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/unlock.py" line="42" />
            <source>The recovery passphrase is wrong.</source>
            <translation>Cụm mật khẩu khôi phục không đúng.</translation>
        </message>
    </context>
    <context>
        <name>Values</name>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="78" />
            <location filename="../../desktop_app/ui/details.py" line="57" />
            <location filename="../../desktop_app/ui/details.py" line="90" />
            <location filename="../../desktop_app/ui/details.py" line="152" />
            <location filename="../../desktop_app/ui/details.py" line="156" />
            <location filename="../../desktop_app/ui/details.py" line="227" />
            <location filename="../../desktop_app/ui/dialogs.py" line="566" />
            <location filename="../../desktop_app/ui/dialogs.py" line="599" />
            <location filename="../../desktop_app/ui/dialogs.py" line="661" />
            <location filename="../../desktop_app/ui/dialogs.py" line="700" />
            <location filename="../../desktop_app/ui/dialogs.py" line="823" />
            <location filename="../../desktop_app/ui/lists.py" line="37" />
            <location filename="../../desktop_app/ui/member_records.py" line="118" />
            <location filename="../../desktop_app/ui/table_model.py" line="59" />
            <source>No</source>
            <translation>Không</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/audit_viewer.py" line="78" />
            <location filename="../../desktop_app/ui/details.py" line="57" />
            <location filename="../../desktop_app/ui/details.py" line="90" />
            <location filename="../../desktop_app/ui/details.py" line="152" />
            <location filename="../../desktop_app/ui/details.py" line="156" />
            <location filename="../../desktop_app/ui/details.py" line="227" />
            <location filename="../../desktop_app/ui/dialogs.py" line="525" />
            <location filename="../../desktop_app/ui/dialogs.py" line="566" />
            <location filename="../../desktop_app/ui/dialogs.py" line="599" />
            <location filename="../../desktop_app/ui/dialogs.py" line="661" />
            <location filename="../../desktop_app/ui/dialogs.py" line="700" />
            <location filename="../../desktop_app/ui/dialogs.py" line="823" />
            <location filename="../../desktop_app/ui/dues_register.py" line="49" />
            <location filename="../../desktop_app/ui/lists.py" line="37" />
            <location filename="../../desktop_app/ui/member_records.py" line="118" />
            <location filename="../../desktop_app/ui/table_model.py" line="59" />
            <source>Yes</source>
            <translation>Có</translation>
        </message>
    </context>
    <context>
        <name>WelfareKind</name>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Accident</source>
            <translation>Tai nạn lao động</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Funeral</source>
            <translation>Hiếu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Hardship</source>
            <translation>Hoàn cảnh khó khăn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Natural disaster</source>
            <translation>Thiên tai, hỏa hoạn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>New union start-up</source>
            <translation>Hỗ trợ CĐCS mới thành lập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Organiser reward</source>
            <translation>Thưởng cán bộ vận động thành lập CĐCS</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Other</source>
            <translation>Khác</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Sickness</source>
            <translation>Ốm đau</translation>
        </message>
    </context>
    <context>
        <name>WorkRelation</name>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>With a labour relation</source>
            <translation>Có quan hệ lao động</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Without a labour relation</source>
            <translation>Không có quan hệ lao động</translation>
        </message>
    </context>
</TS>
