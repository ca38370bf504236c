"""Which tariffs the counter offers: online the platform's answer verbatim, offline its cached answers."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from balie.decide import REGULAR_TARIFF_ID, NoticeSource, RefusalCode, TariffsSeen, decide_sale
from balie.domain import (
    CardStatus,
    EndUserMessage,
    MessageLevel,
    PassType,
    PeriodType,
    Problem,
    SocialTariffStatus,
    TariffOffer,
    TariffType,
)
from balie.policy import OfflinePolicy, UncertainPrice
from balie.ports import TariffAnswer
from tests.core.test_decide_support import (
    COUPON,
    DENDER,
    EVENT,
    GENT,
    NOW,
    SOCIAL,
    group_pass,
    in_list,
    kansen_pass,
    not_in_list,
    offline_sale,
    static,
)


def _codes(decision) -> set[RefusalCode]:
    return {r.code for r in decision.refusals}


def _social(decision):
    return next((o for o in decision.offers if o.type is TariffType.SOCIALTARIFF), None)


# --- online: the platform is the truth --------------------------------------------------------


def test_online_answer_and_its_message_are_passed_through_verbatim():
    message = EndUserMessage("Je hebt nog 1 ticket aan kansentarief deze maand.", fr="Il te reste 1 ticket.")
    facts = offline_sale(online_answer=TariffAnswer((SOCIAL, COUPON), message))
    decision = decide_sale(facts)
    assert [o.tariff_id for o in decision.offers] == ["SOCIALTARIFF", "COUPON_1079", REGULAR_TARIFF_ID]
    assert not decision.provisional and not any(o.provisional for o in decision.offers)
    assert decision.notices[0].text_nl == message.nl
    assert decision.notices[0].source is NoticeSource.PLATFORM
    assert decision.notices[0].end_user_message == message


def test_online_no_discount_shows_the_platform_reason_and_still_the_regular_price():
    message = EndUserMessage("Deze activiteit valt buiten je UiTPAS-regio.")
    decision = decide_sale(offline_sale(online_answer=TariffAnswer((), message)))
    assert decision.offers == (decision.regular,)
    assert decision.refusals[0].code is RefusalCode.NO_DISCOUNT_FROM_PLATFORM
    assert decision.refusals[0].message_nl == message.nl


def test_online_social_tariff_expired_problem_reaches_the_cashier_in_the_platforms_words():
    problem = Problem(
        "social-tariff-expired",
        "Social tariff expired",
        end_user_message=EndUserMessage("Je kansenstatuut is verlopen sinds 30/04."),
    )
    decision = decide_sale(offline_sale(online_problem=problem))
    assert decision.refusals[0].code is RefusalCode.TARIFFS_REFUSED_BY_PLATFORM
    assert decision.refusals[0].message_nl == "Je kansenstatuut is verlopen sinds 30/04."
    assert decision.regular.price_cents == 1000


def test_online_even_an_answer_offering_a_discount_is_not_used_for_a_blocked_card():
    facts = offline_sale(pass_=kansen_pass(card_status=CardStatus.BLOCKED), online_answer=TariffAnswer((SOCIAL,)))
    decision = decide_sale(facts)
    assert _social(decision) is None
    assert _codes(decision) == {RefusalCode.CARD_BLOCKED}


# --- offline: entitlement from the newest knowledge -------------------------------------------


def test_offline_kansentarief_uses_the_platforms_static_price_and_is_provisional():
    decision = decide_sale(offline_sale())
    social = _social(decision)
    assert social is not None and social.price_cents == 250 and social.remaining == 1
    assert social.provisional and decision.provisional and not decision.online
    assert "Voorlopig" in social.basis_nl


def test_pass_in_current_list_is_entitled_although_the_cached_snapshot_says_expired():
    snapshot = kansen_pass(
        social_tariff_status=SocialTariffStatus.EXPIRED, fetched_at=NOW - timedelta(days=20)
    )
    decision = decide_sale(offline_sale(pass_=snapshot, social_lists=(in_list(timedelta(hours=2)),)))
    assert _social(decision) is not None


def test_pass_absent_from_a_fresh_list_gets_no_kansentarief_although_the_snapshot_was_active():
    snapshot = kansen_pass(fetched_at=NOW - timedelta(days=3))
    decision = decide_sale(offline_sale(pass_=snapshot, social_lists=(not_in_list(timedelta(hours=2)),)))
    assert _social(decision) is None
    assert _codes(decision) == {RefusalCode.NOT_IN_SOCIAL_TARIFF_LIST}
    assert decision.regular.price_cents == 1000


def test_a_snapshot_newer_than_the_list_wins():
    snapshot = kansen_pass(social_tariff_status=SocialTariffStatus.EXPIRED, fetched_at=NOW - timedelta(hours=1))
    decision = decide_sale(offline_sale(pass_=snapshot, social_lists=(in_list(timedelta(hours=5)),)))
    assert _social(decision) is None
    assert _codes(decision) == {RefusalCode.KANSENSTATUUT_EXPIRED}


def test_blocked_card_is_refused_everything_but_the_regular_price_offline():
    snapshot = kansen_pass(card_status=CardStatus.BLOCKED, fetched_at=NOW - timedelta(hours=1))
    last = TariffsSeen((SOCIAL, COUPON), NOW - timedelta(hours=2))
    decision = decide_sale(offline_sale(pass_=snapshot, last_tariffs=last, social_lists=(in_list(),)))
    assert decision.offers == (decision.regular,)
    assert decision.refusals[0].code is RefusalCode.CARD_BLOCKED
    assert "geblokkeerd" in decision.refusals[0].message_nl


def test_lost_card_says_so_and_asks_for_the_new_card():
    snapshot = kansen_pass(card_status=CardStatus.DELETED, fetched_at=NOW - timedelta(hours=1))
    decision = decide_sale(offline_sale(pass_=snapshot, social_lists=()))
    assert decision.refusals[0].code is RefusalCode.CARD_DELETED
    assert "nieuwe kaart" in decision.refusals[0].next_step_nl


def test_card_blocked_in_an_old_snapshot_but_in_a_newer_list_was_unblocked_since():
    snapshot = kansen_pass(card_status=CardStatus.BLOCKED, fetched_at=NOW - timedelta(days=10))
    decision = decide_sale(offline_sale(pass_=snapshot, social_lists=(in_list(timedelta(hours=1)),)))
    assert _social(decision) is not None


def test_suspended_kansenstatuut_is_refused_with_its_own_reason():
    snapshot = kansen_pass(social_tariff_status=SocialTariffStatus.SUSPENDED)
    decision = decide_sale(offline_sale(pass_=snapshot, social_lists=()))
    assert _codes(decision) == {RefusalCode.KANSENSTATUUT_SUSPENDED}


def test_holder_of_another_region_gets_no_offline_kansentarief_for_this_event():
    snapshot = kansen_pass(card_system=DENDER)
    decision = decide_sale(offline_sale(pass_=snapshot, social_lists=()))
    assert _codes(decision) == {RefusalCode.OUTSIDE_CARD_SYSTEM}


def test_grace_period_snapshot_still_gives_kansentarief():
    snapshot = kansen_pass(social_tariff_end_date=NOW - timedelta(days=10))
    decision = decide_sale(offline_sale(pass_=snapshot, social_lists=()))
    assert _social(decision) is not None


def test_unknown_pass_without_list_cannot_get_kansentarief_offline():
    decision = decide_sale(offline_sale(pass_=None, social_lists=()))
    assert _codes(decision) == {RefusalCode.NO_KANSENSTATUUT_KNOWLEDGE}


def test_never_seen_pass_on_the_list_gets_kansentarief_offline():
    decision = decide_sale(offline_sale(pass_=None))
    assert _social(decision) is not None


def test_list_of_a_card_system_not_in_the_event_does_not_count():
    other = replace(in_list(), card_system_id=DENDER.id)
    decision = decide_sale(offline_sale(pass_=None, social_lists=(other,)))
    assert _codes(decision) == {RefusalCode.NO_KANSENSTATUUT_KNOWLEDGE}


# --- offline: prices and their age -------------------------------------------------------------


def test_without_any_cached_platform_price_kansentarief_is_refused_not_computed():
    decision = decide_sale(offline_sale(static_tariffs=None))
    assert _codes(decision) == {RefusalCode.NO_CACHED_TARIFF}
    assert decision.offers == (decision.regular,)


def test_static_tariffs_older_than_the_policy_allows_are_not_used():
    decision = decide_sale(offline_sale(static_tariffs=static(timedelta(days=31))))
    assert _codes(decision) == {RefusalCode.NO_CACHED_TARIFF}


def test_fresh_answer_for_this_pass_beats_the_static_price():
    personal = TariffOffer("SOCIALTARIFF-1", "Kansentarief", 300, TariffType.SOCIALTARIFF, 1)
    last = TariffsSeen((personal,), NOW - timedelta(hours=1))
    social = _social(decide_sale(offline_sale(last_tariffs=last)))
    assert social is not None and social.tariff_id == "SOCIALTARIFF-1" and social.price_cents == 300


def test_stale_answer_for_this_pass_is_ignored():
    personal = TariffOffer("SOCIALTARIFF-1", "Kansentarief", 300, TariffType.SOCIALTARIFF, 1)
    last = TariffsSeen((personal, COUPON), NOW - timedelta(hours=30))
    decision = decide_sale(offline_sale(last_tariffs=last))
    assert [o.tariff_id for o in decision.offers] == ["SOCIALTARIFF", REGULAR_TARIFF_ID]


def test_recent_platform_answer_without_discount_is_respected_with_its_message():
    message = EndUserMessage("Maximum 1 ticket per maand aan kansentarief bereikt.")
    last = TariffsSeen((), NOW - timedelta(hours=1), message)
    decision = decide_sale(offline_sale(last_tariffs=last))
    assert _social(decision) is None
    assert decision.refusals[0].message_nl == message.nl


def test_list_older_than_a_day_warns_but_still_offers():
    decision = decide_sale(offline_sale(pass_=None, social_lists=(in_list(timedelta(hours=30)),)))
    social = _social(decision)
    assert social is not None and not social.needs_override
    assert decision.notices[0].level is MessageLevel.WARN
    assert "30 uur" in decision.notices[0].text_nl


def test_list_older_than_a_week_needs_a_supervisor():
    decision = decide_sale(offline_sale(pass_=None, social_lists=(in_list(timedelta(days=8)),)))
    social = _social(decision)
    assert social is not None and social.needs_override
    assert not decision.override_used
    assert "verantwoordelijke" in decision.notices[0].text_nl


def test_supervisor_override_unlocks_the_old_list_and_is_reported_for_recording():
    facts = offline_sale(pass_=None, social_lists=(in_list(timedelta(days=8)),), supervisor_override=True)
    decision = decide_sale(facts)
    social = _social(decision)
    assert social is not None and not social.needs_override
    assert decision.override_used


def test_organizer_that_forbids_offline_kansentarief_gets_a_refusal():
    decision = decide_sale(offline_sale(policy=OfflinePolicy(offline_social_tariff=False)))
    assert _codes(decision) == {RefusalCode.OFFLINE_SOCIAL_TARIFF_DISABLED}


# --- offline: limits, groups, coupons ----------------------------------------------------------


def test_event_ticket_limit_counts_the_local_sales():
    event = replace(offline_sale().event, ticket_limit_volume=1)
    decision = decide_sale(offline_sale(event=event, local_sales_in_period=1))
    assert _social(decision) is None
    assert _codes(decision) == {RefusalCode.TICKET_LIMIT_REACHED}


def test_group_pass_can_buy_as_many_as_its_available_tickets_minus_unsynced_sales():
    hit = in_list(card_type="GROUP", available_tickets=10)
    decision = decide_sale(
        offline_sale(pass_=group_pass(), uitpas_number="0900000045410", social_lists=(hit,), unsynced_social_sales=3)
    )
    social = _social(decision)
    assert social is not None and social.remaining == 7


def test_group_pass_with_all_tickets_used_gets_the_regular_price_only():
    hit = in_list(card_type="GROUP", available_tickets=2)
    decision = decide_sale(offline_sale(pass_=group_pass(), social_lists=(hit,), unsynced_social_sales=2))
    assert _codes(decision) == {RefusalCode.GROUP_TICKETS_EXHAUSTED}
    assert group_pass().pass_type is PassType.GROUP


def test_cached_coupon_is_offered_offline_until_used():
    last = TariffsSeen((SOCIAL, COUPON), NOW - timedelta(hours=1))
    unused = decide_sale(offline_sale(last_tariffs=last))
    used = decide_sale(offline_sale(last_tariffs=last, coupons_used_since_last_tariffs=("COUPON_1079",)))
    assert unused.offer("COUPON_1079") is not None and unused.offer("COUPON_1079").provisional
    assert used.offer("COUPON_1079") is None


def test_coupons_offline_can_be_switched_off_per_organizer():
    last = TariffsSeen((COUPON,), NOW - timedelta(hours=1))
    decision = decide_sale(offline_sale(last_tariffs=last, policy=OfflinePolicy(offline_coupons=False)))
    assert decision.offer("COUPON_1079") is None
    assert RefusalCode.OFFLINE_COUPONS_DISABLED in _codes(decision)


def test_individual_who_bought_one_earlier_today_gets_kansentarief_again_without_an_event_limit():
    # the API's remaining for an individual is a per-sale cap (1), not a budget that runs out
    last = TariffsSeen((SOCIAL,), NOW - timedelta(hours=1))
    decision = decide_sale(offline_sale(last_tariffs=last, sales_since_last_tariffs=1,
                                        local_sales_in_period=1))
    social = _social(decision)
    assert social is not None and social.remaining == 1
    assert RefusalCode.TICKET_LIMIT_REACHED not in _codes(decision)


def test_event_limit_counts_down_from_the_events_limit_and_the_local_sales():
    """The platform's ``remaining`` for an individual is 1 (a cap per sale, publiq): "2 per dag"
    after one sale since that answer still sells the second ticket, in a sale of its own."""
    event = replace(EVENT, ticket_limit_volume=2, ticket_limit_period=PeriodType.DAY)
    last = TariffsSeen((SOCIAL,), NOW - timedelta(hours=1))
    after_one = decide_sale(offline_sale(event=event, last_tariffs=last, sales_since_last_tariffs=1,
                                         local_sales_in_period=1, queued_sales_in_period=1))
    assert _social(after_one) is not None and _social(after_one).remaining == 1
    after_two = decide_sale(offline_sale(event=event, last_tariffs=last, sales_since_last_tariffs=2,
                                         local_sales_in_period=2, queued_sales_in_period=2))
    assert _social(after_two) is None
    assert _codes(after_two) == {RefusalCode.TICKET_LIMIT_REACHED}
    assert after_two.refusals[0].message_nl == ("Deze pas heeft het maximum aantal tickets met "
                                                "UiTPAS-korting voor deze activiteit bereikt: "
                                                "2 tickets per dag.")
    assert after_two.refusals[0].next_step_nl


def test_offline_an_individual_gets_one_ticket_per_sale_however_many_the_limit_allows():
    event = replace(EVENT, ticket_limit_volume=5, ticket_limit_period=PeriodType.WEEK)
    cached_two = TariffsSeen((replace(SOCIAL, remaining=2), replace(COUPON, remaining=3)),
                             NOW - timedelta(hours=1))
    for last in (None, cached_two):
        decision = decide_sale(offline_sale(event=event, last_tariffs=last))
        assert [o.remaining for o in decision.discounts] == [1] * len(decision.discounts)
        assert decision.discounts


def test_an_answer_from_yesterday_does_not_spend_todays_limit():
    event = replace(EVENT, ticket_limit_volume=2, ticket_limit_period=PeriodType.DAY)
    last = TariffsSeen((SOCIAL,), NOW - timedelta(hours=20))  # 16:00 the day before
    decision = decide_sale(offline_sale(event=event, last_tariffs=last, sales_since_last_tariffs=1,
                                        local_sales_in_period=0))
    # one ticket per sale (publiq: always 1 for an individual), today's limit untouched
    assert _social(decision) is not None and _social(decision).remaining == 1


# --- offline: whose price is the static tariff? ------------------------------------------------


def test_holder_of_the_organizers_region_gets_the_static_price_as_certain():
    decision = decide_sale(offline_sale())
    assert not decision.price_uncertain
    assert not any("onzeker" in n.text_nl for n in decision.notices)


def test_holder_of_another_region_is_told_before_the_sale_that_the_price_is_uncertain():
    both = replace(EVENT, card_system_ids=(GENT.id, DENDER.id))
    dender_holder = kansen_pass(card_system=DENDER)
    decision = decide_sale(offline_sale(event=both, pass_=dender_holder,
                                        social_lists=(replace(in_list(), card_system_id=DENDER.id),)))
    social = _social(decision)
    assert social is not None and social.price_uncertain and decision.price_uncertain
    assert social.price_cents == 250  # default policy: the static price, provisional
    warning = next(n for n in decision.notices if "onzeker" in n.text_nl)
    assert warning.level is MessageLevel.WARN
    assert "andere UiTPAS-regio" in warning.text_nl and "Te behandelen" in warning.text_nl


def test_unknown_organizer_region_makes_the_static_price_uncertain():
    decision = decide_sale(offline_sale(organizer_card_system_ids=None))
    assert decision.price_uncertain
    assert any("niet zeker tot welke UiTPAS-regio" in n.text_nl for n in decision.notices)


def test_a_cached_answer_for_this_pass_is_its_own_price_even_from_another_region():
    both = replace(EVENT, card_system_ids=(GENT.id, DENDER.id))
    own = TariffOffer("SOCIALTARIFF", "Kansentarief", 110, TariffType.SOCIALTARIFF, 1)
    decision = decide_sale(offline_sale(event=both, pass_=kansen_pass(card_system=DENDER),
                                        last_tariffs=TariffsSeen((own,), NOW - timedelta(hours=2))))
    social = _social(decision)
    assert social is not None and social.price_cents == 110 and not social.price_uncertain


def test_policy_regular_charges_the_regular_price_as_a_provisional_kansentarief():
    policy = OfflinePolicy(uncertain_price=UncertainPrice.REGULAR)
    decision = decide_sale(offline_sale(policy=policy, organizer_card_system_ids=(DENDER.id,)))
    social = _social(decision)
    assert social is not None and social.price_cents == 1000 and social.price_uncertain
    assert social.tariff_id == "SOCIALTARIFF"  # registered as kansentarief: the refund follows
    assert any("gewone prijs" in n.text_nl for n in decision.notices)


def test_policy_supervisor_asks_a_supervisor_for_an_uncertain_price():
    policy = OfflinePolicy(uncertain_price=UncertainPrice.SUPERVISOR)
    facts = offline_sale(policy=policy, organizer_card_system_ids=(DENDER.id,))
    asked = _social(decide_sale(facts))
    assert asked is not None and asked.needs_override
    allowed = decide_sale(replace(facts, supervisor_override=True))
    assert not _social(allowed).needs_override and allowed.override_used


def test_without_a_cached_answer_the_cashier_hears_that_a_coupon_may_exist():
    decision = decide_sale(offline_sale(last_tariffs=None))
    assert any("kortingsbon" in n.text_nl and "kan er een bestaan" in n.text_nl
               for n in decision.notices)
    with_answer = decide_sale(offline_sale(last_tariffs=TariffsSeen((SOCIAL,), NOW - timedelta(hours=1))))
    assert not any("kortingsbon" in n.text_nl for n in with_answer.notices)


# --- online: this counter's queue ---------------------------------------------------------------


def test_online_a_coupon_in_a_queued_sale_is_not_offered_again():
    decision = decide_sale(offline_sale(online_answer=TariffAnswer((SOCIAL, COUPON)),
                                        queued_coupon_ids=("COUPON_1079",)))
    assert decision.offer("COUPON_1079") is None
    assert RefusalCode.USED_BY_QUEUED_SALE in _codes(decision)
    assert _social(decision) is not None


def test_online_queued_sales_count_against_the_events_ticket_limit_not_the_per_sale_cap():
    """The platform says 1 (one per sale) and does not know the queued sales: with "2 per dag"
    the second ticket is still sold while the first is queued, the third is not."""
    event = replace(EVENT, ticket_limit_volume=2, ticket_limit_period=PeriodType.DAY)
    answer = TariffAnswer((SOCIAL,))
    second = decide_sale(offline_sale(event=event, online_answer=answer, local_sales_in_period=1,
                                      queued_sales_in_period=1))
    assert _social(second) is not None and _social(second).remaining == 1
    assert not second.refusals
    third = decide_sale(offline_sale(event=event, online_answer=answer, local_sales_in_period=2,
                                     queued_sales_in_period=2))
    assert _social(third) is None
    assert _codes(third) == {RefusalCode.TICKET_LIMIT_REACHED}
    assert third.refusals[0].message_nl.endswith("bereikt: 2 tickets per dag.")


def test_online_a_group_pass_still_spends_its_budget_with_its_queued_tickets():
    ten = replace(SOCIAL, remaining=10)
    decision = decide_sale(offline_sale(pass_=group_pass(), online_answer=TariffAnswer((ten,)),
                                        unsynced_social_sales=3))
    assert _social(decision).remaining == 7


def test_online_queued_sales_do_not_lower_the_per_sale_cap_without_an_event_limit():
    decision = decide_sale(offline_sale(online_answer=TariffAnswer((SOCIAL,)), queued_sales_in_period=1))
    assert _social(decision) is not None and _social(decision).remaining == 1
