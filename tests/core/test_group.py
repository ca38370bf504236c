"""The group list on its own: a pass is in it once (however it was scanned), the group key only
takes what is still to do, a saved row is undone and never just dropped, and the totals split
what UiTPAS registers from what is charged at the regular price."""

from __future__ import annotations

import dataclasses

import pytest

from balie.group import GroupList, GroupMode, GroupRow, RowState, undone

KANSEN, REGULAR, BLOCKED = "0900000000102", "0900000000101", "0900000000106"


def _row(number: str, **kw) -> GroupRow:
    return GroupRow(identifier=kw.pop("identifier", number), source="TYPED",
                    uitpas_number=number, **kw)


def test_a_pass_is_in_the_list_once_by_what_was_scanned_or_by_its_number():
    group = GroupList()
    assert group.add(_row(KANSEN, identifier="04a1b2c3d4e5f6")) == 0
    assert group.add(_row("", identifier="04A1B2C3D4E5F6")) is None, "same chip, other case"
    assert group.add(_row(KANSEN)) is None, "the chip's pass typed by its number"
    assert group.add(_row(REGULAR)) == 1
    assert len(group) == 2 and group.position_of(uitpas_number=REGULAR) == 1


def test_each_row_has_its_own_stable_action_keys():
    a, b = _row(KANSEN), _row(REGULAR)
    assert len({a.sale_key, a.checkin_key, b.sale_key, b.checkin_key}) == 4
    sold = dataclasses.replace(a, state=RowState.DONE, done_as=GroupMode.SELL)
    assert sold.client_uuid == a.sale_key and a.client_uuid is None


def test_the_group_key_takes_only_what_is_still_to_do():
    group = GroupList()
    group.add(_row(KANSEN))
    group.add(_row(BLOCKED, state=RowState.CARD_REFUSED, reason="Kaart geblokkeerd"))
    group.add(_row(REGULAR, state=RowState.REGULAR, price_cents=450))
    group.add(_row("0900000000109", state=RowState.REFUSED, reason="Limiet bereikt"))
    group.add(_row("0900000000111", state=RowState.DONE, done_as=GroupMode.SELL,
                   price_cents=150))
    assert group.to_do(GroupMode.SELL) == [0, 3]
    assert group.to_do(GroupMode.CHECKIN) == [0, 2, 3], "a regular-price pass can check in"


def test_totals_count_uitpas_sales_apart_from_the_regular_price():
    group = GroupList()
    group.add(_row(KANSEN, state=RowState.DONE, done_as=GroupMode.SELL, price_cents=150,
                   kansentarief=True))
    group.add(_row("0900000000109", state=RowState.QUEUED, done_as=GroupMode.SELL,
                   price_cents=150, kansentarief=True))
    group.add(_row(REGULAR, state=RowState.REGULAR, price_cents=450))
    group.add(_row(BLOCKED, state=RowState.CARD_REFUSED))
    group.add(_row("0900000000111", state=RowState.DONE, done_as=GroupMode.CHECKIN, points=2))
    totals = group.totals()
    assert (totals.passes, totals.saved, totals.queued, totals.refused, totals.regular) == \
        (5, 3, 1, 1, 1)
    assert totals.total_cents == 300 and totals.regular_cents == 450 and totals.kansentarief == 2
    group.update(0, undone(group[0], "Geannuleerd"))
    assert group.totals().total_cents == 150 and group.totals().undone == 1


def test_a_saved_row_is_undone_not_removed():
    group = GroupList()
    group.add(_row(KANSEN, state=RowState.DONE, done_as=GroupMode.SELL, price_cents=150))
    group.add(_row(REGULAR))
    with pytest.raises(ValueError):
        group.remove(0)
    assert group.remove(1).uitpas_number == REGULAR
    assert len(group) == 1
