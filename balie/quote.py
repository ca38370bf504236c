"""The price at once, confirmed in the background: one tap's answer, first local, then live.

Online, a counter that waits for the platform before it shows a price is slower than publiq's
own web counter, and a slow network makes it slower than no network. So a tap is answered twice:

1. :meth:`Quoter.local` decides from the store alone (cached pass, cached answers, the offline
   policy), in the same few milliseconds as offline. The screen paints it at once, marked as
   "being confirmed"; the cashier may sell on it, and such a sale carries the provisional mark.
2. :meth:`Quoter.confirmed`, once the local decision is on screen, asks the platform in ONE
   parallel round: ``GET /passes`` and ``GET /tariffs`` leave together (the tariffs take the
   UiTPAS number, which the identifier is, or which this counter remembered for the chip). The
   screen replaces the local decision with it and says plainly what changed.

When the link is "local" (:class:`~balie.link.LinkMode`, a circuit breaker opened after a timeout
or repeated failures) :meth:`Quoter.confirmed` does not ask at all: the local decision stands.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable
from dataclasses import dataclass

from balie.counter import Counter, Identification, PassLookup, TariffsLookup
from balie.decide import SaleDecision
from balie.domain import EventInfo, IdentificationSource, PriceCategory
from balie.link import LinkMode, PlatformLink


@dataclass(frozen=True)
class Quote:
    """Who is at the counter and what they pay, with where it came from. ``confirmed``: the
    platform answered the identification (and the tariffs, when there was an event to price)."""

    identification: Identification
    decision: SaleDecision | None
    confirmed: bool


class Quoter:
    """Local and confirmed quotes over one :class:`~balie.counter.Counter`.

    Worker threads carry the parallel round; they are reused from tap to tap (and the HTTP
    client below reuses its kept-alive connections), so a confirmation costs one round trip.
    A round waits on its calls, calls never wait: two pools, so rounds cannot starve calls."""

    def __init__(self, counter: Counter, link: PlatformLink | None = None) -> None:
        self.counter = counter
        self.link = link
        self._rounds = concurrent.futures.ThreadPoolExecutor(max_workers=2,
                                                             thread_name_prefix="balie-round")
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=4,
                                                           thread_name_prefix="balie-confirm")

    def mode(self) -> LinkMode:
        if self.counter.platform is None:
            return LinkMode.NONE
        return self.link.mode() if self.link is not None else LinkMode.ONLINE

    def local(self, identifier: str, source: IdentificationSource, event: EventInfo | None,
              price: PriceCategory | None) -> Quote:
        """The decision from the store alone: no network, no waiting."""
        identification = self.counter.identify(identifier, source, live=False)
        decision = (self.counter.offers_for(identification, event, price, live=False)
                    if event is not None and price is not None else None)
        return Quote(identification, decision, confirmed=False)

    def confirmed(self, identifier: str, source: IdentificationSource, event: EventInfo | None,
                  price: PriceCategory | None) -> Quote | None:
        """The platform's answer in one parallel round, or None when it could not be asked (link
        local, offline, too slow): then the local decision stands, provisional."""
        if self.mode() is not LinkMode.ONLINE:
            return None
        counter = self.counter
        number = counter.known_number(identifier)
        pricing = event is not None and price is not None
        pass_call = self._pool.submit(counter.ask_pass, identifier)
        tariffs_call: concurrent.futures.Future[TariffsLookup] | None = None
        if pricing and number is not None:
            assert event is not None and price is not None
            tariffs_call = self._pool.submit(counter.ask_tariffs, event, price, number)
        lookup: PassLookup = pass_call.result()
        if not lookup.answered:
            if tariffs_call is not None:
                tariffs_call.cancel()
            return None
        identification = counter.identify(identifier, source, lookup=lookup)
        if not pricing or identification.uitpas_number is None:
            return Quote(identification, None, confirmed=True)
        assert event is not None and price is not None
        tariffs = tariffs_call.result() if tariffs_call is not None else None
        if tariffs is None or number != identification.uitpas_number:
            # the chip was not known here (or now belongs to another number): a second round
            tariffs = counter.ask_tariffs(event, price, identification.uitpas_number)
        decision = counter.offers_for(identification, event, price, lookup=tariffs)
        return Quote(identification, decision, confirmed=tariffs.answered)

    def start(self, identifier: str, source: IdentificationSource, event: EventInfo | None,
              price: PriceCategory | None) -> concurrent.futures.Future[Quote | None]:
        """:meth:`confirmed` started now, in the background: the requests leave before the
        local decision is even computed, so confirming costs the round trip and little more."""
        return self._rounds.submit(self.confirmed, identifier, source, event, price)

    def close(self) -> None:
        self._rounds.shutdown(wait=False, cancel_futures=True)
        self._pool.shutdown(wait=False, cancel_futures=True)


def first_answer(quoter: Quoter, identifier: str, source: IdentificationSource,
                 event: EventInfo | None, price: PriceCategory | None,
                 has_local: Callable[[Quote], bool]) -> tuple[Quote, bool]:
    """The quote to paint first, and whether the platform is still to confirm it.

    A pass this counter knows is painted from the store at once; the caller asks
    :meth:`Quoter.confirmed` only after the paint. Starting the round before the local decision
    (as this did) put the HTTP threads' work on the interpreter while the local decision and the
    paint ran: online, the same decision took ~20 ms longer than offline. The round trip starts
    a local decision later (a few ms). A pass never seen here waits for the one parallel round
    (there is nothing local worth painting), falling back to the local decision when the
    platform does not answer."""
    local = quoter.local(identifier, source, event, price)
    if quoter.mode() is not LinkMode.ONLINE:
        return local, False
    if has_local(local):
        return local, True
    live = quoter.confirmed(identifier, source, event, price)
    return (live, False) if live is not None else (local, False)
