"""Retention: removing old confirmed actions on purpose, never as a side effect of sync.

Sync only changes statuses; nothing it does deletes a row. Purging is this separate, explicit rule
(run by the maintenance job with the organizer's retention period). Before rows go, their counts and
amounts move into ``retention_totals`` per Brussels day, kind, event and tariff, so day and period
reports still add up after the details are gone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from balie.domain import ActionKind, OutboxStatus, today_in_brussels
from balie.store.models import (
    RetentionTotal,
    from_db_time,
    to_db_time,
)

if TYPE_CHECKING:
    from balie.store.store import Store

FINAL = (OutboxStatus.CONFIRMED, OutboxStatus.CANCELLED, OutboxStatus.HANDLED)


@dataclass(frozen=True)
class PurgeResult:
    outbox_entries: int
    ticket_sales: int


#: one purge batch: a short write transaction, so a sale waits at most one batch behind it
BATCH = 500

_FINAL = [x.value for x in FINAL]


# Plain SQL with the indexes named: without statistics SQLite prefers the status index for
# "status IN (...)" and then sorts every finished entry of the outbox for each batch (the 146 s
# first purge of a year). Walking finished_at in order reads only the rows that go.
_SQL_BATCH = ("SELECT o.client_uuid FROM outbox AS o INDEXED BY ix_outbox_finished_at "
              "WHERE o.finished_at < ? AND o.status IN (?, ?, ?) AND NOT EXISTS ("
              "SELECT 1 FROM outbox AS d INDEXED BY ix_outbox_depends_on "
              "WHERE d.depends_on = o.client_uuid AND d.status NOT IN (?, ?, ?)) "
              "ORDER BY o.finished_at LIMIT ?")


def _batch(s: Session, older_than: datetime, batch: int) -> list[str]:
    """The oldest finished entries before ``older_than`` that no open entry depends on. Both
    conditions walk an index (finished_at, depends_on): the cost follows what is deleted, not
    the size of the outbox."""
    rows = s.connection().exec_driver_sql(
        _SQL_BATCH, (to_db_time(older_than), *_FINAL, *_FINAL, batch)).all()
    return [r[0] for r in rows]


# The rows about to go, read with plain SQL: the ORM's per-row work was most of a batch's cost.
_SQL_TOTALS = (
    ("SELECT 'TICKET_SALE', sold_at, event_id, tariff_id, price_cents, cancelled, training "
     "FROM ticket_sales WHERE client_uuid IN ({})"),
    ("SELECT 'CHECKIN', checked_in_at, event_id, '', 0, cancelled, training "
     "FROM checkins WHERE client_uuid IN ({})"),
    ("SELECT 'REWARD_REDEEM', redeemed_at, '', reward_id, 0, cancelled, training "
     "FROM reward_redemptions WHERE client_uuid IN ({})"),
)
_RECORD_TABLES = ("ticket_sales", "checkins", "reward_redemptions", "passholder_changes",
                  "outbox")


def _totals(s: Session, uuids: list[str]) -> tuple[dict[tuple[str, str, str, str], list[int]],
                                                    int]:
    """Counts and amounts per (Brussels day, kind, event, tariff) of the rows about to go, and
    the number of ticket lines among them (cancelled and training rows are not counted)."""
    totals: dict[tuple[str, str, str, str], list[int]] = {}
    days: dict[str, str] = {}  # stored UTC hour -> Brussels day: one zone conversion per hour
    marks = ", ".join("?" for _ in uuids)
    run = s.connection().exec_driver_sql
    lines = 0
    for sql in _SQL_TOTALS:
        for kind, at, event_id, tariff_id, amount, cancelled, training in run(
                sql.format(marks), tuple(uuids)):
            if kind == ActionKind.TICKET_SALE.value:
                lines += 1
            if cancelled or training:
                continue
            hour = str(at)[:13]
            day = days.get(hour)
            if day is None:
                day = days[hour] = today_in_brussels(from_db_time(str(at))).isoformat()
            found = totals.setdefault((day, kind, event_id, tariff_id), [0, 0])
            found[0] += 1
            found[1] += int(amount)
    return totals, lines


def _keep_totals(s: Session, totals: dict[tuple[str, str, str, str], list[int]]) -> None:
    if not totals:
        return
    insert = sqlite_insert(RetentionTotal).values([
        {"day": day, "kind": kind, "event_id": event_id, "tariff_id": tariff_id,
         "count": count, "amount_cents": amount}
        for (day, kind, event_id, tariff_id), (count, amount) in totals.items()])
    s.execute(insert.on_conflict_do_update(
        index_elements=["day", "kind", "event_id", "tariff_id"],
        set_={"count": RetentionTotal.count + insert.excluded.count,
              "amount_cents": RetentionTotal.amount_cents + insert.excluded.amount_cents}))


def purge_confirmed(store: Store, older_than: datetime, *, batch: int | None = None,
                    pause: Callable[[], None] | None = None) -> PurgeResult:
    """Delete CONFIRMED / CANCELLED / HANDLED entries finished before ``older_than`` together with
    their local records, keeping report totals. Entries another open entry depends on stay.

    One short write transaction per batch (sales queue behind one batch, not behind the purge);
    ``pause`` runs between batches (the maintenance job yields to the counter there)."""
    entries = sales = 0
    size = batch or BATCH
    while True:
        with store.write() as s:
            uuids = _batch(s, older_than, size)
            if not uuids:
                return PurgeResult(entries, sales)
            totals, lines = _totals(s, uuids)
            _keep_totals(s, totals)
            marks = ", ".join("?" for _ in uuids)
            for table in _RECORD_TABLES:  # the outbox last: the records refer to it
                s.connection().exec_driver_sql(
                    f"DELETE FROM {table} WHERE client_uuid IN ({marks})",  # noqa: S608
                    tuple(uuids))
            entries += len(uuids)
            sales += lines
        if pause is not None:
            pause()


@dataclass(frozen=True)
class CompactResult:
    """Pages given back to the file system (page size 4 KiB unless configured otherwise)."""

    pages_before: int
    pages_after: int
    full_vacuum: bool


#: pages given back per step of an incremental vacuum (each step is one short write: ~1 MB)
COMPACT_STEP_PAGES = 256

_INCREMENTAL = 2  # PRAGMA auto_vacuum value


def compact(store: Store, *, step_pages: int = COMPACT_STEP_PAGES,
            pause: Callable[[], None] | None = None) -> CompactResult:
    """Shrink the file after a purge: the freed pages go back to the file system, so the store
    (and every copy of it) stays the size of its data.

    Stores made since auto_vacuum=INCREMENTAL (every new store) give pages back in short steps,
    a sale waits at most one step. An older store is rewritten once with a full ``VACUUM`` that
    switches it to incremental, and only when it is worth it (a quarter of the file free)."""
    raw = store.engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert conn is not None
        before = conn.execute("PRAGMA page_count").fetchone()[0]
        free = conn.execute("PRAGMA freelist_count").fetchone()[0]
        mode = conn.execute("PRAGMA auto_vacuum").fetchone()[0]
        full = False
        if mode == _INCREMENTAL:
            while free > 0:
                # executescript steps the pragma to its end; execute() would free one page
                conn.executescript(f"PRAGMA incremental_vacuum({int(step_pages)});")
                left = conn.execute("PRAGMA freelist_count").fetchone()[0]
                if left >= free:
                    break
                free = left
                if pause is not None:
                    pause()
        elif free * 4 >= before:
            conn.execute("PRAGMA auto_vacuum=INCREMENTAL")
            conn.execute("VACUUM")
            full = True
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        after = conn.execute("PRAGMA page_count").fetchone()[0]
    finally:
        raw.close()
    return CompactResult(before, after, full)


def purged_totals(store: Store, day: date, kind: ActionKind) -> tuple[int, int]:
    """(count, amount in cents) of purged actions of ``kind`` on a Brussels ``day``."""
    with store.read() as s:
        rows = s.scalars(select(RetentionTotal).where(RetentionTotal.day == day.isoformat(),
                                                      RetentionTotal.kind == kind.value))
        count = amount = 0
        for r in rows:
            count += r.count
            amount += r.amount_cents
        return count, amount
