"""A circuit breaker on the counter's live link to the platform.

Measured before it existed: with the platform answering after 5 s, every tap took 4 s (two read
timeouts, tap after tap) and the counter never switched to its cached decisions. A slow network
must never be worse than none. So:

- closed (:attr:`LinkMode.ONLINE`): live reads go out;
- one timeout, or ``failures_to_open`` failures in a row (offline, 5xx, 429), open it
  (:attr:`LinkMode.LOCAL`): live reads fail at once with :class:`PlatformUnavailable`, the counter
  decides locally and marks its decisions provisional;
- while open, one probe thread asks the platform (a cheap read) every ``probe_seconds`` and closes
  the breaker at its first answer.

A refusal by the platform (4xx about this pass) is an answer, not a failure: it closes the
breaker. Only the counter's interactive reads go through here; the sync worker has its own
back-off and longer timeouts.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TypeVar

from balie.domain import Cents, PassSnapshot
from balie.link import LinkMode
from balie.ports import (
    CheckinAnswer,
    PlatformPort,
    PlatformRefusal,
    PlatformUnavailable,
    RedeemAnswer,
    TariffAnswer,
)
from balie.sync.client import UitpasClient
from balie.sync.problems import ApiError, ErrorClass, TimedOut

log = logging.getLogger(__name__)

T = TypeVar("T")

FAILURES_TO_OPEN = 3
PROBE_SECONDS = 5.0


def _timed_out(exc: PlatformUnavailable) -> bool:
    return isinstance(exc.__cause__, TimedOut)


def probe_for(client: UitpasClient) -> Callable[[], object]:
    """The probe of a live client: ``GET /permissions`` (small, needs no pass or event). Any
    answer but a retryable failure counts as "the platform answers"."""

    def probe() -> object:
        try:
            return client.permissions()
        except ApiError as exc:
            if exc.error_class is ErrorClass.RETRYABLE:
                raise
            return None

    return probe


class CircuitBreaker:
    """Thread-safe: the counter's confirmation threads and the probe share it.

    ``probe`` is a cheap live read that raises on failure; ``on_change`` is told each new mode
    (from whichever thread changed it: the status bar re-posts it to the GUI thread)."""

    def __init__(self, probe: Callable[[], object], *, failures_to_open: int = FAILURES_TO_OPEN,
                 probe_seconds: float = PROBE_SECONDS,
                 on_change: Callable[[LinkMode], None] | None = None) -> None:
        self._probe = probe
        self.failures_to_open = failures_to_open
        self.probe_seconds = probe_seconds
        self.on_change = on_change
        self._lock = threading.Lock()
        self._open = False
        self._failures = 0
        self._stop = threading.Event()
        self._wake = threading.Event()  # probe now (stop, or the platform was heard elsewhere)
        self._prober: threading.Thread | None = None
        self.opened_count = 0  # for support and tests: how often the link went local

    def mode(self) -> LinkMode:
        return LinkMode.LOCAL if self._open else LinkMode.ONLINE

    def call(self, fn: Callable[[], T]) -> T:
        """Run one live read through the breaker."""
        if self._open:
            raise PlatformUnavailable("circuit open: deciding locally")
        try:
            result = fn()
        except PlatformUnavailable as exc:
            self._failed(timeout=_timed_out(exc))
            raise
        except PlatformRefusal:
            self._answered()
            raise
        self._answered()
        return result

    def _answered(self) -> None:
        with self._lock:
            self._failures = 0
            was_open, self._open = self._open, False
        if was_open:
            self._changed(LinkMode.ONLINE)

    def _failed(self, *, timeout: bool) -> None:
        with self._lock:
            self._failures += 1
            opening = not self._open and (timeout or self._failures >= self.failures_to_open)
            if opening:
                self._open = True
                self.opened_count += 1
        if opening:
            log.info("platform link open (%s): deciding locally",
                     "timeout" if timeout else f"{self.failures_to_open} failures")
            self._changed(LinkMode.LOCAL)
            self._start_probe()

    def _changed(self, mode: LinkMode) -> None:
        if self.on_change is not None:
            try:
                self.on_change(mode)
            except Exception:  # a status display must not break the counter
                log.exception("link mode listener failed")

    def _start_probe(self) -> None:
        with self._lock:
            if self._prober is not None and self._prober.is_alive():
                return
            self._prober = threading.Thread(target=self._probe_loop, name="balie-link-probe",
                                            daemon=True)
            self._prober.start()

    def probe_now(self) -> None:
        """The platform was just heard from elsewhere (a sync round delivered or refreshed): probe
        at once instead of waiting out ``probe_seconds``, so after an outage the counter decides
        live again within one round trip of F5 succeeding. It is still the probe, with the
        interactive timeouts, that closes the breaker: a sync round's patient timeouts prove
        nothing about a tap's."""
        if self._open:
            self._wake.set()

    def _probe_loop(self) -> None:
        while self._open and not self._stop.is_set():
            self._wake.wait(self.probe_seconds)
            self._wake.clear()
            if self._stop.is_set():
                return
            started = time.monotonic()
            try:
                self._probe()
            except PlatformRefusal:
                pass  # an answer all the same
            except Exception as exc:  # noqa: BLE001 - any failure: stay open, probe again
                log.debug("link probe failed after %.1f s: %s", time.monotonic() - started,
                          type(exc).__name__)
                continue
            log.info("platform answers again: link closed")
            self._answered()
            return

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()


class GuardedPlatformPort:
    """A :class:`~balie.ports.PlatformPort` behind a :class:`CircuitBreaker`."""

    def __init__(self, port: PlatformPort, breaker: CircuitBreaker) -> None:
        self.port = port
        self.breaker = breaker

    def mode(self) -> LinkMode:
        return self.breaker.mode()

    def lookup_pass(self, identifier: str) -> PassSnapshot:
        return self.breaker.call(lambda: self.port.lookup_pass(identifier))

    def tariffs(self, *, event_id: str, regular_price: Cents, uitpas_number: str) -> TariffAnswer:
        return self.breaker.call(lambda: self.port.tariffs(
            event_id=event_id, regular_price=regular_price, uitpas_number=uitpas_number))

    def static_tariffs(self, *, event_id: str, regular_price: Cents) -> TariffAnswer:
        return self.breaker.call(lambda: self.port.static_tariffs(
            event_id=event_id, regular_price=regular_price))

    def checkin_status(self, *, event_id: str, uitpas_number: str) -> CheckinAnswer:
        return self.breaker.call(lambda: self.port.checkin_status(
            event_id=event_id, uitpas_number=uitpas_number))

    def redeem_status(self, *, reward_id: str, uitpas_number: str) -> RedeemAnswer:
        return self.breaker.call(lambda: self.port.redeem_status(
            reward_id=reward_id, uitpas_number=uitpas_number))
