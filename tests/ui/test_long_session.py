"""A counter runs all day: tens of thousands of screen updates must not kill the interpreter.

PySide6 6.12.0 on Python 3.11 leaked a reference to ``None`` on every void Qt call and aborted the
process after ~20,000 of them; pyproject.toml keeps that release out. This test runs a child process
(an abort would take pytest down with it) that updates a label and emits a signal 60,000 times.
"""

from __future__ import annotations

import os
import subprocess
import sys

CHILD = r"""
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

class Bus(QObject):
    ping = Signal(bool)

app = QApplication([])
label, bus = QLabel(), Bus()
bus.ping.connect(label.setVisible)
before = sys.getrefcount(None)
for i in range(60_000):
    label.setText("Kansentarief € 2,00")
    bus.ping.emit(True)
print("ok", sys.getrefcount(None) - before)
"""


def test_a_long_day_of_screen_updates_does_not_crash_the_counter():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                          timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-500:]
    status, leaked = done.stdout.split()
    assert status == "ok" and abs(int(leaked)) < 100
