"""May this reward be handed out now, and what is the points balance?"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from hypothesis import given
from hypothesis import strategies as st

from balie.decide import RefusalCode, RewardFacts, decide_reward, points_balance
from balie.domain import CardStatus, RewardInfo, RewardType
from balie.policy import OfflinePolicy
from balie.ports import RedeemAnswer
from tests.core.test_decide_support import DENDER, GENT, KANSEN_NUMBER, NOW, group_pass, kansen_pass

CINEMA = RewardInfo("5687", "Gratis popcorn", RewardType.POINTS, 10, card_system_ids=(GENT.id,))
WELCOME = RewardInfo("5690", "Welkomstpakket", RewardType.WELCOME, 0)


def _facts(**changes: object) -> RewardFacts:
    base = RewardFacts(now=NOW, policy=OfflinePolicy(), reward=CINEMA, uitpas_number=KANSEN_NUMBER, pass_=kansen_pass())
    return replace(base, **changes)  # type: ignore[arg-type]


def _code(decision) -> RefusalCode:
    return decision.refusals[0].code


def test_balance_is_the_synced_points_plus_unconfirmed_local_changes():
    decision = decide_reward(_facts(local_points_delta=3))
    assert decision.balance == 15 and decision.balance_after == 5
    assert decision.allowed and decision.provisional


def test_not_enough_points_says_how_many_the_pass_has():
    decision = decide_reward(_facts(local_points_delta=-5))
    assert _code(decision) is RefusalCode.NOT_ENOUGH_POINTS
    assert "7 punten" in decision.refusals[0].message_nl


def test_welcome_reward_only_once():
    assert decide_reward(_facts(reward=WELCOME)).allowed
    decision = decide_reward(_facts(reward=WELCOME, redeemed_before=1))
    assert _code(decision) is RefusalCode.WELCOME_ALREADY_REDEEMED


def test_outside_the_redeem_period_is_refused_with_the_dates():
    reward = replace(CINEMA, redeem_start=NOW + timedelta(days=2), redeem_end=NOW + timedelta(days=30))
    decision = decide_reward(_facts(reward=reward))
    assert _code(decision) is RefusalCode.REWARD_OUTSIDE_PERIOD
    assert "14/05/2026" in decision.refusals[0].message_nl


def test_reward_of_another_region_is_refused():
    decision = decide_reward(_facts(pass_=kansen_pass(card_system=DENDER)))
    assert _code(decision) is RefusalCode.REWARD_OTHER_CARD_SYSTEM


def test_group_pass_never_redeems_even_if_the_platform_says_yes():
    decision = decide_reward(_facts(pass_=group_pass(), online_answer=RedeemAnswer(True)))
    assert _code(decision) is RefusalCode.GROUP_PASS_NO_REWARDS


def test_lost_card_never_redeems():
    decision = decide_reward(_facts(pass_=kansen_pass(card_status=CardStatus.DELETED)))
    assert _code(decision) is RefusalCode.CARD_DELETED


def test_offline_points_rewards_above_the_policy_limit_wait_for_the_connection():
    decision = decide_reward(_facts(policy=OfflinePolicy(offline_reward_max_points=5)))
    assert _code(decision) is RefusalCode.OFFLINE_REWARD_TOO_MANY_POINTS


def test_organizer_can_forbid_offline_rewards():
    decision = decide_reward(_facts(policy=OfflinePolicy(offline_points_rewards=False)))
    assert _code(decision) is RefusalCode.OFFLINE_REWARD_DISABLED


def test_unknown_pass_offline_has_no_balance_to_spend():
    decision = decide_reward(_facts(pass_=None, reward=replace(CINEMA, card_system_ids=())))
    assert _code(decision) is RefusalCode.POINTS_UNKNOWN_OFFLINE


def test_online_refusal_uses_the_platform_message_or_a_dutch_reason():
    with_message = decide_reward(_facts(online_answer=RedeemAnswer(False, "REWARD_VOLUME", "Uitverkocht!")))
    without = decide_reward(_facts(online_answer=RedeemAnswer(False, "REWARD_VOLUME")))
    assert with_message.refusals[0].message_nl == "Uitverkocht!"
    assert without.refusals[0].message_nl == "Dit voordeel is uitverkocht."
    assert not with_message.provisional


@given(st.integers(0, 200), st.integers(-50, 50), st.integers(0, 100))
def test_offline_a_points_reward_is_never_allowed_beyond_the_balance_or_the_policy(
    synced: int, delta: int, cost: int
):
    reward = replace(CINEMA, points=cost)
    decision = decide_reward(_facts(reward=reward, pass_=kansen_pass(points=synced), local_points_delta=delta))
    if decision.allowed:
        assert points_balance(synced, delta) >= cost
        assert cost <= OfflinePolicy().offline_reward_max_points
        assert decision.balance_after is not None and decision.balance_after >= 0
