"""Reference data the counter decides from while offline: card systems, events, rewards, cached
tariff answers, and the social-tariff card list of each card system.

The card list is the big one (up to ~1M numbers). It is replaced as a whole snapshot, never edited
in place: rows stream from the download into a new staging snapshot in chunks (each chunk its own
short transaction, so a cashier's sale is never blocked for the whole download), then ONE short
transaction switches the card system's "current snapshot" pointer. A lookup therefore sees the old
list or the new one, never a half. A crash mid-download leaves an incomplete snapshot nobody
points at; it is cleared at the next replace. Rows are ``(snapshot_id, uitpas_number)`` in a
WITHOUT ROWID table, so a lookup is one B-tree descent per card system.

On a live store ``uitpas_number`` in the list is a keyed hash (:func:`balie.crypto.kansen_key`):
membership is all the counter needs, and a thief of the file cannot read who has a kansenstatuut.
It costs one HMAC per lookup and about a second per million rows at refresh.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from typing import Protocol

from sqlalchemy import delete, select

from balie.crypto import blind, kansen_key
from balie.domain import (
    CardSystemInfo,
    EndUserMessage,
    EventInfo,
    PeriodType,
    PriceCategory,
    RewardInfo,
    RewardType,
    TariffOffer,
    TariffType,
)
from balie.store.handle import Database
from balie.store.models import (
    CardSystem,
    Event,
    Organizer,
    PassTariff,
    Reward,
    SocialTariffCard,
    SocialTariffCurrent,
    SocialTariffSnapshot,
    StaticTariff,
)

log = logging.getLogger(__name__)

CHUNK = 50_000
_INSERT_CARD = ("INSERT OR REPLACE INTO social_tariff_cards"
                " (snapshot_id, uitpas_number, card_type, available_tickets) VALUES (?, ?, ?, ?)")


@dataclass(frozen=True)
class SocialTariffCardRow:
    """One row of ``GET /cards/social-tariff/{cs}/active``: number, card type, tickets (GROUP)."""

    uitpas_number: str
    card_type: str = "REGULAR"
    available_tickets: int | None = None


class CardRow(Protocol):
    """What a row of the list needs: a :class:`SocialTariffCardRow`, or the API client's parsed
    export entry as it comes (no copy per card on a 1M-row refresh)."""

    @property
    def uitpas_number(self) -> str: ...
    @property
    def card_type(self) -> str: ...
    @property
    def available_tickets(self) -> int | None: ...


@dataclass(frozen=True)
class SocialTariffHit:
    card_system_id: int
    card_type: str
    available_tickets: int | None
    list_fetched_at: datetime


@dataclass(frozen=True)
class SocialTariffListInfo:
    card_system_id: int
    fetched_at: datetime
    row_count: int


@dataclass(frozen=True)
class CachedTariffs:
    offers: tuple[TariffOffer, ...]
    end_user_message: EndUserMessage | None
    fetched_at: datetime


def _offers_json(offers: Sequence[TariffOffer]) -> str:
    return json.dumps([{"id": o.id, "name": o.name, "price": o.price, "type": o.type.value,
                        "remaining": o.remaining} for o in offers], ensure_ascii=False)


def _offers_from(raw: str) -> tuple[TariffOffer, ...]:
    return tuple(TariffOffer(d["id"], d["name"], int(d["price"]), TariffType(d["type"]),
                             d.get("remaining")) for d in json.loads(raw))


def _eum_json(eum: EndUserMessage | None) -> str | None:
    return None if eum is None else json.dumps(
        {k: v for k, v in vars(eum).items() if v is not None}, ensure_ascii=False)


def _eum_from(raw: str | None) -> EndUserMessage | None:
    if not raw:
        return None
    d = json.loads(raw)
    return EndUserMessage(d.get("nl", ""), d.get("fr"), d.get("de"), d.get("en"))


def _event_info(row: Event) -> EventInfo:
    return EventInfo(
        id=row.id, name=row.name, organizer_id=row.organizer_id, start=row.start, end=row.end,
        price_categories=tuple(PriceCategory(p["label"], int(p["price"]))
                               for p in json.loads(row.price_categories)),
        checkin_points=row.checkin_points,
        card_system_ids=tuple(int(x) for x in json.loads(row.card_system_ids)),
        ticket_limit_volume=row.ticket_limit_volume,
        ticket_limit_period=PeriodType(row.ticket_limit_period) if row.ticket_limit_period else None,
        checkin_limit_volume=row.checkin_limit_volume,
        checkin_limit_period=PeriodType(row.checkin_limit_period) if row.checkin_limit_period
        else None,
    )


def _reward_info(row: Reward) -> RewardInfo:
    return RewardInfo(id=row.id, title=row.title, type=RewardType(row.type), points=row.points,
                      card_system_ids=tuple(int(x) for x in json.loads(row.card_system_ids)),
                      redeem_start=row.redeem_start, redeem_end=row.redeem_end, online=row.online)


class Reference:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- card systems, events, rewards (replaced per refresh) ---------------------------------

    def save_card_systems(self, systems: Iterable[CardSystemInfo], now: datetime,
                          settings: dict[int, dict[str, object]] | None = None) -> None:
        with self._db.write() as s:
            for cs in systems:
                s.merge(CardSystem(id=cs.id, name=cs.name, postal_codes=json.dumps(cs.postal_codes),
                                   social_tariff_settings=json.dumps((settings or {}).get(cs.id, {})),
                                   fetched_at=now))

    def card_system(self, card_system_id: int) -> CardSystemInfo | None:
        with self._db.read() as s:
            row = s.get(CardSystem, card_system_id)
            return None if row is None else CardSystemInfo(
                row.id, row.name, tuple(json.loads(row.postal_codes)))

    def card_systems(self) -> list[CardSystemInfo]:
        with self._db.read() as s:
            return [CardSystemInfo(r.id, r.name, tuple(json.loads(r.postal_codes)))
                    for r in s.scalars(select(CardSystem).order_by(CardSystem.name))]

    def save_events(self, events: Iterable[EventInfo], now: datetime, *,
                    replace_all: bool = False) -> None:
        """Store the organizer's events; ``replace_all`` drops events no longer listed."""
        events = list(events)
        with self._db.write() as s:
            if replace_all:
                s.execute(delete(Event).where(Event.id.not_in([e.id for e in events])))
            for e in events:
                s.merge(Event(
                    id=e.id, name=e.name, organizer_id=e.organizer_id, start=e.start, end=e.end,
                    price_categories=json.dumps([{"label": p.label, "price": p.price}
                                                 for p in e.price_categories], ensure_ascii=False),
                    checkin_points=e.checkin_points, card_system_ids=json.dumps(e.card_system_ids),
                    ticket_limit_volume=e.ticket_limit_volume,
                    ticket_limit_period=e.ticket_limit_period.value if e.ticket_limit_period else None,
                    checkin_limit_volume=e.checkin_limit_volume,
                    checkin_limit_period=e.checkin_limit_period.value
                    if e.checkin_limit_period else None,
                    fetched_at=now))

    def event(self, event_id: str) -> EventInfo | None:
        with self._db.read() as s:
            row = s.get(Event, event_id)
            return _event_info(row) if row else None

    def events(self, *, ending_after: datetime | None = None) -> list[EventInfo]:
        with self._db.read() as s:
            q = select(Event).order_by(Event.start)
            if ending_after is not None:
                q = q.where(Event.end >= ending_after)
            return [_event_info(r) for r in s.scalars(q)]

    def save_rewards(self, rewards: Iterable[RewardInfo], now: datetime) -> None:
        with self._db.write() as s:
            for r in rewards:
                s.merge(Reward(id=r.id, title=r.title, type=r.type.value, points=r.points,
                               card_system_ids=json.dumps(r.card_system_ids),
                               redeem_start=r.redeem_start, redeem_end=r.redeem_end,
                               online=r.online, fetched_at=now))

    def reward(self, reward_id: str) -> RewardInfo | None:
        with self._db.read() as s:
            row = s.get(Reward, reward_id)
            return _reward_info(row) if row else None

    def rewards(self) -> list[RewardInfo]:
        with self._db.read() as s:
            return [_reward_info(r) for r in s.scalars(select(Reward).order_by(Reward.title))]

    # -- organizers' regions ---------------------------------------------------------------------

    def save_organizer(self, organizer_id: str, name: str, card_system_ids: Sequence[int],
                       now: datetime) -> None:
        """The card systems an organizer belongs to (``GET /organizers/{id}``): the region whose
        holders the static tariff prices."""
        with self._db.write() as s:
            s.merge(Organizer(id=organizer_id, name=name,
                              card_system_ids=json.dumps(sorted(set(card_system_ids))),
                              fetched_at=now))

    def organizer_card_systems(self, organizer_id: str) -> tuple[int, ...] | None:
        """None: never fetched (the counter cannot tell whose price the static tariff is)."""
        with self._db.read() as s:
            row = s.get(Organizer, organizer_id)
            return None if row is None else tuple(int(x) for x in json.loads(row.card_system_ids))

    # -- cached tariff answers ------------------------------------------------------------------

    def save_static_tariffs(self, event_id: str, regular_price_cents: int,
                            offers: Sequence[TariffOffer], end_user_message: EndUserMessage | None,
                            now: datetime) -> None:
        with self._db.write() as s:
            s.merge(StaticTariff(event_id=event_id, regular_price_cents=regular_price_cents,
                                 offers=_offers_json(offers),
                                 end_user_message=_eum_json(end_user_message), fetched_at=now))

    def static_tariffs(self, event_id: str, regular_price_cents: int) -> CachedTariffs | None:
        with self._db.read() as s:
            row = s.get(StaticTariff, (event_id, regular_price_cents))
            return None if row is None else CachedTariffs(
                _offers_from(row.offers), _eum_from(row.end_user_message), row.fetched_at)

    def save_pass_tariffs(self, uitpas_number: str, event_id: str, regular_price_cents: int,
                          offers: Sequence[TariffOffer], end_user_message: EndUserMessage | None,
                          now: datetime) -> None:
        """``now``: when the answer was asked. An answer older than the one kept is not written
        (answers may be written after they came in, in either order; the newest stays)."""
        key = blind(self._db.cipher, uitpas_number, "uitpas")
        with self._db.write() as s:
            kept = s.get(PassTariff, (key, event_id, regular_price_cents))
            if kept is not None and kept.fetched_at > now:
                return
            s.merge(PassTariff(uitpas_number=key,
                               event_id=event_id,
                               regular_price_cents=regular_price_cents,
                               offers=_offers_json(offers),
                               end_user_message=_eum_json(end_user_message), fetched_at=now))

    def pass_tariffs(self, uitpas_number: str, event_id: str,
                     regular_price_cents: int) -> CachedTariffs | None:
        with self._db.read() as s:
            row = s.get(PassTariff, (blind(self._db.cipher, uitpas_number, "uitpas"), event_id,
                                     regular_price_cents))
            return None if row is None else CachedTariffs(
                _offers_from(row.offers), _eum_from(row.end_user_message), row.fetched_at)

    # -- the social-tariff card list ------------------------------------------------------------

    def replace_social_tariff_cards(
        self, card_system_id: int, rows: Iterable[CardRow], now: datetime, *,
        progress: Callable[[int], None] | None = None, chunk_size: int = CHUNK,
    ) -> int:
        """Replace the card system's list with ``rows`` (streamed; may be a generator over a
        download). Returns the row count. Atomic for readers; see the module docstring."""
        self._drop_orphans(card_system_id)
        with self._db.write() as s:
            snap = SocialTariffSnapshot(card_system_id=card_system_id, started_at=now,
                                        row_count=0, complete=False)
            s.add(snap)
            s.flush()
            snapshot_id = snap.id
        streamed = 0
        iterator = iter(rows)
        cipher = self._db.cipher
        while True:
            # a plain DB-API executemany of tuples: 1M rows through SQLAlchemy's per-row parameter
            # processing cost more than the download. A number listed twice is stored once (OR
            # REPLACE: the last one wins); the count below is of distinct numbers.
            batch = [(snapshot_id, kansen_key(cipher, r.uitpas_number), r.card_type,
                      r.available_tickets) for r in islice(iterator, chunk_size)]
            if not batch:
                break
            if cipher is not None:
                batch.sort()  # hashed keys are random: in key order each chunk walks the tree once
            with self._db.write() as s:
                s.connection().exec_driver_sql(_INSERT_CARD, batch)
            streamed += len(batch)
            del batch
            if progress is not None:
                progress(streamed)
        with self._db.write() as s:
            count = int(s.connection().exec_driver_sql(
                "SELECT COUNT(*) FROM social_tariff_cards WHERE snapshot_id = ?",
                (snapshot_id,)).scalar() or 0)
            old = s.get(SocialTariffCurrent, card_system_id)
            old_snapshot = old.snapshot_id if old else None
            snap_row = s.get(SocialTariffSnapshot, snapshot_id)
            assert snap_row is not None
            snap_row.complete = True
            snap_row.row_count = count
            s.merge(SocialTariffCurrent(card_system_id=card_system_id, snapshot_id=snapshot_id,
                                        fetched_at=now, row_count=count))
        if old_snapshot is not None:
            self._drop_snapshot(old_snapshot, chunk_size)
        log.info("social tariff list of card system %s replaced: %d cards", card_system_id, count)
        return count

    def drop_snapshot(self, snapshot_id: int) -> None:
        """Delete a snapshot nobody points at any more (after balie.kansen_list switched)."""
        self._drop_snapshot(snapshot_id, CHUNK)

    def _drop_snapshot(self, snapshot_id: int, chunk_size: int) -> None:
        """Delete a snapshot nobody points at, in chunks so writers are not held up. Each chunk
        is one key range of the WITHOUT ROWID primary key (no list of numbers to bind)."""
        while True:
            with self._db.write() as s:
                conn = s.connection()
                last = conn.exec_driver_sql(
                    "SELECT uitpas_number FROM social_tariff_cards WHERE snapshot_id = ?"
                    " ORDER BY uitpas_number LIMIT 1 OFFSET ?",
                    (snapshot_id, chunk_size - 1)).scalar()
                if last is None:
                    conn.exec_driver_sql("DELETE FROM social_tariff_cards WHERE snapshot_id = ?",
                                         (snapshot_id,))
                    s.execute(delete(SocialTariffSnapshot)
                              .where(SocialTariffSnapshot.id == snapshot_id))
                    return
                conn.exec_driver_sql("DELETE FROM social_tariff_cards WHERE snapshot_id = ?"
                                     " AND uitpas_number <= ?", (snapshot_id, last))

    def _drop_orphans(self, card_system_id: int) -> None:
        with self._db.read() as s:
            current = {c.snapshot_id for c in s.scalars(select(SocialTariffCurrent))}
            orphans = [sid for sid in s.scalars(
                select(SocialTariffSnapshot.id).where(
                    SocialTariffSnapshot.card_system_id == card_system_id))
                if sid not in current]
        for sid in orphans:
            self._drop_snapshot(sid, CHUNK)

    def social_tariff_lookup(self, uitpas_number: str,
                             card_system_id: int | None = None) -> list[SocialTariffHit]:
        """Card systems whose CURRENT list holds this number (empty: in no known list)."""
        with self._db.read() as s:
            q = (select(SocialTariffCurrent.card_system_id, SocialTariffCard.card_type,
                        SocialTariffCard.available_tickets, SocialTariffCurrent.fetched_at)
                 .join(SocialTariffCard,
                       SocialTariffCard.snapshot_id == SocialTariffCurrent.snapshot_id)
                 # a list still in clear (its conversion not finished: balie.kansen_list)
                 # is found by the number itself; a hashed one by its key
                 .where(SocialTariffCard.uitpas_number.in_(
                     {kansen_key(self._db.cipher, uitpas_number), uitpas_number})))
            if card_system_id is not None:
                q = q.where(SocialTariffCurrent.card_system_id == card_system_id)
            return [SocialTariffHit(cs, ct, at, fa) for cs, ct, at, fa in s.execute(q)]

    def social_tariff_lists(self) -> list[SocialTariffListInfo]:
        """Which lists the counter has and how old they are (policy: warn/refuse by age)."""
        with self._db.read() as s:
            return [SocialTariffListInfo(c.card_system_id, c.fetched_at, c.row_count)
                    for c in s.scalars(select(SocialTariffCurrent)
                                       .order_by(SocialTariffCurrent.card_system_id))]


__all__ = ["Reference", "SocialTariffCardRow", "SocialTariffHit", "SocialTariffListInfo",
           "CachedTariffs"]
