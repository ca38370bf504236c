"""Reading a Belgian eID for registering a pass holder: file selection, READ BINARY, parsing.

Only the public files are read (identity 3F00/DF01/4031, address 4033, photo 4035): no PIN, no
signature check. That is enough to fill in a registration form, which the cashier confirms; it is
not proof of identity. Parsing is pure and never raises on card bytes, because a card that is
pulled half-way or a non-eID card must end up as a message on screen, not a crash.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from balie.cardreader.events import EidIdentity, Sex
from balie.cardreader.tlv import TlvError, parse_tlv
from balie.numbers import validate_insz

IDENTITY_FILE = b"\x40\x31"
ADDRESS_FILE = b"\x40\x33"
PHOTO_FILE = b"\x40\x35"
EID_DF = b"\x3f\x00\xdf\x01"
MAX_FILE_SIZE = 16 * 1024

# Identity file tags (publicly documented by the eID middleware project).
TAG_CARD_NUMBER = 0x01
TAG_VALID_FROM = 0x03
TAG_VALID_UNTIL = 0x04
TAG_NATIONAL_NUMBER = 0x06
TAG_LAST_NAME = 0x07
TAG_FIRST_NAMES = 0x08
TAG_THIRD_INITIAL = 0x09
TAG_NATIONALITY = 0x0A
TAG_BIRTH_PLACE = 0x0B
TAG_BIRTH_DATE = 0x0C
TAG_SEX = 0x0D
# Address file tags.
TAG_STREET = 0x01
TAG_POSTAL_CODE = 0x02
TAG_MUNICIPALITY = 0x03

Transmit = Callable[[bytes], bytes]
"""Send a command APDU, get the response APDU (data + SW1 SW2). May raise the link's own errors."""


@dataclass(frozen=True)
class EidError:
    """Why no identity came out. ``not_an_eid``: the card lacks the eID files altogether."""

    reason: str
    not_an_eid: bool = False


# Month abbreviations as the card writes them, in Dutch, French and German (accents removed).
_MONTHS_4 = {"JUIN": 6, "JUIL": 7}
_MONTHS_3 = {
    "JAN": 1, "FEB": 2, "FEV": 2, "MAA": 3, "MAR": 3, "MRT": 3, "APR": 4, "AVR": 4,
    "MEI": 5, "MAI": 5, "JUN": 6, "JUL": 7, "AUG": 8, "AOU": 8, "SEP": 9, "OKT": 10,
    "OCT": 10, "NOV": 11, "DEC": 12, "DEZ": 12,
}  # fmt: skip
_DATE_SPLIT = re.compile(r"[\s.\-/]+")


def month_number(token: str) -> int | None:
    """'MAA', 'MAART', 'mars', 'MÄR', 'juil.', '03' -> month number; None when unknown."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", token) if not unicodedata.combining(c))
    plain = plain.upper().strip(". ")
    if plain.isdigit():
        value = int(plain)
        return value if 1 <= value <= 12 else None
    return _MONTHS_4.get(plain[:4]) or _MONTHS_3.get(plain[:3])


def parse_card_date(text: str) -> date | None:
    """A date as printed on the chip: '02 MAA 1983', '02.03.1983', '2 FEV 1983'. None if unknown."""
    parts = [p for p in _DATE_SPLIT.split(text.strip()) if p]
    if len(parts) != 3 or not parts[0].isdigit() or not parts[2].isdigit():
        return None
    month = month_number(parts[1])
    if month is None:
        return None
    try:
        return date(int(parts[2]), month, int(parts[0]))
    except ValueError:
        return None


def _text(fields: dict[int, bytes], tag: int) -> str:
    return fields.get(tag, b"").decode("utf-8", errors="replace").replace("\x00", "").strip()


def _sex(code: str) -> Sex:
    if code[:1] == "M":
        return Sex.MALE
    if code[:1] in ("F", "V", "W"):
        return Sex.FEMALE
    return Sex.UNKNOWN


def _fields(data: bytes, what: str) -> dict[int, bytes] | EidError:
    records = parse_tlv(data)
    if isinstance(records, TlvError):
        return EidError(f"{what} file: {records.reason} at byte {records.offset}")
    return {r.tag: r.value for r in records}


def parse_identity(identity: bytes, address: bytes = b"", photo: bytes | None = None) -> EidIdentity | EidError:
    """Build the typed identity from the raw identity (4031) and address (4033) files."""
    id_fields = _fields(identity, "identity")
    if isinstance(id_fields, EidError):
        return id_fields
    addr_fields = _fields(address, "address")
    if isinstance(addr_fields, EidError):
        return addr_fields
    insz = validate_insz(_text(id_fields, TAG_NATIONAL_NUMBER))
    if not insz.ok:
        return EidError("identity file has no valid national number")
    last_name = _text(id_fields, TAG_LAST_NAME)
    if not last_name:
        return EidError("identity file has no name")
    birth_text = _text(id_fields, TAG_BIRTH_DATE)
    return EidIdentity(
        national_number=insz.value,
        last_name=last_name,
        first_names=_text(id_fields, TAG_FIRST_NAMES),
        third_initial=_text(id_fields, TAG_THIRD_INITIAL),
        birth_date=parse_card_date(birth_text),
        birth_date_text=birth_text,
        birth_place=_text(id_fields, TAG_BIRTH_PLACE),
        sex=_sex(_text(id_fields, TAG_SEX).upper()),
        nationality=_text(id_fields, TAG_NATIONALITY),
        card_number=_text(id_fields, TAG_CARD_NUMBER),
        valid_from=parse_card_date(_text(id_fields, TAG_VALID_FROM)),
        valid_until=parse_card_date(_text(id_fields, TAG_VALID_UNTIL)),
        street=_text(addr_fields, TAG_STREET),
        postal_code=_text(addr_fields, TAG_POSTAL_CODE),
        municipality=_text(addr_fields, TAG_MUNICIPALITY),
        photo=photo,
    )


def select_file(transmit: Transmit, file_id: bytes) -> bool:
    """SELECT by path from the master file, as the eID applet expects (P1=08, no FCI)."""
    path = EID_DF + file_id
    response = transmit(b"\x00\xa4\x08\x0c" + bytes([len(path)]) + path)
    return response[-2:] == b"\x90\x00"


def read_binary(transmit: Transmit, max_size: int = MAX_FILE_SIZE) -> bytes | EidError:
    """Read the selected file to its end. Real cards answer ``6C xx`` (ask again with Le=xx) near
    the end and ``6B 00`` once the offset passes it; both end the loop normally."""
    data = bytearray()
    le = 0  # 0 = 256 bytes
    retries = 0  # 6C answers at this offset: a card that keeps changing its mind must not hang us
    while len(data) < max_size:
        offset = len(data)
        response = transmit(bytes([0x00, 0xB0, offset >> 8, offset & 0xFF, le]))
        if len(response) < 2:
            return EidError("READ BINARY answer too short")
        sw1, sw2, body = response[-2], response[-1], response[:-2]
        if sw1 == 0x6C and not body:
            retries += 1
            if sw2 == 0 or le == sw2 or retries > 2:
                return EidError("READ BINARY 6C loop")
            le = sw2
            continue
        retries = 0
        if (sw1, sw2) == (0x6B, 0x00) and offset > 0:
            return bytes(data)
        if (sw1, sw2) == (0x62, 0x82):
            return bytes(data + body)
        if (sw1, sw2) != (0x90, 0x00):
            return EidError(f"READ BINARY status {sw1:02X}{sw2:02X}")
        data += body
        if not body or len(body) < (le or 256):
            return bytes(data)
        le = 0
    return EidError("file larger than expected")


def read_identity(transmit: Transmit, with_photo: bool = False) -> EidIdentity | EidError:
    """Select and read the public files, then parse them."""
    files: dict[bytes, bytes] = {}
    wanted = [IDENTITY_FILE, ADDRESS_FILE] + ([PHOTO_FILE] if with_photo else [])
    for file_id in wanted:
        if not select_file(transmit, file_id):
            return EidError(f"cannot select {file_id.hex()}", not_an_eid=file_id == IDENTITY_FILE)
        content = read_binary(transmit)
        if isinstance(content, EidError):
            return content
        files[file_id] = content
    return parse_identity(files[IDENTITY_FILE], files[ADDRESS_FILE], files.get(PHOTO_FILE))
