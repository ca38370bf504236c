"""The ``balie`` front door: every promised subcommand exists, none fakes success. The tests that
read a store run on a training counter and on a live (sealed) one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from balie.cli import COMMANDS, build_parser, main
from tests.fixtures.cli_counter import CliCounter


def test_every_promised_subcommand_is_listed_in_help():
    help_text = build_parser().format_help()
    for name in ("gui", "doctor", "sync", "import", "report", "training-platform", "self-test"):
        assert name in help_text


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_subcommand_accepts_data_dir(name: str, tmp_path: Path):
    positional = ["paper.csv"] if name == "import" else []
    args = build_parser().parse_args([name, *positional, "--data-dir", str(tmp_path)])
    assert args.data_dir == tmp_path


def test_data_dir_before_or_after_the_subcommand_means_the_same(tmp_path: Path):
    parser = build_parser()
    assert parser.parse_args(["--data-dir", str(tmp_path), "report"]).data_dir == tmp_path
    assert parser.parse_args(["report", "--data-dir", str(tmp_path)]).data_dir == tmp_path


def test_a_command_writes_a_log_file_in_the_data_dir(cli_counter: CliCounter, capsys):
    assert main(["report", "--day", "2026-11-25", *cli_counter.where()]) == 0
    assert "Tickets: 0" in capsys.readouterr().out  # the store was read (sealed: with its key)
    assert any((cli_counter.data / "logs").glob("*.log"))


def test_balie_version_runs_as_a_console_script():
    out = subprocess.run([sys.executable, "-m", "balie", "--version"], capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.startswith("balie ")


def test_an_unexpected_error_is_one_dutch_line_and_a_log_entry_not_a_traceback(tmp_path: Path,
                                                                                 capsys):
    """The guard is for what no command foresaw, so no real command triggers it on purpose: a
    minimal command module stands in for one whose disk access failed unexpectedly."""
    import argparse
    import logging
    import types

    from balie.cli import run_guarded

    def run(_args: argparse.Namespace) -> int:
        raise PermissionError(13, "Permission denied", str(tmp_path / "balie.sqlite3"))

    command = types.ModuleType("balie.app.commands.example")
    command.run = run  # type: ignore[attr-defined]
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    logging.getLogger("balie.cli").addHandler(handler)
    try:
        code = run_guarded(command, argparse.Namespace(command="report"))
    finally:
        logging.getLogger("balie.cli").removeHandler(handler)
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "geen schrijfrechten" in err and "balie doctor" in err
    assert records and records[0].exc_info is not None  # the details are in the log


def test_a_command_loads_only_its_own_module_and_a_data_dir_named_like_a_command_works(
        tmp_path: Path):
    """``report --day`` must answer within a second at a year of data: the other commands'
    modules (doctor, support bundle, the GUI) are not loaded for it. A folder called 'gui'
    given before the command still means the data dir."""
    data = tmp_path / "gui"
    data.mkdir()
    code = ("import sys; from balie.cli import main; "
            f"rc = main(['--data-dir', {str(data)!r}, 'report', '--day', '2026-12-06']); "
            "print('RC', rc); print('LOADED', ','.join(m.rsplit('.', 1)[1] for m in sys.modules "
            "if m.startswith('balie.app.commands.')))")
    child = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           timeout=60, check=True)
    lines = dict(line.split(" ", 1) for line in child.stdout.splitlines()
                 if line[:3] in ("RC ", "LOA"))
    assert lines["RC"] == "1", child.stdout  # no store in that folder yet: said so, exit 1
    assert "Er zijn nog geen baliegegevens" in child.stderr and str(data) in child.stderr
    loaded = set(lines["LOADED"].split(","))
    assert "report" in loaded
    assert not loaded & {"doctor", "support_bundle", "gui", "sync", "restore"}, loaded
