"""A cashier's day at a 1366×768 counter, by keyboard only, against the training platform.

Sign in with a digit and a PIN; tap a pass with and without kansenstatuut; sell, sell again (asked),
undo (what to give back); check in; go offline, sell and check in there; back online, F5 says what
went out; Te behandelen says why a cashier may not open it; the day report. At each step the test
reads what the cashier reads: banner, price, greyed keys with their reason, status bar.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from balie.app import build_window, compose_training
from balie.operators import ScryptParams
from balie.ui.banner import BannerKind
from tests.ui.conftest import chip_of
from tests.ui.fit import SCREENS, assert_fits

FAST = ScryptParams(n=16, r=1, p=1)


def answer_by_keyboard(qtbot, yes: bool) -> None:
    """The Ja/Nee question that comes next is answered by keys: Space on "Ja", or Esc."""
    def press() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            if yes:
                qtbot.keyClick(box.button(QMessageBox.StandardButton.Yes), Qt.Key.Key_Space)
            else:
                qtbot.keyClick(box, Qt.Key.Key_Escape)
        else:
            QTimer.singleShot(20, press)

    QTimer.singleShot(20, press)


def euro(cents: int) -> str:
    return f"€ {cents // 100},{cents % 100:02d}"


def test_a_cashiers_day_by_keyboard_at_1366x768(platform, tmp_path, qtbot):
    size: QSize = SCREENS["1366x768"]
    composition = compose_training(tmp_path / "counter", platform, operators=True,
                                   operator_scrypt=FAST)
    running = build_window(composition, with_reader=False, virtual_cards="direct",
                           start_sync=False, backup_delay=600.0)
    window, store = running.window, composition.store
    view, status = window.view, window.status

    def key(k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        """One key press; what the banner said before is gone, so the next reading is new."""
        qtbot.waitUntil(lambda: window.isActiveWindow() and
                        QApplication.activeModalWidget() is None, timeout=5000)
        view.banner.clear()
        qtbot.keyClick(view.scan_field, k, mod)

    def tap(pass_key: str) -> None:  # the reader: the one thing that is not a key
        before = view.pass_panel.view
        running.signals.card_tapped.emit("Virtual PCD 00 00", chip_of(pass_key))
        qtbot.waitUntil(lambda: not window.runner.busy and view.pass_panel.view is not before
                        and view.pass_panel.view is not None, timeout=10000)
        # online the platform's answer replaces the local price; offline the local one stays
        qtbot.waitUntil(lambda: not view.confirm_runner.busy, timeout=30000)

    def banner(kind: BannerKind) -> str:
        qtbot.waitUntil(lambda: view.banner.kind is kind and not window.runner.busy,
                        timeout=10000)
        return view.banner.text()

    try:
        qtbot.addWidget(window)
        window.resize(size)
        window.show()
        window.start()
        lock = window.lock_screen
        qtbot.waitUntil(lambda: len(lock.operator_buttons) == 3, timeout=10000)

        # sign in: Kassier has the same digit every day
        digit = next(i for i, b in enumerate(lock.operator_buttons, 1) if "Kassier" in b.text())
        qtbot.keyClick(lock, getattr(Qt.Key, f"Key_{digit}"))
        qtbot.keyClicks(lock.pin_field, "2580")
        qtbot.keyClick(lock.pin_field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not window.locked, timeout=5000)
        assert status.operator_label.text() == "Medewerker: Kassier (Kassier)"
        qtbot.waitUntil(lambda: view.event_combo.count() > 0, timeout=10000)
        assert not view.cancel_button.isEnabled(), "nothing to undo at the start of the day"

        # a pass with kansenstatuut: the kansentarief, sold twice (the second time asked)
        tap("kansen_active")
        offer = view.pass_panel.selected_offer()
        assert view.pass_panel.price.text() == f"Te betalen: {euro(offer.price)}"
        assert view.sell_button.isEnabled() and not view.why_label.isVisible()
        key(Qt.Key.Key_F2)
        assert "Ticket 1 van vandaag voor deze klant." in banner(BannerKind.OK)
        answer_by_keyboard(qtbot, yes=True)
        key(Qt.Key.Key_F2)
        assert "Ticket 2 van vandaag voor deze klant." in banner(BannerKind.OK)
        qtbot.waitUntil(lambda: len(view.today_strip.lines) == 2, timeout=5000)

        # undo the second sale: the amount on screen is what goes back
        answer_by_keyboard(qtbot, yes=True)
        key(Qt.Key.Key_F8)
        text = banner(BannerKind.OK)
        assert text.startswith("Geannuleerd") and f"Terug te geven: {euro(offer.price)}" in text
        assert view.pass_panel.price.text() == f"Terug te geven: {euro(offer.price)}"
        assert_fits(window, size, "1366x768, after an undo")

        # a pass without kansenstatuut: F2 greyed, and the screen says why; check in instead
        tap("regular")
        regular = view.pass_panel.selected_offer()
        assert not view.sell_button.isEnabled()
        assert view.why_label.text() == \
            f"F2 niet nodig: gewone prijs, reken {euro(regular.price)} af aan de kassa."
        key(Qt.Key.Key_F3)
        assert "Check-in" in banner(BannerKind.OK)

        # offline: a sale and a check-in are kept, marked as such
        platform.set_faults(refuse_connections=True)
        try:
            tap("kansen_active")
            key(Qt.Key.Key_F2)
            assert "Bewaard zonder verbinding" in banner(BannerKind.OK)
            key(Qt.Key.Key_F3)  # Lotte checked in already today: Mehdi checks in offline
            assert "Check-in" in banner(BannerKind.OK)
        finally:
            platform.clear_faults()
        waiting = store.outbox.stats().length
        assert waiting >= 3

        # back online: F5 sends the queue now and says how it went
        key(Qt.Key.Key_F5)
        text = banner(BannerKind.OK)
        assert text == f"{waiting} verstuurd, 0 te behandelen"
        qtbot.waitUntil(lambda: status.queue_label.text() == "Wachtrij: 0 acties", timeout=5000)
        # no longer "Offline" (while the slow-network breaker is still open it says that)
        qtbot.waitUntil(lambda: status.online_label.text() != "Offline", timeout=5000)

        # Te behandelen is for a supervisor: the cashier is told so, not left guessing
        key(Qt.Key.Key_F10)
        assert "Verantwoordelijke" in banner(BannerKind.REFUSED) or \
            "Kassier" in view.banner.text()
        assert window.attention_view is None

        # the day report
        key(Qt.Key.Key_F11)
        report = window.report_view
        assert report is not None
        qtbot.waitUntil(lambda: report.report is not None, timeout=10000)
        assert report.report.tickets >= 2
        assert_fits(window, size, "1366x768, end of the day")
    finally:
        running.stop()
