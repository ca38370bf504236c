"""Training mode's practice cards follow the card reader: through PC/SC while it works, straight
in while it does not.

With pcscd and the vpcd virtual reader, a practice card is put on the virtual reader, so a
course exercises the real path (PC/SC, reader service, identification). When the smart-card
service stops or the virtual reader disappears, that path is dead and a click would do nothing
visible; the cards then go straight into the identification (as on a PC without PC/SC) and the
panel says so. Once the reader service reports the readers ready again, the cards go through
PC/SC again. The reader service reconnects by itself (balie.cardreader.service); this only follows
its overall state.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from balie.cardreader.eid_demo import DEMO_IDENTITY
from balie.cardreader.events import EidIdentity, ReaderState, ReaderStateKind
from balie.cardreader.virtual import VirtualCards
from balie.numbers import Validation

log = logging.getLogger(__name__)


class PracticeTaps:
    """``deck`` is tried first when it goes through PC/SC; ``direct`` takes over while the reader
    side is down. ``on_route(through_pcsc)`` is called (on the reader's thread) at each change."""

    def __init__(self, deck: VirtualCards, direct: VirtualCards,
                 on_route: Callable[[bool], None]) -> None:
        self._deck = deck
        self._direct = direct
        self._on_route = on_route
        #: where the next practice card goes (the VirtualCards protocol's one attribute)
        self.through_pcsc = deck.through_pcsc

    def reader_event(self, event: object) -> None:
        """Every reader event passes here; only the overall state (no reader named) counts."""
        if not self._deck.through_pcsc or not isinstance(event, ReaderState) \
                or event.reader is not None:
            return
        through = event.kind is ReaderStateKind.READY
        if through != self.through_pcsc:
            self.through_pcsc = through
            log.info("practice cards now %s", "through PC/SC" if through else "bypass PC/SC")
            self._on_route(through)

    def tap(self, chip_number: str) -> Validation:
        return self._route().tap(chip_number)

    def insert_eid(self, identity: EidIdentity = DEMO_IDENTITY) -> None:
        self._route().insert_eid(identity)

    def _route(self) -> VirtualCards:
        return self._deck if self.through_pcsc else self._direct

    def remove(self) -> None:
        self._direct.remove()
        self._deck.remove()
