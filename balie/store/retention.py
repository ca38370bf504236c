"""Retention: removing old confirmed actions on purpose, never as a side effect of sync.

Sync only changes statuses; nothing it does deletes a row. Purging is this separate, explicit rule
(run by the maintenance job with the organizer's retention period). Before rows go, their counts and
amounts move into ``retention_totals`` per Brussels day, kind, event and tariff, so day and period
reports still add up after the details are gone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import delete, select

from balie.domain import ActionKind, OutboxStatus, today_in_brussels
from balie.store.models import (
    Checkin,
    OutboxEntry,
    PassholderChange,
    RetentionTotal,
    RewardRedemption,
    TicketSale,
)

if TYPE_CHECKING:
    from balie.store.store import Store

FINAL = (OutboxStatus.CONFIRMED, OutboxStatus.CANCELLED, OutboxStatus.HANDLED)


@dataclass(frozen=True)
class PurgeResult:
    outbox_entries: int
    ticket_sales: int


def _add(s, day: date, kind: ActionKind, event_id: str, tariff_id: str,  # type: ignore[no-untyped-def]
         count: int, amount: int) -> None:
    key = (day.isoformat(), kind.value, event_id, tariff_id)
    row = s.get(RetentionTotal, key)
    if row is None:
        s.add(RetentionTotal(day=key[0], kind=key[1], event_id=event_id, tariff_id=tariff_id,
                             count=count, amount_cents=amount))
        s.flush()
    else:
        row.count += count
        row.amount_cents += amount


def purge_confirmed(store: Store, older_than: datetime, *, batch: int = 500) -> PurgeResult:
    """Delete CONFIRMED / CANCELLED / HANDLED entries finished before ``older_than`` together with
    their local records, keeping report totals. Entries another open entry depends on stay."""
    entries = sales = 0
    while True:
        with store.write() as s:
            needed = select(OutboxEntry.depends_on).where(
                OutboxEntry.depends_on.is_not(None),
                OutboxEntry.status.not_in([x.value for x in FINAL]))
            rows = list(s.scalars(
                select(OutboxEntry).where(
                    OutboxEntry.status.in_([x.value for x in FINAL]),
                    OutboxEntry.finished_at < older_than,
                    OutboxEntry.client_uuid.not_in(needed))
                .order_by(OutboxEntry.sequence).limit(batch)))
            if not rows:
                return PurgeResult(entries, sales)
            uuids = [r.client_uuid for r in rows]
            for t in s.scalars(select(TicketSale).where(TicketSale.client_uuid.in_(uuids))):
                if not t.cancelled and not t.training:
                    _add(s, today_in_brussels(t.sold_at), ActionKind.TICKET_SALE, t.event_id,
                         t.tariff_id, 1, t.price_cents)
                sales += 1
            for c in s.scalars(select(Checkin).where(Checkin.client_uuid.in_(uuids))):
                if not c.cancelled and not c.training:
                    _add(s, today_in_brussels(c.checked_in_at), ActionKind.CHECKIN, c.event_id,
                         "", 1, 0)
            for r in s.scalars(select(RewardRedemption)
                               .where(RewardRedemption.client_uuid.in_(uuids))):
                if not r.cancelled and not r.training:
                    _add(s, today_in_brussels(r.redeemed_at), ActionKind.REWARD_REDEEM, "",
                         r.reward_id, 1, 0)
            for model in (TicketSale, Checkin, RewardRedemption, PassholderChange):
                s.execute(delete(model).where(model.client_uuid.in_(uuids)))
            s.execute(delete(OutboxEntry).where(OutboxEntry.client_uuid.in_(uuids)))
            entries += len(rows)


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
