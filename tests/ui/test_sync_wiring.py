"""The sync worker behind the counter window: a sale is confirmed within seconds, the status bar
says how things stand, "Nu synchroniseren" never blocks, refusals reach the cashier."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from balie.domain import OutboxStatus, utcnow
from balie.ui.banner import BannerKind
from tests.ui.conftest import identify, number_of


def _sell(qtbot, running) -> None:
    window = running.window
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.view.banner.kind in (BannerKind.OK, BannerKind.REFUSED),
                    timeout=5000)
    assert window.view.banner.kind is BannerKind.OK, window.view.banner.text()


def test_sale_goes_from_queue_to_platform_within_seconds(synced_app, platform, qtbot):
    window = synced_app.window
    qtbot.waitUntil(lambda: window.status.online_label.text() == "Online", timeout=10000)
    identify(qtbot, synced_app, "kansen_active")
    _sell(qtbot, synced_app)
    qtbot.waitUntil(lambda: platform.count_ticket_sales(
        uitpas_number=number_of("kansen_active")) == 1, timeout=8000)
    store = synced_app.composition.store
    qtbot.waitUntil(lambda: store.outbox.stats().length == 0, timeout=5000)
    qtbot.waitUntil(lambda: window.status.queue_label.text() == "Wachtrij: 0 acties",
                    timeout=8000)
    assert window.status.online_label.property("state") == "online"
    assert not window.status.attention_label.isVisible()


def test_sync_now_key_delivers_without_freezing_the_window(counter_app, platform, qtbot):
    window = counter_app.window
    identify(qtbot, counter_app, "regular")
    qtbot.keyClick(window, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: window.view.banner.kind is BannerKind.OK, timeout=5000)
    qtbot.waitUntil(lambda: "1" in window.status.queue_label.text(), timeout=8000)
    assert "oudste" in window.status.queue_label.text()
    platform.set_faults(latency_ms=2000)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    # the delivery takes at least 2 s: had F5 waited for it, the check-in would be there already
    assert platform.count_checkins(uitpas_number=number_of("regular")) == 0, \
        "F5 returns at once; delivery runs elsewhere"
    qtbot.waitUntil(lambda: platform.count_checkins(uitpas_number=number_of("regular")) == 1,
                    timeout=10000)
    qtbot.waitUntil(lambda: window.status.queue_label.text() == "Wachtrij: 0 acties",
                    timeout=8000)


def test_platform_refusal_in_the_queue_warns_the_cashier_and_counts_as_to_handle(
        counter_app, platform, qtbot):
    window = counter_app.window
    identify(qtbot, counter_app, "regular")
    qtbot.keyClick(window, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: window.view.banner.kind is BannerKind.OK, timeout=5000)
    platform.set_clock(utcnow() + timedelta(days=20))  # the swim event's check-in window is over
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.view.banner.kind is BannerKind.WARNING, timeout=10000)
    assert "weigerde 1" in window.view.banner.text() and "F10" in window.view.banner.text()
    qtbot.waitUntil(lambda: window.status.attention_label.isVisible(), timeout=8000)
    assert window.status.attention_label.text().startswith("Te behandelen: 1")
    items = counter_app.composition.store.outbox.needs_attention()
    assert [i.status for i in items] == [OutboxStatus.NEEDS_ATTENTION]


def test_unreachable_platform_shows_offline_and_keeps_the_queue(counter_app, platform, qtbot):
    window = counter_app.window
    identify(qtbot, counter_app, "regular")
    qtbot.keyClick(window, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: window.view.banner.kind is BannerKind.OK, timeout=5000)
    platform.set_faults(refuse_connections=True)
    try:
        qtbot.keyClick(window, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: window.status.online_label.text() == "Offline", timeout=10000)
        assert window.status.online_label.property("state") == "offline"
        assert counter_app.composition.store.outbox.stats().length == 1
    finally:
        platform.clear_faults()
