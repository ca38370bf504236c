"""The points race found under load ("Punten: 32" for 31), made to happen every time.

A check-in reaches the platform, the platform reads the pass's balance for a look-up of the same
pass (the background confirmation of a tap) and so already holds it, and only after that look-up
came back does the sync worker write its local confirmation. The counter must not add the
check-in to that balance again; nor lose it from a balance read before it landed. Through the real
training platform, the real sync worker and client, with our fault proxy holding the worker's
answer from ``POST /checkins`` (after the platform committed it) until the look-up is done. On a
plain store and on a sealed one with its key in a real keyring backend.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from balie.counter import Counter, new_action_key
from balie.domain import IdentificationSource, OutboxStatus
from balie.policy import OfflinePolicy
from balie.store import Store
from balie.sync.port import ApiPlatformPort
from balie.sync.refresh import Refresher, RefreshPlan
from balie.sync.worker import DeliveryReport
from balie.training import TrainingPlatform, demo
from tests.fixtures.fault_proxy import FaultProxy
from tests.sync.test_worker_helpers import OPERATOR, make_client, make_proxied_worker

LOTTE = demo.PASSES["regular"]  # 30 points on the platform
POOL = demo.EVENTS["pool_today"]


def _online_counter(store: Store, platform: TrainingPlatform) -> Counter:
    """A counter that refreshed its reference data (events, their check-in points) as at start."""
    client = make_client(platform, timeout=(2.0, 10.0))
    organizers = tuple(o.id for o in demo.ORGANIZERS.values() if o.permitted)
    report = Refresher(store, client, RefreshPlan(organizer_ids=organizers,
                                                  search_url=platform.search_url))()
    assert report.ok, report.failures
    return Counter(store, ApiPlatformPort(client, timeout=(2.0, 10.0)), OfflinePolicy(), OPERATOR)


def test_a_check_in_the_platform_held_when_the_pass_was_read_is_not_counted_again(
        any_store: Store, platform: TrainingPlatform, fault_proxy: FaultProxy) -> None:
    store = any_store
    worker = make_proxied_worker(store, platform, fault_proxy.url, timeout=(2.0, 30.0))
    counter = _online_counter(store, platform)
    tap = counter.identify(LOTTE.uitpas_number, IdentificationSource.TYPED)
    assert tap.pass_ is not None and tap.pass_.points == 30
    done = counter.check_in(tap, POOL.id, action_key=new_action_key())
    assert done.done, done.message_nl
    earned = counter.points_balance(tap).points - 30  # type: ignore[union-attr]
    assert earned == POOL.checkin_points

    hold = fault_proxy.add("hold", path="/checkins", method="POST")
    delivered: list[DeliveryReport] = []
    sync = threading.Thread(target=lambda: delivered.append(
        worker.drain(until=datetime.now(UTC) + timedelta(seconds=50))), name="sync")
    sync.start()
    try:
        assert hold.answered.wait(60), "the check-in never reached the platform"
        # the platform holds the check-in; the worker has not written its confirmation yet
        assert store.outbox.get(done.client_uuid).status is OutboxStatus.SENT
        confirmation = counter.identify(LOTTE.uitpas_number, IdentificationSource.TYPED)
        assert confirmation.pass_ is not None and confirmation.pass_.points == 30 + earned
    finally:
        hold.release.set()
        sync.join(60)
    assert not sync.is_alive() and delivered and delivered[0].confirmed == 1, delivered
    item = store.outbox.get(done.client_uuid)
    assert item.status is OutboxStatus.CONFIRMED
    assert item.finished_at > confirmation.pass_.fetched_at  # the order of the race, for real

    shown = counter.points_balance(confirmation)
    assert shown is not None and shown.points == 30 + earned, \
        f"Punten: {shown.points if shown else None} for {30 + earned}: the check-in counted twice"
    offline = Counter(store, None, OfflinePolicy(), OPERATOR)  # the cached read, as offline
    cached = offline.identify(LOTTE.uitpas_number, IdentificationSource.TYPED)
    assert offline.points_balance(cached).points == 30 + earned  # type: ignore[union-attr]
    # and the read before the check-in landed still counts it, once
    assert counter.points_balance(tap).points == 30 + earned  # type: ignore[union-attr]
    again = counter.identify(LOTTE.uitpas_number, IdentificationSource.TYPED)
    settled = counter.points_balance(again)
    assert settled is not None and (settled.points, settled.certain) == (30 + earned, True)
