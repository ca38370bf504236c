"""Exactly once when one pass reaches the queue by two paths (issue 11 §1): one queue key per
pass, one local record per platform record, read-backs of one pass one after another."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from balie.domain import BRUSSELS, OutboxStatus
from balie.paper_import import import_paper
from balie.store import Store
from balie.store.action_rows import DOUBLE_CLAIM
from balie.sync import queue
from balie.training import TrainingPlatform, demo
from tests.fixtures.fault_proxy import FaultProxy
from tests.sync.test_worker_helpers import (
    OPERATOR,
    know_demo_events,
    make_proxied_worker,
    sell,
)

KANSEN = demo.PASSES["kansen_active"]
POOL = demo.EVENTS["pool_today"]


def _paper_sale(store: Store, pass_key: str = "kansen_active") -> str:
    """One paper-import line: a kansentarief sale for the pass, by its UiTPAS number only."""
    know_demo_events(store)
    now = datetime.now(UTC)
    at = (now - timedelta(minutes=1)).astimezone(BRUSSELS)
    _, label, regular = POOL.prices[0]
    sheet = ("soort;uitpasnummer;evenement;prijscategorie;bedrag;datum;uur;tarief;betaald\n"
             f"verkoop;{demo.PASSES[pass_key].uitpas_number};{POOL.id};{label};"
             f"{regular / 100:.2f}".replace(".", ",") +
             f";{at:%d/%m/%Y};{at:%H:%M};SOCIALTARIFF;1,50\n")
    result = import_paper(store, sheet, OPERATOR, now)
    assert result.queued == 1, result.bad
    return result.good[0].client_uuid


def test_paper_line_and_counter_sale_of_one_pass_share_one_queue_key(store: Store) -> None:
    paper = _paper_sale(store)
    counter = sell(store)  # identified at the counter: carries the passholder id too
    assert store.outbox.get(counter).payload["passholderId"] == KANSEN.passholder_id
    assert store.outbox.get(paper).pass_key == store.outbox.get(counter).pass_key
    # so only the earliest goes out; the other waits for it
    assert [i.client_uuid for i in queue.deliverable(store, datetime.now(UTC))] == [paper]


def test_paper_line_and_counter_sale_with_every_sale_answer_lost_land_once_each(
        store: Store, platform: TrainingPlatform, fault_proxy: FaultProxy) -> None:
    paper = _paper_sale(store)
    counter = sell(store)
    fault_proxy.add("drop", method="POST", path="/ticket-sales", count=None)
    report = make_proxied_worker(store, platform, fault_proxy.url).drain(
        until=datetime.now(UTC) + timedelta(seconds=30))
    assert fault_proxy.injected["drop"] == 2  # both answers really were lost
    assert report.reconciled == 2 and report.pending == 0 and report.needs_attention == 0
    on_platform = {s["id"] for s in _platform_sales(platform)}
    assert len(on_platform) == 2  # registered once each, not resent
    ids = [store.outbox.get(u).platform_ids for u in (paper, counter)]
    assert all(len(i) == 1 for i in ids)
    assert {ids[0][0], ids[1][0]} == on_platform  # each platform sale claimed by exactly one


def _platform_sales(platform: TrainingPlatform) -> list[dict[str, str]]:
    with platform.db.read() as conn:  # type: ignore[attr-defined]
        rows = conn.execute("SELECT id FROM ticket_sales WHERE uitpas_number = ? AND event_id = ?",
                            (KANSEN.uitpas_number, POOL.id)).fetchall()
    return [{"id": str(r[0])} for r in rows]


def test_a_platform_id_already_tied_to_another_sale_is_never_confirmed_twice(store: Store) -> None:
    first, second = sell(store), sell(store, "kansen_grace")
    now = datetime.now(UTC)
    queue.mark_sent_many(store, [first, second], now, owner="test")
    assert queue.confirm_many(store, [(first, ["501"])], now) == {first}
    assert queue.confirm_many(store, [(second, ["501"])], now) == set()
    parked = store.outbox.get(second)
    assert parked.status is OutboxStatus.NEEDS_ATTENTION and parked.problem_type == DOUBLE_CLAIM
    assert "annuleer niets" in (parked.note or "")
    assert [t.platform_id for t in store.records.ticket_sales(second)] == [None]


def test_one_entry_confirmed_alone_follows_the_same_rule_as_a_batch(store: Store) -> None:
    """``Outbox.mark_confirmed`` (one entry) and ``queue.confirm_many`` (a batch) are one rule:
    the second claim of a platform id is parked for a person, never confirmed; the confirmed
    sale gets the id on its ticket line, stops being provisional and is nobody's lease any more."""
    first = sell(store, provisional=True)
    second = sell(store, "kansen_grace")
    now = datetime.now(UTC)
    queue.mark_sent_many(store, [first, second], now, owner="test")
    assert store.outbox.mark_confirmed(first, ["601"], now)
    assert not store.outbox.mark_confirmed(second, "601", now)
    confirmed, parked = store.outbox.get(first), store.outbox.get(second)
    assert confirmed.status is OutboxStatus.CONFIRMED and confirmed.platform_ids == ("601",)
    assert confirmed.lease_until is None, "a confirmed entry keeps no sender's lease"
    assert [(t.platform_id, t.provisional) for t in store.records.ticket_sales(first)] == [
        ("601", False)]
    assert parked.status is OutboxStatus.NEEDS_ATTENTION and parked.problem_type == DOUBLE_CLAIM
    assert [t.platform_id for t in store.records.ticket_sales(second)] == [None]
    assert not store.outbox.mark_confirmed(first, ["601"], now), "confirmed once, not twice"


def test_two_entries_of_one_batch_claiming_one_id_confirm_only_the_first(store: Store) -> None:
    first, second = sell(store), sell(store, "kansen_grace")
    now = datetime.now(UTC)
    queue.mark_sent_many(store, [first, second], now, owner="test")
    assert queue.confirm_many(store, [(first, ["77"]), (second, ["77"])], now) == {first}
    assert store.outbox.get(second).status is OutboxStatus.NEEDS_ATTENTION


def test_the_database_itself_refuses_a_second_claim_of_one_platform_sale(store: Store) -> None:
    first, second = sell(store), sell(store, "kansen_grace")
    with store.write() as s:
        s.execute(text("UPDATE ticket_sales SET platform_id = '9' WHERE client_uuid = :u"),
                  {"u": first})
    with pytest.raises(IntegrityError), store.write() as s:
        s.execute(text("UPDATE ticket_sales SET platform_id = '9' WHERE client_uuid = :u"),
                  {"u": second})


def test_old_entries_of_a_live_store_are_re_keyed_to_their_pass_before_anything_is_claimed(
        tmp_path) -> None:
    """On a live (sealed) store the keys are blind and migration 0008 cannot re-key entries an
    older version queued under the passholder id; the worker does it from the sealed payloads."""
    from balie.privacy import attach_cipher
    from tests.core.test_crypto_store import DictKeys

    with Store.open(tmp_path / "balie.sqlite3") as store:
        attach_cipher(store, DictKeys())
        paper, counter = _paper_sale(store), sell(store)
        with store.write() as s:  # what the old version wrote: the holder's id as the key
            s.execute(text("UPDATE outbox SET pass_key = 'i1:old-holder-key' WHERE client_uuid = :u"),
                      {"u": counter})
        assert store.outbox.get(paper).pass_key != store.outbox.get(counter).pass_key
        assert queue.rekey_open(store) == 1
        assert store.outbox.get(paper).pass_key == store.outbox.get(counter).pass_key
        assert store.outbox.get(paper).pass_key.startswith("i1:")  # still blind on disk
        assert [i.client_uuid for i in queue.deliverable(store, datetime.now(UTC))] \
            == [paper]
