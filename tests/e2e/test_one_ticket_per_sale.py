"""One kansentarief ticket per sale for an individual, online and offline, on a plain and on a sealed
(live) store, through the real training platform, client and sync worker.

publiq (NOTES §9.1, §10.1): ``remaining`` is "always 1 for individuals", several tickets at one tariff
are allowed only up to ``remaining``, and a sale past it is refused whole
(``uitpas/invalid-number-of-tickets``). A counter that took the money for two tickets in one sale
would find that out only at sync. The event's own limit ("2 per dag") is spent sale by sale: the
counter counts its own tickets of the day against it, queued ones included, and never takes the
platform's 1 for a budget. A group pass still buys its tickets at once.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from balie.counter import ActionResult, Counter, Identification, new_action_key
from balie.decide import Offer
from balie.domain import (
    EventInfo,
    IdentificationSource,
    OutboxStatus,
    PeriodType,
    today_in_brussels,
)
from balie.report import day_report
from balie.store import Store
from balie.training import TrainingPlatform, demo
from tests.e2e.counters import online_and_offline, social_offer, sync_all

MEHDI = demo.PASSES["kansen_active"].uitpas_number  # kansentarief in Dender, an individual
GROUP = demo.PASSES["group"].uitpas_number  # a group pass with 10 tickets at kansentarief
MUSEUM = demo.EVENTS["museum_today"]  # "2 tickets per dag" for a pass holder
LIMIT_REACHED = ("Deze pas heeft het maximum aantal tickets met UiTPAS-korting voor deze activiteit "
                 "bereikt: 2 tickets per dag.")
ONE_PER_SALE = "Aan dit tarief kan deze pashouder maar 1 ticket per aankoop kopen."


def _museum(store: Store) -> EventInfo:
    museum = store.reference.event(MUSEUM.id)
    assert museum is not None and (museum.ticket_limit_volume, museum.ticket_limit_period) == (2, PeriodType.DAY)
    return museum


def _sell(counter: Counter, who: Identification, event: EventInfo, offer: Offer,
          quantity: int = 1) -> ActionResult:
    return counter.sell(who, event, event.price_categories[0], offer, quantity, action_key=new_action_key())


def _queued(store: Store) -> int:
    return store.outbox.stats().length


@pytest.mark.parametrize("link", ["online", "offline"])
def test_two_tickets_in_one_sale_for_an_individual_are_refused_before_anything_is_queued(
        any_store: Store, platform: TrainingPlatform, link: str) -> None:
    online, offline = online_and_offline(any_store, platform)
    museum = _museum(any_store)
    seen = online.identify(MEHDI, IdentificationSource.TYPED)  # the pass and its answer cached
    counter = online if link == "online" else offline
    decision = counter.offers_for(seen, museum, museum.price_categories[0])
    social = social_offer(decision)
    assert social is not None and social.remaining == 1 and decision.online == (link == "online")
    two = _sell(counter, seen, museum, social, quantity=2)
    assert not two.done
    assert two.message_nl == ONE_PER_SALE
    assert two.next_step_nl == "Zet het aantal op 1. Een volgend ticket is een nieuwe verkoop."
    assert _queued(any_store) == 0 and any_store.records.sales_of_pass(MEHDI) == []
    assert _sell(counter, seen, museum, social).done  # what the next step says
    sync_all(any_store, platform)
    assert platform.count_ticket_sales(uitpas_number=MEHDI) == 1
    assert not any_store.outbox.needs_attention()


def test_offline_two_a_day_is_two_sales_of_one_and_the_third_is_refused_the_day_reconciles(
        any_store: Store, platform: TrainingPlatform) -> None:
    online, offline = online_and_offline(any_store, platform)
    museum = _museum(any_store)
    price = museum.price_categories[0]
    online.identify(MEHDI, IdentificationSource.TYPED)  # the pass and its answer cached
    online.offers_for(online.identify(MEHDI, IdentificationSource.TYPED), museum, price)
    seen = offline.identify(MEHDI, IdentificationSource.TYPED)
    sold: list[ActionResult] = []
    for _ in range(2):  # the first still queued when the second is sold
        decision = offline.offers_for(seen, museum, price)
        social = social_offer(decision)
        assert social is not None and social.remaining == 1 and social.provisional, decision.refusals
        sold.append(_sell(offline, seen, museum, social))
        assert sold[-1].done and sold[-1].provisional, sold[-1].message_nl
    third = offline.offers_for(seen, museum, price)
    assert social_offer(third) is None
    assert [(r.message_nl, r.next_step_nl) for r in third.refusals] == [
        (LIMIT_REACHED, "Verkoop aan het gewone tarief.")]
    # the second sale's offer, still on screen (a second F2 on the same tap): not a third ticket
    again = _sell(offline, seen, museum, social)
    assert not again.done and again.message_nl == LIMIT_REACHED and _queued(any_store) == 2
    # ...but the second sale itself, sent again with its own action key, is that same sale
    retried = offline.sell(seen, museum, price, social, 1, action_key=sold[-1].client_uuid or "")
    assert retried.done and retried.duplicate and _queued(any_store) == 2

    sync_all(any_store, platform)
    assert {any_store.outbox.get(r.client_uuid or "").status for r in sold} == {OutboxStatus.CONFIRMED}
    assert not any_store.outbox.needs_attention()  # no sale refused at sync
    assert platform.count_ticket_sales(uitpas_number=MEHDI) == 2
    day = day_report(any_store, today_in_brussels(datetime.now(UTC)))
    assert day.tickets == 2 and not day.price_differences
    assert day.paid_cents == 2 * social.price_cents  # what the drawer holds, and UiTPAS booked


def test_online_the_second_ticket_is_sold_while_the_first_is_queued_and_the_third_is_refused(
        any_store: Store, platform: TrainingPlatform) -> None:
    online, _offline = online_and_offline(any_store, platform)
    museum = _museum(any_store)
    price = museum.price_categories[0]
    seen = online.identify(MEHDI, IdentificationSource.TYPED)
    first = online.offers_for(seen, museum, price)
    social = social_offer(first)
    assert social is not None and social.remaining == 1 and not social.provisional
    assert _sell(online, seen, museum, social).done
    second = online.offers_for(seen, museum, price)  # the platform does not know the first yet
    social = social_offer(second)
    assert second.online and social is not None and social.remaining == 1, second.refusals
    assert _sell(online, seen, museum, social).done
    third = online.offers_for(seen, museum, price)
    assert third.online and social_offer(third) is None
    assert [r.message_nl for r in third.refusals] == [LIMIT_REACHED]
    assert not _sell(online, seen, museum, social).done  # the second's offer, pressed again
    assert _queued(any_store) == 2 and platform.count_ticket_sales(uitpas_number=MEHDI) == 0

    sync_all(any_store, platform)
    assert not any_store.outbox.needs_attention()
    assert platform.count_ticket_sales(uitpas_number=MEHDI) == 2
    after = online.offers_for(seen, museum, price)
    assert after.discounts == () and after.refusals[0].message_nl.startswith(
        "Deze pashouder heeft het maximum voor deze activiteit bereikt")  # UiTPAS's own words


@pytest.mark.parametrize("link", ["online", "offline"])
def test_a_group_pass_still_buys_ten_tickets_at_once(
        any_store: Store, platform: TrainingPlatform, link: str) -> None:
    online, offline = online_and_offline(any_store, platform)
    # offline the counter keeps a group within an event's own ticket limit too (cautious), so
    # the group buys for the pool, which has none
    event = any_store.reference.event(demo.EVENTS["museum_today" if link == "online" else "pool_today"].id)
    assert event is not None
    seen = online.identify(GROUP, IdentificationSource.TYPED)
    online.offers_for(seen, event, event.price_categories[0])  # its answer cached
    counter = online if link == "online" else offline
    social = social_offer(counter.offers_for(seen, event, event.price_categories[0]))
    assert social is not None and social.remaining == 10
    result = _sell(counter, seen, event, social, quantity=10)
    assert result.done, result.message_nl
    sync_all(any_store, platform)
    assert not any_store.outbox.needs_attention()
    assert platform.count_ticket_sales(uitpas_number=GROUP) == 10
