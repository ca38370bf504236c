"""The installer makes the machine-wide balie.ini read-only for ordinary users (issue 12): a
cashier cannot change IT's environment, URLs, policy or organizer, nor replace the file. Checked
in the script (makensis compiling it is tested in test_frozen_build); icacls itself only runs on
Windows."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
USERS, ADMINS, SYSTEM = "*S-1-5-32-545", "*S-1-5-32-544", "*S-1-5-18"


def _script() -> str:
    return (ROOT / "installer" / "balie.nsi").read_text(encoding="utf-8")


def test_machine_ini_is_created_and_locked_after_the_settings_are_written():
    text = _script()
    section = text[text.index('Section "balie (vereist)"'):]
    section = section[:section.index("SectionEnd")]
    assert section.index("Call WriteSettings") < section.index("Call LockMachineSettings")
    function = text[text.index("Function LockMachineSettings"):]
    function = function[:function.index("FunctionEnd")]
    assert 'FileOpen $0 "$DataDir\\balie.ini" w' in function  # exists even without options


def test_users_only_read_the_machine_ini_and_inherit_nothing_from_the_data_dir():
    line = next(line for line in _script().splitlines()
                if "icacls" in line and "balie.ini" in line)
    assert "/inheritance:r" in line  # the data dir's Users:Modify does not flow down
    grants = dict(re.findall(r"(\*S-[0-9-]+):\(?([A-Z,]+)\)?", line.split("/grant:r", 1)[1]))
    assert grants[USERS] == "RX"
    assert grants[ADMINS] == "F" and grants[SYSTEM] == "F"
