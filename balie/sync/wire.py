"""The UiTPAS API's answers and requests as balie values: what the client returns and sends.

Values without a home in :mod:`balie.domain`: the domain holds what the counter decides with
(passes, tariffs, rewards); these are the platform's own shapes (a ticket sale as registered, a
passholder for a full PUT, a page of search results), read by :mod:`balie.sync.parse` and used by
the client, the sync worker and reconciliation. Where the sync worker needs the full answer
(reconciliation, full PUT of a passholder) the raw JSON rides along in ``raw``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from balie.domain import (
    CardStatus,
    CardSystemInfo,
    Cents,
    EndUserMessage,
    PeriodType,
    RewardInfo,
    SocialTariffStatus,
    TariffOffer,
    TariffType,
)

T = TypeVar("T")
Json = Mapping[str, Any]


# ----------------------------------------------------------------------------------------------
# values without a home in balie.domain


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a ``{totalItems, member}`` answer."""

    total: int
    items: tuple[T, ...]


def iter_pages(fetch: Callable[[int], Page[T]]) -> Iterator[T]:
    """Every item of a paged search, ``fetch(start)`` giving one page at a time."""
    start = 0
    while True:
        page = fetch(start)
        yield from page.items
        start += len(page.items)
        if not page.items or start >= page.total:
            return


@dataclass(frozen=True)
class TariffQuote:
    """``/tariffs`` answer: the offers plus the platform's message (shown even when offers exist)."""

    offers: tuple[TariffOffer, ...]
    end_user_message: EndUserMessage | None = None


@dataclass(frozen=True)
class TicketSaleRequest:
    """One ticket to register (several tickets at one tariff = repeat the request)."""

    uitpas_number: str
    event_id: str
    regular_price: Cents
    tariff_id: str
    regular_price_label: str | None = None

    def to_json(self) -> dict[str, Any]:
        from balie.domain import cents_to_euro

        body: dict[str, Any] = {
            "uitpasNumber": self.uitpas_number,
            "eventId": self.event_id,
            "regularPrice": cents_to_euro(self.regular_price),
            "tariff": {"id": self.tariff_id},
        }
        if self.regular_price_label:
            body["regularPriceLabel"] = self.regular_price_label
        return body


@dataclass(frozen=True)
class TicketSaleResult:
    id: str
    creation_date: datetime | None
    uitpas_number: str
    event_id: str
    regular_price: Cents
    regular_price_label: str | None
    tariff_id: str
    tariff_name: str
    tariff_price: Cents | None
    tariff_type: TariffType | None
    event_title: str = ""
    passholder_id: str | None = None
    raw: Json = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class CheckinResult:
    id: str
    creation_date: datetime | None
    event_id: str
    uitpas_number: str
    points: int
    event_title: str = ""
    raw: Json = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class CheckinStatus:
    allowed: bool
    end_user_message: EndUserMessage | None = None


@dataclass(frozen=True)
class RedeemStatus:
    redeemable: bool
    reason: str | None = None
    message: str | None = None  # plain string from the platform: show verbatim


@dataclass(frozen=True)
class RedeemedReward:
    id: str
    reward: RewardInfo
    redeem_date: datetime | None
    redeem_code: str | None = None
    redeem_info_text: str | None = None
    raw: Json = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class MembershipInfo:
    card_system: CardSystemInfo
    uitpas_number: str | None
    status: str
    social_tariff_status: SocialTariffStatus
    social_tariff_end_date: datetime | None
    in_grace_period: bool = False
    card_status: CardStatus | None = None


@dataclass(frozen=True)
class Passholder:
    """The fields a counter shows; everything else (needed for a full PUT) is in ``raw``."""

    id: str
    name: str
    first_name: str
    date_of_birth: date | None
    uitpas_number: str | None
    insz_number: str | None
    points: int
    postal_code: str
    city: str
    email: str | None
    memberships: tuple[MembershipInfo, ...] = ()
    raw: Json = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class CardInfo:
    uitpas_number: str
    card_system: CardSystemInfo
    status: CardStatus
    social_tariff: bool
    card_type: str | None = None


@dataclass(frozen=True)
class Grouppass:
    id: str
    uitpas_number: str
    name: str
    card_status: CardStatus
    card_system: CardSystemInfo
    social_tariff_status: SocialTariffStatus
    available_tickets: int | None = None
    raw: Json = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class GrantedCoupon:
    id: str
    coupon_id: str
    name: str
    status: str
    valid_from: datetime | None
    valid_until: datetime | None
    remaining_volume: int | None = None
    remaining_period: PeriodType | None = None


@dataclass(frozen=True)
class OrganizerInfo:
    id: str
    name: str
    card_system_ids: tuple[int, ...] = ()
    city: str = ""


@dataclass(frozen=True)
class OrganizerPermissions:
    organizer: OrganizerInfo
    permissions: frozenset[str]
    card_system_ids: Mapping[str, tuple[int, ...]] = field(default_factory=dict, compare=False)
    linked: tuple[OrganizerPermissions, ...] = ()

    def allows(self, permission: str) -> bool:
        return permission in self.permissions


@dataclass(frozen=True)
class EventSettings:
    event_id: str
    checkin_points: int
    ticket_limit_volume: int | None = None
    ticket_limit_period: PeriodType | None = None
    checkin_limit_volume: int | None = None
    checkin_limit_period: PeriodType | None = None


@dataclass(frozen=True)
class EventCardSystem:
    id: int
    name: str
    enabled: bool


@dataclass(frozen=True)
class MembershipPrice:
    price: Cents
    label: str
    description: str = ""


@dataclass(frozen=True)
class MembershipPreview:
    type: str  # NOT_POSSIBLE | NEW_MEMBERSHIP | REPLACE_MEMBERSHIP
    address_change_required: bool
    social_tariff_end_date: date | None = None
    raw: Json = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class CitySetting:
    city: str
    allows_cardless_registration: bool
    contact_email: str | None = None


@dataclass(frozen=True)
class SocialTariffCard:
    """One entry of the active social-tariff export: nothing but the number and the card type."""

    uitpas_number: str
    card_type: str  # REGULAR | GROUP
    available_tickets: int | None = None
