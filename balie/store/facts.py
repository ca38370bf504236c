"""Everything the offline sale decision reads, in ONE read transaction with plain SQL.

A cashier waits on this path for every customer, so it must stay far below the 5 ms budget with a
million social-tariff cards: one pooled connection, one WAL snapshot (all facts from the same
moment), primary-key lookups only, no ORM object loading, no statement building.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from balie.crypto import blind, kansen_key, number_key
from balie.domain import OutboxStatus, TariffType
from balie.store.handle import Database
from balie.store.models import from_db_time, to_db_time
from balie.store.records import PassSale
from balie.store.reference import (
    CachedTariffs,
    SocialTariffHit,
    SocialTariffListInfo,
    _eum_from,
    _offers_from,
)

_CONFIRMED = (OutboxStatus.CONFIRMED.value, OutboxStatus.HANDLED.value)
_QUEUED = (OutboxStatus.PENDING.value, OutboxStatus.SENT.value)


@dataclass(frozen=True)
class SaleInputs:
    static_tariffs: CachedTariffs | None
    last_tariffs: CachedTariffs | None
    lists: tuple[SocialTariffListInfo, ...]
    hits: tuple[SocialTariffHit, ...]
    sales: tuple[PassSale, ...]
    #: the card systems of the event's organizer; None when not known on this counter
    organizer_card_system_ids: tuple[int, ...] | None = None


def _time(value: str | datetime) -> datetime:
    return from_db_time(value) if isinstance(value, str) else value


def _cached(row: Sequence[Any] | None) -> CachedTariffs | None:
    if row is None:
        return None
    offers, eum, fetched = row
    return CachedTariffs(_offers_from(offers), _eum_from(eum), _time(fetched))


# Plain SQL on the hot path: building SQLAlchemy statements costs more than SQLite running them.
_SQL_STATIC = ("SELECT offers, end_user_message, fetched_at FROM static_tariffs "
               "WHERE event_id = ? AND regular_price_cents = ?")
_SQL_LAST = ("SELECT offers, end_user_message, fetched_at FROM pass_tariffs "
             "WHERE uitpas_number = ? AND event_id = ? AND regular_price_cents = ?")
_SQL_LISTS = ("SELECT card_system_id, fetched_at, row_count FROM social_tariff_current "
              "ORDER BY card_system_id")
_SQL_HITS = ("SELECT cur.card_system_id, c.card_type, c.available_tickets, cur.fetched_at "
             "FROM social_tariff_current AS cur JOIN social_tariff_cards AS c "
             "ON c.snapshot_id = cur.snapshot_id WHERE c.uitpas_number = ?")
# A tap reads only the sales its decision looks at (a daily swimmer has hundreds after a year):
# this event's since a moment (ticket-limit period, last /tariffs answer), and the unconfirmed
# kansentarief and coupon sales of any event (group tickets and coupons are spent across events).
_SALE_COLUMNS = ("SELECT t.id, t.event_id, t.tariff_id, t.tariff_type, t.sold_at, o.status "
                 "FROM ticket_sales AS t JOIN outbox AS o ON o.client_uuid = t.client_uuid ")
_SQL_EVENT_SALES = (_SALE_COLUMNS + "WHERE t.uitpas_number = ? AND t.event_id = ? "
                    "AND t.sold_at >= ? AND t.cancelled = 0")
_SQL_OPEN_SOCIAL = (_SALE_COLUMNS + "WHERE t.uitpas_number = ? AND t.cancelled = 0 "
                    "AND t.tariff_type IN ('SOCIALTARIFF', 'COUPON') AND o.status NOT IN (?, ?)")
_SQL_ORGANIZER = "SELECT card_system_ids FROM organizers WHERE id = ?"
_EPOCH = "0000"  # sorts before every stored time: the whole history of the event


def sale_inputs(db: Database, uitpas_number: str, event_id: str, regular_price_cents: int, *,
                counts_from: datetime | None = None, whole_event: bool = True,
                organizer_id: str | None = None) -> SaleInputs:
    """``sales``: this pass's sales of this event since the earliest of ``counts_from`` and the
    last ``/tariffs`` answer (``whole_event``: all of them, a limit with no period), plus its
    unconfirmed kansentarief and coupon sales of any event; oldest first. ``organizer_id``: also
    read that organizer's card systems (whose holders the static tariff prices)."""
    with db.engine.connect() as conn:
        run = conn.exec_driver_sql
        static = run(_SQL_STATIC, (event_id, regular_price_cents)).first()
        last = run(_SQL_LAST, (blind(db.cipher, uitpas_number, "uitpas"), event_id,
                               regular_price_cents)).first()
        lists = run(_SQL_LISTS).all()
        hits = run(_SQL_HITS, (kansen_key(db.cipher, uitpas_number),)).all()
        pass_key = number_key(db.cipher, uitpas_number)
        moments = [m for m in (counts_from, _time(last[2]) if last is not None else None) if m]
        rows: dict[int, Any] = {}
        if whole_event or moments:
            since = _EPOCH if whole_event else to_db_time(min(moments))
            rows.update((r[0], r) for r in run(_SQL_EVENT_SALES, (pass_key, event_id, since)).all())
        rows.update((r[0], r) for r in run(_SQL_OPEN_SOCIAL, (pass_key, *_CONFIRMED)).all())
        sales = [r[1:] for r in sorted(rows.values(), key=lambda r: (str(r[4]), r[0]))]
        organizer = (run(_SQL_ORGANIZER, (organizer_id,)).first()
                     if organizer_id is not None else None)
        conn.rollback()
    return SaleInputs(
        static_tariffs=_cached(static), last_tariffs=_cached(last),
        lists=tuple(SocialTariffListInfo(cs, _time(at), n) for cs, at, n in lists),
        hits=tuple(SocialTariffHit(cs, ct, av, _time(at)) for cs, ct, av, at in hits),
        sales=tuple(PassSale(e, t, TariffType(tt), _time(at), st in _CONFIRMED, st in _QUEUED)
                    for e, t, tt, at, st in sales),
        organizer_card_system_ids=tuple(int(x) for x in json.loads(organizer[0]))
        if organizer is not None else None,
    )
