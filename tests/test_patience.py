"""The suite's Qt waits stretch under load (tests/fixtures/patience.py) but still fail, with the
condition's own message, when the condition never comes."""

from __future__ import annotations

import time

import pytest
from pytestqt.exceptions import TimeoutError as QtTimeoutError

from tests.fixtures.patience import CEILING_MS, patient


def test_bounds_grow_fourfold_up_to_the_ceiling() -> None:
    assert patient(500) == 2000
    assert patient(5000) == 20_000
    assert patient(30_000) == CEILING_MS
    assert patient(90_000) == 90_000  # a test that asked for more keeps it
    assert patient(None) is None


def test_a_condition_that_never_holds_still_fails(qtbot) -> None:
    started = time.monotonic()
    with pytest.raises(QtTimeoutError):
        qtbot.waitUntil(lambda: False, timeout=100)
    elapsed = time.monotonic() - started
    assert 0.35 <= elapsed < 5, f"a 100 ms wait should give up after ~400 ms, took {elapsed:.2f} s"


def test_a_condition_that_holds_ends_the_wait_at_once(qtbot) -> None:
    started = time.monotonic()
    qtbot.waitUntil(lambda: True, timeout=5000)
    assert time.monotonic() - started < 1
