"""A card on the far side of the vpcd virtual reader, so PC/SC can be tested without hardware.

vsmartcard's vpcd driver makes pcscd show "Virtual PCD" readers that listen on TCP (35963 for slot
00 00, 35964 for 00 01). Connecting to that port is *inserting* a card, closing the socket is
*removing* it. Messages in both directions are a 2-byte big-endian length plus payload: a 1-byte
payload is a control message (00 power off, 01 power on, 02 reset, 04 "send ATR"), anything else
is a command APDU answered with a response APDU.

Stdlib only, on purpose: the tests, the training mode's virtual card and ``bench/tap.py`` all use
it, and a frozen app must not need vsmartcard's Python package (which Debian packages brokenly).
vpcd writes length and APDU in two ``send()`` calls with Nagle on; with Linux delayed ACKs every
APDU would cost ~48 ms, so the socket sets TCP_NODELAY and re-arms TCP_QUICKACK before each read.

Run by hand: ``python -m balie.cardreader.emulate --uid 04AABBCCDDEE80`` (Ctrl-C removes it).
"""

from __future__ import annotations

import logging
import socket
import struct
import threading
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

VPCD_PORT = 35963
SW_OK = b"\x90\x00"
SW_FILE_NOT_FOUND = b"\x6a\x82"
SW_WRONG_P1P2 = b"\x6b\x00"
SW_INS_NOT_SUPPORTED = b"\x6d\x00"
SW_CLA_NOT_SUPPORTED = b"\x6e\x00"
SW_FUNC_NOT_SUPPORTED = b"\x6a\x81"

# PC/SC part 3 pseudo-ATR a contactless reader reports for a MIFARE DESFire / ISO 14443-4 card.
ATR_CONTACTLESS = bytes.fromhex("3B8180018080")
# ATR of a Belgian eID (applet v1.7).
ATR_EID = bytes.fromhex("3B9813400AA503010101AD1311")
GET_UID = b"\xff\xca\x00\x00"


class VirtualCard:
    """What a card answers. Subclasses override ``answer``; the ATR is sent on power-up."""

    atr: bytes = ATR_CONTACTLESS

    def answer(self, apdu: bytes) -> bytes | None:
        """Response APDU, or None to drop the connection (the card leaves mid-command)."""
        return SW_INS_NOT_SUPPORTED


@dataclass
class UitpasCard(VirtualCard):
    """A UiTPAS card (MIFARE DESFire EV1): the reader's GET DATA pseudo-APDU yields its UID."""

    uid: bytes

    def answer(self, apdu: bytes) -> bytes | None:
        if apdu[:4] == GET_UID:
            return self.uid + SW_OK
        return SW_CLA_NOT_SUPPORTED if apdu[:1] == b"\xff" else SW_INS_NOT_SUPPORTED


@dataclass
class UnknownCard(VirtualCard):
    """A card that is not ours: refuses the UID command and has no eID files (e.g. a bank card)."""

    atr: bytes = bytes.fromhex("3B6800000073C84013009000")

    def answer(self, apdu: bytes) -> bytes | None:
        return SW_FUNC_NOT_SUPPORTED if apdu[:1] == b"\xff" else SW_FILE_NOT_FOUND


@dataclass
class GarbageCard(VirtualCard):
    """A broken card or reader: answers with bytes that are no valid response (1 byte, no SW)."""

    def answer(self, apdu: bytes) -> bytes | None:
        return b"\x42"


@dataclass
class VanishingCard(VirtualCard):
    """A card pulled away the moment it is read: the connection drops on the first command."""

    def answer(self, apdu: bytes) -> bytes | None:
        return None


@dataclass
class EidCard(VirtualCard):
    """A Belgian eID with made-up files, answering SELECT by path and READ BINARY as real cards
    do: ``6C xx`` when Le asks for more than is left, ``6B 00`` when the offset is past the end."""

    files: dict[bytes, bytes]
    atr: bytes = ATR_EID
    _selected: bytes | None = field(default=None, init=False)

    def answer(self, apdu: bytes) -> bytes | None:
        if len(apdu) < 4:
            return b"\x67\x00"
        cla, ins, p1, p2 = apdu[0], apdu[1], apdu[2], apdu[3]
        if cla != 0x00:
            return SW_CLA_NOT_SUPPORTED
        if ins == 0xA4:
            return self._select(apdu)
        if ins == 0xB0:
            return self._read_binary((p1 << 8) | p2, apdu[4] if len(apdu) > 4 else 0)
        return SW_INS_NOT_SUPPORTED

    def _select(self, apdu: bytes) -> bytes:
        if len(apdu) < 5 or apdu[2] != 0x08:
            return SW_WRONG_P1P2
        path = apdu[5 : 5 + apdu[4]]
        self._selected = path[-2:] if path[-2:] in self.files and path[:4] == b"\x3f\x00\xdf\x01" else None
        return SW_OK if self._selected else SW_FILE_NOT_FOUND

    def _read_binary(self, offset: int, le: int) -> bytes:
        if self._selected is None:
            return b"\x69\x86"
        data = self.files[self._selected]
        if offset >= len(data):
            return SW_WRONG_P1P2
        wanted = le or 256
        left = len(data) - offset
        if wanted > left:
            return bytes([0x6C, left])
        return data[offset : offset + wanted] + SW_OK


class CardEmulator:
    """One virtual reader slot: ``insert(card)`` connects to vpcd, ``remove()`` disconnects."""

    def __init__(self, port: int = VPCD_PORT, host: str = "127.0.0.1") -> None:
        self.port = port
        self.host = host
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    @property
    def inserted(self) -> bool:
        return self._sock is not None

    def insert(self, card: VirtualCard) -> None:
        """Put ``card`` on the reader. Raises OSError when no vpcd listens (pcscd not running)."""
        with self._lock:
            self._close_locked()
            sock = socket.create_connection((self.host, self.port), timeout=2.0)
            sock.settimeout(None)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._sock = sock
            self._thread = threading.Thread(
                target=self._serve, args=(sock, card), name=f"vpcd-card-{self.port}", daemon=True
            )
            self._thread.start()

    def remove(self) -> None:
        """Take the card off the reader (no-op when there is none)."""
        with self._lock:
            self._close_locked()

    def _close_locked(self) -> None:
        sock, thread = self._sock, self._thread
        self._sock = self._thread = None
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=2.0)

    def _serve(self, sock: socket.socket, card: VirtualCard) -> None:
        try:
            while True:
                payload = _recv_frame(sock)
                if payload is None:
                    return
                if len(payload) == 1:
                    if payload[0] == 0x04:
                        _send_frame(sock, card.atr)
                    continue
                reply = card.answer(payload)
                if reply is None:
                    sock.shutdown(socket.SHUT_RDWR)
                    return
                _send_frame(sock, reply)
        except OSError:
            return


def _quickack(sock: socket.socket) -> None:
    quickack = getattr(socket, "TCP_QUICKACK", None)
    if quickack is not None:
        try:
            sock.setsockopt(socket.IPPROTO_TCP, quickack, 1)
        except OSError:
            pass


def _recv_exact(sock: socket.socket, n: int) -> bytes | None:
    buf = bytearray()
    while len(buf) < n:
        _quickack(sock)
        chunk = sock.recv(n - len(buf))
        if not chunk:
            return None
        buf += chunk
    return bytes(buf)


def _recv_frame(sock: socket.socket) -> bytes | None:
    head = _recv_exact(sock, 2)
    if head is None:
        return None
    (length,) = struct.unpack("!H", head)
    return _recv_exact(sock, length) if length else b""


def _send_frame(sock: socket.socket, payload: bytes) -> None:
    sock.sendall(struct.pack("!H", len(payload)) + payload)
