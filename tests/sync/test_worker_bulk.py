"""A backlog from many customers: entries of different passes travel in parallel, confirmations
are booked per batch, and a few failures in a busy batch are not an outage."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from balie.domain import OutboxStatus, TariffType
from balie.store import Store
from balie.store.records import NewCheckin, NewTicketSale
from balie.sync.status import Connection
from balie.training import TrainingPlatform, demo
from balie.training.bulk import bulk_passholder_id
from tests.sync.test_worker_helpers import OPERATOR, cancel, make_worker, sell

POOL = demo.EVENTS["pool_today"]


def _sale(store: Store, number: str, price_cents: int = 110) -> str:
    return store.records.ticket_sale(NewTicketSale(
        event_id=POOL.id, event_name=POOL.name, uitpas_number=number,
        passholder_id=bulk_passholder_id(number), regular_price_cents=450,
        regular_price_label="Basistarief", tariff_id="SOCIALTARIFF", tariff_name="Kansentarief",
        tariff_type=TariffType.SOCIALTARIFF, price_cents=price_cents),
        OPERATOR, datetime.now(UTC), client_uuid=str(uuid.uuid4())).client_uuid


def _checkin(store: Store, number: str) -> str:
    return store.records.checkin(NewCheckin(POOL.id, POOL.name, number, bulk_passholder_id(number), 2),
                                 OPERATOR, datetime.now(UTC),
                                 client_uuid=str(uuid.uuid4())).client_uuid


def test_many_customers_with_faults_land_exactly_once(
        store: Store, platform: TrainingPlatform) -> None:
    numbers = platform.add_passholders(60)
    sales = {n: [_sale(store, n), _checkin(store, n), _sale(store, n)] for n in numbers}
    for n in numbers[:10]:
        cancel(store, sales[n][0])  # withdrawn before it was ever sent: never reaches UiTPAS
    platform.set_faults(error_rate=0.1, rate_limit_rate=0.05, retry_after=0,
                        drop_after_commit_rate=0.1, seed=3)
    worker = make_worker(store, platform, batch_size=25)
    report = worker.drain(until=datetime.now(UTC) + timedelta(seconds=60))
    platform.clear_faults()
    assert report.pending == 0 and report.needs_attention == 0 and report.reachable
    assert worker.connection is Connection.ONLINE
    for i, n in enumerate(numbers):
        assert platform.count_ticket_sales(uitpas_number=n) == (1 if i < 10 else 2)
        assert platform.count_checkins(uitpas_number=n) == 1
    sale = store.outbox.get(sales[numbers[-1]][2])
    assert [line.platform_id for line in store.records.ticket_sales(sale.client_uuid)] == list(
        sale.platform_ids)


def test_a_price_the_platform_changed_is_noted_on_a_batch_confirmation(
        store: Store, platform: TrainingPlatform) -> None:
    differs = sell(store, "kansen_active", price_cents=150)  # the platform charges 1.10
    same = sell(store, "minor", price_cents=110)
    make_worker(store, platform).drain()
    assert "UiTPAS rekent" in (store.outbox.get(differs).note or "")
    assert store.outbox.get(same).note is None
    assert store.outbox.get(same).status is OutboxStatus.CONFIRMED
