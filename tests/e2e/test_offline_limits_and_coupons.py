"""Limits and coupons at the counter, against the real training platform: a second ticket the
platform would sell is sold offline too, and a coupon still in this counter's queue is not sold a
second time online."""

from __future__ import annotations

from balie.counter import Counter, Identification, new_action_key
from balie.decide import Offer, RefusalCode
from balie.domain import (
    EventInfo,
    IdentificationSource,
    OutboxStatus,
    PriceCategory,
    TariffType,
)
from balie.store import Store
from balie.training import TrainingPlatform, demo
from balie.training.demo import DemoPass
from tests.e2e.counters import online_and_offline, social_offer, sync_all


def test_a_holder_who_bought_one_ticket_earlier_today_gets_a_second_offline(
        store: Store, platform: TrainingPlatform) -> None:
    online, offline = online_and_offline(store, platform)
    number = demo.PASSES["other_region_kansen"].uitpas_number  # Gent holder at the Gent pool
    pool = store.reference.event(demo.EVENTS["pool_today"].id)
    assert pool is not None and pool.ticket_limit_volume is None
    price = pool.price_categories[0]
    morning = online.identify(number, IdentificationSource.TYPED)
    first = social_offer(online.offers_for(morning, pool, price))
    assert first is not None and online.sell(morning, pool, price, first, 1,
                                             action_key=new_action_key()).done
    sync_all(store, platform)
    # the afternoon, the platform unreachable: the platform would sell another one
    afternoon = offline.identify(number, IdentificationSource.TYPED)
    again = offline.offers_for(afternoon, pool, price)
    assert RefusalCode.TICKET_LIMIT_REACHED not in {r.code for r in again.refusals}
    second = social_offer(again)
    assert second is not None and second.remaining == 1 and not second.price_uncertain
    assert offline.sell(afternoon, pool, price, second, 1, action_key=new_action_key()).done
    sync_all(store, platform)
    assert platform.count_ticket_sales(uitpas_number=number) == 2
    assert not store.outbox.needs_attention()


def test_a_daily_limit_of_two_allows_the_second_and_refuses_the_third_like_the_platform(
        store: Store, platform: TrainingPlatform) -> None:
    online, offline = online_and_offline(store, platform)
    number = demo.PASSES["kansen_active"].uitpas_number
    museum = store.reference.event(demo.EVENTS["museum_today"].id)
    assert museum is not None and museum.ticket_limit_volume == 2
    price = museum.price_categories[0]
    seen = online.identify(number, IdentificationSource.TYPED)
    first = social_offer(online.offers_for(seen, museum, price))
    assert first is not None and first.remaining == 1  # publiq: one ticket per sale
    assert online.sell(seen, museum, price, first, 1, action_key=new_action_key()).done
    second = social_offer(offline.offers_for(seen, museum, price))
    assert second is not None and second.remaining == 1
    assert offline.sell(seen, museum, price, second, 1, action_key=new_action_key()).done
    third = offline.offers_for(seen, museum, price)
    assert social_offer(third) is None
    assert RefusalCode.TICKET_LIMIT_REACHED in {r.code for r in third.refusals}
    sync_all(store, platform)
    assert platform.count_ticket_sales(uitpas_number=number) == 2
    assert not store.outbox.needs_attention()
    assert online.offers_for(seen, museum, price).discounts == ()  # the platform agrees


def _coupon_sold(online: Counter, store: Store) -> tuple[DemoPass, EventInfo, PriceCategory,
                                                        Identification, Offer]:
    """A holder's free museum visit (a coupon for one visit a year) sold online, not synced yet:
    the holder, the event, its price, the tap and the coupon offer that was on screen."""
    holder = demo.PASSES["few_points"]
    museum = store.reference.event(demo.EVENTS["museum_today"].id)
    assert museum is not None
    price = museum.price_categories[0]
    seen = online.identify(holder.uitpas_number, IdentificationSource.TYPED)
    coupon = next(o for o in online.offers_for(seen, museum, price).discounts
                  if o.type is TariffType.COUPON)
    assert online.sell(seen, museum, price, coupon, 1, action_key=new_action_key()).done
    return holder, museum, price, seen, coupon


def test_online_a_coupon_still_in_the_queue_is_not_offered_again(
        store: Store, platform: TrainingPlatform) -> None:
    online, _offline = online_and_offline(store, platform)
    holder, museum, price, seen, coupon = _coupon_sold(online, store)
    # not synced yet: the platform still says remaining 1, this counter knows better
    again = online.offers_for(seen, museum, price)
    assert again.online and again.offer(coupon.tariff_id) is None
    assert RefusalCode.USED_BY_QUEUED_SALE in {r.code for r in again.refusals}
    sync_all(store, platform)
    assert platform.count_ticket_sales(uitpas_number=holder.uitpas_number) == 1
    assert online.offers_for(seen, museum, price).offer(coupon.tariff_id) is None


def test_a_coupon_offer_still_on_screen_is_not_sold_twice_before_thesync_all(
        store: Store, platform: TrainingPlatform) -> None:
    """A second F2 on the same tap ("Nog een verkoop?" Ja) reuses the offer the screen holds,
    decided before the first sale: the coupon in that offer is refused at the counter, with the
    reason, and nothing is queued, instead of a sale UiTPAS refuses at sync after the drawer
    took the money. Online and offline alike."""
    online, offline = online_and_offline(store, platform)
    holder, museum, price, seen, coupon = _coupon_sold(online, store)
    for counter in (online, offline):  # the same offer, still on screen
        second = counter.sell(seen, museum, price, coupon, 1, action_key=new_action_key())
        assert not second.done
        assert second.message_nl.startswith(
            "Een eerdere verkoop op deze balie gebruikt deze kortingsbon al"), second.message_nl
        assert len(store.outbox.in_status(OutboxStatus.PENDING)) == 1, "nothing more queued"
    sync_all(store, platform)
    assert platform.count_ticket_sales(uitpas_number=holder.uitpas_number) == 1
    assert not store.outbox.needs_attention(), "no sale refused at sync"
