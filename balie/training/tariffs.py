"""Kansentarief and coupon offers: what GET /tariffs answers and what POST /ticket-sales enforces.

Each demo region prices kansentarief its own way (documented in demo.CARD_SYSTEMS.rule_nl):
- UiTPAS Dender: 25 % of the regular price, rounded half-up to 10 cent;
- UiTPAS Gent: a fixed EUR 1.50 (never more than the regular price);
- Paspartoe: 20 % of the regular price, at most EUR 3.
Only card systems taking part in the event give a discount. ``remaining`` is what one sale may hold
at that tariff, as publiq documents it: always 1 for an individual (one ticket per sale, as long as
the event's ticket limit, EventSettings.passholderTicketLimit, has one left in its period), so a
second ticket is a second sale; a group pass may buy its ``availableTickets`` at once.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from balie.training import demo
from balie.training.catalog import Event, get_event, organizer_by_id
from balie.training.clock import iso, period_start
from balie.training.passes import Holder, resolve
from balie.training.problems import ApiError
from balie.training.validation import query_problem
from balie.training.web import Request, Response, json_response
from balie.wording import count_nl

SOCIAL_TARIFF_NAME = "Kansentarief"
#: publiq: ``remaining`` "is always 1 for individuals" -- tickets in one sale, at any tariff
INDIVIDUAL_PER_SALE = 1
_PERIOD_NL = {"DAY": "per dag", "WEEK": "per week", "MONTH": "per maand", "QUARTER": "per kwartaal",
              "YEAR": "per jaar", "ABSOLUTE": "in totaal"}


def limit_nl(event: Event) -> str:
    """The event's ticket limit as the platform words it: "2 tickets per dag"."""
    assert event.ticket_limit is not None
    volume, period = event.ticket_limit
    return f"{count_nl(volume, 'ticket', 'tickets')} {_PERIOD_NL.get(period, 'per periode')}"


def limit_reached_nl(event: Event) -> str:
    return (f"Deze pashouder heeft het maximum voor deze activiteit bereikt: {limit_nl(event)} "
            "met UiTPAS-korting.")


def too_many_nl(offer: Offer) -> str:
    """Why a sale of more tickets than ``remaining`` is refused, in a sentence a cashier can
    repeat to the pass holder: a cap per sale is not a stock running out."""
    if offer.per_sale:
        return (f"Aan dit tarief kan deze pashouder maar {count_nl(offer.remaining, 'ticket', 'tickets')} "
                "per aankoop kopen.")
    return f"Aan dit tarief kan deze groepspas nog maar {count_nl(offer.remaining, 'ticket', 'tickets')} kopen."


def social_price(card_system_id: int, regular: int) -> int:
    rule = demo.CARD_SYSTEMS_BY_ID[card_system_id].rule
    if rule == "PERCENT_25":
        tenths = (Decimal(regular) * Decimal("0.25") / 10).quantize(Decimal("1"), rounding=ROUND_HALF_UP)
        return min(regular, int(tenths) * 10)
    if rule == "FIXED_150":
        return min(regular, 150)
    if rule == "PERCENT_20_CAP_300":
        return min(300, int((Decimal(regular) * Decimal("0.20")).quantize(Decimal("1"), rounding=ROUND_HALF_UP)))
    raise AssertionError(rule)


def euro(cents: int) -> float | int:
    return cents // 100 if cents % 100 == 0 else float(Decimal(cents) / 100)


def cents(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise ValueError("regularPrice must be a non-negative number")
    return int((Decimal(str(value)) * 100).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class Offer:
    id: str
    name: str
    price: int
    type: str
    remaining: int
    coupon_id: int | None = None
    #: ``remaining`` is a cap per sale (an individual buys one ticket per sale), not what is left of
    #: a budget (a group pass's ``availableTickets``)
    per_sale: bool = False

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "price": euro(self.price), "type": self.type,
                "remaining": self.remaining}


@dataclass(frozen=True)
class Offers:
    available: tuple[Offer, ...]
    message_nl: str | None
    limit_reached: bool = False

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"available": [o.as_json() for o in self.available]}
        if self.message_nl:
            out["endUserMessage"] = {"nl": self.message_nl}
        return out


def limit_remaining(conn: sqlite3.Connection, now: datetime, holder: Holder, event: Event) -> int | None:
    if event.ticket_limit is None:
        return None
    volume, period = event.ticket_limit
    used = conn.execute("SELECT COUNT(*) FROM ticket_sales WHERE passholder_id = ? AND event_id = ?"
                        " AND creation_date >= ?", (holder.id, event.id, iso(period_start(now, period)))).fetchone()[0]
    return max(volume - used, 0)


def coupon_offers(conn: sqlite3.Connection, now: datetime, holder: Holder, event: Event) -> list[Offer]:
    out = []
    for c in conn.execute("SELECT * FROM coupons WHERE passholder_id = ? AND organizer_id = ? AND begin <= ?"
                          " AND end >= ? ORDER BY id", (holder.id, event.organizer_id, iso(now), iso(now))):
        used = conn.execute("SELECT COUNT(*) FROM ticket_sales WHERE coupon_id = ? AND creation_date >= ?",
                            (c["id"], iso(period_start(now, c["period"])))).fetchone()[0]
        if c["volume"] - used > 0:
            out.append(Offer(f"COUPON_{c['id']}", c["name"], c["price"], "COUPON", c["volume"] - used, c["id"]))
    return out


def compute(conn: sqlite3.Connection, now: datetime, holder: Holder, event: Event, regular: int,
            wanted: str = "ANY") -> Offers:
    """The offers for one holder, event and regular price; raises the problems the API raises."""
    statuses = {m.social_status for m in holder.memberships if m.status == "ACTIVE"}
    active = holder.active_social()
    if wanted in ("ANY", "SOCIALTARIFF") and not active and "EXPIRED" in statuses:
        raise ApiError(400, "uitpas/social-tariff-expired", "Social tariff expired",
                       "The passholder's social tariff has expired.",
                       nl="Het kansentarief van deze pashouder is verlopen. Verlengen kan aan de UiTPAS-balie.")
    if wanted in ("ANY", "SOCIALTARIFF") and not active and "SUSPENDED" in statuses:
        raise ApiError(400, "uitpas/social-tariff-suspended", "Social tariff suspended",
                       "The passholder's social tariff is suspended.",
                       nl="Het kansentarief van deze pashouder is tijdelijk opgeschort.")
    offers: list[Offer] = []
    messages: list[str] = []
    limit_reached = False
    if holder.is_group:
        m = next((m for m in active if m.card_system_id in event.card_system_ids), None)
        if m is None:
            messages.append("Deze groepspas geeft geen kansentarief voor deze activiteit.")
        elif (m.available_tickets or 0) <= 0:
            limit_reached = True
            messages.append("Deze groepspas heeft geen tickets aan kansentarief meer over.")
        else:
            offers.append(Offer("SOCIALTARIFF", SOCIAL_TARIFF_NAME, social_price(m.card_system_id, regular),
                                "SOCIALTARIFF", m.available_tickets or 0))
    else:
        remaining = limit_remaining(conn, now, holder, event)
        if remaining == 0:
            limit_reached = True
            messages.append(limit_reached_nl(event))
        else:
            if wanted in ("ANY", "SOCIALTARIFF") and active:
                m = next((m for m in active if m.card_system_id in event.card_system_ids), None)
                if m is None:
                    names = ", ".join(demo.CARD_SYSTEMS_BY_ID[a.card_system_id].name for a in active)
                    messages.append(f"Het kansentarief van {names} geldt niet voor deze activiteit.")
                else:
                    offers.append(Offer("SOCIALTARIFF", SOCIAL_TARIFF_NAME, social_price(m.card_system_id, regular),
                                        "SOCIALTARIFF", INDIVIDUAL_PER_SALE, per_sale=True))
            if wanted in ("ANY", "COUPON"):
                # a coupon's own volume and the event's limit only decide whether it is offered
                offers += [Offer(o.id, o.name, o.price, o.type, INDIVIDUAL_PER_SALE, o.coupon_id, per_sale=True)
                           for o in coupon_offers(conn, now, holder, event)]
    if not offers and not messages:
        messages.append("Deze pashouder heeft geen korting voor deze activiteit.")
    return Offers(tuple(offers), " ".join(messages) or None, limit_reached)


def _regular(req: Request) -> int:
    raw = req.q("regularPrice")
    try:
        return cents(float(raw or ""))
    except ValueError:
        raise query_problem("regularPrice", "must be a non-negative number") from None


def get_tariffs(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    regular = _regular(req)
    event = get_event(conn, req.q("eventId") or "")
    holder = resolve(conn, req.q("uitpasNumber"))
    return json_response(compute(conn, now, holder, event, regular, (req.q("type") or "ANY").upper()).as_json())


def get_static_tariffs(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    regular = _regular(req)
    event = get_event(conn, req.q("eventId") or "")
    org = organizer_by_id(event.organizer_id)
    cs_id = demo.CARD_SYSTEMS[org.card_system].id if org else None
    if cs_id not in event.card_system_ids:
        raise ApiError(400, "uitpas/social-tariff-not-available", "Social tariff not available",
                       "The organizer's card system gives no social tariff for this event.",
                       nl="Voor deze activiteit is geen kansentarief beschikbaar.")
    return json_response({"available": [Offer("SOCIALTARIFF", SOCIAL_TARIFF_NAME, social_price(cs_id, regular),
                                              "SOCIALTARIFF", 1).as_json()]})
