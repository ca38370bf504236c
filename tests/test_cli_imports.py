"""``balie --help`` answers without loading the heavy parts: the composition root imports Qt, HTTP
and PC/SC inside the functions that need them, and ``balie.app`` (which holds the subcommands)
loads its modules only when a name is used, so the command-line tools, and a support engineer
asking for help on a slow PC, never pay for a GUI or a store they do not open."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

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


#: runs the console entry once in a fresh interpreter, then reports which of the named modules
#: (prefixes) were loaded
AFTER_ONE = """
import io, json, sys
from contextlib import redirect_stdout
from balie.cli import main

names, argv = json.loads(sys.argv[1]), json.loads(sys.argv[2])
with redirect_stdout(io.StringIO()) as text:
    code = main(argv)
loaded = sorted(n for n in names if any(m == n or m.startswith(n + ".") for m in sys.modules))
print(json.dumps({"code": code, "text": text.getvalue(), "loaded": loaded}))
"""


def test_day_report_loads_no_gui_http_reader_or_decision_rules(cli_counter):
    """``balie report --day`` must answer within a second on a year of data, and most of that is
    the process start: it opens the store and sums a day, so it loads none of the counter's
    decision rules, HTTP, Qt or PC/SC (and the OS keyring only for a sealed store's key)."""
    unwanted = ["PySide6", "requests", "smartcard", "balie.decide", "balie.counter", "keyring",
                "balie.privacy"]
    out = subprocess.run([sys.executable, "-c", AFTER_ONE, json.dumps(unwanted),
                          json.dumps(["report", "--day", "2026-11-25", *cli_counter.where()])],
                         capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=90,
                         env={**os.environ, **cli_counter.env})
    assert out.returncode == 0, out.stderr[-3000:]
    report = json.loads(out.stdout.splitlines()[-1])
    assert report["code"] == 0 and "Dagrapport 25-11-2026" in report["text"], report
    allowed = ["balie.privacy", "keyring"] if cli_counter.live else []
    assert report["loaded"] == allowed, f"balie report loaded {report['loaded']}"


#: records which of the named modules were loaded when PySide6 was first asked for
BEFORE_QT = """
import json, sys
from importlib.abc import MetaPathFinder

names = json.loads(sys.argv[1])
seen = {}

class FirstQt(MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if fullname == "PySide6" and not seen:
            seen["loaded"] = sorted(n for n in names if n in sys.modules)
        return None

sys.meta_path.insert(0, FirstQt())
from balie.app.commands.gui import load_parts
load_parts(training=sys.argv[2] == "training")
seen["keyring"] = "keyring" in sys.modules
print(json.dumps(seen))
"""


@pytest.mark.parametrize("mode", ["training", "live"])
def test_gui_loads_the_counter_core_before_qt_and_no_keyring(mode):
    """PySide6's import hook reads the source text of every module imported after it (~0.1 s
    over a start): ``balie gui`` loads the parts that do not use Qt first, and none of them may
    pull Qt in early (a Qt import at the top of the composition root would undo it silently).
    The keyring (~25 ms) is loaded by whoever reads a secret, which a training start never does."""
    core = ["sqlalchemy", "balie.store", "balie.counter", "balie.app.compose", "balie.app.window",
            "requests", "balie.sync.client", "balie.sync.auth", "balie.sync.worker"]
    if mode == "training":
        core += ["balie.training", "balie.training.server"]
    out = subprocess.run([sys.executable, "-c", BEFORE_QT, json.dumps(core), mode],
                         capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=90)
    assert out.returncode == 0, out.stderr[-3000:]
    seen = json.loads(out.stdout.splitlines()[-1])
    assert seen, "load_parts never imported PySide6"
    assert seen["loaded"] == sorted(core), \
        f"not loaded before Qt: {sorted(set(core) - set(seen['loaded']))}"
    # the OS keyring comes with a live counter's secrets, not with the platform client
    assert seen["keyring"] is False
