"""Offline, a holder of another region than the organizer's hears BEFORE the sale that the
kansentarief price is uncertain (the pool is in Gent, the holder has UiTPAS Dender)."""

from __future__ import annotations

from balie.domain import TariffType
from balie.ui.resources import install_language
from tests.ui.conftest import identify


def test_a_dender_holder_at_the_gent_pool_offline_sees_the_price_is_uncertain(
        counter_app, platform, qtbot):
    platform.set_faults(refuse_connections=True)
    try:
        identify(qtbot, counter_app, "minor", tap=False)  # never seen on this counter
        panel = counter_app.window.view.pass_panel
        assert panel.view.provisional and panel.view.price_uncertain
        assert panel.provisional.isVisible() and "PRIJS ONZEKER" in panel.provisional.text()
        assert "Prijs onzeker" in panel.messages.text() and "Te behandelen" in panel.messages.text()
        assert "kortingsbon" in panel.messages.text()  # it may have one; offline nobody can see it
        social = next(o for o in panel.view.offers if o.type is TariffType.SOCIALTARIFF)
        assert social.price == 150  # the static (Gent) price, charged provisionally
        install_language("fr")
        try:
            panel.show_mark(panel.view)
            assert panel.provisional.text().startswith("PRIX INCERTAIN")
        finally:
            install_language("nl")
    finally:
        platform.clear_faults()


def test_the_organizers_own_holder_offline_has_no_uncertain_price(counter_app, platform, qtbot):
    platform.set_faults(refuse_connections=True)
    try:
        identify(qtbot, counter_app, "gent_grace", tap=False)  # UiTPAS Gent at the Gent pool
        panel = counter_app.window.view.pass_panel
        assert panel.view.provisional and not panel.view.price_uncertain
        assert "PRIJS ONZEKER" not in panel.provisional.text()
    finally:
        platform.clear_faults()
