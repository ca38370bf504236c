"""At the counter: an operator row changed in the database is refused at the lock screen with a
Dutch message, and the supervisor sees it named in Medewerkers. Real store, training platform."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC

import pytest

from balie.app import Running
from tests.ui.test_lock_screen import open_locked, sign_in, signed_in_as


@pytest.fixture
def locked_app(platform, tmp_path, qtbot) -> Iterator[Running]:
    running = open_locked(platform, tmp_path, qtbot)
    yield running
    running.stop()


def _promote_kassier_in_the_file(running: Running) -> None:
    con = sqlite3.connect(running.composition.store.path)
    con.execute("UPDATE operators SET role = 'supervisor' WHERE id = 'kassier'")
    con.commit()
    con.close()


def test_a_cashier_promoted_in_the_database_is_refused_at_the_lock_screen(locked_app, qtbot):
    _promote_kassier_in_the_file(locked_app)
    lock = locked_app.window.lock_screen
    sign_in(qtbot, locked_app, 1, "2580")
    qtbot.waitUntil(lambda: "buiten balie gewijzigd" in lock.message.text(), timeout=5000)
    assert locked_app.window.locked
    assert "verantwoordelijke" in lock.message.text().lower()  # what to do next


def test_the_supervisor_sees_the_tampered_operator_named_in_medewerkers(locked_app, qtbot):
    _promote_kassier_in_the_file(locked_app)
    window = locked_app.window
    signed_in_as(qtbot, locked_app, 3, "8642")
    view = window.open_operators()
    assert view is not None
    qtbot.waitUntil(lambda: view.warning.isVisible(), timeout=5000)
    assert "kassier" in view.warning.text() and "Buiten balie gewijzigd" in view.warning.text()
    view.list.setCurrentRow(view.names().index("Kassier"))
    view.unlock()  # never re-signs the forged row
    qtbot.waitUntil(lambda: "buiten balie gewijzigd" in view.message.text(), timeout=5000)
    view.close()


def test_the_last_lockout_round_shows_no_countdown_but_the_supervisor(store):
    from datetime import datetime, timedelta

    from balie.operators import LockoutPolicy, Operators, ScryptParams
    from balie.ui.operator_session import SignInAnswer

    now = datetime(2026, 6, 10, 13, 0, tzinfo=UTC)
    ops = Operators(store, scrypt=ScryptParams(2**10, 8, 1),
                    lockout=LockoutPolicy(2, timedelta(minutes=5), supervisor_after_rounds=2))
    ops.add("an", "An", "cashier", "482913", now)
    answers = []
    for _round in range(2):
        for _ in range(2):
            answers.append(SignInAnswer.of(ops.sign_in("an", "000001", now)))
        now += timedelta(minutes=6)
    assert answers[1].locked_until is not None  # round 1: a countdown
    last = answers[-1]
    assert last.locked_until is None and last.problem is not None
    assert last.problem.code == "operator-locked-supervisor"
    assert "Blokkering opheffen" in last.problem.next_step
