"""Reporting how the platform's verdict differs from what was sold offline."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from balie.decide import DifferenceKind, Offer, compare_with_platform
from balie.domain import EndUserMessage, TariffOffer, TariffType

SOLD = Offer("SOCIALTARIFF", "Kansentarief", 250, TariffType.SOCIALTARIFF, 1, True, False, "Voorlopig")


def _platform(price: int, tariff_id: str = "SOCIALTARIFF") -> tuple[TariffOffer, ...]:
    return (TariffOffer(tariff_id, "Kansentarief", price, TariffType.SOCIALTARIFF, 1),)


def test_platform_agreeing_is_reported_as_confirmed():
    diff = compare_with_platform(SOLD, 1, _platform(250), 1000)
    assert diff.kind is DifferenceKind.SAME and diff.total_cents == 0
    assert "bevestigt" in diff.message_nl


def test_higher_platform_price_says_how_much_too_little_was_charged_in_euro():
    diff = compare_with_platform(SOLD, 2, _platform(300), 1000)
    assert diff.kind is DifferenceKind.PRICE_HIGHER
    assert diff.per_ticket_cents == 50 and diff.total_cents == 100
    assert "2 tickets, samen € 1,00 te weinig" in diff.message_nl


def test_lower_platform_price_says_how_much_too_much_was_charged():
    diff = compare_with_platform(SOLD, 1, _platform(150), 1000)
    assert diff.kind is DifferenceKind.PRICE_LOWER and diff.total_cents == -100
    assert "€ 1,00 te veel" in diff.message_nl


def test_social_tariff_under_another_id_still_matches_by_type():
    diff = compare_with_platform(SOLD, 1, _platform(250, "SOCIALTARIFF-1"), 1000)
    assert diff.kind is DifferenceKind.SAME and diff.platform_tariff_id == "SOCIALTARIFF-1"


def test_refused_kansentarief_quotes_the_platform_and_counts_from_the_regular_price():
    message = EndUserMessage("Je kansenstatuut is verlopen.")
    diff = compare_with_platform(SOLD, 1, (), 1000, message)
    assert diff.kind is DifferenceKind.NOT_GRANTED
    assert diff.total_cents == 750
    assert "Je kansenstatuut is verlopen." in diff.message_nl
    assert "€ 7,50 te weinig" in diff.message_nl


@given(st.integers(0, 5000), st.integers(0, 5000), st.integers(1, 20))
def test_total_difference_is_always_per_ticket_times_quantity(sold: int, platform: int, quantity: int):
    offer = Offer("SOCIALTARIFF", "Kansentarief", sold, TariffType.SOCIALTARIFF, 1, True, False, "")
    diff = compare_with_platform(offer, quantity, _platform(platform), 10_000)
    assert diff.total_cents == (platform - sold) * quantity
    assert (diff.kind is DifferenceKind.SAME) == (platform == sold)
