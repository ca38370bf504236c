"""Counter PCs have small screens: at 1366×768, 1280×1024 and 1920×1080 at 125 % and 150 %
scaling, every main screen keeps the window's size and shows each button's and label's text
whole (QFontMetrics against the widget's geometry), with nothing outside the window.

Windows scaling makes a window's logical size smaller with the same fonts in points, so each
screen is played at its logical size (tests/ui/fit.py). Training mode with its practice cards is
the widest case; the lock screen comes first, as at a real start.
"""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel

from balie.app import build_window, compose_training
from balie.domain import PassType, TariffType, utcnow
from balie.operators import ScryptParams
from balie.ui.port import HistoryKind, HistoryState, TodayLine
from tests.ui.conftest import chip_of, identify
from tests.ui.fit import SCREENS, assert_fits, misfits
from tests.ui.test_confirm_online import _set_kansenstatuut

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


#: the long name of a group pass (a school, a youth club): it wraps, it never widens the window
LONG_NAME = "Jeugdwerking De Grote Speelpleinwerking van Sint-Gillis-Waas en Omstreken"


def _today_lines(count: int) -> list[TodayLine]:
    """What a busy customer did today: sales, check-ins and a reward, in every state."""
    start = utcnow() - timedelta(hours=count)
    kinds = (HistoryKind.SALE, HistoryKind.CHECKIN, HistoryKind.REWARD)
    states = (HistoryState.PENDING, HistoryState.REGISTERED, HistoryState.CANCELLED)
    return [TodayLine(client_uuid=f"line-{n}", at=start + timedelta(minutes=10 * n),
                      kind=kinds[n % 3], title="Zwemmen in het stedelijk zwembad De Vijvers",
                      tariff="Kansentarief", amount_cents=110, count=1 + n % 3,
                      state=states[n % 3]) for n in range(count)]


@pytest.mark.parametrize("screen", ["1366x768", "1920x1080@150%"])
def test_every_counter_state_fits_with_the_theme(screen, themed, platform, tmp_path, qtbot):
    """The counter view in each state a busy day brings, with the real theme, at the two
    smallest screens: the window keeps its size and every text is whole. Offline, the
    provisional mark and the two-line banner of an offline sale; the price changed by UiTPAS;
    a heavy case at once: the price change's warning with a long group name, a platform
    message, three offers and a today strip with six lines; an uncertain price with its notes."""
    size = SCREENS[screen]
    composition = compose_training(tmp_path / "counter", platform, operators=True,
                                   operator_scrypt=FAST, organizer_key="pool")
    running = build_window(composition, with_reader=False, virtual_cards="direct",
                           start_sync=False, backup_delay=600.0)
    window = running.window
    view = window.view
    try:
        qtbot.addWidget(window)
        window.resize(size)
        window.show()
        window.start()
        lock = window.lock_screen
        qtbot.waitUntil(lambda: len(lock.operator_buttons) == 3, timeout=10000)
        digit = next(i for i, b in enumerate(lock.operator_buttons, start=1)
                     if "Kassier" in b.text())
        lock.choose(digit)
        qtbot.keyClicks(lock.pin_field, "2580")
        qtbot.keyClick(lock.pin_field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not window.locked, timeout=10000)
        qtbot.waitUntil(lambda: view.event_combo.count() > 0, timeout=10000)
        for key in ("kansen_active", "kansen_expired"):  # known to this counter from now on
            identify(qtbot, running, key)

        platform.set_faults(refuse_connections=True)
        try:
            identify(qtbot, running, "kansen_active")
            assert view.pass_panel.provisional.isVisible()
            settle(qtbot, window, size)
            assert_fits(window, size, f"{screen}, offline, provisional price")
            view.sell()
            qtbot.waitUntil(lambda: view.banner.kind.value == "ok" and not window.runner.busy,
                            timeout=10000)
            assert "\n" in view.banner.text(), "an offline sale says so on a second line"
            qtbot.waitUntil(lambda: len(view.today_strip.lines) == 1, timeout=5000)
            settle(qtbot, window, size)
            assert_fits(window, size, f"{screen}, offline sale")
        finally:
            platform.clear_faults()

        _set_kansenstatuut(platform, "kansen_expired", "ACTIVE")  # renewed since last seen
        # a tap while a sale is still on its way waits for the cashier: let it land first
        qtbot.waitUntil(lambda: not window.runner.busy and not view.confirm_runner.busy
                        and not view.half_done(), timeout=10000)
        platform.set_faults(latency_ms=300)
        with qtbot.waitSignal(view.confirmed, timeout=10000):
            running.signals.card_tapped.emit("Virtual PCD 00 00", chip_of("kansen_expired"))
        platform.clear_faults()
        assert "Prijs gewijzigd" in view.banner.text()
        settle(qtbot, window, size)
        assert_fits(window, size, f"{screen}, price changed by UiTPAS")

        shown = view.pass_panel.view
        assert shown is not None
        offers = shown.offers + (dataclasses.replace(
            shown.offers[0], type=TariffType.COUPON, name="Zomerbon jeugdwerking 2026",
            remaining=3),)
        worst = dataclasses.replace(
            shown, pass_=dataclasses.replace(shown.pass_, first_name=LONG_NAME,
                                             pass_type=PassType.GROUP),
            offers=offers, platform_messages=("Deze groep heeft vandaag al een activiteit "
                                              "gedaan in een andere gemeente.",))
        view.pass_panel.show_view(worst)
        view.today_strip.show_lines(_today_lines(6))
        settle(qtbot, window, size)
        assert view.today_strip.isVisible() and len(view.today_strip.lines) == 4
        assert "(+2 eerder)" in view.today_strip.title.text()
        assert "Prijs gewijzigd" in view.banner.text()
        assert_fits(window, size, f"{screen}, price changed, long name, busy customer")
        who = view.pass_panel.who  # two lines of the name at most, the whole name on hover
        assert QLabel.text(who).endswith("…") and LONG_NAME in who.toolTip()

        platform.set_faults(refuse_connections=True)
        try:
            identify(qtbot, running, "minor", tap=False)  # Dender holder, Gent pool, never seen
        finally:
            platform.clear_faults()
        uncertain = view.pass_panel.view
        assert uncertain is not None and uncertain.price_uncertain
        assert view.pass_panel.provisional.isVisible()
        settle(qtbot, window, size)
        assert_fits(window, size, f"{screen}, offline, price uncertain (another region)")

        window.training_dock.set_folded(True)
        settle(qtbot, window, size)
        assert_fits(window, size, f"{screen}, price uncertain, practice cards folded")

        report = window.open_report()  # F11: the day report is a window of its own
        assert report is not None
        qtbot.waitUntil(lambda: report.report is not None and not window.runner.busy,
                        timeout=10000)
        report.resize(size)
        qtbot.wait(50)  # one round of posted layout requests
        report.resize(size)
        assert report.day_label.text() == "&Dag"
        assert_fits(report, size, f"{screen}, day report")
        report.close()
    finally:
        platform.clear_faults()
        running.stop()
