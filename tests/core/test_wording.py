"""The core's Dutch messages count in words: "1 ticket", "3 tickets", "0 tickets"."""

from __future__ import annotations

from balie.wording import count_nl


def test_one_is_singular_every_other_number_plural_as_in_dutch() -> None:
    assert count_nl(1, "ticket", "tickets") == "1 ticket"
    assert count_nl(2, "ticket", "tickets") == "2 tickets"
    assert count_nl(0, "cijfer", "cijfers") == "0 cijfers"
