"""Counter PCs have small screens: at 1366×768, 1280×1024 and 1920×1080 at 125 % and 150 %
scaling, every main screen keeps the window's size and shows each button's and label's text
whole (QFontMetrics against the widget's geometry), with nothing outside the window.

Windows scaling makes a window's logical size smaller with the same fonts in points, so each
screen is played at its logical size (tests/ui/fit.py). Training mode with its practice cards is
the widest case; the lock screen comes first, as at a real start.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt

from balie.app import build_window, compose_training
from balie.operators import ScryptParams
from tests.ui.conftest import identify
from tests.ui.fit import SCREENS, assert_fits, misfits

FAST = ScryptParams(n=16, r=1, p=1)


def settle(qtbot, window, size: QSize) -> None:
    """Laid out at ``size`` once the last text changed (a text can change a minimum)."""
    qtbot.waitUntil(lambda: not window.runner.busy and not window.status_runner.busy,
                    timeout=10000)
    window.resize(size)
    qtbot.wait(50)  # one round of posted layout requests, nothing to wait on but the event loop
    window.resize(size)


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_main_screen_fits_the_counter_screen(screen, themed, platform, tmp_path, qtbot):
    size = SCREENS[screen]
    composition = compose_training(tmp_path / "counter", platform, operators=True,
                                   operator_scrypt=FAST)
    running = build_window(composition, with_reader=False, virtual_cards="direct",
                           start_sync=False, backup_delay=600.0)
    window = running.window
    try:
        qtbot.addWidget(window)
        window.resize(size)
        window.show()
        window.start()
        lock = window.lock_screen
        qtbot.waitUntil(lambda: len(lock.operator_buttons) == 3, timeout=10000)
        settle(qtbot, window, size)
        assert_fits(window, size, f"{screen}, lock screen")

        digit = next(i for i, b in enumerate(lock.operator_buttons, start=1)
                     if "Kassier" in b.text())
        lock.choose(digit)  # this test is about sizes; signing in by keys has its own tests
        qtbot.keyClicks(lock.pin_field, "2580")
        qtbot.keyClick(lock.pin_field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not window.locked, timeout=10000)
        qtbot.waitUntil(lambda: window.view.event_combo.count() > 0, timeout=10000)
        settle(qtbot, window, size)
        assert window.training_dock is not None and window.training_dock.isVisible()
        assert_fits(window, size, f"{screen}, counter without a pass")

        for key in ("kansen_active", "group", "blocked"):
            identify(qtbot, running, key)
            settle(qtbot, window, size)
            assert_fits(window, size, f"{screen}, pass {key}")
        identify(qtbot, running, "kansen_active")
        window.view.sell()
        qtbot.waitUntil(lambda: window.view.banner.kind.value == "ok", timeout=10000)
        settle(qtbot, window, size)
        assert_fits(window, size, f"{screen}, after a sale")

        window.training_dock.set_folded(True)
        settle(qtbot, window, size)
        assert_fits(window, size, f"{screen}, practice cards folded")
    finally:
        running.stop()


def test_the_checker_sees_a_clipped_button(platform, tmp_path, qtbot):
    """The fit check itself: a button squeezed below its text is reported, with its text."""
    from PySide6.QtWidgets import QPushButton, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 100)
    button = QPushButton("F8  Laatste actie annuleren", window)
    button.setGeometry(0, 0, 60, 40)
    outside = QPushButton("OK", window)
    outside.setGeometry(280, 0, 60, 40)
    window.show()
    found = {m.text: m.why for m in misfits(window)}
    assert "needs" in found["F8  Laatste actie annuleren"]
    assert "outside the window" in found["OK"]
