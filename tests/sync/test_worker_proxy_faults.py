"""Faults on the wire, made by our own proxy (not the platform's switches), against the real sync
worker: afterwards every queued action is on the platform exactly once and confirmed locally."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

from balie.domain import OutboxStatus
from balie.store import Store
from balie.training import TrainingPlatform, demo
from tests.fixtures.fault_proxy import FaultProxy
from tests.sync.test_worker_helpers import check_in, make_proxied_worker, redeem, sell

READ_TIMEOUT = 1.5
#: (name, proxy rule); every rule hits the writes only, so the read-backs can see what landed
FAULTS = [
    ("answer dropped after commit", dict(kind="drop")),
    ("connection reset partway through the body", dict(kind="reset")),
    ("body truncated with a valid Content-Length", dict(kind="truncate")),
    ("502 without forwarding", dict(kind="status", status=502)),
    ("503 without forwarding", dict(kind="status", status=503, retry_after=0)),
    ("429 without forwarding", dict(kind="status", status=429, retry_after=1)),
    ("answer later than the read timeout", dict(kind="delay", seconds=READ_TIMEOUT + 1.0)),
    ("request reaches the platform after the client gave up",
     dict(kind="stall", seconds=READ_TIMEOUT + 1.0)),
]


@pytest.mark.parametrize(("name", "rule"), FAULTS, ids=[f[0] for f in FAULTS])
def test_each_wire_fault_leaves_every_action_on_the_platform_exactly_once(
        name: str, rule: dict[str, object], store: Store, platform: TrainingPlatform,
        fault_proxy: FaultProxy) -> None:
    sales = {key: sell(store, key) for key in ("kansen_active", "kansen_grace", "minor")}
    checkin, reward = check_in(store), redeem(store)
    for path in ("/ticket-sales", "/checkins", "/rewards"):
        fault_proxy.add(path=path, count=2, **rule)  # type: ignore[arg-type]
    # the settle time is the client's read timeout: a stalled request lands before we look
    worker = make_proxied_worker(store, platform, fault_proxy.url, timeout=(1.0, READ_TIMEOUT),
                                 settle=timedelta(seconds=READ_TIMEOUT))
    report = worker.drain(until=datetime.now(UTC) + timedelta(seconds=40))
    assert sum(fault_proxy.injected.values()) >= 3, f"{name}: the fault never happened"
    assert report.pending == 0 and report.needs_attention == 0, report
    for key, client_uuid in sales.items():
        assert platform.count_ticket_sales(uitpas_number=demo.PASSES[key].uitpas_number) == 1
        assert store.outbox.get(client_uuid).status is OutboxStatus.CONFIRMED
    regular = demo.PASSES["regular"].uitpas_number
    assert platform.count_checkins(uitpas_number=regular) == 1
    assert platform.count_redeemed_rewards(uitpas_number=regular) == 1
    assert store.outbox.get(checkin).status is OutboxStatus.CONFIRMED
    assert store.outbox.get(reward).status is OutboxStatus.CONFIRMED


def test_one_failing_read_back_does_not_hold_up_the_rest_of_the_queue(
        store: Store, platform: TrainingPlatform, fault_proxy: FaultProxy) -> None:
    """A sale left SENT by a crash whose read-back keeps failing (every GET /ticket-sales answers
    500) waits alone: the other passes' actions are delivered in the same run."""
    from balie.sync import queue

    stuck = sell(store, "kansen_active")
    queue.mark_sent_many(store, [stuck], datetime.now(UTC), owner=None)  # crash-left
    other_sale, checkin, reward = sell(store, "minor"), check_in(store), redeem(store)
    fault_proxy.add("status", method="GET", path="/ticket-sales", status=500, count=None)
    worker = make_proxied_worker(store, platform, fault_proxy.url)
    # Rounds of 3 s until the three are in, so a loaded machine only makes it take longer.
    confirmed, deadline = 0, time.monotonic() + 60
    while confirmed < 3 and time.monotonic() < deadline:
        report = worker.drain(until=datetime.now(UTC) + timedelta(seconds=3))
        assert report.reachable, report
        confirmed += report.confirmed
    assert fault_proxy.injected["status"] >= 1
    assert confirmed == 3, f"the other passes' 3 actions were not delivered within 60 s: {confirmed}"
    for u in (other_sale, checkin, reward):
        assert store.outbox.get(u).status is OutboxStatus.CONFIRMED
    assert store.outbox.get(stuck).status is OutboxStatus.SENT  # not resent blindly
    assert platform.count_ticket_sales(uitpas_number=KANSEN_NUMBER) == 0
    fault_proxy.clear()
    deadline = time.monotonic() + 60
    while store.outbox.get(stuck).status is not OutboxStatus.CONFIRMED and time.monotonic() < deadline:
        worker.drain(until=datetime.now(UTC) + timedelta(seconds=20))
    assert store.outbox.get(stuck).status is OutboxStatus.CONFIRMED, "the read-back never confirmed it"
    assert platform.count_ticket_sales(uitpas_number=KANSEN_NUMBER) == 1


KANSEN_NUMBER = demo.PASSES["kansen_active"].uitpas_number
