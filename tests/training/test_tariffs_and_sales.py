"""Kansentarief per region, limits, coupons, all-or-nothing sales and cancellation."""

from __future__ import annotations

from balie.training import TrainingPlatform
from balie.training.demo import EVENTS, ORGANIZERS, PASSES
from tests.training.conftest import Api, problem_type


def test_each_region_computes_its_own_kansentarief(api: Api) -> None:
    dender = api.tariffs("kansen_active", "museum_weekly", 15).json()["available"][0]
    gent = api.tariffs("other_region_kansen", "museum_weekly", 15).json()["available"][0]
    brussel = api.tariffs("brussel_kansen", "youth_upcoming", 12).json()["available"][0]
    assert (dender["price"], gent["price"], brussel["price"]) == (3.8, 1.5, 2.4)
    assert dender["type"] == "SOCIALTARIFF" and dender["id"] == "SOCIALTARIFF"


def test_grace_period_still_gets_kansentarief(api: Api) -> None:
    assert api.tariffs("kansen_grace", "museum_today").json()["available"][0]["price"] == 2.5


def test_expired_kansenstatuut_is_a_problem_with_dutch_message(api: Api) -> None:
    response = api.tariffs("kansen_expired", "museum_today")
    assert response.status_code == 400 and problem_type(response) == "uitpas/social-tariff-expired"
    assert "verlopen" in response.json()["endUserMessage"]["nl"]


def test_kansenstatuut_of_another_region_gives_no_discount_with_reason(api: Api) -> None:
    body = api.tariffs("other_region_kansen", "museum_today").json()
    assert body["available"] == [] and "UiTPAS Gent" in body["endUserMessage"]["nl"]


def test_no_kansenstatuut_means_no_offer(api: Api) -> None:
    body = api.tariffs("regular", "museum_today").json()
    assert body["available"] == [] and body["endUserMessage"]["nl"]


def test_static_tariff_is_the_organizers_region_price(api: Api) -> None:
    body = api.get("/tariffs/static", regularPrice=10, eventId=EVENTS["museum_today"].id).json()
    assert body["available"][0]["price"] == 2.5


def test_ticket_limit_counts_down_and_then_refuses(api: Api) -> None:
    """publiq: ``remaining`` is always 1 for an individual; "2 per dag" is two sales of one."""
    assert api.tariffs("kansen_active", "museum_today").json()["available"][0]["remaining"] == 1
    assert problem_type(api.sell("kansen_active", "museum_today", count=2)) == "uitpas/invalid-number-of-tickets"
    assert api.sell("kansen_active", "museum_today").status_code == 200
    assert api.tariffs("kansen_active", "museum_today").json()["available"][0]["remaining"] == 1
    assert api.sell("kansen_active", "museum_today").status_code == 200
    after = api.tariffs("kansen_active", "museum_today").json()
    assert after["available"] == [] and "maximum" in after["endUserMessage"]["nl"]
    refused = api.sell("kansen_active", "museum_today")
    assert problem_type(refused) == "uitpas/maximum-reached"


def test_sale_returns_numeric_id_price_and_server_time(api: Api, platform: TrainingPlatform) -> None:
    sale = api.sell("kansen_active", "museum_today").json()[0]
    assert sale["id"].isdigit() and sale["tariff"]["price"] == 2.5 and sale["creationDate"].endswith("Z")
    assert sale["eventTitle"] and sale["regularPriceLabel"] == "Basistarief"
    assert platform.count_ticket_sales(event_id=EVENTS["museum_today"].id) == 1


def test_multi_ticket_registration_is_all_or_nothing(api: Api, platform: TrainingPlatform) -> None:
    good = {"uitpasNumber": PASSES["kansen_active"].uitpas_number, "eventId": EVENTS["museum_today"].id,
            "regularPrice": 10, "tariff": {"id": "SOCIALTARIFF"}}
    bad = {**good, "uitpasNumber": PASSES["kansen_expired"].uitpas_number}
    response = api.post("/ticket-sales", [good, bad])
    assert response.status_code == 400 and problem_type(response) == "uitpas/social-tariff-expired"
    too_many = api.sell("kansen_active", "museum_today", count=3)
    assert problem_type(too_many) == "uitpas/invalid-number-of-tickets"
    assert platform.count_ticket_sales() == 0


def test_group_pass_buys_several_tickets_and_available_tickets_drop(api: Api) -> None:
    assert api.tariffs("group", "museum_today").json()["available"][0]["remaining"] == 10
    assert len(api.sell("group", "museum_today", count=4).json()) == 4
    assert api.tariffs("group", "museum_today").json()["available"][0]["remaining"] == 6
    assert problem_type(api.sell("group", "museum_today", count=7)) == "uitpas/invalid-number-of-tickets"


def test_cancelling_a_sale_gives_the_ticket_back_and_twice_is_404(api: Api) -> None:
    sale = api.sell("group", "museum_today", count=2).json()[0]
    assert api.delete(f"/ticket-sales/{sale['id']}").status_code == 204
    assert api.tariffs("group", "museum_today").json()["available"][0]["remaining"] == 9
    again = api.delete(f"/ticket-sales/{sale['id']}")
    assert again.status_code == 404 and problem_type(again) == "uitpas/ticket-sale-not-found"


def test_coupon_is_offered_sold_and_used_up(api: Api) -> None:
    """A coupon good for two tickets a year is two sales of one for an individual."""
    offers = api.tariffs("minor", "pool_today", 4.5).json()["available"]
    coupon = next(o for o in offers if o["type"] == "COUPON")
    assert coupon["price"] == 1 and coupon["remaining"] == 1
    too_many = api.sell("minor", "pool_today", 4.5, tariff=coupon["id"], count=2)
    assert problem_type(too_many) == "uitpas/invalid-number-of-tickets"
    for _ in range(2):
        assert api.sell("minor", "pool_today", 4.5, tariff=coupon["id"]).status_code == 200
    left = api.tariffs("minor", "pool_today", 4.5).json()["available"]
    assert all(o["type"] != "COUPON" for o in left)
    assert problem_type(api.sell("minor", "pool_today", 4.5, tariff=coupon["id"])) == "uitpas/invalid-coupon"
    coupons = api.get(f"/passholders/{PASSES['minor'].passholder_id}/coupons").json()
    assert coupons[0]["remaining"]["volume"] == 0


def test_event_of_an_organizer_without_rights_is_forbidden(api: Api) -> None:
    response = api.sell("kansen_active", "foreign_today")
    assert response.status_code == 403 and problem_type(response) == "auth/forbidden"


def test_unknown_event_is_event_not_found(api: Api) -> None:
    response = api.get("/tariffs", regularPrice=10, eventId="00000000-0000-0000-0000-000000000000",
                       uitpasNumber=PASSES["kansen_active"].uitpas_number)
    assert response.status_code == 404 and problem_type(response) == "uitpas/event-not-found"


def test_malformed_sale_body_points_at_the_field(api: Api) -> None:
    response = api.post("/ticket-sales", [{"uitpasNumber": PASSES["regular"].uitpas_number}])
    assert problem_type(response) == "body/invalid-data"
    assert response.json()["schemaErrors"][0]["jsonPointer"] == "/0/eventId"
    assert problem_type(api.post("/ticket-sales", "nope")) == "body/invalid-data"


def test_sales_search_needs_a_filter_and_pages(api: Api) -> None:
    api.sell("group", "museum_today", count=5)
    first = api.get("/ticket-sales", eventId=EVENTS["museum_today"].id, limit=2).json()
    assert first["totalItems"] == 5 and len(first["member"]) == 2
    by_holder = api.get("/ticket-sales", passholderId=PASSES["group"].passholder_id,
                        organizerId=ORGANIZERS["museum"].id)
    assert by_holder.json()["totalItems"] == 5
    assert api.get("/ticket-sales").status_code == 400
    too_big = api.get("/ticket-sales", eventId=EVENTS["museum_today"].id, limit=501)
    assert problem_type(too_big) == "url/query-limit-exceeded"
