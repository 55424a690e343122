; Inno Setup 6 script for Sổ Công đoàn (Windows, 64-bit).
;
; Build the bundle first (on Windows):   python installer\build.py
; then the installer:                    python installer\build.py --windows-installer
;                                   (or: iscc installer\socongdoan.iss)
; Output: dist\SoCongDoan-Setup-<version>.exe
; Off Windows, build.py --windows-installer runs the compiler under Wine, against a
; stand-in folder of the bundle's layout when there is no Windows bundle
; (iscc /DBundleDir=... /DOutputName=...).
;
; Per-user install without administrator rights into %LOCALAPPDATA%\Programs\SoCongDoan,
; Start-menu and (optional) desktop shortcuts, Vietnamese texts (English as a choice).
; The user's data lives elsewhere (%LOCALAPPDATA%\SoCongDoan: database, backups, settings)
; and is NEVER removed by the uninstaller, nor by an upgrade.
; This file is saved as UTF-8 with a byte-order mark so that Vietnamese text compiles.

#define AppName "Sổ Công đoàn"
#define AppExeName "SoCongDoan.exe"
#define AppCliName "socongdoan-cli.exe"
#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\dist\SoCongDoan"
#endif
#define DataFolderName "SoCongDoan"

; The version comes from the package: installer\build.py writes build\version.iss with
; AppVersion read from desktop_app/__init__.py; without it, from the executable's resource.
#ifndef AppVersion
  #if FileExists(AddBackslash(SourcePath) + "..\build\version.iss")
    #include AddBackslash(SourcePath) + "..\build\version.iss"
  #else
    #define AppVersion GetVersionNumbersString(BundleDir + "\" + AppExeName)
  #endif
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric GetVersionNumbersString(BundleDir + "\" + AppExeName)
#endif
#ifndef OutputName
  #define OutputName "SoCongDoan-Setup-" + AppVersion
#endif

[Setup]
AppId={{960F3091-1107-40F4-8DC6-60A6A98A4D03}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersionNumeric}
VersionInfoDescription={#AppName} - trình cài đặt
; Per user, no administrator rights, no UAC prompt.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\SoCongDoan
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename={#OutputName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Vietnamese preselected whatever the Windows display language; English can be picked.
LanguageDetectionMethod=none
ShowLanguageDialog=yes
CloseApplications=yes
RestartApplications=no
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExeName}
SetupIconFile=socongdoan.ico

[Languages]
; Untranslated messages fall back to the English defaults listed first.
Name: "vi"; MessagesFile: "compiler:Default.isl,Vietnamese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
vi.DataKept=Dữ liệu của bạn (cơ sở dữ liệu, bản sao lưu, cài đặt) nằm trong %1 và được giữ lại khi gỡ hoặc nâng cấp chương trình.
en.DataKept=Your data (database, backups, settings) is in %1 and is kept when the program is uninstalled or upgraded.
vi.DataFolderShortcut=Thư mục dữ liệu {#AppName}
en.DataFolderShortcut={#AppName} data folder
vi.NotInDataFolder=Không thể cài chương trình vào thư mục dữ liệu %1. Hãy chọn thư mục khác.
en.NotInDataFolder=The program cannot be installed into its data folder %1. Choose another folder.
vi.NotOnRemovable=Không nên cài chương trình lên ổ đĩa rời (USB). Hãy chọn một thư mục trên ổ đĩa của máy tính.
en.NotOnRemovable=Do not install the program on a removable drive (USB stick). Choose a folder on this computer's disk.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Dirs]
; Created for the user; not listed for removal (uninsneveruninstall).
Name: "{localappdata}\{#DataFolderName}"; Flags: uninsneveruninstall

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"
Name: "{group}\{cm:DataFolderShortcut}"; Filename: "{localappdata}\{#DataFolderName}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself may leave inside its own folder (Python byte-code caches).
; The data folder %LOCALAPPDATA%\SoCongDoan is deliberately absent.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

[Code]
function GetDriveType(lpRootPathName: String): Cardinal;
  external 'GetDriveTypeW@kernel32.dll stdcall';

function DataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\{#DataFolderName}');
end;

function NextButtonClick(CurPageID: Integer): Boolean;
var
  Dir: String;
begin
  Result := True;
  if CurPageID = wpSelectDir then
  begin
    Dir := RemoveBackslashUnlessRoot(WizardDirValue());
    { Program and data stay apart: the program folder is not the data folder, not above it
      and not inside it, so replacing or removing the program never touches the data. }
    if (Pos(Uppercase(AddBackslash(Dir)), Uppercase(AddBackslash(DataFolder()))) = 1) or
       (Pos(Uppercase(AddBackslash(DataFolder())), Uppercase(AddBackslash(Dir))) = 1) then
    begin
      MsgBox(FmtMessage(CustomMessage('NotInDataFolder'), [DataFolder()]), mbError, MB_OK);
      Result := False;
    end
    else if GetDriveType(AddBackslash(ExtractFileDrive(Dir))) = 2 { DRIVE_REMOVABLE } then
    begin
      MsgBox(CustomMessage('NotOnRemovable'), mbError, MB_OK);
      Result := False;
    end;
  end;
end;

procedure CurPageChanged(CurPageID: Integer);
begin
  if CurPageID = wpFinished then
    WizardForm.FinishedLabel.Caption := WizardForm.FinishedLabel.Caption + #13#10#13#10 +
      FmtMessage(CustomMessage('DataKept'), [DataFolder()]);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataFolder()) and not UninstallSilent() then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [DataFolder()]), mbInformation, MB_OK);
end;
