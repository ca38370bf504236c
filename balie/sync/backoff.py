"""When to try again: capped exponential backoff with full jitter, and the platform's Retry-After.

A counter PC that lost its connection must not hammer the platform the moment it comes back, and
twenty counters of one city that lost the same connection must not all come back in the same
second. "Full jitter" (a uniform random delay between 0 and the exponential cap) spreads them out
best (AWS architecture blog, "Exponential Backoff And Jitter"). When the platform says how long to
wait (429 + Retry-After), that is a floor: we never come back earlier than asked.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass(frozen=True)
class BackoffPolicy:
    """``base * 2**attempt`` capped at ``cap``; the actual delay is uniform in [0, that]."""

    base_seconds: float = 1.0
    cap_seconds: float = 300.0
    min_seconds: float = 0.05

    def ceiling(self, attempt: int) -> float:
        """The upper bound of the delay after ``attempt`` failures (attempt >= 1)."""
        exponent = max(0, min(attempt - 1, 32))
        return min(self.cap_seconds, self.base_seconds * (2 ** exponent))

    def delay(self, attempt: int, rng: random.Random, retry_after: float | None = None) -> float:
        """Seconds to wait before the next try. ``retry_after`` (from the platform) is a floor."""
        jittered = rng.uniform(0.0, self.ceiling(attempt))
        delay = max(self.min_seconds, jittered)
        if retry_after is not None:
            delay = max(delay, retry_after)
        return delay


@dataclass
class Backoff:
    """The backoff state of one thing that keeps failing (the platform as a whole, or one entry).

    Not thread-safe on purpose: each instance belongs to the sync thread."""

    policy: BackoffPolicy = field(default_factory=BackoffPolicy)
    rng: random.Random = field(default_factory=random.Random)
    failures: int = 0

    def failed(self, retry_after: float | None = None) -> float:
        """Record a failure; return the delay before the next try."""
        self.failures += 1
        return self.policy.delay(self.failures, self.rng, retry_after)

    def succeeded(self) -> None:
        self.failures = 0
