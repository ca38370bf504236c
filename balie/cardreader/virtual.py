"""Virtual cards for the training mode's "virtual card" panel.

Where pcscd/WinSCard with the vpcd virtual reader is available, :class:`VirtualCardDeck` puts an
emulated card on that reader, so the whole real path (PC/SC, reader service, identification) is
exercised. Elsewhere :class:`DirectReader` emits the same events straight to the listener. Both
have the same three methods, so the panel does not care which one it got from
:func:`open_virtual_cards`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Protocol

from balie.cardreader import pcsc
from balie.cardreader.eid_demo import DEMO_IDENTITY, demo_eid_card
from balie.cardreader.emulator import VPCD_PORT, CardEmulator, UitpasCard
from balie.cardreader.events import CardRemoved, CardTapped, EidIdentity, EidRead, ReaderEvent
from balie.numbers import Validation, normalise_chip_number

log = logging.getLogger(__name__)

VIRTUAL_READER_PREFIX = "Virtual PCD"


class VirtualCards(Protocol):
    through_pcsc: bool

    def tap(self, chip_number: str) -> Validation: ...

    def insert_eid(self, identity: EidIdentity = DEMO_IDENTITY) -> None: ...

    def remove(self) -> None: ...


class VirtualCardDeck:
    """Cards on the vpcd virtual reader at ``port`` (35963 = 'Virtual PCD 00 00')."""

    through_pcsc = True

    def __init__(self, port: int = VPCD_PORT) -> None:
        self._emulator = CardEmulator(port)

    def tap(self, chip_number: str) -> Validation:
        """Put a UiTPAS card with this chip number on the reader (replacing any card there)."""
        chip = normalise_chip_number(chip_number)
        if chip.ok:
            self._emulator.insert(UitpasCard(bytes.fromhex(chip.value)))
        return chip

    def insert_eid(self, identity: EidIdentity = DEMO_IDENTITY) -> None:
        self._emulator.insert(demo_eid_card(identity))

    def remove(self) -> None:
        self._emulator.remove()


class DirectReader:
    """The same events as a reader would give, without PC/SC (no pcscd, no vpcd driver)."""

    through_pcsc = False

    def __init__(self, on_event: Callable[[ReaderEvent], None], reader: str = "Virtuele kaart") -> None:
        self._on_event = on_event
        self.reader = reader
        self._present = False

    def tap(self, chip_number: str) -> Validation:
        chip = normalise_chip_number(chip_number)
        if chip.ok:
            self.remove()
            self._present = True
            self._on_event(CardTapped(self.reader, chip.value, time.monotonic()))
        return chip

    def insert_eid(self, identity: EidIdentity = DEMO_IDENTITY) -> None:
        self.remove()
        self._present = True
        self._on_event(EidRead(self.reader, identity))

    def remove(self) -> None:
        if self._present:
            self._present = False
            self._on_event(CardRemoved(self.reader))


def vpcd_reader_available() -> bool:
    """True when PC/SC runs and lists a vpcd 'Virtual PCD' reader."""
    try:
        context = pcsc.establish()
    except pcsc.ContextLost:
        return False
    try:
        return any(name.startswith(VIRTUAL_READER_PREFIX) for name in pcsc.list_readers(context))
    except pcsc.ContextLost:
        return False
    finally:
        pcsc.release(context)


def open_virtual_cards(on_event: Callable[[ReaderEvent], None], port: int = VPCD_PORT) -> VirtualCards:
    """The deck through PC/SC when possible, else the direct fallback (events go to ``on_event``;
    with the deck they arrive through the app's ReaderService instead)."""
    if vpcd_reader_available():
        return VirtualCardDeck(port)
    log.info("no vpcd virtual reader; virtual cards bypass PC/SC")
    return DirectReader(on_event)
