"""The day report after the sync worker delivered offline sales to the real training platform:
what the platform confirmed is no longer marked "not yet confirmed", what it refused still is."""

from __future__ import annotations

from datetime import UTC, datetime

from balie.domain import today_in_brussels
from balie.report import day_report, to_csv, to_text
from balie.store import Store
from balie.training import TrainingPlatform
from tests.sync.test_worker_helpers import make_worker, sell


def test_confirmed_offline_sale_loses_its_provisional_mark_refused_one_keeps_it(
        store: Store, platform: TrainingPlatform) -> None:
    sell(store, "kansen_active", provisional=True)
    sell(store, "kansen_expired", provisional=True)  # the platform refuses this kansentarief
    today = today_in_brussels(datetime.now(UTC))
    assert day_report(store, today).provisional_tickets == 2
    drained = make_worker(store, platform).drain()
    assert drained.confirmed == 1 and drained.rejected == 1
    report = day_report(store, today)
    assert report.tickets == 2 and report.provisional_tickets == 1
    assert "Nog niet bevestigd door UiTPAS: 1 ticket." in to_text(report)
    total = next(row for row in to_csv(report).splitlines() if ";TOTAAL;" in row)
    assert total.split(";")[-1] == "1"
