"""What changed when the platform judged a provisional (offline) sale.

An offline kansentarief or coupon sale is a bet on the platform's earlier answers. When sync hears
the platform's verdict (the registered sale's tariff, a later ``/tariffs`` answer, or a refusal) the
difference must be reported to the organizer in plain Dutch: more or less money per ticket, or no
discount at all.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from balie.decide.common import Offer
from balie.domain import Cents, EndUserMessage, TariffOffer, format_euro


class DifferenceKind(enum.StrEnum):
    SAME = "SAME"  # the platform agrees
    PRICE_HIGHER = "PRICE_HIGHER"  # the platform's price is higher: the holder paid too little
    PRICE_LOWER = "PRICE_LOWER"  # lower: the holder paid too much
    NOT_GRANTED = "NOT_GRANTED"  # no such tariff for this holder: the regular price applied


@dataclass(frozen=True)
class TariffDifference:
    """``per_ticket_cents`` / ``total_cents``: what the platform's verdict costs more (positive) or
    less (negative) than what was charged at the counter. For NOT_GRANTED the reference is the
    regular price. ``message_nl`` is ready for the report / the "Te behandelen" list."""

    kind: DifferenceKind
    sold_price_cents: Cents
    platform_price_cents: Cents
    per_ticket_cents: Cents
    quantity: int
    total_cents: Cents
    message_nl: str
    platform_tariff_id: str | None = None
    end_user_message: EndUserMessage | None = None


def compare_with_platform(
    sold: Offer,
    quantity: int,
    platform_offers: tuple[TariffOffer, ...],
    regular_price_cents: Cents,
    platform_message: EndUserMessage | None = None,
) -> TariffDifference:
    """Compare the provisional offer sold ``quantity`` times with the platform's later answer.

    The platform's tariff matches by id, else by type (SOCIALTARIFF ids vary: ``SOCIALTARIFF``,
    ``SOCIALTARIFF-1``). No match means the platform does not grant it: ``platform_message`` (its
    endUserMessage, if any) is quoted as the reason.
    """
    match = next((o for o in platform_offers if o.id == sold.tariff_id), None)
    if match is None:
        match = next((o for o in platform_offers if o.type is sold.type), None)
    if match is None:
        per_ticket = regular_price_cents - sold.price_cents
        reason = f" Reden van UiTPAS: {platform_message.nl}" if platform_message is not None else ""
        message = (
            f"UiTPAS kent '{sold.name}' niet toe voor deze verkoop; het gewone tarief "
            f"({format_euro(regular_price_cents)}) geldt. Aan de balie werd {format_euro(sold.price_cents)} "
            f"per ticket gerekend: {_tickets(quantity)} samen {format_euro(per_ticket * quantity)} te weinig."
            + reason
        )
        return TariffDifference(
            DifferenceKind.NOT_GRANTED,
            sold.price_cents,
            regular_price_cents,
            per_ticket,
            quantity,
            per_ticket * quantity,
            message,
            None,
            platform_message,
        )
    per_ticket = match.price - sold.price_cents
    total = per_ticket * quantity
    if per_ticket == 0:
        kind = DifferenceKind.SAME
        message = f"UiTPAS bevestigt '{match.name}' aan {format_euro(match.price)} per ticket."
    elif per_ticket > 0:
        kind = DifferenceKind.PRICE_HIGHER
        message = (
            f"UiTPAS rekent voor '{match.name}' {format_euro(match.price)} per ticket; aan de balie werd "
            f"{format_euro(sold.price_cents)} gerekend: {_tickets(quantity)} samen "
            f"{format_euro(total)} te weinig."
        )
    else:
        kind = DifferenceKind.PRICE_LOWER
        message = (
            f"UiTPAS rekent voor '{match.name}' {format_euro(match.price)} per ticket; aan de balie werd "
            f"{format_euro(sold.price_cents)} gerekend: {_tickets(quantity)} samen "
            f"{format_euro(-total)} te veel."
        )
    return TariffDifference(
        kind, sold.price_cents, match.price, per_ticket, quantity, total, message, match.id, platform_message
    )


def _tickets(quantity: int) -> str:
    return "1 ticket," if quantity == 1 else f"{quantity} tickets,"
