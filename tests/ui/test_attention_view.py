"""'Te behandelen' (F10): refused queue entries with UiTPAS's own words, what they were, the
kansentarief warning, and audited decisions: fix and resend, cancel, mark handled."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from balie.domain import OutboxStatus
from balie.store.models import AuditLine
from balie.sync.wire import TicketSaleRequest
from balie.ui.banner import BannerKind
from tests.ui.conftest import identify, number_of


def _answer_next_question(yes: bool) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(QMessageBox.StandardButton.Yes if yes
                       else QMessageBox.StandardButton.No).click()
        else:
            QTimer.singleShot(20, click)

    QTimer.singleShot(20, click)


def _refused_sale(qtbot, running, platform):
    """A kansentarief sale queued here; meanwhile another counter sold this pass the day's
    maximum of tickets, so UiTPAS refuses this one when it arrives."""
    window = running.window
    identify(qtbot, running, "kansen_active")
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.view.banner.kind is BannerKind.OK, timeout=5000)
    sale = running.composition.store.outbox.in_status(OutboxStatus.PENDING)[0].payload
    for _ in range(2):  # two sales of one ticket: an individual buys one per sale (publiq)
        running.composition.client.register_ticket_sales([TicketSaleRequest(
            uitpas_number=sale["uitpasNumber"], event_id=sale["eventId"],
            regular_price=sale["regularPriceCents"], tariff_id=sale["tariffId"])])
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.status.attention_label.isVisible(), timeout=10000)


def cancel_other_counters_sale(running) -> None:
    client = running.composition.client
    sale = running.composition.store.outbox.needs_attention()[0].payload
    for found in client.search_ticket_sales(event_id=sale["eventId"]).items[:1]:
        client.cancel_ticket_sale(found.id)


def _open(qtbot, running):
    window = running.window
    qtbot.keyClick(window, Qt.Key.Key_F10)
    view = window.attention_view
    assert view is not None and view.isVisible()
    qtbot.waitUntil(lambda: view.list.count() > 0, timeout=5000)
    return view


def _audit(running, action: str) -> list[str]:
    with running.composition.store.read() as s:
        return [a.detail for a in s.scalars(select(AuditLine).where(AuditLine.action == action))]


def test_refused_kansentarief_sale_shows_platform_words_and_red_reimbursement_warning(
        museum_app, platform, qtbot):
    _refused_sale(qtbot, museum_app, platform)
    view = _open(qtbot, museum_app)
    item = view.current()
    assert item is not None and item.platform_message
    assert view.platform_message.text() == item.platform_message  # verbatim
    assert view.kansen_warning.isVisible()
    assert "mogelijk niet terugbetaald" in view.kansen_warning.text()
    facts = view.facts.text()
    assert "Ticketverkoop" in facts and "Aalst aan de Dender" in facts and "Oefenkassier" in facts
    assert "€" in facts and number_of("kansen_active") in facts


def test_mark_handled_needs_a_note_and_a_yes_and_is_audited(museum_app, platform, qtbot):
    _refused_sale(qtbot, museum_app, platform)
    view = _open(qtbot, museum_app)
    uuid = view.current().client_uuid
    outbox = museum_app.composition.store.outbox
    view.handled_button.click()  # no note yet: nothing happens
    assert outbox.get(uuid).status is OutboxStatus.NEEDS_ATTENTION
    view.note.setText("verschil betaald door pashouder")
    _answer_next_question(yes=False)
    view.handled_button.click()
    assert outbox.get(uuid).status is OutboxStatus.NEEDS_ATTENTION, "No changes nothing"
    _answer_next_question(yes=True)
    view.handled_button.click()
    qtbot.waitUntil(lambda: outbox.get(uuid).status is OutboxStatus.HANDLED, timeout=5000)
    qtbot.waitUntil(lambda: view.list.count() == 0 and view.empty.isVisible(), timeout=5000)
    assert _audit(museum_app, "outbox.handle") == ["verschil betaald door pashouder"]
    qtbot.waitUntil(lambda: not museum_app.window.status.attention_label.isVisible(),
                    timeout=8000)


def test_cancel_takes_the_sale_out_of_the_day_and_is_audited(museum_app, platform, qtbot):
    _refused_sale(qtbot, museum_app, platform)
    view = _open(qtbot, museum_app)
    uuid = view.current().client_uuid
    view.note.setText("klant betaalde het gewone tarief bij")
    _answer_next_question(yes=True)
    view.cancel_button.click()
    outbox = museum_app.composition.store.outbox
    qtbot.waitUntil(lambda: outbox.get(uuid).status is OutboxStatus.CANCELLED, timeout=5000)
    assert all(sale.cancelled for sale in museum_app.composition.store.records.ticket_sales(uuid))
    assert _audit(museum_app, "outbox.cancel") == ["klant betaalde het gewone tarief bij"]


def test_resend_after_the_platform_accepts_again_confirms_the_entry(museum_app, platform, qtbot):
    _refused_sale(qtbot, museum_app, platform)
    view = _open(qtbot, museum_app)
    uuid = view.current().client_uuid
    cancel_other_counters_sale(museum_app)  # the other counter's sale was a mistake
    view.quantity.setValue(1)
    _answer_next_question(yes=True)
    view.resend_button.click()
    outbox = museum_app.composition.store.outbox
    qtbot.waitUntil(lambda: outbox.get(uuid).status is OutboxStatus.CONFIRMED, timeout=10000)
    assert platform.count_ticket_sales(uitpas_number=number_of("kansen_active")) == 2
    assert len(_audit(museum_app, "outbox.resend")) == 1


def test_a_refused_check_in_shows_only_the_fields_that_apply_and_no_horizontal_scrollbar(
        museum_app, platform, qtbot):
    """A check-in has an activity but no price category or quantity; the list entry wraps
    instead of hiding behind a horizontal scrollbar."""
    window = museum_app.window
    identify(qtbot, museum_app, "regular")
    qtbot.keyClick(window, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: "Check-in" in window.view.banner.text(), timeout=5000)
    checkin = museum_app.composition.store.outbox.in_status(OutboxStatus.PENDING)[0].payload
    # another counter checked this pass in first: UiTPAS refuses this one when it arrives
    museum_app.composition.client.register_checkin(checkin["uitpasNumber"], checkin["eventId"])
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.status.attention_label.isVisible(), timeout=10000)
    view = _open(qtbot, museum_app)
    view.resize(1000, 600)
    item = view.current()
    assert item is not None and item.kind == "CHECKIN"
    assert "Check-in" in view.facts.text() and "Activiteit:" in view.facts.text()
    assert "Tarief" not in view.facts.text() and "Bedrag" not in view.facts.text()
    assert view.event_combo.isVisible()
    assert not view.price_combo.isVisible() and not view.quantity.isVisible()
    assert not view.price_label.isVisible() and not view.quantity_label.isVisible()
    qtbot.waitUntil(lambda: view.list.viewport().width() > 0, timeout=2000)
    assert not view.list.horizontalScrollBar().isVisible()
    row = view.list.visualItemRect(view.list.item(0))
    assert row.right() <= view.list.viewport().width(), "the entry wraps within the list"
