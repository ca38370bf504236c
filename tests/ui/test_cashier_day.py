"""A cashier's day at a 1366×768 counter with the counter's theme, by keyboard only, against the
training platform.

Sign in with a digit and a PIN; tap a pass with and without kansenstatuut; sell, sell again (asked),
undo (what to give back); check in; a reward with F4 (the points after it); go offline, sell and
check in there while the UiTPAS office suspends that holder's kansenstatuut; back online, F5 says
what went out and that the offline kansentarief sale was refused; Te behandelen refused to the
cashier, opened by the supervisor, who reads UiTPAS's reason and cancels the sale by keyboard (a
note, Alt+A, Ja); a new holder from the eID, a blank card tapped, F10, and after F5 the new card
finds the holder; the day report with its CSV (Belgian Excel) and PDF, saved through the save
dialog by keyboard. At each step the test reads what the cashier reads: banner, price,
greyed keys with their reason, status bar.

The steps are balie.app.screenshots.day's, so the screenshot tool shows the same day (50-…).
"""

from __future__ import annotations

import subprocess

from PySide6.QtCore import QSize

from balie.app import build_window, compose_training
from balie.app.screenshots.day import CashiersDay
from balie.operators import ScryptParams
from balie.training import demo
from balie.ui.shortcuts import SHORTCUTS
from tests.ui.fit import SCREENS, assert_fits

FAST = ScryptParams(n=16, r=1, p=1)


def euro(cents: int) -> str:
    return f"€ {cents // 100},{cents % 100:02d}"


def test_a_cashiers_day_by_keyboard_at_1366x768(themed, platform, tmp_path, qtbot):
    size: QSize = SCREENS["1366x768"]
    composition = compose_training(tmp_path / "counter", platform, operators=True,
                                   operator_scrypt=FAST)
    running = build_window(composition, with_reader=False, virtual_cards="direct",
                           start_sync=False, backup_delay=600.0)
    window, store = running.window, composition.store
    view, status = window.view, window.status
    day = CashiersDay(running)
    try:
        qtbot.addWidget(window)
        window.resize(size)
        window.show()
        window.start()

        # sign in: Kassier has the same digit every day
        day.sign_in("Kassier")
        assert status.operator_label.text() == "Medewerker: Kassier (Kassier)"
        assert not view.cancel_button.isEnabled(), "nothing to undo at the start of the day"
        keys = {key for keys, _what in SHORTCUTS for key in str(keys).split(", ")}
        assert {"F2", "F3", "F4", "F5", "F8", "F10", "F11"} <= keys, "F1 lists the day's keys"

        # a pass with kansenstatuut: the kansentarief, sold twice (the second time asked)
        day.tap("kansen_active")
        offer = view.pass_panel.selected_offer()
        assert view.pass_panel.price.text() == f"Te betalen: {euro(offer.price)}"
        assert view.sell_button.isEnabled() and not view.why_label.isVisible()
        assert "Ticket 1 van vandaag voor deze klant." in day.sell()
        assert "Ticket 2 van vandaag voor deze klant." in day.sell(asked=True)
        qtbot.waitUntil(lambda: len(view.today_strip.lines) == 2, timeout=5000)

        # undo the second sale: the amount on screen is what goes back
        text = day.undo()
        assert text.startswith("Geannuleerd") and f"Terug te geven: {euro(offer.price)}" in text
        assert view.pass_panel.price.text() == f"Terug te geven: {euro(offer.price)}"
        assert_fits(window, size, "1366x768, after an undo")

        # a pass without kansenstatuut: F2 greyed, and the screen says why; check in instead
        day.tap("regular")
        regular = view.pass_panel.selected_offer()
        assert not view.sell_button.isEnabled()
        assert view.why_label.text() == \
            f"F2 niet nodig: gewone prijs, reken {euro(regular.price)} af aan de kassa."
        assert "Check-in" in day.check_in()
        points = view.pass_panel.view.pass_.points

        # F4: the first reward, and the balance after it on screen
        reward = view.pass_panel.view.rewards[0]
        cost = reward.points if reward.type.value == "POINTS" else 0
        assert "Voordeel" in day.reward()
        assert view.pass_panel.points.text() == f"Punten: {points - cost}"

        # the morning goes out (F5 at the first quiet moment)
        morning = store.outbox.stats().length
        assert morning >= 3 and day.sync_now() == f"{morning} verstuurd, 0 te behandelen"

        # offline: a sale and a check-in are kept, marked as such
        day.go_offline()
        try:
            day.tap("kansen_active")
            text = day.sell()
            assert "Bewaard zonder verbinding" in text and "(voorlopig)" in text
            assert "ticket(s)" not in text
            assert_fits(window, size, "1366x768, offline sale")
            assert "Check-in" in day.check_in()  # Mehdi checks in offline too
            # meanwhile the UiTPAS office suspends Mehdi's kansenstatuut
            day.office_changes_kansenstatuut("kansen_active", "SUSPENDED")
        finally:
            day.back_online()
        waiting = store.outbox.stats().length
        assert waiting == 2, "the offline sale and check-in wait"

        # back online: F5 sends the queue now and says how it went: the kansentarief sale
        # made offline is refused
        assert day.sync_now().startswith("1 verstuurd, 1 te behandelen")
        assert "UiTPAS weigerde 1 actie: bekijk ze bij Te behandelen (F10)." in \
            view.banner.text()
        qtbot.waitUntil(lambda: status.queue_label.text() == "Wachtrij: 0 acties", timeout=5000)
        qtbot.waitUntil(lambda: status.online_label.text() != "Offline", timeout=5000)

        # Te behandelen is for a supervisor: the cashier is told who may, the supervisor opens it
        day.attention()
        assert view.banner.text().startswith("Kassier mag dit niet doen: dat is voor een "
                                             "verantwoordelijke.")
        assert window.attention_view is None
        day.switch_to("Verantwoordelijke")
        attention = day.attention()
        assert attention is not None and attention.isVisible()
        assert attention.list.count() == 1
        item = attention.current()
        assert item is not None and "Ticketverkoop" in attention.facts.text()
        assert attention.platform_message.text() == \
            "Het kansentarief van deze pashouder is tijdelijk opgeschort."
        assert attention.kansen_warning.isVisible(), "the kansentarief may not be reimbursed"
        # the customer pays the difference at the till: the sale is not registered
        day.cancel_refused(attention, "Verschil betaald aan de kassa")
        assert attention.empty.text() == "Niets te behandelen."
        attention.close()
        qtbot.waitUntil(lambda: not status.attention_label.isVisible(), timeout=5000)

        # a new pass holder (the supervisor may register): the eID fills the form, a blank card
        # from the stock is tapped, F10 registers; after F5 the new card finds the holder
        form = day.register_with_eid()
        assert form.first_name.text() == "An Sofie" and form.last_name.text() == "Peeters"
        assert form.insz_hint.text() == "Rijksregisternummer klopt."
        assert form.city.text() == "Gent" and form.postal_code.text() == "9000"
        qtbot.waitUntil(lambda: form.card_system.currentText() == "UiTPAS Gent", timeout=5000)
        bon = day.register(form)
        blank = demo.BLANK_CARDS["blank_gent"]
        assert form.outcome is not None and not form.outcome.refused
        assert bon is not None and bon.receipt.uitpas_number == blank.uitpas_number
        assert day.sync_now().startswith("1 verstuurd, 0 te behandelen")
        day.link_back()
        day.tap_chip(blank.chip_number, "the new holder's card")
        shown = view.pass_panel.view
        assert shown.uitpas_number == blank.uitpas_number
        assert shown.pass_ is not None and shown.pass_.first_name == "An Sofie"

        # the day report and its exports: Belgian Excel reads the CSV, the PDF reads as text
        report = day.day_report()
        # one kansentarief ticket stands: the second was undone, the refused one not registered
        assert report is not None and report.report.tickets == 1
        assert_fits(window, size, "1366x768, end of the day")
        csv_path, pdf_path = day.export(report, tmp_path)
        assert day.titles == ["Dagrapport bewaren"] * 2, "asked where, in Dutch"
        raw = csv_path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), "a BOM: Excel reads UTF-8 (é, €)"
        lines = raw.decode("utf-8-sig").splitlines()
        assert lines[0].startswith("dag;activiteit;tarief;")
        total = next(line for line in lines if ";TOTAAL;" in line)
        assert euro(report.report.received_cents)[2:] in total.split(";"), total  # "1,10"
        text = subprocess.run(["pdftotext", str(pdf_path), "-"], capture_output=True, text=True,
                              check=True, timeout=30).stdout
        assert "Dagrapport" in text and "Kansentarief" in text
        report.close()
    finally:
        day.back_online()
        running.stop()
