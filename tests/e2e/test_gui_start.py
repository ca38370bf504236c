"""`balie gui`: training mode starts a marked counter; an unconfigured counter says so plainly."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

import balie.ui  # noqa: F401 - PySide6 6.12 guard before Qt calls
from balie import app as composition
from balie.cli import EXIT_NEEDS_ACTION

ROOT = Path(__file__).resolve().parents[2]


def _isolated_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    return env


def test_gui_without_configuration_says_the_counter_is_not_set_up(tmp_path):
    result = subprocess.run([sys.executable, "-m", "balie", "gui", "--data-dir", str(tmp_path)],
                            cwd=ROOT, env=_isolated_env(tmp_path), capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == EXIT_NEEDS_ACTION
    assert "niet ingesteld" in result.stderr
    assert "--training" in result.stderr  # and how to practise meanwhile


def test_not_set_up_dialog_is_dutch_with_the_next_step(qtbot):
    problem = composition.check_configured(_DefaultConfig())
    assert problem is not None
    box = composition.refusal_dialog(problem)
    qtbot.addWidget(box)
    assert "niet ingesteld" in box.text()
    assert "beheerder" in box.informativeText()


class _DefaultConfig:
    """The built-in defaults: training environment, no client, no organizer."""

    def get(self, section: str, key: str) -> str:
        from balie.config import DEFAULTS

        return DEFAULTS[section][key]


def test_gui_training_shows_the_counter_marked_oefenmodus(tmp_path, qtbot):
    args = argparse.Namespace(data_dir=None, platform_url=None, auth_url=None)
    running = composition.start_gui(training=True, data_dir=tmp_path, config_path=None,
                                    overrides_from=args, with_reader=False)
    try:
        window = running.window
        qtbot.addWidget(window)
        window.show()
        assert window.training_mark.isVisible()
        assert "OEFENMODUS" in window.training_mark.text()
        assert window.training_dock is not None and window.training_dock.buttons
        qtbot.waitUntil(lambda: window.view.event_combo.count() > 0, timeout=10000)
        assert (tmp_path / "training-platform").is_dir(), "platform data in the data dir"
        lock = window.lock_screen
        assert window.locked and lock is not None  # the demo staff signs in first
        qtbot.waitUntil(lambda: len(lock.operator_buttons) == 3, timeout=5000)
        assert "Kassier 2580" in lock.training_hint.text()
        lock.choose(1)
        qtbot.keyClicks(lock.pin_field, "2580")
        qtbot.keyClick(lock.pin_field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not window.locked, timeout=5000)
        assert window.view.scan_field.isEnabled()
        assert running.composition.counter.operator.name == "Kassier"
    finally:
        running.stop()
