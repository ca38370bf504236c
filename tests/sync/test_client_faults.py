"""Each fault class of the training platform arrives at the caller classified correctly."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from balie.sync.auth import ClientCredentialsProvider, discover
from balie.sync.client import UitpasClient, make_session
from balie.sync.environments import training
from balie.sync.problems import ErrorClass, Offline, OutcomeUnknown, RateLimited, ServerError, TimedOut
from balie.sync.wire import TicketSaleRequest
from balie.training.demo import EVENTS, ORGANIZERS, PASSES

EVENT = EVENTS["museum_today"]
PRICE = next(c for cat, _, c in EVENT.prices if cat == "base")
HOLDER = PASSES["kansen_active"]


def _client(platform, read_timeout: float = 5.0) -> UitpasClient:
    env = training(platform.url, platform.auth_url, platform.search_url)
    session = make_session()
    tokens = ClientCredentialsProvider(discover(session, env), platform.client_id, platform.client_secret,
                                       session=session)
    tokens.access_token()  # fetch before faults are switched on
    return UitpasClient(env.api_url, tokens, session=session, timeout=(1.0, read_timeout))


@pytest.fixture
def client(platform) -> Iterator[UitpasClient]:
    c = _client(platform)
    yield c
    platform.clear_faults()
    c.session.close()


def _sale() -> TicketSaleRequest:
    return TicketSaleRequest(HOLDER.uitpas_number, EVENT.id, PRICE, "SOCIALTARIFF", "Basistarief")


def test_server_error_is_retryable_and_says_platform_down(platform, client: UitpasClient):
    platform.set_faults(fail_next=1, fail_status=503)
    with pytest.raises(ServerError) as info:
        client.identify_pass(HOLDER.uitpas_number)
    assert info.value.error_class is ErrorClass.RETRYABLE and info.value.status == 503
    assert "storing" in info.value.user_message()
    assert client.identify_pass(HOLDER.uitpas_number)  # next call passes


def test_rate_limit_carries_retry_after(platform, client: UitpasClient):
    platform.set_faults(rate_limit_rate=1.0, retry_after=3)
    with pytest.raises(RateLimited) as info:
        client.get_tariffs(EVENT.id, PRICE, HOLDER.uitpas_number)
    assert info.value.error_class is ErrorClass.RETRYABLE and info.value.retry_after == 3


def test_response_dropped_after_commit_is_unknown_outcome_and_the_sale_can_be_found(platform, client: UitpasClient):
    platform.set_faults(drop_next=1)
    with pytest.raises(OutcomeUnknown) as info:
        client.register_ticket_sales([_sale()])
    assert info.value.error_class is ErrorClass.UNKNOWN_OUTCOME
    platform.clear_faults()
    found = client.search_ticket_sales(passholder_id=HOLDER.passholder_id, organizer_ids=[ORGANIZERS["museum"].id])
    assert found.total == 1 and found.items[0].tariff_id == "SOCIALTARIFF"  # reconciliation finds it


def test_refused_connections_are_offline_and_safe_to_retry_even_for_writes(platform, client: UitpasClient):
    platform.set_faults(refuse_connections=True)
    # A server that went away has closed our idle keep-alive connections; the training platform
    # instead keeps them and drops the next request on them (indistinguishable from a lost answer),
    # so start from an empty pool, as after a real outage.
    client.session.close()
    with pytest.raises(Offline) as info:
        client.register_ticket_sales([_sale()])
    assert info.value.error_class is ErrorClass.RETRYABLE
    platform.clear_faults()
    assert client.search_ticket_sales(event_id=EVENT.id).total == 0


def test_slow_platform_read_times_out_retryable_and_write_times_out_unknown(platform):
    client = _client(platform, read_timeout=0.3)
    platform.set_faults(latency_ms=1500)
    try:
        with pytest.raises(TimedOut):
            client.identify_pass(HOLDER.uitpas_number)
        with pytest.raises(OutcomeUnknown):
            client.register_checkin(PASSES["regular"].uitpas_number, EVENTS["pool_today"].id)
    finally:
        platform.clear_faults()
