"""A tap reads only the sales its decision needs, and the decision still counts right.

A daily swimmer has hundreds of sales after a year; the tap must not load them all, yet the
ticket limit of the period and the unconfirmed kansentarief sales must still be counted."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from balie.counter import Counter, new_action_key
from balie.decide import OfflinePolicy
from balie.domain import IdentificationSource, PeriodType
from balie.store import Store
from balie.store.facts import sale_inputs
from tests.fixtures.store import Clock, Demo


def _sell(counter: Counter, demo: Demo, event, *, confirm: bool) -> None:
    ident = counter.identify(demo.kansen_number, IdentificationSource.TYPED)
    offer = counter.offers_for(ident, event, demo.price).offer("SOCIALTARIFF")
    done = counter.sell(ident, event, demo.price, offer, 1, action_key=new_action_key())
    assert done.done, done.message_nl
    if confirm:
        counter.store.outbox.mark_confirmed(done.client_uuid, "p-" + done.client_uuid,
                                            counter.clock())


def test_a_tap_loads_this_periods_sales_and_open_kansentarief_sales_only(
        store: Store, demo: Demo, clock: Clock):
    daily = dataclasses.replace(demo.event, ticket_limit_volume=2,
                                ticket_limit_period=PeriodType.DAY,
                                start=clock.now - timedelta(days=60))
    store.reference.save_events([daily], clock.now)
    counter = Counter(store, None, OfflinePolicy(), demo.operator, clock=clock)
    start = clock.now
    clock.now = start - timedelta(days=30)
    for _ in range(20):  # a month of daily visits, confirmed long ago
        _sell(counter, demo, daily, confirm=True)
        clock.advance(timedelta(days=1))
    _sell(counter, demo, daily, confirm=False)  # 10 days ago, still unconfirmed
    clock.now = start
    _sell(counter, demo, daily, confirm=True)  # this morning

    day_start = start.replace(hour=0, minute=0)
    loaded = sale_inputs(store, demo.kansen_number, daily.id, demo.price.price,
                         counts_from=day_start - timedelta(hours=2), whole_event=False)
    assert len(loaded.sales) == 2, "today's sale and the unconfirmed one, not the month"
    assert sum(not s.confirmed for s in loaded.sales) == 1
    everything = sale_inputs(store, demo.kansen_number, daily.id, demo.price.price)
    assert len(everything.sales) == 22

    ident = counter.identify(demo.kansen_number, IdentificationSource.TYPED)
    decision = counter.offers_for(ident, daily, demo.price)
    social = decision.offer("SOCIALTARIFF")
    assert social is not None and social.remaining == 1, "one of the two tickets of today left"
