"""Admin endpoints, the streamed kansentarief export and the UiTdatabank-like event search."""

from __future__ import annotations

import json
import time

import requests

from balie.numbers import luhn_ok
from balie.training import TrainingPlatform
from balie.training.demo import EVENTS, ORGANIZERS, PASSES
from tests.training.conftest import Api


def test_reset_wipes_sales_and_restores_points(api: Api, platform: TrainingPlatform) -> None:
    api.sell("kansen_active", "museum_today")
    api.checkin("regular", "pool_today")
    started = time.perf_counter()
    assert requests.post(platform.url + "/_training/reset", timeout=5).status_code == 204
    # cheap enough to run before every test (about 0.1 s; the bound leaves room for a busy machine)
    assert time.perf_counter() - started < 3.0
    assert platform.count_ticket_sales() == 0 and platform.points(PASSES["regular"].uitpas_number) == 30


def test_clock_can_be_set_over_http(api: Api, platform: TrainingPlatform) -> None:
    start, _ = platform.event_window("museum_closed_today")
    requests.post(platform.url + "/_training/clock", json={"now": start.isoformat()}, timeout=5)
    assert api.checkin("regular", "museum_closed_today").status_code == 201
    requests.post(platform.url + "/_training/clock", json={"now": None}, timeout=5)
    assert api.checkin("few_points", "museum_closed_today").status_code == 400


def test_expire_tokens_over_http(api: Api, platform: TrainingPlatform) -> None:
    requests.post(platform.url + "/_training/expire-tokens", timeout=5)
    assert api.get("/card-systems").status_code == 401


def test_demo_catalogue_lists_scenarios(platform: TrainingPlatform) -> None:
    demo = requests.get(platform.url + "/_training/demo", timeout=5).json()
    assert demo["passes"]["kansen_grace"]["uitpas_number"] == PASSES["kansen_grace"].uitpas_number
    assert demo["clientId"] == platform.client_id and "museum_today" in demo["events"]


def test_social_tariff_export_lists_active_kansen_cards_and_groups(api: Api) -> None:
    cards = api.get("/cards/social-tariff/1/active").json()
    numbers = {c["uitpasNumber"]: c for c in cards}
    assert PASSES["kansen_active"].uitpas_number in numbers and PASSES["kansen_grace"].uitpas_number in numbers
    assert PASSES["kansen_expired"].uitpas_number not in numbers and PASSES["blocked"].uitpas_number not in numbers
    assert numbers[PASSES["group"].uitpas_number] == {"uitpasNumber": PASSES["group"].uitpas_number,
                                                      "cardType": "GROUP", "availableTickets": 10}


def test_export_streams_many_synthetic_cards(api: Api, platform: TrainingPlatform) -> None:
    started = time.perf_counter()
    platform.add_social_tariff_cards(3, 50_000)
    added = time.perf_counter() - started
    response = api.session.get(platform.url + "/cards/social-tariff/3/active", stream=True, timeout=30)
    assert response.headers["Transfer-Encoding"] == "chunked"
    cards = json.loads(b"".join(response.iter_content(65536)))
    assert len(cards) == 50_001  # plus the demo Paspartoe holder
    assert all(luhn_ok(c["uitpasNumber"]) for c in cards[:: 997])
    assert len({c["uitpasNumber"] for c in cards}) == len(cards)
    assert added < 5


def test_export_without_token_is_401(platform: TrainingPlatform) -> None:
    assert requests.get(platform.url + "/cards/social-tariff/1/active", timeout=5).status_code == 401


def test_event_search_lists_the_organizers_events_with_prices(platform: TrainingPlatform) -> None:
    body = requests.get(platform.search_url + "/events/", params={
        "organizerId": ORGANIZERS["museum"].id, "uitpas": "true", "embed": "true", "embedUitpasPrices": "true"},
        timeout=5).json()
    ids = {e["@id"].rsplit("/", 1)[-1] for e in body["member"]}
    assert EVENTS["museum_today"].id in ids and EVENTS["pool_today"].id not in ids
    event = next(e for e in body["member"] if e["@id"].endswith(EVENTS["museum_today"].id))
    assert event["name"]["nl"] and event["startDate"] < event["endDate"]
    base = {"category": "base", "name": {"nl": "Basistarief"}, "price": 10, "priceCurrency": "EUR"}
    assert base in event["priceInfo"]
    assert any(p["category"] == "uitpas" and p["price"] == 2.5 for p in event["priceInfo"])
    assert event["organizer"]["id"] == ORGANIZERS["museum"].id
    assert body["totalItems"] == len(body["member"])


def test_event_search_accepts_a_query_of_organizers(platform: TrainingPlatform) -> None:
    q = f"organizer.id:{ORGANIZERS['museum'].id} OR organizer.id:{ORGANIZERS['pool'].id}"
    body = requests.get(platform.search_url + "/events/", params={"q": q}, timeout=5).json()
    assert {e["organizer"]["id"] for e in body["member"]} == {ORGANIZERS["museum"].id, ORGANIZERS["pool"].id}


def test_unknown_path_is_url_not_found(api: Api) -> None:
    response = api.get("/does-not-exist")
    assert response.status_code == 404 and response.json()["type"].endswith("url/not-found")
