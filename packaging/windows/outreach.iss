; Inno Setup 6 script: a per-user installer for the one-folder app PyInstaller made in dist\outreach\.
; Build on Windows from the checkout root (see docs/packaging.md):
;   pyinstaller --noconfirm --clean packaging\outreach.spec
;   iscc packaging\windows\outreach.iss            -> dist\Outreach-<version>-setup.exe
; No administrator rights are needed: the app goes to %LOCALAPPDATA%\Programs\Outreach.
; The user's data (%LOCALAPPDATA%\Outreach\outreach.db) is never touched by install or uninstall.

#define AppName "Outreach"
#define SourceDir AddBackslash(SourcePath) + "..\..\dist\outreach"
#define AppExe "Outreach.exe"
; The version has one home, outreach_app/__init__.py; the spec writes it into Outreach.exe and we
; read it back from there. Override only for a test build: iscc /DAppVersion=0.0.0 ...
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(SourceDir + "\" + AppExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error "dist\outreach\Outreach.exe has no version: build it with packaging\outreach.spec first"
#endif

[Setup]
; AppId identifies the app for upgrades and the uninstaller: never change it.
AppId={{6F0C5B8E-3D1A-4E7B-9A52-0D8E4C2B7F31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Outreach contributors
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\..\resources\icons\outreach.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=Outreach-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the whole program folder so no library from an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "Event tallies, reports and flyers for outreach teams"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
