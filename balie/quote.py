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
painted instead (:meth:`Round.ready`): one paint of the best price rather than two (a paint
costs the GUI thread ~5-7 ms of interpreter and Qt time), and the offers are not decided from
the store as well. On a fast link (:meth:`Quoter.fast`: the platform next door) the round is
waited for first, up to :data:`FAST_ROUND` after the tap, before anything is decided locally:
the local decision's store reads kept the interpreter from the round's two request threads,
which began ~2.5 ms late, and with a local decision done first, a race with the answer decided
whether the tap was painted once or twice (4 to 58 of 60 taps, run to run). Measured
interleaved at 0 ms latency (load 1.8-2.8): tap to confirmed median 17-20 vs 21-26 ms, p95
24-34 vs 34-39 ms. A slower link (50 ms and more) is never waited for: its local decision is
painted at once, as before. (An earlier wait of up to 20 ms on every link, with the answers'
cache writes still racing the paint, was measured worse and taken out.)

The answers are kept in the store for offline use, but not on the way to the screen: each write
(a transaction with its fsync, ~8 ms) goes to the quoter's one writer thread, in the order the
answers came (:meth:`Quoter.written` waits for them; :meth:`Quoter.close` writes what is left).
The writer does not start them while a tap is on its way to the screen (:meth:`Quoter.hold`
until :meth:`Quoter.painted`, :data:`HOLD_AT_MOST` at most): their ~11 ms of interpreter time
(the ORM's, around the fsync) took the interpreter from the answer's decision and its paint.

When the link is "local" (:class:`~balie.link.LinkMode`, a circuit breaker opened after a timeout
or repeated failures) :meth:`Quoter.confirmed` does not ask at all: the local decision stands.
"""

from __future__ import annotations

import collections
import concurrent.futures
import logging
import math
import threading
import time
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

#: How long a cache write waits, at most, for the tap on its way to be painted: a screen that
#: never says so (a tap replaced before its answer came, the group screen's look-ups) only
#: delays the writes this much. The answers are in memory meanwhile; a local decision about
#: the same card does not wait for the hold (:meth:`Quoter.written` rushes them).
HOLD_AT_MOST = 0.5

#: A link is fast when three quarters of its last :data:`ROUNDS_SEEN` rounds were back this
#: soon after they were asked (the platform next door). On a fast link a tap waits for its round
#: until this long after it was asked before it decides locally (see the module's docstring).
#: 12 and 20 ms were measured side by side at load 3: alike, 20 ms painted the answer first in
#: 57-58 of 60 taps (12 ms: 46-57).
FAST_ROUND = 0.020
ROUNDS_SEEN = 8


@dataclass(frozen=True)
class Quote:
    """Who is at the counter and what they pay, with where it came from. ``confirmed``: the
    platform answered the identification (and the tariffs, when there was an event to price)."""

    identification: Identification
    decision: SaleDecision | None
    confirmed: bool


@dataclass(frozen=True)
class Round:
    """A confirmation's requests on their way: ``GET /passes``, and ``GET /tariffs`` for
    ``number``, the UiTPAS number behind the identifier as this counter knew it at the tap (None:
    a chip it never saw). ``priced``: there was an event and price to ask the tariffs for."""

    passes: concurrent.futures.Future[PassLookup]
    tariffs: concurrent.futures.Future[TariffsLookup] | None
    number: str | None = None
    priced: bool = False
    #: when the requests left (time.monotonic)
    asked_at: float = 0.0

    def futures(self) -> list[concurrent.futures.Future[object]]:
        """The round's calls, to wait on."""
        return [f for f in (self.passes, self.tariffs) if f is not None]  # type: ignore[misc]

    def ready(self) -> bool:
        """The platform answered everything: confirming now waits for nothing (no request, no
        second round for a chip whose number this counter did not know) and gives a decision. A
        call that failed, or a pass look-up that got no answer, is not ready: the local
        decision is painted and the confirmation deals with it as before."""
        passes = self.passes
        if not passes.done() or passes.cancelled() or passes.exception() \
                or not passes.result().answered:
            return False
        if self.tariffs is None:
            return not self.priced
        if not self.tariffs.done() or self.tariffs.cancelled() or self.tariffs.exception():
            return False
        lookup = passes.result()
        return lookup.pass_ is None or lookup.pass_.uitpas_number == self.number


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
        self._holding = False  # a tap is on its way to the screen: cache writes wait
        self._rushed = 0  # callers of written() waiting: the writes go now, hold or not
        self._closing = False
        #: how long the last rounds took from asked to answered (inf: no answer)
        self._recent: collections.deque[float] = collections.deque(maxlen=ROUNDS_SEEN)

    def mode(self) -> LinkMode:
        if self.counter.platform is None:
            return LinkMode.NONE
        return self.link.mode() if self.link is not None else LinkMode.ONLINE

    def local(self, identifier: str, source: IdentificationSource, event: EventInfo | None,
              price: PriceCategory | None, sent: Round | None = None) -> Quote:
        """The decision from the store alone: no network. It reads the answers of the taps
        before it for this card (:data:`WRITES_BEFORE_LOCAL`): a card tapped again right after
        its confirmation gets the price just confirmed, not the one before; another card does
        not wait for them.

        ``sent``: the round that left at the tap. The number it read is not read again, and
        once the platform answered it (a fast link) the offers are not decided locally (the
        decision is None): the answer is painted instead (:func:`first_answer`), and the
        interpreter time of a decision nobody sees went to the answer's."""
        self.written(WRITES_BEFORE_LOCAL, about=identifier)
        identification = self.counter.identify(identifier, source, live=False,
                                               known=sent.number if sent is not None else None)
        if event is None or price is None or (sent is not None and sent.ready()):
            return Quote(identification, None, confirmed=False)
        decision = self.counter.offers_for(identification, event, price, live=False)
        return Quote(identification, decision, confirmed=False)

    def ask(self, identifier: str, event: EventInfo | None,
            price: PriceCategory | None) -> Round | None:
        """Send the confirmation's requests now, before the local decision is even computed:
        ``GET /passes`` and ``GET /tariffs`` for the number this counter knows behind the
        identifier (none known: the tariffs wait for the pass's answer). None when the link is
        not online. The cache writes are held from now until the tap is painted (:meth:`hold`).

        Measured with the platform in its own process (as publiq's is): sending costs the counter
        ~1 ms of interpreter time per request, while a confirmation asked only after the paint
        came a whole paint (~25 ms) later than one round trip after the tap."""
        if self.mode() is not LinkMode.ONLINE:
            return None
        self.hold()
        counter = self.counter
        # The number is read first (~0.1 ms), not on the call's thread: read there, it waited
        # for the interpreter behind the local decision and GET /tariffs left ~3-6 ms after GET
        # /passes. A chip this counter learnt on its last tap may still be on its way to the
        # store. No hand-over wait: waiting (up to 10 ms) for the calls to begin helped a loaded
        # machine a little but cost the quiet one more (interleaved, quiet, 150 ms: price p95
        # 33-35 ms with the wait, 27-30 ms without; confirmed p95 183-186 vs 179).
        self.written(WRITES_BEFORE_LOCAL, about=identifier)
        number = counter.known_number(identifier)
        asked_at = time.monotonic()
        passes = self._pool.submit(counter.ask_pass, identifier)
        priced = event is not None and price is not None
        tariffs: concurrent.futures.Future[TariffsLookup] | None = None
        if event is not None and price is not None and number is not None:
            tariffs = self._pool.submit(counter.ask_tariffs, event, price, number,
                                        later=self._later_for(identifier, number))
        sent = Round(passes, tariffs, number, priced, asked_at)
        self._time(sent)
        return sent

    def _time(self, sent: Round) -> None:
        """Keep how long ``sent`` takes (inf: it did not answer everything), for :meth:`fast`."""
        calls = sent.futures()
        left = [len(calls)]

        def done(_call: object) -> None:
            with self._lock:
                left[0] -= 1
                if left[0] == 0:
                    self._recent.append(time.monotonic() - sent.asked_at if sent.ready()
                                        else math.inf)

        for call in calls:
            call.add_done_callback(done)

    def fast(self) -> bool:
        """Three quarters of the last rounds were back within :data:`FAST_ROUND` (see there);
        a round without an answer counts as slow."""
        with self._lock:
            recent = sorted(self._recent)
        return len(recent) == ROUNDS_SEEN and recent[(3 * ROUNDS_SEEN) // 4 - 1] <= FAST_ROUND

    def wait_if_fast(self, sent: Round) -> bool:
        """On a fast link, wait for the round until :data:`FAST_ROUND` after it was asked (on
        another link, not at all). True: it is back (:meth:`Round.ready`)."""
        if sent.ready() or not self.fast():
            return sent.ready()
        left = sent.asked_at + FAST_ROUND - time.monotonic()
        if left > 0:
            concurrent.futures.wait(sent.futures(), timeout=left)
        return sent.ready()

    def _later_for(self, *about: str | None) -> Later:
        """Where the cache writes of an answer about these identifiers go: the writer thread."""
        keys = tuple({_key(x) for x in about if x})
        return lambda write: self._later(write, keys)

    def hold(self) -> None:
        """A tap is on its way to the screen: cache writes wait until :meth:`painted` (or
        :data:`HOLD_AT_MOST` after each was handed over)."""
        with self._lock:
            self._holding = True

    def painted(self) -> None:
        """The tap's last paint is on screen (or nothing more will be painted for it): the
        cache writes held for it go now. Never blocks (the GUI thread says it)."""
        with self._all_written:
            self._holding = False
            self._all_written.notify_all()

    def _later(self, write: Callable[[], None], keys: tuple[str, ...]) -> None:
        """A cache write, off the confirmation's path: on the writer thread, in order."""
        with self._lock:
            self._pending += 1
            self._pending_for.update(keys)
        try:
            self._writer.submit(self._write, write, keys, time.monotonic() + HOLD_AT_MOST)
        except RuntimeError:  # closed: the counter is shutting down, a late answer is not kept
            log.debug("cache write after close skipped")
            self._written(keys)

    def _write(self, write: Callable[[], None], keys: tuple[str, ...], until: float) -> None:
        with self._all_written:
            self._all_written.wait_for(
                lambda: not self._holding or self._rushed or self._closing,
                max(0.0, until - time.monotonic()))
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
                def done() -> bool:
                    return self._pending == 0
            else:
                key = _key(about)

                def done() -> bool:
                    return key not in self._pending_for
            if done():
                return True
            self._rushed += 1
            self._all_written.notify_all()
            try:
                return self._all_written.wait_for(done, timeout)
            finally:
                self._rushed -= 1

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
        tariffs = sent.tariffs.result() if sent.tariffs is not None else None
        if tariffs is None or sent.number != identification.uitpas_number:
            # the chip was not known here (or now belongs to another number): a second round
            tariffs = counter.ask_tariffs(event, price, identification.uitpas_number,
                                          later=later)
        decision = counter.offers_for(identification, event, price, lookup=tariffs)
        return Quote(identification, decision, confirmed=tariffs.answered)

    def close(self) -> None:
        """Rounds still on their way are dropped; the answers already in are written first."""
        self._pool.shutdown(wait=False, cancel_futures=True)
        with self._all_written:
            self._closing = True
            self._all_written.notify_all()
        self._writer.shutdown(wait=True)


def _key(identifier: str) -> str:
    """One spelling per card for the pending writes: as tapped or typed, without spaces."""
    return identifier.replace(" ", "").upper()


def first_answer(quoter: Quoter, identifier: str, source: IdentificationSource,
                 event: EventInfo | None, price: PriceCategory | None,
                 has_local: Callable[[Quote], bool]) -> tuple[Quote, Round | None]:
    """The quote to paint first, and the round that is to confirm it (None: nothing to confirm).

    The round's requests leave first; on a fast link they are waited for a moment
    (:meth:`Quoter.wait_if_fast`), then the local decision is made while they travel. The
    caller paints the local decision and passes the round to :meth:`Quoter.confirmed` once it
    is on screen. When the round is back before the local decision is ready to paint
    (:meth:`Round.ready`), its answer is the quote: one paint of the best price rather than
    two. A pass never seen here waits for that same round (there is nothing local worth
    painting), falling back to the local decision when the platform does not answer."""
    sent = quoter.ask(identifier, event, price)
    if sent is not None and quoter.wait_if_fast(sent):
        live = quoter.confirmed(identifier, source, event, price, sent)
        if live is not None:
            return live, None
    local = quoter.local(identifier, source, event, price, sent)
    if sent is None:
        return local, None
    if sent.ready() or not has_local(local):
        live = quoter.confirmed(identifier, source, event, price, sent)
        if live is not None:
            return live, None
        if local.decision is None:  # decided without its offers, and the answer did not do
            local = quoter.local(identifier, source, event, price)
        return local, None
    return local, sent
