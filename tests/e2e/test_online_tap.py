"""An online tap through the real client and training platform, on a plain store and on a sealed
one as a live counter has it (its key in a real keyring backend): the round leaves with the number
this counter learnt for the chip, and the platform's answers reach the store only once the tap is
painted, never lost."""

from __future__ import annotations

import concurrent.futures
import time

import pytest

from balie.domain import IdentificationSource, TariffType
from balie.quote import Quote, Quoter, first_answer
from balie.store import Store
from balie.training import TrainingPlatform, demo
from tests.e2e.counters import online_and_offline

KANSEN = demo.PASSES["kansen_active"]


def _seen(quote: Quote) -> bool:
    return quote.identification.pass_ is not None


def test_a_regular_visitor_is_confirmed_in_one_round_and_its_answers_are_kept_after_the_paint(
        any_store: Store, platform: TrainingPlatform, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("balie.quote.HOLD_AT_MOST", 60.0)  # only the paint lets the writes go
    store = any_store
    online, _ = online_and_offline(store, platform)
    event = store.reference.event(demo.EVENTS["pool_today"].id)
    assert event is not None
    price = event.price_categories[0]
    quoter = Quoter(online)
    try:
        first, sent = first_answer(quoter, KANSEN.chip_number, IdentificationSource.NFC, event,
                                   price, _seen)
        assert sent is None and first.confirmed, "a card never seen here waits for the round"
        quoter.painted()
        assert quoter.written(20)
        assert online.known_number(KANSEN.chip_number) == KANSEN.uitpas_number, "chip learnt"
        kept = store.passes.get(KANSEN.uitpas_number)
        assert kept is not None

        # the visitor comes back: both requests leave at the tap, the tariffs for that number
        again = quoter.ask(KANSEN.chip_number, event, price)
        assert again is not None and again.number == KANSEN.uitpas_number
        assert again.tariffs is not None, "GET /tariffs left with GET /passes"
        concurrent.futures.wait(again.futures(), timeout=20)
        quote = quoter.confirmed(KANSEN.chip_number, IdentificationSource.NFC, event, price,
                                 again)
        assert quote is not None and quote.confirmed and quote.decision is not None
        assert any(o.type is TariffType.SOCIALTARIFF for o in quote.decision.offers)
        newer = quote.identification.pass_
        assert newer is not None and newer.fetched_at > kept.fetched_at
        held = store.passes.get(KANSEN.uitpas_number)
        assert held is not None and held.fetched_at == kept.fetched_at, "written before the paint"

        quoter.painted()  # the tap's last paint is on screen: the writer goes, nobody waits
        deadline = time.monotonic() + 20
        while (store.passes.get(KANSEN.uitpas_number) or kept).fetched_at != newer.fetched_at:
            assert time.monotonic() < deadline, "the answer never reached the store"
            time.sleep(0.01)
    finally:
        quoter.close()
