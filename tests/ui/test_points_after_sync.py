"""After a check-in the rewards screen (F4) and the pass panel show the points the platform will
hold; after the sync delivered it, the platform's own balance, without counting the check-in twice;
read while it is on its way, UiTPAS's figure marked as being confirmed.
(The offline case, a pass read before the sync, is tested in tests/core/test_counter.py.)"""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from balie.domain import OutboxStatus
from balie.ui.banner import BannerKind
from tests.ui.conftest import identify
from tests.ui.test_rewards_view import _on_rewards_screen


def test_check_in_then_f4_shows_the_new_balance_before_and_after_sync(counter_app, qtbot):
    window = counter_app.window
    identify(qtbot, counter_app, "regular")  # Lotte, 30 points
    qtbot.keyClick(window, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: window.view.banner.kind is BannerKind.OK, timeout=5000)
    earned = window.view.current_event().checkin_points
    assert earned > 0
    seen = _on_rewards_screen(qtbot, window, lambda d: d.reject())
    assert seen["points"] == f"Punten: {30 + earned}"
    composition = counter_app.composition
    assert composition.sync.drain().confirmed == 1  # "Nu synchroniseren"
    (item,) = composition.store.outbox.in_status(OutboxStatus.CONFIRMED)
    assert item.kind.value == "CHECKIN"
    identify(qtbot, counter_app, "regular")  # read again: the platform's balance, no double count
    assert window.view.pass_panel.points.text() == f"Punten: {30 + earned}"
    seen = _on_rewards_screen(qtbot, window, lambda d: d.reject())
    assert seen["points"] == f"Punten: {30 + earned}"


def test_points_read_while_a_check_in_is_on_its_way_are_marked_and_never_counted_twice(
        counter_app, qtbot, platform):
    """The tap's confirmation reads the pass while the sync worker's check-in is in flight
    (UiTPAS answers check-ins after 6 s here): whether that balance holds the check-in is
    unknown, so the panel shows UiTPAS's figure marked "wordt bevestigd", never the check-in
    added to a balance that may already hold it; once the sync confirmed it, the counter reads
    the pass again by itself and the mark goes."""
    window = counter_app.window
    composition = counter_app.composition
    identify(qtbot, counter_app, "regular")  # Lotte, 30 points
    qtbot.keyClick(window, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: window.view.banner.kind is BannerKind.OK, timeout=5000)
    earned = window.view.current_event().checkin_points
    (queued,) = composition.store.outbox.in_status(OutboxStatus.PENDING)
    platform.set_faults(latency_ms=6000, paths=["/checkins"])  # far longer than a tap on a busy machine
    confirmed: list[int] = []
    sync = threading.Thread(target=lambda: confirmed.append(composition.sync.drain().confirmed))
    sync.start()
    try:
        qtbot.waitUntil(lambda: composition.store.outbox.get(queued.client_uuid).status
                        is not OutboxStatus.PENDING, timeout=5000)
        identify(qtbot, counter_app, "regular")  # read while the check-in is on its way
        shown = window.view.pass_panel.points.text()
        assert shown in ("Punten: 30 (wordt bevestigd)",
                         f"Punten: {30 + earned} (wordt bevestigd)"), shown
        seen = _on_rewards_screen(qtbot, window, lambda d: d.reject())
        assert seen["points"] == shown, "F4 marks the same figure as the pass panel"
    finally:
        sync.join(60)
        platform.clear_faults()
    assert confirmed == [1]
    # the delivery round's report makes the counter read the pass again: settled, no tap needed
    def settled() -> None:
        shown = window.view.pass_panel.points.text()
        assert shown == f"Punten: {30 + earned}", f"after the sync the panel still says {shown!r}"

    qtbot.waitUntil(settled, timeout=10000)
    identify(qtbot, counter_app, "regular")
    assert window.view.pass_panel.points.text() == f"Punten: {30 + earned}"
