"""The offline-truth test: for every demo pass x event x price category, the counter's offline
decision against what the training platform's ``GET /tariffs`` answers for that pass.

The counter first refreshes its reference data from the platform, as it would at the start of a
day (events, limits, static tariffs, organizers' regions, kansentarief lists). Then it decides
offline at three levels of knowledge about the pass: never seen, identified online earlier (pass
cached), and priced online earlier for that event and price (its own ``/tariffs`` answer cached).

Every case must agree with the platform (same discounts at the same prices, never more tickets
than the platform allows), or be flagged before the sale: an uncertain price ("Prijs onzeker"),
or "a coupon may exist" when a coupon cannot be seen offline. A flagged price that differs must
be reported after sync as a "Te behandelen" item with the exact amount.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from balie.counter import Counter, new_action_key
from balie.decide import SaleDecision
from balie.domain import (
    EventInfo,
    IdentificationSource,
    Operator,
    OutboxStatus,
    PriceCategory,
    TariffType,
    today_in_brussels,
)
from balie.policy import OfflinePolicy
from balie.report import day_report
from balie.store import Store
from balie.sync.client import UitpasClient
from balie.sync.port import ApiPlatformPort
from balie.sync.problems import ApiError
from balie.sync.refresh import Refresher, RefreshPlan
from balie.training import TrainingPlatform, demo
from tests.e2e.counters import sync_all
from tests.sync.test_worker_helpers import make_client

OPERATOR = Operator("op-1", "An Kassa")
ORGANIZERS = tuple(o.id for o in demo.ORGANIZERS.values() if o.permitted)
#: events of organizers the training client may sell for (the others cannot be sold at all)
EVENT_IDS = tuple(e.id for e in demo.EVENTS.values() if demo.ORGANIZERS[e.organizer].permitted)
LEVELS = ("never seen", "identified before", "priced before")


@dataclass(frozen=True)
class Case:
    level: str
    pass_key: str
    event: EventInfo
    price: PriceCategory
    truth: tuple[tuple[TariffType, int, int], ...]  # (type, price, remaining) per platform offer
    decision: SaleDecision

    def __str__(self) -> str:
        return f"{self.level}: {self.pass_key} at {self.event.name} ({self.price.label})"


def _truth(client: UitpasClient, number: str, event: EventInfo,
           price: PriceCategory) -> tuple[tuple[TariffType, int, int], ...]:
    try:
        quote = client.get_tariffs(event.id, price.price, number)
    except ApiError:  # expired, suspended, blocked ...: no discount at all
        return ()
    return tuple((o.type, o.price, o.remaining or 0) for o in quote.offers)


def _refreshed_store(store: Store, client: UitpasClient, platform: TrainingPlatform) -> list[EventInfo]:
    report = Refresher(store, client, RefreshPlan(organizer_ids=ORGANIZERS,
                                                  search_url=platform.search_url))()
    assert report.ok, report.failures
    events = [e for e in store.reference.events() if e.id in EVENT_IDS]
    assert {e.id for e in events} == set(EVENT_IDS), "refresh did not bring every demo event"
    return events


def _cases(store: Store, platform: TrainingPlatform,
           levels: tuple[str, ...] = LEVELS) -> Iterator[Case]:
    client = make_client(platform, timeout=(2.0, 10.0))
    events = _refreshed_store(store, client, platform)
    offline = Counter(store, None, OfflinePolicy(), OPERATOR)
    online = Counter(store, ApiPlatformPort(client, timeout=(2.0, 10.0)), OfflinePolicy(), OPERATOR)
    truths = {(p.key, e.id, c.price): _truth(client, p.uitpas_number, e, c)
              for p in demo.PASSES.values() for e in events for c in e.price_categories}
    for level in levels:
        for p in demo.PASSES.values():
            if level != "never seen":
                seen = online.identify(p.uitpas_number, IdentificationSource.TYPED)
            for e in events:
                for c in e.price_categories:
                    if level == "priced before":
                        online.offers_for(seen, e, c)
                    who = offline.identify(p.uitpas_number, IdentificationSource.TYPED)
                    yield Case(level, p.key, e, c, truths[(p.key, e.id, c.price)],
                               offline.offers_for(who, e, c))


def _coupon_notice(decision: SaleDecision) -> bool:
    return any("kortingsbon" in n.text_nl and "kan er een bestaan" in n.text_nl
               for n in decision.notices)


def verdict(case: Case) -> str:
    """'agrees', 'flagged' or what is wrong, for one case."""
    d = case.decision
    mine = {(o.type, o.price_cents) for o in d.discounts}
    theirs = {(t, p) for t, p, _ in case.truth}
    for offer in d.discounts:  # never more tickets than the platform would register
        allowed = [r for t, p, r in case.truth if t is offer.type and (p == offer.price_cents
                                                                      or offer.price_uncertain)]
        if allowed and offer.remaining is not None and offer.remaining > max(allowed):
            return f"offers {offer.remaining} tickets at {offer.name}, the platform {max(allowed)}"
    if mine == theirs:
        return "agrees"
    social_mine = {p for t, p in mine if t is TariffType.SOCIALTARIFF}
    social_theirs = {p for t, p in theirs if t is TariffType.SOCIALTARIFF}
    if social_mine != social_theirs:
        uncertain = any(o.price_uncertain for o in d.discounts if o.type is TariffType.SOCIALTARIFF)
        if not (social_mine and social_theirs and uncertain):
            return f"kansentarief offline {sorted(social_mine)} vs platform {sorted(social_theirs)}"
    coupons_mine = {p for t, p in mine if t is TariffType.COUPON}
    coupons_theirs = {p for t, p in theirs if t is TariffType.COUPON}
    if coupons_mine - coupons_theirs:
        return f"offers coupon(s) the platform does not: {sorted(coupons_mine - coupons_theirs)}"
    if coupons_theirs - coupons_mine and not _coupon_notice(d):
        return "a coupon the platform offers is neither offered nor announced"
    return "flagged"


@pytest.fixture
def cases(store: Store, platform: TrainingPlatform) -> list[Case]:
    return list(_cases(store, platform))


def test_every_offline_decision_agrees_with_the_platform_or_is_flagged_before_the_sale(
        cases: list[Case]) -> None:
    wrong = [f"{c}: {v}" for c in cases if (v := verdict(c)) not in ("agrees", "flagged")]
    assert not wrong, "\n".join(wrong)
    # the demo world is rich enough to exercise every kind of case
    kinds = {verdict(c) for c in cases}
    assert kinds == {"agrees", "flagged"}
    assert any(c.decision.price_uncertain and not any(t is TariffType.COUPON for t, _, _ in c.truth)
               for c in cases)
    assert any(any(t is TariffType.COUPON for t, _, _ in c.truth) for c in cases)
    assert len({c.pass_key for c in cases}) == len(demo.PASSES)
    assert len(cases) == len(LEVELS) * len(demo.PASSES) * sum(
        len(e.prices) for e in demo.EVENTS.values() if e.id in EVENT_IDS)


def test_every_uncertain_price_that_differs_is_reported_after_sync_and_in_the_day_report(
        store: Store, platform: TrainingPlatform) -> None:
    # one price category per pass and event: a second ticket could hit the event's ticket limit
    firsts = {(c.pass_key, c.event.id): c for c in reversed(list(_cases(store, platform, ("never seen",))))
              if c.decision.price_uncertain}
    cases = list(firsts.values())
    offline = Counter(store, None, OfflinePolicy(), OPERATOR)
    sold: dict[str, tuple[int, int]] = {}  # client uuid -> (charged, platform price)
    for case in cases:
        social = next(o for o in case.decision.discounts if o.type is TariffType.SOCIALTARIFF)
        theirs = next(p for t, p, _ in case.truth if t is TariffType.SOCIALTARIFF)
        who = offline.identify(demo.PASSES[case.pass_key].uitpas_number, IdentificationSource.TYPED)
        result = offline.sell(who, case.event, case.price, social, 1, action_key=new_action_key())
        assert result.done and result.provisional, f"{case}: {result.message_nl}"
        sold[result.client_uuid or ""] = (social.price_cents, theirs)
    assert any(charged != booked for charged, booked in sold.values())
    sync_all(store, platform)  # retries included
    statuses = {u: store.outbox.get(u).status for u in sold}
    assert set(statuses.values()) == {OutboxStatus.CONFIRMED}, statuses
    for client_uuid, (charged, booked) in sold.items():
        item = store.price_differences.of_sale(client_uuid)
        if charged == booked:
            assert item is None
            continue
        assert item is not None, f"no 'Te behandelen' item for a sale at {charged} booked at {booked}"
        assert (item.charged_cents, item.booked_cents) == (charged, booked)
        assert item.give_back_cents - item.collect_cents == charged - booked
        assert item.uitpas_number and not item.settled
    open_items = store.price_differences.open_items()
    assert len(open_items) == sum(1 for c, b in sold.values() if c != b)
    day = day_report(store, today_in_brussels(open_items[0].sold_at))
    assert day.paid_cents == sum(charged for charged, _ in sold.values())  # what the drawer holds
    assert day.to_give_back_cents == sum(max(0, c - b) for c, b in sold.values())
    assert day.to_collect_cents == sum(max(0, b - c) for c, b in sold.values())
