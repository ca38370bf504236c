"""Backoff: counters that lost the platform come back spread out, never earlier than asked."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from balie.sync.backoff import Backoff, BackoffPolicy


@given(attempt=st.integers(min_value=1, max_value=200), seed=st.integers(0, 2**32))
def test_delay_never_exceeds_the_cap_and_never_is_zero(attempt: int, seed: int) -> None:
    policy = BackoffPolicy(base_seconds=1, cap_seconds=60, min_seconds=0.05)
    delay = policy.delay(attempt, random.Random(seed))
    assert 0.05 <= delay <= 60


@given(retry_after=st.floats(min_value=0, max_value=3600), seed=st.integers(0, 2**32))
def test_platform_retry_after_is_a_floor(retry_after: float, seed: int) -> None:
    delay = BackoffPolicy(cap_seconds=5).delay(1, random.Random(seed), retry_after)
    assert delay >= retry_after


def test_ceiling_doubles_per_failure_until_the_cap() -> None:
    policy = BackoffPolicy(base_seconds=0.5, cap_seconds=10)
    assert [policy.ceiling(n) for n in range(1, 7)] == [0.5, 1, 2, 4, 8, 10]


def test_full_jitter_spreads_twenty_counters_over_the_window() -> None:
    """Twenty counters failing at the same moment must not retry in the same second."""
    delays = [Backoff(BackoffPolicy(base_seconds=8, cap_seconds=8), random.Random(i)).failed()
              for i in range(20)]
    assert max(delays) - min(delays) > 4
    assert len({round(d) for d in delays}) >= 5


def test_success_resets_the_backoff() -> None:
    backoff = Backoff(BackoffPolicy(base_seconds=1, cap_seconds=1000), random.Random(1))
    for _ in range(10):
        backoff.failed()
    backoff.succeeded()
    assert backoff.failures == 0
    assert backoff.failed() <= 1
