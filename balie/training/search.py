"""A minimal UiTdatabank-like events search, so the counter can list the organizer's UiTPAS events
from the training platform exactly as it would from search.uitdatabank.be."""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime
from typing import Any

from balie.training import demo
from balie.training.catalog import Event, all_events, organizer_by_id
from balie.training.tariffs import euro, social_price
from balie.training.web import Request, Response, json_response

_ORG_IN_Q = re.compile(r"organizer\.id:\"?([0-9a-fA-F-]{36})")


def event_json(ev: Event, base: str, uitpas_prices: bool) -> dict[str, Any]:
    org = organizer_by_id(ev.organizer_id)
    prices: list[dict[str, Any]] = [
        {"category": category, "name": {"nl": label}, "price": euro(cents), "priceCurrency": "EUR"}
        for category, label, cents in ev.prices]
    if uitpas_prices:
        regular = next((c for cat, _, c in ev.prices if cat == "base"), 0)
        prices += [{"category": "uitpas", "name": {"nl": f"Kansentarief met {demo.CARD_SYSTEMS_BY_ID[cs].name}"},
                    "price": euro(social_price(cs, regular)), "priceCurrency": "EUR"} for cs in ev.card_system_ids]
    return {
        "@id": f"{base}/event/{ev.id}", "@type": "Event", "id": ev.id,
        "name": {"nl": ev.name}, "mainLanguage": "nl", "calendarType": "single",
        "startDate": ev.start.replace(".000000Z", "+00:00"), "endDate": ev.end.replace(".000000Z", "+00:00"),
        "priceInfo": prices, "audience": {"audienceType": "everyone"},
        "organizer": {"@id": f"{base}/organizers/{ev.organizer_id}", "id": ev.organizer_id,
                      "name": {"nl": org.name if org else ""}},
        "location": {"address": {"nl": {"postalCode": org.postal_code if org else "",
                                        "addressLocality": org.city if org else "",
                                        "streetAddress": org.street if org else ""}}},
        "labels": ["UiTPAS"], "workflowStatus": "APPROVED"}


def search_events(conn: sqlite3.Connection, now: datetime, req: Request, base: str) -> Response:
    start, limit = req.paging()
    orgs = set(req.qlist("organizerId")) | set(_ORG_IN_Q.findall(req.q("q") or ""))
    events = [ev for ev in all_events(conn) if not orgs or ev.organizer_id in orgs]
    uitpas_prices = (req.q("embedUitpasPrices") or "").lower() == "true"
    members = [event_json(ev, base, uitpas_prices) for ev in events[start:start + limit]]
    return json_response({"@context": "http://www.w3.org/ns/hydra/context.jsonld", "@type": "PagedCollection",
                          "itemsPerPage": limit, "totalItems": len(events), "member": members})
