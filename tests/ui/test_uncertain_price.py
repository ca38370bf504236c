"""Offline, a holder of another region than the organizer's hears BEFORE the sale that the
kansentarief price is uncertain (the pool is in Gent, the holder has UiTPAS Dender)."""

from __future__ import annotations

from balie.domain import TariffType
from balie.ui.resources import install_language
from tests.ui.conftest import identify, number_of


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
            assert panel.provisional.text().startswith("PROVISOIRE, PRIX INCERTAIN")
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


def test_the_difference_after_sync_is_in_te_behandelen_and_settled_there(
        counter_app, platform, qtbot):
    from PySide6.QtCore import Qt

    from balie.ui.banner import BannerKind
    from tests.ui.test_attention_view import _answer_next_question, _audit, _open

    window = counter_app.window
    platform.set_faults(refuse_connections=True)
    try:
        identify(qtbot, counter_app, "minor", tap=False)
        assert window.view.pass_panel.selected_offer().price == 150
        qtbot.keyClick(window, Qt.Key.Key_F2)
        qtbot.waitUntil(lambda: window.view.banner.kind is BannerKind.OK, timeout=5000)
    finally:
        platform.clear_faults()
    qtbot.keyClick(window, Qt.Key.Key_F5)  # sync: UiTPAS books the Dender price, EUR 1.10
    qtbot.waitUntil(lambda: window.status.attention_label.isVisible(), timeout=15000)
    view = _open(qtbot, counter_app)
    item = view.current()
    assert item is not None and item.summary.endswith("€ 0,40 terug te geven")
    assert "Prijsverschil na synchronisatie" in view.facts.text()
    assert number_of("minor") in view.facts.text()
    assert "Geef € 0,40 terug" in view.platform_message.text()
    assert not view.resend_button.isEnabled() and not view.cancel_button.isEnabled()
    view.note.setText("€ 0,40 teruggegeven")
    _answer_next_question(yes=True)
    view.handled_button.click()
    qtbot.waitUntil(lambda: view.list.count() == 0, timeout=5000)
    assert _audit(counter_app, "price_difference.settle") == ["€ 0,40 teruggegeven"]
    assert counter_app.composition.store.price_differences.open_items() == []
