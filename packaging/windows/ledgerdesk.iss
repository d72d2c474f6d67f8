; Inno Setup 6 script for the LedgerDesk Windows installer (per-user by default, no admin rights needed).
;
; Build the onedir bundle first (from the repository root, in the build venv):
;   pyinstaller --noconfirm --distpath build\dist --workpath build\pyinstaller packaging\ledgerdesk.spec
; then, with the version `python packaging/version.py` prints:
;   iscc /DAppVersion=0.1.0 packaging\windows\ledgerdesk.iss
; -> build\ledgerdesk-0.1.0-windows-x64-setup.exe
;
; /DAppVersion is required. For a pre-release (0.2.0rc1) also pass /DAppNumericVersion=0.2.0: Windows
; version resources take digits only. /DBundleDir=PATH overrides where the bundle is read from.
;
; The uninstaller removes the program only. Settings, drafts and the outbox live in the user's
; application-data folder and are never deleted by it: they are the bookkeeper's records.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\ledgerdesk.iss
#endif
#ifndef AppNumericVersion
  #define AppNumericVersion AppVersion
#endif
#ifndef BundleDir
  #define BundleDir "..\..\build\dist\ledgerdesk"
#endif
#define AppName "LedgerDesk"
#define AppExe "ledgerdesk.exe"

[Setup]
; The AppId identifies the product across versions (upgrades, uninstall): never change it.
AppId={{65D0B4EE-2BD9-45D8-9992-42A606823E51}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=LedgerDesk
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductVersion={#AppNumericVersion}
VersionInfoDescription={#AppName} installer
; Per-user install by default ({autopf} is then %LOCALAPPDATA%\Programs); the dialog offers all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=ledgerdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\build
OutputBaseFilename=ledgerdesk-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Closes a running LedgerDesk before files are replaced (its autosave flushes on close).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "finnish"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller onedir: ledgerdesk.exe (windowed), ledgerdesk-cli.exe (console) and _internal\.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle's libraries wholesale, so no stale module of an older version is loaded.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Journal entry"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
