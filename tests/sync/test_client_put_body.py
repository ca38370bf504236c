"""The full-replacement PUT of a pass holder, against the training platform that refuses nulls the
way the real UiTPAS API does."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from balie.sync.auth import ClientCredentialsProvider, discover
from balie.sync.client import UitpasClient, make_session, passholder_put_body
from balie.sync.environments import training
from balie.sync.parse import parse_passholder
from balie.training.demo import PASSES


@pytest.fixture
def client(platform) -> Iterator[UitpasClient]:
    env = training(platform.url, platform.auth_url, platform.search_url)
    session = make_session()
    tokens = ClientCredentialsProvider(discover(session, env), platform.client_id, platform.client_secret,
                                       session=session)
    yield UitpasClient(env.api_url, tokens, session=session, timeout=(2.0, 10.0))
    session.close()


def test_nulls_in_the_last_answer_are_not_sent_back(client: UitpasClient):
    """A GET that carried nulls (the real API has done so for empty fields) must not turn into a
    PUT the API refuses: the cashier's change of e-mail address goes through."""
    holder = client.get_passholder(PASSES["regular"].passholder_id)
    with_nulls = parse_passholder({**holder.raw, "phoneNumber": None, "gender": None,
                                   "address": {**holder.raw["address"], "street": None}})
    body = passholder_put_body(with_nulls, {"email": "lotte@example.org"})
    assert None not in body.values() and None not in body["address"].values()
    client.update_passholder(holder.id, body)
    again = client.get_passholder(holder.id)
    assert again.email == "lotte@example.org" and again.name == holder.name
    assert "street" not in again.raw["address"]


def test_a_change_to_none_clears_the_field(client: UitpasClient):
    holder = client.get_passholder(PASSES["regular"].passholder_id)
    client.update_passholder(holder.id, passholder_put_body(holder, {"email": "lotte@example.org"}))
    holder = client.get_passholder(holder.id)
    client.update_passholder(holder.id, passholder_put_body(holder, {"email": None}))
    assert "email" not in client.get_passholder(holder.id).raw
