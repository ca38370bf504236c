"""The price at once, confirmed in the background: one tap's answer, first local, then live.

Online, a counter that waits for the platform before it shows a price is slower than publiq's
own web counter, and a slow network makes it slower than no network. So a tap is answered twice:

1. :meth:`Quoter.local` decides from the store alone (cached pass, cached answers, the offline
   policy), in the same few milliseconds as offline. The screen paints it at once, marked as
   "being confirmed"; the cashier may sell on it, and such a sale carries the provisional mark.
2. The platform is asked in ONE parallel round (:meth:`Quoter.ask`) that leaves at the tap,
   before the local decision is computed: ``GET /passes`` and ``GET /tariffs`` together (the
   tariffs take the UiTPAS number, which the identifier is, or which this counter remembered
   for the chip). :meth:`Quoter.confirmed` applies the answer only once the local decision is on
   screen; the screen replaces the local decision with it and says plainly what changed.

When the platform has answered before the local decision is ready to paint, its answer is
painted instead (:meth:`Round.ready`): one paint of the best price rather than two, the second
~15-25 ms later. The round is never waited for: waiting up to 20 ms for it on a fast link was
measured (loopback, load 3-5, interleaved): the price came later (median 25-33 vs 19-21 ms)
and the confirmed price no sooner at p95 (67-78 vs 50-56 ms), as the paint of the local price
and the building of the answer's view overlap on two cores.

The answers are kept in the store for offline use, but not on the way to the screen: each write
(a transaction with its fsync, ~8 ms) goes to the quoter's one writer thread, in the order the
answers came (:meth:`Quoter.written` waits for them; :meth:`Quoter.close` writes what is left).

When the link is "local" (:class:`~balie.link.LinkMode`, a circuit breaker opened after a timeout
or repeated failures) :meth:`Quoter.confirmed` does not ask at all: the local decision stands.
"""

from __future__ import annotations

import collections
import concurrent.futures
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from balie.counter import Counter, Identification, Later, PassLookup, TariffsLookup
from balie.decide import SaleDecision
from balie.domain import EventInfo, IdentificationSource, PriceCategory
from balie.link import LinkMode, PlatformLink

log = logging.getLogger(__name__)

#: How long a local decision waits, at most, for the cache writes of the answers before it (a
#: card tapped again within a few ms of its confirmation; a disk so slow that the bound is hit
#: gets the answer before it, as the confirmation then corrects).
WRITES_BEFORE_LOCAL = 1.0


@dataclass(frozen=True)
class Quote:
    """Who is at the counter and what they pay, with where it came from. ``confirmed``: the
    platform answered the identification (and the tariffs, when there was an event to price)."""

    identification: Identification
    decision: SaleDecision | None
    confirmed: bool


@dataclass(frozen=True)
class Round:
    """A confirmation's requests on their way: ``GET /passes``, and ``GET /tariffs`` with the
    number it was asked for (None when this counter did not know the number)."""

    passes: concurrent.futures.Future[PassLookup]
    tariffs: concurrent.futures.Future[tuple[str | None, TariffsLookup | None]] | None

    def futures(self) -> list[concurrent.futures.Future[object]]:
        """The round's calls, to wait on."""
        return [f for f in (self.passes, self.tariffs) if f is not None]  # type: ignore[misc]

    def ready(self) -> bool:
        """Every answer is in: confirming now waits for nothing (no request, no second round
        for a chip whose number this counter did not know). A call that failed unexpectedly is
        not ready: the local decision is painted and the confirmation deals with it as before."""
        if not self.passes.done() or self.passes.cancelled() or self.passes.exception():
            return False
        if self.tariffs is None:
            return True
        if not self.tariffs.done() or self.tariffs.cancelled() or self.tariffs.exception():
            return False
        number, lookup = self.tariffs.result()[0], self.passes.result()
        return number is not None and (lookup.pass_ is None or lookup.pass_.uitpas_number == number)


class Quoter:
    """Local and confirmed quotes over one :class:`~balie.counter.Counter`.

    Worker threads carry the parallel round; they are reused from tap to tap (and the HTTP
    client below reuses its kept-alive connections), so a confirmation costs one round trip.
    A round waits on its calls, calls never wait: two pools, so rounds cannot starve calls."""

    def __init__(self, counter: Counter, link: PlatformLink | None = None) -> None:
        self.counter = counter
        self.link = link
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=4,
                                                           thread_name_prefix="balie-confirm")
        self._writer = concurrent.futures.ThreadPoolExecutor(max_workers=1,
                                                             thread_name_prefix="balie-cache")
        self._lock = threading.Lock()
        self._pending = 0  # cache writes handed over and not done yet
        #: how many of them concern each identifier (chip or number, as tapped or answered)
        self._pending_for: collections.Counter[str] = collections.Counter()
        self._all_written = threading.Condition(self._lock)

    def mode(self) -> LinkMode:
        if self.counter.platform is None:
            return LinkMode.NONE
        return self.link.mode() if self.link is not None else LinkMode.ONLINE

    def local(self, identifier: str, source: IdentificationSource, event: EventInfo | None,
              price: PriceCategory | None) -> Quote:
        """The decision from the store alone: no network. It reads the answers of the taps
        before it for this card (:data:`WRITES_BEFORE_LOCAL`): a card tapped again right after
        its confirmation gets the price just confirmed, not the one before; another card does
        not wait for them."""
        self.written(WRITES_BEFORE_LOCAL, about=identifier)
        identification = self.counter.identify(identifier, source, live=False)
        decision = (self.counter.offers_for(identification, event, price, live=False)
                    if event is not None and price is not None else None)
        return Quote(identification, decision, confirmed=False)

    def ask(self, identifier: str, event: EventInfo | None,
            price: PriceCategory | None) -> Round | None:
        """Send the confirmation's requests now, before the local decision is even computed:
        ``GET /passes`` at once, ``GET /tariffs`` as soon as the number behind the identifier is
        read from the store (on the call's own thread). None when the link is not online.

        Measured with the platform in its own process (as publiq's is): sending costs the counter
        ~1 ms of interpreter time per request, while a confirmation asked only after the paint
        came a whole paint (~25 ms) later than one round trip after the tap."""
        if self.mode() is not LinkMode.ONLINE:
            return None
        counter = self.counter
        # No hand-over wait: waiting (up to 10 ms) for the calls to begin helped a loaded machine
        # a little but cost the quiet one more (interleaved, quiet, 150 ms: price p95 33-35 ms
        # with the wait, 27-30 ms without; confirmed p95 183-186 vs 179).
        passes = self._pool.submit(counter.ask_pass, identifier)
        tariffs: concurrent.futures.Future[tuple[str | None, TariffsLookup | None]] | None = None
        if event is not None and price is not None:
            tariffs = self._pool.submit(self._tariffs_for, identifier, event, price)
        return Round(passes, tariffs)

    def _tariffs_for(self, identifier: str, event: EventInfo,
                     price: PriceCategory) -> tuple[str | None, TariffsLookup | None]:
        number = self.counter.known_number(identifier)
        if number is None:
            return None, None  # a chip never seen here: the number comes with GET /passes
        return number, self.counter.ask_tariffs(event, price, number,
                                                later=self._later_for(identifier, number))

    def _later_for(self, *about: str | None) -> Later:
        """Where the cache writes of an answer about these identifiers go: the writer thread."""
        keys = tuple({_key(x) for x in about if x})
        return lambda write: self._later(write, keys)

    def _later(self, write: Callable[[], None], keys: tuple[str, ...]) -> None:
        """A cache write, off the confirmation's path: on the writer thread, in order."""
        with self._lock:
            self._pending += 1
            self._pending_for.update(keys)
        try:
            self._writer.submit(self._write, write, keys)
        except RuntimeError:  # closed: the counter is shutting down, a late answer is not kept
            log.debug("cache write after close skipped")
            self._written(keys)

    def _write(self, write: Callable[[], None], keys: tuple[str, ...]) -> None:
        try:
            write()
        finally:
            self._written(keys)

    def _written(self, keys: tuple[str, ...]) -> None:
        with self._all_written:
            self._pending -= 1
            self._pending_for.subtract(keys)
            for key in keys:
                if self._pending_for[key] <= 0:
                    del self._pending_for[key]
            self._all_written.notify_all()

    def written(self, timeout: float | None = None, *, about: str | None = None) -> bool:
        """Wait until every cache write handed over so far (``about``: every one about this
        identifier) is in the store (True), for ``timeout`` seconds at most (False). Costs
        nothing when none is pending."""
        with self._all_written:
            if about is None:
                return self._all_written.wait_for(lambda: self._pending == 0, timeout)
            key = _key(about)
            return self._all_written.wait_for(lambda: key not in self._pending_for, timeout)

    def confirmed(self, identifier: str, source: IdentificationSource, event: EventInfo | None,
                  price: PriceCategory | None, sent: Round | None = None) -> Quote | None:
        """The platform's answer in one parallel round (``sent``: the round :meth:`ask` started
        at the tap; without it the round starts now), or None when it could not be asked (link
        local, offline, too slow): then the local decision stands, provisional."""
        if sent is None:
            sent = self.ask(identifier, event, price)
            if sent is None:
                return None
        counter = self.counter
        lookup: PassLookup = sent.passes.result()
        if not lookup.answered:
            if sent.tariffs is not None:
                sent.tariffs.cancel()
            return None
        later = self._later_for(identifier, lookup.pass_.uitpas_number if lookup.pass_ else None)
        identification = counter.identify(identifier, source, lookup=lookup, later=later)
        if event is None or price is None or identification.uitpas_number is None:
            return Quote(identification, None, confirmed=True)
        number, tariffs = sent.tariffs.result() if sent.tariffs is not None else (None, None)
        if tariffs is None or number != identification.uitpas_number:
            # the chip was not known here (or now belongs to another number): a second round
            tariffs = counter.ask_tariffs(event, price, identification.uitpas_number,
                                          later=later)
        decision = counter.offers_for(identification, event, price, lookup=tariffs)
        return Quote(identification, decision, confirmed=tariffs.answered)

    def close(self) -> None:
        """Rounds still on their way are dropped; the answers already in are written first."""
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._writer.shutdown(wait=True)


def _key(identifier: str) -> str:
    """One spelling per card for the pending writes: as tapped or typed, without spaces."""
    return identifier.replace(" ", "").upper()


def first_answer(quoter: Quoter, identifier: str, source: IdentificationSource,
                 event: EventInfo | None, price: PriceCategory | None,
                 has_local: Callable[[Quote], bool]) -> tuple[Quote, Round | None]:
    """The quote to paint first, and the round that is to confirm it (None: nothing to confirm).

    The round's requests leave first, then the local decision is made while they travel. The
    caller paints the local decision and passes the round to :meth:`Quoter.confirmed` once it
    is on screen, unless the round is back by then (:meth:`Round.ready`): then it confirms at
    once and paints only the answer. A pass never seen here waits for that
    same round (there is nothing local worth painting), falling back to the local decision when
    the platform does not answer."""
    sent = quoter.ask(identifier, event, price)
    local = quoter.local(identifier, source, event, price)
    if sent is None:
        return local, None
    if has_local(local):
        return local, sent
    live = quoter.confirmed(identifier, source, event, price, sent)
    return (live, None) if live is not None else (local, None)
