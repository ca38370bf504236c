"""The Belgian eID's simple TLV records: one tag byte, a length, the value.

The length is written in 7-bit groups, high bit set on every byte but the last (so 0x81 0x05 is
133); real identity fields are all shorter than 128 bytes, but the photo hash and future fields
must not break the parser. Parsing never raises: bytes from a card are untrusted input, and a
half-read or garbage file must become a typed error the screen can show.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_LENGTH_BYTES = 4


@dataclass(frozen=True)
class TlvError:
    """Why a file could not be split into records (``offset`` is where it went wrong)."""

    reason: str
    offset: int


@dataclass(frozen=True)
class TlvRecord:
    tag: int
    value: bytes


def parse_tlv(data: bytes) -> tuple[TlvRecord, ...] | TlvError:
    """Split ``data`` into records. Tag 0x00 after the last record is padding and ends the file."""
    records: list[TlvRecord] = []
    i = 0
    while i < len(data):
        tag = data[i]
        if tag == 0x00:
            break
        start = i
        i += 1
        length = 0
        for n in range(MAX_LENGTH_BYTES + 1):
            if i >= len(data):
                return TlvError("length runs past the end", start)
            if n == MAX_LENGTH_BYTES:
                return TlvError("length too long", start)
            byte = data[i]
            i += 1
            length = (length << 7) | (byte & 0x7F)
            if not byte & 0x80:
                break
        if i + length > len(data):
            return TlvError("value runs past the end", start)
        records.append(TlvRecord(tag, bytes(data[i : i + length])))
        i += length
    return tuple(records)


def encode_length(length: int) -> bytes:
    groups = [length & 0x7F]
    length >>= 7
    while length:
        groups.append(0x80 | (length & 0x7F))
        length >>= 7
    return bytes(reversed(groups))


def encode_tlv(records: list[tuple[int, bytes]]) -> bytes:
    """The inverse of :func:`parse_tlv` (for the card emulator and round-trip tests)."""
    return b"".join(bytes([tag]) + encode_length(len(value)) + value for tag, value in records)
