"""Values every counter decision returns: offers, refusals with a Dutch reason, notices.

A decision never raises for a business reason: a refused tariff, check-in or reward is a
:class:`Refusal` (stable code, Dutch message, what to do next) the screen shows as-is. Messages the
platform sends (``endUserMessage``, ``Pass.messages``) travel verbatim as :class:`Notice` with source
PLATFORM, so the cashier can tell "UiTPAS says" from "this counter warns".
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from balie.domain import (
    BRUSSELS,
    CardStatus,
    Cents,
    EndUserMessage,
    MessageLevel,
    PeriodType,
    Problem,
    SocialTariffStatus,
    TariffType,
)

REGULAR_TARIFF_ID = "REGULAR"
"""Tariff id of the regular price offer. balie's own: never sent to the platform (sales without a
UiTPAS discount are not registered)."""


class RefusalCode(enum.StrEnum):
    """Why something is not offered. Stable: the store keeps them in the audit log, the UI may pick
    an icon per code. The Dutch text is in the :class:`Refusal`, not derived from the code."""

    # identification
    MALFORMED_IDENTIFIER = "MALFORMED_IDENTIFIER"  # not 13 digits / 11 digits / chip hex
    PROBABLE_TYPO = "PROBABLE_TYPO"  # check digit wrong, offline (online the platform judges)
    UNKNOWN_CHIP_OFFLINE = "UNKNOWN_CHIP_OFFLINE"  # chip never seen: ask the printed number
    INSZ_NEEDS_PLATFORM = "INSZ_NEEDS_PLATFORM"  # INSZ cannot be resolved offline
    PASS_REFUSED_BY_PLATFORM = "PASS_REFUSED_BY_PLATFORM"  # GET /passes answered a problem
    # card
    CARD_BLOCKED = "CARD_BLOCKED"
    CARD_DELETED = "CARD_DELETED"  # lost / replaced
    CARD_NOT_ACTIVE = "CARD_NOT_ACTIVE"  # PROVISIONED / LOCAL_STOCK: not handed out yet
    # tariffs
    TARIFFS_REFUSED_BY_PLATFORM = "TARIFFS_REFUSED_BY_PLATFORM"  # online 400 with its message
    NO_DISCOUNT_FROM_PLATFORM = "NO_DISCOUNT_FROM_PLATFORM"  # online/cached: available [] + message
    NO_KANSENSTATUUT = "NO_KANSENSTATUUT"
    KANSENSTATUUT_EXPIRED = "KANSENSTATUUT_EXPIRED"
    KANSENSTATUUT_SUSPENDED = "KANSENSTATUUT_SUSPENDED"
    NOT_IN_SOCIAL_TARIFF_LIST = "NOT_IN_SOCIAL_TARIFF_LIST"  # absent from the newest list
    OUTSIDE_CARD_SYSTEM = "OUTSIDE_CARD_SYSTEM"  # holder's region does not take part in the event
    NO_KANSENSTATUUT_KNOWLEDGE = "NO_KANSENSTATUUT_KNOWLEDGE"  # no list, no snapshot, no answer
    NO_CACHED_TARIFF = "NO_CACHED_TARIFF"  # entitled, but no platform price known offline
    OFFLINE_SOCIAL_TARIFF_DISABLED = "OFFLINE_SOCIAL_TARIFF_DISABLED"  # policy
    OFFLINE_COUPONS_DISABLED = "OFFLINE_COUPONS_DISABLED"  # policy
    TICKET_LIMIT_REACHED = "TICKET_LIMIT_REACHED"  # event's passholder ticket limit, local count
    GROUP_TICKETS_EXHAUSTED = "GROUP_TICKETS_EXHAUSTED"  # group pass availableTickets used up
    USED_BY_QUEUED_SALE = "USED_BY_QUEUED_SALE"  # online remaining spent by this counter's queue
    # check-in
    CHECKIN_REFUSED_BY_PLATFORM = "CHECKIN_REFUSED_BY_PLATFORM"
    GROUP_PASS_NO_CHECKIN = "GROUP_PASS_NO_CHECKIN"
    CHECKIN_TOO_EARLY = "CHECKIN_TOO_EARLY"
    CHECKIN_TOO_LATE = "CHECKIN_TOO_LATE"
    CHECKIN_ALREADY_TODAY = "CHECKIN_ALREADY_TODAY"
    CHECKIN_LIMIT_REACHED = "CHECKIN_LIMIT_REACHED"
    OFFLINE_CHECKIN_DISABLED = "OFFLINE_CHECKIN_DISABLED"
    # rewards
    REWARD_REFUSED_BY_PLATFORM = "REWARD_REFUSED_BY_PLATFORM"
    GROUP_PASS_NO_REWARDS = "GROUP_PASS_NO_REWARDS"
    NOT_ENOUGH_POINTS = "NOT_ENOUGH_POINTS"
    WELCOME_ALREADY_REDEEMED = "WELCOME_ALREADY_REDEEMED"
    REWARD_OUTSIDE_PERIOD = "REWARD_OUTSIDE_PERIOD"
    REWARD_OTHER_CARD_SYSTEM = "REWARD_OTHER_CARD_SYSTEM"
    POINTS_UNKNOWN_OFFLINE = "POINTS_UNKNOWN_OFFLINE"  # pass never seen: no balance offline
    OFFLINE_REWARD_DISABLED = "OFFLINE_REWARD_DISABLED"
    OFFLINE_REWARD_TOO_MANY_POINTS = "OFFLINE_REWARD_TOO_MANY_POINTS"


@dataclass(frozen=True)
class Refusal:
    """One thing the counter will not do, with the reason and the next step in Dutch.

    ``tariff_type`` says which kind of offer is refused (SOCIALTARIFF / COUPON) when the refusal is
    about one tariff only; None when it is about the whole action. ``end_user_message`` carries the
    platform's own message when it is the source (``message_nl`` is then its Dutch text, verbatim).
    """

    code: RefusalCode
    message_nl: str
    next_step_nl: str = ""
    tariff_type: TariffType | None = None
    end_user_message: EndUserMessage | None = None


class NoticeSource(enum.StrEnum):
    PLATFORM = "PLATFORM"  # verbatim from UiTPAS: must be shown
    COUNTER = "COUNTER"  # balie's own warning


@dataclass(frozen=True)
class Notice:
    """Something the cashier must see that does not block the action (warnings, platform messages)."""

    level: MessageLevel
    text_nl: str
    source: NoticeSource = NoticeSource.COUNTER
    end_user_message: EndUserMessage | None = None


@dataclass(frozen=True)
class Offer:
    """One tariff the cashier may pick.

    ``provisional``: decided offline from cached platform answers; the sale is queued and
    confirmed (or corrected) by sync. ``needs_override``: offered only after a supervisor confirms
    (the proof of kansenstatuut is older than the policy allows); the counter records who did.
    ``basis_nl`` explains where the price comes from, for the screen and the audit log.
    ``remaining``: how many tickets may still be sold at this tariff now (None = no limit known).
    ``price_uncertain``: offline, the counter cannot know this holder's own price (another region
    than the organizer's, no cached answer for this pass); the cashier is told before the sale and
    sync turns any difference with what UiTPAS books into a "Te behandelen" item.
    """

    tariff_id: str
    name: str
    price_cents: Cents
    type: TariffType
    remaining: int | None
    provisional: bool
    needs_override: bool
    basis_nl: str
    price_uncertain: bool = False


def regular_offer(label: str, price_cents: Cents) -> Offer:
    """The regular price: always offered, never provisional, never registered at the platform."""
    return Offer(
        tariff_id=REGULAR_TARIFF_ID,
        name=label or "Gewoon tarief",
        price_cents=price_cents,
        type=TariffType.REGULAR,
        remaining=None,
        provisional=False,
        needs_override=False,
        basis_nl="Gewone prijs, zonder UiTPAS-korting.",
    )


def card_refusal(status: CardStatus) -> Refusal | None:
    """A card that is not ACTIVE gets nothing from UiTPAS (only the regular price)."""
    if status is CardStatus.ACTIVE:
        return None
    if status is CardStatus.BLOCKED:
        return Refusal(
            RefusalCode.CARD_BLOCKED,
            "Deze UiTPAS is geblokkeerd.",
            "Verkoop aan het gewone tarief. De pashouder kan bij een UiTPAS-balie een nieuwe kaart vragen.",
        )
    if status is CardStatus.DELETED:
        return Refusal(
            RefusalCode.CARD_DELETED,
            "Deze UiTPAS is niet meer geldig (verloren of vervangen).",
            "Vraag naar de nieuwe kaart van de pashouder, of verkoop aan het gewone tarief.",
        )
    return Refusal(
        RefusalCode.CARD_NOT_ACTIVE,
        "Deze UiTPAS is nog niet geactiveerd (nog niet aan een pashouder gegeven).",
        "Registreer eerst de pashouder, of verkoop aan het gewone tarief.",
    )


def platform_refusal(code: RefusalCode, problem: Problem, tariff_type: TariffType | None = None) -> Refusal:
    """A platform problem as a refusal: its endUserMessage verbatim when it has one."""
    eum = problem.end_user_message
    message = eum.nl if eum is not None else problem.message
    return Refusal(code, message, problem.next_step, tariff_type, eum)


def platform_notice(message: EndUserMessage, level: MessageLevel = MessageLevel.INFO) -> Notice:
    return Notice(level, message.nl, NoticeSource.PLATFORM, message)


def format_date_nl(moment: datetime) -> str:
    """Date as a Flemish cashier reads it: 30/04/2026 (Brussels calendar day)."""
    return moment.astimezone(BRUSSELS).strftime("%d/%m/%Y")


def format_age_nl(age: timedelta) -> str:
    """'3 uur' / '2 dagen': how old cached knowledge is, for warnings."""
    hours = int(age.total_seconds() // 3600)
    if hours < 1:
        return "minder dan een uur"
    if hours < 48:
        return f"{hours} uur"
    return f"{hours // 24} dagen"


def period_start(period: PeriodType, now: datetime) -> datetime | None:
    """Start (UTC-aware) of the calendar period containing ``now`` in Europe/Brussels, for counting
    sales, check-ins and redemptions against a limit. None for ABSOLUTE (count them all).

    Calendar based, like the platform's constraints: DAY from 00:00, WEEK from Monday, MONTH, QUARTER
    (Jan/Apr/Jul/Oct), YEAR from 1 January.
    """
    if period is PeriodType.ABSOLUTE:
        return None
    day = now.astimezone(BRUSSELS).date()
    if period is PeriodType.WEEK:
        day = day - timedelta(days=day.weekday())
    elif period is PeriodType.MONTH:
        day = day.replace(day=1)
    elif period is PeriodType.QUARTER:
        day = day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)
    elif period is PeriodType.YEAR:
        day = day.replace(month=1, day=1)
    return datetime.combine(day, time(0), tzinfo=BRUSSELS).astimezone(UTC)


def kansenstatuut_notices(
    status: SocialTariffStatus, end_date: datetime | None, now: datetime, warn_within: timedelta
) -> tuple[Notice, ...]:
    """Warnings about an ACTIVE kansenstatuut: grace period (end date passed, still entitled because
    the platform says ACTIVE) or ending soon. Entitlement itself never follows the end date."""
    if status is not SocialTariffStatus.ACTIVE or end_date is None:
        return ()
    if end_date <= now:
        return (
            Notice(
                MessageLevel.WARN,
                f"Het kansenstatuut liep af op {format_date_nl(end_date)}, maar de pashouder zit in de "
                "overgangsperiode: het kansentarief geldt nog. Raad aan om het kansenstatuut te verlengen.",
            ),
        )
    if end_date - now <= warn_within:
        return (
            Notice(
                MessageLevel.WARN,
                f"Het kansenstatuut loopt af op {format_date_nl(end_date)}. "
                "Raad aan om het tijdig te verlengen.",
            ),
        )
    return ()
