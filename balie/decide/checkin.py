"""May this pass check in (save points) at this event now?

Online, ``GET /checkin-status`` answers. Offline the counter mirrors the platform's rules: inside the
event's window plus a margin, once per pass per event per Brussels day, the event's check-in limit,
never a group pass. A check-in queued offline carries no timestamp to the platform (the API has no
such field), so one replayed after the window closes will be refused at sync: the decision says so.
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
    period_start,
    platform_refusal,
)
from balie.domain import (
    BRUSSELS,
    EventInfo,
    MessageLevel,
    PassSnapshot,
    PassType,
    Problem,
    today_in_brussels,
)
from balie.policy import OfflinePolicy
from balie.ports import CheckinAnswer


@dataclass(frozen=True)
class CheckinFacts:
    """Online = ``online_answer`` or ``online_problem`` set. ``local_checkins``: times (UTC) of this
    pass's check-ins at this event recorded on this counter and not cancelled (confirmed or not)."""

    now: datetime
    policy: OfflinePolicy
    event: EventInfo
    uitpas_number: str
    pass_: PassSnapshot | None = None
    online_answer: CheckinAnswer | None = None
    online_problem: Problem | None = None
    local_checkins: tuple[datetime, ...] = ()

    @property
    def online(self) -> bool:
        return self.online_answer is not None or self.online_problem is not None


@dataclass(frozen=True)
class CheckinDecision:
    """``points``: what the check-in is expected to earn (the event's check-in points; the platform
    has the last word). ``provisional``: decided offline."""

    allowed: bool
    provisional: bool
    points: int
    refusals: tuple[Refusal, ...] = ()
    notices: tuple[Notice, ...] = ()


def decide_checkin(facts: CheckinFacts) -> CheckinDecision:
    points = facts.event.checkin_points
    early = _pass_refusal(facts.pass_)
    if early is not None:
        return CheckinDecision(False, not facts.online, points, (early,))
    if facts.online:
        return _online(facts, points)
    return _offline(facts, points)


def _pass_refusal(pass_: PassSnapshot | None) -> Refusal | None:
    if pass_ is None:
        return None
    if pass_.pass_type is PassType.GROUP:
        return Refusal(
            RefusalCode.GROUP_PASS_NO_CHECKIN,
            "Met een groepspas kan je geen punten sparen.",
            "Laat de deelnemers inchecken met hun eigen UiTPAS.",
        )
    return card_refusal(pass_.card_status)


def _online(facts: CheckinFacts, points: int) -> CheckinDecision:
    if facts.online_problem is not None:
        refusal = platform_refusal(RefusalCode.CHECKIN_REFUSED_BY_PLATFORM, facts.online_problem)
        return CheckinDecision(False, False, points, (refusal,))
    answer = facts.online_answer
    assert answer is not None
    message = answer.end_user_message
    if answer.allowed:
        notices = (Notice(MessageLevel.INFO, message.nl, NoticeSource.PLATFORM, message),) if message else ()
        return CheckinDecision(True, False, points, notices=notices)
    text = message.nl if message is not None else "UiTPAS laat deze check-in niet toe."
    refusal = Refusal(RefusalCode.CHECKIN_REFUSED_BY_PLATFORM, text, "", None, message)
    return CheckinDecision(False, False, points, (refusal,))


def _offline(facts: CheckinFacts, points: int) -> CheckinDecision:
    policy, event, now = facts.policy, facts.event, facts.now
    if not policy.offline_checkins:
        refusal = Refusal(
            RefusalCode.OFFLINE_CHECKIN_DISABLED,
            "Zonder verbinding met UiTPAS kan bij deze organisatie niet ingecheckt worden.",
            "Probeer opnieuw zodra de verbinding terug is.",
        )
        return CheckinDecision(False, True, points, (refusal,))
    opens = event.start - policy.checkin_margin_before
    closes = event.end + policy.checkin_margin_after
    if now < opens:
        local = opens.astimezone(BRUSSELS)
        refusal = Refusal(
            RefusalCode.CHECKIN_TOO_EARLY,
            f"Inchecken voor '{event.name}' kan pas vanaf {format_date_nl(opens)} om {local:%H:%M}.",
            "Vraag de pashouder later terug te komen.",
        )
        return CheckinDecision(False, True, points, (refusal,))
    if now > closes:
        refusal = Refusal(
            RefusalCode.CHECKIN_TOO_LATE,
            f"'{event.name}' is voorbij: inchecken is niet meer mogelijk.",
            "Kies de juiste activiteit (F6).",
        )
        return CheckinDecision(False, True, points, (refusal,))
    today = today_in_brussels(now)
    if any(today_in_brussels(t) == today for t in facts.local_checkins):
        refusal = Refusal(
            RefusalCode.CHECKIN_ALREADY_TODAY,
            "Deze pas is vandaag al ingecheckt voor deze activiteit.",
            "Punten sparen kan één keer per dag per activiteit.",
        )
        return CheckinDecision(False, True, points, (refusal,))
    limit = _limit_refusal(facts)
    if limit is not None:
        return CheckinDecision(False, True, points, (limit,))
    notices: list[Notice] = [
        Notice(
            MessageLevel.INFO,
            "UiTPAS is niet bereikbaar: de check-in wordt bewaard en later doorgestuurd. "
            "De punten verschijnen na synchronisatie.",
        )
    ]
    if now > event.end:
        notices.append(
            Notice(
                MessageLevel.WARN,
                "De activiteit is al afgelopen: als de verbinding niet snel terug is, kan UiTPAS "
                "deze check-in nog weigeren.",
            )
        )
    return CheckinDecision(True, True, points, notices=tuple(notices))


def _limit_refusal(facts: CheckinFacts) -> Refusal | None:
    volume, period = facts.event.checkin_limit_volume, facts.event.checkin_limit_period
    if volume is None or period is None:
        return None
    since = period_start(period, facts.now)
    used = sum(1 for t in facts.local_checkins if since is None or t >= since)
    if used < volume:
        return None
    return Refusal(
        RefusalCode.CHECKIN_LIMIT_REACHED,
        "Deze pas heeft het maximum aantal check-ins voor deze activiteit in deze periode bereikt.",
        "Punten sparen kan opnieuw in een volgende periode.",
    )
