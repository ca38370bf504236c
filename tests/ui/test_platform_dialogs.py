"""Online-only work at the counter: offline it says so before the cashier types; online it does
the real call on the (training) platform and shows refusals in the platform's own words."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from balie.app import Composition, compose_training
from balie.domain import Problem, today_in_brussels, utcnow
from balie.ports import PlatformRefusal, PlatformUnavailable
from balie.sync.online_work import ClientOnlineWork
from balie.training import demo
from balie.ui.bridge import ServiceSignals
from balie.ui.platform_dialogs import (
    MembershipDialog,
    RenewKansenstatuutDialog,
    ReplaceCardDialog,
    SearchByNameDialog,
    online_call,
)


@pytest.fixture
def work(platform, tmp_path) -> Iterator[tuple[Composition, ClientOnlineWork]]:
    composition = compose_training(tmp_path / "counter", platform)
    yield composition, ClientOnlineWork(composition.client, composition.organizer_id)
    platform.clear_faults()
    composition.stop()


def _holder(work: ClientOnlineWork, key: str):
    return work.holder(demo.PASSES[key].passholder_id)


def _ready(qtbot, dialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.online is not None, timeout=5000)
    qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=10000)


def test_online_call_turns_failures_into_values():
    def offline() -> None:
        raise PlatformUnavailable("weg")

    def refused() -> None:
        raise PlatformRefusal(Problem("x", "Nee, zegt UiTPAS."))

    assert online_call(lambda: 3)().value == 3
    assert online_call(offline)().offline == "weg"
    assert online_call(refused)().problem.message == "Nee, zegt UiTPAS."


def test_offline_search_says_so_before_typing(work, qtbot):
    _composition, port = work
    dialog = SearchByNameDialog(port, lambda: False)
    _ready(qtbot, dialog)
    assert dialog.banner.kind.value == "warning"
    assert dialog.banner.text().startswith(
        "Zoeken op naam kan alleen met verbinding met UiTPAS, en de balie is nu offline.")
    assert not dialog.name.isEnabled()


def test_search_by_name_finds_the_holder(work, qtbot):
    _composition, port = work
    dialog = SearchByNameDialog(port, lambda: True)
    _ready(qtbot, dialog)
    assert dialog.name.isEnabled()
    qtbot.keyClicks(dialog.name, "Amrani")
    dialog.search()
    qtbot.waitUntil(lambda: dialog.results.count() > 0, timeout=5000)
    assert "El Amrani Mehdi" in dialog.results.item(0).text()
    assert dialog.count.text() == "1 pashouder gevonden."
    with qtbot.waitSignal(dialog.chosen) as chosen:
        dialog.results.itemActivated.emit(dialog.results.item(0))
    assert chosen.args[0].passholder_id == demo.PASSES["kansen_active"].passholder_id


def test_platform_going_away_during_a_search_is_said_plainly(work, qtbot, platform):
    _composition, port = work
    dialog = SearchByNameDialog(port, lambda: True)
    _ready(qtbot, dialog)
    platform.set_faults(refuse_connections=True)
    dialog.name.setText("Amrani")
    dialog.search()
    qtbot.waitUntil(lambda: dialog.banner.kind.value == "warning", timeout=10000)
    assert "offline" in dialog.banner.text()


def test_renewing_the_kansenstatuut_puts_the_new_end_date(work, qtbot):
    composition, port = work
    holder = _holder(port, "kansen_expiring")
    today = today_in_brussels(utcnow())
    dialog = RenewKansenstatuutDialog(port, lambda: True, holder, today)
    _ready(qtbot, dialog)
    assert dialog.end.text() == f"30/04/{today.year + 1}"
    with qtbot.waitSignal(dialog.renewed, timeout=10000):
        dialog.renew()
    assert dialog.banner.text() == f"Kansenstatuut verlengd tot 30/04/{today.year + 1}."
    assert port.holder(holder.passholder_id).kansenstatuut_until == date(today.year + 1, 4, 30)
    # the full PUT kept everything else
    after = composition.client.get_passholder(holder.passholder_id)
    assert (after.first_name, after.postal_code) == ("Sofie", "9400")


def test_replacing_a_lost_card_activates_the_new_card(work, qtbot):
    _composition, port = work
    holder = _holder(port, "kansen_active")
    signals = ServiceSignals()
    cards = _composition.client.card_systems().items
    dialog = ReplaceCardDialog(port, lambda: True, holder, list(cards), signals)
    _ready(qtbot, dialog)
    assert dialog.card_system.currentText() == "UiTPAS Dender"
    blank = demo.BLANK_CARDS["blank_kansen"]
    signals.card_tapped.emit("reader", blank.chip_number)
    qtbot.waitUntil(lambda: dialog.card.number.text() == blank.uitpas_number, timeout=5000)
    with qtbot.waitSignal(dialog.replaced, timeout=10000):
        dialog.replace()
    after = port.holder(holder.passholder_id)
    assert after.uitpas_number == blank.uitpas_number
    assert after.kansenstatuut_until is not None  # the kansenstatuut came along


def test_membership_with_a_used_card_shows_the_platform_refusal_verbatim(work, qtbot):
    composition, port = work
    holder = _holder(port, "regular")
    cards = list(composition.client.card_systems().items)
    dialog = MembershipDialog(port, lambda: True, holder, cards)
    _ready(qtbot, dialog)
    dialog.card_system.setCurrentIndex(dialog.card_system.findText("UiTPAS Gent"))
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.create_button.isEnabled(), timeout=5000)
    assert dialog.preview_label.text() == "Nieuw lidmaatschap mogelijk."
    dialog.card.number.setText(demo.PASSES["other_region_kansen"].uitpas_number)
    dialog.create_membership()
    qtbot.waitUntil(lambda: dialog.banner.kind.value == "refused", timeout=5000)
    assert dialog.banner.text().startswith("Deze kaart kan niet gebruikt worden.")
    dialog.card.number.setText(demo.BLANK_CARDS["blank_gent"].uitpas_number)
    with qtbot.waitSignal(dialog.created, timeout=10000):
        dialog.create_membership()
    assert 2 in port.holder(holder.passholder_id).card_system_ids
