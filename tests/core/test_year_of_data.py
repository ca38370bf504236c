"""A year of data no slower than a day: the purge walks indexes, the file shrinks after it,
backups hold no free pages, and the audit log has a retention rule."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

from balie.backup import make_backup
from balie.counter import Counter, new_action_key
from balie.domain import IdentificationSource, Operator
from balie.privacy import RetentionPolicy, purge_personal_data
from balie.store import Store
from tests.fixtures.store import DEMO_NOW, Demo

SALES = 120  # more than two purge chunks of CHUNK (below)
CHUNK = 50


def _sell_confirmed(store: Store, counter: Counter, demo: Demo, count: int) -> None:
    ident = counter.identify(demo.kansen_number, IdentificationSource.TYPED)
    offer = counter.offers_for(ident, demo.event, demo.price).offer("SOCIALTARIFF")
    for _ in range(count):
        done = counter.sell(ident, demo.event, demo.price, offer, 1, action_key=new_action_key())
        store.outbox.mark_confirmed(done.client_uuid, "p-" + done.client_uuid, DEMO_NOW)


def _pages(path: Path) -> tuple[int, int]:
    with sqlite3.connect(path) as conn:
        return (conn.execute("PRAGMA page_count").fetchone()[0],
                conn.execute("PRAGMA freelist_count").fetchone()[0])


def test_purge_and_its_lookups_walk_indexes_not_whole_tables(store: Store):
    from balie.store.retention import _SQL_BATCH

    plans = {}
    with store.engine.connect() as conn:
        for sql, args in (
                (_SQL_BATCH, ("2026", "CONFIRMED", "CANCELLED", "HANDLED", "CONFIRMED",
                              "CANCELLED", "HANDLED", 500)),
                ("DELETE FROM chip_numbers WHERE learned_at < ?", ("2026",)),
                ("DELETE FROM pass_tariffs WHERE fetched_at < ?", ("2026",)),
                ("SELECT id FROM audit_log WHERE at < ? ORDER BY at LIMIT 10", ("2026",))):
            plans[sql] = " | ".join(str(row[-1]) for row in
                                    conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, args))
    for plan in plans.values():
        assert "USING INDEX" in plan or "USING COVERING INDEX" in plan, plan
        assert "TEMP B-TREE" not in plan, f"sorts the whole table: {plan}"
    assert "ix_outbox_finished_at" in plans[_SQL_BATCH]
    assert "ix_outbox_depends_on" in plans[_SQL_BATCH]


def _plan(store: Store, sql: str, args: tuple[object, ...]) -> str:
    with store.engine.connect() as conn:
        return " | ".join(str(row[-1]) for row in
                          conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, args))


def test_no_index_repeats_the_head_of_another_index_of_its_table(store: Store):
    """Every index is written again by each sale and deleted again by the purge: an index whose
    columns begin another index of the same table costs that twice and finds nothing the longer
    one does not (UNIQUE ones stay: they enforce a rule)."""
    doubles = []
    with store.engine.connect() as conn:
        run = conn.exec_driver_sql
        tables = [r[0] for r in run("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            indexes = {}
            for _seq, name, unique, *_ in run(f"PRAGMA index_list({table})").all():
                if not unique:
                    indexes[name] = [r[2] for r in run(f"PRAGMA index_info({name})").all()]
            all_columns = {name: [r[2] for r in run(f"PRAGMA index_info({name})").all()]
                           for _seq, name, *_ in run(f"PRAGMA index_list({table})").all()}
            doubles += [f"{table}.{short} begins {longer}"
                        for short, head in indexes.items()
                        for longer, columns in all_columns.items()
                        if longer != short and columns[:len(head)] == head]
    assert doubles == []


def _chunk_plans(store: Store) -> dict[str, str]:
    """EXPLAIN QUERY PLAN of each statement of a purge chunk, on the purge's own connection (its
    chunk table and brussels_day)."""
    from balie.store.retention import (
        _FINAL,
        _IN_CHUNK,
        _RECORD_TABLES,
        _SQL_CHUNK,
        _SQL_TOTALS,
        _maintenance_connection,
    )

    statements = {"choose the chunk": (_SQL_CHUNK, ("2026", *_FINAL, *_FINAL, 100))}
    statements.update({f"totals {i}": (sql, ()) for i, sql in enumerate(_SQL_TOTALS)})
    statements.update({f"purge {table}": (f"DELETE FROM {table} WHERE {_IN_CHUNK}", ())
                       for table in _RECORD_TABLES})
    with _maintenance_connection(store.engine) as conn:
        return {what: " | ".join(str(r[-1]) for r in conn.execute("EXPLAIN QUERY PLAN " + sql,
                                                                    args))
                for what, (sql, args) in statements.items()}


def test_a_purge_chunk_walks_the_client_uuid_indexes_and_sorts_only_its_own_groups(
        store: Store):
    """Each chunk picks its entries by finished_at and depends_on, then finds their records by
    client UUID: no statement reads a whole table, whatever the store's size."""
    for what, plan in _chunk_plans(store).items():
        assert "SCAN" not in plan.replace("SCAN (subquery", ""), (what, plan)
        assert "USING INDEX" in plan or "USING COVERING INDEX" in plan, (what, plan)
        if what.startswith("purge"):
            assert "client_uuid=?" in plan and "TEMP B-TREE" not in plan, (what, plan)


def test_brussels_day_of_a_stored_hour_follows_summer_and_winter_time():
    """The purge sums per stored UTC hour; the hour's Brussels day is where its totals go."""
    from balie.store.retention import brussels_day

    assert brussels_day("2026-03-28T22") == "2026-03-28"  # 23:00 CET
    assert brussels_day("2026-03-28T23") == "2026-03-29"  # 00:00 CET
    assert brussels_day("2026-10-24T21") == "2026-10-24"  # 23:00 CEST
    assert brussels_day("2026-10-24T22") == "2026-10-25"  # 00:00 CEST
    assert brussels_day("2026-12-31T23") == "2027-01-01"


def test_the_taps_and_the_purges_queries_by_pass_and_action_use_indexes(store: Store):
    """A tap reads a pass's sales (of this event, and its open kansentarief ones) and the purge
    deletes each action's records: after migration 0009 each still walks an index."""
    from balie.store.facts import _SQL_EVENT_SALES, _SQL_OPEN_SOCIAL
    plans = {
        "event sales": _plan(store, _SQL_EVENT_SALES, ("i1:x", "ev", "2026")),
        "open kansentarief": _plan(store, _SQL_OPEN_SOCIAL, ("i1:x", "CONFIRMED", "HANDLED")),
        "history of a pass": _plan(store, "SELECT id FROM ticket_sales WHERE uitpas_number = ? "
                                          "AND cancelled = 0", ("i1:x",)),
    }
    plans.update({what: plan for what, plan in _chunk_plans(store).items()
                  if what.startswith("purge")})
    for what, plan in plans.items():
        assert "SCAN" not in plan and "TEMP B-TREE" not in plan, (what, plan)
        assert "USING INDEX" in plan or "USING COVERING INDEX" in plan, (what, plan)
    for what in ("event sales", "open kansentarief", "history of a pass"):
        assert "ix_ticket_sales_pass_event_sold" in plans[what], (what, plans[what])


def test_after_a_purge_the_file_shrinks_and_its_backup_holds_no_free_pages(
        store: Store, counter: Counter, demo: Demo, monkeypatch):
    monkeypatch.setattr("balie.store.retention.CHUNK", CHUNK)
    _sell_confirmed(store, counter, demo, SALES)
    full_pages, _ = _pages(store.path)
    report = purge_personal_data(store, DEMO_NOW + timedelta(days=31))
    assert report.actions == SALES
    pages, free = _pages(store.path)
    assert free == 0 and pages < full_pages, (full_pages, pages, free)
    copy = make_backup(store.path, store.backups or store.path.parent / "backups")
    copy_pages, copy_free = _pages(copy)
    assert copy_free == 0 and copy_pages <= pages
    day = store.records.day_totals(DEMO_NOW.date())
    assert day.tickets == SALES, "the report still counts what was purged"


def test_a_backup_leaves_the_free_pages_of_an_unpurged_store_out(tmp_path: Path):
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as conn:  # a store made before incremental vacuum: never shrinks
        conn.execute("CREATE TABLE t (x BLOB)")
        conn.executemany("INSERT INTO t VALUES (?)", [(b"x" * 4000,) for _ in range(500)])
        conn.execute("DELETE FROM t")
    pages, free = _pages(path)
    assert free > 400
    copy = make_backup(path, tmp_path / "backups")
    assert _pages(copy)[1] == 0 and copy.stat().st_size < path.stat().st_size / 10


def test_audit_lines_go_after_the_audit_retention_unless_their_action_is_still_open(
        store: Store, counter: Counter, demo: Demo):
    ident = counter.identify(demo.kansen_number, IdentificationSource.TYPED)
    offer = counter.offers_for(ident, demo.event, demo.price).offer("SOCIALTARIFF")
    still_open = counter.sell(ident, demo.event, demo.price, offer, 1,
                              action_key=new_action_key()).client_uuid
    staff = Operator("op-9", "Chef")
    store.audit.record(operator=staff, action="operator.created", at=DEMO_NOW)
    policy = RetentionPolicy()
    assert policy.audit_retention >= timedelta(days=366)
    purge_personal_data(store, DEMO_NOW + policy.audit_retention - timedelta(days=1), policy)
    assert any(line.action == "operator.created" for line in store.audit.lines()), \
        "kept for a full year and the closing month"
    report = purge_personal_data(store, DEMO_NOW + policy.audit_retention + timedelta(days=1),
                                 policy)
    left = store.audit.lines()
    assert report.audit_lines >= 1
    assert not any(line.action == "operator.created" for line in left)
    assert left and all(line.outbox_uuid == still_open for line in left), \
        "the history of an action not yet settled stays"


def _wait_for(condition, what: str, timeout: float = 10.0) -> None:
    import time

    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting until {what}"
        time.sleep(0.001)


def test_a_sale_waiting_behind_a_purge_batch_goes_before_the_next_batch(
        store: Store, counter: Counter, demo: Demo):
    """The cashier's sale waits for one purge batch at most, not for the purge."""
    import threading

    from balie.store.db import write_gate

    gate = write_gate(store.engine)
    order: list[str] = []
    ident = counter.identify(demo.kansen_number, IdentificationSource.TYPED)
    offer = counter.offers_for(ident, demo.event, demo.price).offer("SOCIALTARIFF")

    def sale() -> None:
        done = counter.sell(ident, demo.event, demo.price, offer, 1, action_key=new_action_key())
        order.append("sale" if done.done else "sale failed")

    queued_before = store.outbox.stats().length
    with gate.held():  # a purge batch is writing
        cashier = threading.Thread(target=sale)
        cashier.start()
        _wait_for(lambda: gate.waiting == 1, "the sale queues at the write gate")
        assert store.outbox.stats().length == queued_before, "the sale waited for batch 1"
    assert gate.let_waiting_writers_first(), "the waiting sale got its turn"
    with gate.held():  # batch 2: the sale's transaction is already in the store
        written_before_batch_2 = store.outbox.stats().length - queued_before
    cashier.join(timeout=30)
    assert order == ["sale"], order
    assert written_before_batch_2 == 1, "the waiting sale went before the next purge batch"


def test_compaction_steps_are_sized_to_a_short_write_and_move_gently():
    from balie.store.retention import BATCH_SECONDS, _next_size

    low, high = 64, 16384
    assert _next_size(512, 512, BATCH_SECONDS * 4, low, high) == 256, "slow: halves, not less"
    assert _next_size(512, 512, BATCH_SECONDS / 10, low, high) == 1024, "fast: doubles at most"
    assert _next_size(400, 400, BATCH_SECONDS / 2, low, high) == 800
    assert _next_size(70, 70, 10.0, low, high) == low
    assert _next_size(high, high, BATCH_SECONDS / 10, low, high) == high
    assert _next_size(512, 20, 10.0, low, high) == 512, "the last, short step says nothing"


def test_a_sale_that_queues_during_a_purge_batch_cuts_it_short_at_the_end_of_a_chunk(
        store: Store, counter: Counter, demo: Demo, monkeypatch):
    """A purge batch is chunks in one transaction; the cashier's sale waits for the chunk that
    runs, not for the rest of the batch (here the batch's time budget would take them all)."""
    import threading

    from balie.store import retention
    from balie.store.db import write_gate

    _sell_confirmed(store, counter, demo, 60)
    monkeypatch.setattr(retention, "BATCH_SECONDS", 60.0)
    monkeypatch.setattr(retention, "CHUNK", 10)
    ident = counter.identify(demo.kansen_number, IdentificationSource.TYPED)
    offer = counter.offers_for(ident, demo.event, demo.price).offer("SOCIALTARIFF")
    gate = write_gate(store.engine)
    sales_seen: list[int] = []  # the cashier's sales each chunk's transaction sees
    real_chunk = retention._purge_chunk

    def sale() -> None:
        done = counter.sell(ident, demo.event, demo.price, offer, 1, action_key=new_action_key())
        assert done.done, done.message_nl

    def chunk_then_a_customer(conn, older_than, size):  # type: ignore[no-untyped-def]
        sales_seen.append(conn.execute(
            "SELECT count(*) FROM outbox WHERE status = 'PENDING'").fetchone()[0])
        result = real_chunk(conn, older_than, size)
        if len(sales_seen) == 2:
            threading.Thread(target=sale, name="cashier").start()
            _wait_for(lambda: gate.waiting == 1, "the sale queues at the write gate")
        return result

    monkeypatch.setattr(retention, "_purge_chunk", chunk_then_a_customer)
    result = retention.purge_confirmed(store, DEMO_NOW + timedelta(days=31))
    assert result.outbox_entries == 60
    assert sales_seen[:3] == [0, 0, 1], "the sale went right after the chunk it waited for"
    assert len(sales_seen) > 3, "the purge went on after the sale"


def test_a_purge_in_small_batches_keeps_every_total_and_the_counter_selling(
        store: Store, counter: Counter, demo: Demo):
    """Batches of 7 with a sale between each two: every purged sale is in the day's totals,
    and the sales made while the purge ran are kept (they are not confirmed yet)."""
    from balie.store.retention import purge_confirmed

    _sell_confirmed(store, counter, demo, 40)
    ident = counter.identify(demo.kansen_number, IdentificationSource.TYPED)
    offer = counter.offers_for(ident, demo.event, demo.price).offer("SOCIALTARIFF")
    during: list[str] = []

    def sell_between_batches() -> None:
        done = counter.sell(ident, demo.event, demo.price, offer, 1, action_key=new_action_key())
        assert done.done, done.message_nl
        during.append(done.client_uuid)

    result = purge_confirmed(store, DEMO_NOW + timedelta(days=31), batch=7,
                             pause=sell_between_batches)
    assert result.outbox_entries == 40 and result.ticket_sales == 40
    assert len(during) == 6, "one sale after each of the 6 batches that deleted something"
    assert all(store.outbox.get(uuid) is not None for uuid in during)
    assert store.records.day_totals(DEMO_NOW.date()).tickets == 40 + len(during)


def test_during_maintenance_a_sales_commit_leaves_the_jobs_pages_in_the_wal_to_the_job(
        store: Store, counter: Counter, demo: Demo):
    """A purge batch writes hundreds of pages; SQLite's automatic checkpoint would make the
    next sale's commit copy them into the file (+20 ms on a year's store). While the job runs
    it checkpoints itself, so the sale does not; once it is done, commits checkpoint again."""
    from balie.store.db import write_gate

    ident = counter.identify(demo.kansen_number, IdentificationSource.TYPED)
    offer = counter.offers_for(ident, demo.event, demo.price).offer("SOCIALTARIFF")

    def sell() -> None:
        done = counter.sell(ident, demo.event, demo.price, offer, 1, action_key=new_action_key())
        assert done.done, done.message_nl

    sell()
    job = sqlite3.connect(store.path, isolation_level=None)
    job.execute("PRAGMA wal_autocheckpoint=0")  # as the purge's own connection
    job.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = store.path.stat().st_size
    with job:  # a big batch of the job: its pages wait in the WAL (> 1,000 of them)
        job.executemany("INSERT INTO audit_log (at, operator_id, operator_name, action, detail) "
                        "VALUES ('2026-01-01T00:00:00.000000Z', 'j', 'J', 'job', ?)",
                        [("x" * 3000,) for _ in range(1100)])
    assert store.path.stat().st_size == size, "the job's pages are in the WAL, not the file"
    with write_gate(store.engine).maintenance():
        sell()
        sell()
    assert store.path.stat().st_size == size, "a sale's commit copied the job's pages"
    sell()
    assert store.path.stat().st_size > size, "after the job, commits checkpoint as before"
    job.close()


def _plans_of(store: Store, call) -> list[str]:  # type: ignore[no-untyped-def]
    """EXPLAIN QUERY PLAN of every statement ``call`` runs on the store."""
    from sqlalchemy import event

    statements: list[tuple[str, object]] = []

    def seen(_conn, _cursor, sql, params, _context, _many):  # type: ignore[no-untyped-def]
        if sql.lstrip().upper().startswith("SELECT"):
            statements.append((sql, params))

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        call()
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)
    with store.engine.connect() as conn:
        return [" | ".join(str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql,
                                                                      params))  # type: ignore[arg-type]
                for sql, params in statements]


def test_what_the_window_asks_at_start_and_after_each_tap_walks_indexes(
        store: Store, counter: Counter, demo: Demo):
    """The status bar (queue counts) and F8's "last action" are asked at start and after every
    action; on a year's store a scan of the outbox took 0.5 s (last action) and 30-40 ms
    (counting every confirmed entry)."""
    _sell_confirmed(store, counter, demo, 3)
    for what, call in (("status bar", store.outbox.stats),
                       ("last action", store.records.last_action)):
        plans = _plans_of(store, call)
        assert plans, what
        for plan in plans:
            assert "SCAN outbox" not in plan and "TEMP B-TREE" not in plan, (what, plan)


def test_every_index_of_the_outbox_is_walked_by_one_of_its_queries(
        store: Store, counter: Counter, demo: Demo):
    """Each index of the outbox is written by every sale and deleted from for every purged
    entry; one that no query walks is that cost for nothing. The pass index (pass_key,
    sequence) was one page in four of a year's first purge, and the sync queue reads open
    entries by status instead (migration 0010). UNIQUE ones stay: they enforce a rule."""
    from balie.store.retention import _SQL_BATCH
    from balie.sync.queue import deliverable

    _sell_confirmed(store, counter, demo, 2)
    ident = counter.identify(demo.kansen_number, IdentificationSource.TYPED)
    offer = counter.offers_for(ident, demo.event, demo.price).offer("SOCIALTARIFF")
    counter.sell(ident, demo.event, demo.price, offer, 1, action_key=new_action_key())
    plans: list[str] = []
    for call in (lambda: store.outbox.next_batch(DEMO_NOW), lambda: deliverable(store, DEMO_NOW),
                 store.outbox.stats, store.outbox.sent_unconfirmed, store.outbox.needs_attention,
                 store.records.last_action):
        plans += _plans_of(store, call)
    plans.append(_plan(store, _SQL_BATCH, ("2027", "CONFIRMED", "CANCELLED", "HANDLED",
                                           "CONFIRMED", "CANCELLED", "HANDLED", 100)))
    with store.engine.connect() as conn:
        indexes = [name for _seq, name, unique, *_ in
                   conn.exec_driver_sql("PRAGMA index_list(outbox)").all() if not unique]
    assert indexes
    unused = [name for name in indexes if not any(name in plan for plan in plans)]
    assert unused == [], f"indexes of the outbox no query walks: {unused}"


def test_new_action_keys_sort_in_the_order_they_were_made(
        store: Store, counter: Counter, demo: Demo):
    """Client UUIDs are time-ordered (UUIDv7): the indexes on them grow at their end and the
    purge of the oldest actions empties their first pages. With uuid4 every purged action sat
    on a page of its own in the outbox's and its records' client-UUID indexes."""
    import time
    import uuid

    from balie.group import new_key

    ident = counter.identify(demo.kansen_number, IdentificationSource.TYPED)
    offer = counter.offers_for(ident, demo.event, demo.price).offer("SOCIALTARIFF")
    keys: list[str] = []
    for maker in (new_action_key, new_key) * 4:  # one key per millisecond: order is by the ms
        millis = time.time_ns() // 1_000_000
        deadline = time.monotonic() + 5
        while time.time_ns() // 1_000_000 == millis:
            assert time.monotonic() < deadline, "the clock did not move"
        keys.append(maker())
        done = counter.sell(ident, demo.event, demo.price, offer, 1, action_key=keys[-1])
        assert done.done, done.message_nl
    assert [uuid.UUID(k).version for k in keys] == [7] * len(keys)
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    with store.engine.connect() as conn:
        stored = [r[0] for r in conn.exec_driver_sql(
            "SELECT client_uuid FROM outbox WHERE kind = 'TICKET_SALE' ORDER BY id")]
    assert stored == keys, "the outbox's client UUIDs follow its insert order"


def test_the_last_action_is_the_newest_whatever_its_status(
        store: Store, counter: Counter, demo: Demo):
    _sell_confirmed(store, counter, demo, 2)  # confirmed, older
    ident = counter.identify(demo.kansen_number, IdentificationSource.TYPED)
    offer = counter.offers_for(ident, demo.event, demo.price).offer("SOCIALTARIFF")
    pending = counter.sell(ident, demo.event, demo.price, offer, 1,
                           action_key=new_action_key()).client_uuid
    last = store.records.last_action()
    assert last is not None and last.client_uuid == pending
    _sell_confirmed(store, counter, demo, 1)  # newer and confirmed
    last = store.records.last_action()
    assert last is not None and last.client_uuid != pending
    assert last.status.value == "CONFIRMED"


def test_a_long_purge_gives_its_free_pages_back_while_it_runs_not_all_at_the_end(
        store: Store, counter: Counter, demo: Demo, monkeypatch):
    """An incremental vacuum's cost grows with the square of the free list (a year's first
    purge: 5.4 s for ~74,000 pages at the end): the purge gives pages back once the list holds
    VACUUM_DURING_PURGE_PAGES, so the file shrinks while it runs and the totals stay whole."""
    from balie.store.retention import purge_confirmed

    monkeypatch.setattr("balie.store.retention.VACUUM_DURING_PURGE_PAGES", 2)
    _sell_confirmed(store, counter, demo, SALES)
    full_pages, _ = _pages(store.path)
    seen: list[tuple[int, int]] = []  # (pages, free pages) after each batch of 10 entries
    result = purge_confirmed(store, DEMO_NOW + timedelta(days=1), batch=10,
                             pause=lambda: seen.append(_pages(store.path)))
    assert result.outbox_entries == SALES
    assert len(seen) > SALES // 10 // 2, "the purge ran in many batches"
    assert max(free for _, free in seen) < 2, seen
    assert min(pages for pages, _ in seen) < full_pages, (full_pages, seen)
    assert store.records.day_totals(DEMO_NOW.date()).tickets == SALES
