"""Scanner bursts anywhere, slow typing left alone, and redeeming a reward with F4."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from balie.ui.banner import BannerKind
from balie.ui.rewards_view import RewardsView
from tests.ui.conftest import identify, number_of


def _form_field(qtbot, window) -> QLineEdit:
    field = QLineEdit(window)
    field.setObjectName("formField")
    window.view.layout().addWidget(field)
    field.show()
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=10000)
    return field


def test_scanner_burst_in_a_form_field_identifies_and_leaves_the_field_alone(counter_app, qtbot):
    window = counter_app.window
    field = _form_field(qtbot, window)
    qtbot.keyClicks(field, "Jan", delay=120)  # the cashier typing a name
    qtbot.keyClicks(field, number_of("kansen_active"))  # the scanner: a burst...
    qtbot.keyClick(field, Qt.Key.Key_Return)  # ...closed by Enter
    qtbot.waitUntil(lambda: window.view.pass_panel.view is not None, timeout=5000)
    assert window.view.pass_panel.who.text().startswith("Mehdi")
    assert field.text() == "Jan"


def test_slow_typing_with_enter_in_a_form_field_is_not_taken_as_a_scan(counter_app, qtbot):
    window = counter_app.window
    field = _form_field(qtbot, window)
    qtbot.keyClicks(field, number_of("regular")[:9], delay=60)
    qtbot.keyClick(field, Qt.Key.Key_Return, delay=60)
    qtbot.wait(300)
    assert field.text() == number_of("regular")[:9]
    assert window.view.pass_panel.view is None


def test_a_remote_desktops_batched_typing_in_a_form_field_is_not_a_scan(counter_app, qtbot):
    """Over RDP or Citrix a typed file name arrives in one fast burst with its Enter: it has no
    pass in it, so it stays where it was typed and no pass is looked up."""
    window = counter_app.window
    field = _form_field(qtbot, window)
    name = "dagrapport-2026-12-06.pdf"
    qtbot.keyClicks(field, name)  # as fast as a scanner
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == name
    assert window.view.pass_panel.view is None and not window.runner.busy


def test_typed_number_with_enter_in_the_scan_field_identifies(counter_app, qtbot):
    view = counter_app.window.view
    view.scan_field.setFocus()
    qtbot.keyClicks(view.scan_field, number_of("regular"), delay=40)
    qtbot.keyClick(view.scan_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.pass_panel.view is not None, timeout=5000)
    assert view.pass_panel.who.text().startswith("Lotte")
    assert view.scan_field.text() == ""


def _choose_first_reward() -> None:
    """Enter on the rewards screen (first redeemable one is selected), then Ja."""
    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, RewardsView):
            QTimer.singleShot(20, answer_yes)
            dialog.redeem_chosen() if dialog.current() is not None else dialog.reject()
        else:
            QTimer.singleShot(20, pick)

    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(QMessageBox.StandardButton.Yes).click()
        else:
            QTimer.singleShot(20, answer_yes)

    QTimer.singleShot(20, pick)


def test_f4_lists_rewards_welcome_first_and_redeems_the_chosen_one(counter_app, qtbot):
    identify(qtbot, counter_app, "regular")  # Lotte: 30 points, enough for a reward
    window = counter_app.window
    rewards = window.view.pass_panel.view.rewards
    assert rewards, "the training organizer has rewards"
    kinds = [r.type.value for r in rewards]
    assert kinds == sorted(kinds, key=lambda k: k != "WELCOME")
    _choose_first_reward()
    qtbot.keyClick(window, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: window.view.banner.kind in (BannerKind.OK, BannerKind.REFUSED),
                    timeout=8000)
    assert window.view.banner.kind is BannerKind.OK, window.view.banner.text()
    assert "Voordeel" in window.view.banner.text()
    assert counter_app.composition.counter.queue_stats().length == 1
    # the balance on screen is the one after the redemption (welcome rewards cost nothing)
    chosen = rewards[0]
    cost = chosen.points if chosen.type.value == "POINTS" else 0
    assert window.view.pass_panel.points.text() == f"Punten: {30 - cost}"
