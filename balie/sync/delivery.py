"""From one outbox entry to the API call(s) that put it on the platform.

Payload shapes are the store's (see :mod:`balie.store.records`); money is cents there and euro
on the wire (the client converts). One entry is one request where the API allows it: a sale of
three tickets is ONE ``POST /ticket-sales`` with three elements, because that call is all-or-nothing
and one customer transaction must land or fail as a whole, never half.

Every function raises the client's :class:`~balie.sync.problems.ApiError` unchanged; deciding
what a failure means for the queue is the worker's business.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from balie.domain import ActionKind, OutboxStatus, TariffType, format_euro
from balie.store.models import TicketSale
from balie.store.outbox import OutboxItem
from balie.store.store import Store
from balie.sync import queue
from balie.sync.client import UitpasClient, passholder_put_body
from balie.sync.problems import NotFound, ProblemType
from balie.sync.wire import TicketSaleRequest, TicketSaleResult
from balie.wording import count_nl

CANCELS = (ActionKind.TICKET_SALE_CANCEL, ActionKind.CHECKIN_CANCEL,
           ActionKind.REWARD_REDEEM_CANCEL)


@dataclass(frozen=True)
class Delivered:
    """The platform accepted the entry. ``notes`` are Dutch lines for the history (e.g. the
    platform charged another tariff than the provisional one); ``platform_time`` is the server's
    creation time, used to learn the counter's clock offset. ``booked``: the platform's
    ticket sales as it registered them (tariff and price), for the price-difference check."""

    platform_ids: tuple[str, ...]
    notes: tuple[str, ...] = ()
    platform_time: datetime | None = None
    booked: tuple[TicketSaleResult, ...] = ()


class NothingToDeliver(Exception):
    """The entry cannot be turned into a request (broken payload): a person must look at it."""

    def __init__(self, message_nl: str) -> None:
        super().__init__(message_nl)
        self.message_nl = message_nl


def sale_requests(payload: Mapping[str, Any]) -> list[TicketSaleRequest]:
    try:
        one = TicketSaleRequest(
            uitpas_number=str(payload["uitpasNumber"]), event_id=str(payload["eventId"]),
            regular_price=int(payload["regularPriceCents"]), tariff_id=str(payload["tariffId"]),
            regular_price_label=payload.get("regularPriceLabel") or None,
        )
        quantity = int(payload.get("quantity") or 1)
    except (KeyError, TypeError, ValueError):
        raise NothingToDeliver("De gegevens van deze verkoop zijn onvolledig.") from None
    return [one] * quantity


def deliver(client: UitpasClient, store: Store, item: OutboxItem,
            lines: Sequence[TicketSale] | None = None) -> Delivered:
    """Send ``item`` once. Raises ApiError (classified) or NothingToDeliver. ``lines``: the
    sale's local ticket lines when the caller already read them (one read per batch)."""
    p = item.payload
    kind = item.kind
    if p.get("unreadable"):  # sealed with another key or changed on disk (balie.crypto)
        raise NothingToDeliver("De gegevens van deze actie zijn onleesbaar op deze pc "
                               "(andere sleutel of beschadigd) en worden niet verstuurd.")
    if kind is ActionKind.TICKET_SALE:
        results = client.register_ticket_sales(sale_requests(p))
        return Delivered(tuple(r.id for r in results), sale_differences(store, item, results, lines),
                         _first_time(r.creation_date for r in results), tuple(results))
    if kind is ActionKind.CHECKIN:
        checkin = client.register_checkin(_req(p, "uitpasNumber"), _req(p, "eventId"))
        return Delivered((checkin.id,), (), checkin.creation_date)
    if kind is ActionKind.REWARD_REDEEM:
        redeemed = client.redeem_reward(_req(p, "rewardId"), _req(p, "uitpasNumber"))
        return Delivered((redeemed.id,), (), redeemed.redeem_date)
    if kind in CANCELS:
        return _cancel(client, store, item)
    if kind is ActionKind.PASSHOLDER_REGISTER:
        holder = client.register_passholder(p.get("body", p))
        return Delivered((holder.id,))
    if kind is ActionKind.PASSHOLDER_UPDATE:
        holder_id = _req(p, "passholderId")
        current = client.get_passholder(holder_id)
        client.update_passholder(holder_id, passholder_put_body(current, p.get("changes", {})))
        return Delivered((holder_id,))
    if kind is ActionKind.MEMBERSHIP:
        holder_id = _req(p, "passholderId")
        client.create_membership(holder_id, int(_req(p, "cardSystemId")), p.get("body", {}))
        return Delivered((holder_id,))
    raise NothingToDeliver(f"Onbekende soort actie: {kind}.")


def _req(payload: Mapping[str, Any], key: str) -> str:
    value = payload.get(key)
    if value in (None, ""):
        raise NothingToDeliver(f"Het veld {key} ontbreekt in deze actie.")
    return str(value)


def _first_time(times: Any) -> datetime | None:
    for t in times:
        if t is not None:
            return t
    return None


_NOT_THERE = (ProblemType.TICKET_SALE_NOT_FOUND, "https://api.publiq.be/probs/uitpas/checkin-not-found",
              "https://api.publiq.be/probs/uitpas/redeemed-reward-not-found")


def _cancel(client: UitpasClient, store: Store, item: OutboxItem) -> Delivered:
    """DELETE each platform id of the original. Safe to repeat: 404 means it is already gone
    (maybe by our own earlier attempt whose answer was lost)."""
    original_uuid = item.payload.get("cancels") or item.depends_on
    original = store.outbox.get(str(original_uuid)) if original_uuid else None
    if original is None:
        raise NothingToDeliver("De actie die geannuleerd moet worden is niet gevonden.")
    if original.status not in (OutboxStatus.CONFIRMED, OutboxStatus.HANDLED) or not original.platform_ids:
        raise NothingToDeliver("De oorspronkelijke actie staat niet bij UiTPAS.")
    delete = {
        ActionKind.TICKET_SALE_CANCEL: client.cancel_ticket_sale,
        ActionKind.CHECKIN_CANCEL: client.cancel_checkin,
        ActionKind.REWARD_REDEEM_CANCEL: client.cancel_redeemed_reward,
    }[item.kind]
    for pid in original.platform_ids:
        try:
            delete(pid)
        except NotFound:
            pass  # already gone: the goal of a cancellation is reached
    return Delivered(original.platform_ids)


def sale_differences(store: Store, item: OutboxItem, results: tuple[TicketSaleResult, ...],
                     lines: Sequence[TicketSale] | None = None) -> tuple[str, ...]:
    """Dutch lines when the platform booked another tariff or price than the counter charged
    (only provisional, offline-decided sales can differ; the organizer may not be reimbursed)."""
    if lines is None:
        lines = queue.ticket_lines(store, item.client_uuid)
    if not lines or not results:
        return ()
    local = lines[0]
    got = results[0]
    notes: list[str] = []
    if got.tariff_id and got.tariff_id != local.tariff_id:
        notes.append(
            f"UiTPAS boekte tarief '{got.tariff_name or got.tariff_id}' in plaats van "
            f"'{local.tariff_name}' dat aan de balie werd aangerekend.")
    if got.tariff_price is not None and got.tariff_price != local.price_cents:
        notes.append(
            f"UiTPAS rekent {format_euro(got.tariff_price)} per ticket; aan de balie werd "
            f"{format_euro(local.price_cents)} aangerekend (verschil "
            f"{format_euro(local.price_cents - got.tariff_price)} per ticket).")
    return tuple(notes)


def refused_kansentarief(store: Store, item: OutboxItem) -> str | None:
    """The Dutch warning for a refused sale at kansentarief: the customer already paid the
    reduced price, so the organizer may not be reimbursed for the difference."""
    if item.kind is not ActionKind.TICKET_SALE:
        return None
    lines = queue.ticket_lines(store, item.client_uuid)
    if not lines or lines[0].tariff_type != TariffType.SOCIALTARIFF.value:
        return None
    n = len(lines)
    return (f"Kansentarief al gegeven ({count_nl(n, 'ticket', 'tickets')} aan "
            f"{format_euro(lines[0].price_cents)}), "
            "maar UiTPAS weigert de registratie: de organisator wordt hiervoor mogelijk niet "
            "terugbetaald.")
