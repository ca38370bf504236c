"""What a card on a reader is: a UiTPAS chip (UID), a Belgian eID, or something we cannot use.

Pure logic over a ``transmit`` function, so the same code runs through PC/SC, against the
emulator in-process, and in tests. Readers of unknown kind (role AUTO) look at the card: a
contactless pseudo-ATR means read the UID; otherwise try the eID files first, then the UID.
"""

from __future__ import annotations

from balie.cardreader import eid
from balie.cardreader.events import CardTapped, EidRead, ReaderState, ReaderStateKind
from balie.cardreader.pcsc import CardLinkError
from balie.cardreader.readers import ReaderRole
from balie.numbers import normalise_chip_number

GET_UID = b"\xff\xca\x00\x00\x00"


def looks_contactless(atr: bytes) -> bool:
    """PC/SC part 3: contactless readers report a pseudo-ATR 3B 8n 80 01 ... for every card."""
    return len(atr) >= 4 and atr[0] == 0x3B and atr[1] & 0xF0 == 0x80 and atr[2:4] == b"\x80\x01"


def checked(transmit: eid.Transmit) -> eid.Transmit:
    """Refuse answers without a status word: a response that short is garbage, not a refusal.
    An empty answer is what vpcd and some readers give when the card left mid-command; the
    service then checks whether the card is really gone before saying so."""

    def send(apdu: bytes) -> bytes:
        response = transmit(apdu)
        if not response:
            raise CardLinkError(ReaderStateKind.CARD_REMOVED_TOO_EARLY)
        if len(response) < 2:
            raise CardLinkError(ReaderStateKind.CARD_UNREADABLE)
        return response

    return send


def read_chip_number(transmit: eid.Transmit) -> str | ReaderStateKind:
    """The UID via the reader's GET DATA pseudo-APDU, as the platform writes chip numbers."""
    response = transmit(GET_UID)
    if response[-2:] != b"\x90\x00":
        return ReaderStateKind.UNKNOWN_CARD
    chip = normalise_chip_number(response[:-2])
    return chip.value if chip.ok else ReaderStateKind.CARD_UNREADABLE


def _tap(transmit: eid.Transmit, reader: str, seen_at: float) -> CardTapped | ReaderState:
    chip = read_chip_number(transmit)
    if isinstance(chip, ReaderStateKind):
        return ReaderState.of(chip, reader)
    return CardTapped(reader, chip, seen_at)


def _eid(transmit: eid.Transmit, reader: str, with_photo: bool) -> EidRead | ReaderState | None:
    """None when the card has no eID files at all (so AUTO may try the UID instead)."""
    result = eid.read_identity(transmit, with_photo)
    if isinstance(result, eid.EidError):
        if result.not_an_eid:
            return None
        return ReaderState.of(ReaderStateKind.CARD_UNREADABLE, reader)
    return EidRead(reader, result)


def identify(
    transmit: eid.Transmit, reader: str, role: ReaderRole, atr: bytes, seen_at: float, with_photo: bool = False
) -> CardTapped | EidRead | ReaderState:
    """The one event a card on ``reader`` produces. Link failures raise CardLinkError."""
    send = checked(transmit)
    if role is ReaderRole.NFC or (role is ReaderRole.AUTO and looks_contactless(atr)):
        return _tap(send, reader, seen_at)
    read = _eid(send, reader, with_photo)
    if read is not None:
        return read
    if role is ReaderRole.EID:
        return ReaderState.of(ReaderStateKind.UNKNOWN_CARD, reader)
    return _tap(send, reader, seen_at)
