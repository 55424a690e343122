<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
    <context>
        <name>About</name>
        <message>
            <location filename="../../desktop_app/ui/about.py" line="28" />
            <source>this program</source>
            <translation>chương trình này</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/about.py" line="29" />
            <source>font of printed documents</source>
            <translation>phông chữ của văn bản in</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/about.py" line="31" />
            <source>font of the interface and lists</source>
            <translation>phông chữ của giao diện và danh sách</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/about.py" line="34" />
            <source>windows and widgets</source>
            <translation>cửa sổ và điều khiển giao diện</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/about.py" line="35" />
            <source>programming language</source>
            <translation>ngôn ngữ lập trình</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/about.py" line="36" />
            <source>database engine</source>
            <translation>hệ quản trị cơ sở dữ liệu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/about.py" line="37" />
            <source>PDF documents</source>
            <translation>văn bản PDF</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/about.py" line="38" />
            <source>images in documents</source>
            <translation>hình ảnh trong văn bản</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/about.py" line="39" />
            <source>text encodings</source>
            <translation>bảng mã văn bản</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/about.py" line="40" />
            <source>writing Excel files</source>
            <translation>ghi tệp Excel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/about.py" line="41" />
            <source>reading Excel files</source>
            <translation>đọc tệp Excel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/about.py" line="42" />
            <source>the fonts of old .xls files</source>
            <translation>phông chữ của tệp .xls cũ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/about.py" line="43" />
            <source>safe XML parsing</source>
            <translation>đọc XML an toàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/about.py" line="44" />
            <source>database helpers</source>
            <translation>thư viện hỗ trợ cơ sở dữ liệu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/about.py" line="45" />
            <location filename="../../desktop_app/ui/about.py" line="47" />
            <location filename="../../desktop_app/ui/about.py" line="48" />
            <location filename="../../desktop_app/ui/about.py" line="49" />
            <source>used by sqlite-utils</source>
            <translation>dùng bởi sqlite-utils</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/about.py" line="50" />
            <source>user folders</source>
            <translation>thư mục của người dùng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/about.py" line="51" />
            <source>encrypted backups and exports</source>
            <translation>mã hóa bản sao lưu và tệp xuất</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/about.py" line="53" />
            <source>used by cryptography</source>
            <translation>dùng bởi cryptography</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/about.py" line="54" />
            <source>the encrypted database file</source>
            <translation>tệp dữ liệu được mã hoá</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/about.py" line="56" />
            <source>Python support libraries</source>
            <translation>thư viện hỗ trợ của Python</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/about.py" line="77" />
            <source>licence text</source>
            <translation>văn bản giấy phép</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/about.py" line="84" />
            <source>Record keeping for trade-union bodies directly above the grassroots.</source>
            <translation>Quản lý hồ sơ của công đoàn cấp trên trực tiếp cơ sở.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/about.py" line="86" />
            <source>Python {python}, Qt {qt}, PySide6 {pyside}, {system}</source>
            <translation>Python {python}, Qt {qt}, PySide6 {pyside}, {system}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/about.py" line="89" />
            <source>Your data</source>
            <translation>Dữ liệu của bạn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/about.py" line="90" />
            <source>Database file:</source>
            <translation>Tệp cơ sở dữ liệu:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/about.py" line="91" />
            <source>Data folder:</source>
            <translation>Thư mục dữ liệu:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/about.py" line="92" />
            <source>Settings file:</source>
            <translation>Tệp cài đặt:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/about.py" line="93" />
            <source>Uninstalling the program keeps this data. Back it up to a USB stick regularly.</source>
            <translation>Gỡ cài đặt chương trình không xóa dữ liệu này. Hãy thường xuyên sao lưu ra USB.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/about.py" line="95" />
            <source>Licences</source>
            <translation>Giấy phép</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/about.py" line="96" />
            <source>Qt and PySide6 are used under the GNU LGPL version 3 as separate shared libraries in the program folder; you may replace them with compatible versions. Sources:</source>
            <translation>Qt và PySide6 được dùng theo giấy phép GNU LGPL phiên bản 3, dưới dạng các thư viện dùng chung riêng trong thư mục chương trình; bạn có thể thay chúng bằng phiên bản tương thích. Mã nguồn:</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../desktop_app/ui/about.py" line="120" />
            <source>About {app}</source>
            <translation>Giới thiệu {app}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/about.py" line="127" />
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
    </context>
    <context>
        <name>BodyForm</name>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>City federation</source>
            <translation>LĐLĐ thành phố</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Commune union</source>
            <translation>Công đoàn xã</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>District federation (former district level)</source>
            <translation>LĐLĐ quận/huyện (cấp huyện trước đây)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Industrial-zone union</source>
            <translation>Công đoàn khu công nghiệp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>National federation</source>
            <translation>Tổng Liên đoàn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Other</source>
            <translation>Khác</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Provincial federation</source>
            <translation>LĐLĐ tỉnh</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Sector union</source>
            <translation>Công đoàn ngành</translation>
        </message>
        <message>
            <location filename="../../desktop_app/core/vocabulary.py" line="1" />
            <source>Ward union</source>
            <translation>Công đoàn phường</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/body_form.py" line="40" />
            <source>e.g. Liên đoàn Lao động quận Nam Từ Liêm</source>
            <translation>ví dụ: Liên đoàn Lao động quận Nam Từ Liêm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/body_form.py" line="43" />
            <source>e.g. LĐLĐ quận Nam Từ Liêm</source>
            <translation>ví dụ: LĐLĐ quận Nam Từ Liêm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/body_form.py" line="48" />
            <source>e.g. Liên đoàn Lao động thành phố Hà Nội</source>
            <translation>ví dụ: Liên đoàn Lao động thành phố Hà Nội</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/body_form.py" line="51" />
            <source>e.g. LĐLĐ TP Hà Nội</source>
            <translation>ví dụ: LĐLĐ TP Hà Nội</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/body_form.py" line="56" />
            <source>e.g. Nam Từ Liêm</source>
            <translation>ví dụ: Nam Từ Liêm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/body_form.py" line="60" />
            <source>e.g. CĐP, CĐX, CĐKCN, LĐLĐ</source>
            <translation>ví dụ: CĐP, CĐX, CĐKCN, LĐLĐ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/body_form.py" line="61" />
            <source>The issuing body's code in document numbers, as in "Số: 01/BB-CĐP"</source>
            <translation>Ký hiệu của cơ quan ban hành trong số văn bản, như "Số: 01/BB-CĐP"</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/body_form.py" line="66" />
            <source>&amp;Name of the managing body:</source>
            <translation>&amp;Tên đơn vị quản lý:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/body_form.py" line="67" />
            <source>&amp;Short name (document header):</source>
            <translation>Tên &amp;viết tắt (đầu văn bản):</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/body_form.py" line="68" />
            <source>&amp;Kind:</source>
            <translation>&amp;Loại đơn vị:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/body_form.py" line="69" />
            <source>S&amp;ymbol in document numbers:</source>
            <translation>&amp;Ký hiệu trong số văn bản:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/body_form.py" line="70" />
            <source>&amp;Parent body:</source>
            <translation>Cơ quan &amp;cấp trên:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/body_form.py" line="71" />
            <source>Parent's s&amp;hort name:</source>
            <translation>Tên viết tắt của cấp t&amp;rên:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/body_form.py" line="72" />
            <source>Parent's k&amp;ind:</source>
            <translation>Loại đơn vị cấp trê&amp;n:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/body_form.py" line="73" />
            <source>P&amp;lace name for dates:</source>
            <translation>&amp;Địa danh ghi ngày tháng:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/body_form.py" line="85" />
            <source>How documents will begin:</source>
            <translation>Phần đầu văn bản sẽ như sau:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/body_form.py" line="121" />
            <source>(NAME OF THE MANAGING BODY)</source>
            <translation>(TÊN ĐƠN VỊ QUẢN LÝ)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/body_form.py" line="123" />
            <source>(place)</source>
            <translation>(địa danh)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/body_form.py" line="124" />
            <source>{place}, ngày {d:02d} tháng {m:02d} năm {y}</source>
            <translation>{place}, ngày {d:02d} tháng {m:02d} năm {y}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/body_form.py" line="156" />
            <source>Enter the name of the managing body.</source>
            <translation>Hãy nhập tên đơn vị quản lý.</translation>
        </message>
    </context>
    <context>
        <name>BodyPage</name>
        <message>
            <location filename="../../desktop_app/ui/first_run.py" line="95" />
            <source>Your managing body</source>
            <translation>Đơn vị quản lý</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/first_run.py" line="96" />
            <source>Since 2025 the level above the grassroots may be a commune or ward union, an industrial-zone or sector union as well as a district federation. Write the names as they appear on your documents.</source>
            <translation>Từ năm 2025, cấp trên trực tiếp cơ sở có thể là công đoàn xã, phường, công đoàn khu công nghiệp, công đoàn ngành hoặc LĐLĐ quận/huyện. Hãy ghi tên đúng như trên văn bản của đơn vị.</translation>
        </message>
    </context>
    <context>
        <name>DataPage</name>
        <message>
            <location filename="../../desktop_app/ui/first_run.py" line="140" />
            <source>Where to keep the data</source>
            <translation>Nơi lưu dữ liệu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/first_run.py" line="141" />
            <source>The database file lives in this folder. Keep it on this computer's own disk: a USB stick or a network drive can corrupt it when it is pulled out or disconnected. Backups go to USB sticks.</source>
            <translation>Tệp cơ sở dữ liệu nằm trong thư mục này. Hãy để trên ổ đĩa của chính máy tính: USB hoặc ổ mạng có thể làm hỏng tệp khi bị rút ra hoặc mất kết nối. USB chỉ dùng để chứa bản sao lưu.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/first_run.py" line="146" />
            <source>&amp;Browse…</source>
            <translation>&amp;Chọn…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/first_run.py" line="149" />
            <source>&amp;Default</source>
            <translation>&amp;Mặc định</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/first_run.py" line="158" />
            <source>&amp;Folder:</source>
            <translation>&amp;Thư mục:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/first_run.py" line="171" />
            <source>Folder for the data</source>
            <translation>Thư mục chứa dữ liệu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/first_run.py" line="184" />
            <source>This folder already holds a database of the program: you can use it on the next page.</source>
            <translation>Thư mục này đã có cơ sở dữ liệu của chương trình: bạn có thể dùng lại ở trang sau.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/first_run.py" line="187" />
            <source>The file will be: {file}</source>
            <translation>Tệp dữ liệu sẽ là: {file}</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../../desktop_app/ui/first_run.py" line="309" />
            <source>{app} — first start</source>
            <translation>{app} — thiết lập lần đầu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/first_run.py" line="315" />
            <source>&amp;Next &gt;</source>
            <translation>&amp;Tiếp &gt;</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/first_run.py" line="316" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Quay lại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/first_run.py" line="317" />
            <source>&amp;Finish</source>
            <translation>&amp;Hoàn tất</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/first_run.py" line="318" />
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/first_run.py" line="346" />
            <source>Cannot write the data: {error}</source>
            <translation>Không ghi được dữ liệu: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/first_run.py" line="361" />
            <source>Stop setting up? The program will close and ask again at the next start.</source>
            <translation>Dừng thiết lập? Chương trình sẽ đóng và hỏi lại ở lần mở sau.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../desktop_app/ui/settings_dialog.py" line="53" />
            <source>Settings</source>
            <translation>Cài đặt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/settings_dialog.py" line="67" />
            <source>Managing &amp;body</source>
            <translation>Đơn vị &amp;quản lý</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/settings_dialog.py" line="75" />
            <source>&amp;Browse…</source>
            <translation>&amp;Chọn…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/settings_dialog.py" line="77" />
            <source>&amp;Move the data to this folder</source>
            <translation>&amp;Chuyển dữ liệu sang thư mục này</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/settings_dialog.py" line="83" />
            <source>Moving copies the database with SQLite's backup function, checks the copy (integrity and the number of records in every table) and only then switches to it. The old file stays where it was, renamed *.moved-&lt;date&gt;; delete it when you are sure. Keep the data on this computer's own disk, never on a USB stick or a network drive.</source>
            <translation>Khi chuyển, chương trình sao chép cơ sở dữ liệu bằng chức năng sao lưu của SQLite, kiểm tra bản sao (tính toàn vẹn và số bản ghi của từng bảng) rồi mới dùng bản mới. Tệp cũ vẫn ở chỗ cũ, đổi tên thành *.moved-&lt;ngày&gt;; hãy xóa khi đã chắc chắn. Luôn để dữ liệu trên ổ đĩa của chính máy tính, không để trên USB hay ổ mạng.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/settings_dialog.py" line="89" />
            <source>Automatic backups: {folder}</source>
            <translation>Bản sao lưu tự động: {folder}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/settings_dialog.py" line="94" />
            <source>New folder for the data:</source>
            <translation>Thư mục mới cho dữ liệu:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/settings_dialog.py" line="100" />
            <source>&amp;Data folder</source>
            <translation>&amp;Thư mục dữ liệu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/settings_dialog.py" line="108" />
            <location filename="../../desktop_app/ui/settings_dialog.py" line="194" />
            <source>The new language takes effect the next time the program starts.</source>
            <translation>Ngôn ngữ mới có hiệu lực từ lần mở chương trình tiếp theo.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/settings_dialog.py" line="112" />
            <source>&amp;Language:</source>
            <translation>&amp;Ngôn ngữ:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/settings_dialog.py" line="114" />
            <source>&amp;Language</source>
            <translation>&amp;Ngôn ngữ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/settings_dialog.py" line="118" />
            <source>&amp;Security</source>
            <translation>&amp;Bảo mật</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/settings_dialog.py" line="121" />
            <source>OK</source>
            <translation>Đồng ý</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/settings_dialog.py" line="122" />
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/settings_dialog.py" line="132" />
            <source>The database now: {file}</source>
            <translation>Cơ sở dữ liệu hiện tại: {file}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/settings_dialog.py" line="135" />
            <source>Folder for the data</source>
            <translation>Thư mục chứa dữ liệu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/settings_dialog.py" line="150" />
            <source>The data is already in this folder.</source>
            <translation>Dữ liệu đã ở trong thư mục này.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/settings_dialog.py" line="162" />
            <source>The data was not moved: {error}</source>
            <translation>Chưa chuyển được dữ liệu: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/settings_dialog.py" line="177" />
            <source>The data is now in {file}.</source>
            <translation>Dữ liệu đã được chuyển tới {file}.</translation>
        </message>
    </context>
    <context>
        <name>SettingsFeature</name>
        <message>
            <location filename="../../desktop_app/ui/features/settings.py" line="12" />
            <source>&amp;Settings…</source>
            <translation>&amp;Cài đặt…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/settings.py" line="17" />
            <source>Managing body, data folder and language</source>
            <translation>Đơn vị quản lý, thư mục dữ liệu và ngôn ngữ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/settings.py" line="21" />
            <source>&amp;Licences…</source>
            <translation>&amp;Giấy phép…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/features/settings.py" line="23" />
            <source>Version, where your data is, and the licences of the components</source>
            <translation>Phiên bản, nơi lưu dữ liệu và giấy phép của các thành phần</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <location filename="../../desktop_app/ui/first_run.py" line="210" />
            <source>How to start</source>
            <translation>Bắt đầu như thế nào</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/first_run.py" line="211" />
            <source>Demo data lets you try every function on a made-up district; start empty when you are ready to enter your own records.</source>
            <translation>Dữ liệu mẫu giúp bạn thử mọi chức năng trên một quận giả định; chọn bắt đầu trống khi sẵn sàng nhập hồ sơ thật của đơn vị.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/first_run.py" line="213" />
            <source>Start with &amp;demo data (149 made-up grassroots unions, about 10,000 members)</source>
            <translation>Bắt đầu với &amp;dữ liệu mẫu (149 công đoàn cơ sở giả định, khoảng 10.000 đoàn viên)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/first_run.py" line="215" />
            <source>Start &amp;empty</source>
            <translation>Bắt đầu &amp;trống</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/first_run.py" line="217" />
            <source>&amp;Use the database already in the chosen folder</source>
            <translation>Dùng &amp;cơ sở dữ liệu có sẵn trong thư mục đã chọn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/first_run.py" line="219" />
            <source>&amp;Restore a backup</source>
            <translation>&amp;Khôi phục từ bản sao lưu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/first_run.py" line="228" />
            <source>Backup file (for example on the USB stick)</source>
            <translation>Tệp sao lưu (ví dụ trên USB)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/first_run.py" line="229" />
            <source>Choose…</source>
            <translation>Chọn…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/first_run.py" line="234" />
            <source>Passphrase, if the backup is encrypted</source>
            <translation>Mật khẩu, nếu bản sao lưu được mã hóa</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/first_run.py" line="273" />
            <source>Backup to restore</source>
            <translation>Bản sao lưu cần khôi phục</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/first_run.py" line="274" />
            <source>Backups (*.sqlite3 *.scdb-enc);;All files (*)</source>
            <translation>Bản sao lưu (*.sqlite3 *.scdb-enc);;Mọi tệp (*)</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../desktop_app/ui/first_run.py" line="73" />
            <source>Welcome to {app}</source>
            <translation>Chào mừng đến với {app}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/first_run.py" line="74" />
            <source>This program keeps the records of a trade-union body directly above the grassroots: grassroots unions, members, officers, events, training courses and support paid, and prints minutes, lists and the yearly report.

A few questions set it up for your office:
  • where to keep the data on this computer,
  • whether to start with demo data, empty, or from a backup,
  • the name of your managing body and its parent (printed at the top of every document).

Everything can be changed later in Settings.</source>
            <translation>Chương trình quản lý hồ sơ của công đoàn cấp trên trực tiếp cơ sở: công đoàn cơ sở, đoàn viên, cán bộ, sự kiện, lớp tập huấn và các khoản hỗ trợ; in biên bản, danh sách và báo cáo tổng kết năm.

Một vài câu hỏi để thiết lập cho đơn vị của bạn:
  • nơi lưu dữ liệu trên máy tính này,
  • bắt đầu với dữ liệu mẫu, để trống, hay từ bản sao lưu,
  • tên đơn vị quản lý và cơ quan cấp trên (in ở đầu mọi văn bản).

Mọi thứ đều có thể thay đổi sau trong phần Cài đặt.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/first_run.py" line="84" />
            <source>Version {version}</source>
            <translation>Phiên bản {version}</translation>
        </message>
    </context>
</TS>
