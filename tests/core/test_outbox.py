"""The outbox as the sync worker and the 'Te behandelen' screen use it."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.exc import IntegrityError

from balie.domain import ActionKind, EndUserMessage, Operator, OutboxStatus, TariffType
from balie.store import Store, StoreError
from balie.store.action_rows import NewAction
from balie.store.records import NewCheckin, NewTicketSale
from balie.store.retention import purge_confirmed
from tests.fixtures.store import uitpas_number

NOW = datetime(2026, 6, 10, 13, 0, tzinfo=UTC)
OP = Operator("op-1", "An Kassa")


def _sale(store: Store, passholder: str = "ph-1", *, at: datetime = NOW, quantity: int = 1) -> str:
    """A sale for the pass of ``passholder`` (each holder its own card number)."""
    key = str(uuid.uuid4())
    number = "0900000067513" if passholder == "ph-1" else uitpas_number(sum(map(ord, passholder)))
    store.records.ticket_sale(NewTicketSale(
        "ev-1", "Zwembad", number, passholder, 1000, "Basistarief", "SOCIALTARIFF",
        "Kansentarief", TariffType.SOCIALTARIFF, 200, quantity), OP, at, client_uuid=key)
    return key


def _uuids(items) -> list[str]:
    return [i.client_uuid for i in items]


def test_sale_and_its_outbox_entry_carry_everything_sync_needs(store: Store):
    key = _sale(store, quantity=2)
    item = store.outbox.get(key)
    assert item.kind is ActionKind.TICKET_SALE and item.status is OutboxStatus.PENDING
    assert item.sequence == 1 and item.device_id == store.device_id
    assert (item.operator_id, item.operator_name) == ("op-1", "An Kassa")
    assert item.created_at == NOW and item.pass_key == "0900000067513" and item.attempts == 0
    assert item.payload["quantity"] == 2 and item.payload["regularPriceCents"] == 1000
    assert len(store.records.ticket_sales(key)) == 2


def test_duplicate_client_uuid_is_stopped_by_the_database_itself(store: Store):
    key = _sale(store)
    action = NewAction(ActionKind.CHECKIN, {}, "ph-1", OP, key)
    with pytest.raises(IntegrityError):
        with store.write() as s:
            store.outbox.add(s, action, NOW)


def test_pressing_confirm_twice_records_one_sale(store: Store):
    key = str(uuid.uuid4())
    sale = NewTicketSale("ev-1", "Zwembad", "0900000067513", "ph-1", 1000, None, "SOCIALTARIFF",
                         "Kansentarief", TariffType.SOCIALTARIFF, 200)
    first = store.records.ticket_sale(sale, OP, NOW, client_uuid=key)
    second = store.records.ticket_sale(sale, OP, NOW, client_uuid=key)
    assert not first.duplicate and second.duplicate and second.sequence == first.sequence
    assert store.outbox.stats().pending == 1


def test_next_batch_sends_each_pass_in_order_and_passes_side_by_side(store: Store):
    a1, b1, a2 = _sale(store, "ph-a"), _sale(store, "ph-b"), _sale(store, "ph-a")
    assert _uuids(store.outbox.next_batch(NOW)) == [a1, b1]
    store.outbox.mark_sent(a1, NOW)
    assert _uuids(store.outbox.next_batch(NOW)) == [b1]  # a2 waits for a1's outcome
    store.outbox.mark_confirmed(a1, ["1001"], NOW)
    assert _uuids(store.outbox.next_batch(NOW)) == [b1, a2]


def test_a_rejected_entry_blocks_only_its_own_pass(store: Store):
    a1, a2, b1 = _sale(store, "ph-a"), _sale(store, "ph-a"), _sale(store, "ph-b")
    store.outbox.mark_sent(a1, NOW)
    store.outbox.mark_rejected(a1, "https://api.publiq.be/probs/uitpas/maximum-reached",
                               EndUserMessage("Maximum bereikt."), "400", NOW)
    assert _uuids(store.outbox.next_batch(NOW)) == [b1]
    rejected = store.outbox.needs_attention()
    assert _uuids(rejected) == [a1]
    assert rejected[0].end_user_message == EndUserMessage("Maximum bereikt.")
    assert a2 not in _uuids(store.outbox.next_batch(NOW))


def test_retry_waits_for_its_next_attempt_time(store: Store):
    a = _sale(store)
    store.outbox.mark_sent(a, NOW)
    store.outbox.mark_retry(a, "timeout before sending", NOW + timedelta(minutes=1))
    assert store.outbox.next_batch(NOW) == []
    item = store.outbox.next_batch(NOW + timedelta(minutes=1))[0]
    assert item.attempts == 1 and item.last_error == "timeout before sending"


def test_cancellation_waits_until_the_sale_is_confirmed_then_gets_its_ids(store: Store):
    sale = _sale(store, quantity=2)
    store.outbox.mark_sent(sale, NOW)
    cancel = store.records.cancel(sale, OP, NOW, client_uuid=str(uuid.uuid4()))
    assert not cancel.withdrawn and cancel.cancel_uuid
    assert store.outbox.next_batch(NOW) == []  # sale SENT: the cancel must wait
    store.outbox.mark_confirmed(sale, ["501", "502"], NOW)
    batch = store.outbox.next_batch(NOW)
    assert _uuids(batch) == [cancel.cancel_uuid]
    assert batch[0].kind is ActionKind.TICKET_SALE_CANCEL and batch[0].depends_on == sale
    assert store.outbox.get(sale).platform_ids == ("501", "502")
    assert [t.platform_id for t in store.records.ticket_sales(sale)] == ["501", "502"]
    assert all(t.cancelled for t in store.records.ticket_sales(sale))


def test_cancelling_a_sale_that_never_left_withdraws_it_without_a_platform_call(store: Store):
    sale = _sale(store)
    out = store.records.cancel(sale, OP, NOW, client_uuid=str(uuid.uuid4()))
    assert out.withdrawn and out.cancel_uuid is None
    assert store.outbox.get(sale).status is OutboxStatus.CANCELLED
    assert store.outbox.next_batch(NOW) == []


def test_mark_sent_happens_once_even_if_two_workers_try(store: Store):
    a = _sale(store)
    assert store.outbox.mark_sent(a, NOW)
    assert not store.outbox.mark_sent(a, NOW)
    assert _uuids(store.outbox.sent_unconfirmed()) == [a]


def test_person_decisions_resend_cancel_handle_are_audited_with_note(store: Store):
    a, b, c = _sale(store, "ph-a"), _sale(store, "ph-b"), _sale(store, "ph-c")
    for key in (a, b, c):
        store.outbox.mark_sent(key, NOW)
        store.outbox.mark_rejected(key, "t", None, "d", NOW)
    store.outbox.move_to_needs_attention(c, "reconciliation unsure", NOW)
    assert store.outbox.resend(a, OP, "kaart gedeblokkeerd", NOW)
    assert store.outbox.cancel(b, OP, "klant vertrokken", NOW)
    assert store.outbox.handle(c, OP, "in backoffice gezet", NOW, platform_ids=["777"])
    assert store.outbox.get(a).status is OutboxStatus.PENDING
    assert all(t.cancelled for t in store.records.ticket_sales(b))
    assert store.outbox.get(c).platform_ids == ("777",)
    actions = {(line.action, line.outbox_uuid, line.detail) for line in store.audit.lines()}
    assert {("outbox.resend", a, "kaart gedeblokkeerd"), ("outbox.cancel", b, "klant vertrokken"),
            ("outbox.handle", c, "in backoffice gezet")} <= actions


def test_queue_stats_tell_length_oldest_and_last_contact(store: Store):
    first = _sale(store, "ph-a", at=NOW)
    _sale(store, "ph-b", at=NOW + timedelta(minutes=5))
    stats = store.outbox.stats()
    assert (stats.length, stats.oldest_pending_at, stats.last_successful_contact) == (2, NOW, None)
    store.outbox.mark_sent(first, NOW)
    store.outbox.mark_confirmed(first, ["1"], NOW + timedelta(minutes=6))
    stats = store.outbox.stats()
    assert stats.length == 1 and stats.oldest_pending_at == NOW + timedelta(minutes=5)
    assert stats.last_successful_contact == NOW + timedelta(minutes=6)


def test_sync_never_deletes_and_purge_keeps_day_totals(store: Store):
    keys = [_sale(store, f"ph-{i}") for i in range(3)]
    for n, key in enumerate(keys[:2]):
        store.outbox.mark_sent(key, NOW)
        assert store.outbox.mark_confirmed(key, [f"9{n}"], NOW)
    before = store.records.day_totals(NOW.date())
    result = purge_confirmed(store, NOW + timedelta(days=1))
    assert (result.outbox_entries, result.ticket_sales) == (2, 2)
    assert store.outbox.get(keys[0]) is None and store.outbox.get(keys[2]) is not None
    after = store.records.day_totals(NOW.date())
    assert (after.tickets, after.amount_cents) == (before.tickets, before.amount_cents) == (3, 600)


def test_purge_keeps_a_confirmed_sale_whose_cancellation_is_still_queued(store: Store):
    sale = _sale(store)
    store.outbox.mark_sent(sale, NOW)
    store.outbox.mark_confirmed(sale, ["5"], NOW)
    store.records.cancel(sale, OP, NOW, client_uuid=str(uuid.uuid4()))
    purge_confirmed(store, NOW + timedelta(days=1))
    assert store.outbox.get(sale) is not None


def test_checkin_gets_one_entry_and_the_platform_id_after_confirmation(store: Store):
    key = str(uuid.uuid4())
    store.records.checkin(NewCheckin("ev-1", "Zwembad", "0900000067513", "ph-1", 1), OP, NOW,
                          client_uuid=key)
    store.outbox.mark_sent(key, NOW)
    store.outbox.mark_confirmed(key, "c-uuid-1", NOW)
    assert store.outbox.get(key).platform_id == "c-uuid-1"


def test_cancelling_something_unknown_is_a_dutch_refusal(store: Store):
    with pytest.raises(StoreError) as err:
        store.records.cancel(str(uuid.uuid4()), OP, NOW, client_uuid=str(uuid.uuid4()))
    assert "geannuleerd" in err.value.problem.message
