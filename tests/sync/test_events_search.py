"""The organizer's UiTPAS events come from a UiTdatabank-like search on the training platform."""

from __future__ import annotations

from balie.sync.events import search_uitpas_events
from balie.training.demo import EVENTS, ORGANIZERS


def test_museum_events_with_regular_and_indicative_kansentarief_prices(platform):
    museum = ORGANIZERS["museum"]
    listings = search_uitpas_events(platform.search_url, museum.id, client_id=platform.client_id)
    by_id = {item.event.id: item for item in listings}
    wanted = {e.id for e in EVENTS.values() if e.organizer == "museum"}
    assert set(by_id) == wanted
    today = by_id[EVENTS["museum_today"].id]
    assert today.event.organizer_id == museum.id
    assert today.event.name == EVENTS["museum_today"].name
    assert [(c.label, c.price) for c in today.event.price_categories] == [
        (label, cents) for _, label, cents in EVENTS["museum_today"].prices]
    assert today.uitpas_prices and all("Kansentarief" in c.label for c in today.uitpas_prices)
    assert today.event.start <= today.event.end


def test_paging_collects_every_event(platform):
    museum = ORGANIZERS["museum"]
    small_pages = search_uitpas_events(platform.search_url, museum.id, page_size=1)
    assert len(small_pages) == len([e for e in EVENTS.values() if e.organizer == "museum"])
