<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>App</name>
        <message>
            <location filename="../../desktop_app/ui/app.py" line="60" />
            <source>Cannot open the database</source>
            <translation>Không mở được cơ sở dữ liệu</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="69" />
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="70" />
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="71" />
            <source>Sector block</source>
            <translation>Khối</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="72" />
            <source>Members</source>
            <translation>Đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="75" />
            <source>Workers</source>
            <translation>Số lao động</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="76" />
            <source>Founded</source>
            <translation>Thành lập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="77" />
            <location filename="../../desktop_app/ui/lists.py" line="95" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="79" />
            <source>Address</source>
            <translation>Địa chỉ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="89" />
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="91" />
            <source>Sex</source>
            <translation>Giới tính</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="92" />
            <source>Born</source>
            <translation>Ngày sinh</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="93" />
            <source>Grassroots union</source>
            <translation>Công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="97" />
            <source>Joined</source>
            <translation>Ngày vào</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="98" />
            <source>Job</source>
            <translation>Nghề nghiệp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="99" />
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="100" />
            <source>CCCD</source>
            <translation>CCCD</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="101" />
            <source>Card no.</source>
            <translation>Số thẻ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="111" />
            <source>Date</source>
            <translation>Thời gian</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="112" />
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="113" />
            <location filename="../../desktop_app/ui/lists.py" line="126" />
            <source>Title</source>
            <translation>Tên gọi</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="114" />
            <location filename="../../desktop_app/ui/lists.py" line="134" />
            <source>Place</source>
            <translation>Địa điểm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="115" />
            <source>Participants</source>
            <translation>Lượt người</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="125" />
            <source>Starts</source>
            <translation>Bắt đầu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="127" />
            <source>Topic</source>
            <translation>Chủ đề</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="128" />
            <source>For</source>
            <translation>Đối tượng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="129" />
            <source>Enrolled</source>
            <translation>Ghi danh</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="131" />
            <source>Completed</source>
            <translation>Hoàn thành</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="135" />
            <source>Trainer</source>
            <translation>Giảng viên</translation>
        </message>
    </context>
    <context>
        <name>CoreMessages</name>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="18" />
            <source>CCCD %1 already belongs to %2 (#%3)</source>
            <translation>CCCD %1 đã thuộc về %2 (#%3)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="19" />
            <source>CCCD must be exactly 12 digits, got %1</source>
            <translation>CCCD phải gồm đúng 12 chữ số (đã nhập %1)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="20" />
            <source>impossible date: %1</source>
            <translation>ngày không có thật: %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="21" />
            <source>not a date: %1 (expected dd/mm/yyyy)</source>
            <translation>không phải ngày: %1 (nhập ngày/tháng/năm)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="22" />
            <source>not a date: %1</source>
            <translation>không phải ngày: %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="23" />
            <source>date %1 is in the future</source>
            <translation>ngày %1 chưa tới</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="24" />
            <source>date %1 is before %2</source>
            <translation>ngày %1 trước %2</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="26" />
            <source>a member must be at least 15 years old (born %1)</source>
            <translation>đoàn viên phải đủ 15 tuổi (sinh %1)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="27" />
            <source>Full name is required</source>
            <translation>Phải nhập họ và tên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="28" />
            <source>The union's name is required</source>
            <translation>Phải nhập tên công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="29" />
            <source>The course title is required</source>
            <translation>Phải nhập tên lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="30" />
            <source>The title is required</source>
            <translation>Phải nhập tên gọi</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="31" />
            <source>the date is required</source>
            <translation>phải nhập ngày</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="32" />
            <source>the start date is required</source>
            <translation>phải nhập ngày bắt đầu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="33" />
            <source>the start date and time are required</source>
            <translation>phải nhập ngày giờ bắt đầu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="34" />
            <source>%1 is before the member was born</source>
            <translation>ngày %1 trước ngày sinh của đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="36" />
            <source>%1 is before the member's last change (%2)</source>
            <translation>ngày %1 trước biến động gần nhất của đoàn viên (%2)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="37" />
            <source>%1 is not an active member</source>
            <translation>%1 không còn sinh hoạt công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="38" />
            <source>%1 is already an active member</source>
            <translation>%1 đang là đoàn viên sinh hoạt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="39" />
            <source>%1 is already recorded as deceased</source>
            <translation>%1 đã được ghi là từ trần</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="40" />
            <source>choose a union</source>
            <translation>hãy chọn công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="41" />
            <source>%1 is no longer active</source>
            <translation>%1 không còn hoạt động</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="42" />
            <source>%1 is already in %2</source>
            <translation>%1 đang sinh hoạt tại %2</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="43" />
            <source>not a whole number: %1</source>
            <translation>không phải số nguyên: %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="44" />
            <source>must be at least %1, got %2</source>
            <translation>phải từ %1 trở lên (đã nhập %2)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="45" />
            <source>not a Vietnamese phone number: %1</source>
            <translation>không phải số điện thoại Việt Nam: %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="46" />
            <source>not a time of day: %1</source>
            <translation>không phải giờ trong ngày: %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="47" />
            <source>the event ends before it starts</source>
            <translation>sự kiện kết thúc trước khi bắt đầu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="48" />
            <source>the course ends before it starts</source>
            <translation>lớp học kết thúc trước khi bắt đầu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="49" />
            <source>more people present than invited</source>
            <translation>số có mặt nhiều hơn số triệu tập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="51" />
            <source>a merged or dissolved union needs the date it happened</source>
            <translation>công đoàn sáp nhập hoặc giải thể cần có ngày</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="53" />
            <source>the union cannot close before it was founded</source>
            <translation>công đoàn không thể giải thể trước ngày thành lập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="54" />
            <source>code %1 is already used by %2</source>
            <translation>mã %1 đã dùng cho %2</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="55" />
            <source>sex must be Nam or Nữ, got %1</source>
            <translation>giới tính phải là Nam hoặc Nữ (đã nhập %1)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="57" />
            <source>%1 #%2 does not exist</source>
            <translation>%1 #%2 không còn trong cơ sở dữ liệu (có thể vừa bị xóa)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="58" />
            <source>the term ends before it starts</source>
            <translation>nhiệm kỳ kết thúc trước khi bắt đầu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="59" />
            <source>the amount in đồng is required</source>
            <translation>phải nhập số tiền (đồng)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="61" />
            <source>a certificate is only issued to those who completed</source>
            <translation>chỉ cấp chứng nhận cho người đã hoàn thành</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="62" />
            <source>the course has only %1 sessions</source>
            <translation>lớp học chỉ có %1 buổi</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="64" />
            <source>certificate number %1 is already issued</source>
            <translation>số chứng nhận %1 đã được cấp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="66" />
            <source>the disk holding %1 is full; free some space and try again</source>
            <translation>ổ đĩa chứa %1 đã đầy; hãy giải phóng bớt dung lượng rồi thử lại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="68" />
            <source>another program (or another window of this program) is changing %1; try again when it has finished</source>
            <translation>một chương trình khác (hoặc một cửa sổ khác của chương trình này) đang ghi vào %1; hãy thử lại khi việc đó xong</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="71" />
            <source>%1 is read-only (a write-protected drive or file): it can be read but not changed</source>
            <translation>%1 chỉ đọc được (ổ đĩa hoặc tệp bị chống ghi): xem được nhưng không sửa được</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="74" />
            <source>cannot read or write %1 (was the drive removed?)</source>
            <translation>không đọc hay ghi được %1 (ổ đĩa đã bị rút ra?)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="76" />
            <source>%1 is damaged (%2); restore it from a backup</source>
            <translation>%1 bị hỏng (%2); hãy khôi phục từ bản sao lưu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="78" />
            <source>%1 rows were written to %2, but the export could not be noted in the database's log (the file is read-only or in use by another program).</source>
            <translation>Đã ghi %1 dòng vào %2, nhưng không ghi được vào nhật ký của cơ sở dữ liệu (tệp chỉ đọc hoặc đang được chương trình khác dùng).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="81" />
            <source>%1 %2 cannot be deleted: %3 still refer to it</source>
            <translation>Không thể xóa %1 %2: còn %3 liên quan</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="84" />
            <source>Member</source>
            <translation>đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="85" />
            <source>Union</source>
            <translation>công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="86" />
            <source>Officer role</source>
            <translation>Chức vụ công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="87" />
            <source>Support payment</source>
            <translation>Khoản hỗ trợ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="88" />
            <source>Enrolment</source>
            <translation>Lượt ghi danh</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="89" />
            <source>officer roles</source>
            <translation>chức vụ công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="90" />
            <source>course enrolments</source>
            <translation>lượt dự lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="91" />
            <source>support payments</source>
            <translation>khoản hỗ trợ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="92" />
            <source>event roles</source>
            <translation>vai trò trong sự kiện</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="93" />
            <source>membership history rows</source>
            <translation>dòng quá trình sinh hoạt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="94" />
            <source>event participations</source>
            <translation>lượt tham gia sự kiện</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/messages.py" line="95" />
            <source>unions merged into it</source>
            <translation>công đoàn sáp nhập vào</translation>
        </message>
    </context>
    <context>
        <name>CourseForm</name>
        <message>
            <location filename="../../forms/course.ui" line="6" />
            <source>Training course</source>
            <translation>Lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../forms/course.ui" line="17" />
            <source>Title *</source>
            <translation>Tên gọi *</translation>
        </message>
        <message>
            <location filename="../../forms/course.ui" line="34" />
            <source>Topic</source>
            <translation>Chủ đề</translation>
        </message>
        <message>
            <location filename="../../forms/course.ui" line="51" />
            <source>For (target group)</source>
            <translation>Đối tượng</translation>
        </message>
        <message>
            <location filename="../../forms/course.ui" line="68" />
            <source>Starts on *</source>
            <translation>Ngày bắt đầu *</translation>
        </message>
        <message>
            <location filename="../../forms/course.ui" line="74" />
            <location filename="../../forms/course.ui" line="92" />
            <source>dd/mm/yyyy</source>
            <translation>ngày/tháng/năm</translation>
        </message>
        <message>
            <location filename="../../forms/course.ui" line="86" />
            <source>Ends on</source>
            <translation>Ngày kết thúc</translation>
        </message>
        <message>
            <location filename="../../forms/course.ui" line="104" />
            <source>Place</source>
            <translation>Địa điểm</translation>
        </message>
        <message>
            <location filename="../../forms/course.ui" line="121" />
            <source>Trainer</source>
            <translation>Giảng viên</translation>
        </message>
        <message>
            <location filename="../../forms/course.ui" line="138" />
            <source>Sessions</source>
            <translation>Số buổi</translation>
        </message>
        <message>
            <location filename="../../forms/course.ui" line="155" />
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <location filename="../../forms/course.ui" line="173" />
            <source>Enrolments</source>
            <translation>Học viên</translation>
        </message>
        <message>
            <location filename="../../forms/course.ui" line="186" />
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location filename="../../forms/course.ui" line="189" />
            <source>Sessions attended</source>
            <translation>Số buổi dự</translation>
        </message>
        <message>
            <location filename="../../forms/course.ui" line="192" />
            <source>Completed (yes/no)</source>
            <translation>Hoàn thành (có/không)</translation>
        </message>
        <message>
            <location filename="../../forms/course.ui" line="195" />
            <source>Certificate number</source>
            <translation>Số chứng nhận</translation>
        </message>
    </context>
    <context>
        <name>EnrolForm</name>
        <message>
            <location filename="../../forms/enrol.ui" line="6" />
            <source>Enrol in a training course</source>
            <translation>Ghi danh lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../forms/enrol.ui" line="17" />
            <source>Member</source>
            <translation>Đoàn viên</translation>
        </message>
        <message>
            <location filename="../../forms/enrol.ui" line="34" />
            <source>Course *</source>
            <translation>Lớp tập huấn *</translation>
        </message>
        <message>
            <location filename="../../forms/enrol.ui" line="51" />
            <source>Sessions attended</source>
            <translation>Số buổi dự</translation>
        </message>
        <message>
            <location filename="../../forms/enrol.ui" line="68" />
            <source>Completed</source>
            <translation>Hoàn thành</translation>
        </message>
        <message>
            <location filename="../../forms/enrol.ui" line="85" />
            <source>Certificate number</source>
            <translation>Số chứng nhận</translation>
        </message>
    </context>
    <context>
        <name>EventForm</name>
        <message>
            <location filename="../../forms/event.ui" line="6" />
            <source>Event</source>
            <translation>Sự kiện</translation>
        </message>
        <message>
            <location filename="../../forms/event.ui" line="17" />
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location filename="../../forms/event.ui" line="34" />
            <source>Title *</source>
            <translation>Tên gọi *</translation>
        </message>
        <message>
            <location filename="../../forms/event.ui" line="51" />
            <source>Number (e.g. lần thứ Nhất)</source>
            <translation>Lần thứ (vd. lần thứ Nhất)</translation>
        </message>
        <message>
            <location filename="../../forms/event.ui" line="68" />
            <source>Term</source>
            <translation>Nhiệm kỳ</translation>
        </message>
        <message>
            <location filename="../../forms/event.ui" line="85" />
            <source>Starts (dd/mm/yyyy hh:mm) *</source>
            <translation>Bắt đầu (ngày giờ) *</translation>
        </message>
        <message>
            <location filename="../../forms/event.ui" line="102" />
            <source>Ends (dd/mm/yyyy hh:mm)</source>
            <translation>Kết thúc (ngày giờ)</translation>
        </message>
        <message>
            <location filename="../../forms/event.ui" line="119" />
            <source>Place</source>
            <translation>Địa điểm</translation>
        </message>
        <message>
            <location filename="../../forms/event.ui" line="136" />
            <source>Document number</source>
            <translation>Số văn bản</translation>
        </message>
        <message>
            <location filename="../../forms/event.ui" line="153" />
            <source>Expected</source>
            <translation>Số đại biểu triệu tập</translation>
        </message>
        <message>
            <location filename="../../forms/event.ui" line="170" />
            <source>Present</source>
            <translation>Số có mặt</translation>
        </message>
        <message>
            <location filename="../../forms/event.ui" line="187" />
            <source>Participations</source>
            <translation>Lượt người tham gia</translation>
        </message>
        <message>
            <location filename="../../forms/event.ui" line="204" />
            <source>Conclusions</source>
            <translation>Kết luận</translation>
        </message>
        <message>
            <location filename="../../forms/event.ui" line="222" />
            <source>Summary</source>
            <translation>Tóm tắt</translation>
        </message>
        <message>
            <location filename="../../forms/event.ui" line="240" />
            <source>Chairs, secretary, guests</source>
            <translation>Chủ trì, thư ký, khách mời</translation>
        </message>
        <message>
            <location filename="../../forms/event.ui" line="254" />
            <source>Role (chair / secretary / guest)</source>
            <translation>Vai trò (chủ trì / thư ký / khách mời)</translation>
        </message>
        <message>
            <location filename="../../forms/event.ui" line="257" />
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location filename="../../forms/event.ui" line="260" />
            <source>Position</source>
            <translation>Chức vụ</translation>
        </message>
        <message>
            <location filename="../../forms/event.ui" line="263" />
            <location filename="../../forms/event.ui" line="299" />
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location filename="../../forms/event.ui" line="276" />
            <source>Programme</source>
            <translation>Chương trình</translation>
        </message>
        <message>
            <location filename="../../forms/event.ui" line="290" />
            <source>Time</source>
            <translation>Giờ</translation>
        </message>
        <message>
            <location filename="../../forms/event.ui" line="293" />
            <source>Speaker</source>
            <translation>Người trình bày</translation>
        </message>
        <message>
            <location filename="../../forms/event.ui" line="296" />
            <source>Role</source>
            <translation>Chức vụ</translation>
        </message>
        <message>
            <location filename="../../forms/event.ui" line="302" />
            <source>Content</source>
            <translation>Nội dung</translation>
        </message>
    </context>
    <context>
        <name>ListTab</name>
        <message>
            <location filename="../../desktop_app/ui/list_tab.py" line="51" />
            <source>Search (no accents needed, any word order)…  Ctrl+F</source>
            <translation>Tìm kiếm (gõ không dấu cũng được, thứ tự từ bất kỳ)…  Ctrl+F</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/list_tab.py" line="100" />
            <source>Select a row to see its details.</source>
            <translation>Chọn một dòng để xem chi tiết.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/list_tab.py" line="189" />
            <source>sorting…</source>
            <translation>đang sắp xếp…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/list_tab.py" line="194" />
            <source>%1 rows</source>
            <translation>%1 dòng</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="111" />
            <source>Main toolbar</source>
            <translation>Thanh công cụ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="129" />
            <source>Overview</source>
            <translation>Tổng quan</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="129" />
            <source>Grassroots unions</source>
            <translation>Công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="130" />
            <source>Members</source>
            <translation>Đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="130" />
            <source>Events</source>
            <translation>Sự kiện</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="130" />
            <source>Training</source>
            <translation>Tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="140" />
            <source>New…</source>
            <translation>Thêm…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="141" />
            <source>Edit…</source>
            <translation>Sửa…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="142" />
            <location filename="../../desktop_app/ui/main_window.py" line="422" />
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="147" />
            <source>Transfer…</source>
            <translation>Chuyển sinh hoạt…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="148" />
            <source>Left the union…</source>
            <translation>Ra khỏi công đoàn…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="147" />
            <source>Transferred out…</source>
            <translation>Chuyển đi nơi khác…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="145" />
            <source>Membership change</source>
            <translation>Biến động đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="148" />
            <source>Deceased…</source>
            <translation>Từ trần…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="153" />
            <source>Enrol in a course…</source>
            <translation>Ghi danh lớp…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="154" />
            <source>Union role…</source>
            <translation>Chức vụ công đoàn…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="155" />
            <source>Support…</source>
            <translation>Hỗ trợ…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="156" />
            <source>Roles, courses, support…</source>
            <translation>Chức vụ, tập huấn, hỗ trợ…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="157" />
            <source>Show members</source>
            <translation>Xem đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="158" />
            <source>Yearly facts…</source>
            <translation>Số liệu năm…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="168" />
            <source>&amp;File</source>
            <translation>&amp;Tệp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="168" />
            <source>&amp;Records</source>
            <translation>&amp;Hồ sơ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="169" />
            <source>&amp;Import/Export</source>
            <translation>&amp;Nhập/Xuất</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="169" />
            <source>Re&amp;ports</source>
            <translation>&amp;Báo cáo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="170" />
            <source>&amp;Backup</source>
            <translation>Sao &amp;lưu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="170" />
            <source>&amp;Settings</source>
            <translation>&amp;Cài đặt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="170" />
            <source>&amp;Help</source>
            <translation>Trợ &amp;giúp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="176" />
            <source>&amp;Open database…</source>
            <translation>&amp;Mở cơ sở dữ liệu…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="180" />
            <source>Open &amp;recent</source>
            <translation>Mở &amp;gần đây</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="184" />
            <source>&amp;Quit</source>
            <translation>&amp;Thoát</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="190" />
            <source>&amp;New record…</source>
            <translation>&amp;Thêm mới…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="193" />
            <source>&amp;Edit record…</source>
            <translation>&amp;Sửa…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="195" />
            <source>&amp;Delete record</source>
            <translation>&amp;Xóa</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="198" />
            <source>&amp;Find</source>
            <translation>&amp;Tìm kiếm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="201" />
            <source>Re&amp;fresh</source>
            <translation>&amp;Làm mới</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="204" />
            <location filename="../../desktop_app/ui/main_window.py" line="507" />
            <source>&amp;Undo</source>
            <translation>&amp;Hoàn tác</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="303" />
            <source>Cannot open the database</source>
            <translation>Không mở được cơ sở dữ liệu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="331" />
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="369" />
            <source>Something went wrong: %1</source>
            <translation>Đã xảy ra lỗi: %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="399" />
            <source>adding a record</source>
            <translation>việc thêm mới</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="411" />
            <source>editing a record</source>
            <translation>việc sửa</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="422" />
            <source>Delete “%1”? (Ctrl+Z undoes it.)</source>
            <translation>Xóa “%1”? (Ctrl+Z để hoàn tác.)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="429" />
            <source>deleting a record</source>
            <translation>việc xóa</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="431" />
            <location filename="../../desktop_app/ui/main_window.py" line="434" />
            <source>Cannot delete</source>
            <translation>Không xóa được</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="447" />
            <source>a membership change</source>
            <translation>biến động đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="458" />
            <source>an enrolment</source>
            <translation>việc ghi danh</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="467" />
            <source>a union role</source>
            <translation>việc thêm chức vụ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="468" />
            <source>a support payment</source>
            <translation>khoản hỗ trợ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="497" />
            <source>yearly facts</source>
            <translation>số liệu năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="507" />
            <source>&amp;Undo %1</source>
            <translation>&amp;Hoàn tác %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="513" />
            <source>Cannot undo</source>
            <translation>Không hoàn tác được</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="555" />
            <source>Open database</source>
            <translation>Mở cơ sở dữ liệu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="556" />
            <source>Databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>Cơ sở dữ liệu (*.sqlite3 *.sqlite *.db);;Mọi tệp (*)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="564" />
            <source>(none)</source>
            <translation>(chưa có)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="572" />
            <source>(read-only)</source>
            <translation>(chỉ đọc)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="573" />
            <source>Sổ Công đoàn</source>
            <translation>Sổ Công đoàn</translation>
        </message>
    </context>
    <context>
        <name>MemberForm</name>
        <message>
            <location filename="../../forms/member.ui" line="6" />
            <source>Member</source>
            <translation>Đoàn viên</translation>
        </message>
        <message>
            <location filename="../../forms/member.ui" line="17" />
            <source>Full name *</source>
            <translation>Họ và tên *</translation>
        </message>
        <message>
            <location filename="../../forms/member.ui" line="34" />
            <source>Sex</source>
            <translation>Giới tính</translation>
        </message>
        <message>
            <location filename="../../forms/member.ui" line="51" />
            <source>Date of birth</source>
            <translation>Ngày sinh</translation>
        </message>
        <message>
            <location filename="../../forms/member.ui" line="57" />
            <location filename="../../forms/member.ui" line="179" />
            <source>dd/mm/yyyy</source>
            <translation>ngày/tháng/năm</translation>
        </message>
        <message>
            <location filename="../../forms/member.ui" line="69" />
            <source>Ethnicity</source>
            <translation>Dân tộc</translation>
        </message>
        <message>
            <location filename="../../forms/member.ui" line="86" />
            <source>CCCD (12 digits)</source>
            <translation>CCCD (12 chữ số)</translation>
        </message>
        <message>
            <location filename="../../forms/member.ui" line="103" />
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <location filename="../../forms/member.ui" line="120" />
            <source>Job</source>
            <translation>Nghề nghiệp</translation>
        </message>
        <message>
            <location filename="../../forms/member.ui" line="137" />
            <source>Card number</source>
            <translation>Số thẻ đoàn viên</translation>
        </message>
        <message>
            <location filename="../../forms/member.ui" line="154" />
            <source>Grassroots union</source>
            <translation>Công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../forms/member.ui" line="173" />
            <source>Joined on</source>
            <translation>Ngày vào công đoàn</translation>
        </message>
        <message>
            <location filename="../../forms/member.ui" line="191" />
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
    </context>
    <context>
        <name>MemberHistoryForm</name>
        <message>
            <location filename="../../forms/member_history.ui" line="6" />
            <source>Membership change</source>
            <translation>Biến động đoàn viên</translation>
        </message>
        <message>
            <location filename="../../forms/member_history.ui" line="17" />
            <source>Member</source>
            <translation>Đoàn viên</translation>
        </message>
        <message>
            <location filename="../../forms/member_history.ui" line="34" />
            <source>To union</source>
            <translation>Chuyển đến công đoàn</translation>
        </message>
        <message>
            <location filename="../../forms/member_history.ui" line="53" />
            <source>Date *</source>
            <translation>Ngày *</translation>
        </message>
        <message>
            <location filename="../../forms/member_history.ui" line="59" />
            <source>dd/mm/yyyy</source>
            <translation>ngày/tháng/năm</translation>
        </message>
        <message>
            <location filename="../../forms/member_history.ui" line="71" />
            <source>Reason / destination</source>
            <translation>Lý do / nơi chuyển đến</translation>
        </message>
    </context>
    <context>
        <name>MemberRecordsDialog</name>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="54" />
            <source>Roles, courses and support — %1</source>
            <translation>Chức vụ, tập huấn và hỗ trợ — %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="60" />
            <source>Role</source>
            <translation>Chức vụ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="60" />
            <source>Union</source>
            <translation>Công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="60" />
            <source>Term</source>
            <translation>Nhiệm kỳ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="60" />
            <location filename="../../desktop_app/ui/member_records.py" line="62" />
            <source>Starts</source>
            <translation>Bắt đầu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="60" />
            <source>Ends</source>
            <translation>Kết thúc</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="61" />
            <source>Full-time</source>
            <translation>Chuyên trách</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="62" />
            <source>Course</source>
            <translation>Lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="62" />
            <source>Attended</source>
            <translation>Số buổi dự</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="62" />
            <source>Completed</source>
            <translation>Hoàn thành</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="63" />
            <source>Certificate</source>
            <translation>Chứng nhận</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="64" />
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="64" />
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="64" />
            <source>Amount (đ)</source>
            <translation>Số tiền (đ)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="64" />
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="66" />
            <source>Union roles</source>
            <translation>Chức vụ công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="66" />
            <source>Courses</source>
            <translation>Lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="67" />
            <source>Support received</source>
            <translation>Hỗ trợ đã nhận</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="69" />
            <location filename="../../desktop_app/ui/member_records.py" line="71" />
            <source>Add…</source>
            <translation>Thêm…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="69" />
            <location filename="../../desktop_app/ui/member_records.py" line="71" />
            <source>Edit…</source>
            <translation>Sửa…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="69" />
            <location filename="../../desktop_app/ui/member_records.py" line="71" />
            <source>Delete…</source>
            <translation>Xóa…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="70" />
            <source>Enrol…</source>
            <translation>Ghi danh…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="70" />
            <source>Attendance…</source>
            <translation>Kết quả học…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="70" />
            <source>Remove from course…</source>
            <translation>Rút khỏi lớp…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="191" />
            <source>a union role</source>
            <translation>việc thêm chức vụ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="192" />
            <source>an enrolment</source>
            <translation>việc ghi danh</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="193" />
            <source>a support payment</source>
            <translation>khoản hỗ trợ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="204" />
            <source>editing a union role</source>
            <translation>việc sửa chức vụ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="205" />
            <source>editing course attendance</source>
            <translation>việc sửa kết quả học</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="206" />
            <source>editing a support payment</source>
            <translation>việc sửa khoản hỗ trợ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="223" />
            <source>Delete the union role “%1”? (Ctrl+Z undoes it.)</source>
            <translation>Xóa chức vụ “%1”? (Ctrl+Z để hoàn tác.)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="228" />
            <source>Delete the support payment “%1”? (Ctrl+Z undoes it.)</source>
            <translation>Xóa khoản hỗ trợ “%1”? (Ctrl+Z để hoàn tác.)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="229" />
            <source>Remove this member from the course “%1”? (Ctrl+Z undoes it.)</source>
            <translation>Rút đoàn viên này khỏi lớp “%1”? (Ctrl+Z để hoàn tác.)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="231" />
            <source>Certificate no. %1 issued on this course is deleted with it.</source>
            <translation>Chứng nhận số %1 đã cấp cho lớp này cũng bị xóa theo.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="239" />
            <source>Remove from course</source>
            <translation>Rút khỏi lớp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="239" />
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="246" />
            <source>deleting a union role</source>
            <translation>việc xóa chức vụ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="247" />
            <source>removing from a course</source>
            <translation>việc rút khỏi lớp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="248" />
            <source>deleting a support payment</source>
            <translation>việc xóa khoản hỗ trợ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/member_records.py" line="254" />
            <source>Cannot delete</source>
            <translation>Không xóa được</translation>
        </message>
    </context>
    <context>
        <name>OfficerForm</name>
        <message>
            <location filename="../../forms/officer.ui" line="6" />
            <source>Union role</source>
            <translation>Chức vụ công đoàn</translation>
        </message>
        <message>
            <location filename="../../forms/officer.ui" line="17" />
            <source>Member</source>
            <translation>Đoàn viên</translation>
        </message>
        <message>
            <location filename="../../forms/officer.ui" line="34" />
            <source>Role *</source>
            <translation>Chức vụ *</translation>
        </message>
        <message>
            <location filename="../../forms/officer.ui" line="51" />
            <source>In grassroots union</source>
            <translation>Tại công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../forms/officer.ui" line="70" />
            <source>Term (e.g. 2023-2028)</source>
            <translation>Nhiệm kỳ (vd. 2023-2028)</translation>
        </message>
        <message>
            <location filename="../../forms/officer.ui" line="87" />
            <source>Term starts on</source>
            <translation>Bắt đầu nhiệm kỳ</translation>
        </message>
        <message>
            <location filename="../../forms/officer.ui" line="93" />
            <location filename="../../forms/officer.ui" line="111" />
            <source>dd/mm/yyyy</source>
            <translation>ngày/tháng/năm</translation>
        </message>
        <message>
            <location filename="../../forms/officer.ui" line="105" />
            <source>Term ends on</source>
            <translation>Kết thúc nhiệm kỳ</translation>
        </message>
        <message>
            <location filename="../../forms/officer.ui" line="123" />
            <source>Full-time</source>
            <translation>Chuyên trách</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="108" />
            <location filename="../../desktop_app/ui/overview.py" line="224" />
            <source>Year:</source>
            <translation>Năm:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="111" />
            <source>Members and unions</source>
            <translation>Đoàn viên và công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="115" />
            <source>Targets and results</source>
            <translation>Chỉ tiêu và kết quả</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="119" />
            <source>By sector block</source>
            <translation>Theo khối</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="121" />
            <source>Members</source>
            <translation>Đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="123" />
            <source>Grassroots unions</source>
            <translation>Công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="159" />
            <location filename="../../desktop_app/ui/overview.py" line="184" />
            <source>Year %1 at a glance</source>
            <translation>Tổng quan năm %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="160" />
            <source>calculating…</source>
            <translation>đang tính…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="187" />
            <location filename="../../desktop_app/ui/overview.py" line="188" />
            <source>Members on %1</source>
            <translation>Đoàn viên đến %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="189" />
            <source>Admitted this year</source>
            <translation>Kết nạp trong năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="190" />
            <source>Transferred in</source>
            <translation>Chuyển đến</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="191" />
            <source>Left, transferred out or died</source>
            <translation>Ra khỏi tổ chức, chuyển đi, từ trần</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="192" />
            <location filename="../../desktop_app/ui/overview.py" line="193" />
            <source>Grassroots unions on %1</source>
            <translation>Công đoàn cơ sở đến %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="194" />
            <source>Unions founded / closed</source>
            <translation>CĐCS thành lập / giải thể, sáp nhập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="195" />
            <source>Events / participations</source>
            <translation>Sự kiện / lượt người</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="197" />
            <source>Courses / completed</source>
            <translation>Lớp tập huấn / học viên hoàn thành</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="198" />
            <source>Support paid</source>
            <translation>Hỗ trợ đã chi</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="198" />
            <source>%1 payments, %2 đ</source>
            <translation>%1 lượt, %2 đ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="215" />
            <source>Indicator</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="215" />
            <source>Result</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="216" />
            <source>Target</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/overview.py" line="216" />
            <source>Achieved</source>
            <translation>Đạt</translation>
        </message>
    </context>
    <context>
        <name>SupportForm</name>
        <message>
            <location filename="../../forms/support.ui" line="6" />
            <source>Support payment</source>
            <translation>Thăm hỏi, trợ cấp</translation>
        </message>
        <message>
            <location filename="../../forms/support.ui" line="17" />
            <source>Member</source>
            <translation>Đoàn viên</translation>
        </message>
        <message>
            <location filename="../../forms/support.ui" line="34" />
            <source>Paid on *</source>
            <translation>Ngày chi *</translation>
        </message>
        <message>
            <location filename="../../forms/support.ui" line="40" />
            <source>dd/mm/yyyy</source>
            <translation>ngày/tháng/năm</translation>
        </message>
        <message>
            <location filename="../../forms/support.ui" line="52" />
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location filename="../../forms/support.ui" line="69" />
            <source>Amount (đồng) *</source>
            <translation>Số tiền (đồng) *</translation>
        </message>
        <message>
            <location filename="../../forms/support.ui" line="86" />
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
    </context>
    <context>
        <name>UnionForm</name>
        <message>
            <location filename="../../forms/union.ui" line="6" />
            <source>Grassroots union</source>
            <translation>Công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../forms/union.ui" line="17" />
            <source>Name *</source>
            <translation>Tên công đoàn *</translation>
        </message>
        <message>
            <location filename="../../forms/union.ui" line="34" />
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <location filename="../../forms/union.ui" line="51" />
            <source>Employer</source>
            <translation>Đơn vị sử dụng lao động</translation>
        </message>
        <message>
            <location filename="../../forms/union.ui" line="68" />
            <source>Address</source>
            <translation>Địa chỉ</translation>
        </message>
        <message>
            <location filename="../../forms/union.ui" line="85" />
            <source>Ward / commune</source>
            <translation>Phường / xã</translation>
        </message>
        <message>
            <location filename="../../forms/union.ui" line="102" />
            <source>Sector block</source>
            <translation>Khối</translation>
        </message>
        <message>
            <location filename="../../forms/union.ui" line="119" />
            <source>Founded on</source>
            <translation>Ngày thành lập</translation>
        </message>
        <message>
            <location filename="../../forms/union.ui" line="125" />
            <location filename="../../forms/union.ui" line="211" />
            <source>dd/mm/yyyy</source>
            <translation>ngày/tháng/năm</translation>
        </message>
        <message>
            <location filename="../../forms/union.ui" line="137" />
            <source>Founding decision</source>
            <translation>Quyết định thành lập</translation>
        </message>
        <message>
            <location filename="../../forms/union.ui" line="154" />
            <source>Number of workers</source>
            <translation>Số lao động</translation>
        </message>
        <message>
            <location filename="../../forms/union.ui" line="171" />
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <location filename="../../forms/union.ui" line="188" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../../forms/union.ui" line="205" />
            <source>Status since</source>
            <translation>Trạng thái từ ngày</translation>
        </message>
        <message>
            <location filename="../../forms/union.ui" line="223" />
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
    </context>
    <context>
        <name>UnionYearForm</name>
        <message>
            <location filename="../../forms/union_year.ui" line="6" />
            <source>Yearly facts</source>
            <translation>Số liệu hằng năm</translation>
        </message>
        <message>
            <location filename="../../forms/union_year.ui" line="17" />
            <source>Grassroots union</source>
            <translation>Công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../forms/union_year.ui" line="34" />
            <source>Year *</source>
            <translation>Năm *</translation>
        </message>
        <message>
            <location filename="../../forms/union_year.ui" line="51" />
            <source>Quality rating</source>
            <translation>Xếp loại chất lượng</translation>
        </message>
        <message>
            <location filename="../../forms/union_year.ui" line="68" />
            <source>Workers' conference held</source>
            <translation>Đã tổ chức hội nghị người lao động</translation>
        </message>
        <message>
            <location filename="../../forms/union_year.ui" line="85" />
            <source>Collective agreement</source>
            <translation>Thỏa ước lao động tập thể</translation>
        </message>
        <message>
            <location filename="../../forms/union_year.ui" line="102" />
            <source>Agreement signed on</source>
            <translation>Ngày ký thỏa ước</translation>
        </message>
        <message>
            <location filename="../../forms/union_year.ui" line="108" />
            <location filename="../../forms/union_year.ui" line="126" />
            <source>dd/mm/yyyy</source>
            <translation>ngày/tháng/năm</translation>
        </message>
        <message>
            <location filename="../../forms/union_year.ui" line="120" />
            <source>Agreement expires on</source>
            <translation>Ngày hết hạn thỏa ước</translation>
        </message>
        <message>
            <location filename="../../forms/union_year.ui" line="138" />
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
    </context>
    <context>
        <name>Values</name>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="9" />
            <source>Male</source>
            <translation>Nam</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="9" />
            <source>Female</source>
            <translation>Nữ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="11" />
            <location filename="../../desktop_app/ui/lists.py" line="18" />
            <source>Active</source>
            <translation>Đang sinh hoạt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="12" />
            <location filename="../../desktop_app/ui/lists.py" line="34" />
            <source>Transferred out</source>
            <translation>Chuyển đi</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="13" />
            <location filename="../../desktop_app/ui/lists.py" line="35" />
            <source>Left</source>
            <translation>Ra khỏi tổ chức</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="14" />
            <source>Deceased</source>
            <translation>Đã từ trần</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="15" />
            <source>Not a member</source>
            <translation>Chưa là đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="19" />
            <source>Merged</source>
            <translation>Đã sáp nhập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="20" />
            <source>Dissolved</source>
            <translation>Đã giải thể</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="23" />
            <source>Health and sports festival</source>
            <translation>Hội khỏe</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="24" />
            <source>Forum</source>
            <translation>Tọa đàm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="25" />
            <source>Conference</source>
            <translation>Hội nghị</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="26" />
            <source>Congress</source>
            <translation>Đại hội</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="27" />
            <source>Ceremony</source>
            <translation>Lễ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="28" />
            <source>Visit</source>
            <translation>Thăm hỏi</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="29" />
            <location filename="../../desktop_app/ui/lists.py" line="45" />
            <location filename="../../desktop_app/ui/lists.py" line="60" />
            <source>Other</source>
            <translation>Khác</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="32" />
            <source>Joined</source>
            <translation>Kết nạp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="33" />
            <source>Transferred in</source>
            <translation>Chuyển đến</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="36" />
            <source>Died</source>
            <translation>Từ trần</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="39" />
            <source>Chair</source>
            <translation>Chủ tịch</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="40" />
            <source>Vice-chair</source>
            <translation>Phó Chủ tịch</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="41" />
            <source>Standing committee</source>
            <translation>Ủy viên Ban Thường vụ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="42" />
            <source>Executive committee</source>
            <translation>Ủy viên Ban Chấp hành</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="43" />
            <source>Inspection committee</source>
            <translation>Ủy viên Ủy ban Kiểm tra</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="44" />
            <source>Group leader</source>
            <translation>Tổ trưởng công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="48" />
            <source>Chaired by</source>
            <translation>Chủ trì</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="49" />
            <source>Secretary</source>
            <translation>Thư ký</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="50" />
            <source>Guest</source>
            <translation>Khách mời</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="53" />
            <source>Hardship</source>
            <translation>Khó khăn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="54" />
            <source>Sickness</source>
            <translation>Ốm đau</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="55" />
            <source>Accident</source>
            <translation>Tai nạn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="56" />
            <source>Funeral</source>
            <translation>Phúng viếng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="57" />
            <source>Natural disaster</source>
            <translation>Thiên tai</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="58" />
            <source>New union start-up</source>
            <translation>Hỗ trợ thành lập CĐCS</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="59" />
            <source>Organiser reward</source>
            <translation>Thưởng người vận động thành lập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="63" />
            <source>Yes</source>
            <translation>Có</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/lists.py" line="63" />
            <source>No</source>
            <translation>Không</translation>
        </message>
    </context>
    <context>
        <name>Details</name>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="60" />
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="60" />
            <source>Employer</source>
            <translation>Đơn vị sử dụng lao động</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="60" />
            <source>Address</source>
            <translation>Địa chỉ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="61" />
            <source>Sector block</source>
            <translation>Khối</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="62" />
            <source>State sector</source>
            <translation>Khu vực nhà nước</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="63" />
            <source>Founded</source>
            <translation>Thành lập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="63" />
            <source>Founding decision</source>
            <translation>Quyết định thành lập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="64" />
            <location filename="../../desktop_app/ui/details.py" line="103" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="66" />
            <source>Workers</source>
            <translation>Số lao động</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="67" />
            <location filename="../../desktop_app/ui/details.py" line="86" />
            <source>Members</source>
            <translation>Đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="67" />
            <location filename="../../desktop_app/ui/details.py" line="70" />
            <location filename="../../desktop_app/ui/details.py" line="100" />
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="67" />
            <location filename="../../desktop_app/ui/details.py" line="105" />
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="69" />
            <source>Officers</source>
            <translation>Cán bộ công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="70" />
            <location filename="../../desktop_app/ui/details.py" line="90" />
            <location filename="../../desktop_app/ui/details.py" line="146" />
            <location filename="../../desktop_app/ui/details.py" line="181" />
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="70" />
            <location filename="../../desktop_app/ui/details.py" line="112" />
            <location filename="../../desktop_app/ui/details.py" line="146" />
            <source>Role</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="70" />
            <location filename="../../desktop_app/ui/details.py" line="112" />
            <location filename="../../desktop_app/ui/details.py" line="139" />
            <source>Term</source>
            <translation>Nhiệm kỳ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="74" />
            <source>No officers recorded.</source>
            <translation>Chưa có cán bộ nào.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="75" />
            <source>Yearly facts</source>
            <translation>Số liệu hằng năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="76" />
            <source>Year</source>
            <translation>Năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="76" />
            <source>Rating</source>
            <translation>Xếp loại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="76" />
            <source>Workers' conference</source>
            <translation>Hội nghị người lao động</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="76" />
            <source>Agreement</source>
            <translation>Thỏa ước</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="76" />
            <source>Signed</source>
            <translation>Ngày ký</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="79" />
            <source>No yearly facts recorded.</source>
            <translation>Chưa có số liệu năm nào.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="80" />
            <source>Events</source>
            <translation>Sự kiện</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="81" />
            <location filename="../../desktop_app/ui/details.py" line="108" />
            <location filename="../../desktop_app/ui/details.py" line="123" />
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="81" />
            <source>Event</source>
            <translation>Sự kiện</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="81" />
            <location filename="../../desktop_app/ui/details.py" line="143" />
            <location filename="../../desktop_app/ui/details.py" line="159" />
            <source>Participants</source>
            <translation>Số người tham gia</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="83" />
            <source>No events.</source>
            <translation>Chưa có sự kiện.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="88" />
            <source>(first %1 of %2)</source>
            <translation>(%1 người đầu trong %2)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="90" />
            <location filename="../../desktop_app/ui/details.py" line="99" />
            <source>Born</source>
            <translation>Ngày sinh</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="90" />
            <location filename="../../desktop_app/ui/details.py" line="101" />
            <source>Job</source>
            <translation>Nghề nghiệp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="91" />
            <source>No members.</source>
            <translation>Chưa có đoàn viên.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="99" />
            <source>Sex</source>
            <translation>Giới tính</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="100" />
            <source>Ethnicity</source>
            <translation>Dân tộc</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="100" />
            <source>CCCD</source>
            <translation>CCCD</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="101" />
            <source>Card no.</source>
            <translation>Số thẻ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="102" />
            <source>Grassroots union</source>
            <translation>Công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="105" />
            <source>Joined</source>
            <translation>Ngày vào</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="107" />
            <source>History</source>
            <translation>Quá trình sinh hoạt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="108" />
            <source>Change</source>
            <translation>Biến động</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="108" />
            <location filename="../../desktop_app/ui/details.py" line="112" />
            <location filename="../../desktop_app/ui/details.py" line="159" />
            <location filename="../../desktop_app/ui/details.py" line="181" />
            <source>Union</source>
            <translation>Công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="108" />
            <location filename="../../desktop_app/ui/details.py" line="123" />
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="110" />
            <source>No history.</source>
            <translation>Chưa có biến động.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="111" />
            <source>Union roles</source>
            <translation>Chức vụ công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="112" />
            <source>Full-time</source>
            <translation>Chuyên trách</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="116" />
            <source>No union roles.</source>
            <translation>Không giữ chức vụ công đoàn.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="117" />
            <source>Courses</source>
            <translation>Lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="118" />
            <location filename="../../desktop_app/ui/details.py" line="139" />
            <location filename="../../desktop_app/ui/details.py" line="175" />
            <source>Starts</source>
            <translation>Bắt đầu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="118" />
            <source>Course</source>
            <translation>Lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="118" />
            <location filename="../../desktop_app/ui/details.py" line="181" />
            <source>Completed</source>
            <translation>Hoàn thành</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="118" />
            <location filename="../../desktop_app/ui/details.py" line="181" />
            <source>Certificate</source>
            <translation>Chứng nhận</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="121" />
            <source>No courses.</source>
            <translation>Chưa tham gia lớp nào.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="122" />
            <source>Support received</source>
            <translation>Hỗ trợ đã nhận</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="123" />
            <location filename="../../desktop_app/ui/details.py" line="138" />
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="123" />
            <source>Amount (đ)</source>
            <translation>Số tiền (đ)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="125" />
            <source>No support received.</source>
            <translation>Chưa nhận hỗ trợ.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="138" />
            <source>Number</source>
            <translation>Lần thứ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="139" />
            <location filename="../../desktop_app/ui/details.py" line="176" />
            <source>Ends</source>
            <translation>Kết thúc</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="140" />
            <location filename="../../desktop_app/ui/details.py" line="176" />
            <source>Place</source>
            <translation>Địa điểm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="140" />
            <source>Document no.</source>
            <translation>Số văn bản</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="141" />
            <source>Expected</source>
            <translation>Số đại biểu triệu tập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="142" />
            <source>Present</source>
            <translation>Số có mặt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="145" />
            <source>People</source>
            <translation>Chủ trì, thư ký, khách mời</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="146" />
            <source>Position</source>
            <translation>Chức vụ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="146" />
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="148" />
            <source>No chairs, secretary or guests recorded.</source>
            <translation>Chưa ghi người chủ trì, thư ký hay khách mời.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="149" />
            <source>Programme</source>
            <translation>Chương trình</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="150" />
            <source>Time</source>
            <translation>Giờ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="150" />
            <source>Speaker</source>
            <translation>Người trình bày</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="150" />
            <source>Content</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="153" />
            <source>No programme recorded.</source>
            <translation>Chưa có chương trình.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="155" />
            <source>Results</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="156" />
            <source>Contest</source>
            <translation>Nội dung thi</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="156" />
            <source>Winner</source>
            <translation>Đạt giải</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="156" />
            <source>Prize</source>
            <translation>Giải</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="158" />
            <source>Participating unions</source>
            <translation>Các công đoàn tham gia</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="161" />
            <source>No unions recorded.</source>
            <translation>Chưa ghi công đoàn nào.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="162" />
            <source>Conclusions</source>
            <translation>Kết luận</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="165" />
            <source>Summary</source>
            <translation>Tóm tắt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="173" />
            <source>completed</source>
            <translation>hoàn thành</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="175" />
            <source>Topic</source>
            <translation>Chủ đề</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="175" />
            <source>For</source>
            <translation>Đối tượng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="176" />
            <source>Trainer</source>
            <translation>Giảng viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="177" />
            <source>Sessions</source>
            <translation>Số buổi</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="178" />
            <source>Enrolled</source>
            <translation>Ghi danh</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="180" />
            <source>Enrolments</source>
            <translation>Học viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="181" />
            <source>Attended</source>
            <translation>Số buổi dự</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/details.py" line="185" />
            <source>Nobody enrolled yet.</source>
            <translation>Chưa có học viên.</translation>
        </message>
    </context>
    <context>
        <name>Tabs</name>
        <message>
            <location filename="../../desktop_app/ui/tabs.py" line="84" />
            <source>Sector block</source>
            <translation>Khối</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/tabs.py" line="85" />
            <location filename="../../desktop_app/ui/tabs.py" line="93" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/tabs.py" line="105" />
            <location filename="../../desktop_app/ui/tabs.py" line="109" />
            <source>Year</source>
            <translation>Năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/tabs.py" line="96" />
            <source>Sex</source>
            <translation>Giới tính</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/tabs.py" line="89" />
            <source>Union</source>
            <translation>Công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/tabs.py" line="102" />
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/tabs.py" line="113" />
            <source>Topic</source>
            <translation>Chủ đề</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/tabs.py" line="35" />
            <location filename="../../desktop_app/ui/tabs.py" line="69" />
            <location filename="../../desktop_app/ui/tabs.py" line="80" />
            <source>(all)</source>
            <translation>(tất cả)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/tabs.py" line="98" />
            <source>Joined in</source>
            <translation>Vào năm</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="487" />
            <source>Yearly facts</source>
            <translation>Số liệu hằng năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="110" />
            <source>Choose an item from the list.</source>
            <translation>Hãy chọn một mục trong danh sách.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="192" />
            <source>Edit grassroots union</source>
            <translation>Sửa công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="195" />
            <source>New grassroots union</source>
            <translation>Thêm công đoàn cơ sở</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="208" />
            <source>Enter the date the member joined.</source>
            <translation>Hãy nhập ngày vào công đoàn.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="218" />
            <source>Edit member</source>
            <translation>Sửa đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="221" />
            <source>New member</source>
            <translation>Thêm đoàn viên</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="246" />
            <source>Choose the union the member moves to.</source>
            <translation>Hãy chọn công đoàn chuyển đến.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="259" />
            <source>Destination</source>
            <translation>Nơi chuyển đến</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="304" />
            <source>Role must be: %1.</source>
            <translation>Vai trò phải là: %1.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="330" />
            <source>Edit event</source>
            <translation>Sửa sự kiện</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="338" />
            <source>New event</source>
            <translation>Thêm sự kiện</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="388" />
            <source>Edit training course</source>
            <translation>Sửa lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="391" />
            <source>New training course</source>
            <translation>Thêm lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="409" />
            <source>Choose the course.</source>
            <translation>Hãy chọn lớp tập huấn.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="424" />
            <source>Course attendance</source>
            <translation>Kết quả học tập</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="426" />
            <source>Enrol in a training course</source>
            <translation>Ghi danh lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="455" />
            <source>Edit support payment</source>
            <translation>Sửa khoản hỗ trợ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="457" />
            <source>Support payment</source>
            <translation>Thăm hỏi, trợ cấp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="470" />
            <location filename="../../desktop_app/ui/dialogs.py" line="472" />
            <source>Enter a year such as 2026.</source>
            <translation>Hãy nhập năm, vd. 2026.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="481" />
            <source>Type A</source>
            <translation>Loại A</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="481" />
            <source>Type B</source>
            <translation>Loại B</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="524" />
            <source>Edit union role</source>
            <translation>Sửa chức vụ công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs.py" line="526" />
            <source>Union role</source>
            <translation>Chức vụ công đoàn</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../desktop_app/ui/features/help.py" line="23" />
            <source>Sổ Công đoàn</source>
            <translation>Sổ Công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/help.py" line="24" />
            <source>Records of grassroots unions, members, events and training for upper-level trade unions.</source>
            <translation>Quản lý công đoàn cơ sở, đoàn viên, sự kiện và tập huấn cho công đoàn cấp trên trực tiếp cơ sở.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/help.py" line="25" />
            <source>Licences</source>
            <translation>Giấy phép</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/help.py" line="26" />
            <source>Qt %1 and PySide6 %2: GNU LGPL version 3.</source>
            <translation>Qt %1 và PySide6 %2: giấy phép GNU LGPL phiên bản 3.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/help.py" line="27" />
            <source>DejaVu Sans font: Bitstream Vera licence (free use and redistribution).</source>
            <translation>Phông chữ DejaVu Sans: giấy phép Bitstream Vera (được dùng và phân phối lại tự do).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/help.py" line="28" />
            <source>Liberation Serif font: SIL Open Font License 1.1.</source>
            <translation>Phông chữ Liberation Serif: giấy phép SIL Open Font 1.1.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/help.py" line="29" />
            <source>Licence texts: %1</source>
            <translation>Toàn văn giấy phép: %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/help.py" line="36" />
            <source>About Sổ Công đoàn</source>
            <translation>Giới thiệu Sổ Công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/help.py" line="40" />
            <source>&amp;About Sổ Công đoàn</source>
            <translation>&amp;Giới thiệu Sổ Công đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/help.py" line="43" />
            <source>About &amp;Qt</source>
            <translation>Giới thiệu &amp;Qt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/help.py" line="45" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Phím tắt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/help.py" line="47" />
            <source>Keyboard shortcuts</source>
            <translation>Phím tắt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/help.py" line="48" />
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
    </context>
</TS>
