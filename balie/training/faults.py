"""Fault injection, switchable at run time, so the counter's sync can be tested against the
failures the real network produces (slow answers, 5xx, 429, lost responses, refused connections),
and the one publiq documents for new events: an event just created in UiTdatabank is unknown to
UiTPAS (404 ``event-not-found``) for a few seconds (``unknown_events`` for ``unknown_events_seconds``).

Failing faults (5xx, 429) are decided BEFORE the request touches the database; a dropped response
is decided before but applied AFTER the commit. So no fault can ever leave the platform's own state
half-written.
"""

from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass, field, fields, replace
from enum import Enum
from typing import Any

API_EXCLUDED_PREFIXES = ("/_training", "/realms", "/.well-known", "/oauth", "/search")


@dataclass(frozen=True)
class Faults:
    latency_ms: int = 0
    error_rate: float = 0.0
    rate_limit_rate: float = 0.0
    retry_after: int = 1
    drop_after_commit_rate: float = 0.0
    fail_next: int = 0
    fail_status: int = 503
    drop_next: int = 0
    refuse_connections: bool = False
    refuse_seconds: float | None = None  # HTTP-set refusals end by themselves after this long
    paths: tuple[str, ...] = ()
    seed: int | None = None
    cut_refusal_next: int = 0  # the next N refusals (4xx) lose the second half of their body
    unknown_events: tuple[str, ...] = ()  # event ids UiTPAS does not know yet ...
    unknown_events_seconds: float = 10.0  # ... for this long after the faults were set

    @classmethod
    def from_kwargs(cls, base: Faults | None = None, **kw: Any) -> Faults:
        names = {f.name for f in fields(cls)}
        unknown = set(kw) - names
        if unknown:
            raise ValueError(f"unknown fault settings: {sorted(unknown)}")
        for name in ("paths", "unknown_events"):
            if name in kw:
                kw[name] = tuple(kw[name]) if kw[name] is not None else ()
        return replace(base or cls(), **kw)

    def as_json(self) -> dict[str, Any]:
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["paths"] = list(self.paths)
        out["unknown_events"] = list(self.unknown_events)
        return out


class Action(Enum):
    PASS = "pass"
    FAIL = "fail"  # answer fail_status / 503 problem without touching state
    RATE_LIMIT = "rate_limit"
    DROP_AFTER_COMMIT = "drop"


@dataclass
class Decision:
    action: Action = Action.PASS
    status: int = 0
    latency_s: float = 0.0
    retry_after: int = 1


@dataclass
class FaultInjector:
    faults: Faults = field(default_factory=Faults)
    _rng: random.Random = field(default_factory=random.Random)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _set_at: float = field(default_factory=time.monotonic)

    def set(self, faults: Faults) -> None:
        with self._lock:
            self.faults = faults
            self._set_at = time.monotonic()
            if faults.seed is not None:
                self._rng.seed(faults.seed)

    def cut_refusal(self, path: str) -> bool:
        """True (once per ``cut_refusal_next``) when this refusal's body is to arrive cut off, as
        from a proxy or a gateway that broke the connection mid-answer."""
        with self._lock:
            f = self.faults
            if f.cut_refusal_next <= 0 or not self.applies(path):
                return False
            self.faults = replace(f, cut_refusal_next=f.cut_refusal_next - 1)
            return True

    def event_unknown(self, event_id: str) -> bool:
        """True while ``event_id`` is one of the new events UiTPAS has not picked up yet."""
        with self._lock:
            f = self.faults
            return event_id in f.unknown_events and time.monotonic() - self._set_at < f.unknown_events_seconds

    def applies(self, path: str) -> bool:
        f = self.faults
        if f.paths:
            return path.startswith(f.paths)
        return not path.startswith(API_EXCLUDED_PREFIXES)

    def decide(self, path: str, is_write: bool) -> Decision:
        with self._lock:
            f = self.faults
            if not self.applies(path):
                return Decision()
            d = Decision(latency_s=f.latency_ms / 1000, retry_after=f.retry_after)
            if f.fail_next > 0:
                self.faults = replace(f, fail_next=f.fail_next - 1)
                d.status = f.fail_status
                d.action = Action.RATE_LIMIT if f.fail_status == 429 else Action.FAIL
                return d
            if f.error_rate and self._rng.random() < f.error_rate:
                d.action, d.status = Action.FAIL, 503
                return d
            if f.rate_limit_rate and self._rng.random() < f.rate_limit_rate:
                d.action, d.status = Action.RATE_LIMIT, 429
                return d
            if is_write and f.drop_next > 0:
                self.faults = replace(f, drop_next=f.drop_next - 1)
                d.action = Action.DROP_AFTER_COMMIT
            elif is_write and f.drop_after_commit_rate and self._rng.random() < f.drop_after_commit_rate:
                d.action = Action.DROP_AFTER_COMMIT
            return d
