"""Registration on a blank card, search, update, memberships and prices."""

from __future__ import annotations

from typing import Any

from balie.training import TrainingPlatform
from balie.training.demo import BLANK_CARDS, CARD_SYSTEMS, ORGANIZERS, PASSES, insz
from tests.training.conftest import Api, problem_type

NEW_INSZ = insz("900101", 555)


def _registration(**over: Any) -> dict[str, Any]:
    """A valid registration body; a value None in ``over`` leaves that field out."""
    body = {"name": "Janssens", "firstName": "Leen", "dateOfBirth": "1990-01-01", "inszNumber": NEW_INSZ,
            "address": {"street": "Stationsstraat 5", "postalCode": "9300", "city": "Aalst", "country": "be"},
            "registrationOrganizer": {"id": ORGANIZERS["museum"].id}, "registrationCardSystemId": 1,
            "registrationCardType": "NFC_CARD", "registrationUitpasNumber": BLANK_CARDS["blank_kansen"].uitpas_number,
            "legalTermsPaper": True}
    body.update(over)
    return {k: v for k, v in body.items() if v is not None}


def test_registration_activates_the_blank_card_with_default_social_end_date(
        api: Api, platform: TrainingPlatform) -> None:
    response = api.post("/passholders", _registration())
    assert response.status_code == 200
    holder = response.json()
    assert holder["inszNumber"] == NEW_INSZ and holder["uitpasNumber"] == BLANK_CARDS["blank_kansen"].uitpas_number
    social = holder["cardSystemMemberships"][0]["socialTariff"]
    assert social["status"] == "ACTIVE" and social["endDate"][5:10] in ("04-30", "04-29")
    assert platform.card_status(BLANK_CARDS["blank_kansen"].uitpas_number) == "ACTIVE"
    looked_up = api.get("/passes", identifier=BLANK_CARDS["blank_kansen"].chip_number).json()
    assert looked_up["passholderId"] == holder["id"]
    assert api.get(f"/passholders/status/insz-numbers/{NEW_INSZ}").json() == {"state": "USED"}


def test_registration_rules(api: Api, platform: TrainingPlatform) -> None:
    used = api.post("/passholders", _registration(inszNumber=PASSES["regular"].insz))
    assert problem_type(used) == "uitpas/insz-already-used"
    bad = api.post("/passholders", _registration(inszNumber="90010155500"))
    assert problem_type(bad) == "uitpas/invalid-insz-number"
    active_card = api.post("/passholders", _registration(registrationUitpasNumber=PASSES["regular"].uitpas_number))
    assert problem_type(active_card) == "uitpas/invalid-card-status"
    missing = api.post("/passholders", _registration(name=""))
    assert problem_type(missing) == "body/invalid-data"
    assert platform.count_passholders(insz=NEW_INSZ) == 0


def test_digital_registration_gets_a_fresh_number(api: Api) -> None:
    holder = api.post("/passholders", _registration(registrationCardType="DIGITAL",
                                                    registrationUitpasNumber=None)).json()
    assert len(holder["uitpasNumber"]) == 13
    assert api.get("/passes", identifier=holder["uitpasNumber"]).status_code == 200


def test_search_by_name_and_by_chip(api: Api) -> None:
    by_name = api.get("/passholders", name="Wout*").json()
    assert by_name["totalItems"] == 1 and by_name["member"][0]["firstName"] == "Emma"
    by_chip = api.get("/passholders", chipNumber=PASSES["kansen_grace"].chip_number).json()
    assert by_chip["member"][0]["id"] == PASSES["kansen_grace"].passholder_id
    assert by_chip["member"][0]["cardSystemMemberships"][0]["socialTariff"]["inGracePeriod"] is True


def test_put_replaces_the_passholder_and_extends_kansenstatuut(api: Api) -> None:
    holder_id = PASSES["kansen_expiring"].passholder_id
    current = api.get(f"/passholders/{holder_id}").json()
    update = {k: current[k] for k in ("name", "firstName", "dateOfBirth", "address", "inszNumber")}
    update.update(email="sofie@oefen.invalid", registrationSocialTariffEndDate="2099-04-30")
    assert api.put(f"/passholders/{holder_id}", update).status_code == 204
    after = api.get(f"/passholders/{holder_id}").json()
    assert after["email"] == "sofie@oefen.invalid"
    assert after["cardSystemMemberships"][0]["socialTariff"]["endDate"].startswith("2099-04-30")


def test_new_membership_in_another_region(api: Api) -> None:
    holder_id = PASSES["regular"].passholder_id
    gent = CARD_SYSTEMS["gent"].id
    preview = api.get(f"/passholders/{holder_id}/memberships/{gent}", socialTariff="true",
                      organizerId=ORGANIZERS["pool"].id).json()
    assert preview["type"] == "NEW_MEMBERSHIP" and preview["addressChangeRequired"] is True
    created = api.post(f"/passholders/{holder_id}/memberships/{gent}", {
        "cardType": "NFC_CARD", "uitpasNumber": BLANK_CARDS["blank_gent"].uitpas_number,
        "registrationOrganizer": {"id": ORGANIZERS["pool"].id}})
    assert created.status_code == 201 and created.content == b""
    holder = api.get(f"/passholders/{holder_id}").json()
    assert {m["cardSystem"]["id"] for m in holder["cardSystemMemberships"]} == {1, gent}


def test_membership_prices(api: Api) -> None:
    adult = api.get("/passholders/membership-prices/1", postalCode="9300", dateOfBirth="1990-01-01",
                    cardType="NFC_CARD").json()
    child = api.get("/passholders/membership-prices/1", postalCode="9300", dateOfBirth="2018-01-01",
                    cardType="NFC_CARD").json()
    kansen = api.get("/passholders/membership-prices/1", postalCode="9300", dateOfBirth="1990-01-01",
                     cardType="NFC_CARD", socialTariff="true").json()
    assert (adult["price"], child["price"], kansen["price"]) == (5, 0, 1)
    assert len(api.get("/card-systems/1/membership-prices", cardType="NFC_CARD").json()) == 5
    assert problem_type(api.get("/passholders/membership-prices/1", postalCode="x", dateOfBirth="1990-01-01",
                                cardType="NFC_CARD")) \
        == "uitpas/invalid-postal-code"
