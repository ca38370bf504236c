"""The privacy purge while the counter sells: the WAL stays short, so a batch's commit (which a
waiting sale pays for) stays short, and every money total stays what it was."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

from balie.counter import Counter, new_action_key
from balie.domain import IdentificationSource
from balie.store import Store
from tests.fixtures.store import DEMO_NOW, Demo


def _sell_confirmed(store: Store, counter: Counter, demo: Demo, count: int) -> None:
    ident = counter.identify(demo.kansen_number, IdentificationSource.TYPED)
    offer = counter.offers_for(ident, demo.event, demo.price).offer("SOCIALTARIFF")
    for _ in range(count):
        done = counter.sell(ident, demo.event, demo.price, offer, 1, action_key=new_action_key())
        store.outbox.mark_confirmed(done.client_uuid, "p-" + done.client_uuid, DEMO_NOW)


def _wal_bytes(path: Path) -> int:
    wal = path.with_name(path.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def test_a_sale_committing_while_the_purge_copies_the_wal_does_not_make_the_wal_grow(
        store: Store, counter: Counter, demo: Demo, monkeypatch):
    """On a year's store with a sale every 20 ms, a sale nearly always committed while the
    purge copied its pages into the file; SQLite then never started the WAL again from its
    beginning and it grew by every batch (5 GB), each batch's commit appending to it (the
    100-160 ms waits of the sales behind it). Here every copy has another writer's transaction
    in flight across it, as a sale's would be: the WAL must still start again."""
    from balie.store import retention

    _sell_confirmed(store, counter, demo, 60)
    monkeypatch.setattr(retention, "CHECKPOINT_SECONDS", 0.0)  # copy after every batch
    sale = sqlite3.connect(store.path, isolation_level=None, timeout=5)
    sale.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the WAL's size says what it held since
    real_after = retention._WalCopy.after

    def copy_while_a_sale_writes(self, took: float) -> None:  # type: ignore[no-untyped-def]
        sale.execute("BEGIN IMMEDIATE")
        sale.execute("INSERT INTO audit_log (at, operator_id, operator_name, action, detail) "
                     "VALUES ('2026-01-01T00:00:00.000000Z', 'k', 'K', 'sale', ?)", ("x" * 500,))
        real_after(self, took)
        sale.execute("COMMIT")

    monkeypatch.setattr(retention._WalCopy, "after", copy_while_a_sale_writes)
    wal: list[int] = []
    result = retention.purge_confirmed(store, DEMO_NOW + timedelta(days=31), batch=6,
                                       pause=lambda: wal.append(_wal_bytes(store.path)))
    sale.close()
    assert result.outbox_entries == 60 and len(wal) == 10
    assert wal[-1] <= 2 * wal[1], f"the WAL grew batch after batch: {wal}"


def test_purged_sales_stay_in_their_brussels_day_totals_around_midnight_and_cancelled_ones_stay_out(
        store: Store, counter: Counter, demo: Demo, clock):
    """The purge sums what goes per stored UTC hour: a sale at 23:30 and one at 00:30 Brussels
    time (21:30 and 22:30 UTC in summer) land on two days, a cancelled sale on none, and both
    days' ticket counts and amounts are the same after the details are gone."""
    from datetime import UTC, datetime

    from balie.domain import ActionKind, today_in_brussels
    from balie.privacy import purge_personal_data
    from balie.store.retention import purged_totals

    ident = counter.identify(demo.kansen_number, IdentificationSource.TYPED)
    offer = counter.offers_for(ident, demo.event, demo.price).offer("SOCIALTARIFF")
    days = set()
    for at, cancel in ((datetime(2026, 6, 10, 21, 30, tzinfo=UTC), False),
                       (datetime(2026, 6, 10, 21, 45, tzinfo=UTC), True),
                       (datetime(2026, 6, 10, 22, 30, tzinfo=UTC), False),
                       (datetime(2026, 6, 10, 22, 40, tzinfo=UTC), False)):
        clock.now = at
        days.add(today_in_brussels(at))
        done = counter.sell(ident, demo.event, demo.price, offer, 1, action_key=new_action_key())
        assert done.done, done.message_nl
        if cancel:
            assert counter.cancel(done.client_uuid, action_key=new_action_key()).done
    with sqlite3.connect(store.path) as conn:  # UiTPAS confirmed every sale and cancellation
        conn.execute("UPDATE outbox SET status = 'CONFIRMED', finished_at = created_at")
    assert len(days) == 2
    before = {d: store.records.day_totals(d) for d in days}
    assert sorted(t.tickets for t in before.values()) == [1, 2]

    report = purge_personal_data(store, datetime(2026, 7, 20, tzinfo=UTC))
    assert report.ticket_lines == 4
    for d in days:
        after = store.records.day_totals(d)
        assert (after.tickets, after.amount_cents) == (before[d].tickets, before[d].amount_cents)
        assert purged_totals(store, d, ActionKind.TICKET_SALE) == \
            (before[d].tickets, before[d].amount_cents)


def test_each_purge_batch_is_synced_to_disk_by_the_purge_not_by_the_next_sales_commit(
        store: Store, counter: Counter, demo: Demo, monkeypatch):
    """The purge's commits do not sync (a power cut only undoes batches the next purge redoes);
    a sale's commit syncs the whole WAL. Left to the sale, one sale a second during a year's
    purge paid for a second of the purge's pages at its commit (72 ms median, 165 ms p95). So
    the purge syncs its own pages after every batch, off the gate."""
    import os
    import threading

    from balie.store import retention

    _sell_confirmed(store, counter, demo, 30)
    wal = os.path.realpath(str(store.path) + "-wal")
    synced = threading.Event()
    real_sync = os.fdatasync

    def sync(fd: int) -> None:
        real_sync(fd)
        if os.path.realpath(f"/proc/self/fd/{fd}") == wal:
            synced.set()

    monkeypatch.setattr(os, "fdatasync", sync)
    batches = 0

    def after_a_batch() -> None:
        nonlocal batches
        batches += 1
        assert synced.wait(timeout=20), f"batch {batches}'s pages were left to the next sale"
        synced.clear()

    result = retention.purge_confirmed(store, DEMO_NOW + timedelta(days=31), batch=10,
                                       pause=after_a_batch)
    assert result.outbox_entries == 30 and batches == 3


def test_a_sale_waiting_at_the_gate_does_not_wait_for_the_jobs_copy_of_its_pages(
        store: Store, counter: Counter, demo: Demo, monkeypatch):
    """Before its next step the job copies into the file what sales wrote during its last copy
    (so the WAL starts again), inside the gate. When a sale already waits there, that copy
    (and its syncs) is left for a later step: the sale goes after one step, not a copy too."""
    import hashlib

    from balie.store import retention

    _sell_confirmed(store, counter, demo, 5)
    monkeypatch.setattr(retention, "CHECKPOINT_SECONDS", 0.0)
    job = sqlite3.connect(store.path, isolation_level=None)
    sale = sqlite3.connect(store.path, isolation_level=None)
    job.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    wal = retention._WalCopy(job, str(store.path))
    sale.execute("BEGIN IMMEDIATE")  # a sale writes while the job copies
    sale.execute("INSERT INTO audit_log (at, operator_id, operator_name, action, detail) "
                 "VALUES ('2026-01-01T00:00:00.000000Z', 'k', 'K', 'sale', 'x')")
    wal.after(0.0)
    sale.execute("COMMIT")

    def file_bytes() -> str:
        return hashlib.sha256(store.path.read_bytes()).hexdigest()

    before = file_bytes()
    wal.before_step(lambda: True)
    assert file_bytes() == before, "the job copied pages while a sale waited"
    wal.before_step(lambda: False)
    assert file_bytes() != before, "with nobody waiting, the sale's pages are copied"
    wal.close()
    job.close()
    sale.close()


def test_a_sealed_stores_purge_keeps_every_total_and_the_open_sale_readable(
        tmp_path: Path, file_keyring, clock):
    """The live counter: a store sealed with its key in a keyring backend. The purge (its
    chunks inside SQLite, by client UUID) keeps each day's count and amount, removes every
    confirmed row, and leaves the sale still on its way to UiTPAS whole and readable with the
    key after a restart."""
    from datetime import UTC, datetime

    from balie.crypto import KeyringKeySource
    from balie.decide import OfflinePolicy
    from balie.privacy import attach_cipher, purge_personal_data
    from tests.fixtures.store import load_demo

    path = tmp_path / "balie.sqlite3"
    store = Store.open(path)
    attach_cipher(store, KeyringKeySource())
    demo = load_demo(store)
    counter = Counter(store, None, OfflinePolicy(), demo.operator, clock=clock)
    _sell_confirmed(store, counter, demo, 230)  # three chunks
    ident = counter.identify(demo.kansen_number, IdentificationSource.TYPED)
    offer = counter.offers_for(ident, demo.event, demo.price).offer("SOCIALTARIFF")
    open_sale = counter.sell(ident, demo.event, demo.price, offer, 1,
                             action_key=new_action_key()).client_uuid
    day = clock.now.date()
    before = store.records.day_totals(day)
    assert before.tickets == 231

    report = purge_personal_data(store, datetime(2026, 12, 31, tzinfo=UTC))
    assert (report.actions, report.ticket_lines) == (230, 230)
    after = store.records.day_totals(day)
    assert (after.tickets, after.amount_cents) == (before.tickets, before.amount_cents)
    store.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT client_uuid FROM outbox").fetchall() == [(open_sale,)]
        assert conn.execute("SELECT count(*) FROM ticket_sales").fetchone() == (1,)
        payload, number = conn.execute("SELECT o.payload, t.uitpas_number FROM outbox AS o "
                                       "JOIN ticket_sales AS t USING (client_uuid)").fetchone()
        assert demo.kansen_number not in payload + number, "the store is sealed"
    store = Store.open(path)
    try:
        attach_cipher(store, KeyringKeySource())
        item = store.outbox.get(open_sale)
        assert item is not None and item.payload["uitpasNumber"] == demo.kansen_number
        assert store.records.day_totals(day).tickets == 231
    finally:
        store.close()
