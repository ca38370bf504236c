"""The ``balie`` front door: every promised subcommand exists, none fakes success."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from balie.cli import COMMANDS, build_parser, main


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


def test_a_command_writes_a_log_file_in_the_data_dir(tmp_path: Path, capsys):
    main(["report", "--data-dir", str(tmp_path), "--day", "2026-11-25"])
    assert any((tmp_path / "logs").glob("*.log"))


def test_balie_version_runs_as_a_console_script():
    out = subprocess.run([sys.executable, "-m", "balie", "--version"], capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.startswith("balie ")
