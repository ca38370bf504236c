"""At start the counter is ready to scan with the events and prices in its store: it does not
wait for the platform, and a scan before the event list is on screen still gets its price."""

from __future__ import annotations

import time

from balie.app import build_window, compose_training
from tests.ui.conftest import chip_of, identify, open_counter


def test_a_tap_right_after_start_is_priced_from_the_store_while_the_platform_is_slow(
        platform, tmp_path, qtbot):
    first = open_counter(platform, tmp_path, qtbot, start_sync=False)  # yesterday's session
    view = first.window.view
    view.event_combo.setCurrentIndex(view.event_combo.count() - 1)  # the cashier's choice
    identify(qtbot, first, "kansen_active")  # a regular visitor: known to this counter
    chosen = view.current_event()
    first.stop()

    platform.set_faults(latency_ms=5000)  # the platform is slow this morning
    started = time.perf_counter()
    composition = compose_training(tmp_path / "counter", platform, sync_interval=30.0,
                                   organizer_key="pool")
    running = build_window(composition, with_reader=False, virtual_cards=False,
                           start_sync=False)
    try:
        window = running.window
        qtbot.addWidget(window)
        window.show()
        window.start()
        assert window.view.event_combo.count() == 0, "tapped before the list is on screen"
        with qtbot.waitSignal(window.view.identified, timeout=5000) as painted:
            running.signals.card_tapped.emit("Virtual PCD 00 00", chip_of("kansen_active"))
        shown = painted.args[0]
        assert time.perf_counter() - started < 3.0, "nothing waited for the 5 s platform"
        assert shown.offers, "the first tap got a price"
        assert shown.handle.event.id == chosen.id, "on the event chosen last time"
        assert window.view.pass_panel.price.text()
        assert window.view.event_combo.count() > 0
        assert window.view.current_event().id == chosen.id
    finally:
        platform.clear_faults()
        running.stop()
