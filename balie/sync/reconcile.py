"""Did it land? Reading the platform back after a lost answer, before anything is sent again.

The UiTPAS API has no idempotency key and no client reference on any write (NOTES §15), so a
request whose answer was lost (timeout, dropped connection, 502/504, or a crash of this PC between
sending and recording) may or may not have been registered. Sending it again blindly can sell a
ticket twice. Instead we search the platform for a record that matches the entry and that this
counter has not already tied to another of its actions:

* ticket sale: ``GET /ticket-sales`` (narrowly by passholder + organizer, else by event, paged)
  matching event, UiTPAS number, tariff id, regular price and label, created after we sent it;
  a sale of N tickets needs N matches (the call is all-or-nothing);
* check-in: ``GET /checkins`` of the holder at the organizer, same event, created after sending;
* reward: ``GET /rewards/redeemed?uitpasNumber=``, same reward, redeemed after sending;
* registration: the holder by INSZ or card number; membership: the holder's memberships;
* cancellations and the full-PUT update are safe to repeat (a second DELETE answers 404).

"Created after sending" is compared on the platform's clock: the counter's clock may be off, so
the worker learns the offset from the creation times the platform returns; without a known
offset the window is wide and only the "not tied yet" rule protects against a false match.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from balie.domain import ActionKind
from balie.store.models import Event
from balie.store.outbox import OutboxItem
from balie.store.store import Store
from balie.sync import queue
from balie.sync.client import UitpasClient
from balie.sync.delivery import CANCELS
from balie.sync.problems import NotFound, Refused
from balie.sync.wire import TicketSaleResult, iter_pages

KNOWN_OFFSET_MARGIN = timedelta(minutes=10)
UNKNOWN_OFFSET_MARGIN = timedelta(hours=36)
PAGE = 500


class Verdict(enum.StrEnum):
    LANDED = "LANDED"  # found on the platform: confirm with these ids, do not send again
    NOT_LANDED = "NOT_LANDED"  # certainly not there (or safe to repeat): send it
    UNDECIDED = "UNDECIDED"  # a person must look (e.g. fewer matches than tickets)


@dataclass(frozen=True)
class Reconciliation:
    verdict: Verdict
    platform_ids: tuple[str, ...] = ()
    reason_nl: str = ""
    #: the platform's ticket sales found back (tariff and price), for the price-difference check
    booked: tuple[TicketSaleResult, ...] = ()


def lower_bound(sent_at: datetime | None, created_at: datetime,
                offset: timedelta | None) -> datetime:
    """Earliest platform time at which our request can have been registered."""
    local = sent_at or created_at
    if offset is None:
        return local - UNKNOWN_OFFSET_MARGIN
    return local + offset - KNOWN_OFFSET_MARGIN


def _organizer_of(store: Store, event_id: str) -> str | None:
    with store.read() as s:
        return s.scalar(select(Event.organizer_id).where(Event.id == event_id))


def _passholder_id(client: UitpasClient, payload: Mapping[str, Any]) -> str | None:
    if payload.get("passholderId"):
        return str(payload["passholderId"])
    try:
        return client.identify_pass(str(payload["uitpasNumber"])).passholder_id
    except Refused:
        return None  # e.g. blocked since: fall back to the event-wide search


def reconcile(client: UitpasClient, store: Store, item: OutboxItem,
              offset: timedelta | None) -> Reconciliation:
    """Read back ``item``. Raises the client's ApiError when the platform cannot be read (then
    the entry stays SENT and is reconciled on the next round)."""
    since = lower_bound(item.sent_at, item.created_at, offset)
    kind = item.kind
    if kind is ActionKind.TICKET_SALE:
        return _ticket_sale(client, store, item, since)
    if kind is ActionKind.CHECKIN:
        return _checkin(client, store, item, since)
    if kind is ActionKind.REWARD_REDEEM:
        return _reward(client, store, item, since)
    if kind is ActionKind.PASSHOLDER_REGISTER:
        return _registration(client, item)
    if kind is ActionKind.MEMBERSHIP:
        return _membership(client, item)
    if kind in CANCELS or kind is ActionKind.PASSHOLDER_UPDATE:
        return Reconciliation(Verdict.NOT_LANDED)  # repeating it is harmless
    return Reconciliation(Verdict.UNDECIDED, reason_nl=f"Onbekende soort actie {kind}.")


def _after(t: datetime | None, since: datetime) -> bool:
    return t is None or t >= since


def _ticket_sale(client: UitpasClient, store: Store, item: OutboxItem,
                 since: datetime) -> Reconciliation:
    p = item.payload
    uitpas, event_id = str(p["uitpasNumber"]), str(p["eventId"])
    quantity = int(p.get("quantity") or 1)
    label = p.get("regularPriceLabel") or None
    taken = queue.linked_ids(store, ActionKind.TICKET_SALE, uitpas)
    holder = _passholder_id(client, p)
    organizer = _organizer_of(store, event_id)
    if holder and organizer:
        sales = iter_pages(lambda start: client.search_ticket_sales(
            passholder_id=holder, organizer_ids=[organizer], start=start, limit=PAGE))
    else:
        sales = iter_pages(lambda start: client.search_ticket_sales(
            event_id=event_id, start=start, limit=PAGE))
    matches = [
        s for s in sales
        if s.event_id == event_id and s.uitpas_number == uitpas
        and s.tariff_id == str(p["tariffId"]) and s.regular_price == int(p["regularPriceCents"])
        and (label is None or s.regular_price_label == label)
        and s.id not in taken and _after(s.creation_date, since)
    ]
    if not matches:
        return Reconciliation(Verdict.NOT_LANDED)
    if len(matches) < quantity:
        return Reconciliation(
            Verdict.UNDECIDED, tuple(m.id for m in matches),
            f"Op het platform staan {len(matches)} van de {quantity} tickets van deze verkoop. "
            "Controleer de verkoop in de UiTPAS-backoffice voor je ze opnieuw verstuurt.")
    matches.sort(key=lambda s: (s.creation_date or since, _numeric(s.id)))
    return Reconciliation(Verdict.LANDED, tuple(m.id for m in matches[:quantity]),
                          booked=tuple(matches[:quantity]))


def _numeric(value: str) -> tuple[int, str]:
    return (int(value), value) if value.isdigit() else (0, value)


def _checkin(client: UitpasClient, store: Store, item: OutboxItem,
             since: datetime) -> Reconciliation:
    p = item.payload
    uitpas, event_id = str(p["uitpasNumber"]), str(p["eventId"])
    holder = _passholder_id(client, p)
    organizer = _organizer_of(store, event_id)
    if not holder or not organizer:
        return Reconciliation(
            Verdict.UNDECIDED,
            reason_nl="Niet na te gaan of deze check-in is aangekomen (organisator of pashouder "
                      "onbekend). Controleer hem in de UiTPAS-backoffice.")
    taken = queue.linked_ids(store, ActionKind.CHECKIN, uitpas)
    for c in iter_pages(lambda start: client.search_checkins(holder, [organizer], start=start,
                                                        limit=PAGE)):
        if c.event_id == event_id and c.id not in taken and _after(c.creation_date, since) \
                and (not c.uitpas_number or c.uitpas_number == uitpas):
            return Reconciliation(Verdict.LANDED, (c.id,))
    return Reconciliation(Verdict.NOT_LANDED)


def _reward(client: UitpasClient, store: Store, item: OutboxItem,
            since: datetime) -> Reconciliation:
    p = item.payload
    uitpas, reward_id = str(p["uitpasNumber"]), str(p["rewardId"])
    taken = queue.linked_ids(store, ActionKind.REWARD_REDEEM, uitpas)
    for r in iter_pages(lambda start: client.search_redeemed_rewards(uitpas_number=uitpas, start=start,
                                                                 limit=PAGE)):
        if r.reward.id == reward_id and r.id not in taken and _after(r.redeem_date, since):
            return Reconciliation(Verdict.LANDED, (r.id,))
    return Reconciliation(Verdict.NOT_LANDED)


def _registration(client: UitpasClient, item: OutboxItem) -> Reconciliation:
    body = item.payload.get("body", item.payload)
    insz = body.get("inszNumber")
    # a registration names its new card as registrationUitpasNumber (an NFC card from stock)
    uitpas = body.get("registrationUitpasNumber") or body.get("uitpasNumber")
    if insz:
        page = client.search_passholders(insz_number=str(insz))
    elif uitpas:
        page = client.search_passholders(uitpas_number=str(uitpas))
    else:
        return Reconciliation(Verdict.UNDECIDED,
                              reason_nl="Niet na te gaan of deze registratie is aangekomen.")
    if page.items:
        return Reconciliation(Verdict.LANDED, (page.items[0].id,))
    return Reconciliation(Verdict.NOT_LANDED)


def _membership(client: UitpasClient, item: OutboxItem) -> Reconciliation:
    holder_id = str(item.payload.get("passholderId"))
    card_system = int(item.payload.get("cardSystemId") or 0)
    try:
        holder = client.get_passholder(holder_id)
    except NotFound:
        return Reconciliation(Verdict.UNDECIDED, reason_nl="De pashouder is niet gevonden.")
    if any(m.card_system.id == card_system for m in holder.memberships):
        return Reconciliation(Verdict.LANDED, (holder_id,))
    return Reconciliation(Verdict.NOT_LANDED)
