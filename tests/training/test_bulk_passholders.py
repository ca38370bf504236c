"""Bulk pass holders: a benchmark backlog from thousands of customers, each one a real holder
the platform sells kansentarief to and checks in, like the demo passes."""

from __future__ import annotations

import requests

from balie.numbers import validate_uitpas_number
from balie.training import TrainingPlatform
from balie.training.bulk import bulk_passholder_id
from balie.training.demo import EVENTS, PASSES
from tests.training.conftest import Api


def test_bulk_holders_get_kansentarief_and_check_in_at_the_pool(platform: TrainingPlatform, api: Api):
    numbers = platform.add_passholders(300)
    assert len(set(numbers)) == 300
    assert all(validate_uitpas_number(n).ok for n in numbers[:20])
    assert not set(numbers) & {p.uitpas_number for p in PASSES.values()}
    pool = EVENTS["pool_today"].id
    for n in (numbers[0], numbers[-1]):
        card = api.get("/passes", identifier=n).json()
        assert card["passholderId"] == bulk_passholder_id(n)
        assert card["socialTariff"]["status"] == "ACTIVE"
        sale = api.post("/ticket-sales", [{"uitpasNumber": n, "eventId": pool, "regularPrice": 4.5,
                                           "tariff": {"id": "SOCIALTARIFF"}}])
        assert sale.status_code == 200, sale.text
        assert api.post("/checkins", {"uitpasNumber": n, "eventId": pool}).status_code == 201
    assert platform.count_ticket_sales(uitpas_number=numbers[0]) == 1


def test_more_bulk_holders_get_new_numbers_and_a_reset_removes_them(platform: TrainingPlatform):
    first = platform.add_passholders(5)
    regular = platform.add_passholders(5, card_system="gent", kansen=False)
    assert not set(first) & set(regular)
    assert all(n[-2] == "0" for n in regular) and all(n[-2] == "1" for n in first)
    platform.reset()
    assert platform.count_passholders() == len({p.passholder_id for p in PASSES.values()})


def test_bulk_holders_over_the_admin_endpoint(platform: TrainingPlatform):
    r = requests.post(platform.url + "/_training/passholders",
                      json={"count": 3, "cardSystem": "dender", "kansen": True}, timeout=10)
    assert r.status_code == 200, r.text
    body = r.json()
    assert len(body["uitpasNumbers"]) == 3
    assert body["passholderIds"] == [bulk_passholder_id(n) for n in body["uitpasNumbers"]]
    bad = requests.post(platform.url + "/_training/passholders",
                        json={"count": 3, "cardSystem": "atlantis"}, timeout=10)
    assert bad.status_code == 400
