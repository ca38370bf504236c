"""Every fault the training platform can inject: afterwards each transaction is there once."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from balie.domain import ActionKind, OutboxStatus
from balie.store import Store
from balie.sync.status import Connection
from balie.training import TrainingPlatform, demo
from tests.sync.test_worker_helpers import OPERATOR, check_in, make_worker, redeem, sell

KANSEN = demo.PASSES["kansen_active"]
REGULAR = demo.PASSES["regular"]


def _until(seconds: float = 20) -> datetime:
    return datetime.now(UTC) + timedelta(seconds=seconds)


def _all_confirmed(store: Store, uuids: list[str]) -> bool:
    return all(store.outbox.get(u).status is OutboxStatus.CONFIRMED for u in uuids)


def test_response_lost_after_commit_is_read_back_not_resent(
        store: Store, platform: TrainingPlatform) -> None:
    sales = [sell(store) for _ in range(3)]
    checkin = check_in(store)
    reward = redeem(store)
    platform.set_faults(drop_next=5)
    report = make_worker(store, platform).drain(until=_until())
    assert report.reconciled == 5
    assert platform.count_ticket_sales(uitpas_number=KANSEN.uitpas_number) == 3
    assert platform.count_checkins(uitpas_number=REGULAR.uitpas_number) == 1
    assert platform.count_redeemed_rewards(uitpas_number=REGULAR.uitpas_number) == 1
    assert _all_confirmed(store, [*sales, checkin, reward])
    ids = [store.outbox.get(u).platform_ids for u in sales]
    assert len({i for t in ids for i in t}) == 3  # each sale tied to its own platform id


def test_random_5xx_429_and_drops_still_give_exactly_once(
        store: Store, platform: TrainingPlatform) -> None:
    sales = [sell(store, key) for key in ("kansen_active", "kansen_grace", "minor")
             for _ in range(10)]
    platform.set_faults(error_rate=0.15, rate_limit_rate=0.1, retry_after=0,
                        drop_after_commit_rate=0.15, seed=7)
    make_worker(store, platform).drain(until=_until(40))
    platform.clear_faults()
    assert _all_confirmed(store, sales)
    for key in ("kansen_active", "kansen_grace", "minor"):
        assert platform.count_ticket_sales(uitpas_number=demo.PASSES[key].uitpas_number) == 10


def test_retry_after_is_honoured_before_the_next_attempt(
        store: Store, platform: TrainingPlatform) -> None:
    sale = sell(store)
    platform.set_faults(fail_next=1, fail_status=429, retry_after=1)
    worker = make_worker(store, platform)
    first = worker.drain()
    assert not first.reachable and first.pending == 1
    assert worker.paused_until is not None
    assert worker.paused_until - datetime.now(UTC) > timedelta(seconds=0.8)
    assert worker.drain(until=_until()).pending == 0
    assert store.outbox.get(sale).status is OutboxStatus.CONFIRMED


def test_platform_down_keeps_the_queue_and_reports_offline_then_recovers(
        store: Store, platform: TrainingPlatform) -> None:
    sale = sell(store)
    platform.set_faults(refuse_connections=True)
    try:
        worker = make_worker(store, platform)
        report = worker.drain()
        assert not report.reachable and report.pending == 1
        status = worker.status()
        assert status.connection is Connection.OFFLINE and status.message
        assert store.outbox.get(sale).status is OutboxStatus.PENDING
    finally:
        platform.clear_faults()
    worker.sync_now()
    assert worker.drain(until=_until()).pending == 0
    assert platform.count_ticket_sales(uitpas_number=KANSEN.uitpas_number) == 1


def test_expired_token_is_renewed_without_losing_or_doubling_anything(
        store: Store, platform: TrainingPlatform) -> None:
    worker = make_worker(store, platform)
    first = sell(store)
    worker.drain()
    platform.expire_tokens()
    second = sell(store)
    assert worker.drain().pending == 0
    assert _all_confirmed(store, [first, second])
    assert platform.count_ticket_sales(uitpas_number=KANSEN.uitpas_number) == 2


def test_counter_clock_hours_off_still_reconciles_a_lost_answer(
        store: Store, platform: TrainingPlatform) -> None:
    """The counter PC is 3 hours behind: the read-back compares on the platform's clock."""
    skewed = lambda: datetime.now(UTC) - timedelta(hours=3)  # noqa: E731
    worker = make_worker(store, platform, clock=skewed)
    sell(store)
    worker.drain()  # learns the offset from the platform's creation time
    lost = sell(store)
    platform.set_faults(drop_next=1)
    report = worker.drain()
    assert report.reconciled == 1
    assert store.outbox.get(lost).status is OutboxStatus.CONFIRMED
    assert platform.count_ticket_sales(uitpas_number=KANSEN.uitpas_number) == 2


def test_row_left_sent_by_a_crash_is_read_back_before_anything_else(
        store: Store, platform: TrainingPlatform) -> None:
    """Crash between 'request sent' and 'answer recorded': the sale is on the platform, the
    row still says SENT. The next start must confirm it, not sell it again."""
    landed = sell(store)
    never_left = sell(store, "kansen_grace")
    worker = make_worker(store, platform)
    now = datetime.now(UTC)
    store.outbox.mark_sent(landed, now)
    store.outbox.mark_sent(never_left, now)
    worker.client.register_ticket_sales(
        __import__("balie.sync.delivery", fromlist=["x"]).sale_requests(
            store.outbox.get(landed).payload))
    report = worker.drain()
    assert report.reconciled == 1 and report.pending == 0
    assert platform.count_ticket_sales(uitpas_number=KANSEN.uitpas_number) == 1
    assert platform.count_ticket_sales(uitpas_number=demo.PASSES["kansen_grace"].uitpas_number) == 1


def test_registration_whose_answer_was_lost_is_found_by_its_card_and_not_registered_twice(
        store: Store, platform: TrainingPlatform) -> None:
    """No INSZ given (allowed): the read-back must find the holder by the card handed out."""
    card = demo.BLANK_CARDS["blank_1"]
    body = {"name": "Peeters", "firstName": "Lien", "dateOfBirth": "1990-04-02",
            "address": {"street": "Kerkstraat 1", "postalCode": "9300", "city": "Aalst",
                        "country": "BE"},
            "registrationOrganizer": {"id": demo.ORGANIZERS["museum"].id},
            "registrationCardSystemId": demo.CARD_SYSTEMS["dender"].id,
            "registrationCardType": "NFC_CARD", "registrationUitpasNumber": card.uitpas_number,
            "legalTermsPaper": True}
    recorded = store.records.passholder_change(
        ActionKind.PASSHOLDER_REGISTER, {"body": body}, OPERATOR, datetime.now(UTC),
        client_uuid=str(uuid.uuid4()), uitpas_number=card.uitpas_number,
        card_system_id=demo.CARD_SYSTEMS["dender"].id)
    before = platform.count_passholders()
    platform.set_faults(drop_next=1)
    make_worker(store, platform).drain(until=_until())
    assert store.outbox.get(recorded.client_uuid).status is OutboxStatus.CONFIRMED
    assert platform.count_passholders() == before + 1
    assert platform.card_status(card.uitpas_number) == "ACTIVE"
