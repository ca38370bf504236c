; Windows installer for balie, the UiTPAS counter app.
;
; Why NSIS (and not Inno Setup or MSI/WiX): makensis runs on Linux (Debian package "nsis"), so the
; test suite compiles this script on every run and a broken installer is caught on the developer's
; machine, not on a counter PC. Inno Setup and WiX only compile on Windows.
;
; Build (build_installer.py does this):
;   makensis /DVERSION=0.1.0 /DPAYLOAD=<dist\balie folder> /DOUTFILE=<setup.exe> installer\balie.nsi
;
; IT deployment (silent, no dialog ever waits for an answer):
;   balie-setup-0.1.0.exe /S /ENV=production /ORGANIZER=<uuid> /COUNTER="Kassa 1"
;                         /NFCREADER="ACR122" /EIDREADER="VASCO" [/DESKTOP=no] [/D=C:\Pad]
; Each option given is written to %ProgramData%\balie\balie.ini (same sections/keys as
; balie/config.py DEFAULTS); options not given leave the existing value alone, so an upgrade keeps
; the counter's settings. The store, backups and logs live in %ProgramData%\balie and are never
; touched by an install, an upgrade or (unless asked) an uninstall.
; Uninstall silently, keeping data:   "%ProgramFiles%\balie\Uninstall.exe" /S
; ... and removing data too:           "%ProgramFiles%\balie\Uninstall.exe" /S /REMOVEDATA

Unicode true
!ifdef TARGET
  ; e.g. /DTARGET=amd64-unicode: the tests run the installer under a 64-bit-only wine
  Target ${TARGET}
!endif
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel admin

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"

!ifndef VERSION
  !error "pass /DVERSION=x.y.z (build_installer.py reads it from balie.__version__)"
!endif
!ifndef PAYLOAD
  !error "pass /DPAYLOAD=<folder with the PyInstaller one-folder build>"
!endif
!ifndef OUTFILE
  !define OUTFILE "balie-setup-${VERSION}.exe"
!endif
!ifndef VERSION4
  !define VERSION4 "${VERSION}.0"
!endif

!define APP "balie"
!define PUBLISHER "balie"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define APP_KEY "Software\${APP}"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
InstallDirRegKey HKLM "${APP_KEY}" "InstallDir"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION4}"
VIAddVersionKey /LANG=1043 "ProductName" "${APP}"
VIAddVersionKey /LANG=1043 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1043 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1043 "FileDescription" "Installatie van ${APP}, de UiTPAS-kassa"
VIAddVersionKey /LANG=1043 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1043 "LegalCopyright" "MIT"

!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\balie.exe"
!define MUI_FINISHPAGE_RUN_TEXT "balie nu starten"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Dutch"

Var DataDir  ; %ProgramData%\balie ($APPDATA with SetShellVarContext all)
!include "balie-settings.nsh"


Section "balie (vereist)" SecApp
  SectionIn RO
  SetShellVarContext all
  ; an upgrade replaces the program files completely (stale libraries of an older build could
  ; be loaded otherwise); the data dir is elsewhere and stays
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${PAYLOAD}\*.*"

  ; the store, backups and logs: machine-wide, so every Windows user at this counter sees the
  ; same queue; cashiers are not administrators, so the Users group may modify it
  CreateDirectory "$DataDir"
  CreateDirectory "$DataDir\logs"
  CreateDirectory "$DataDir\backups"
  nsExec::ExecToLog 'icacls "$DataDir" /grant *S-1-5-32-545:(OI)(CI)M /T /C /Q'
  Pop $0
  Call WriteSettings
  Call LockMachineSettings

  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\balie.exe" "" "$INSTDIR\balie.exe" 0
  WriteUninstaller "$INSTDIR\Uninstall.exe"
  WriteRegStr HKLM "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${APP_KEY}" "Version" "${VERSION}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\balie.exe"
  WriteRegStr HKLM "${UNINST_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKLM "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

; balie.ini is IT's, like group policy: ordinary users may read it, not change, replace or delete
; it (a per-user balie.ini only carries preferences such as the language; see balie/config.py).
; It always exists, so nobody can plant one in the data dir, which Users may modify.
Function LockMachineSettings
  IfFileExists "$DataDir\balie.ini" locked_exists
  FileOpen $0 "$DataDir\balie.ini" w
  FileWrite $0 "; balie: machine-wide settings (IT / installer)$\r$\n"
  FileClose $0
  locked_exists:
  nsExec::ExecToLog 'icacls "$DataDir\balie.ini" /inheritance:r /grant:r *S-1-5-18:F *S-1-5-32-544:F *S-1-5-32-545:RX /C /Q'
  Pop $0
FunctionEnd

Section "Snelkoppeling op het bureaublad" SecDesktop
  SetShellVarContext all
  CreateShortCut "$DESKTOP\${APP}.lnk" "$INSTDIR\balie.exe" "" "$INSTDIR\balie.exe" 0
SectionEnd

Function .onInit
  SetShellVarContext all
  ${If} ${RunningX64}
    SetRegView 64
  ${EndIf}
  StrCpy $DataDir "$APPDATA\${APP}"
  ; an upgrade installs where the previous version lives (also when silent)
  ReadRegStr $0 HKLM "${APP_KEY}" "InstallDir"
  ${If} $0 != ""
    StrCpy $INSTDIR $0
  ${EndIf}
  Call ReadSettingsFromCommandLine
  Call ValidateSettings
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/DESKTOP=" $R1
  ${IfNot} ${Errors}
  ${AndIf} $R1 == "no"
    !insertmacro UnselectSection ${SecDesktop}
  ${EndIf}
FunctionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp} "Het programma balie en de map voor de kassagegevens."
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "Een snelkoppeling naar balie op het bureaublad."
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function un.onInit
  SetShellVarContext all
  ${If} ${RunningX64}
    SetRegView 64
  ${EndIf}
  StrCpy $DataDir "$APPDATA\${APP}"
FunctionEnd

Section "Uninstall"
  SetShellVarContext all
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\balie.exe"
  Delete "$INSTDIR\balie-cli.exe"
  Delete "$INSTDIR\BUILD_INFO.json"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINST_KEY}"
  DeleteRegKey HKLM "${APP_KEY}"

  ; the counter's data (unsent sales!) stays unless explicitly asked; silent default: keep
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/REMOVEDATA" $R1
  ${IfNot} ${Errors}
    RMDir /r "$DataDir"
  ${Else}
    MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 \
      "Ook de kassagegevens verwijderen (verkopen, wachtrij, back-ups, logboeken en instellingen in $DataDir)?$\n$\nVerkopen die nog niet verstuurd zijn, gaan dan verloren. Kies Nee als je twijfelt." \
      /SD IDNO IDNO keep
    RMDir /r "$DataDir"
    keep:
  ${EndIf}
SectionEnd
