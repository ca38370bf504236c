; The deployment settings of a silent install, and where they go in balie.ini.
; Keys and sections must match balie/config.py DEFAULTS (a test checks this file against them).

Var SetEnv
Var SetOrganizer
Var SetCounter
Var SetNfc
Var SetEid

!macro _BalieOption NAME VAR
  ClearErrors
  ${GetOptions} $R0 "/${NAME}=" ${VAR}
  ${If} ${Errors}
    StrCpy ${VAR} ""
  ${EndIf}
!macroend

Function ReadSettingsFromCommandLine
  ${GetParameters} $R0
  !insertmacro _BalieOption "ENV" $SetEnv
  !insertmacro _BalieOption "ORGANIZER" $SetOrganizer
  !insertmacro _BalieOption "COUNTER" $SetCounter
  !insertmacro _BalieOption "NFCREADER" $SetNfc
  !insertmacro _BalieOption "EIDREADER" $SetEid
FunctionEnd

Function ValidateSettings
  ${If} $SetEnv != ""
  ${AndIf} $SetEnv != "training"
  ${AndIf} $SetEnv != "test"
  ${AndIf} $SetEnv != "production"
    MessageBox MB_OK|MB_ICONSTOP "Ongeldige waarde /ENV=$SetEnv: kies training, test of production." /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
  ${If} $SetOrganizer != ""
    StrLen $0 $SetOrganizer
    ${If} $0 != 36
      MessageBox MB_OK|MB_ICONSTOP "Ongeldige /ORGANIZER=$SetOrganizer: verwacht een UUID (36 tekens)." /SD IDOK
      SetErrorLevel 2
      Quit
    ${EndIf}
  ${EndIf}
FunctionEnd

!macro _BalieWrite SECTION KEY VAR
  ${If} ${VAR} != ""
    WriteINIStr "$DataDir\balie.ini" "${SECTION}" "${KEY}" "${VAR}"
  ${EndIf}
!macroend

Function WriteSettings
  !insertmacro _BalieWrite "platform" "environment" $SetEnv
  !insertmacro _BalieWrite "counter" "organizer_id" $SetOrganizer
  !insertmacro _BalieWrite "counter" "name" $SetCounter
  !insertmacro _BalieWrite "readers" "nfc" $SetNfc
  !insertmacro _BalieWrite "readers" "eid" $SetEid
  FlushINI "$DataDir\balie.ini"
FunctionEnd
