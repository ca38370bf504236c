"""``balie --help`` answers without loading the heavy parts: the composition root imports Qt, HTTP
and PC/SC inside the functions that need them, and ``balie.app`` (which holds the subcommands)
loads its modules only when a name is used, so the command-line tools, and a support engineer
asking for help on a slow PC, never pay for a GUI or a store they do not open."""

from __future__ import annotations

import json
import subprocess
import sys

from balie.cli import COMMANDS

#: what only the GUI, the sync client, the card reader and an opened store need
HEAVY = ("PySide6", "shiboken6", "requests", "smartcard", "sqlalchemy")

#: one fresh interpreter calls the installed console entry point (what `balie` runs) with each
#: argument list in turn, and after each reports its exit code and the heavy modules loaded so
#: far; a module loaded by one help stays loaded, so the first report naming it is the culprit
RUNNER = """
import io, json, sys
from contextlib import redirect_stdout
from importlib.metadata import entry_points

heavy, runs = json.loads(sys.argv[1]), json.loads(sys.argv[2])
(entry,) = entry_points(group="console_scripts", name="balie")
main = entry.load()
for argv in runs:
    text = io.StringIO()
    try:
        with redirect_stdout(text):
            code = main(argv)
    except SystemExit as exc:
        code = exc.code
    loaded = sorted({m.split(".")[0] for m in sys.modules} & set(heavy))
    print(json.dumps({"argv": argv, "code": code, "text": text.getvalue(), "heavy": loaded}))
"""


def test_balie_help_and_every_subcommand_help_load_no_qt_http_pcsc_or_database():
    runs = [["--help"], *([name, "--help"] for name in sorted(COMMANDS))]
    out = subprocess.run([sys.executable, "-c", RUNNER, json.dumps(HEAVY), json.dumps(runs)],
                         capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=90)
    assert out.returncode == 0, out.stderr[-3000:]
    reports = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["argv"] for r in reports] == runs
    for report in reports:
        command = " ".join(["balie", *report["argv"]])
        assert report["code"] == 0 and report["text"].startswith("usage: balie"), \
            f"{command} did not print its help: {report}"
        assert report["heavy"] == [], f"'{command}' loaded {report['heavy']}"
    assert "gui" in COMMANDS  # the one subcommand whose work is all Qt is among those asked


def test_every_name_balie_app_exports_resolves_to_the_module_that_defines_it():
    import importlib

    import balie.app

    for name in balie.app.__all__:
        home = balie.app._HOMES[name]
        assert getattr(balie.app, name) is getattr(importlib.import_module(home), name), name
    assert set(balie.app.__all__) == set(balie.app._HOMES)
