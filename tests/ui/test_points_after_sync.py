"""After a check-in the rewards screen (F4) and the pass panel show the points the platform will
hold; after the sync delivered it, the platform's own balance, without counting the check-in twice.
(The offline case, a pass read before the sync, is tested in tests/core/test_counter.py.)"""

from __future__ import annotations

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
