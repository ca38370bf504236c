"""Ctrl+H: the pass holder's history, from UiTPAS when it answers, else this counter's records —
and the screen says which of the two the cashier is looking at."""

from __future__ import annotations

from PySide6.QtCore import Qt

from balie.ui.banner import BannerKind
from tests.ui.conftest import identify


def _check_in(qtbot, running) -> None:
    window = running.window
    qtbot.keyClick(window, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: window.view.banner.kind in (BannerKind.OK, BannerKind.REFUSED),
                    timeout=8000)
    assert window.view.banner.kind is BannerKind.OK, window.view.banner.text()


def _open_history(qtbot, running):
    running.window.activateWindow()
    qtbot.waitUntil(running.window.isActiveWindow, timeout=10000)
    qtbot.keyClick(running.window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    history = running.window.history_view
    assert history is not None and history.isVisible()
    qtbot.waitUntil(lambda: history._history is not None, timeout=10000)
    return history


def _rows(table) -> list[str]:
    return [" | ".join(table.item(r, c).text() for c in range(table.columnCount()))
            for r in range(table.rowCount())]


def test_history_from_uitpas_lists_a_delivered_check_in_and_says_it_comes_from_uitpas(
        counter_app, qtbot):
    identify(qtbot, counter_app, "regular")
    _check_in(qtbot, counter_app)
    event = counter_app.window.view.current_event()
    history = _open_history(qtbot, counter_app)
    assert "Van UiTPAS" in history.source.text()
    assert history.pending.isVisible(), "the check-in is still waiting in this counter's queue"
    assert any("Check-in" in row and "nog niet bij UiTPAS" in row for row in _rows(history.pending))
    history.hide()

    counter_app.window.sync_requested.emit()
    counter = counter_app.composition.counter
    qtbot.waitUntil(lambda: counter.queue_stats().length == 0, timeout=10000)
    history = _open_history(qtbot, counter_app)
    assert any(f"Check-in: {event.name}" in row and "bij UiTPAS" in row
               for row in _rows(history.table))
    assert not history.pending.isVisible()


def test_offline_history_shows_this_counters_own_actions_clearly_labelled(
        counter_app, platform, qtbot):
    identify(qtbot, counter_app, "regular")  # seen online once: known on this counter
    platform.set_faults(refuse_connections=True)
    try:
        identify(qtbot, counter_app, "regular")
        _check_in(qtbot, counter_app)
        history = _open_history(qtbot, counter_app)
        assert "Enkel van deze balie" in history.source.text()
        assert "niet bereikbaar" in history.source.text()
        assert history.source.property("state") == "local"
        rows = _rows(history.table)
        assert len(rows) == 1 and "Check-in" in rows[0] and "nog niet bij UiTPAS" in rows[0]
    finally:
        platform.clear_faults()


def test_history_without_a_pass_on_screen_asks_for_one(counter_app, qtbot):
    qtbot.keyClick(counter_app.window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert counter_app.window.history_view is None
    assert counter_app.window.view.banner.kind is BannerKind.INFO
    assert "eerst een pas" in counter_app.window.view.banner.text()


def test_an_offline_sale_shows_when_the_cashier_made_it_with_the_sync_time_beside_it(
        counter_app, platform, qtbot):
    """Made at the counter at t, registered by UiTPAS 8 minutes later when the line came back:
    the history says t (Brussels time), and UiTPAS's time beside it."""
    from datetime import timedelta

    from balie.domain import BRUSSELS, utcnow

    window = counter_app.window
    identify(qtbot, counter_app, "kansen_active")  # known on this counter
    platform.set_faults(refuse_connections=True)
    try:
        identify(qtbot, counter_app, "kansen_active")
        made = utcnow()
        qtbot.keyClick(window, Qt.Key.Key_F2)
        qtbot.waitUntil(lambda: window.view.banner.kind is BannerKind.OK, timeout=8000)
    finally:
        platform.clear_faults()
    synced = made + timedelta(minutes=8)
    platform.set_clock(synced)  # the line comes back 8 minutes later
    try:
        window.sync_requested.emit()
        counter = counter_app.composition.counter
        qtbot.waitUntil(lambda: counter.queue_stats().length == 0, timeout=10000)
        history = _open_history(qtbot, counter_app)
    finally:
        platform.set_clock(None)
    assert "Van UiTPAS" in history.source.text()
    sale = next(row for row in _rows(history.table) if row.split(" | ")[1].startswith("Ticket"))
    local = made.astimezone(BRUSSELS)
    when = sale.split(" | ")[0]
    assert when.startswith(local.strftime("%d/%m/%Y")), sale
    assert when.split(" (")[0][-5:] in {local.strftime("%H:%M"),
                                        (local + timedelta(minutes=1)).strftime("%H:%M")}, sale
    assert f"(bij UiTPAS {synced.astimezone(BRUSSELS).strftime('%H:%M')})" in when, sale
