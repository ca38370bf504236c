"""What a pass did at this counter today, from the counter's own records.

The counter screen needs it at every sale ("ticket 2 of today for this customer") and for the
"Deze klant vandaag" strip, also offline, so it is read from the store and never asks UiTPAS.
"Today" is the Brussels calendar day, whatever the PC's time zone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time

from sqlalchemy import func, select

from balie.counter import Counter
from balie.crypto import number_key
from balie.domain import BRUSSELS, ActionKind, Problem, today_in_brussels, utcnow
from balie.store import Store
from balie.store.models import Checkin, OutboxEntry, RewardRedemption, TicketSale
from balie.ui.counter_adapter import _outcome
from balie.ui.history_adapter import _state
from balie.ui.port import ActionOutcome, HistoryKind, TodayLine


def start_of_day(now: datetime) -> datetime:
    """Midnight in Brussels of ``now``'s Brussels day, as a UTC time (the store's)."""
    return datetime.combine(today_in_brussels(now), time(0), tzinfo=BRUSSELS).astimezone(UTC)


def today_lines(store: Store, uitpas_number: str, now: datetime) -> list[TodayLine]:
    since = start_of_day(now)
    uitpas_number = number_key(store.cipher, uitpas_number)  # records hold it blind (live store)
    lines: list[TodayLine] = []
    with store.read() as s:
        sales = s.execute(
            select(TicketSale.client_uuid, func.min(TicketSale.sold_at), TicketSale.event_name,
                   TicketSale.tariff_name, func.sum(TicketSale.price_cents), func.count(),
                   func.max(TicketSale.cancelled), OutboxEntry.status)
            .join(OutboxEntry, OutboxEntry.client_uuid == TicketSale.client_uuid)
            .where(TicketSale.uitpas_number == uitpas_number, TicketSale.sold_at >= since)
            .group_by(TicketSale.client_uuid)).all()
        for uuid, at, event, tariff, amount, count, cancelled, status in sales:
            lines.append(TodayLine(uuid, at, HistoryKind.SALE, event, tariff, int(amount or 0),
                                   int(count), 0, _state(status, bool(cancelled))))
        checkins = s.execute(
            select(Checkin.client_uuid, Checkin.checked_in_at, Checkin.event_name,
                   Checkin.points_expected, Checkin.cancelled, OutboxEntry.status)
            .join(OutboxEntry, OutboxEntry.client_uuid == Checkin.client_uuid)
            .where(Checkin.uitpas_number == uitpas_number, Checkin.checked_in_at >= since)).all()
        for uuid, at, event, points, cancelled, status in checkins:
            lines.append(TodayLine(uuid, at, HistoryKind.CHECKIN, event, points=int(points),
                                   state=_state(status, bool(cancelled))))
        rewards = s.execute(
            select(RewardRedemption.client_uuid, RewardRedemption.redeemed_at,
                   RewardRedemption.reward_title, RewardRedemption.points,
                   RewardRedemption.cancelled, OutboxEntry.status)
            .join(OutboxEntry, OutboxEntry.client_uuid == RewardRedemption.client_uuid)
            .where(RewardRedemption.uitpas_number == uitpas_number,
                   RewardRedemption.redeemed_at >= since)).all()
        for uuid, at, title, points, cancelled, status in rewards:
            lines.append(TodayLine(uuid, at, HistoryKind.REWARD, title, points=-int(points),
                                   state=_state(status, bool(cancelled))))
    return sorted(lines, key=lambda line: line.at)


class TodayAdapter:
    """:class:`~balie.ui.port.TodayPort` over the store and the counter's use cases (``clock``
    for tests of midnight)."""

    def __init__(self, store: Store, counter: Counter | None = None,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self._store = store
        self._counter = counter
        self._clock = clock

    def cancel(self, client_uuid: str, *, idempotency_key: str) -> ActionOutcome:
        """Undo one of today's actions with the counter's role rules: withdrawn when it has not
        left yet, else a cancellation goes to UiTPAS."""
        if self._counter is None:
            return ActionOutcome("", problem=Problem("no-counter", "Annuleren kan hier niet.",
                                                     "Annuleer op het balievenster met F8."))
        return _outcome(self._counter.cancel(client_uuid, action_key=idempotency_key))

    def today(self, uitpas_number: str) -> list[TodayLine]:
        return today_lines(self._store, uitpas_number, self._clock())

    def last_refund(self) -> int:
        """What goes back to the customer if the last action (the one F8 cancels) is undone:
        the price of its tickets when it is a sale, else nothing."""
        last = self._store.records.last_action()
        if last is None or last.kind is not ActionKind.TICKET_SALE:
            return 0
        return sum(line.price_cents for line in self._store.records.ticket_sales(
            last.client_uuid) if not line.cancelled)
