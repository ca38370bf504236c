"""Pass numbers and passholder ids on records, the queue's pass keys and the kansentarief list
are keyed hashes on a live store; the counter still finds everything by pass, the sync worker
still sends clear numbers, exports still show (masked) numbers, and a store an older version
wrote in clear is converted the first time it gets its key."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from balie.counter import Counter, new_action_key
from balie.decide import OfflinePolicy
from balie.domain import IdentificationSource, Operator, today_in_brussels
from balie.operators import Roles
from balie.privacy import attach_cipher, mask_number, transactions_csv
from balie.store import Store
from balie.sync.queue import deliverable
from tests.core.test_crypto_store import DictKeys
from tests.fixtures.store import DEMO_NOW, Demo, load_demo

SUPERVISOR = Operator("bo", "Bo", "supervisor")


def _day(store: Store, demo: Demo) -> tuple[str, str]:
    """A kansentarief sale and a check-in of the kansen pass, a check-in of the regular one."""
    counter = Counter(store, None, OfflinePolicy(), demo.operator, clock=lambda: DEMO_NOW)
    kansen = counter.identify(demo.kansen_number, IdentificationSource.TYPED)
    offer = counter.offers_for(kansen, demo.event, demo.price).offer("SOCIALTARIFF")
    assert offer is not None
    sale = counter.sell(kansen, demo.event, demo.price, offer, 1, action_key=new_action_key())
    assert sale.done and sale.client_uuid
    assert counter.check_in(kansen, demo.event, action_key=new_action_key()).done
    regular = counter.identify(demo.regular_number, IdentificationSource.TYPED)
    assert counter.check_in(regular, demo.event, action_key=new_action_key()).done
    return sale.client_uuid, demo.kansen_number


def _columns(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        values = []
        for sql in ("SELECT uitpas_number FROM ticket_sales", "SELECT uitpas_number FROM checkins",
                    "SELECT pass_key FROM outbox", "SELECT uitpas_number FROM social_tariff_cards"):
            values += [r[0] for r in con.execute(sql)]
        return values
    finally:
        con.close()


@pytest.fixture
def live(tmp_path: Path):
    store = Store.open(tmp_path / "balie.sqlite3")
    attach_cipher(store, DictKeys())
    demo = load_demo(store)
    yield store, demo
    store.close()


def test_records_queue_and_card_list_hold_no_pass_number_on_a_live_store(live):
    store, demo = live
    sale_uuid, number = _day(store, demo)
    stored = _columns(store.path)
    assert stored and all(v.startswith("i1:") for v in stored)
    assert not any(number in v for v in stored)
    # the counter still finds the pass's sales (offline limits) and knows its kansentarief
    assert len(store.records.sales_of_pass(number)) == 1
    assert store.reference.social_tariff_lookup(number)
    assert not store.reference.social_tariff_lookup(demo.regular_number)
    # and sync sends the clear number from the sealed payload
    sent = {i.client_uuid: i.payload for i in deliverable(store, DEMO_NOW)}
    assert sent[sale_uuid]["uitpasNumber"] == number


def test_the_same_pass_in_the_card_list_and_in_sales_cannot_be_joined(live):
    """Different keyed hashes per place: a thief cannot join sales to the kansentarief list."""
    store, demo = live
    _day(store, demo)
    con = sqlite3.connect(store.path)
    joined = con.execute("SELECT count(*) FROM ticket_sales t JOIN social_tariff_cards c"
                         " ON c.uitpas_number = t.uitpas_number").fetchone()[0]
    con.close()
    assert joined == 0


def test_day_export_takes_the_number_from_the_sealed_payload(live):
    store, demo = live
    _day(store, demo)
    day = today_in_brussels(DEMO_NOW)
    full, scope = transactions_csv(store, day, SUPERVISOR, Roles(), asked_personal=True)
    assert scope.personal and demo.kansen_number in full
    masked, _ = transactions_csv(store, day, SUPERVISOR, Roles())
    assert mask_number(demo.kansen_number) in masked and "i1:" not in masked


def test_a_store_written_in_clear_is_blinded_when_it_gets_its_key(tmp_path: Path):
    path = tmp_path / "balie.sqlite3"
    with Store.open(path) as store:  # an older version: no key, everything in clear
        demo = load_demo(store)
        _, number = _day(store, demo)
        lists_before = store.reference.social_tariff_lists()
    assert number in _columns(path)
    with Store.open(path) as store:
        attach_cipher(store, DictKeys())
        stored = _columns(path)
        assert stored and all(v.startswith("i1:") for v in stored), stored
        assert len(store.records.sales_of_pass(number)) == 1
        assert store.records.checkins_since(uitpas_number=number, event_id=demo.event.id,
                                            since=None)
        assert store.reference.social_tariff_lookup(number)
        # the list keeps its age: the offline policy judges it as before
        assert store.reference.social_tariff_lists() == lists_before
        # new actions of the same pass queue behind the converted ones (same pass key)
        keys = {r[0] for r in sqlite3.connect(path).execute("SELECT pass_key FROM outbox")}
        counter = Counter(store, None, OfflinePolicy(), demo.operator, clock=lambda: DEMO_NOW)
        ident = counter.identify(number, IdentificationSource.TYPED)
        offer = counter.offers_for(ident, demo.event, demo.price).offer("SOCIALTARIFF")
        assert counter.sell(ident, demo.event, demo.price, offer, 1,
                            action_key=new_action_key()).done
        after = {r[0] for r in sqlite3.connect(path).execute("SELECT pass_key FROM outbox")}
        assert after == keys


def test_a_live_store_that_gets_its_key_again_finds_its_clear_leftovers_without_reading_every_record(
        tmp_path: Path):
    """Every start of a live counter (and every command) looks for pass numbers an older
    version left in clear. Once a store is blinded that look reads no record row by row: it
    read a year of sales, check-ins and queue (~95 ms before the window), and the queue has
    no index on its pass keys (migration 0010)."""
    from sqlalchemy import event

    path = tmp_path / "balie.sqlite3"
    keys = DictKeys()
    with Store.open(path) as store:
        attach_cipher(store, keys)
        _day(store, load_demo(store))
    records = ("ticket_sales", "checkins", "reward_redemptions", "outbox")
    with Store.open(path) as store:
        statements: list[tuple[str, tuple[object, ...]]] = []

        def seen(_conn, _cursor, statement, parameters, _context, _many):  # type: ignore[no-untyped-def]
            statements.append((statement, tuple(parameters or ())))

        event.listen(store.engine, "before_cursor_execute", seen)
        attach_cipher(store, keys)
        event.remove(store.engine, "before_cursor_execute", seen)
        con = sqlite3.connect(path)
        try:
            scans = [(detail, statement) for statement, parameters in statements
                     if statement.lstrip().upper().startswith("SELECT")
                     for *_ids, detail in con.execute("EXPLAIN QUERY PLAN " + statement, parameters)
                     if detail.startswith("SCAN") and detail.split()[1] in records]
        finally:
            con.close()
    assert not scans, scans
