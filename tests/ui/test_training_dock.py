"""Training mode's virtual cards: a click puts the demo pass on the vpcd reader (real PC/SC path)."""

from __future__ import annotations

from balie.app import build_window, compose_training
from balie.training import demo


def test_demo_pass_button_taps_through_the_virtual_reader_and_shows_the_pass(
        pcscd, platform, tmp_path, qtbot):
    running = build_window(compose_training(tmp_path / "counter", platform), with_reader=True,
                           virtual_cards=True)
    try:
        window = running.window
        qtbot.addWidget(window)
        window.show()
        window.start()
        dock = window.training_dock
        assert dock is not None
        assert set(dock.buttons) == set(demo.PASSES)
        qtbot.waitUntil(lambda: window.view.event_combo.count() > 0, timeout=10000)
        name = demo.PASSES["kansen_grace"].first_name
        for _attempt in range(2):  # like a cashier: when the first tap was not read, tap again
            dock.buttons["kansen_grace"].click()
            try:
                qtbot.waitUntil(lambda: window.view.pass_panel.who.text().startswith(name),
                                timeout=6000)
                break
            except Exception:  # noqa: BLE001 - the second attempt decides
                continue
        assert window.view.pass_panel.who.text().startswith(name)
        assert window.view.pass_panel.view.pass_.chip_number is not None
    finally:
        running.stop()
