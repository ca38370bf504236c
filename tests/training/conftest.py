"""A thin HTTP helper over the session's training platform (real requests, real sockets)."""

from __future__ import annotations

from typing import Any

import pytest
import requests

from balie.training import TrainingPlatform
from balie.training.demo import EVENTS, PASSES

PROBS = "https://api.publiq.be/probs/"


class Api:
    def __init__(self, platform: TrainingPlatform, token: str) -> None:
        self.platform = platform
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"

    def get(self, path: str, **params: Any) -> requests.Response:
        return self.session.get(self.platform.url + path, params=params, timeout=10)

    def post(self, path: str, body: Any) -> requests.Response:
        return self.session.post(self.platform.url + path, json=body, timeout=10)

    def put(self, path: str, body: Any) -> requests.Response:
        return self.session.put(self.platform.url + path, json=body, timeout=10)

    def delete(self, path: str) -> requests.Response:
        return self.session.delete(self.platform.url + path, timeout=10)

    def sell(self, pass_key: str, event_key: str, price: float = 10, tariff: str = "SOCIALTARIFF",
             count: int = 1) -> requests.Response:
        item = {"uitpasNumber": PASSES[pass_key].uitpas_number, "eventId": EVENTS[event_key].id,
                "regularPrice": price, "regularPriceLabel": "Basistarief", "tariff": {"id": tariff}}
        return self.post("/ticket-sales", [item] * count)

    def tariffs(self, pass_key: str, event_key: str, price: float = 10, **kw: Any) -> requests.Response:
        return self.get("/tariffs", regularPrice=price, eventId=EVENTS[event_key].id,
                        uitpasNumber=PASSES[pass_key].uitpas_number, **kw)

    def checkin(self, pass_key: str, event_key: str) -> requests.Response:
        return self.post("/checkins", {"uitpasNumber": PASSES[pass_key].uitpas_number,
                                       "eventId": EVENTS[event_key].id})


@pytest.fixture
def api(platform: TrainingPlatform, platform_token: str) -> Api:
    return Api(platform, platform_token)


def problem_type(response: requests.Response) -> str:
    assert response.headers["Content-Type"].startswith("application/problem+json"), response.text
    body = response.json()
    assert body["status"] == response.status_code
    assert body["title"]
    return str(body["type"]).removeprefix(PROBS)
