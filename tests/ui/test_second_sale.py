"""A second F2 on the same tap is never taken for the first: the banner says which ticket of today
this is for the customer, and a second sale on one tap is asked first (No sells nothing)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from balie.ui.banner import BannerKind
from tests.ui.conftest import identify


def answer_next_question(yes: bool, seen: list[str]) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(QMessageBox.StandardButton.Yes if yes
                       else QMessageBox.StandardButton.No).click()
        else:
            QTimer.singleShot(20, click)

    QTimer.singleShot(20, click)


def sold(qtbot, window) -> str:
    qtbot.waitUntil(lambda: window.view.banner.kind in (BannerKind.OK, BannerKind.REFUSED)
                    and not window.runner.busy, timeout=10000)
    return window.view.banner.text()


def test_second_f2_on_one_tap_asks_and_says_which_ticket_of_today(museum_app, qtbot):
    window, store = museum_app.window, museum_app.composition.store
    identify(qtbot, museum_app, "kansen_active")
    # one ticket per sale for an individual (publiq), "2 per dag" at this museum
    assert "1 ticket per aankoop" in window.view.pass_panel.offer_buttons()[0].text()
    qtbot.keyClick(window.view.scan_field, Qt.Key.Key_F2)
    assert "Ticket 1 van vandaag voor deze klant." in sold(qtbot, window)

    seen: list[str] = []
    window.view.banner.clear()
    answer_next_question(False, seen)
    qtbot.keyClick(window.view.scan_field, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None
                    and window.isActiveWindow(), timeout=5000)
    assert "al 1 ticket." in seen[0], "the second F2 asks first"
    assert window.view.banner.kind is BannerKind.NONE
    assert len(store.outbox.in_status(*_open())) == 1, "No sold nothing"

    answer_next_question(True, seen)
    qtbot.keyClick(window.view.scan_field, Qt.Key.Key_F2)
    assert "Ticket 2 van vandaag voor deze klant." in sold(qtbot, window)
    assert len(store.outbox.in_status(*_open())) == 2


def test_a_third_f2_on_one_tap_past_the_days_limit_is_refused_before_it_is_queued(museum_app, qtbot):
    """The offer on screen still says one ticket per sale; the museum's "2 per dag" is spent by
    the two sales of this tap (still queued): the third "Ja" sells nothing and says why."""
    window, store = museum_app.window, museum_app.composition.store
    identify(qtbot, museum_app, "kansen_active")
    qtbot.keyClick(window.view.scan_field, Qt.Key.Key_F2)
    assert "Ticket 1 van vandaag voor deze klant." in sold(qtbot, window)
    seen: list[str] = []
    for ticket in (2, 3):
        window.view.banner.clear()
        answer_next_question(True, seen)
        qtbot.keyClick(window.view.scan_field, Qt.Key.Key_F2)
        qtbot.waitUntil(lambda ticket=ticket: len(seen) == ticket - 1, timeout=5000)
        text = sold(qtbot, window)
    assert window.view.banner.kind is BannerKind.REFUSED, text
    assert "bereikt: 2 tickets per dag." in text
    assert len(store.outbox.in_status(*_open())) == 2


def _open():
    from balie.domain import OutboxStatus

    return (OutboxStatus.PENDING, OutboxStatus.SENT, OutboxStatus.CONFIRMED)
