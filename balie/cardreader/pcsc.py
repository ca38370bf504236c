"""A thin, typed layer over pyscard's PC/SC calls, turning result codes into reader states.

pyscard's ``smartcard.scard`` mirrors WinSCard/pcsc-lite one to one and reports failures as
HRESULT numbers. This module is the only place that knows those numbers; everything above it
works with :class:`ReaderStateKind` values and :class:`ContextLost`.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from smartcard import scard

from balie.cardreader.events import ReaderStateKind

PNP_READER = "\\\\?PnP?\\Notification"

S_SUCCESS = 0x00000000
E_CANCELLED = 0x80100002
E_INVALID_HANDLE = 0x80100003
E_UNKNOWN_READER = 0x80100009
E_TIMEOUT = 0x8010000A
E_SHARING_VIOLATION = 0x8010000B
E_NO_SMARTCARD = 0x8010000C
E_PROTO_MISMATCH = 0x8010000F
E_NOT_TRANSACTED = 0x80100016
E_READER_UNAVAILABLE = 0x80100017
E_NO_SERVICE = 0x8010001D
E_SERVICE_STOPPED = 0x8010001E
E_NO_READERS_AVAILABLE = 0x8010002E
E_COMM_DATA_LOST = 0x8010002F
W_UNSUPPORTED_CARD = 0x80100065
W_UNRESPONSIVE_CARD = 0x80100066
W_UNPOWERED_CARD = 0x80100067
W_RESET_CARD = 0x80100068
W_REMOVED_CARD = 0x80100069

CONTEXT_LOST = {E_NO_SERVICE, E_SERVICE_STOPPED, E_INVALID_HANDLE}
READER_GONE = {E_UNKNOWN_READER, E_READER_UNAVAILABLE}
CARD_GONE = {E_NO_SMARTCARD, W_REMOVED_CARD, W_RESET_CARD, E_NOT_TRANSACTED, E_COMM_DATA_LOST}
CARD_BAD = {W_UNRESPONSIVE_CARD, W_UNPOWERED_CARD, E_PROTO_MISMATCH, W_UNSUPPORTED_CARD}

STATE_PRESENT = scard.SCARD_STATE_PRESENT
STATE_EMPTY = scard.SCARD_STATE_EMPTY
STATE_MUTE = scard.SCARD_STATE_MUTE
STATE_CHANGED = scard.SCARD_STATE_CHANGED
STATE_UNAVAILABLE = scard.SCARD_STATE_UNAVAILABLE | scard.SCARD_STATE_UNKNOWN
STATE_UNAWARE = scard.SCARD_STATE_UNAWARE


def code(hresult: int) -> int:
    """pyscard hands out HRESULTs signed on some platforms and unsigned on others."""
    return hresult & 0xFFFFFFFF


class ContextLost(Exception):
    """The PC/SC service went away (Windows stops it with the last reader; pcscd was stopped)."""


class CardLinkError(Exception):
    """A card conversation failed; ``kind`` is what the cashier should be told."""

    def __init__(self, kind: ReaderStateKind, hresult: int = 0) -> None:
        super().__init__(f"{kind} (0x{hresult:08X})")
        self.kind = kind
        self.hresult = hresult


def establish() -> int:
    """A new PC/SC context; raises ContextLost when the service is not running."""
    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if code(hresult) != S_SUCCESS:
        raise ContextLost(f"0x{code(hresult):08X}")
    return context


def release(context: int) -> None:
    try:
        scard.SCardReleaseContext(context)
    except Exception:  # noqa: BLE001 - a dead context may not even release cleanly
        pass


def list_readers(context: int) -> list[str]:
    hresult, names = scard.SCardListReaders(context, [])
    rc = code(hresult)
    if rc == E_NO_READERS_AVAILABLE:
        return []
    if rc in CONTEXT_LOST:
        raise ContextLost(f"0x{rc:08X}")
    if rc != S_SUCCESS:
        raise ContextLost(f"list readers 0x{rc:08X}")
    return list(names)


def kind_for(rc: int) -> ReaderStateKind:
    if rc == E_SHARING_VIOLATION:
        return ReaderStateKind.READER_BUSY
    if rc in CARD_GONE:
        return ReaderStateKind.CARD_REMOVED_TOO_EARLY
    if rc in CARD_BAD:
        return ReaderStateKind.CARD_UNREADABLE
    return ReaderStateKind.READER_ERROR


class CardLink:
    """One open connection to a card; ``transmit`` raises CardLinkError instead of returning codes."""

    def __init__(self, context: int, reader: str) -> None:
        self.context = context
        self.reader = reader
        hresult, self._card, protocol = scard.SCardConnect(
            context, reader, scard.SCARD_SHARE_SHARED, scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1
        )
        rc = code(hresult)
        if rc in CONTEXT_LOST:
            raise ContextLost(f"connect 0x{rc:08X}")
        if rc != S_SUCCESS:
            raise CardLinkError(kind_for(rc), rc)
        self._protocol = protocol

    def transmit(self, apdu: bytes) -> bytes:
        hresult, response = scard.SCardTransmit(self._card, self._protocol, list(apdu))
        rc = code(hresult)
        if rc in CONTEXT_LOST:
            raise ContextLost(f"transmit 0x{rc:08X}")
        if rc != S_SUCCESS:
            raise CardLinkError(kind_for(rc), rc)
        return bytes(response)

    def close(self) -> None:
        scard.SCardDisconnect(self._card, scard.SCARD_LEAVE_CARD)


@contextmanager
def connect(context: int, reader: str) -> Iterator[CardLink]:
    link = CardLink(context, reader)
    try:
        yield link
    finally:
        link.close()


def wait_for_card(reader: str, present: bool, timeout: float = 5.0, context: int | None = None) -> bool:
    """Block until PC/SC reports the reader with (``present``) or without a card.

    Tests and the benchmark use it so that every step starts from a state pcscd has really seen:
    pcscd polls a vpcd reader only every 400 ms, so a quick remove-then-insert may otherwise be
    mistaken for a card that never left.
    """
    own = context is None
    ctx = establish() if own else context
    try:
        state = STATE_UNAWARE
        deadline = time.monotonic() + timeout
        while True:
            left_ms = int((deadline - time.monotonic()) * 1000)
            if left_ms < 0:
                return False
            hresult, states = scard.SCardGetStatusChange(ctx, left_ms, [(reader, state)])
            rc = code(hresult)
            if rc == E_TIMEOUT:
                return False
            if rc != S_SUCCESS:
                raise ContextLost(f"status 0x{rc:08X}")
            event = states[0][1]
            if bool(event & STATE_PRESENT) == present and not event & STATE_UNAVAILABLE:
                return True
            state = event & ~STATE_CHANGED
    finally:
        if ctx is not None and own:
            release(ctx)
