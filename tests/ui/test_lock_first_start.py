"""First start of a counter without operators: the lock screen asks for the first supervisor
(name, PIN twice, weak PINs refused), who is then signed in and may add the others."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from balie.app import Running, build_window, compose_training, operator_session
from balie.store.models import AuditLine
from tests.ui.test_lock_screen import FAST


@pytest.fixture
def fresh_counter(platform, tmp_path, qtbot) -> Iterator[Running]:
    """A counter whose store has no operator yet (as a live counter on its first day)."""
    composition = compose_training(tmp_path / "counter", platform)
    composition.session = operator_session(composition.store, composition.counter,
                                            training=False, scrypt=FAST)
    running = build_window(composition, with_reader=False, virtual_cards=False,
                           start_sync=False, backup_delay=600.0)
    window = running.window
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.lock_screen.pages.currentIndex() == 1, timeout=5000)
    yield running
    running.stop()


def test_first_start_creates_the_first_supervisor_and_signs_them_in(fresh_counter, qtbot):
    window = fresh_counter.window
    lock = window.lock_screen
    assert window.locked and not lock.training_hint.isVisible()
    qtbot.keyClicks(lock.first_name, "An Peeters")
    qtbot.keyClicks(lock.first_pin, "1234")
    qtbot.keyClicks(lock.first_pin_again, "1234")
    qtbot.keyClick(lock.first_pin_again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "te gemakkelijk" in lock.first_message.text(), timeout=5000)
    qtbot.keyClicks(lock.first_pin, "4071")
    qtbot.keyClicks(lock.first_pin_again, "4017")
    qtbot.keyClick(lock.first_pin_again, Qt.Key.Key_Return)
    assert "verschillen" in lock.first_message.text()
    qtbot.keyClicks(lock.first_pin, "4071")
    qtbot.keyClicks(lock.first_pin_again, "4071")
    qtbot.keyClick(lock.first_pin_again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked, timeout=5000)
    assert window.status.operator_label.text() == "Medewerker: An Peeters (Verantwoordelijke)"
    assert window.operators_action.isEnabled() and window.attention_action.isEnabled()
    store = fresh_counter.composition.store
    with store.read() as s:
        actions = [(a.action, a.operator_name) for a in s.scalars(select(AuditLine))]
    assert ("operator.sign_in", "An Peeters") in actions
    window.lock()  # and from now on the lock screen offers her by digit
    qtbot.waitUntil(lambda: lock.pages.currentIndex() == 0 and len(lock.operator_buttons) == 1,
                    timeout=5000)
    assert "An Peeters" in lock.operator_buttons[0].text()
