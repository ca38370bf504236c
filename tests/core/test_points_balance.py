"""The balance the counter goes by, from the store's records: a cancelled check-in the platform
already holds is taken off until its cancellation lands, and a reward still in the queue is spent."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from balie.counter import Counter, new_action_key
from balie.domain import IdentificationSource
from balie.store import Store
from tests.fixtures.store import Clock, Demo


def _read_now(counter: Counter, store: Store, demo: Demo, clock: Clock, points: int):
    """The platform answered a look-up of the pass just now with ``points``."""
    store.passes.remember(dataclasses.replace(
        demo.pass_snapshot(demo.regular_number, points=points, fetched_at=clock.now),
        read_started_at=clock.now - timedelta(milliseconds=80)), clock.now)
    return counter.identify(demo.regular_number, IdentificationSource.TYPED)


def test_a_confirmed_check_in_cancelled_at_the_counter_is_taken_off_the_platform_figure(
        counter: Counter, store: Store, demo: Demo, clock: Clock) -> None:
    tap = _read_now(counter, store, demo, clock, 10)
    done = counter.check_in(tap, demo.event, action_key=new_action_key())
    assert counter.points_balance(tap).points == 11  # type: ignore[union-attr]
    clock.advance(timedelta(seconds=1))
    store.outbox.mark_sent(done.client_uuid, clock.now)
    clock.advance(timedelta(seconds=1))
    assert store.outbox.mark_confirmed(done.client_uuid, "ci-1", clock.now)
    clock.advance(timedelta(seconds=5))
    later = _read_now(counter, store, demo, clock, 11)  # the platform holds the check-in
    assert counter.points_balance(later).points == 11  # type: ignore[union-attr]
    undo = counter.cancel(done.client_uuid, action_key=new_action_key())
    assert undo.done and undo.client_uuid, undo.message_nl
    balance = counter.points_balance(later)
    assert balance is not None and (balance.points, balance.certain) == (10, True)


def test_a_reward_in_the_queue_is_spent_from_the_platform_figure(
        counter: Counter, store: Store, demo: Demo, clock: Clock) -> None:
    tap = _read_now(counter, store, demo, clock, 10)
    assert counter.redeem_reward(tap, demo.reward, action_key=new_action_key()).done
    balance = counter.points_balance(tap)
    assert balance is not None and (balance.points, balance.certain) == (10 - demo.reward.points, True)
