"""The Windows installer as IT runs it: options quoted either way, silent install, upgrade in
place and uninstall with or without /REMOVEDATA.

The option parser (installer/balie-settings.nsh, BalieGetOption) is compiled by makensis into a
small test program and run under wine on raw command lines, exactly as Windows hands them over:
``/COUNTER="Kassa 1"`` from cmd.exe and ``"/COUNTER=Kassa 1"`` from PowerShell or .NET. The
installer itself runs under wine with a stand-in payload. Debian's wine here is 64-bit only, so
both are built for NSIS' amd64-unicode target (the shipped installer uses the default x86 stub;
the script is the same). Without makensis or wine the tests say so and skip.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = ROOT / "installer" / "balie-settings.nsh"
ORGANIZER = "0b3a5a7e-8f3c-4a0e-9a7f-1f0c6b0a2d11"

PARSER_NSI = r"""
Unicode true
Target amd64-unicode
OutFile "parse.exe"
SilentInstall silent
RequestExecutionLevel user
!include "FileFunc.nsh"
!include "LogicLib.nsh"
Var DataDir
!include "@SETTINGS@"

!macro _Show NAME
  Push $7
  Push "/${NAME}="
  Call BalieGetOption
  Pop $6
  ${If} ${Errors}
    FileWrite $8 "${NAME}=<absent>|"
  ${Else}
    FileWrite $8 "${NAME}=[$6]|"
  ${EndIf}
!macroend

Function .onInit
  FileOpen $9 "$EXEDIR\cases.txt" r
  FileOpen $8 "$EXEDIR\parsed.txt" w
  next_case:
    ClearErrors
    FileRead $9 $7
    IfErrors cases_done
    trim:
      StrCpy $5 $7 1 -1
      StrCmp $5 "$\n" +2
      StrCmp $5 "$\r" 0 +3
      StrCpy $7 $7 -1
      Goto trim
    !insertmacro _Show "ENV"
    !insertmacro _Show "COUNTER"
    !insertmacro _Show "ORGANIZER"
    FileWrite $8 "$\r$\n"
    Goto next_case
  cases_done:
  FileClose $8
  FileClose $9
  Quit
FunctionEnd

Section
SectionEnd
"""

#: raw command line -> what the installer must read from it
CASES = {
    f'/S /ENV=production "/COUNTER=Kassa 1" /ORGANIZER={ORGANIZER}':
        f"ENV=[production]|COUNTER=[Kassa 1]|ORGANIZER=[{ORGANIZER}]|",
    '/S /ENV=test /COUNTER="Kassa 1"': "ENV=[test]|COUNTER=[Kassa 1]|ORGANIZER=<absent>|",
    '"/COUNTER=Onthaal zwembad" /env=training':
        "ENV=[training]|COUNTER=[Onthaal zwembad]|ORGANIZER=<absent>|",
    "/S": "ENV=<absent>|COUNTER=<absent>|ORGANIZER=<absent>|",
    '/S "/COUNTER=Kassa 1" "/ENV=test"': "ENV=[test]|COUNTER=[Kassa 1]|ORGANIZER=<absent>|",
}


def makensis() -> str:
    found = shutil.which("makensis")
    if found is None:
        pytest.skip("makensis is not installed (Debian: apt-get install nsis)")
    return found


def wine_binary() -> str | None:
    for name in ("wine64", "wine"):
        if shutil.which(name):
            return shutil.which(name)
    return "/usr/lib/wine/wine64" if Path("/usr/lib/wine/wine64").is_file() else None


@dataclass
class Wine:
    binary: str
    prefix: Path

    @property
    def env(self) -> dict[str, str]:
        return {**os.environ, "WINEPREFIX": str(self.prefix), "WINEDEBUG": "-all"}

    def run(self, exe: Path, *argv: str) -> int:
        done = subprocess.run([self.binary, str(exe), *argv], cwd=exe.parent, env=self.env,
                              capture_output=True, timeout=180)
        self.wait()
        return done.returncode

    def wait(self) -> None:
        """Until every process of the prefix ended (the uninstaller re-runs itself from TEMP)."""
        server = shutil.which("wineserver") or "/usr/lib/wine/wineserver64"
        subprocess.run([server, "-w"], env=self.env, capture_output=True, timeout=180)

    @property
    def drive_c(self) -> Path:
        return self.prefix / "drive_c"


@pytest.fixture(scope="module")
def wine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Wine]:
    binary = wine_binary()
    if binary is None:
        pytest.skip("wine is not installed (Debian: apt-get install wine64)")
    ready = Wine(binary, tmp_path_factory.mktemp("wine") / "prefix")
    boot = subprocess.run([binary, "wineboot", "-i"], env=ready.env, capture_output=True,
                          timeout=300)
    ready.wait()
    if not (ready.drive_c / "windows").is_dir():
        pytest.skip(f"wine cannot make a prefix here (exit {boot.returncode})")
    yield ready
    subprocess.run([shutil.which("wineserver") or "/usr/lib/wine/wineserver64", "-k"],
                   env=ready.env, capture_output=True, timeout=60)


def compile_parser(folder: Path) -> Path:
    (folder / "parse.nsi").write_text(PARSER_NSI.replace("@SETTINGS@", str(SETTINGS)),
                                      encoding="utf-8")
    done = subprocess.run([makensis(), "-V2", "parse.nsi"], cwd=folder, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    return folder / "parse.exe"


def test_option_parser_compiles_with_makensis(tmp_path: Path):
    assert compile_parser(tmp_path).stat().st_size > 0


def test_option_parser_reads_a_switch_quoted_as_a_whole_and_a_quoted_value(
        tmp_path: Path, wine: Wine):
    exe = compile_parser(tmp_path)
    (tmp_path / "cases.txt").write_text("".join(f"{line}\r\n" for line in CASES),
                                        encoding="ascii")
    wine.run(exe)
    parsed = (tmp_path / "parsed.txt").read_text(encoding="ascii").splitlines()
    assert dict(zip(CASES, parsed, strict=True)) == CASES


def build_setup(folder: Path, marker: str) -> Path:
    """The real installer script around a stand-in payload stamped with ``marker``."""
    payload = folder / f"payload-{marker}"
    (payload / "_internal").mkdir(parents=True)
    for name in ("balie.exe", "balie-cli.exe", "_internal/python311.dll"):
        (payload / name).write_bytes(b"stand-in for the Windows build\n")
    (payload / "BUILD_INFO.json").write_text(json.dumps({"marker": marker}), encoding="utf-8")
    out = folder / f"balie-setup-{marker}.exe"
    done = subprocess.run(
        [makensis(), "-V2", "-DTARGET=amd64-unicode", "-DVERSION=0.1.0", "-DVERSION4=0.1.0.0",
         f"-DPAYLOAD={payload}", f"-DOUTFILE={out}", "balie.nsi"],
        cwd=ROOT / "installer", capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    return out


def ini(wine: Wine) -> str:
    return (wine.drive_c / "ProgramData" / "balie" / "balie.ini").read_text(encoding="utf-8",
                                                                             errors="replace")


@pytest.mark.slow
def test_silent_install_upgrade_in_place_and_uninstall_with_and_without_removedata(
        tmp_path: Path, wine: Wine):
    program = wine.drive_c / "Program Files" / "balie"
    data = wine.drive_c / "ProgramData" / "balie"
    first, second = build_setup(tmp_path, "first"), build_setup(tmp_path, "second")

    assert wine.run(first, "/S", "/ENV=production", "/COUNTER=Kassa 1",  # wine passes this
                    f"/ORGANIZER={ORGANIZER}") == 0                    # as "/COUNTER=Kassa 1"
    assert (program / "balie.exe").is_file() and (program / "Uninstall.exe").is_file()
    settings = ini(wine)
    assert "environment=production" in settings and "name=Kassa 1" in settings
    assert f"organizer_id={ORGANIZER}" in settings
    (data / "balie.sqlite3").write_bytes(b"the counter's unsent sales")

    assert wine.run(second, "/S", "/COUNTER=Kassa 2") == 0  # upgrade in place
    assert json.loads((program / "BUILD_INFO.json").read_text())["marker"] == "second"
    settings = ini(wine)
    assert "name=Kassa 2" in settings and "environment=production" in settings
    assert f"organizer_id={ORGANIZER}" in settings  # options not given keep their value
    assert (data / "balie.sqlite3").read_bytes() == b"the counter's unsent sales"

    wine.run(program / "Uninstall.exe", "/S")
    assert not (program / "balie.exe").exists()
    assert (data / "balie.sqlite3").is_file(), "a silent uninstall keeps the counter's data"

    assert wine.run(second, "/S") == 0
    wine.run(program / "Uninstall.exe", "/S", "/REMOVEDATA")
    assert not (program / "balie.exe").exists()
    assert not data.exists(), "/REMOVEDATA removes the data folder"
