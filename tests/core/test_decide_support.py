"""Builders for the decision tests (no tests here): one realistic counter situation, varied per test.

The numbers are Luhn-valid numbers from publiq's test dataset shape (never the made-up spec examples).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from balie.decide import SaleFacts, SocialListHit, TariffsSeen
from balie.domain import (
    CardStatus,
    CardSystemInfo,
    EventInfo,
    PassSnapshot,
    PassType,
    PriceCategory,
    SocialTariffStatus,
    TariffOffer,
    TariffType,
)
from balie.policy import OfflinePolicy

NOW = datetime(2026, 5, 12, 10, 0, tzinfo=UTC)  # a Tuesday, 12:00 in Brussels
KANSEN_NUMBER = "0900000095902"
GROUP_NUMBER = "0900000045410"
REGULAR_NUMBER = "0900000067513"
CHIP = "04A1B2C3D4E5F6"
GENT = CardSystemInfo(1, "UiTPAS Gent", ("9000",))
DENDER = CardSystemInfo(2, "UiTPAS Dender", ("9300",))

EVENT = EventInfo(
    id="5a0967f9-cc06-4c3c-9206-30481a767434",
    name="Zwembad De Krook",
    organizer_id="org-zwembad",
    start=NOW - timedelta(hours=1),
    end=NOW + timedelta(hours=3),
    price_categories=(PriceCategory("Basistarief", 1000), PriceCategory("Reductie", 750)),
    checkin_points=2,
    card_system_ids=(GENT.id,),
)
BASIS = PriceCategory("Basistarief", 1000)
SOCIAL = TariffOffer("SOCIALTARIFF", "Kansentarief", 250, TariffType.SOCIALTARIFF, 1)
COUPON = TariffOffer("COUPON_1079", "Gratis zwembeurt", 0, TariffType.COUPON, 1)


def kansen_pass(**changes: object) -> PassSnapshot:
    base = PassSnapshot(
        uitpas_number=KANSEN_NUMBER,
        passholder_id="6f1c0d9e-5a3b-4f0e-9d2a-1b2c3d4e5f60",
        pass_type=PassType.INDIVIDUAL,
        first_name="Fatima",
        points=12,
        postal_code="9000",
        card_system=GENT,
        social_tariff_status=SocialTariffStatus.ACTIVE,
        social_tariff_end_date=NOW + timedelta(days=200),
        card_status=CardStatus.ACTIVE,
        fetched_at=NOW - timedelta(hours=2),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def group_pass(**changes: object) -> PassSnapshot:
    return kansen_pass(
        uitpas_number=GROUP_NUMBER,
        pass_type=PassType.GROUP,
        first_name="Jeugdhuis Kombuis",
        points=0,
        **changes,
    )


def static(fetched_ago: timedelta = timedelta(days=1), *offers: TariffOffer) -> TariffsSeen:
    return TariffsSeen(offers or (SOCIAL,), NOW - fetched_ago)


def in_list(fetched_ago: timedelta = timedelta(hours=3), **changes: object) -> SocialListHit:
    hit = SocialListHit(GENT.id, NOW - fetched_ago, True, "REGULAR")
    return replace(hit, **changes)  # type: ignore[arg-type]


def not_in_list(fetched_ago: timedelta = timedelta(hours=3)) -> SocialListHit:
    return SocialListHit(GENT.id, NOW - fetched_ago, False)


def offline_sale(**changes: object) -> SaleFacts:
    """A kansentarief holder at the pool while UiTPAS is unreachable, with a fresh list and prices."""
    base = SaleFacts(
        now=NOW,
        policy=OfflinePolicy(),
        event=EVENT,
        price=BASIS,
        uitpas_number=KANSEN_NUMBER,
        pass_=kansen_pass(),
        static_tariffs=static(),
        social_lists=(in_list(),),
        organizer_card_system_ids=(GENT.id,),
    )
    return replace(base, **changes)  # type: ignore[arg-type]
