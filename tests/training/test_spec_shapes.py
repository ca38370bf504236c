"""Answers shaped exactly like publiq's API v4, for the endpoints where an earlier version of the
platform deviated (so the client is tested against what the real platform sends)."""

from __future__ import annotations

from balie.training import TrainingPlatform
from balie.training.demo import BLANK_CARDS, CARD_SYSTEMS, COUPONS, ORGANIZERS, PASSES
from tests.training.conftest import Api, problem_type


def _group_id(api: Api) -> str:
    found = api.get("/grouppasses", uitpasNumber=PASSES["group"].uitpas_number).json()
    return str(found["member"][0]["id"])


def test_group_pass_coupons_are_listed_like_a_passholders(api: Api) -> None:
    response = api.get(f"/grouppasses/{_group_id(api)}/coupons")
    assert response.status_code == 200
    [granted] = response.json()
    assert granted["coupon"]["name"] == COUPONS["group_museum"].name and granted["status"] == "ACTIVE"
    assert granted["remaining"] == {"volume": 1, "period": "YEAR"}
    assert isinstance(granted["id"], int) and granted["validityPeriod"]["begin"]


def test_group_pass_coupons_filter_on_status_and_organizer(api: Api) -> None:
    path = f"/grouppasses/{_group_id(api)}/coupons"
    assert api.get(path, status="EXPIRED").json() == []
    assert len(api.get(path, status="ALL").json()) == 1
    assert api.get(path, organizerId=ORGANIZERS["pool"].id).json() == []


def test_group_pass_coupons_of_an_unknown_or_individual_pass_are_not_found(api: Api) -> None:
    assert api.get("/grouppasses/no-such-group/coupons").status_code == 404
    individual = api.get(f"/grouppasses/{PASSES['regular'].passholder_id}/coupons")
    assert problem_type(individual) == "uitpas/passholder-not-found"
    assert api.get(f"/passholders/{PASSES['minor'].passholder_id}/coupons").json()[0]["coupon"]["name"] \
        == COUPONS["pool_teen"].name


def test_card_systems_search_is_a_paginated_collection(api: Api) -> None:
    body = api.get("/card-systems").json()
    assert body["totalItems"] == len(CARD_SYSTEMS)
    assert [cs["name"] for cs in body["member"]] == [cs.name for cs in CARD_SYSTEMS.values()]
    second = api.get("/card-systems", start=1, limit=1).json()
    assert second["totalItems"] == len(CARD_SYSTEMS) and [cs["id"] for cs in second["member"]] == [2]


def test_card_systems_search_by_postal_code_city_and_permanence(api: Api) -> None:
    assert [cs["id"] for cs in api.get("/card-systems", postalCode="9400").json()["member"]] == [1]
    assert [cs["id"] for cs in api.get("/card-systems", city="Molenbeek").json()["member"]] == [3]
    assert api.get("/card-systems", permanent="false").json() == {"totalItems": 0, "member": []}
    assert problem_type(api.get("/card-systems", postalCode="12")) == "uitpas/invalid-postal-code"


def test_city_settings_name_the_city_as_a_string(api: Api) -> None:
    settings = api.get(f"/card-systems/{CARD_SYSTEMS['gent'].id}/city-settings").json()
    assert [s["city"] for s in settings] == ["GENT", "MARIAKERKE", "SINT-AMANDSBERG", "GENTBRUGGE"]
    assert all(s["allowsCardlessRegistration"] is True and s["contactEmail"] for s in settings)


def test_city_settings_filter_on_postal_code(api: Api) -> None:
    path = f"/card-systems/{CARD_SYSTEMS['gent'].id}/city-settings"
    assert [s["city"] for s in api.get(path, postalCode="9040").json()] == ["SINT-AMANDSBERG"]
    assert problem_type(api.get(path, postalCode="9300")) == "uitpas/postal-code-not-in-card-system"


def test_registration_answer_leaves_out_write_only_fields(api: Api, platform: TrainingPlatform) -> None:
    body = {"name": "Janssens", "firstName": "An", "dateOfBirth": "1992-01-01",
            "address": {"street": "Kerkstraat 5", "postalCode": "9300", "city": "Aalst", "country": "be"},
            "registrationOrganizer": {"id": ORGANIZERS["museum"].id}, "registrationCardSystemId": 1,
            "registrationCardType": "NFC_CARD", "registrationUitpasNumber": BLANK_CARDS["blank_1"].uitpas_number,
            "legalTermsPaper": True, "legalTermsDigital": False, "parentalConsent": True,
            "optInPreferences": {"serviceMails": True, "milestoneMails": False, "infoMails": False,
                                     "sms": False, "post": False}}
    created = api.post("/passholders", body)
    assert created.status_code == 200
    write_only = {"legalTermsPaper", "legalTermsDigital", "parentalConsent", "registrationCardSystemId",
                  "registrationCardType", "registrationUitpasNumber"}
    assert write_only.isdisjoint(created.json())
    read_back = api.get(f"/passholders/{created.json()['id']}").json()
    assert write_only.isdisjoint(read_back) and read_back["optInPreferences"]["serviceMails"] is True
