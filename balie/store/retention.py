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

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from balie.domain import ActionKind, OutboxStatus, today_in_brussels
from balie.store.models import (
    Checkin,
    OutboxEntry,
    PassholderChange,
    RetentionTotal,
    RewardRedemption,
    TicketSale,
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


def _totals(s: Session, uuids: list[str]) -> tuple[dict[tuple[str, str, str, str], list[int]],
                                                    int]:
    """Counts and amounts per (Brussels day, kind, event, tariff) of the rows about to go, and
    the number of ticket lines among them (cancelled and training rows are not counted)."""
    totals: dict[tuple[str, str, str, str], list[int]] = {}

    def add(at: datetime, kind: ActionKind, event_id: str, tariff_id: str, amount: int) -> None:
        key = (today_in_brussels(at).isoformat(), kind.value, event_id, tariff_id)
        found = totals.setdefault(key, [0, 0])
        found[0] += 1
        found[1] += amount

    lines = 0
    for at, event_id, tariff_id, price, cancelled, training in s.execute(
            select(TicketSale.sold_at, TicketSale.event_id, TicketSale.tariff_id,
                   TicketSale.price_cents, TicketSale.cancelled, TicketSale.training)
            .where(TicketSale.client_uuid.in_(uuids))):
        lines += 1
        if not cancelled and not training:
            add(at, ActionKind.TICKET_SALE, event_id, tariff_id, price)
    for at, event_id in s.execute(select(Checkin.checked_in_at, Checkin.event_id).where(
            Checkin.client_uuid.in_(uuids), Checkin.cancelled.is_(False),
            Checkin.training.is_(False))):
        add(at, ActionKind.CHECKIN, event_id, "", 0)
    for at, reward_id in s.execute(select(RewardRedemption.redeemed_at,
                                          RewardRedemption.reward_id).where(
            RewardRedemption.client_uuid.in_(uuids), RewardRedemption.cancelled.is_(False),
            RewardRedemption.training.is_(False))):
        add(at, ActionKind.REWARD_REDEEM, "", reward_id, 0)
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
            for model in (TicketSale, Checkin, RewardRedemption, PassholderChange):
                s.execute(delete(model).where(model.client_uuid.in_(uuids)))
            s.execute(delete(OutboxEntry).where(OutboxEntry.client_uuid.in_(uuids)))
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


#: pages given back per step of an incremental vacuum (each step is one short write)
COMPACT_STEP_PAGES = 2000

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
                conn.execute(f"PRAGMA incremental_vacuum({int(step_pages)})").fetchall()
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
