"""May this pass check in (save points) now?"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from balie.decide import CheckinFacts, RefusalCode, decide_checkin
from balie.domain import CardStatus, EndUserMessage, PeriodType, today_in_brussels
from balie.policy import OfflinePolicy
from balie.ports import CheckinAnswer
from tests.core.test_decide_support import EVENT, KANSEN_NUMBER, NOW, group_pass, kansen_pass


def _facts(**changes: object) -> CheckinFacts:
    base = CheckinFacts(now=NOW, policy=OfflinePolicy(), event=EVENT, uitpas_number=KANSEN_NUMBER, pass_=kansen_pass())
    return replace(base, **changes)  # type: ignore[arg-type]


def _code(decision) -> RefusalCode:
    return decision.refusals[0].code


def test_offline_checkin_during_the_event_is_allowed_provisionally_with_its_points():
    decision = decide_checkin(_facts())
    assert decision.allowed and decision.provisional and decision.points == 2


def test_online_platform_refusal_is_shown_verbatim():
    message = EndUserMessage("Deze activiteit is voorbij.")
    decision = decide_checkin(_facts(online_answer=CheckinAnswer(False, message)))
    assert not decision.allowed and not decision.provisional
    assert decision.refusals[0].message_nl == "Deze activiteit is voorbij."


def test_online_allowed_is_not_provisional():
    assert not decide_checkin(_facts(online_answer=CheckinAnswer(True))).provisional


def test_group_pass_cannot_check_in_even_online():
    decision = decide_checkin(_facts(pass_=group_pass(), online_answer=CheckinAnswer(True)))
    assert not decision.allowed and _code(decision) is RefusalCode.GROUP_PASS_NO_CHECKIN


def test_blocked_card_cannot_check_in():
    decision = decide_checkin(_facts(pass_=kansen_pass(card_status=CardStatus.BLOCKED)))
    assert _code(decision) is RefusalCode.CARD_BLOCKED


def test_too_early_says_from_when_in_brussels_time():
    event = replace(EVENT, start=NOW + timedelta(hours=3), end=NOW + timedelta(hours=5))
    decision = decide_checkin(_facts(event=event))
    assert _code(decision) is RefusalCode.CHECKIN_TOO_EARLY
    assert "14:30" in decision.refusals[0].message_nl  # 13:00 UTC start - 30 min margin = 14:30 CEST


def test_within_the_margin_before_the_start_is_allowed():
    event = replace(EVENT, start=NOW + timedelta(minutes=25), end=NOW + timedelta(hours=3))
    assert decide_checkin(_facts(event=event)).allowed


def test_after_the_event_and_its_margin_is_too_late():
    event = replace(EVENT, start=NOW - timedelta(hours=5), end=NOW - timedelta(hours=2))
    assert _code(decide_checkin(_facts(event=event))) is RefusalCode.CHECKIN_TOO_LATE


def test_inside_the_margin_after_the_end_warns_that_sync_may_still_refuse():
    event = replace(EVENT, start=NOW - timedelta(hours=3), end=NOW - timedelta(minutes=30))
    decision = decide_checkin(_facts(event=event))
    assert decision.allowed and any("afgelopen" in n.text_nl for n in decision.notices)


def test_second_checkin_on_the_same_brussels_day_is_refused():
    decision = decide_checkin(_facts(local_checkins=(NOW - timedelta(hours=2),)))
    assert _code(decision) is RefusalCode.CHECKIN_ALREADY_TODAY


def test_checkin_late_yesterday_evening_in_brussels_does_not_count_for_today():
    # 21:30 UTC on 11 May is 23:30 in Brussels: still yesterday there.
    yesterday_late = datetime(2026, 5, 11, 21, 30, tzinfo=UTC)
    assert decide_checkin(_facts(local_checkins=(yesterday_late,))).allowed


def test_checkin_just_after_midnight_brussels_counts_for_today():
    # 22:30 UTC on 11 May is 00:30 on 12 May in Brussels.
    just_after_midnight = datetime(2026, 5, 11, 22, 30, tzinfo=UTC)
    assert not decide_checkin(_facts(local_checkins=(just_after_midnight,))).allowed


def test_event_checkin_limit_per_week_is_mirrored():
    event = replace(EVENT, checkin_limit_volume=1, checkin_limit_period=PeriodType.WEEK)
    monday = datetime(2026, 5, 11, 8, 0, tzinfo=UTC)
    decision = decide_checkin(_facts(event=event, local_checkins=(monday,)))
    assert _code(decision) is RefusalCode.CHECKIN_LIMIT_REACHED
    last_week = datetime(2026, 5, 8, 8, 0, tzinfo=UTC)
    assert decide_checkin(_facts(event=event, local_checkins=(last_week,))).allowed


def test_organizer_can_forbid_offline_checkins():
    decision = decide_checkin(_facts(policy=OfflinePolicy(offline_checkins=False)))
    assert _code(decision) is RefusalCode.OFFLINE_CHECKIN_DISABLED


@given(st.lists(st.integers(-72 * 60, 72 * 60).map(lambda m: NOW + timedelta(minutes=m)), max_size=4))
def test_never_two_offline_checkins_on_one_brussels_day(previous: list[datetime]):
    decision = decide_checkin(_facts(local_checkins=tuple(previous)))
    if any(today_in_brussels(t) == today_in_brussels(NOW) for t in previous):
        assert not decision.allowed
    assert decision.provisional
