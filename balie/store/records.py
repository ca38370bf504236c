"""Local records of counter actions, each written together with its outbox entry.

Every method that records an action runs ONE write transaction: the local rows (what reports and
history read, offline too) and the outbox entry (what sync delivers) commit together or not at all.
Only after it returns may the screen say "done".

On a live store the pass number and passholder id of every record are blind indexes
(:func:`balie.crypto.number_key`, :func:`~balie.crypto.holder_key`): a thief of the file cannot
read which pass bought a kansentarief ticket, while the counter still finds a pass's records by
equality (offline limits, history). The clear values live only in the sealed outbox payload,
which is what sync sends. Training stores have no key and keep them in clear, by the same code.

The caller passes the ``client_uuid``, generated when the screen showed its confirm button. Pressing
twice (or a retry after a hang) hands the same UUID again: the second call finds the first entry and
returns it with ``duplicate=True`` instead of selling twice. The UNIQUE constraint on
``outbox.client_uuid`` is what actually guarantees it.

Payload shapes (what the sync worker reads; money in cents, converted at the API edge):
  TICKET_SALE      {uitpasNumber, passholderId, eventId, regularPriceCents, regularPriceLabel,
                    tariffId, quantity}
  CHECKIN          {uitpasNumber, passholderId, eventId}
  REWARD_REDEEM    {uitpasNumber, passholderId, rewardId}
  *_CANCEL         {cancels: <client uuid of the original>}  (platform ids: outbox.get(depends_on))
  PASSHOLDER_*, MEMBERSHIP: the caller's payload as given.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Integer, func, select, type_coerce
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from balie.crypto import holder_key, number_key
from balie.decide.points import PointsChange
from balie.domain import (
    BRUSSELS,
    ActionKind,
    Cents,
    Operator,
    OutboxStatus,
    Problem,
    TariffType,
)
from balie.store.action_rows import (
    RECORD_MODELS,
    NewAction,
    add_entry,
    mark_records_cancelled,
)
from balie.store.audit import Audit
from balie.store.db import StoreError
from balie.store.handle import Database
from balie.store.models import (
    Base,
    Checkin,
    OutboxEntry,
    PassholderChange,
    RewardRedemption,
    TicketSale,
    from_db_time,
    to_db_time,
)
from balie.wording import count_nl

CANCEL_KIND = {
    ActionKind.TICKET_SALE: ActionKind.TICKET_SALE_CANCEL,
    ActionKind.CHECKIN: ActionKind.CHECKIN_CANCEL,
    ActionKind.REWARD_REDEEM: ActionKind.REWARD_REDEEM_CANCEL,
}


@dataclass(frozen=True)
class NewTicketSale:
    event_id: str
    event_name: str
    uitpas_number: str
    passholder_id: str | None
    regular_price_cents: Cents
    regular_price_label: str | None
    tariff_id: str
    tariff_name: str
    tariff_type: TariffType
    price_cents: Cents
    quantity: int = 1
    provisional: bool = False


@dataclass(frozen=True)
class NewCheckin:
    event_id: str
    event_name: str
    uitpas_number: str
    passholder_id: str | None
    points_expected: int
    provisional: bool = False


@dataclass(frozen=True)
class NewRedemption:
    reward_id: str
    reward_title: str
    points: int
    uitpas_number: str
    passholder_id: str | None
    provisional: bool = False


@dataclass(frozen=True)
class Recorded:
    """The action is on disk with its outbox entry (or was already: ``duplicate``)."""

    client_uuid: str
    kind: ActionKind
    sequence: int
    duplicate: bool = False


@dataclass(frozen=True)
class Cancelled:
    """Outcome of undoing an action. ``withdrawn``: it had not left the counter, so it is simply
    not sent; otherwise ``cancel_uuid`` is the queued cancellation that sync delivers after the
    original is confirmed."""

    original_uuid: str
    withdrawn: bool
    cancel_uuid: str | None


@dataclass(frozen=True)
class LastAction:
    client_uuid: str
    kind: ActionKind
    created_at: datetime
    status: OutboxStatus
    summary: str


@dataclass(frozen=True)
class PassSale:
    """A UiTPAS-tariff ticket this counter sold to a pass (not cancelled), for offline limits."""

    event_id: str
    tariff_id: str
    tariff_type: TariffType
    sold_at: datetime
    confirmed: bool
    #: still in the queue (PENDING or SENT): the platform may not count it yet
    queued: bool = False


@dataclass(frozen=True)
class TariffTotal:
    tariff_id: str
    tariff_name: str
    count: int
    amount_cents: Cents
    provisional: int


@dataclass(frozen=True)
class DayTotals:
    day: date
    tickets: int
    amount_cents: Cents
    per_tariff: tuple[TariffTotal, ...]
    checkins: int
    redemptions: int
    registrations: int
    cancelled_tickets: int


#: :meth:`Records.points_changes`: a pass's check-ins (+) and reward redemptions (-) and the
#: cancellations of either (the opposite sign), whose outbox entry is open, or confirmed after
#: the given moment (the last two parameters; NULL: only open ones)
_POINTS_WORTH = ("(o.status IN (?, ?) OR (o.status = ? AND ? IS NOT NULL AND o.finished_at > ?))")
_SQL_POINTS_CHANGES = " UNION ALL ".join(
    f"SELECT {sign}, r.{points}, o.status, o.created_at, o.sent_at, o.finished_at "
    f"FROM {table} r JOIN outbox o ON o.{join} = r.client_uuid "
    f"WHERE r.uitpas_number = ?{' AND o.kind = ?' if join == 'depends_on' else ''} "
    f"AND {_POINTS_WORTH}"
    for table, points, sign, join in (
        ("checkins", "points_expected", 1, "client_uuid"),
        ("checkins", "points_expected", -1, "depends_on"),
        ("reward_redemptions", "points", -1, "client_uuid"),
        ("reward_redemptions", "points", 1, "depends_on")))


class Records:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- one transaction per action ------------------------------------------------------------

    def _record(self, action: NewAction, rows: Callable[[OutboxEntry], Sequence[Base]],
                now: datetime, audit_detail: str) -> Recorded:
        try:
            with self._db.write() as s:
                existing = s.scalar(select(OutboxEntry).where(
                    OutboxEntry.client_uuid == action.client_uuid))
                if existing is not None:
                    return Recorded(existing.client_uuid, ActionKind(existing.kind),
                                    existing.sequence, duplicate=True)
                entry = add_entry(self._db, s, action, now)
                s.add_all(rows(entry))
                Audit.add(s, operator=action.operator, action=f"record.{action.kind.value}",
                          at=now, outbox_uuid=action.client_uuid, detail=audit_detail)
                s.flush()
                return Recorded(entry.client_uuid, action.kind, entry.sequence)
        except IntegrityError as exc:
            with self._db.read() as s:
                row = s.execute(select(OutboxEntry.kind, OutboxEntry.sequence).where(
                    OutboxEntry.client_uuid == action.client_uuid)).first()
            if row is not None:
                return Recorded(action.client_uuid, ActionKind(row.kind), row.sequence,
                                duplicate=True)
            raise StoreError(Problem(
                code="store-integrity",
                message="Deze actie kon niet bewaard worden (ongeldige gegevens).",
                next_step="Probeer opnieuw; blijft het mislukken, bel de helpdesk.",
            )) from exc

    def ticket_sale(self, sale: NewTicketSale, operator: Operator, now: datetime, *,
                    client_uuid: str, training: bool = False) -> Recorded:
        if sale.quantity < 1:
            raise ValueError("quantity must be at least 1")
        payload = {
            "uitpasNumber": sale.uitpas_number, "passholderId": sale.passholder_id,
            "eventId": sale.event_id, "regularPriceCents": sale.regular_price_cents,
            "regularPriceLabel": sale.regular_price_label, "tariffId": sale.tariff_id,
            "quantity": sale.quantity,
        }
        action = NewAction(ActionKind.TICKET_SALE, payload, sale.uitpas_number,
                           operator, client_uuid, provisional=sale.provisional, training=training)

        c = self._db.cipher

        def rows(entry: OutboxEntry) -> list[Base]:
            return [TicketSale(
                client_uuid=entry.client_uuid, line=i, event_id=sale.event_id,
                event_name=sale.event_name, uitpas_number=number_key(c, sale.uitpas_number),
                passholder_id=holder_key(c, sale.passholder_id), tariff_id=sale.tariff_id,
                tariff_name=sale.tariff_name, tariff_type=sale.tariff_type.value,
                price_cents=sale.price_cents, regular_price_cents=sale.regular_price_cents,
                regular_price_label=sale.regular_price_label, provisional=sale.provisional,
                training=training, cancelled=False, sold_at=now, operator_id=operator.id,
            ) for i in range(sale.quantity)]

        return self._record(action, rows, now,
                            f"{sale.quantity}x {sale.tariff_id} {sale.price_cents}c")

    def checkin(self, checkin: NewCheckin, operator: Operator, now: datetime, *,
                client_uuid: str, training: bool = False) -> Recorded:
        payload = {"uitpasNumber": checkin.uitpas_number, "passholderId": checkin.passholder_id,
                   "eventId": checkin.event_id}
        action = NewAction(ActionKind.CHECKIN, payload, checkin.uitpas_number, operator, client_uuid,
                           provisional=checkin.provisional, training=training)
        c = self._db.cipher
        return self._record(action, lambda e: [Checkin(
            client_uuid=e.client_uuid, event_id=checkin.event_id, event_name=checkin.event_name,
            uitpas_number=number_key(c, checkin.uitpas_number),
            passholder_id=holder_key(c, checkin.passholder_id),
            points_expected=checkin.points_expected, provisional=checkin.provisional,
            training=training, cancelled=False, checked_in_at=now, operator_id=operator.id)],
            now, f"event {checkin.event_id}")

    def redemption(self, redemption: NewRedemption, operator: Operator, now: datetime, *,
                   client_uuid: str, training: bool = False) -> Recorded:
        payload = {"uitpasNumber": redemption.uitpas_number,
                   "passholderId": redemption.passholder_id, "rewardId": redemption.reward_id}
        action = NewAction(ActionKind.REWARD_REDEEM, payload, redemption.uitpas_number, operator,
                           client_uuid, provisional=redemption.provisional, training=training)
        c = self._db.cipher
        return self._record(action, lambda e: [RewardRedemption(
            client_uuid=e.client_uuid, reward_id=redemption.reward_id,
            reward_title=redemption.reward_title, points=redemption.points,
            uitpas_number=number_key(c, redemption.uitpas_number),
            passholder_id=holder_key(c, redemption.passholder_id),
            provisional=redemption.provisional, training=training, cancelled=False,
            redeemed_at=now, operator_id=operator.id)],
            now, f"reward {redemption.reward_id}")

    def passholder_change(self, kind: ActionKind, payload: Mapping[str, Any], operator: Operator,
                          now: datetime, *, client_uuid: str, uitpas_number: str | None,
                          card_system_id: int | None = None, price_cents: Cents = 0,
                          training: bool = False) -> Recorded:
        """Registration, update or membership change. Personal data lives only in the payload."""
        if kind not in (ActionKind.PASSHOLDER_REGISTER, ActionKind.PASSHOLDER_UPDATE,
                        ActionKind.MEMBERSHIP):
            raise ValueError(f"{kind} is not a passholder change")
        action = NewAction(kind, payload, uitpas_number, operator, client_uuid, training=training)
        number = number_key(self._db.cipher, uitpas_number) if uitpas_number else uitpas_number
        return self._record(action, lambda e: [PassholderChange(
            client_uuid=e.client_uuid, kind=kind.value, uitpas_number=number,
            card_system_id=card_system_id, price_cents=price_cents, training=training,
            cancelled=False, created_at=now, operator_id=operator.id)],
            now, kind.value)

    # -- undo ----------------------------------------------------------------------------------

    def cancel(self, original_uuid: str, operator: Operator, now: datetime, *,
               client_uuid: str, note: str = "") -> Cancelled:
        """Undo a sale, check-in or redemption. Still PENDING: withdrawn here (never sent).
        Already sent or confirmed: a cancellation is queued that depends on the original."""
        with self._db.write() as s:
            original = s.scalar(select(OutboxEntry).where(OutboxEntry.client_uuid == original_uuid))
            if original is None or ActionKind(original.kind) not in CANCEL_KIND:
                raise StoreError(Problem(
                    code="nothing-to-cancel",
                    message="Deze actie bestaat niet of kan niet geannuleerd worden.",
                    next_step="Kies de actie opnieuw in de geschiedenis.",
                ))
            existing_cancel = s.scalar(select(OutboxEntry).where(
                OutboxEntry.client_uuid == client_uuid))
            if existing_cancel is not None or original.status == OutboxStatus.CANCELLED.value:
                return Cancelled(original_uuid, existing_cancel is None,
                                 existing_cancel.client_uuid if existing_cancel else None)
            if original.status in (OutboxStatus.PENDING.value, OutboxStatus.REJECTED.value,
                                   OutboxStatus.NEEDS_ATTENTION.value):
                original.status = OutboxStatus.CANCELLED.value
                original.finished_at = now
                original.note = note or "geannuleerd aan de balie"
                mark_records_cancelled(s, original_uuid)
                Audit.add(s, operator=operator, action="record.withdraw", at=now,
                          outbox_uuid=original_uuid, detail=note)
                return Cancelled(original_uuid, True, None)
            if any(_records_cancelled(s, original_uuid)):
                return Cancelled(original_uuid, False, None)
            kind = CANCEL_KIND[ActionKind(original.kind)]
            action = NewAction(kind, {"cancels": original_uuid}, original.pass_key, operator,
                               client_uuid, depends_on=original_uuid, training=original.training)
            add_entry(self._db, s, action, now)
            mark_records_cancelled(s, original_uuid)
            Audit.add(s, operator=operator, action=f"record.{kind.value}", at=now,
                      outbox_uuid=client_uuid, detail=f"cancels {original_uuid} {note}".strip())
            return Cancelled(original_uuid, False, client_uuid)

    def action(self, client_uuid: str) -> LastAction | None:
        """One undoable action of this counter by its id, as :meth:`last_action` describes it
        (None: unknown, not undoable, or already cancelled)."""
        with self._db.read() as s:
            row = s.scalar(select(OutboxEntry).where(
                OutboxEntry.client_uuid == client_uuid,
                OutboxEntry.kind.in_([k.value for k in CANCEL_KIND]),
                OutboxEntry.status != OutboxStatus.CANCELLED.value))
            if row is None or any(_records_cancelled(s, row.client_uuid)):
                return None
            return LastAction(row.client_uuid, ActionKind(row.kind), row.created_at,
                              OutboxStatus(row.status), _summary(s, row))

    def last_action(self, operator: Operator | None = None, *,
                    kinds: Sequence[ActionKind] = tuple(CANCEL_KIND)) -> LastAction | None:
        """The newest undoable action of this counter (optionally of one operator).

        Asked at start and after every action: one look-up per status, each walking the
        (status, sequence) index from its newest entry. "status != CANCELLED" in one query
        sorted the whole outbox (0.5 s at start on a year's store)."""
        with self._db.read() as s:
            newest = []
            for status in OutboxStatus:
                if status is OutboxStatus.CANCELLED:
                    continue
                q = (select(OutboxEntry).where(OutboxEntry.status == status.value,
                                               OutboxEntry.kind.in_([k.value for k in kinds]))
                     .order_by(OutboxEntry.sequence.desc()).limit(1))
                if operator is not None:
                    q = q.where(OutboxEntry.operator_id == operator.id)
                found = s.scalar(q)
                if found is not None:
                    newest.append(found)
            if not newest:
                return None
            row = max(newest, key=lambda r: r.sequence)
            if any(_records_cancelled(s, row.client_uuid)):
                return None
            return LastAction(row.client_uuid, ActionKind(row.kind), row.created_at,
                              OutboxStatus(row.status), _summary(s, row))

    # -- read models -------------------------------------------------------------------------------

    def ticket_sales(self, client_uuid: str) -> list[TicketSale]:
        with self._db.read() as s:
            return list(s.scalars(select(TicketSale).where(TicketSale.client_uuid == client_uuid)
                                  .order_by(TicketSale.line)))

    def count_tickets(self, *, uitpas_number: str, event_id: str, since: datetime | None,
                      tariff_type: TariffType | None = None) -> int:
        """Tickets this counter sold to a pass for an event (for offline limit checks)."""
        key = number_key(self._db.cipher, uitpas_number)
        with self._db.read() as s:
            q = select(func.count()).select_from(TicketSale).where(
                TicketSale.uitpas_number == key, TicketSale.event_id == event_id,
                TicketSale.cancelled.is_(False))
            if since is not None:
                q = q.where(TicketSale.sold_at >= since)
            if tariff_type is not None:
                q = q.where(TicketSale.tariff_type == tariff_type.value)
            return int(s.scalar(q) or 0)

    def sales_of_pass(self, uitpas_number: str) -> list[PassSale]:
        """All not-cancelled UiTPAS-tariff tickets of a pass on this counter, oldest first."""
        key = number_key(self._db.cipher, uitpas_number)
        with self._db.read() as s:
            rows = s.execute(
                select(TicketSale.event_id, TicketSale.tariff_id, TicketSale.tariff_type,
                       TicketSale.sold_at, OutboxEntry.status)
                .join(OutboxEntry, OutboxEntry.client_uuid == TicketSale.client_uuid)
                .where(TicketSale.uitpas_number == key, TicketSale.cancelled.is_(False))
                .order_by(TicketSale.sold_at, TicketSale.id)).all()
        return [PassSale(e, t, TariffType(tt), at, st in (OutboxStatus.CONFIRMED.value,
                                                           OutboxStatus.HANDLED.value))
                for e, t, tt, at, st in rows]

    def points_changes(self, uitpas_number: str, *,
                       confirmed_after: datetime | None) -> list[PointsChange]:
        """This pass's check-ins and reward redemptions, and the cancellations of either, that a
        platform balance read after ``confirmed_after`` may not hold yet: open ones, and ones
        confirmed after it (balie.decide.points sorts out which are surely in, out or unknown).
        A cancelled check-in is two changes, each with its own times: the check-in the platform
        may hold, and its cancellation that may not have reached it yet."""
        # plain SQL in one statement: it runs on every identification (twice when the platform
        # confirms), and building four SQLAlchemy statements cost ~4 ms, SQLite a fraction
        key = number_key(self._db.cipher, uitpas_number)
        after = to_db_time(confirmed_after) if confirmed_after is not None else None
        worth = (OutboxStatus.PENDING.value, OutboxStatus.SENT.value,
                 OutboxStatus.CONFIRMED.value, after, after)
        with self._db.engine.connect() as conn:
            rows = conn.exec_driver_sql(_SQL_POINTS_CHANGES, (
                key, *worth, key, ActionKind.CHECKIN_CANCEL.value, *worth,
                key, *worth, key, ActionKind.REWARD_REDEEM_CANCEL.value, *worth)).all()
            conn.rollback()
        return [PointsChange(sign * int(n or 0), OutboxStatus(st), from_db_time(c),
                             from_db_time(sent) if sent else None,
                             from_db_time(done) if done else None)
                for sign, n, st, c, sent, done in rows]

    def checkins_since(self, *, uitpas_number: str, event_id: str,
                       since: datetime | None) -> list[datetime]:
        key = number_key(self._db.cipher, uitpas_number)
        with self._db.read() as s:
            q = select(Checkin.checked_in_at).where(
                Checkin.uitpas_number == key, Checkin.event_id == event_id,
                Checkin.cancelled.is_(False))
            if since is not None:
                q = q.where(Checkin.checked_in_at >= since)
            return list(s.scalars(q))

    def redemptions_since(self, *, uitpas_number: str, reward_id: str,
                          since: datetime | None) -> list[datetime]:
        key = number_key(self._db.cipher, uitpas_number)
        with self._db.read() as s:
            q = select(RewardRedemption.redeemed_at).where(
                RewardRedemption.uitpas_number == key,
                RewardRedemption.reward_id == reward_id, RewardRedemption.cancelled.is_(False))
            if since is not None:
                q = q.where(RewardRedemption.redeemed_at >= since)
            return list(s.scalars(q))

    def day_totals(self, day: date, *, training: bool = False) -> DayTotals:
        start, end = _bounds(day)
        with self._db.read() as s:
            per = s.execute(
                select(TicketSale.tariff_id, TicketSale.tariff_name, func.count(),
                       func.sum(TicketSale.price_cents),
                       func.sum(type_coerce(TicketSale.provisional, Integer)))
                .where(TicketSale.sold_at >= start, TicketSale.sold_at < end,
                       TicketSale.cancelled.is_(False), TicketSale.training == training)
                .group_by(TicketSale.tariff_id, TicketSale.tariff_name)
                .order_by(TicketSale.tariff_id)
            ).all()
            cancelled = s.scalar(select(func.count()).select_from(TicketSale).where(
                TicketSale.sold_at >= start, TicketSale.sold_at < end,
                TicketSale.cancelled.is_(True), TicketSale.training == training)) or 0
            checkins = s.scalar(select(func.count()).select_from(Checkin).where(
                Checkin.checked_in_at >= start, Checkin.checked_in_at < end,
                Checkin.cancelled.is_(False), Checkin.training == training)) or 0
            redemptions = s.scalar(select(func.count()).select_from(RewardRedemption).where(
                RewardRedemption.redeemed_at >= start, RewardRedemption.redeemed_at < end,
                RewardRedemption.cancelled.is_(False),
                RewardRedemption.training == training)) or 0
            registrations = s.scalar(select(func.count()).select_from(PassholderChange).where(
                PassholderChange.created_at >= start, PassholderChange.created_at < end,
                PassholderChange.kind == ActionKind.PASSHOLDER_REGISTER.value,
                PassholderChange.cancelled.is_(False),
                PassholderChange.training == training)) or 0
        from balie.store.retention import purged_totals

        totals = [TariffTotal(t, n, int(c), int(a or 0), int(p or 0)) for t, n, c, a, p in per]
        purged_tickets, purged_amount = purged_totals(self._db, day, ActionKind.TICKET_SALE)
        return DayTotals(
            day=day, tickets=sum(t.count for t in totals) + purged_tickets,
            amount_cents=sum(t.amount_cents for t in totals) + purged_amount,
            per_tariff=tuple(totals), checkins=int(checkins), redemptions=int(redemptions),
            registrations=int(registrations), cancelled_tickets=int(cancelled),
        )


def _bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0), tzinfo=BRUSSELS)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=BRUSSELS)
    return start, end


def _records_cancelled(s: Session, client_uuid: str) -> list[bool]:
    flags: list[bool] = []
    for model in RECORD_MODELS:
        flags.extend(s.scalars(select(model.cancelled).where(model.client_uuid == client_uuid)))
    return flags


def _summary(s: Session, row: OutboxEntry) -> str:
    kind = ActionKind(row.kind)
    if kind is ActionKind.TICKET_SALE:
        sales = list(s.scalars(select(TicketSale).where(TicketSale.client_uuid == row.client_uuid)))
        if sales:
            return (f"{count_nl(len(sales), 'ticket', 'tickets')} {sales[0].tariff_name} "
                    f"voor {sales[0].event_name}")
    if kind is ActionKind.CHECKIN:
        c = s.scalar(select(Checkin).where(Checkin.client_uuid == row.client_uuid))
        if c:
            return f"Check-in voor {c.event_name}"
    if kind is ActionKind.REWARD_REDEEM:
        r = s.scalar(select(RewardRedemption).where(RewardRedemption.client_uuid == row.client_uuid))
        if r:
            return f"Voordeel {r.reward_title}"
    return kind.value
