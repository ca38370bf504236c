"""May this reward ("voordeel") be handed out to this pass now?

The points balance the counter shows is the last balance the platform gave plus what this counter
did since and has not yet had confirmed (check-ins add, redemptions spend). Online,
``GET /rewards/{id}/redeem-status`` is the judge; offline the counter mirrors its rules and the
organizer's policy limits the bet (a reward handed out cannot be taken back if sync is refused).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from balie.decide.common import (
    Notice,
    NoticeSource,
    Refusal,
    RefusalCode,
    card_refusal,
    format_date_nl,
    platform_refusal,
)
from balie.domain import (
    MessageLevel,
    PassSnapshot,
    PassType,
    Problem,
    RewardInfo,
    RewardType,
)
from balie.policy import OfflinePolicy
from balie.ports import RedeemAnswer


def points_balance(synced_points: int, local_points_delta: int) -> int:
    """Last balance the platform gave plus this counter's not-yet-confirmed changes."""
    return synced_points + local_points_delta


@dataclass(frozen=True)
class RewardFacts:
    """Online = ``online_answer`` (redeem-status) or ``online_problem`` set.

    ``pass_.points`` is the last synced balance; ``local_points_delta`` the sum of this pass's
    unconfirmed local changes (+ check-in points, - reward points). ``redeemed_before``: how often
    this pass redeemed this reward on this counter (not cancelled) — a welcome reward is once.
    """

    now: datetime
    policy: OfflinePolicy
    reward: RewardInfo
    uitpas_number: str
    pass_: PassSnapshot | None = None
    local_points_delta: int = 0
    #: how much lower the balance may be: a reward whose redemption may or may not be in the
    #: platform's last figure (balie.decide.points); the offline "enough points?" rule counts it
    points_in_doubt: int = 0
    redeemed_before: int = 0
    online_answer: RedeemAnswer | None = None
    online_problem: Problem | None = None

    @property
    def online(self) -> bool:
        return self.online_answer is not None or self.online_problem is not None


@dataclass(frozen=True)
class RewardDecision:
    """``balance`` / ``balance_after``: points now and after this redemption (None: unknown)."""

    allowed: bool
    provisional: bool
    points_cost: int
    balance: int | None
    balance_after: int | None
    refusals: tuple[Refusal, ...] = ()
    notices: tuple[Notice, ...] = ()


_PLATFORM_REASONS_NL = {
    "INVALID_CARD": "Deze kaart is niet geldig.",
    "PASSHOLDER_VOLUME": "De pashouder heeft dit voordeel al zo vaak omgeruild als toegestaan.",
    "PASSHOLDER_POINTS": "De pashouder heeft niet genoeg punten voor dit voordeel.",
    "REWARD_PERIOD": "Dit voordeel kan nu niet omgeruild worden (buiten de omruilperiode).",
    "REWARD_VOLUME": "Dit voordeel is uitverkocht.",
    "PASSHOLDER_APPLICABLE_CARDSYSTEMS": "Dit voordeel geldt niet in de regio van deze pashouder.",
    "PASSHOLDER_NO_ACTIVE_CARDSYSTEM": "De pashouder heeft geen actief UiTPAS-lidmaatschap.",
}


def decide_reward(facts: RewardFacts) -> RewardDecision:
    reward, pass_ = facts.reward, facts.pass_
    cost = reward.points if reward.type is RewardType.POINTS else 0
    balance = points_balance(pass_.points, facts.local_points_delta) if pass_ is not None else None
    after = balance - cost if balance is not None else None
    provisional = not facts.online

    def refuse(refusal: Refusal) -> RewardDecision:
        return RewardDecision(False, provisional, cost, balance, after, (refusal,))

    if pass_ is not None and pass_.pass_type is PassType.GROUP:
        return refuse(
            Refusal(
                RefusalCode.GROUP_PASS_NO_REWARDS,
                "Met een groepspas kan je geen voordelen omruilen.",
                "Laat de deelnemer het voordeel omruilen met de eigen UiTPAS.",
            )
        )
    if pass_ is not None:
        refused = card_refusal(pass_.card_status)
        if refused is not None:
            return refuse(refused)
    if facts.online:
        return _online(facts, cost, balance, after)
    offline = _offline_refusal(facts, cost, balance)
    if offline is not None:
        return refuse(offline)
    notice = Notice(
        MessageLevel.INFO,
        "UiTPAS is niet bereikbaar: de omruiling wordt bewaard en later doorgestuurd.",
    )
    return RewardDecision(True, True, cost, balance, after, notices=(notice,))


def _online(facts: RewardFacts, cost: int, balance: int | None, after: int | None) -> RewardDecision:
    if facts.online_problem is not None:
        refusal = platform_refusal(RefusalCode.REWARD_REFUSED_BY_PLATFORM, facts.online_problem)
        return RewardDecision(False, False, cost, balance, after, (refusal,))
    answer = facts.online_answer
    assert answer is not None
    if answer.redeemable:
        notices = (
            (Notice(MessageLevel.INFO, answer.message, NoticeSource.PLATFORM),) if answer.message else ()
        )
        return RewardDecision(True, False, cost, balance, after, notices=notices)
    text = answer.message or _PLATFORM_REASONS_NL.get(answer.reason or "", "UiTPAS weigert deze omruiling.")
    refusal = Refusal(RefusalCode.REWARD_REFUSED_BY_PLATFORM, text, "")
    return RewardDecision(False, False, cost, balance, after, (refusal,))


def _offline_refusal(facts: RewardFacts, cost: int, balance: int | None) -> Refusal | None:
    reward, pass_, now, policy = facts.reward, facts.pass_, facts.now, facts.policy
    if (reward.redeem_start is not None and now < reward.redeem_start) or (
        reward.redeem_end is not None and now > reward.redeem_end
    ):
        return Refusal(
            RefusalCode.REWARD_OUTSIDE_PERIOD,
            _period_text(reward),
            "Kies een ander voordeel.",
        )
    if reward.card_system_ids:
        system = pass_.card_system if pass_ is not None else None
        if system is None or system.id not in reward.card_system_ids:
            return Refusal(
                RefusalCode.REWARD_OTHER_CARD_SYSTEM,
                "Dit voordeel geldt niet in de UiTPAS-regio van deze pashouder"
                + (" (regio niet gekend zonder verbinding)." if system is None else "."),
                "Kies een ander voordeel.",
            )
    if reward.type is RewardType.WELCOME:
        if facts.redeemed_before > 0:
            return Refusal(
                RefusalCode.WELCOME_ALREADY_REDEEMED,
                "Dit welkomstvoordeel is al omgeruild met deze pas.",
                "Een welkomstvoordeel kan maar één keer.",
            )
        if not policy.offline_welcome_rewards:
            return _offline_disabled()
        return None
    if not policy.offline_points_rewards:
        return _offline_disabled()
    if cost > policy.offline_reward_max_points:
        return Refusal(
            RefusalCode.OFFLINE_REWARD_TOO_MANY_POINTS,
            f"Zonder verbinding met UiTPAS kunnen hier voordelen tot {policy.offline_reward_max_points} "
            f"punten omgeruild worden; dit voordeel kost {cost} punten.",
            "Probeer opnieuw zodra de verbinding terug is.",
        )
    if balance is None:
        return Refusal(
            RefusalCode.POINTS_UNKNOWN_OFFLINE,
            "Het puntensaldo van deze pas is niet gekend zonder verbinding met UiTPAS.",
            "Probeer opnieuw zodra de verbinding terug is.",
        )
    if balance - facts.points_in_doubt < cost:
        held = balance - facts.points_in_doubt
        return Refusal(
            RefusalCode.NOT_ENOUGH_POINTS,
            f"Niet genoeg punten: de pas heeft {held} punten, dit voordeel kost {cost} punten.",
            "Kies een voordeel met minder punten.",
        )
    return None


def _offline_disabled() -> Refusal:
    return Refusal(
        RefusalCode.OFFLINE_REWARD_DISABLED,
        "Zonder verbinding met UiTPAS kunnen bij deze organisatie geen voordelen omgeruild worden.",
        "Probeer opnieuw zodra de verbinding terug is.",
    )


def _period_text(reward: RewardInfo) -> str:
    if reward.redeem_start is not None and reward.redeem_end is not None:
        return (
            f"Dit voordeel kan enkel omgeruild worden van {format_date_nl(reward.redeem_start)} "
            f"tot {format_date_nl(reward.redeem_end)}."
        )
    if reward.redeem_start is not None:
        return f"Dit voordeel kan pas omgeruild worden vanaf {format_date_nl(reward.redeem_start)}."
    assert reward.redeem_end is not None
    return f"Dit voordeel kon omgeruild worden tot {format_date_nl(reward.redeem_end)}."
