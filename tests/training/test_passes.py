"""Identifying passes the way a cashier meets them."""

from __future__ import annotations

from balie.training.demo import BLANK_CARDS, PASSES
from tests.training.conftest import Api, problem_type


def test_regular_pass_by_number_shows_points_and_no_kansenstatuut(api: Api) -> None:
    body = api.get("/passes", identifier=PASSES["regular"].uitpas_number).json()
    assert body["passType"] == "INDIVIDUAL" and body["points"] == 30
    assert body["socialTariff"] == {"status": "NONE"}
    assert body["cardSystem"]["name"] == "UiTPAS Dender"


def test_pass_is_found_by_chip_number_in_any_case_and_by_insz(api: Api) -> None:
    p = PASSES["kansen_active"]
    by_chip = api.get("/passes", identifier=p.chip_number.lower()).json()
    by_insz = api.get("/passes", identifier=p.insz).json()
    assert by_chip["uitpasNumber"] == by_insz["uitpasNumber"] == p.uitpas_number


def test_grace_period_is_active_with_past_end_date(api: Api, platform) -> None:
    body = api.get("/passes", identifier=PASSES["kansen_grace"].uitpas_number).json()
    assert body["socialTariff"]["status"] == "ACTIVE"
    assert body["socialTariff"]["endDate"] < platform.clock.now().strftime("%Y-%m-%dT%H:%M:%S")


def test_expired_kansenstatuut_comes_with_a_warning_to_show(api: Api) -> None:
    body = api.get("/passes", identifier=PASSES["kansen_expired"].uitpas_number).json()
    assert body["socialTariff"]["status"] == "EXPIRED"
    assert body["messages"][0]["level"] == "WARN" and "verlopen" in body["messages"][0]["text"]


def test_blocked_card_is_invalid_card_status_with_holder_and_type(api: Api) -> None:
    response = api.get("/passes", identifier=PASSES["blocked"].uitpas_number)
    assert response.status_code == 400 and problem_type(response) == "uitpas/invalid-card-status"
    body = response.json()
    assert body["cardStatus"] == "BLOCKED" and body["passType"] == "INDIVIDUAL"
    assert body["passholderId"] == PASSES["blocked"].passholder_id
    assert body["endUserMessage"]["nl"]


def test_lost_card_is_deleted_and_its_replacement_belongs_to_the_same_holder(api: Api) -> None:
    old = api.get("/passes", identifier=PASSES["lost_old"].uitpas_number)
    new = api.get("/passes", identifier=PASSES["lost_new"].uitpas_number).json()
    assert old.json()["cardStatus"] == "DELETED"
    assert old.json()["passholderId"] == new["passholderId"]
    by_insz = api.get("/passes", identifier=PASSES["lost_new"].insz).json()
    assert by_insz["uitpasNumber"] == PASSES["lost_new"].uitpas_number


def test_group_pass_has_no_points_and_shows_available_tickets(api: Api) -> None:
    body = api.get("/passes", identifier=PASSES["group"].uitpas_number).json()
    assert body["passType"] == "GROUP" and body["points"] == 0
    group = api.get(f"/grouppasses/{PASSES['group'].passholder_id}").json()
    assert group["socialTariff"]["availableTickets"] == 10 and group["cardStatus"] == "ACTIVE"
    listed = api.get("/grouppasses", chipNumber=PASSES["group"].chip_number).json()
    assert listed["member"][0]["id"] == PASSES["group"].passholder_id


def test_unknown_and_malformed_numbers(api: Api) -> None:
    unknown = api.get("/passes", identifier="0910009999996")
    assert unknown.status_code == 404 and problem_type(unknown) == "uitpas/pass-not-found"
    typo = api.get("/passes", identifier="0910000010109")
    assert typo.status_code == 400 and problem_type(typo) == "uitpas/invalid-uitpas-number"


def test_blank_card_is_local_stock(api: Api) -> None:
    card = api.get("/cards", chipNumber=BLANK_CARDS["blank_kansen"].chip_number).json()
    assert card["status"] == "LOCAL_STOCK" and card["socialTariff"] is True
    lookup = api.get("/passes", identifier=BLANK_CARDS["blank_1"].uitpas_number)
    assert lookup.json()["cardStatus"] == "LOCAL_STOCK"


def test_every_response_is_marked_as_training_and_organizers_too(api: Api) -> None:
    response = api.get("/permissions")
    assert response.headers["X-Balie-Training"] == "1"
    assert all(p["organizer"]["name"].startswith("[OEFEN]") for p in response.json())
    assert all("TICKETSALES_REGISTER" in p["permissions"] for p in response.json())
