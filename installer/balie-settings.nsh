; The deployment settings of a silent install, and where they go in balie.ini.
; Keys and sections must match balie/config.py DEFAULTS (a test checks this file against them).

Var SetEnv
Var SetOrganizer
Var SetCounter
Var SetNfc
Var SetEid

Var BalieOptFound

; The value of /NAME=value in a Windows command line, in both forms programs pass it:
;   /COUNTER="Kassa 1"    cmd.exe, a shortcut, a batch file
;   "/COUNTER=Kassa 1"    PowerShell and .NET (ProcessStartInfo) quote the whole argument
; FileFunc's GetOptions splits on "/" and swallowed the second form into the previous option
; (/ENV=production "/COUNTER=Kassa 1" gave ENV 'production "'). Here the line is cut into
; arguments at spaces outside double quotes, the quotes are dropped, and an argument that starts
; with the option's prefix (case-insensitive, like GetOptions) gives the value; the last one wins.
; Usage: Push <command line> / Push "/COUNTER=" / Call BalieGetOption / Pop <value>;
; the error flag is set when the option is absent (the value is then "").
Function BalieGetOption
  Exch $R1 ; prefix
  Exch
  Exch $R2 ; command line
  Push $R0
  Push $R3
  Push $R4
  Push $R5
  Push $R6
  Push $R7
  Push $R8
  Push $R9
  StrLen $R9 $R2
  StrLen $R8 $R1
  StrCpy $R3 0  ; position
  StrCpy $R5 "" ; argument so far
  StrCpy $R6 0  ; inside quotes
  StrCpy $R7 "" ; value
  StrCpy $R0 0  ; found
  balie_opt_char:
    IntCmp $R3 $R9 balie_opt_arg 0 balie_opt_arg
    StrCpy $R4 $R2 1 $R3
    IntOp $R3 $R3 + 1
    StrCmp $R4 '"' 0 balie_opt_space
      IntOp $R6 1 - $R6
      Goto balie_opt_char
    balie_opt_space:
    StrCmp $R4 " " 0 balie_opt_keep
    IntCmp $R6 1 balie_opt_keep balie_opt_arg balie_opt_arg
    balie_opt_keep:
      StrCpy $R5 "$R5$R4"
      Goto balie_opt_char
  balie_opt_arg:
    StrCpy $R4 $R5 $R8
    StrCmp $R5 "" balie_opt_next
    StrCmp $R4 $R1 0 balie_opt_next
      StrCpy $R7 $R5 "" $R8
      StrCpy $R0 1
    balie_opt_next:
    StrCpy $R5 ""
    IntCmp $R3 $R9 balie_opt_done balie_opt_char balie_opt_done
  balie_opt_done:
  StrCpy $BalieOptFound $R0
  StrCpy $R1 $R7
  Pop $R9
  Pop $R8
  Pop $R7
  Pop $R6
  Pop $R5
  Pop $R4
  Pop $R3
  Pop $R0
  Pop $R2
  Exch $R1
  ClearErrors
  StrCmp $BalieOptFound 1 +2
    SetErrors
FunctionEnd

!macro _BalieOption NAME VAR
  Push $R0
  Push "/${NAME}="
  Call BalieGetOption
  Pop ${VAR}
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
