"""The circuit breaker on the counter's live reads, against the training platform's faults:
a slow or failing platform makes the counter decide locally without waiting, and the first
answer after that makes it ask again."""

from __future__ import annotations

import threading
import time

import pytest

from balie.link import LinkMode
from balie.ports import PlatformRefusal, PlatformUnavailable
from balie.sync.breaker import CircuitBreaker, GuardedPlatformPort, probe_for
from balie.sync.port import ApiPlatformPort
from balie.training import TrainingPlatform, demo
from tests.sync.test_worker_helpers import make_client

KANSEN = demo.PASSES["kansen_active"]


def _guarded(platform: TrainingPlatform, *, probe_seconds: float = 0.1,
             changes: list[LinkMode] | None = None) -> GuardedPlatformPort:
    port = ApiPlatformPort(make_client(platform, timeout=(5, 30)), timeout=(1.0, 0.5))
    breaker = CircuitBreaker(probe_for(port.client), probe_seconds=probe_seconds,
                             on_change=changes.append if changes is not None else None)
    return GuardedPlatformPort(port, breaker)


def test_one_timeout_opens_the_breaker_and_later_reads_fail_at_once(platform):
    changes: list[LinkMode] = []
    port = _guarded(platform, probe_seconds=60, changes=changes)
    platform.set_faults(latency_ms=3000)
    with pytest.raises(PlatformUnavailable):
        port.lookup_pass(KANSEN.uitpas_number)  # waits for the 0.5 s read timeout
    assert port.mode() is LinkMode.LOCAL and changes == [LinkMode.LOCAL]
    started = time.perf_counter()
    for _ in range(5):
        with pytest.raises(PlatformUnavailable):
            port.lookup_pass(KANSEN.uitpas_number)
    assert time.perf_counter() - started < 0.05, "an open breaker does not touch the network"
    port.breaker.stop()


def test_a_run_of_server_errors_opens_it_and_the_probe_closes_it_again(platform):
    changes: list[LinkMode] = []
    port = _guarded(platform, changes=changes)
    platform.set_faults(error_rate=1.0)
    for attempt in range(3):
        assert port.mode() is LinkMode.ONLINE, f"still closed before failure {attempt + 1}"
        with pytest.raises(PlatformUnavailable):
            port.lookup_pass(KANSEN.uitpas_number)
    assert port.mode() is LinkMode.LOCAL
    time.sleep(0.3)  # several probes fail meanwhile: the breaker stays open
    assert port.mode() is LinkMode.LOCAL
    platform.clear_faults()
    deadline = time.monotonic() + 5
    while port.mode() is not LinkMode.ONLINE and time.monotonic() < deadline:
        time.sleep(0.02)
    assert port.mode() is LinkMode.ONLINE, "the probe saw the platform answer"
    assert changes == [LinkMode.LOCAL, LinkMode.ONLINE]
    assert port.lookup_pass(KANSEN.uitpas_number).uitpas_number == KANSEN.uitpas_number


def test_a_refusal_is_an_answer_not_a_failure(platform):
    port = _guarded(platform)
    blocked = demo.PASSES["blocked"]
    for _ in range(5):  # more than the failures that would open it
        with pytest.raises(PlatformRefusal):
            port.lookup_pass(blocked.uitpas_number)  # blocked card: the platform says so
    assert port.mode() is LinkMode.ONLINE
    port.breaker.stop()


def test_parallel_callers_open_it_once(platform):
    changes: list[LinkMode] = []
    port = _guarded(platform, probe_seconds=60, changes=changes)
    platform.set_faults(error_rate=1.0)

    def call() -> None:
        for _ in range(5):
            try:
                port.tariffs(event_id=demo.EVENTS["museum_today"].id, regular_price=1000,
                             uitpas_number=KANSEN.uitpas_number)
            except PlatformUnavailable:
                pass

    threads = [threading.Thread(target=call) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert changes == [LinkMode.LOCAL]
    assert port.breaker.opened_count == 1
    port.breaker.stop()


def test_probe_now_closes_an_open_breaker_without_waiting_out_the_interval() -> None:
    """A sync round reached the platform: the counter probes at once (F5 after an outage)."""
    down = [True]

    def probe() -> object:
        if down[0]:
            raise PlatformUnavailable("down")
        return None

    def failing() -> object:
        raise PlatformUnavailable("down")

    breaker = CircuitBreaker(probe, failures_to_open=1, probe_seconds=300.0)
    try:
        with pytest.raises(PlatformUnavailable):
            breaker.call(failing)
        assert breaker.mode() is LinkMode.LOCAL
        down[0] = False
        breaker.probe_now()
        deadline = time.monotonic() + 10
        while breaker.mode() is not LinkMode.ONLINE and time.monotonic() < deadline:
            time.sleep(0.01)
        assert breaker.mode() is LinkMode.ONLINE, "probe_now did not probe"
    finally:
        breaker.stop()
