"""A tap answered twice: from the store at once, then by the platform in one parallel round."""

from __future__ import annotations

import concurrent.futures
import threading
import time

from balie.counter import Counter
from balie.decide import OfflinePolicy
from balie.domain import IdentificationSource, PassSnapshot, SocialTariffStatus
from balie.link import LinkMode
from balie.quote import Quote, Quoter, first_answer
from balie.store import Store
from tests.core.test_counter import CHIP, Platform
from tests.fixtures.store import Clock, Demo

ROUND_TRIP = 0.3


class SlowPlatform(Platform):
    """Canned answers after one round trip; counts the calls and how many overlapped."""

    def __init__(self, passes: dict[str, PassSnapshot]) -> None:
        super().__init__(passes)
        self.round_trip = ROUND_TRIP
        self.calls: list[str] = []
        self.in_flight = self.most_in_flight = 0
        self._lock = threading.Lock()

    def _up(self) -> None:
        with self._lock:
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
        time.sleep(self.round_trip)  # the network's round trip
        with self._lock:
            self.in_flight -= 1
        super()._up()

    def lookup_pass(self, identifier: str) -> PassSnapshot:
        self.calls.append("passes")
        return super().lookup_pass(identifier)

    def tariffs(self, **kw):  # type: ignore[no-untyped-def]
        self.calls.append("tariffs")
        return super().tariffs(**kw)


class Link:
    def __init__(self) -> None:
        self.value = LinkMode.ONLINE

    def mode(self) -> LinkMode:
        return self.value


def _setup(store: Store, demo: Demo, clock: Clock) -> tuple[SlowPlatform, Quoter, Link]:
    snap = demo.pass_snapshot(demo.kansen_number, status=SocialTariffStatus.ACTIVE)
    platform = SlowPlatform({CHIP: snap, demo.kansen_number: snap})
    link = Link()
    counter = Counter(store, platform, OfflinePolicy(), demo.operator, clock=clock)
    return platform, Quoter(counter, link), link


def test_the_local_quote_never_asks_the_platform(store: Store, demo: Demo, clock: Clock):
    platform, quoter, _ = _setup(store, demo, clock)
    quote = quoter.local(demo.kansen_number, IdentificationSource.TYPED, demo.event, demo.price)
    assert platform.calls == []
    assert not quote.confirmed and quote.identification.provisional
    assert quote.decision is not None and quote.decision.offer("SOCIALTARIFF").provisional


def test_a_known_chip_is_confirmed_in_one_parallel_round(store: Store, demo: Demo, clock: Clock):
    platform, quoter, _ = _setup(store, demo, clock)
    store.passes.remember_chip(CHIP, demo.kansen_number, clock.now, source="LOOKUP")
    quote = quoter.confirmed(CHIP, IdentificationSource.NFC, demo.event, demo.price)
    assert quote is not None and quote.confirmed
    assert sorted(platform.calls) == ["passes", "tariffs"]
    # both requests were at the platform at the same moment: one round, whatever the machine's
    # speed (a wall-clock bound here failed on a loaded machine)
    assert platform.most_in_flight == 2, "GET /passes and GET /tariffs left together"
    assert not quote.decision.provisional and quote.decision.offer("SOCIALTARIFF").price_cents == 250


def test_an_unknown_chip_needs_the_number_first(store: Store, demo: Demo, clock: Clock):
    platform, quoter, _ = _setup(store, demo, clock)
    quote = quoter.confirmed(CHIP, IdentificationSource.NFC, demo.event, demo.price)
    assert quote is not None and quote.confirmed
    assert platform.calls == ["passes", "tariffs"] and platform.most_in_flight == 1
    assert quoter.written(5)
    assert quoter.counter.known_number(CHIP) == demo.kansen_number, "learnt for next time"


def test_an_open_link_is_not_asked_and_the_local_quote_stands(
        store: Store, demo: Demo, clock: Clock):
    platform, quoter, link = _setup(store, demo, clock)
    link.value = LinkMode.LOCAL
    assert quoter.confirmed(demo.kansen_number, IdentificationSource.TYPED, demo.event,
                            demo.price) is None
    assert platform.calls == []
    platform.online = False
    link.value = LinkMode.ONLINE
    assert quoter.confirmed(demo.kansen_number, IdentificationSource.TYPED, demo.event,
                            demo.price) is None, "no answer: nothing confirmed"


def test_the_round_leaves_with_the_tap_and_confirming_asks_nothing_more(
        store: Store, demo: Demo, clock: Clock):
    """first_answer sends GET /passes and GET /tariffs before it decides locally; the
    confirmation after the paint applies that round's answers instead of asking again."""
    platform, quoter, _ = _setup(store, demo, clock)
    store.passes.remember_chip(CHIP, demo.kansen_number, clock.now, source="LOOKUP")
    quoter.confirmed(CHIP, IdentificationSource.NFC, demo.event, demo.price)  # seen once online
    assert quoter.written(5), "its answers kept in the store (off the confirmation's path)"
    platform.calls.clear()
    platform.most_in_flight = 0
    local, sent = first_answer(quoter, CHIP, IdentificationSource.NFC, demo.event, demo.price,
                               lambda quote: quote.identification.pass_ is not None)
    assert sent is not None and not local.confirmed, "painted from the store, round on its way"
    quote = quoter.confirmed(CHIP, IdentificationSource.NFC, demo.event, demo.price, sent)
    assert quote is not None and quote.confirmed
    assert sorted(platform.calls) == ["passes", "tariffs"], "one round, asked once"
    assert platform.most_in_flight == 2


def test_the_confirmation_does_not_wait_for_its_cache_writes_and_the_next_tap_reads_them(
        store: Store, demo: Demo, clock: Clock, monkeypatch):
    """Keeping the answers for offline use (a transaction with its fsync each, ~8 ms) is not on
    the way to the screen: while another writer holds the store (a purge batch, a slow disk) the
    confirmation still comes one round trip after it was asked; the answers land after it, and
    the next local decision reads them."""
    monkeypatch.setattr("balie.store.db.GATE_TIMEOUT", 60.0)  # the held store stays held
    platform, quoter, _ = _setup(store, demo, clock)
    store.passes.remember_chip(CHIP, demo.kansen_number, clock.now, source="LOOKUP")
    answered: list[object] = []

    def confirm() -> None:
        answered.append(quoter.confirmed(CHIP, IdentificationSource.NFC, demo.event,
                                         demo.price))

    with store.write():  # another writer has the store
        worker = threading.Thread(target=confirm, daemon=True)
        worker.start()
        worker.join(20)
        assert answered, "the confirmation waited for the store to be free"
        assert answered[0] is not None and answered[0].confirmed
    assert quoter.written(20)
    assert store.passes.get(demo.kansen_number) is not None, "the confirmed pass is kept"
    assert store.reference.pass_tariffs(demo.kansen_number, demo.event.id,
                                        demo.price.price) is not None, "its tariffs too"
    local = quoter.local(CHIP, IdentificationSource.NFC, demo.event, demo.price)
    assert local.identification.pass_ is not None and not local.confirmed


def test_another_card_does_not_wait_for_the_cache_writes_of_the_last_one(
        store: Store, demo: Demo, clock: Clock, monkeypatch):
    """A local decision reads the answers kept for ITS card first (tapped again right after its
    confirmation, it gets the price just confirmed); the next customer's card does not wait for
    the writes of the one before."""
    monkeypatch.setattr("balie.store.db.GATE_TIMEOUT", 60.0)  # the held store stays held
    monkeypatch.setattr("balie.quote.WRITES_BEFORE_LOCAL", 60.0)
    platform, quoter, _ = _setup(store, demo, clock)
    store.passes.remember_chip(CHIP, demo.kansen_number, clock.now, source="LOOKUP")
    decided: list[object] = []

    def next_customer() -> None:
        decided.append(quoter.local(demo.regular_number, IdentificationSource.TYPED, demo.event,
                                    demo.price))

    with store.write():  # the store is held: this card's cache writes wait
        assert quoter.confirmed(CHIP, IdentificationSource.NFC, demo.event, demo.price)
        assert not quoter.written(0), "its writes are still waiting for the store"
        worker = threading.Thread(target=next_customer, daemon=True)
        worker.start()
        worker.join(20)
        assert decided, "the next card waited for the last card's cache writes"
    assert quoter.written(20)


def _seen(quote: Quote) -> bool:
    return quote.identification.pass_ is not None


def _rounds(quoter: Quoter, count: int) -> None:
    """``count`` taps of the card, each round waited for: the link's recent rounds."""
    for _ in range(count):
        _, sent = first_answer(quoter, CHIP, IdentificationSource.NFC, None, None, _seen)
        if sent is not None:
            concurrent.futures.wait(sent.futures(), timeout=20)


def _until(condition, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + 20
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.01)


def test_on_a_fast_link_the_tap_waits_for_its_round_and_decides_nothing_locally(
        store: Store, demo: Demo, clock: Clock, monkeypatch):
    """The platform next door answers within a few ms. A tap then waits for its round a moment
    instead of deciding from the store first: the cashier sees UiTPAS's price in one paint (not
    the local price and a repaint), and no local decision nobody sees takes the interpreter from
    the round's two request threads."""
    monkeypatch.setattr("balie.quote.FAST_ROUND", 5.0, raising=False)  # any machine keeps up
    platform, quoter, _ = _setup(store, demo, clock)
    platform.round_trip = 0.0
    store.passes.remember_chip(CHIP, demo.kansen_number, clock.now, source="LOOKUP")
    _rounds(quoter, 8)
    _until(quoter.fast, "eight quick rounds make a fast link")
    local: list[bool] = []
    identify, offers_for = quoter.counter.identify, quoter.counter.offers_for

    def traced_identify(*args, **kwargs):  # type: ignore[no-untyped-def]
        local.append(kwargs.get("live", True) is False)
        return identify(*args, **kwargs)

    def traced_offers(*args, **kwargs):  # type: ignore[no-untyped-def]
        local.append(kwargs.get("live", True) is False)
        return offers_for(*args, **kwargs)

    monkeypatch.setattr(quoter.counter, "identify", traced_identify)
    monkeypatch.setattr(quoter.counter, "offers_for", traced_offers)
    quote, sent = first_answer(quoter, CHIP, IdentificationSource.NFC, demo.event, demo.price,
                               _seen)
    assert sent is None and quote.confirmed, "the platform's answer is the first quote"
    assert quote.decision is not None and quote.decision.offer("SOCIALTARIFF").price_cents == 250
    assert local == [False, False], "identified and priced once, from the answer alone"


def test_on_a_link_that_turned_slow_the_local_decision_no_longer_waits(
        store: Store, demo: Demo, clock: Clock, monkeypatch):
    """The wait is for a link known to be fast: once its rounds come back late, a tap is
    decided from the store at once and painted, as on any slower link (50 ms and more)."""
    monkeypatch.setattr("balie.quote.FAST_ROUND", 0.1, raising=False)
    platform, quoter, _ = _setup(store, demo, clock)
    platform.round_trip = 0.0
    store.passes.remember_chip(CHIP, demo.kansen_number, clock.now, source="LOOKUP")
    _rounds(quoter, 8)
    _until(quoter.fast, "eight quick rounds make a fast link")
    platform.round_trip = 1.0  # the link slows down
    _rounds(quoter, 3)
    _until(lambda: not quoter.fast(), "three late rounds of eight: no longer fast")
    waits: list[object] = []
    wait = concurrent.futures.wait

    def traced_wait(*args, **kwargs):  # type: ignore[no-untyped-def]
        waits.append(kwargs.get("timeout"))
        return wait(*args, **kwargs)

    monkeypatch.setattr(concurrent.futures, "wait", traced_wait)
    quote, sent = first_answer(quoter, CHIP, IdentificationSource.NFC, demo.event, demo.price,
                               _seen)
    assert waits == [], "the tap waited for a round on a link that is not fast"
    assert sent is not None and not sent.ready(), "decided while the round is on its way"
    assert not quote.confirmed and quote.decision is not None, "the local price, to paint now"
