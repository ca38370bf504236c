"""The 'Pashouder' menu of the counter window: F9 opens the new-pass-holder form (a tapped blank
card goes to the form, not to the counter view), the receipt follows; Ctrl+F searches by name and
leads to the online-only work."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from balie.app import Running
from balie.domain import utcnow
from balie.training import demo


def _form_ready(qtbot, form) -> None:
    qtbot.waitUntil(lambda: form.online is not None and not form.runner.busy, timeout=10000)


def test_f9_registers_a_new_holder_and_shows_the_receipt(counter_app: Running, qtbot):
    window = counter_app.window
    store = counter_app.composition.store
    store.reference.save_card_systems(counter_app.composition.client.card_systems().items,
                                      utcnow())
    store.outbox.record_contact(utcnow())  # the platform answered just now: the form is online
    qtbot.keyClick(window, Qt.Key.Key_F9)
    menu = window.passholder_menu
    form = menu.dialog
    assert form is not None and form.isVisible()
    assert QApplication.activeModalWidget() is form
    _form_ready(qtbot, form)
    assert form.online
    for field, text in ((form.first_name, "Ilse"), (form.last_name, "Janssens"),
                        (form.birth_date, "17/05/1990"), (form.street, "Sleepstraat 3"),
                        (form.postal_code, "9000"), (form.city, "Gent")):
        field.setText(text)
    qtbot.waitUntil(lambda: form.card_system.currentText() == "UiTPAS Gent", timeout=5000)
    before = window.view.pass_panel.view
    blank = demo.BLANK_CARDS["blank_gent"]
    counter_app.signals.card_tapped.emit("reader", blank.chip_number)
    qtbot.waitUntil(lambda: form.card_number.text() == blank.uitpas_number, timeout=5000)
    qtbot.waitUntil(lambda: form.paid.text() == "5,00", timeout=5000)
    assert window.view.pass_panel.view is before
    assert window.view.banner.kind.value != "refused"  # the counter view did not see the tap
    form.submit()
    qtbot.waitUntil(lambda: menu.receipt_dialog is not None, timeout=10000)
    text = menu.receipt_dialog.text()
    assert "Ilse Janssens" in text and "€ 5,00" in text and "Oefenbalie" in text
    assert not form.isVisible()
    menu.receipt_dialog.close()
    assert QApplication.activeModalWidget() is None  # the counter takes taps again


def test_ctrl_f_search_leads_to_kansenstatuut_renewal(counter_app: Running, qtbot):
    window = counter_app.window
    counter_app.composition.store.outbox.record_contact(utcnow())
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    menu = window.passholder_menu
    search = menu.dialog
    qtbot.waitUntil(lambda: search.online is not None and not search.runner.busy, timeout=10000)
    assert search.name.isEnabled(), search.banner.text()
    search.name.setText("De Smet")
    search.search()
    qtbot.waitUntil(lambda: search.results.count() == 1, timeout=5000)
    search.action_buttons["renew"].click()
    renew = menu.dialog
    assert renew is not search and renew.holder.first_name == "Sofie"
    qtbot.waitUntil(lambda: renew.online is not None and not renew.runner.busy, timeout=10000)
    assert renew.end.text().startswith("30/04/")  # the platform's default end date
    assert not search.isVisible()
    renew.close()
    assert QApplication.activeModalWidget() is None
