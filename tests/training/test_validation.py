"""The training platform refuses what the real UiTPAS API refuses, and only answers valid JSON.

A platform that accepts what production refuses lets a client bug pass every test. Each case here
is one the platform used to accept (issue 15); each refusal must be a publiq problem with a Dutch
``endUserMessage`` a cashier can read.
"""

from __future__ import annotations

import http.client
import socket
import time
from typing import Any

import pytest
import requests
from hypothesis import given
from hypothesis import strategies as st

from balie.training import TrainingPlatform, validation
from balie.training.demo import CARD_SYSTEMS, EVENTS, ORGANIZERS, PASSES, REWARDS
from tests.training.conftest import Api, problem_type

BIG = str(2**63)


def refused(response: requests.Response, kind: str) -> dict[str, Any]:
    """The problem body, after checking it is a 400 of ``kind`` with a Dutch message."""
    assert response.status_code == 400, response.text
    assert problem_type(response) == kind, response.text
    body = response.json()
    assert body["endUserMessage"]["nl"].strip(), body
    return body


@pytest.mark.parametrize(("path", "params", "parameter"), [
    ("/card-systems/1/membership-prices", {}, "cardType"),
    ("/card-systems/1/membership-prices", {"cardType": "AAA"}, "cardType"),
    (f"/rewards/{REWARDS['points_small'].id}/redeem-status", {}, "uitpasNumber"),
    ("/rewards", {"type": "AAA"}, "type"),
    ("/rewards", {"start": "-1"}, "start"),
    ("/rewards", {"limit": "ten"}, "limit"),
    (f"/passholders/{PASSES['regular'].passholder_id}/coupons", {"status": "true"}, "status"),
    ("/rewards/redeemed", {"uitpasNumber": PASSES["regular"].uitpas_number, "rewardType": "AAA"}, "rewardType"),
    (f"/passholders/{PASSES['regular'].passholder_id}/memberships/{CARD_SYSTEMS['gent'].id}",
     {"socialTariff": "null", "organizerId": ORGANIZERS["pool"].id}, "socialTariff"),
    ("/checkins", {"passholderId": PASSES["regular"].passholder_id, "organizerId": ORGANIZERS["museum"].id,
                   "start": BIG}, "start"),
    ("/passholders", {"start": BIG}, "start"),
    ("/ticket-sales", {"start": BIG}, "start"),
    ("/tariffs", {"regularPrice": "tien", "eventId": EVENTS["museum_today"].id,
                  "uitpasNumber": PASSES["regular"].uitpas_number}, "regularPrice"),
    ("/passholders", {"dateOfBirthFrom": "0114-09-25"}, "dateOfBirthFrom"),
    # a number, so the table lets it through; the tariff rules refuse it the same way
    ("/tariffs", {"regularPrice": "-1", "eventId": EVENTS["museum_today"].id,
                  "uitpasNumber": PASSES["regular"].uitpas_number}, "regularPrice"),
    ("/tariffs/static", {"regularPrice": "-0.5", "eventId": EVENTS["museum_today"].id},
     "regularPrice"),
])
def test_invalid_query_is_refused_naming_the_parameter(api: Api, path: str, params: dict[str, str],
                                                       parameter: str) -> None:
    body = refused(api.get(path, **params), "url/query-parameter-invalid")
    assert body["parameter"] == parameter and parameter in body["detail"]


def test_a_non_numeric_card_system_in_the_path_is_refused(api: Api) -> None:
    body = refused(api.get("/card-systems/dender"), "url/path-parameter-invalid")
    assert body["parameter"] == "cs"


def test_the_same_requests_done_right_are_answered(api: Api) -> None:
    """The refusals above are about the values, not the endpoints."""
    assert api.get("/card-systems/1/membership-prices", cardType="NFC_CARD").status_code == 200
    assert api.get(f"/rewards/{REWARDS['points_small'].id}/redeem-status",
                   uitpasNumber=PASSES["regular"].uitpas_number).status_code == 200
    assert api.get("/rewards", type="ANY", start="0").status_code == 200
    assert api.get("/passholders", start=str(2**63 - 1)).json()["member"] == []


@pytest.mark.parametrize("body", [
    {"eventId": EVENTS["museum_today"].id},
    {"eventId": EVENTS["museum_today"].id, "uitpasNumber": None},
    {"eventId": "", "uitpasNumber": PASSES["regular"].uitpas_number},
    [{"eventId": EVENTS["museum_today"].id, "uitpasNumber": PASSES["regular"].uitpas_number}],
])
def test_a_check_in_body_that_does_not_fit_is_refused_with_schema_errors(api: Api, body: Any) -> None:
    problem = refused(api.post("/checkins", body), "body/invalid-data")
    assert problem["schemaErrors"] and all(e["jsonPointer"].startswith("/") or e["jsonPointer"] == ""
                                           for e in problem["schemaErrors"])


def test_a_sale_with_a_text_price_is_refused_at_its_json_pointer(api: Api, platform: TrainingPlatform) -> None:
    item = {"uitpasNumber": PASSES["kansen_active"].uitpas_number, "eventId": EVENTS["museum_today"].id,
            "regularPrice": "10", "tariff": {"id": "SOCIALTARIFF"}}
    problem = refused(api.post("/ticket-sales", [item]), "body/invalid-data")
    assert problem["schemaErrors"][0]["jsonPointer"] == "/0/regularPrice"
    assert platform.count_ticket_sales() == 0


def test_missing_and_broken_bodies_have_their_own_types(api: Api) -> None:
    url = api.platform.url + "/checkins"
    refused(api.session.post(url, data=b"", timeout=10), "body/missing")
    refused(api.session.post(url, data=b"{\"eventId\": ", timeout=10), "body/invalid-syntax")
    refused(api.session.post(url, data=b"{\"eventId\": NaN}", timeout=10), "body/invalid-syntax")


def _holder(api: Api) -> tuple[str, dict[str, Any]]:
    holder_id = PASSES["regular"].passholder_id
    return holder_id, api.get(f"/passholders/{holder_id}").json()


def test_a_full_update_with_nulls_is_refused_and_changes_nothing(api: Api) -> None:
    holder_id, before = _holder(api)
    body = {"name": before["name"], "firstName": before["firstName"], "dateOfBirth": before["dateOfBirth"],
            "address": before["address"], "email": None}
    problem = refused(api.put(f"/passholders/{holder_id}", body), "body/invalid-data")
    assert problem["schemaErrors"][0]["jsonPointer"] == "/email"
    assert api.get(f"/passholders/{holder_id}").json() == before


def test_a_birth_date_before_1900_is_refused_not_stored(api: Api) -> None:
    holder_id, before = _holder(api)
    body = {"name": before["name"], "firstName": before["firstName"], "dateOfBirth": "0114-09-25",
            "address": before["address"]}
    problem = refused(api.put(f"/passholders/{holder_id}", body), "body/invalid-data")
    assert problem["schemaErrors"][0]["jsonPointer"] == "/dateOfBirth"


def test_an_address_without_street_is_read_back_without_a_street(api: Api) -> None:
    holder_id, before = _holder(api)
    address = {"postalCode": before["address"]["postalCode"], "city": before["address"]["city"]}
    body = {"name": before["name"], "firstName": before["firstName"], "dateOfBirth": before["dateOfBirth"],
            "address": address}
    assert api.put(f"/passholders/{holder_id}", body).status_code == 204
    after = api.get(f"/passholders/{holder_id}").json()
    assert "street" not in after["address"] and None not in after["address"].values()


@pytest.mark.parametrize("method", ["TRACE", "PATCH", "OPTIONS", "HEAD"])
def test_other_http_methods_get_a_405_problem_with_allow(platform: TrainingPlatform, method: str) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", platform.port, timeout=10)
    try:
        conn.request(method, f"/passholders/{PASSES['regular'].passholder_id}")
        response = conn.getresponse()
        body = response.read()
    finally:
        conn.close()
    assert response.status == 405
    assert response.getheader("Allow") == "GET, PUT"
    assert response.getheader("Content-Type") == "application/problem+json"
    if method != "HEAD":
        assert b"method/not-allowed" in body


def test_an_unknown_http_method_gets_a_problem_not_an_html_page(platform: TrainingPlatform) -> None:
    with socket.create_connection(("127.0.0.1", platform.port), timeout=10) as sock:
        sock.sendall(b"BREW /passes HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")
        answer = sock.recv(65536)
    assert answer.startswith(b"HTTP/1.1 405") and b"application/problem+json" in answer
    assert b"<html" not in answer.lower()


def test_a_new_event_is_unknown_for_the_configured_seconds(api: Api, platform: TrainingPlatform) -> None:
    event = EVENTS["museum_today"]
    platform.set_faults(unknown_events=[event.id], unknown_events_seconds=1.0)
    assert problem_type(api.checkin("regular", "museum_today")) == "uitpas/event-not-found"
    assert problem_type(api.get(f"/events/{event.id}/settings")) == "uitpas/event-not-found"
    assert problem_type(api.sell("kansen_active", "museum_today")) == "uitpas/event-not-found"
    assert api.tariffs("regular", "museum_today").status_code == 404
    assert platform.count_checkins() == 0 and platform.count_ticket_sales() == 0
    deadline = time.monotonic() + 10
    while api.checkin("regular", "museum_today").status_code == 404:
        assert time.monotonic() < deadline, "the new event never became known"
        time.sleep(0.1)
    assert platform.count_checkins() == 1


def test_the_unknown_event_fault_can_be_set_over_http(platform: TrainingPlatform) -> None:
    answer = requests.post(platform.url + "/_training/faults", timeout=10,
                           json={"unknown_events": ["e-1"], "unknown_events_seconds": 5})
    assert answer.json()["unknown_events"] == ["e-1"]
    assert platform.injector.event_unknown("e-1") and not platform.injector.event_unknown("e-2")


# -- the checks themselves, for any value ------------------------------------------------------
@given(st.integers())
def test_an_integer_parameter_is_accepted_exactly_in_the_64_bit_range(number: int) -> None:
    error = validation._value_error(validation.Int(), str(number))
    assert (error is None) == (-(2**63) <= number <= 2**63 - 1)


@given(st.dates())
def test_a_date_is_accepted_exactly_between_1900_and_2100(day: Any) -> None:
    text = f"{day.year:04d}-{day.month:02d}-{day.day:02d}"
    assert (validation.date_error(text) is None) == (1900 <= day.year <= 2100)


@given(st.text(max_size=12))
def test_a_boolean_parameter_is_only_true_or_false(text: str) -> None:
    assert (validation._value_error(validation.Bool(), text) is None) == (text in ("true", "false"))


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=5),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                                 max_size=3),
                    max_leaves=10))
def test_json_errors_point_into_the_document(document: Any) -> None:
    """Every schema error names a JSON pointer that exists in the document (or its parent, for a
    missing required field), so support can find what the counter sent wrong."""
    for pointer, reason in validation.json_errors(validation.PASSHOLDER, document, ""):
        assert reason
        parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]
        node = document
        for i, part in enumerate(parts):
            if reason == "is required" and i == len(parts) - 1:
                assert isinstance(node, dict) and part not in node
                break
            node = node[int(part)] if isinstance(node, list) else node[part]
