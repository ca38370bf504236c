"""Rules that must hold for every situation the counter can be in, checked with hypothesis."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from balie.decide import SaleFacts, SocialListHit, TariffsSeen, decide_sale
from balie.domain import (
    CardStatus,
    EndUserMessage,
    PassType,
    PriceCategory,
    SocialTariffStatus,
    TariffOffer,
    TariffType,
)
from balie.policy import OfflinePolicy, UncertainPrice
from balie.ports import TariffAnswer
from tests.core.test_decide_support import COUPON, DENDER, EVENT, GENT, NOW, SOCIAL, kansen_pass

ages = st.integers(min_value=0, max_value=60 * 24 * 40).map(lambda m: timedelta(minutes=m))
optional_count = st.one_of(st.none(), st.integers(0, 5))


@st.composite
def policies(draw) -> OfflinePolicy:
    warn = draw(st.integers(0, 72))
    return OfflinePolicy(
        social_list_warn_after=timedelta(hours=warn),
        social_list_refuse_after=timedelta(hours=warn + draw(st.integers(0, 24 * 10))),
        tariffs_answer_max_age=timedelta(hours=draw(st.integers(0, 72))),
        static_tariffs_max_age=timedelta(days=draw(st.integers(0, 40))),
        offline_social_tariff=draw(st.booleans()),
        offline_coupons=draw(st.booleans()),
        uncertain_price=draw(st.sampled_from(UncertainPrice)),
    )


@st.composite
def tariff_offers(draw) -> tuple[TariffOffer, ...]:
    chosen = draw(st.lists(st.sampled_from([SOCIAL, COUPON]), max_size=2, unique=True))
    return tuple(TariffOffer(o.id, o.name, o.price, o.type, draw(optional_count)) for o in chosen)


@st.composite
def sale_facts(draw, online: bool | None = None) -> SaleFacts:
    pass_ = draw(
        st.one_of(
            st.none(),
            st.builds(
                lambda kind, status, card, region, age, end: kansen_pass(
                    pass_type=kind,
                    social_tariff_status=status,
                    card_status=card,
                    card_system=region,
                    fetched_at=NOW - age,
                    social_tariff_end_date=NOW + end,
                ),
                st.sampled_from(PassType),
                st.sampled_from(SocialTariffStatus),
                st.sampled_from(CardStatus),
                st.sampled_from([GENT, DENDER, None]),
                ages,
                st.integers(-400, 400).map(lambda d: timedelta(days=d)),
            ),
        )
    )
    lists = draw(
        st.lists(
            st.builds(
                lambda cs, age, hit, group, tickets: SocialListHit(
                    cs, NOW - age, hit, "GROUP" if group else "REGULAR", tickets if group else None
                ),
                st.sampled_from([GENT.id, DENDER.id]),
                ages,
                st.booleans(),
                st.booleans(),
                st.integers(0, 20),
            ),
            max_size=2,
        )
    )
    cached = st.one_of(st.none(), st.builds(lambda o, a: TariffsSeen(o, NOW - a), tariff_offers(), ages))
    is_online = draw(st.booleans()) if online is None else online
    answer = None
    if is_online:
        message = draw(st.one_of(st.none(), st.just(EndUserMessage("Boodschap van UiTPAS."))))
        answer = TariffAnswer(draw(tariff_offers()), message)
    limit = draw(st.one_of(st.none(), st.integers(0, 3)))
    return SaleFacts(
        now=NOW,
        policy=draw(policies()),
        event=EVENT.__class__(**{**EVENT.__dict__, "ticket_limit_volume": limit}),
        price=PriceCategory("Basistarief", draw(st.integers(0, 10_000))),
        uitpas_number="0900000095902",
        pass_=pass_,
        online_answer=answer,
        static_tariffs=draw(cached),
        last_tariffs=draw(cached),
        social_lists=tuple(lists),
        local_sales_in_period=draw(st.integers(0, 4)),
        sales_since_last_tariffs=draw(st.integers(0, 3)),
        unsynced_social_sales=draw(st.integers(0, 25)),
        coupons_used_since_last_tariffs=tuple(draw(st.lists(st.just("COUPON_1079"), max_size=2))),
        supervisor_override=draw(st.booleans()),
        organizer_card_system_ids=draw(st.sampled_from([None, (GENT.id,), (DENDER.id,)])),
        queued_sales_in_period=draw(st.integers(0, 2)),
        queued_coupon_ids=tuple(draw(st.lists(st.just("COUPON_1079"), max_size=2))),
    )


@settings(max_examples=200)
@given(sale_facts())
def test_the_regular_price_is_always_offered_exactly_once_and_last(facts: SaleFacts):
    decision = decide_sale(facts)
    regulars = [o for o in decision.offers if o.type is TariffType.REGULAR]
    assert regulars == [decision.regular]
    assert decision.regular.price_cents == facts.price.price
    assert not decision.regular.needs_override


@settings(max_examples=200)
@given(sale_facts(online=False))
def test_offline_decisions_are_always_provisional(facts: SaleFacts):
    decision = decide_sale(facts)
    assert decision.provisional and not decision.online
    assert all(o.provisional for o in decision.discounts)


@settings(max_examples=200)
@given(sale_facts(online=False))
def test_a_decision_never_offers_a_tariff_the_policy_forbids(facts: SaleFacts):
    decision = decide_sale(facts)
    policy = facts.policy
    kinds = {o.type for o in decision.discounts}
    if not policy.offline_social_tariff:
        assert TariffType.SOCIALTARIFF not in kinds
    if not policy.offline_coupons:
        assert TariffType.COUPON not in kinds
    fresh_prices = {
        (o.id, o.price)
        for seen, max_age in (
            (facts.static_tariffs, policy.static_tariffs_max_age),
            (facts.last_tariffs, policy.tariffs_answer_max_age),
        )
        if seen is not None and NOW - seen.fetched_at <= max_age
        for o in seen.offers
    }
    for offer in decision.discounts:
        charged_regular = (offer.price_uncertain and policy.uncertain_price is UncertainPrice.REGULAR
                           and offer.price_cents == facts.price.price)
        # never computed, never stale: the platform's own price, or the regular price on purpose
        assert (offer.tariff_id, offer.price_cents) in fresh_prices or charged_regular
        assert offer.remaining is None or offer.remaining > 0
        if facts.event.ticket_limit_volume is not None:
            assert offer.remaining is not None
            assert offer.remaining <= facts.event.ticket_limit_volume - facts.local_sales_in_period
    if decision.override_used:
        assert facts.supervisor_override


@settings(max_examples=200)
@given(sale_facts(online=False))
def test_offline_an_individual_never_gets_more_than_one_ticket_per_sale(facts: SaleFacts):
    """publiq: ``remaining`` is always 1 for an individual; a sale of two would be refused whole
    at sync, after the drawer took the money."""
    if facts.pass_ is None or facts.pass_.pass_type is PassType.GROUP:
        return
    if any(h.in_list and h.card_type == "GROUP" for h in facts.social_lists):
        return
    for offer in decide_sale(facts).discounts:
        assert offer.remaining == 1


@settings(max_examples=200)
@given(sale_facts(online=False))
def test_kansentarief_on_proof_older_than_the_policy_needs_a_supervisor(facts: SaleFacts):
    decision = decide_sale(facts)
    social = next((o for o in decision.discounts if o.type is TariffType.SOCIALTARIFF), None)
    if social is None:
        return
    proofs = [h.fetched_at for h in facts.social_lists] + [
        t.fetched_at for t in (facts.last_tariffs,) if t is not None
    ]
    if facts.pass_ is not None:
        proofs.append(facts.pass_.fetched_at)
    newest_age = NOW - max(proofs)
    if newest_age > facts.policy.social_list_refuse_after:
        assert social.needs_override != facts.supervisor_override
        assert decision.override_used == facts.supervisor_override


@settings(max_examples=200)
@given(sale_facts())
def test_an_expired_or_blocked_card_never_gets_kansentarief(facts: SaleFacts):
    pass_ = facts.pass_
    if pass_ is None:
        return
    decision = decide_sale(facts)
    social = [o for o in decision.discounts if o.type is TariffType.SOCIALTARIFF]
    card_bad = pass_.card_status is not CardStatus.ACTIVE
    if facts.online and card_bad:
        assert not decision.discounts
    if facts.online:
        return
    newer_than_everything = all(h.fetched_at < pass_.fetched_at for h in facts.social_lists) and (
        facts.last_tariffs is None or facts.last_tariffs.fetched_at < pass_.fetched_at
    )
    status_bad = pass_.social_tariff_status is not SocialTariffStatus.ACTIVE
    if newer_than_everything and (card_bad or status_bad):
        assert not social
    if card_bad and not any(h.in_list and h.fetched_at > pass_.fetched_at for h in facts.social_lists):
        assert not decision.discounts


@settings(max_examples=100)
@given(sale_facts(online=True))
def test_online_offers_are_the_platforms_answer_unchanged(facts: SaleFacts):
    decision = decide_sale(facts)
    assert facts.online_answer is not None
    if facts.pass_ is not None and facts.pass_.card_status is not CardStatus.ACTIVE:
        return
    assert [(o.tariff_id, o.price_cents) for o in decision.discounts] == [
        (o.id, o.price) for o in facts.online_answer.offers
        if o.remaining is None or not _spent_by_queue(facts, o)
    ]
    for offer in decision.discounts:
        platform = next(o for o in facts.online_answer.offers if o.id == offer.tariff_id)
        assert offer.remaining is None or offer.remaining <= platform.remaining
    assert not decision.provisional
    assert not decision.price_uncertain


def _spent_by_queue(facts: SaleFacts, offer: TariffOffer) -> bool:
    """What the platform offers is used up by this counter's own queued sales: a group pass's
    budget, a coupon, or (an individual's ``remaining`` being a cap per sale) the event's limit
    counted on this counter."""
    if offer.remaining is None or offer.remaining <= 0:
        return False
    used = facts.queued_coupon_ids.count(offer.id) if offer.type is TariffType.COUPON else 0
    volume = facts.event.ticket_limit_volume
    group = facts.pass_ is not None and facts.pass_.pass_type is PassType.GROUP
    if group:
        if offer.type is TariffType.SOCIALTARIFF:
            used = max(used, facts.unsynced_social_sales)
        elif volume is not None:
            used = max(used, facts.queued_sales_in_period)
        return offer.remaining - used <= 0
    limit_spent = (volume is not None and facts.queued_sales_in_period > 0
                   and volume - facts.local_sales_in_period <= 0)
    return offer.remaining - used <= 0 or limit_spent
