"""Made-up Belgian eID files, for the card emulator, the training mode and tests.

The data is fictitious (a valid-looking national number built from the public mod-97 rule);
it exists so that registration by eID can be tried and tested without a real person's card.
"""

from __future__ import annotations

from datetime import date

from balie.cardreader import eid
from balie.cardreader.emulator import EidCard
from balie.cardreader.events import EidIdentity, Sex
from balie.cardreader.tlv import encode_tlv

DUTCH_MONTHS = ("JAN", "FEB", "MAA", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC")



def with_check_digits(first9: str) -> str:
    """A national number whose mod-97 check digits are right (births before 2000)."""
    return first9 + f"{97 - int(first9) % 97:02d}"


DEMO_IDENTITY = EidIdentity(
    national_number=with_check_digits("830302123"),
    last_name="Peeters",
    first_names="An Sofie",
    third_initial="M",
    birth_date=date(1983, 3, 2),
    birth_date_text="02 MAA 1983",
    birth_place="Gent",
    sex=Sex.FEMALE,
    nationality="Belg",
    card_number="591123456789",
    valid_from=date(2021, 5, 10),
    valid_until=date(2031, 5, 10),
    street="Korenmarkt 1 bus 3",
    postal_code="9000",
    municipality="Gent",
)


def card_date(value: date | None) -> str:
    return f"{value.day:02d}.{value.month:02d}.{value.year}" if value else ""


def encode_identity_file(identity: EidIdentity) -> bytes:
    """The identity file (4031) as a card would hold it."""
    sex_code = {Sex.MALE: "M", Sex.FEMALE: "V", Sex.UNKNOWN: "X"}[identity.sex]
    fields = [
        (eid.TAG_CARD_NUMBER, identity.card_number),
        (eid.TAG_VALID_FROM, card_date(identity.valid_from)),
        (eid.TAG_VALID_UNTIL, card_date(identity.valid_until)),
        (0x05, "Gent"),
        (eid.TAG_NATIONAL_NUMBER, identity.national_number),
        (eid.TAG_LAST_NAME, identity.last_name),
        (eid.TAG_FIRST_NAMES, identity.first_names),
        (eid.TAG_THIRD_INITIAL, identity.third_initial),
        (eid.TAG_NATIONALITY, identity.nationality),
        (eid.TAG_BIRTH_PLACE, identity.birth_place),
        (eid.TAG_BIRTH_DATE, identity.birth_date_text),
        (eid.TAG_SEX, sex_code),
        (0x0F, "1"),
    ]
    return encode_tlv([(tag, text.encode("utf-8")) for tag, text in fields]) + bytes(20)


def encode_address_file(identity: EidIdentity) -> bytes:
    fields = [
        (eid.TAG_STREET, identity.street),
        (eid.TAG_POSTAL_CODE, identity.postal_code),
        (eid.TAG_MUNICIPALITY, identity.municipality),
    ]
    return encode_tlv([(tag, text.encode("utf-8")) for tag, text in fields]) + bytes(8)


# A tiny JPEG-looking blob: the point is the multi-block READ BINARY, not the picture.
DEMO_PHOTO = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 12 + b"\xff\xd9"


def demo_eid_card(identity: EidIdentity = DEMO_IDENTITY, photo: bytes = DEMO_PHOTO) -> EidCard:
    return EidCard(
        files={
            eid.IDENTITY_FILE: encode_identity_file(identity),
            eid.ADDRESS_FILE: encode_address_file(identity),
            eid.PHOTO_FILE: photo,
        }
    )
