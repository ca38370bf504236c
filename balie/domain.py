"""Values and states of the counter, shared by every layer.

These types are the vocabulary the rest of balie speaks: the store persists them, the decision core
reasons over them, the sync client fills them from the UiTPAS API, the screens show them. They carry
no behaviour that needs I/O, so the core stays testable without Qt, HTTP or PC/SC.

Money is integer euro cents everywhere (the API speaks euro as JSON numbers; conversion happens at
the edge with :func:`euro_to_cents` / :func:`cents_to_euro`). Times are timezone-aware UTC; the
screens convert to Europe/Brussels.
"""

from __future__ import annotations

import enum
import os
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

BRUSSELS = ZoneInfo("Europe/Brussels")

Cents = int


def utcnow() -> datetime:
    """The one clock the core reads (tests pass explicit times instead)."""
    return datetime.now(UTC)


def euro_to_cents(value: float | int | str | Decimal) -> Cents:
    """Convert an API euro amount (JSON number) to cents without float drift (0.62 -> 62)."""
    amount = Decimal(str(value)) * 100
    return int(amount.quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def cents_to_euro(cents: Cents) -> float | int:
    """Convert cents to the JSON number the API expects (1000 -> 10, 150 -> 1.5)."""
    if cents % 100 == 0:
        return cents // 100
    return float(Decimal(cents) / 100)


def format_euro(cents: Cents) -> str:
    """Dutch (nl-BE) money notation for screens and receipts: '€ 2,50'."""
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}€ {cents // 100},{cents % 100:02d}"


class IdentifierKind(enum.StrEnum):
    """What a typed, scanned or tapped identification turned out to be."""

    UITPAS_NUMBER = "UITPAS_NUMBER"
    CHIP_NUMBER = "CHIP_NUMBER"
    INSZ = "INSZ"


class IdentificationSource(enum.StrEnum):
    """How the pass reached the counter (useful in audit and for the 'scan the printed number' hint)."""

    NFC = "NFC"
    SCANNER = "SCANNER"
    TYPED = "TYPED"
    EID = "EID"


class PassType(enum.StrEnum):
    INDIVIDUAL = "INDIVIDUAL"
    GROUP = "GROUP"


class CardStatus(enum.StrEnum):
    PROVISIONED = "PROVISIONED"
    LOCAL_STOCK = "LOCAL_STOCK"
    ACTIVE = "ACTIVE"
    BLOCKED = "BLOCKED"
    DELETED = "DELETED"


class SocialTariffStatus(enum.StrEnum):
    """The platform's verdict on kansenstatuut. Entitlement follows ``status``, never ``endDate``
    (a grace period is ACTIVE with an end date in the past)."""

    ACTIVE = "ACTIVE"
    EXPIRED = "EXPIRED"
    SUSPENDED = "SUSPENDED"
    NONE = "NONE"


class TariffType(enum.StrEnum):
    SOCIALTARIFF = "SOCIALTARIFF"
    COUPON = "COUPON"
    REGULAR = "REGULAR"  # balie's own: the regular price, always offered, never registered


class RewardType(enum.StrEnum):
    POINTS = "POINTS"
    WELCOME = "WELCOME"


class PeriodType(enum.StrEnum):
    ABSOLUTE = "ABSOLUTE"
    DAY = "DAY"
    WEEK = "WEEK"
    MONTH = "MONTH"
    QUARTER = "QUARTER"
    YEAR = "YEAR"


class MessageLevel(enum.StrEnum):
    INFO = "INFO"
    WARN = "WARN"
    ERROR = "ERROR"


class ActionKind(enum.StrEnum):
    """Every counter action that must reach the platform, one outbox entry each."""

    TICKET_SALE = "TICKET_SALE"
    TICKET_SALE_CANCEL = "TICKET_SALE_CANCEL"
    CHECKIN = "CHECKIN"
    CHECKIN_CANCEL = "CHECKIN_CANCEL"
    REWARD_REDEEM = "REWARD_REDEEM"
    REWARD_REDEEM_CANCEL = "REWARD_REDEEM_CANCEL"
    PASSHOLDER_REGISTER = "PASSHOLDER_REGISTER"
    PASSHOLDER_UPDATE = "PASSHOLDER_UPDATE"
    MEMBERSHIP = "MEMBERSHIP"


class OutboxStatus(enum.StrEnum):
    """Life of an outbox entry. Nothing is deleted by sync; purging is a separate retention rule.

    PENDING -> SENT (request on the wire, outcome unknown until read back)
            -> CONFIRMED (platform id recorded) | REJECTED (permanent problem, kept with its message)
    REJECTED -> NEEDS_ATTENTION ("Te behandelen") -> PENDING (fixed and resent) | CANCELLED | HANDLED
    """

    PENDING = "PENDING"
    SENT = "SENT"
    CONFIRMED = "CONFIRMED"
    REJECTED = "REJECTED"
    NEEDS_ATTENTION = "NEEDS_ATTENTION"
    CANCELLED = "CANCELLED"
    HANDLED = "HANDLED"


@dataclass(frozen=True)
class PlatformMessage:
    """A message the platform says must be shown to the user, verbatim."""

    level: MessageLevel
    text: str


@dataclass(frozen=True)
class EndUserMessage:
    """The platform's ``endUserMessage``: Dutch always, other languages when present."""

    nl: str
    fr: str | None = None
    de: str | None = None
    en: str | None = None

    def in_language(self, lang: str) -> str:
        return getattr(self, lang, None) or self.nl


@dataclass(frozen=True)
class CardSystemInfo:
    """A UiTPAS region (e.g. 'UiTPAS Gent', 'Paspartoe')."""

    id: int
    name: str
    postal_codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class PassSnapshot:
    """What the counter knows of a pass: from ``GET /passes`` online, or the cache of passes seen.

    ``fetched_at`` tells how old the knowledge is; ``chip_number`` is only known locally (the API
    never returns it) and is remembered from the tap that led to the lookup.
    """

    uitpas_number: str
    passholder_id: str | None
    pass_type: PassType
    first_name: str
    points: int
    postal_code: str
    card_system: CardSystemInfo | None
    social_tariff_status: SocialTariffStatus
    social_tariff_end_date: datetime | None
    card_status: CardStatus
    fetched_at: datetime
    messages: tuple[PlatformMessage, ...] = ()
    chip_number: str | None = None
    #: when the counter asked for this answer (``fetched_at``: when it came); the points in it
    #: were read somewhere in between (balie.decide.points). None: read before this was kept.
    read_started_at: datetime | None = None


@dataclass(frozen=True)
class PriceCategory:
    """One price of an event as in UiTdatabank ('Basistarief', 'Reductie', ...)."""

    label: str
    price: Cents


@dataclass(frozen=True)
class EventInfo:
    """A UiTPAS event of the organizer (from UiTdatabank search, or a manual/CSV list)."""

    id: str
    name: str
    organizer_id: str
    start: datetime
    end: datetime
    price_categories: tuple[PriceCategory, ...] = ()
    checkin_points: int = 1
    card_system_ids: tuple[int, ...] = ()
    ticket_limit_volume: int | None = None
    ticket_limit_period: PeriodType | None = None
    checkin_limit_volume: int | None = None
    checkin_limit_period: PeriodType | None = None


@dataclass(frozen=True)
class TariffOffer:
    """One tariff as the platform answered it (``/tariffs`` or ``/tariffs/static``)."""

    id: str
    name: str
    price: Cents
    type: TariffType
    remaining: int | None = None


@dataclass(frozen=True)
class RewardInfo:
    id: str
    title: str
    type: RewardType
    points: int
    card_system_ids: tuple[int, ...] = ()
    redeem_start: datetime | None = None
    redeem_end: datetime | None = None
    online: bool = False


@dataclass(frozen=True)
class Operator:
    """The person at the counter; every action and audit line carries it."""

    id: str
    name: str
    role: str = "cashier"


@dataclass(frozen=True)
class Problem:
    """An error the UI can show: a stable code, a Dutch message, and what to do next."""

    code: str
    message: str
    next_step: str = ""
    platform_type: str | None = None
    end_user_message: EndUserMessage | None = None
    extras: dict[str, str] = field(default_factory=dict)


def today_in_brussels(now: datetime) -> date:
    """The counter's business day: check-in and 'once per day' rules follow local time."""
    return now.astimezone(BRUSSELS).date()


def new_client_uuid() -> str:
    """A new action's client UUID, time-ordered: UUIDv7 (RFC 9562), the Unix time in
    milliseconds and then 74 random bits. Why: every index on client UUIDs (the outbox's and its
    records') then grows at its end, and purging the oldest actions empties its first pages;
    with uuid4 each purged action landed on a page of its own in each of those indexes (two of
    the three pages per action a year's first purge rewrote). Still a UUID, still unique; the
    platform never sees it (no UiTPAS write takes a client reference)."""
    return time_ordered_uuid(time.time_ns() // 1_000_000, os.urandom(10))


def time_ordered_uuid(millis: int, random: bytes) -> str:
    """The UUIDv7 (RFC 9562) of a Unix time in milliseconds and 10 random bytes (74 of their
    bits are used). Python 3.11's ``uuid`` makes versions up to 5 only."""
    bits = int.from_bytes(random[:10], "big")  # 80: 12 after the version, 62 after the variant
    value = ((millis & 0xFFFF_FFFF_FFFF) << 80 | 0x7 << 76 | (bits >> 68) << 64
             | 0b10 << 62 | bits & (1 << 62) - 1)
    return str(uuid.UUID(int=value))
