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
            <location filename="../../desktop_app/ui/details.py" line="99" />
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
            <location filename="../../desktop_app/ui/details.py" line="82" />
            <source>Members</source>
            <translation>Đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="62" />
            <location filename="../../desktop_app/ui/details.py" line="101" />
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="62" />
            <location filename="../../desktop_app/ui/details.py" line="65" />
            <location filename="../../desktop_app/ui/details.py" line="96" />
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="64" />
            <source>Officers</source>
            <translation>Cán bộ công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="65" />
            <location filename="../../desktop_app/ui/details.py" line="86" />
            <location filename="../../desktop_app/ui/details.py" line="143" />
            <location filename="../../desktop_app/ui/details.py" line="179" />
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="65" />
            <location filename="../../desktop_app/ui/details.py" line="108" />
            <location filename="../../desktop_app/ui/details.py" line="143" />
            <source>Role</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="65" />
            <location filename="../../desktop_app/ui/details.py" line="108" />
            <location filename="../../desktop_app/ui/details.py" line="136" />
            <source>Term</source>
            <translation>Nhiệm kỳ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="69" />
            <source>No officers recorded.</source>
            <translation>Chưa có cán bộ nào.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="70" />
            <source>Yearly facts</source>
            <translation>Số liệu hằng năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="71" />
            <source>Agreement</source>
            <translation>Thỏa ước</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="71" />
            <source>Rating</source>
            <translation>Xếp loại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="71" />
            <source>Workers' conference</source>
            <translation>Hội nghị người lao động</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="71" />
            <source>Year</source>
            <translation>Năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="72" />
            <source>Signed</source>
            <translation>Ngày ký</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="75" />
            <source>No yearly facts recorded.</source>
            <translation>Chưa có số liệu năm nào.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="76" />
            <source>Events</source>
            <translation>Sự kiện</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="77" />
            <location filename="../../desktop_app/ui/details.py" line="104" />
            <location filename="../../desktop_app/ui/details.py" line="119" />
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="77" />
            <source>Event</source>
            <translation>Sự kiện</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="77" />
            <location filename="../../desktop_app/ui/details.py" line="140" />
            <location filename="../../desktop_app/ui/details.py" line="156" />
            <source>Participants</source>
            <translation>Số người tham gia</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="79" />
            <source>No events.</source>
            <translation>Chưa có sự kiện.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="84" />
            <source>(first %1 of %2)</source>
            <translation>(%1 người đầu trong %2)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="86" />
            <location filename="../../desktop_app/ui/details.py" line="95" />
            <source>Born</source>
            <translation>Ngày sinh</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="86" />
            <location filename="../../desktop_app/ui/details.py" line="97" />
            <source>Job</source>
            <translation>Nghề nghiệp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="87" />
            <source>No members.</source>
            <translation>Chưa có đoàn viên.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="95" />
            <source>Sex</source>
            <translation>Giới tính</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="96" />
            <source>CCCD</source>
            <translation>CCCD</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="96" />
            <source>Ethnicity</source>
            <translation>Dân tộc</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="97" />
            <source>Card no.</source>
            <translation>Số thẻ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="98" />
            <source>Grassroots union</source>
            <translation>Công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="101" />
            <source>Joined</source>
            <translation>Ngày vào</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="103" />
            <source>History</source>
            <translation>Quá trình sinh hoạt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="104" />
            <source>Change</source>
            <translation>Biến động</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="104" />
            <location filename="../../desktop_app/ui/details.py" line="119" />
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="104" />
            <location filename="../../desktop_app/ui/details.py" line="108" />
            <location filename="../../desktop_app/ui/details.py" line="156" />
            <location filename="../../desktop_app/ui/details.py" line="179" />
            <source>Union</source>
            <translation>Công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="106" />
            <source>No history.</source>
            <translation>Chưa có biến động.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="107" />
            <source>Union roles</source>
            <translation>Chức vụ công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="108" />
            <source>Full-time</source>
            <translation>Chuyên trách</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="112" />
            <source>No union roles.</source>
            <translation>Không giữ chức vụ công đoàn.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="113" />
            <source>Courses</source>
            <translation>Lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="114" />
            <location filename="../../desktop_app/ui/details.py" line="179" />
            <source>Certificate</source>
            <translation>Chứng nhận</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="114" />
            <location filename="../../desktop_app/ui/details.py" line="179" />
            <source>Completed</source>
            <translation>Hoàn thành</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="114" />
            <source>Course</source>
            <translation>Lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="114" />
            <location filename="../../desktop_app/ui/details.py" line="136" />
            <location filename="../../desktop_app/ui/details.py" line="173" />
            <source>Starts</source>
            <translation>Bắt đầu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="117" />
            <source>No courses.</source>
            <translation>Chưa tham gia lớp nào.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="118" />
            <source>Support received</source>
            <translation>Hỗ trợ đã nhận</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="119" />
            <source>Amount (đ)</source>
            <translation>Số tiền (đ)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="119" />
            <location filename="../../desktop_app/ui/details.py" line="135" />
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="122" />
            <source>No support received.</source>
            <translation>Chưa nhận hỗ trợ.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="135" />
            <source>Number</source>
            <translation>Lần thứ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="136" />
            <location filename="../../desktop_app/ui/details.py" line="174" />
            <source>Ends</source>
            <translation>Kết thúc</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="137" />
            <source>Document no.</source>
            <translation>Số văn bản</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="137" />
            <location filename="../../desktop_app/ui/details.py" line="174" />
            <source>Place</source>
            <translation>Địa điểm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="138" />
            <source>Expected</source>
            <translation>Số đại biểu triệu tập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="139" />
            <source>Present</source>
            <translation>Số có mặt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="142" />
            <source>People</source>
            <translation>Chủ trì, thư ký, khách mời</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="143" />
            <source>Position</source>
            <translation>Chức vụ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="143" />
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="145" />
            <source>No chairs, secretary or guests recorded.</source>
            <translation>Chưa ghi người chủ trì, thư ký hay khách mời.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="146" />
            <source>Programme</source>
            <translation>Chương trình</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="147" />
            <source>Content</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="147" />
            <source>Speaker</source>
            <translation>Người trình bày</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="147" />
            <source>Time</source>
            <translation>Giờ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="150" />
            <source>No programme recorded.</source>
            <translation>Chưa có chương trình.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="152" />
            <source>Results</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="153" />
            <source>Contest</source>
            <translation>Nội dung thi</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="153" />
            <source>Prize</source>
            <translation>Giải</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="153" />
            <source>Winner</source>
            <translation>Đạt giải</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="155" />
            <source>Participating unions</source>
            <translation>Các công đoàn tham gia</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="158" />
            <source>No unions recorded.</source>
            <translation>Chưa ghi công đoàn nào.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="159" />
            <source>Conclusions</source>
            <translation>Kết luận</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="160" />
            <source>None recorded.</source>
            <translation>Chưa ghi.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="163" />
            <source>Summary</source>
            <translation>Tóm tắt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="171" />
            <source>completed</source>
            <translation>hoàn thành</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="173" />
            <source>For</source>
            <translation>Đối tượng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="173" />
            <source>Topic</source>
            <translation>Chủ đề</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="174" />
            <source>Trainer</source>
            <translation>Giảng viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="175" />
            <source>Sessions</source>
            <translation>Số buổi</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="176" />
            <source>Enrolled</source>
            <translation>Ghi danh</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="178" />
            <source>Enrolments</source>
            <translation>Học viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="179" />
            <source>Attended</source>
            <translation>Số buổi dự</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="184" />
            <source>Nobody enrolled yet.</source>
            <translation>Chưa có học viên.</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="119" />
            <source>Choose an item from the list.</source>
            <translation>Hãy chọn một mục trong danh sách.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="225" />
            <source>Edit grassroots union</source>
            <translation>Sửa công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="228" />
            <source>New grassroots union</source>
            <translation>Thêm công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="241" />
            <source>Enter the date the member joined.</source>
            <translation>Hãy nhập ngày vào công đoàn.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="251" />
            <source>Edit member</source>
            <translation>Sửa đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="254" />
            <source>New member</source>
            <translation>Thêm đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="264" />
            <source>Transfer to another union</source>
            <translation>Chuyển sinh hoạt sang công đoàn khác</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="265" />
            <source>Transferred out of this federation</source>
            <translation>Chuyển đi ngoài đơn vị</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="266" />
            <source>Left the union</source>
            <translation>Ra khỏi tổ chức công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="267" />
            <source>Deceased</source>
            <translation>Từ trần</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="280" />
            <source>Choose the union the member moves to.</source>
            <translation>Hãy chọn công đoàn chuyển đến.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="293" />
            <source>Destination</source>
            <translation>Nơi chuyển đến</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="338" />
            <source>Role must be: %1.</source>
            <translation>Vai trò phải là: %1.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="364" />
            <source>Edit event</source>
            <translation>Sửa sự kiện</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="372" />
            <source>New event</source>
            <translation>Thêm sự kiện</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="423" />
            <source>Edit training course</source>
            <translation>Sửa lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="426" />
            <source>New training course</source>
            <translation>Thêm lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="444" />
            <source>Choose the course.</source>
            <translation>Hãy chọn lớp tập huấn.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="459" />
            <source>Course attendance</source>
            <translation>Kết quả học tập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="461" />
            <source>Enrol in a training course</source>
            <translation>Ghi danh lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="490" />
            <source>Edit support payment</source>
            <translation>Sửa khoản hỗ trợ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="492" />
            <source>Support payment</source>
            <translation>Thăm hỏi, trợ cấp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="505" />
            <location filename="../../desktop_app/ui/dialogs.py" line="507" />
            <source>Enter a year such as 2026.</source>
            <translation>Hãy nhập năm, vd. 2026.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="516" />
            <source>Type A</source>
            <translation>Loại A</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="516" />
            <source>Type B</source>
            <translation>Loại B</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="522" />
            <source>Yearly facts</source>
            <translation>Số liệu hằng năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="559" />
            <source>Edit union role</source>
            <translation>Sửa chức vụ công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="561" />
            <source>Union role</source>
            <translation>Chức vụ công đoàn</translation>
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
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="385" />
            <source>Event</source>
            <translation>Sự kiện</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="386" />
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="387" />
            <source>Title *</source>
            <translation>Tên gọi *</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="388" />
            <source>Number (e.g. lần thứ Nhất)</source>
            <translation>Lần thứ (vd. lần thứ Nhất)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="389" />
            <source>Term</source>
            <translation>Nhiệm kỳ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="390" />
            <source>Starts (dd/mm/yyyy hh:mm) *</source>
            <translation>Bắt đầu (ngày giờ) *</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="391" />
            <source>Ends (dd/mm/yyyy hh:mm)</source>
            <translation>Kết thúc (ngày giờ)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="392" />
            <source>Place</source>
            <translation>Địa điểm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="393" />
            <source>Document number</source>
            <translation>Số văn bản</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="394" />
            <source>Expected</source>
            <translation>Số đại biểu triệu tập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="395" />
            <source>Present</source>
            <translation>Số có mặt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="396" />
            <source>Participations</source>
            <translation>Lượt người tham gia</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="397" />
            <source>Conclusions</source>
            <translation>Kết luận</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="398" />
            <source>Summary</source>
            <translation>Tóm tắt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="399" />
            <source>Chairs, secretary, guests</source>
            <translation>Chủ trì, thư ký, khách mời</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="401" />
            <source>Role (chair / secretary / guest)</source>
            <translation>Vai trò (chủ trì / thư ký / khách mời)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="403" />
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="405" />
            <source>Position</source>
            <translation>Chức vụ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="407" />
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="416" />
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="408" />
            <source>Programme</source>
            <translation>Chương trình</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="410" />
            <source>Time</source>
            <translation>Giờ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="412" />
            <source>Speaker</source>
            <translation>Người trình bày</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="414" />
            <source>Role</source>
            <translation>Chức vụ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_event.py" line="418" />
            <source>Content</source>
            <translation>Nội dung</translation>
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
            <location filename="../../desktop_app/ui/main_window.py" line="76" />
            <source>Main toolbar</source>
            <translation>Thanh công cụ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="94" />
            <source>Grassroots unions</source>
            <translation>Công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="94" />
            <source>Overview</source>
            <translation>Tổng quan</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="95" />
            <source>Events</source>
            <translation>Sự kiện</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="95" />
            <source>Members</source>
            <translation>Đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="95" />
            <source>Training</source>
            <translation>Tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="106" />
            <source>New…</source>
            <translation>Thêm…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="107" />
            <source>Edit…</source>
            <translation>Sửa…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="109" />
            <location filename="../../desktop_app/ui/main_window.py" line="380" />
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="114" />
            <source>Membership change</source>
            <translation>Biến động đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="117" />
            <source>Transferred out…</source>
            <translation>Chuyển đi nơi khác…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="117" />
            <source>Transfer…</source>
            <translation>Chuyển sinh hoạt…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="118" />
            <source>Deceased…</source>
            <translation>Từ trần…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="118" />
            <source>Left the union…</source>
            <translation>Ra khỏi công đoàn…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="124" />
            <source>Enrol in a course…</source>
            <translation>Ghi danh lớp…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="125" />
            <source>Union role…</source>
            <translation>Chức vụ công đoàn…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="126" />
            <source>Support…</source>
            <translation>Hỗ trợ…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="127" />
            <source>Roles, courses, support…</source>
            <translation>Chức vụ, tập huấn, hỗ trợ…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="130" />
            <source>Show members</source>
            <translation>Xem đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="132" />
            <source>Yearly facts…</source>
            <translation>Số liệu năm…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="142" />
            <source>&amp;File</source>
            <translation>&amp;Tệp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="142" />
            <source>&amp;Records</source>
            <translation>&amp;Hồ sơ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="143" />
            <source>&amp;Import/Export</source>
            <translation>&amp;Nhập/Xuất</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="143" />
            <source>Re&amp;ports</source>
            <translation>&amp;Báo cáo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="144" />
            <source>&amp;Backup</source>
            <translation>Sao &amp;lưu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="144" />
            <source>&amp;Help</source>
            <translation>Trợ &amp;giúp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="144" />
            <source>&amp;Settings</source>
            <translation>&amp;Cài đặt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="150" />
            <source>&amp;Open database…</source>
            <translation>&amp;Mở cơ sở dữ liệu…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="154" />
            <source>Open &amp;recent</source>
            <translation>Mở &amp;gần đây</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="158" />
            <source>&amp;Quit</source>
            <translation>&amp;Thoát</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="164" />
            <source>&amp;New record…</source>
            <translation>&amp;Thêm mới…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="167" />
            <source>&amp;Edit record…</source>
            <translation>&amp;Sửa…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="169" />
            <source>&amp;Delete record</source>
            <translation>&amp;Xóa</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="172" />
            <source>&amp;Find</source>
            <translation>&amp;Tìm kiếm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="175" />
            <source>Re&amp;fresh</source>
            <translation>&amp;Làm mới</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="178" />
            <location filename="../../desktop_app/ui/main_window.py" line="462" />
            <source>&amp;Undo</source>
            <translation>&amp;Hoàn tác</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="204" />
            <source>starting the program (part “%1”)</source>
            <translation>khởi động chương trình (phần “%1”)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="298" />
            <source>Cannot open the database</source>
            <translation>Không mở được cơ sở dữ liệu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="354" />
            <source>adding a record</source>
            <translation>việc thêm mới</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="369" />
            <source>editing a record</source>
            <translation>việc sửa</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="380" />
            <source>Delete “%1”? (Ctrl+Z undoes it.)</source>
            <translation>Xóa “%1”? (Ctrl+Z để hoàn tác.)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="387" />
            <source>deleting a record</source>
            <translation>việc xóa</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="389" />
            <source>Cannot delete</source>
            <translation>Không xóa được</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="402" />
            <source>a membership change</source>
            <translation>biến động đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="413" />
            <source>an enrolment</source>
            <translation>việc ghi danh</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="422" />
            <source>a union role</source>
            <translation>việc thêm chức vụ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="423" />
            <source>a support payment</source>
            <translation>khoản hỗ trợ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="452" />
            <source>yearly facts</source>
            <translation>số liệu năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="462" />
            <source>&amp;Undo %1</source>
            <translation>&amp;Hoàn tác %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="468" />
            <source>Cannot undo</source>
            <translation>Không hoàn tác được</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="512" />
            <source>Open database</source>
            <translation>Mở cơ sở dữ liệu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="513" />
            <source>Databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>Cơ sở dữ liệu (*.sqlite3 *.sqlite *.db);;Mọi tệp (*)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="521" />
            <source>(none)</source>
            <translation>(chưa có)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="528" />
            <source>Sổ Công đoàn</source>
            <translation>Sổ Công đoàn</translation>
        </message>
    </context>
    <context>
        <name>MemberForm</name>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member.py" line="269" />
            <source>Member</source>
            <translation>Đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member.py" line="270" />
            <source>Full name *</source>
            <translation>Họ và tên *</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member.py" line="271" />
            <source>Sex</source>
            <translation>Giới tính</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member.py" line="272" />
            <source>Date of birth</source>
            <translation>Ngày sinh</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member.py" line="273" />
            <location filename="../../desktop_app/ui/forms/ui_member.py" line="281" />
            <source>dd/mm/yyyy</source>
            <translation>ngày/tháng/năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member.py" line="274" />
            <source>Ethnicity</source>
            <translation>Dân tộc</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member.py" line="275" />
            <source>CCCD (12 digits)</source>
            <translation>CCCD (12 chữ số)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member.py" line="276" />
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member.py" line="277" />
            <source>Job</source>
            <translation>Nghề nghiệp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member.py" line="278" />
            <source>Card number</source>
            <translation>Số thẻ đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member.py" line="279" />
            <source>Grassroots union</source>
            <translation>Công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member.py" line="280" />
            <source>Joined on</source>
            <translation>Ngày vào công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/forms/ui_member.py" line="282" />
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
            <location filename="../../desktop_app/ui/operations.py" line="308" />
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
            <source>Admitted this year</source>
            <translation>Kết nạp trong năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="184" />
            <source>Transferred in</source>
            <translation>Chuyển đến</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="185" />
            <source>Left, transferred out or died</source>
            <translation>Ra khỏi tổ chức, chuyển đi, từ trần</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="186" />
            <location filename="../../desktop_app/ui/overview.py" line="187" />
            <source>Grassroots unions on %1</source>
            <translation>Công đoàn cơ sở đến %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="188" />
            <source>Unions founded / closed</source>
            <translation>CĐCS thành lập / giải thể, sáp nhập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="189" />
            <source>Events / participations</source>
            <translation>Sự kiện / lượt người</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="191" />
            <source>Courses / completed</source>
            <translation>Lớp tập huấn / học viên hoàn thành</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="192" />
            <source>%1 payments, %2 đ</source>
            <translation>%1 lượt, %2 đ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="192" />
            <source>Support paid</source>
            <translation>Hỗ trợ đã chi</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="209" />
            <source>Indicator</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="209" />
            <source>Result</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="210" />
            <source>Achieved</source>
            <translation>Đạt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="210" />
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
            <location filename="../../desktop_app/ui/tabs.py" line="31" />
            <location filename="../../desktop_app/ui/tabs.py" line="65" />
            <location filename="../../desktop_app/ui/tabs.py" line="76" />
            <source>(all)</source>
            <translation>(tất cả)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/tabs.py" line="80" />
            <source>Sector block</source>
            <translation>Khối</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/tabs.py" line="81" />
            <location filename="../../desktop_app/ui/tabs.py" line="89" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/tabs.py" line="85" />
            <source>Union</source>
            <translation>Công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/tabs.py" line="92" />
            <source>Sex</source>
            <translation>Giới tính</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/tabs.py" line="94" />
            <source>Joined in</source>
            <translation>Vào năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/tabs.py" line="98" />
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/tabs.py" line="101" />
            <location filename="../../desktop_app/ui/tabs.py" line="105" />
            <source>Year</source>
            <translation>Năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/tabs.py" line="109" />
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
            <location filename="../../desktop_app/ui/unlock.py" line="36" />
            <source>Encrypted data</source>
            <translation>Dữ liệu đã mã hoá</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/unlock.py" line="37" />
            <source>{file} is encrypted and this computer does not hold its key yet.
Type the recovery passphrase (see the recovery sheet):</source>
            <translation>{file} đã được mã hoá và máy này chưa giữ khoá của tệp.
Hãy nhập cụm mật khẩu khôi phục (xem phiếu khôi phục):</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/unlock.py" line="41" />
            <source>The recovery passphrase is wrong.</source>
            <translation>Cụm mật khẩu khôi phục không đúng.</translation>
        </message>
    </context>
    <context>
        <name>Values</name>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="57" />
            <location filename="../../desktop_app/ui/details.py" line="73" />
            <location filename="../../desktop_app/ui/details.py" line="111" />
            <location filename="../../desktop_app/ui/details.py" line="115" />
            <location filename="../../desktop_app/ui/details.py" line="182" />
            <location filename="../../desktop_app/ui/dialogs.py" line="420" />
            <location filename="../../desktop_app/ui/dialogs.py" line="453" />
            <location filename="../../desktop_app/ui/dialogs.py" line="515" />
            <location filename="../../desktop_app/ui/dialogs.py" line="554" />
            <location filename="../../desktop_app/ui/lists.py" line="29" />
            <location filename="../../desktop_app/ui/member_records.py" line="118" />
            <location filename="../../desktop_app/ui/table_model.py" line="59" />
            <source>No</source>
            <translation>Không</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="57" />
            <location filename="../../desktop_app/ui/details.py" line="73" />
            <location filename="../../desktop_app/ui/details.py" line="111" />
            <location filename="../../desktop_app/ui/details.py" line="115" />
            <location filename="../../desktop_app/ui/details.py" line="182" />
            <location filename="../../desktop_app/ui/dialogs.py" line="379" />
            <location filename="../../desktop_app/ui/dialogs.py" line="420" />
            <location filename="../../desktop_app/ui/dialogs.py" line="453" />
            <location filename="../../desktop_app/ui/dialogs.py" line="515" />
            <location filename="../../desktop_app/ui/dialogs.py" line="554" />
            <location filename="../../desktop_app/ui/lists.py" line="29" />
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
</TS>
