"""The sync worker against the real training platform: every queued action lands exactly once."""

from __future__ import annotations

from balie.domain import OutboxStatus
from balie.store import Store
from balie.sync.status import Connection, SyncStatus
from balie.training import TrainingPlatform, demo
from tests.sync.test_worker_helpers import cancel, check_in, make_worker, redeem, sell

KANSEN = demo.PASSES["kansen_active"]
POOL = demo.EVENTS["pool_today"]


def test_queued_sale_checkin_and_reward_land_once_with_platform_ids(
        store: Store, platform: TrainingPlatform) -> None:
    sale = sell(store, "group", quantity=3)  # one customer, three tickets: one request
    checkin = check_in(store)
    reward = redeem(store)
    report = make_worker(store, platform).drain()
    assert report.confirmed == 3 and report.pending == 0 and report.reachable
    assert platform.count_ticket_sales(event_id=POOL.id,
                                       uitpas_number=demo.PASSES["group"].uitpas_number) == 3
    assert platform.count_checkins(uitpas_number=demo.PASSES["regular"].uitpas_number) == 1
    assert platform.count_redeemed_rewards(uitpas_number=demo.PASSES["regular"].uitpas_number) == 1
    assert len(store.outbox.get(sale).platform_ids) == 3
    assert {line.platform_id for line in store.records.ticket_sales(sale)} == set(
        store.outbox.get(sale).platform_ids)
    assert store.outbox.get(checkin).status is OutboxStatus.CONFIRMED
    assert store.outbox.get(reward).status is OutboxStatus.CONFIRMED


def test_cancellation_waits_for_its_sale_and_removes_it_from_the_platform(
        store: Store, platform: TrainingPlatform) -> None:
    sale = sell(store)
    worker = make_worker(store, platform)
    worker.drain()
    cancel_uuid = cancel(store, sale)
    assert cancel_uuid is not None
    worker.drain()
    assert store.outbox.get(cancel_uuid).status is OutboxStatus.CONFIRMED
    assert platform.count_ticket_sales(uitpas_number=KANSEN.uitpas_number) == 0


def test_refused_kansentarief_goes_to_needs_attention_with_platform_message_and_warning(
        store: Store, platform: TrainingPlatform) -> None:
    """An expired kansenstatuut: the cashier already gave the reduced price offline."""
    refused = sell(store, "kansen_expired", provisional=True)
    fine = sell(store)
    report = make_worker(store, platform).drain()
    assert report.rejected == 1 and report.confirmed == 1
    item = store.outbox.get(refused)
    assert item.status is OutboxStatus.NEEDS_ATTENTION
    assert item.problem_type and item.problem_type.startswith("https://api.publiq.be/probs/")
    assert item.end_user_message is not None and item.end_user_message.nl
    assert "Kansentarief al gegeven" in (item.problem_detail or "")
    assert "mogelijk niet" in (item.problem_detail or "")
    assert store.outbox.get(fine).status is OutboxStatus.CONFIRMED
    assert [i.client_uuid for i in store.outbox.needs_attention()] == [refused]


def test_rejected_entry_does_not_block_later_actions_of_the_same_pass(
        store: Store, platform: TrainingPlatform) -> None:
    refused = sell(store, "regular")  # no kansenstatuut: SOCIALTARIFF is refused
    later = check_in(store, "regular")
    make_worker(store, platform).drain()
    assert store.outbox.get(refused).status is OutboxStatus.NEEDS_ATTENTION
    assert store.outbox.get(later).status is OutboxStatus.CONFIRMED


def test_cancel_of_a_withdrawn_sale_never_calls_the_platform(
        store: Store, platform: TrainingPlatform) -> None:
    sale = sell(store, "regular")
    worker = make_worker(store, platform)
    worker.drain()  # refused -> needs attention
    cancel_uuid = cancel(store, sale)  # withdrawn locally: nothing to undo on the platform
    assert cancel_uuid is None
    assert store.outbox.get(sale).status is OutboxStatus.CANCELLED
    assert worker.drain().pending == 0


def test_status_is_published_with_queue_length_and_last_contact(
        store: Store, platform: TrainingPlatform) -> None:
    seen: list[SyncStatus] = []
    sell(store)
    sell(store)
    worker = make_worker(store, platform, on_status=seen.append)
    assert worker.status().queue_length == 2
    assert worker.status().oldest_pending_at is not None
    worker.drain()
    final = seen[-1]
    assert final.connection is Connection.ONLINE and final.online
    assert final.queue_length == 0 and final.oldest_pending_at is None
    assert final.last_contact_at is not None
