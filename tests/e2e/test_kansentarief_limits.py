"""Kansentarief limits, one ticket at a time, through the real client against the training platform,
as publiq words them (NOTES §9.1/§9.4): ``remaining`` is how many tickets one sale may hold at a
tariff, always 1 for an individual (a cap per sale, not a stock). A ticket limit on the event
(``passholderTicketLimit``: volume per period) is spent sale by sale and the platform refuses past
it; without one, an individual buys one ticket per sale, every sale. The counter's own ``remaining``
(its queued sales counted against the event's limit) agrees at every step, and every refusal is a
Dutch sentence a cashier can read out."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from balie.counter import Counter, new_action_key
from balie.domain import IdentificationSource, Operator, TariffType
from balie.policy import OfflinePolicy
from balie.store import Store
from balie.sync.client import UitpasClient
from balie.sync.port import ApiPlatformPort
from balie.sync.problems import ProblemType, Refused
from balie.sync.refresh import Refresher, RefreshPlan
from balie.sync.wire import TicketSaleRequest
from balie.sync.worker import SyncWorker
from balie.training import TrainingPlatform, demo
from tests.sync.test_worker_helpers import FAST, make_client

OPERATOR = Operator("op-1", "An Kassa")
MEHDI = demo.PASSES["kansen_active"].uitpas_number  # kansentarief in Dender


def _sell(client: UitpasClient, event_key: str, count: int = 1) -> None:
    event = demo.EVENTS[event_key]
    _, label, regular = event.prices[0]
    client.register_ticket_sales([TicketSaleRequest(MEHDI, event.id, regular, "SOCIALTARIFF", label)] * count)


def _social_remaining(client: UitpasClient, event_key: str) -> tuple[int | None, str]:
    event = demo.EVENTS[event_key]
    quote = client.get_tariffs(event.id, event.prices[0][2], MEHDI)
    social = next((o for o in quote.offers if o.type is TariffType.SOCIALTARIFF), None)
    return (social.remaining if social else None,
            quote.end_user_message.nl if quote.end_user_message else "")


def _refused(client: UitpasClient, event_key: str, count: int = 1) -> Refused:
    with pytest.raises(Refused) as refused:
        _sell(client, event_key, count)
    return refused.value


def test_a_daily_limit_of_two_sold_one_at_a_time_refuses_the_third(platform: TrainingPlatform) -> None:
    client = make_client(platform, timeout=(2.0, 10.0))
    assert demo.EVENTS["museum_today"].ticket_limit == (2, "DAY")
    assert _social_remaining(client, "museum_today")[0] == 1
    two = _refused(client, "museum_today", count=2)  # one ticket per sale, even with 2 left today
    assert two.is_type(ProblemType.INVALID_NUMBER_OF_TICKETS)
    assert two.user_message() == "Aan dit tarief kan deze pashouder maar 1 ticket per aankoop kopen."
    _sell(client, "museum_today")
    assert _social_remaining(client, "museum_today")[0] == 1
    _sell(client, "museum_today")
    remaining, message = _social_remaining(client, "museum_today")
    assert remaining is None
    assert message == ("Deze pashouder heeft het maximum voor deze activiteit bereikt: 2 tickets per dag "
                       "met UiTPAS-korting.")
    third = _refused(client, "museum_today")
    assert third.is_type(ProblemType.MAXIMUM_REACHED) and third.user_message() == message
    assert platform.count_ticket_sales(uitpas_number=MEHDI) == 2


def test_a_weekly_limit_of_one_is_reached_after_one_sale(platform: TrainingPlatform) -> None:
    client = make_client(platform, timeout=(2.0, 10.0))
    assert _social_remaining(client, "museum_weekly")[0] == 1
    too_many = _refused(client, "museum_weekly", count=2)
    assert too_many.is_type(ProblemType.INVALID_NUMBER_OF_TICKETS)
    assert too_many.user_message() == "Aan dit tarief kan deze pashouder maar 1 ticket per aankoop kopen."
    _sell(client, "museum_weekly")
    refused = _refused(client, "museum_weekly")
    assert refused.is_type(ProblemType.MAXIMUM_REACHED)
    assert refused.user_message().endswith("bereikt: 1 ticket per week met UiTPAS-korting.")


def test_without_a_limit_one_ticket_per_sale_never_runs_out_and_two_at_once_is_a_cap_not_a_stock(
        platform: TrainingPlatform) -> None:
    """What a colleague saw ("one at a time never ran out, two at once: only 1 left") is publiq's
    rule for an event without a ticket limit; the refusal now says it is a cap per sale."""
    client = make_client(platform, timeout=(2.0, 10.0))
    assert demo.EVENTS["pool_today"].ticket_limit is None
    for _ in range(4):
        assert _social_remaining(client, "pool_today")[0] == 1
        _sell(client, "pool_today")
    two = _refused(client, "pool_today", count=2)
    assert two.is_type(ProblemType.INVALID_NUMBER_OF_TICKETS)
    assert two.user_message() == "Aan dit tarief kan deze pashouder maar 1 ticket per aankoop kopen."
    assert "at most 1 ticket per sale" in two.detail
    assert platform.count_ticket_sales(uitpas_number=MEHDI) == 4


def test_the_counters_remaining_counts_its_queued_sales_and_agrees_with_the_platform(
        store: Store, platform: TrainingPlatform) -> None:
    """With "2 per dag": one ticket per sale, the second sold while the first is still queued
    (the platform would sell it), the third refused by the counter with the limit's reason."""
    client = make_client(platform, timeout=(2.0, 10.0))
    organizers = tuple(o.id for o in demo.ORGANIZERS.values() if o.permitted)
    assert Refresher(store, client, RefreshPlan(organizer_ids=organizers,
                                                search_url=platform.search_url))().ok
    counter = Counter(store, ApiPlatformPort(client, timeout=(2.0, 10.0)), OfflinePolicy(), OPERATOR)
    museum = store.reference.event(demo.EVENTS["museum_today"].id)
    assert museum is not None
    price = museum.price_categories[0]
    seen = counter.identify(MEHDI, IdentificationSource.TYPED)

    def counter_remaining() -> int | None:
        decision = counter.offers_for(seen, museum, price)
        social = next((o for o in decision.discounts if o.type is TariffType.SOCIALTARIFF), None)
        return social.remaining if social else None

    def sync() -> None:
        SyncWorker(store, client, policy=FAST).drain(until=datetime.now(UTC) + timedelta(seconds=30))

    for _ in range(2):
        assert counter_remaining() == 1 == _social_remaining(client, "museum_today")[0]
        decision = counter.offers_for(seen, museum, price)
        social = next(o for o in decision.discounts if o.type is TariffType.SOCIALTARIFF)
        assert counter.sell(seen, museum, price, social, 1, action_key=new_action_key()).done
    # both queued, not yet on the platform (it still offers one): the counter counts them
    assert _social_remaining(client, "museum_today")[0] == 1
    third = counter.offers_for(seen, museum, price)
    assert counter_remaining() is None and not third.discounts
    assert [r.message_nl for r in third.refusals] == [
        "Deze pas heeft het maximum aantal tickets met UiTPAS-korting voor deze activiteit "
        "bereikt: 2 tickets per dag."]
    sync()
    assert counter_remaining() is None and _social_remaining(client, "museum_today")[0] is None
    assert platform.count_ticket_sales(uitpas_number=MEHDI) == 2
    assert not store.outbox.needs_attention()
