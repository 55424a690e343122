; *** Inno Setup 6 — Vietnamese messages for Sổ Công đoàn ***
;
; Used on top of the English defaults:  MessagesFile: "compiler:Default.isl,Vietnamese.isl"
; so a rare message not translated here still shows (in English) instead of failing.
; Saved as UTF-8 with a byte-order mark (Inno Setup 6 reads Unicode .isl files that way).
; Do not add a full stop where the English message has none: Setup adds it.

[LangOptions]
LanguageName=Tiếng Việt
LanguageID=$042A
LanguageCodePage=0

[Messages]
; *** Application titles
SetupAppTitle=Cài đặt
SetupWindowTitle=Cài đặt - %1
UninstallAppTitle=Gỡ cài đặt
UninstallAppFullTitle=Gỡ cài đặt %1

; *** Misc. common
InformationTitle=Thông tin
ConfirmTitle=Xác nhận
ErrorTitle=Lỗi

; *** SetupLdr messages
SetupLdrStartupMessage=Chương trình sẽ cài đặt %1. Bạn có muốn tiếp tục?
LdrCannotCreateTemp=Không tạo được tệp tạm. Đã dừng cài đặt
LdrCannotExecTemp=Không chạy được tệp trong thư mục tạm. Đã dừng cài đặt

; *** Startup error messages
LastErrorMessage=%1.%n%nLỗi %2: %3
SetupFileMissing=Thiếu tệp %1 trong thư mục cài đặt. Hãy khắc phục hoặc lấy bản cài đặt mới.
SetupFileCorrupt=Các tệp cài đặt bị hỏng. Hãy lấy bản cài đặt mới.
SetupFileCorruptOrWrongVer=Các tệp cài đặt bị hỏng hoặc không tương thích với phiên bản trình cài đặt này. Hãy lấy bản cài đặt mới.
InvalidParameter=Tham số dòng lệnh không hợp lệ:%n%n%1
SetupAlreadyRunning=Trình cài đặt đang chạy.
WindowsVersionNotSupported=Chương trình không hỗ trợ phiên bản Windows trên máy tính này.
NotOnThisPlatform=Chương trình không chạy trên %1.
OnlyOnThisPlatform=Chương trình phải chạy trên %1.
OnlyOnTheseArchitectures=Chương trình chỉ cài được trên Windows cho các kiến trúc bộ xử lý sau:%n%n%1
WinVersionTooLowError=Chương trình cần %1 phiên bản %2 trở lên.
WinVersionTooHighError=Chương trình không cài được trên %1 phiên bản %2 trở lên.
SetupAppRunningError=%1 đang chạy.%n%nHãy đóng chương trình rồi bấm Đồng ý để tiếp tục, hoặc Hủy để thoát.
UninstallAppRunningError=%1 đang chạy.%n%nHãy đóng chương trình rồi bấm Đồng ý để tiếp tục, hoặc Hủy để thoát.

; *** Misc. errors
ErrorCreatingDir=Không tạo được thư mục "%1"
ErrorTooManyFilesInDir=Không tạo được tệp trong thư mục "%1" vì thư mục có quá nhiều tệp

; *** Setup common messages
ExitSetupTitle=Thoát cài đặt
ExitSetupMessage=Việc cài đặt chưa xong. Nếu thoát bây giờ, chương trình sẽ không được cài.%n%nBạn có thể chạy lại trình cài đặt vào lúc khác.%n%nThoát cài đặt?
AboutSetupMenuItem=&Giới thiệu trình cài đặt...
AboutSetupTitle=Giới thiệu trình cài đặt
AboutSetupMessage=%1 phiên bản %2%n%3%n%nTrang chủ %1:%n%4

; *** Buttons
ButtonBack=< &Quay lại
ButtonNext=&Tiếp >
ButtonInstall=&Cài đặt
ButtonOK=Đồng ý
ButtonCancel=Hủy
ButtonYes=&Có
ButtonYesToAll=Có với &tất cả
ButtonNo=&Không
ButtonNoToAll=K&hông với tất cả
ButtonFinish=&Hoàn tất
ButtonBrowse=&Chọn...
ButtonWizardBrowse=C&họn...
ButtonNewFolder=&Tạo thư mục mới

; *** "Select Language" dialog messages
SelectLanguageTitle=Chọn ngôn ngữ cài đặt
SelectLanguageLabel=Chọn ngôn ngữ dùng trong khi cài đặt:

; *** Common wizard text
ClickNext=Bấm Tiếp để tiếp tục, hoặc Hủy để thoát.
BrowseDialogTitle=Chọn thư mục
BrowseDialogLabel=Chọn một thư mục trong danh sách rồi bấm Đồng ý.
NewFolderName=Thư mục mới

; *** "Welcome" wizard page
WelcomeLabel1=Chào mừng đến với trình cài đặt [name]
WelcomeLabel2=Chương trình sẽ cài [name/ver] vào máy tính của bạn, chỉ cho tài khoản của bạn, không cần quyền quản trị.%n%nDữ liệu của bạn nằm riêng, không bị ảnh hưởng khi cài lại, nâng cấp hay gỡ chương trình.

; *** "License Agreement" wizard page
WizardLicense=Thỏa thuận giấy phép
LicenseLabel=Hãy đọc thông tin quan trọng sau trước khi tiếp tục.
LicenseLabel3=Hãy đọc thỏa thuận giấy phép sau. Bạn phải chấp nhận các điều khoản trước khi cài đặt.
LicenseAccepted=Tôi &đồng ý với thỏa thuận
LicenseNotAccepted=Tôi &không đồng ý

; *** "Information" wizard pages
WizardInfoBefore=Thông tin
InfoBeforeLabel=Hãy đọc thông tin quan trọng sau trước khi tiếp tục.
InfoBeforeClickLabel=Khi sẵn sàng, bấm Tiếp.
WizardInfoAfter=Thông tin
InfoAfterLabel=Hãy đọc thông tin quan trọng sau trước khi tiếp tục.
InfoAfterClickLabel=Khi sẵn sàng, bấm Tiếp.

; *** "Select Destination Location" wizard page
WizardSelectDir=Chọn nơi cài đặt
SelectDirDesc=Cài [name] vào đâu?
SelectDirLabel3=Chương trình [name] sẽ được cài vào thư mục sau.
SelectDirBrowseLabel=Bấm Tiếp để tiếp tục. Muốn chọn thư mục khác, bấm Chọn.
DiskSpaceMBLabel=Cần ít nhất [mb] MB dung lượng trống.
CannotInstallToNetworkDrive=Không thể cài lên ổ đĩa mạng.
CannotInstallToUNCPath=Không thể cài vào đường dẫn mạng (UNC).
InvalidPath=Hãy nhập đường dẫn đầy đủ có ký tự ổ đĩa, ví dụ:%n%nC:\APP
InvalidDrive=Ổ đĩa bạn chọn không tồn tại hoặc không truy cập được. Hãy chọn ổ khác.
DiskSpaceWarningTitle=Không đủ dung lượng
DiskSpaceWarning=Cần ít nhất %1 KB dung lượng trống nhưng ổ đĩa chỉ còn %2 KB.%n%nVẫn tiếp tục?
DirNameTooLong=Tên thư mục hoặc đường dẫn quá dài.
InvalidDirName=Tên thư mục không hợp lệ.
BadDirName32=Tên thư mục không được chứa các ký tự sau:%n%n%1
DirExistsTitle=Thư mục đã có
DirExists=Thư mục:%n%n%1%n%nđã có. Vẫn cài vào thư mục này?
DirDoesntExistTitle=Thư mục chưa có
DirDoesntExist=Thư mục:%n%n%1%n%nchưa có. Tạo thư mục này?

; *** "Select Additional Tasks" wizard page
WizardSelectTasks=Chọn công việc bổ sung
SelectTasksDesc=Làm thêm những việc gì?
SelectTasksLabel2=Chọn các việc bổ sung khi cài [name], rồi bấm Tiếp.

; *** "Select Start Menu Folder" wizard page
WizardSelectProgramGroup=Chọn thư mục trong menu Start
SelectStartMenuFolderDesc=Đặt lối tắt của chương trình ở đâu?
SelectStartMenuFolderLabel3=Lối tắt của chương trình sẽ được tạo trong thư mục sau của menu Start.
SelectStartMenuFolderBrowseLabel=Bấm Tiếp để tiếp tục. Muốn chọn thư mục khác, bấm Chọn.
MustEnterGroupName=Hãy nhập tên thư mục.
GroupNameTooLong=Tên thư mục hoặc đường dẫn quá dài.
InvalidGroupName=Tên thư mục không hợp lệ.
BadGroupName=Tên thư mục không được chứa các ký tự sau:%n%n%1
NoProgramGroupCheck2=&Không tạo thư mục trong menu Start

; *** "Ready to Install" wizard page
WizardReady=Sẵn sàng cài đặt
ReadyLabel1=Đã sẵn sàng cài [name] vào máy tính của bạn.
ReadyLabel2a=Bấm Cài đặt để bắt đầu, hoặc Quay lại để xem lại hay thay đổi lựa chọn.
ReadyLabel2b=Bấm Cài đặt để bắt đầu.
ReadyMemoDir=Nơi cài đặt:
ReadyMemoGroup=Thư mục trong menu Start:
ReadyMemoTasks=Công việc bổ sung:

; *** "Preparing to Install" wizard page
WizardPreparing=Chuẩn bị cài đặt
PreparingDesc=Đang chuẩn bị cài [name] vào máy tính của bạn.
PreviousInstallNotCompleted=Việc cài hoặc gỡ một chương trình trước đó chưa xong. Hãy khởi động lại máy rồi chạy lại trình cài đặt [name].
CannotContinue=Không thể tiếp tục. Bấm Hủy để thoát.
ApplicationsFound=Các chương trình sau đang dùng tệp cần cập nhật. Nên để trình cài đặt tự đóng chúng.
ApplicationsFound2=Các chương trình sau đang dùng tệp cần cập nhật. Nên để trình cài đặt tự đóng chúng; cài xong sẽ mở lại.
CloseApplications=&Tự động đóng các chương trình
DontCloseApplications=&Không đóng các chương trình
ErrorCloseApplications=Không tự đóng được tất cả chương trình. Hãy tự đóng các chương trình đang dùng tệp cần cập nhật rồi tiếp tục.

; *** "Installing" wizard page
WizardInstalling=Đang cài đặt
InstallingLabel=Xin chờ trong khi [name] được cài vào máy tính của bạn.

; *** "Setup Completed" wizard page
FinishedHeadingLabel=Hoàn tất cài đặt [name]
FinishedLabelNoIcons=Đã cài xong [name] vào máy tính của bạn.
FinishedLabel=Đã cài xong [name] vào máy tính của bạn. Mở chương trình bằng lối tắt trên màn hình nền hoặc trong menu Start.
ClickFinish=Bấm Hoàn tất để thoát.
FinishedRestartLabel=Để hoàn tất cài [name], cần khởi động lại máy tính. Khởi động lại ngay?
FinishedRestartMessage=Để hoàn tất cài [name], cần khởi động lại máy tính.%n%nKhởi động lại ngay?
ShowReadmeCheck=Có, tôi muốn xem tệp hướng dẫn
YesRadio=&Có, khởi động lại ngay
NoRadio=&Không, tôi sẽ khởi động lại sau
RunEntryExec=Mở %1
RunEntryShellExec=Xem %1

; *** Installation phase messages
SetupAborted=Việc cài đặt chưa hoàn tất.%n%nHãy khắc phục lỗi rồi chạy lại trình cài đặt.
AbortRetryIgnoreChooseAction=Chọn cách xử lý
AbortRetryIgnoreRetry=Thử lại
AbortRetryIgnoreProceedAnyway=Vẫn tiếp tục
AbortRetryIgnoreCancel=Hủy cài đặt

; *** Installation status messages
StatusClosingApplications=Đang đóng các chương trình...
StatusCreateDirs=Đang tạo thư mục...
StatusExtractFiles=Đang giải nén tệp...
StatusCreateIcons=Đang tạo lối tắt...
StatusCreateIniEntries=Đang ghi tệp INI...
StatusCreateRegistryEntries=Đang ghi registry...
StatusRegisterFiles=Đang đăng ký tệp...
StatusSavingUninstall=Đang lưu thông tin gỡ cài đặt...
StatusRunProgram=Đang hoàn tất cài đặt...
StatusRestartingApplications=Đang mở lại các chương trình...
StatusRollback=Đang hoàn tác các thay đổi...

; *** Misc. errors
ErrorInternal2=Lỗi nội bộ: %1
ErrorFunctionFailedNoCode=%1 thất bại
ErrorFunctionFailed=%1 thất bại; mã %2
ErrorFunctionFailedWithMessage=%1 thất bại; mã %2.%n%3
ErrorExecutingProgram=Không chạy được tệp:%n%1

; *** File copying errors
SourceIsCorrupted=Tệp nguồn bị hỏng
SourceDoesntExist=Tệp nguồn "%1" không tồn tại
ExistingFileReadOnly=Tệp đang có được đặt chỉ đọc.
ErrorReadingExistingDest=Có lỗi khi đọc tệp đang có:
FileExists=Tệp đã có.%n%nGhi đè?
ExistingFileNewer=Tệp đang có mới hơn tệp sắp cài. Nên giữ tệp đang có.%n%nGiữ tệp đang có?
ErrorCreatingTemp=Có lỗi khi tạo tệp trong thư mục đích:
ErrorReadingSource=Có lỗi khi đọc tệp nguồn:
ErrorCopying=Có lỗi khi sao chép tệp:
ErrorReplacingExistingFile=Có lỗi khi thay tệp đang có:
ErrorRenamingTemp=Có lỗi khi đổi tên tệp trong thư mục đích:

; *** Uninstall display name markings
UninstallDisplayNameMarkCurrentUser=Người dùng hiện tại

; *** Uninstaller messages
UninstallNotFound=Không có tệp "%1". Không gỡ cài đặt được.
UninstallOpenError=Không mở được tệp "%1". Không gỡ cài đặt được
ConfirmUninstall=Gỡ %1 khỏi máy tính?%n%nDữ liệu của bạn (cơ sở dữ liệu, bản sao lưu, cài đặt) được GIỮ LẠI.
UninstallStatusLabel=Xin chờ trong khi %1 được gỡ khỏi máy tính.
UninstalledAll=Đã gỡ %1 khỏi máy tính.%n%nDữ liệu của bạn vẫn được giữ nguyên.
UninstalledMost=Đã gỡ xong %1.%n%nMột số mục không gỡ được; bạn có thể tự xóa.
UninstalledAndNeedsRestart=Để hoàn tất gỡ %1, cần khởi động lại máy tính.%n%nKhởi động lại ngay?
UninstallDataCorrupted=Tệp "%1" bị hỏng. Không gỡ cài đặt được

; *** Uninstallation phase messages
WizardUninstalling=Tình trạng gỡ cài đặt
StatusUninstalling=Đang gỡ %1...

; *** Shutdown block reasons
ShutdownBlockReasonInstallingApp=Đang cài %1.
ShutdownBlockReasonUninstallingApp=Đang gỡ %1.

[CustomMessages]
NameAndVersion=%1 phiên bản %2
AdditionalIcons=Lối tắt bổ sung:
CreateDesktopIcon=Tạo lối tắt trên &màn hình nền
ProgramOnTheWeb=%1 trên Internet
UninstallProgram=Gỡ cài đặt %1
LaunchProgram=Mở %1
