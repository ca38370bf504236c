"""Retention: removing old confirmed actions on purpose, never as a side effect of sync.

Sync only changes statuses; nothing it does deletes a row. Purging is this separate, explicit rule
(run by the maintenance job with the organizer's retention period). Before rows go, their counts and
amounts move into ``retention_totals`` per Brussels day, kind, event and tariff, so day and period
reports still add up after the details are gone.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import Engine, select

from balie.domain import ActionKind, OutboxStatus, today_in_brussels
from balie.store.db import (
    GATE_TIMEOUT,
    PRAGMAS,
    StoreError,
    WriteGate,
    problem_for,
    write_gate,
)
from balie.store.handle import Database
from balie.store.models import (
    RetentionTotal,
    to_db_time,
)

log = logging.getLogger(__name__)

FINAL = (OutboxStatus.CONFIRMED, OutboxStatus.CANCELLED, OutboxStatus.HANDLED)


@dataclass(frozen=True)
class PurgeResult:
    outbox_entries: int
    ticket_sales: int


#: entries purged per chunk. A batch (one write transaction) is chunks until BATCH_SECONDS
#: passed or a writer (a sale) queues at the write gate; then it commits at the end of the chunk
#: and the writer goes. So a sale waits for one chunk (a few ms), while batches stay long enough
#: when nobody waits: every batch writes the index pages it touched to the WAL again.
CHUNK = 100
#: the longest a purge batch runs when no writer waits. A sale that queues waits for the end of
#: the chunk and for the batch's commit, whose cost follows the pages the batch changed: on a
#: year's store with a sale every 20 ms (load 3.1-3.4), 10 ms batches gave sale p95 33 ms and
#: batch commits of 6 / 11 ms (median / p95), 20 ms batches 50 ms and 14 / 24 ms, for a purge
#: 8 % longer (35.8 vs 33.1 s)
BATCH_SECONDS = 0.01
#: the purge copies its pages from the WAL into the file after about this much batch work (one
#: copy per batch cost a third of the purge in fsyncs: the same index pages change batch after
#: batch). Between two copies the WAL holds about this much work's pages: ~230 MB at 1 s in a
#: year's first purge (its client-UUID and pass-number indexes are in random order, ~4 pages
#: per entry), for a copy cost of 7.8 s instead of 15 s at 0.25 s; compact() truncates it
CHECKPOINT_SECONDS = 1.0
#: the purge's own page cache (KiB, SQLite's negative cache_size): the indexes it walks stay in it
MAINTENANCE_CACHE_KIB = 32768

_FINAL = [x.value for x in FINAL]


# The oldest finished entries before a moment that no open entry depends on. Plain SQL with the
# indexes named: without statistics SQLite prefers the status index for "status IN (...)" and
# then sorts every finished entry of the outbox for each batch (the 146 s first purge of a
# year). Walking finished_at in order reads only the rows that go, and depends_on answers the
# NOT EXISTS: the cost follows what is deleted, not the size of the outbox.
_SQL_BATCH = ("SELECT o.client_uuid FROM outbox AS o INDEXED BY ix_outbox_finished_at "
              "WHERE o.finished_at < ? AND o.status IN (?, ?, ?) AND NOT EXISTS ("
              "SELECT 1 FROM outbox AS d INDEXED BY ix_outbox_depends_on "
              "WHERE d.depends_on = o.client_uuid AND d.status NOT IN (?, ?, ?)) "
              "ORDER BY o.finished_at LIMIT ?")


# A chunk runs in SQLite from start to end: its entries go into a temporary table, their
# records' counts and amounts are added to retention_totals per Brussels day, kind, event and
# tariff by an INSERT ... SELECT, and the records and entries are deleted by that table. The
# purge thread used to fetch the chunk's client UUIDs and the totals' groups row by row and
# send them back as parameters: each row a return from SQLite into the interpreter, which the
# counter's own thread (the sale, the GUI) needs at the same time. Groups are summed per stored
# UTC hour (Brussels days begin on a whole UTC hour); brussels_day() names the hour's day.
_SQL_CHUNK = f"INSERT INTO temp.purge_chunk (client_uuid) SELECT client_uuid FROM ({_SQL_BATCH})"
_IN_CHUNK = "client_uuid IN (SELECT client_uuid FROM temp.purge_chunk)"
_KEPT = "CASE WHEN cancelled OR training THEN 0 ELSE {} END"
_SQL_KEEP = (
    "INSERT INTO retention_totals (day, kind, event_id, tariff_id, count, amount_cents) "
    "SELECT brussels_day(hour), kind, event_id, tariff_id, kept, cents FROM ({}) WHERE kept > 0 "
    "ON CONFLICT (day, kind, event_id, tariff_id) DO UPDATE "
    "SET count = count + excluded.count, amount_cents = amount_cents + excluded.amount_cents")
_SQL_TOTALS = tuple(_SQL_KEEP.format(groups) for groups in (
    f"SELECT substr(sold_at, 1, 13) AS hour, 'TICKET_SALE' AS kind, event_id, tariff_id, "
    f"sum({_KEPT.format(1)}) AS kept, sum({_KEPT.format('price_cents')}) AS cents "
    f"FROM ticket_sales WHERE {_IN_CHUNK} GROUP BY hour, event_id, tariff_id",
    f"SELECT substr(checked_in_at, 1, 13) AS hour, 'CHECKIN' AS kind, event_id, "
    f"'' AS tariff_id, sum({_KEPT.format(1)}) AS kept, 0 AS cents "
    f"FROM checkins WHERE {_IN_CHUNK} GROUP BY hour, event_id",
    f"SELECT substr(redeemed_at, 1, 13) AS hour, 'REWARD_REDEEM' AS kind, '' AS event_id, "
    f"reward_id AS tariff_id, sum({_KEPT.format(1)}) AS kept, 0 AS cents "
    f"FROM reward_redemptions WHERE {_IN_CHUNK} GROUP BY hour, reward_id",
))
_RECORD_TABLES = ("ticket_sales", "checkins", "reward_redemptions", "passholder_changes",
                  "outbox")


def brussels_day(hour: str) -> str:
    """The Brussels day of a stored UTC hour ('2026-03-29T01'), as SQL function of the
    maintenance connection."""
    at = datetime.strptime(hour, "%Y-%m-%dT%H").replace(tzinfo=UTC)
    return today_in_brussels(at).isoformat()


def _purge_chunk(conn: sqlite3.Connection, older_than: datetime, size: int) -> tuple[int, int]:
    """Up to ``size`` entries, inside the caller's transaction: totals kept, records and
    entries gone. (entries, ticket lines, cancelled and training ones included)."""
    entries = conn.execute(_SQL_CHUNK, (to_db_time(older_than), *_FINAL, *_FINAL, size)).rowcount
    if not entries:
        return 0, 0
    for sql in _SQL_TOTALS:
        conn.execute(sql)
    lines = 0
    for table in _RECORD_TABLES:  # the outbox last: the records refer to it
        gone = conn.execute(f"DELETE FROM {table} WHERE {_IN_CHUNK}").rowcount
        if table == "ticket_sales":
            lines = gone
    conn.execute("DELETE FROM temp.purge_chunk")
    return entries, lines


def _purge_batch(conn: sqlite3.Connection, older_than: datetime, size: int, *,
                 seconds: float = 0.0,
                 stop: Callable[[], bool] = lambda: False) -> tuple[int, int, bool]:
    """One write transaction, all or nothing: chunks of ``size`` entries until ``seconds``
    passed or ``stop()`` (a writer waits). (entries, ticket lines, whether more may be left)."""
    entries = lines = 0
    started = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    try:
        while True:
            done, done_lines = _purge_chunk(conn, older_than, size)
            entries += done
            lines += done_lines
            more = done == size
            if not more or stop() or time.perf_counter() - started >= seconds:
                break
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return entries, lines, more


@contextmanager
def _maintenance_connection(engine: Engine) -> Iterator[sqlite3.Connection]:
    """A connection of its own for a long maintenance job, so its settings never reach the
    pool the counter uses: a large page cache (the job walks the same index pages batch after
    batch), ``synchronous=NORMAL`` (a power cut can only undo the last batches, which the next
    purge redoes: nothing a cashier did) and no automatic checkpoint: the job checkpoints
    itself, outside the write gate, so a sale does not wait for the job's pages to be copied
    into the file. SQLite failures become :class:`StoreError` (Dutch, with a next step)."""
    conn = sqlite3.connect(str(engine.url.database), isolation_level=None,
                           timeout=GATE_TIMEOUT, check_same_thread=False)
    try:
        for pragma in PRAGMAS:
            if not pragma.startswith("PRAGMA auto_vacuum"):
                conn.execute(pragma)
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute(f"PRAGMA cache_size=-{MAINTENANCE_CACHE_KIB}")
        conn.execute("PRAGMA wal_autocheckpoint=0")
        # the purge deletes the records of an entry in the same transaction before the entry:
        # checking four child tables again for every outbox row is work without a purpose
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("PRAGMA temp_store=MEMORY")  # the purge's chunk table: never a file
        conn.execute("CREATE TEMP TABLE purge_chunk (client_uuid TEXT PRIMARY KEY)")
        conn.create_function("brussels_day", 1, brussels_day, deterministic=True)
        yield conn
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    except sqlite3.Error as exc:
        raise StoreError(problem_for(exc)) from exc
    finally:
        conn.close()


def _sync(fd: int) -> None:
    """A data-only sync where the OS has one (Linux: the file's times need no journal commit)."""
    getattr(os, "fdatasync", os.fsync)(fd)


#: copies in a row after CHECKPOINT_SECONDS, each of what was written during the one before
_COPY_TRIES = 4


class _WalCopy:
    """Copies the maintenance job's pages from the WAL into the file after every
    CHECKPOINT_SECONDS of its steps, outside the write gate (a sale can write meanwhile): one
    copy per step cost a third of the job in fsyncs, the same index pages changing step after
    step.

    A copy alone does not make the WAL start again from its beginning: SQLite rewinds it only
    in a write transaction that began with every frame copied. With a sale every 20 ms, a sale
    nearly always committed while the copy ran, so no later transaction ever began on a fully
    copied WAL and the file grew by every batch's pages (5 GB in a year's first purge), each
    commit appending to it (batch commits of 100-160 ms, which the waiting sale paid). So
    :meth:`before_step`, inside the gate, copies what the sales wrote meanwhile (a few pages):
    the job's next step then begins on a fully copied WAL and rewinds it."""

    def __init__(self, conn: sqlite3.Connection, database: str) -> None:
        self._conn = conn
        self._since = 0.0
        self._copied = False
        self._wal_path = database + "-wal"
        self._wal_fd: int | None = None
        self._flusher: threading.Thread | None = None
        self._flush_wanted = threading.Event()
        self._closing = False

    def _flush(self) -> None:
        """After each step, outside the gate: the step's frames go to the disk soon, on a
        thread of their own (the job goes on meanwhile). The job's commits do not sync
        (``synchronous=NORMAL``), and a sale's commit (``FULL``) syncs the whole WAL file: a
        sale after a second of the job's steps paid for writing all of them (one sale a
        second during a year's purge: its commit 72 ms median, 165 ms p95). SQLite keeps no
        lock on the WAL file itself, so a descriptor of our own is safe to close."""
        if self._flusher is None:
            try:
                self._wal_fd = os.open(self._wal_path, os.O_RDWR)
            except FileNotFoundError:
                return
            self._flusher = threading.Thread(target=self._flush_loop, name="wal-flush",
                                             daemon=True)
            self._flusher.start()
        self._flush_wanted.set()

    def _flush_loop(self) -> None:
        assert self._wal_fd is not None
        while True:
            self._flush_wanted.wait()
            self._flush_wanted.clear()
            if self._closing:
                return
            try:
                _sync(self._wal_fd)
            except OSError as exc:  # SQLite meets the same disk at its next sync and says so
                log.warning("WAL flush failed: %s", type(exc).__name__)
                return

    def close(self) -> None:
        if self._flusher is not None:
            self._closing = True
            self._flush_wanted.set()
            self._flusher.join()
            self._flusher = None
        if self._wal_fd is not None:
            os.close(self._wal_fd)
            self._wal_fd = None

    def after(self, took: float) -> None:
        """After each step, outside the gate: its pages synced (:meth:`_flush`), and the WAL
        copied into the file once CHECKPOINT_SECONDS of steps have passed."""
        self._flush()
        self._since += took
        if self._since >= CHECKPOINT_SECONDS:
            # what sales wrote (or a reader kept from being copied) during a copy is copied
            # again here, outside the gate, so that little is left for before_step
            for _ in range(_COPY_TRIES):
                _busy, frames, copied = self._conn.execute(
                    "PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                if frames == copied:
                    break
            self._since = 0.0
            self._copied = True

    def before_step(self, writer_waits: Callable[[], bool]) -> None:
        """Inside the write gate, right before the job's next step, after a copy: copy the
        frames other writers added since (no in-process writer can add more now). Not while a
        sale waits at the gate: it would wait for this copy's syncs; the next step tries again."""
        if self._copied and not writer_waits():
            self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            self._copied = False


def _next_size(size: int, done: int, took: float, low: int, high: int,
               seconds: float = BATCH_SECONDS) -> int:
    """The step size that should take about ``seconds``, moving at most 2x per step (one
    slow step on a loaded machine must not swing it), between ``low`` and ``high``."""
    if done < size or took <= 0:
        return size
    goal = done * seconds / took
    return int(max(low, min(high, size * 2, max(size / 2, goal))))


def purge_confirmed(db: Database, older_than: datetime, *, batch: int | None = None,
                    pause: Callable[[], None] | None = None) -> PurgeResult:
    """Delete CONFIRMED / CANCELLED / HANDLED entries finished before ``older_than`` together with
    their local records, keeping report totals. Entries another open entry depends on stay.

    Short write transactions of about BATCH_SECONDS, cut short at the end of a CHUNK when a
    writer of this process (a sale) queues at the gate; ``batch`` makes each transaction exactly
    one chunk of that size instead. After each, every waiting writer goes first, and ``pause``
    runs (the maintenance job yields to the counter there). A sale waits at most one chunk."""
    entries = sales = 0
    size, seconds = (batch, 0.0) if batch else (CHUNK, BATCH_SECONDS)
    gate = write_gate(db.engine)

    def writer_waits() -> bool:
        return gate.waiting > 0

    with _maintenance_connection(db.engine) as conn, gate.maintenance(), \
            closing(_WalCopy(conn, str(db.engine.url.database))) as wal:
        vacuum = _Vacuum(conn, gate, wal) if _pages(conn, "auto_vacuum") == _INCREMENTAL else None
        while True:
            with gate.held():
                wal.before_step(writer_waits)
                started = time.perf_counter()
                done, lines, more = _purge_batch(conn, older_than, size, seconds=seconds,
                                                 stop=writer_waits)
                took = time.perf_counter() - started
            entries += done
            sales += lines
            wal.after(took)
            gate.let_waiting_writers_first()
            if vacuum is not None and _pages(conn, "freelist_count") >= VACUUM_DURING_PURGE_PAGES:
                vacuum.give_back()
            if done and pause is not None:
                pause()
            if not more:
                return PurgeResult(entries, sales)


#: free pages that make the purge give pages back between its batches (compact()'s steps): an
#: incremental vacuum looks up each page it takes off the free list in that list from its start,
#: so its cost grows with the square of the list (a year's first purge frees ~74,000 pages:
#: 5.4 s to give them back at the end, against ~1.3 s for SQLite's own full auto-vacuum, which
#: does not look them up). Given back while the list is short, they cost a fraction of that, but
#: a page moved may be freed again by a later batch: purge + compaction of a year with no sales
#: took 24.1 s with none given back during the purge, 23.1 s from 2,048 free pages, 20.0 s from
#: 8,192, 20.8-21.2 s from 16,384 and 32,768
VACUUM_DURING_PURGE_PAGES = 8192


class _Vacuum:
    """Steps of ``PRAGMA incremental_vacuum`` at the write gate, each sized to about
    COMPACT_STEP_SECONDS (a sale waits at most one step), with the WAL copied as after a purge
    batch."""

    def __init__(self, conn: sqlite3.Connection, gate: WriteGate, wal: _WalCopy,
                 size: int | None = None) -> None:
        self._conn, self._gate, self._wal = conn, gate, wal
        self._fixed = size is not None
        self._size = size or COMPACT_STEP_PAGES

    def give_back(self, pause: Callable[[], None] | None = None) -> None:
        """Until the free list is empty (or a step frees nothing)."""
        free = _pages(self._conn, "freelist_count")
        while free > 0:
            with self._gate.held():
                self._wal.before_step(lambda: self._gate.waiting > 0)
                started = time.perf_counter()
                # executescript steps the pragma to its end; execute() would free one page
                self._conn.executescript(f"PRAGMA incremental_vacuum({int(self._size)});")
                took = time.perf_counter() - started
            left = _pages(self._conn, "freelist_count")
            self._wal.after(took)
            self._gate.let_waiting_writers_first()
            if left >= free:
                return
            if not self._fixed:
                self._size = _next_size(self._size, free - left, took, MIN_COMPACT_STEP_PAGES,
                                        MAX_COMPACT_STEP_PAGES, COMPACT_STEP_SECONDS)
            free = left
            if pause is not None:
                pause()


@dataclass(frozen=True)
class CompactResult:
    """Pages given back to the file system (page size 4 KiB unless configured otherwise)."""

    pages_before: int
    pages_after: int
    full_vacuum: bool


#: pages given back by the first step of an incremental vacuum (each step is one short write);
#: later steps are sized to take about COMPACT_STEP_SECONDS: a step cannot be cut short when a
#: sale queues (as a purge batch is), so a sale may wait for a whole one
COMPACT_STEP_PAGES = 256
COMPACT_STEP_SECONDS = 0.01
MIN_COMPACT_STEP_PAGES, MAX_COMPACT_STEP_PAGES = 64, 16384

_INCREMENTAL = 2  # PRAGMA auto_vacuum value


def _pages(conn: sqlite3.Connection, pragma: str) -> int:
    return int(conn.execute(f"PRAGMA {pragma}").fetchone()[0])


def compact(db: Database, *, step_pages: int | None = None,
            pause: Callable[[], None] | None = None) -> CompactResult:
    """Shrink the file after a purge: the freed pages go back to the file system, so the store
    (and every copy of it) stays the size of its data.

    Stores made since auto_vacuum=INCREMENTAL (every new store) give pages back in short steps
    at the write gate, like the purge's batches: a sale waits at most one step. An older store
    is rewritten once with a full ``VACUUM`` that switches it to incremental, and only when it
    is worth it (a quarter of the file free). Steps of ``step_pages`` when given; otherwise
    sized to about COMPACT_STEP_SECONDS each. The WAL is copied into the file every CHECKPOINT_SECONDS
    of steps, not after each (a year's first purge frees ~70,000 pages: 270 copies and fsyncs
    of 256 pages each were a third of the compaction)."""
    gate = write_gate(db.engine)
    with _maintenance_connection(db.engine) as conn, gate.maintenance(), \
            closing(_WalCopy(conn, str(db.engine.url.database))) as wal:
        before = _pages(conn, "page_count")
        free = _pages(conn, "freelist_count")
        full = False
        if _pages(conn, "auto_vacuum") == _INCREMENTAL:
            _Vacuum(conn, gate, wal, step_pages).give_back(pause)
        elif free * 4 >= before:
            with gate.held():
                conn.execute("PRAGMA auto_vacuum=INCREMENTAL")
                conn.execute("VACUUM")
            full = True
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        after = _pages(conn, "page_count")
    return CompactResult(before, after, full)


def purged_totals(db: Database, day: date, kind: ActionKind) -> tuple[int, int]:
    """(count, amount in cents) of purged actions of ``kind`` on a Brussels ``day``."""
    with db.read() as s:
        rows = s.scalars(select(RetentionTotal).where(RetentionTotal.day == day.isoformat(),
                                                      RetentionTotal.kind == kind.value))
        count = amount = 0
        for r in rows:
            count += r.count
            amount += r.amount_cents
        return count, amount
