"""F5 means "synchronise now": the waiting time after an outage is skipped, the banner says it is
busy and then how it went ("1 verstuurd, 0 te behandelen"), and the status bar is fresh at once."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from balie.domain import OutboxStatus, utcnow
from balie.ui.banner import BannerKind
from tests.ui.conftest import identify, number_of


def _check_in(qtbot, running) -> None:
    window = running.window
    qtbot.keyClick(window, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: window.view.banner.kind is BannerKind.OK, timeout=5000)


def test_f5_after_an_outage_sends_at_once_and_says_how_many(counter_app, platform, qtbot):
    window = counter_app.window
    store = counter_app.composition.store
    identify(qtbot, counter_app, "regular")
    _check_in(qtbot, counter_app)
    platform.set_faults(refuse_connections=True)
    try:
        qtbot.keyClick(window, Qt.Key.Key_F5)
        assert window.view.banner.text() == "Synchroniseren…", "F5 shows it is busy at once"
        qtbot.waitUntil(lambda: window.view.banner.kind is BannerKind.WARNING, timeout=10000)
        assert window.view.banner.text().startswith("Geen verbinding met UiTPAS: 1 actie wacht nog.")
        assert "F5" in window.view.banner.text()
        qtbot.waitUntil(lambda: window.status.online_label.text() == "Offline", timeout=5000)
    finally:
        platform.clear_faults()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.view.banner.kind is BannerKind.OK, timeout=10000)
    assert window.view.banner.text() == "1 verstuurd, 0 te behandelen"
    assert platform.count_checkins(uitpas_number=number_of("regular")) == 1
    qtbot.waitUntil(lambda: window.status.online_label.text() == "Online", timeout=5000)
    qtbot.waitUntil(lambda: window.status.queue_label.text() == "Wachtrij: 0 acties",
                    timeout=5000)
    assert window.status.sync_label.text().startswith("Laatste synchronisatie: ")
    assert store.outbox.stats().length == 0


def test_f5_skips_the_back_off_of_entries_that_failed_before(counter_app, platform, qtbot):
    """An entry that failed during an outage waits minutes for its next try; F5 sends it now."""
    window = counter_app.window
    store = counter_app.composition.store
    identify(qtbot, counter_app, "regular")
    _check_in(qtbot, counter_app)
    item = store.outbox.in_status(OutboxStatus.PENDING)[0]
    assert store.outbox.mark_retry(item.client_uuid, "connection refused",
                                   utcnow() + timedelta(minutes=3))
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.view.banner.kind is BannerKind.OK, timeout=10000)
    assert window.view.banner.text() == "1 verstuurd, 0 te behandelen"
    assert platform.count_checkins(uitpas_number=number_of("regular")) == 1
