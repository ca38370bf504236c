"""No traceback in front of a user: every subcommand, given what a support engineer or a hostile
user can give it on a live counter (sealed store, key in the OS keyring), answers with a Dutch
message and a non-zero exit, never a Python traceback.

One live counter per case (tests.fixtures.cli_counter); each case names what is wrong. The disk
cases that need a real full or read-only file system (tmpfs mounts, root) are in
test_cli_disk_trouble.py; the missing and wrong key of sync, report, import and doctor in
test_cli_live.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.fixtures.cli_counter import SUPERVISOR, CliCounter

#: Dutch words one of which every refusal here carries (the message, or its next step)
DUTCH = ("niet", "geen", "kan", "moet", "ongeldig", "onbekend", "bestaat", "Geldig", "fout",
         "onleesbaar", "is een map")


def _config_is_a_folder(c: CliCounter) -> list[str]:
    folder = c.root / "balie.ini.d"
    folder.mkdir()
    return ["--config", str(folder)]


def _config_is_not_text(c: CliCounter) -> list[str]:
    ini = c.root / "garbage.ini"
    ini.write_bytes(b"\xff\xfe\x00[platform\x00\x9c\x81 environment=")
    return ["--config", str(ini)]


def _config_is_not_ini(c: CliCounter) -> list[str]:
    ini = c.root / "broken.ini"
    ini.write_text("environment = test\n[platform\nno section header above\n", encoding="utf-8")
    return ["--config", str(ini)]


def _environment_unknown(c: CliCounter) -> list[str]:
    assert c.config is not None
    c.config.write_text(c.config.read_text(encoding="utf-8").replace(
        "environment = test", "environment = productie"), encoding="utf-8")
    return []


def _key_missing(c: CliCounter) -> list[str]:
    assert c.vault is not None
    c.vault.write_text("{}", encoding="utf-8")  # another user's keyring: no key for this store
    return []


def _data_dir_is_a_file(c: CliCounter) -> list[str]:
    a_file = c.root / "not-a-folder"
    a_file.write_text("x", encoding="utf-8")
    return ["--data-dir", str(a_file)]


def _nothing(_c: CliCounter) -> list[str]:
    return []


def _a_file(c: CliCounter) -> Path:
    path = c.root / "a-file.txt"
    path.write_text("x", encoding="utf-8")
    return path


Setup = Callable[[CliCounter], list[str]]
CASES: list[tuple[str, Setup, Callable[[CliCounter], list[str]], str]] = [
    # (what is wrong, setup giving extra options, the command line, a word the message has)
    *[(f"{cmd}: config is a folder", _config_is_a_folder, lambda _c, cmd=cmd: [cmd], "")
      for cmd in ("sync", "report", "doctor", "support-bundle", "restore")],
    ("report: config is not text", _config_is_not_text, lambda _c: ["report"], ""),
    ("sync: config is not an INI file", _config_is_not_ini, lambda _c: ["sync"],
     "regel 1 staat vóór de eerste [sectie]"),
    *[(f"{cmd}: unknown environment", _environment_unknown, lambda _c, cmd=cmd: [cmd],
       "productie") for cmd in ("sync", "report", "doctor", "restore")],
    ("restore: key missing", _key_missing,
     lambda c: ["restore", str(c.root / "none.sqlite3"), "--operator", SUPERVISOR[0]], ""),
    ("report: data dir is a file", _data_dir_is_a_file, lambda _c: ["report"], ""),
    ("sync: data dir is a file", _data_dir_is_a_file, lambda _c: ["sync"], ""),
    ("report: csv under a file", _nothing,
     lambda c: ["report", "--csv", str(_a_file(c) / "day.csv")], ""),
    ("report: csv is a folder", _nothing, lambda c: ["report", "--csv", str(c.root)], ""),
    ("report: day is not a date", _nothing, lambda _c: ["report", "--day", "gisteren"],
     "JJJJ-MM-DD"),
    ("support-bundle: output under a file", _nothing,
     lambda c: ["support-bundle", "-o", str(_a_file(c) / "b.zip")], ""),
    ("import: file missing", _nothing,
     lambda c: ["import", str(c.root / "none.csv"), "--operator", "an"], ""),
    ("import: file is a folder", _nothing,
     lambda c: ["import", str(c.root), "--operator", "an"], ""),
    ("restore: copy is a folder", _nothing,
     lambda c: ["restore", str(c.root), "--operator", SUPERVISOR[0]], ""),
    ("training-platform: port out of range", _nothing,
     lambda _c: ["training-platform", "--port", "99999"], ""),
    ("training-platform: port negative", _nothing,
     lambda _c: ["training-platform", "--port", "-5"], ""),
    ("sync: platform url is not a url", _nothing,
     lambda _c: ["sync", "--platform-url", "kassa-platform"], ""),
]


@pytest.mark.parametrize("cli_counter", ["live"], indirect=True)
@pytest.mark.parametrize(("setup", "argv", "word"), [pytest.param(s, a, w, id=i)
                                                     for i, s, a, w in CASES])
def test_bad_input_is_a_dutch_message_and_a_non_zero_exit(cli_counter: CliCounter, setup: Setup,
                                                          argv: Callable[[CliCounter], list[str]],
                                                          word: str):
    extra = setup(cli_counter)
    result = cli_counter.balie(*argv(cli_counter), last=tuple(extra),
                               env={"BALIE_PIN": SUPERVISOR[3]})
    text = result.stdout + result.stderr
    assert "Traceback" not in text and "Error:" not in text, text
    assert result.returncode != 0, text
    assert any(w in text for w in DUTCH), text
    assert word in text, text


@pytest.mark.parametrize("cli_counter", ["live"], indirect=True)
def test_the_support_bundle_is_made_without_the_key_and_says_so(cli_counter: CliCounter):
    """The one command that goes on without the key: the helpdesk needs the bundle most then."""
    import zipfile

    _key_missing(cli_counter)
    out = cli_counter.root / "b.zip"
    result = cli_counter.balie("support-bundle", "-o", str(out))
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    with zipfile.ZipFile(out) as zf:
        assert "[FOUT] Sleutel van de databank" in zf.read("doctor.txt").decode("utf-8")
