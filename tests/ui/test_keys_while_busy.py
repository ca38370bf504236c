"""A key the cashier pressed is never dropped because the counter's worker was busy with something
else (the events reloaded after a sync, a look-up, the previous action): it waits and is carried
out once the worker is free, or the banner says why not.

The day test once lost a second sale this way: "Ja" to "Nog een verkoop?" while the worker reloaded
the events, no sale, no word. Here the worker is held busy on purpose (a job that waits for a
gate), so each case is deterministic.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from balie.domain import ActionKind, OutboxStatus
from balie.ui.banner import BannerKind
from tests.ui.conftest import chip_of, identify

OPEN = (OutboxStatus.PENDING, OutboxStatus.SENT, OutboxStatus.CONFIRMED)


@contextmanager
def worker_held(window) -> Iterator[threading.Event]:
    """The counter's worker busy with a job that only ends when the gate opens (or at the end)."""
    gate = threading.Event()
    window.runner.submit(lambda: gate.wait(30), lambda _r: None, lambda _e: None)
    try:
        yield gate
    finally:
        gate.set()


def settled_banner(qtbot, window, kinds=(BannerKind.OK, BannerKind.REFUSED)) -> str:
    def said() -> bool:
        return window.view.banner.kind in kinds and not window.runner.busy
    qtbot.waitUntil(said, timeout=10000)
    return window.view.banner.text()


def test_ja_to_a_second_sale_while_the_worker_is_busy_sells_once_it_is_free(museum_app, qtbot):
    window, store = museum_app.window, museum_app.composition.store
    view = window.view
    identify(qtbot, museum_app, "kansen_active")
    qtbot.keyClick(view.scan_field, Qt.Key.Key_F2)
    assert "Ticket 1 van vandaag" in settled_banner(qtbot, window)

    gates: list[threading.Event] = []

    def answer_yes_while_busy() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer_yes_while_busy)
            return
        # the events reload (or any job) starts while the question is open
        held = worker_held(window)
        gates.append(held.__enter__())
        box.button(QMessageBox.StandardButton.Yes).click()

    view.banner.clear()
    QTimer.singleShot(20, answer_yes_while_busy)
    qtbot.keyClick(view.scan_field, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: bool(gates) and QApplication.activeModalWidget() is None,
                    timeout=10000)
    assert view.banner.kind is BannerKind.INFO
    assert view.banner.text() == "Even geduld: F2 volgt zodra het vorige klaar is."
    assert len(store.outbox.in_status(*OPEN)) == 1, "nothing sold while the worker is busy"
    gates[0].set()
    assert "Ticket 2 van vandaag voor deze klant." in settled_banner(qtbot, window)
    assert len(store.outbox.in_status(*OPEN)) == 2, "the Ja made exactly one more sale"


def test_events_reloaded_after_a_sync_keep_the_tap_so_a_second_f2_still_asks(museum_app, qtbot):
    window, store = museum_app.window, museum_app.composition.store
    view = window.view
    identify(qtbot, museum_app, "kansen_active")
    qtbot.keyClick(view.scan_field, Qt.Key.Key_F2)
    assert "Ticket 1 van vandaag" in settled_banner(qtbot, window)
    shown = view.pass_panel.view

    museum_app.signals.reference_updated.emit()  # what a sync round's reference refresh does
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    assert view.pass_panel.view is shown, "the same customer, not identified again"

    asked: list[str] = []

    def answer_no() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            box.button(QMessageBox.StandardButton.No).click()
        elif not asked:
            QTimer.singleShot(20, answer_no)

    QTimer.singleShot(20, answer_no)
    view.banner.clear()
    qtbot.keyClick(view.scan_field, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: bool(asked) or view.banner.kind is not BannerKind.NONE,
                    timeout=10000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    assert asked and "al 1 ticket." in asked[0], "the second F2 on this tap is asked"
    assert len(store.outbox.in_status(*OPEN)) == 1


def test_f3_pressed_while_the_worker_is_busy_checks_in_once_it_is_free(counter_app, qtbot):
    window = counter_app.window
    view = window.view
    identify(qtbot, counter_app, "regular")
    assert view.checkin_button.isEnabled()
    with worker_held(window) as gate:
        qtbot.keyClick(view.scan_field, Qt.Key.Key_F3)
        assert view.banner.text() == "Even geduld: F3 volgt zodra het vorige klaar is."
        qtbot.keyClick(view.scan_field, Qt.Key.Key_F3)  # pressed again: still one check-in
        gate.set()
        assert "Check-in" in settled_banner(qtbot, window)
    checkins = [e for e in counter_app.composition.store.outbox.in_status(*OPEN)
                if e.kind is ActionKind.CHECKIN]
    assert len(checkins) == 1


def test_a_key_waiting_for_another_customer_is_not_carried_out(counter_app, qtbot):
    """F3 for the customer on screen, then another pass identified before the worker was free:
    the waiting F3 is not done for the new one, and the banner says why."""
    window = counter_app.window
    view = window.view
    identify(qtbot, counter_app, "regular")
    with worker_held(window) as gate:
        qtbot.keyClick(view.scan_field, Qt.Key.Key_F3)
        counter_app.signals.card_tapped.emit("Virtual PCD 00 00", chip_of("kansen_active"))
        gate.set()
        text = settled_banner(qtbot, window, kinds=(BannerKind.WARNING,))
    assert text.startswith("F3 niet uitgevoerd: intussen staat er een andere klant op het scherm.")
    assert not counter_app.composition.store.outbox.in_status(*OPEN), "no check-in for anyone"


def test_f8_while_the_worker_is_busy_asks_to_undo_once_it_is_free(museum_app, qtbot):
    window, store = museum_app.window, museum_app.composition.store
    view = window.view
    identify(qtbot, museum_app, "kansen_active")
    qtbot.keyClick(view.scan_field, Qt.Key.Key_F2)
    assert "Ticket 1 van vandaag" in settled_banner(qtbot, window)
    asked: list[str] = []

    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            box.button(QMessageBox.StandardButton.Yes).click()
        else:
            QTimer.singleShot(20, answer_yes)

    with worker_held(window) as gate:
        qtbot.keyClick(view.scan_field, Qt.Key.Key_F8)
        assert view.banner.text() == "Even geduld: F8 volgt zodra het vorige klaar is."
        QTimer.singleShot(20, answer_yes)
        gate.set()
        assert settled_banner(qtbot, window).startswith("Geannuleerd")
    assert asked and asked[0].startswith("Deze actie annuleren?")
    assert not store.outbox.in_status(*OPEN), "the unsent sale is undone: nothing to send"


def test_the_group_key_pressed_while_the_last_pass_is_looked_up_does_the_whole_group(
        counter_app, qtbot):
    """A class scanned quickly: F2 right after the last scan, while its look-up still runs, sells
    every row, the last one too."""
    from balie.group import RowState
    from tests.ui.test_group_view import _idle, _open

    dialog = _open(qtbot, counter_app)
    counter_app.signals.card_tapped.emit("Virtual PCD 00 00", chip_of("kansen_active"))
    _idle(qtbot, dialog)
    gate = threading.Event()
    dialog.runner.submit(lambda: gate.wait(30), lambda _r: None, lambda _e: None)
    try:
        counter_app.signals.card_tapped.emit("Virtual PCD 00 00", chip_of("regular"))
        qtbot.keyClick(dialog.scan_field, Qt.Key.Key_F3)
        assert dialog.banner.text() == "Even geduld: F3 volgt zodra het vorige klaar is."
    finally:
        gate.set()
    qtbot.waitUntil(lambda: dialog.banner.text().startswith("Klaar: 2 pas"),
                    timeout=20000)
    assert len(dialog.group) == 2
    assert all(row.state in (RowState.DONE, RowState.QUEUED) for row in dialog.group), \
        [row.state for row in dialog.group]
    dialog.reject()


def test_f6_pressed_while_the_activities_still_load_asks_for_the_digit_once_they_are_there(
        counter_app, qtbot):
    """Right after the start (or a sync) the list of activities is read again: F6 pressed
    meanwhile still asks which one, once they are listed."""
    window = counter_app.window
    view = window.view
    events = list(view._events)
    with worker_held(window) as gate:
        view.event_combo.clear()  # as before the first read of the day
        window.runner.submit(lambda: events, view._events_loaded, lambda _e: None)
        qtbot.keyClick(view.scan_field, Qt.Key.Key_F6)
        gate.set()
        qtbot.waitUntil(lambda: view.banner.text().startswith("Kies de activiteit: typ 1 tot"),
                        timeout=10000)
    qtbot.keyClick(view.scan_field, Qt.Key.Key_2)
    assert view.event_combo.currentIndex() == 1, "the digit chose the second activity"


def test_a_ja_that_no_longer_fits_the_screen_says_so_instead_of_selling(museum_app, qtbot):
    """The question was for one ticket; when the screen no longer shows that (here the quantity
    changed behind the question), the Ja sells nothing and the banner says why."""
    window, store = museum_app.window, museum_app.composition.store
    view = window.view
    identify(qtbot, museum_app, "group")  # an individual's quantity stays 1 (one per sale)
    qtbot.keyClick(view.scan_field, Qt.Key.Key_F2)
    assert "Ticket 1 van vandaag" in settled_banner(qtbot, window)
    answered: list[bool] = []

    def change_then_yes() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, change_then_yes)
            return
        view.quantity.setValue(2)
        answered.append(True)
        box.button(QMessageBox.StandardButton.Yes).click()

    view.banner.clear()
    QTimer.singleShot(20, change_then_yes)
    qtbot.keyClick(view.scan_field, Qt.Key.Key_F2)
    text = settled_banner(qtbot, window, kinds=(BannerKind.WARNING,))
    assert answered and text.startswith("F2 niet uitgevoerd")
    assert len(store.outbox.in_status(*OPEN)) == 1, "nothing sold on a Ja for another screen"
