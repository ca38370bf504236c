"""A pass holder's history for the history screen: from UiTPAS when it answers, else from this
counter's own records, and always saying which of the two it is.

UiTPAS knows everything the holder did at this organizer (other counters, other days); this
counter only knows what it did itself. Online, the actions of this counter that UiTPAS has not
confirmed yet are listed apart ("nog niet bij UiTPAS"), so the cashier sees them without counting
anything twice. The platform client is duck-typed (``search_ticket_sales``, ``search_checkins``,
``search_redeemed_rewards``): the composition root hands it in, the screens never import sync.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from balie.crypto import number_key
from balie.domain import OutboxStatus, RewardType
from balie.store import Store
from balie.store.models import Checkin, OutboxEntry, RewardRedemption, TicketSale
from balie.ui.port import HistoryKind, HistoryLine, HistorySource, HistoryState, PassHistory

log = logging.getLogger(__name__)

#: at most this many lines of each kind: a counter conversation, not an audit
PAGE = 50

_STATE = {
    OutboxStatus.PENDING.value: HistoryState.PENDING,
    OutboxStatus.SENT.value: HistoryState.PENDING,
    OutboxStatus.CONFIRMED.value: HistoryState.REGISTERED,
    OutboxStatus.HANDLED.value: HistoryState.REGISTERED,
    OutboxStatus.REJECTED.value: HistoryState.REFUSED,
    OutboxStatus.NEEDS_ATTENTION.value: HistoryState.REFUSED,
    OutboxStatus.CANCELLED.value: HistoryState.CANCELLED,
}


def _newest_first(lines: Sequence[HistoryLine]) -> tuple[HistoryLine, ...]:
    return tuple(sorted(lines, key=lambda line: (line.at is not None, line.at), reverse=True))


def local_history(store: Store, uitpas_number: str) -> list[HistoryLine]:
    """Everything this counter did with a pass: sales (one line per sale, not per ticket),
    check-ins and redemptions, with where each stands."""
    lines: list[HistoryLine] = []
    uitpas_number = number_key(store.cipher, uitpas_number)  # records hold it blind (live store)
    with store.read() as s:
        sales = s.execute(
            select(TicketSale.event_name, TicketSale.tariff_name, func.sum(TicketSale.price_cents),
                   func.count(), func.min(TicketSale.sold_at), func.max(TicketSale.cancelled),
                   OutboxEntry.status)
            .join(OutboxEntry, OutboxEntry.client_uuid == TicketSale.client_uuid)
            .where(TicketSale.uitpas_number == uitpas_number)
            .group_by(TicketSale.client_uuid)
            .order_by(func.min(TicketSale.sold_at).desc()).limit(PAGE)).all()
        for event, tariff, amount, count, at, cancelled, status in sales:
            lines.append(HistoryLine(at, HistoryKind.SALE, event, tariff, int(amount or 0),
                                     int(count), None, _state(status, bool(cancelled))))
        checkins = s.execute(
            select(Checkin.event_name, Checkin.points_expected, Checkin.checked_in_at,
                   Checkin.cancelled, OutboxEntry.status)
            .join(OutboxEntry, OutboxEntry.client_uuid == Checkin.client_uuid)
            .where(Checkin.uitpas_number == uitpas_number)
            .order_by(Checkin.checked_in_at.desc()).limit(PAGE)).all()
        for event, points, at, cancelled, status in checkins:
            lines.append(HistoryLine(at, HistoryKind.CHECKIN, event, points=int(points),
                                     state=_state(status, cancelled)))
        rewards = s.execute(
            select(RewardRedemption.reward_title, RewardRedemption.points,
                   RewardRedemption.redeemed_at, RewardRedemption.cancelled, OutboxEntry.status)
            .join(OutboxEntry, OutboxEntry.client_uuid == RewardRedemption.client_uuid)
            .where(RewardRedemption.uitpas_number == uitpas_number)
            .order_by(RewardRedemption.redeemed_at.desc()).limit(PAGE)).all()
        for title, points, at, cancelled, status in rewards:
            lines.append(HistoryLine(at, HistoryKind.REWARD, title, points=-int(points),
                                     state=_state(status, cancelled)))
    return list(_newest_first(lines))


def made_at_by_platform_id(store: Store, platform_ids: Sequence[str]
                           ) -> dict[tuple[HistoryKind, str], datetime]:
    """When this counter made the records UiTPAS knows by these ids, by (kind, platform id)."""
    wanted = sorted(set(platform_ids))
    found: dict[tuple[HistoryKind, str], datetime] = {}
    if not wanted:
        return found
    with store.read() as s:
        for kind, column, made in (
                (HistoryKind.SALE, TicketSale.platform_id, TicketSale.sold_at),
                (HistoryKind.CHECKIN, Checkin.platform_id, Checkin.checked_in_at),
                (HistoryKind.REWARD, RewardRedemption.platform_id, RewardRedemption.redeemed_at)):
            for platform_id, at in s.execute(select(column, made).where(column.in_(wanted))):
                if platform_id is not None and at is not None:
                    found[(kind, platform_id)] = at
    return found


def _state(status: str, cancelled: bool) -> HistoryState:
    return HistoryState.CANCELLED if cancelled else _STATE.get(status, HistoryState.PENDING)


class HistoryAdapter:
    """:class:`~balie.ui.port.HistoryPort` over the store and (optionally) the platform client.

    ``organizer_ids``: the organizers whose history this counter may ask (UiTPAS only answers
    for organizers the client has permissions for)."""

    def __init__(self, store: Store, client: Any = None, organizer_ids: Sequence[str] = ()) -> None:
        self._store = store
        self._client = client
        self._organizer_ids = tuple(organizer_ids)

    def history(self, uitpas_number: str, passholder_id: str | None) -> PassHistory:
        local = local_history(self._store, uitpas_number)
        if self._client is None or not self._organizer_ids:
            return PassHistory(uitpas_number, HistorySource.NO_PLATFORM, tuple(local))
        if not passholder_id:
            return PassHistory(uitpas_number, HistorySource.NO_HOLDER, tuple(local))
        try:
            online = self._platform_lines(passholder_id)
        except Exception as exc:  # noqa: BLE001 - any failure: this counter's records instead
            log.info("history from the platform failed: %s", type(exc).__name__)
            refused = getattr(exc, "error_class", None)
            message = exc.user_message() if refused is not None and \
                getattr(refused, "name", "") == "PERMANENT" and hasattr(exc, "user_message") \
                else ""
            return PassHistory(uitpas_number, HistorySource.OFFLINE, tuple(local),
                               platform_message=message)
        pending = tuple(line for line in local if line.state is HistoryState.PENDING)
        return PassHistory(uitpas_number, HistorySource.PLATFORM, _newest_first(online), pending)

    def _platform_lines(self, passholder_id: str) -> list[HistoryLine]:
        client, organizers = self._client, self._organizer_ids
        lines: list[tuple[str, HistoryLine]] = []  # (platform id, line)
        sales = client.search_ticket_sales(passholder_id=passholder_id, organizer_ids=organizers,
                                           limit=PAGE)
        for sale in sales.items:
            lines.append((str(sale.id), HistoryLine(
                sale.creation_date, HistoryKind.SALE, sale.event_title or sale.event_id,
                sale.tariff_name, sale.tariff_price)))
        checkins = client.search_checkins(passholder_id, organizers, limit=PAGE)
        for checkin in checkins.items:
            lines.append((str(checkin.id), HistoryLine(
                checkin.creation_date, HistoryKind.CHECKIN,
                checkin.event_title or checkin.event_id, points=checkin.points)))
        for organizer in organizers:
            redeemed = client.search_redeemed_rewards(passholder_id=passholder_id,
                                                      organizer_id=organizer, limit=PAGE)
            for item in redeemed.items:
                reward = item.reward
                cost = reward.points if reward.type is RewardType.POINTS else 0
                lines.append((str(item.id), HistoryLine(item.redeem_date, HistoryKind.REWARD,
                                                        reward.title, points=-cost)))
        return self._made_here(lines)

    def _made_here(self, lines: list[tuple[str, HistoryLine]]) -> list[HistoryLine]:
        """A line this counter made keeps the moment the cashier made it (an offline sale at
        07:46 that synced at 07:54 shows 07:46), with UiTPAS's time beside it."""
        made = made_at_by_platform_id(self._store, [platform_id for platform_id, _ in lines])
        result = []
        for platform_id, line in lines:
            at = made.get((line.kind, platform_id))
            result.append(line if at is None else replace(line, at=at, synced_at=line.at))
        return result
