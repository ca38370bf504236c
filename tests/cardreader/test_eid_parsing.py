"""Belgian eID files: TLV records, dates in three languages, typed errors for any garbage."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from balie.cardreader import eid
from balie.cardreader.eid_demo import (
    DEMO_IDENTITY,
    DEMO_PHOTO,
    demo_eid_card,
    encode_address_file,
    encode_identity_file,
)
from balie.cardreader.events import EidIdentity, Sex
from balie.cardreader.tlv import TlvError, TlvRecord, encode_tlv, parse_tlv


@pytest.mark.parametrize(
    "text, expected",
    [
        ("02 MAA 1983", date(1983, 3, 2)),
        ("02 MAAR 1983", date(1983, 3, 2)),
        ("15 MEI 2001", date(2001, 5, 15)),
        ("31 OKT 1999", date(1999, 10, 31)),
        ("01 JAN 1950", date(1950, 1, 1)),
        ("02 FEV 1983", date(1983, 2, 2)),
        ("02 FÉV 1983", date(1983, 2, 2)),
        ("02 MARS 1983", date(1983, 3, 2)),
        ("10 AVR 1990", date(1990, 4, 10)),
        ("10 MAI 1990", date(1990, 5, 10)),
        ("10 JUIN 1990", date(1990, 6, 10)),
        ("10 JUIL 1990", date(1990, 7, 10)),
        ("10 AOÛT 1990", date(1990, 8, 10)),
        ("10 MÄR 1990", date(1990, 3, 10)),
        ("24 DEZ 1990", date(1990, 12, 24)),
        ("24.12.1990", date(1990, 12, 24)),
        ("7  AUG  1961", date(1961, 8, 7)),
    ],
)
def test_birth_dates_in_dutch_french_and_german_forms_are_understood(text: str, expected: date):
    assert eid.parse_card_date(text) == expected


@pytest.mark.parametrize("text", ["", "1983", "00 MAA 1983", "31 FEB 2001", "02 XYZ 1983", "02 MAA"])
def test_unknown_or_impossible_dates_stay_unknown_instead_of_failing(text: str):
    assert eid.parse_card_date(text) is None


def test_demo_card_files_parse_into_the_full_identity():
    identity = eid.parse_identity(encode_identity_file(DEMO_IDENTITY), encode_address_file(DEMO_IDENTITY))
    assert identity == DEMO_IDENTITY


def test_reading_the_demo_card_with_6c_and_6b00_answers_returns_identity_and_photo():
    card = demo_eid_card()
    identity = eid.read_identity(card.answer, with_photo=True)
    assert isinstance(identity, EidIdentity)
    assert identity.national_number == DEMO_IDENTITY.national_number
    assert identity.photo == DEMO_PHOTO


def test_card_without_identity_file_is_reported_as_not_an_eid():
    result = eid.read_identity(lambda apdu: b"\x6a\x82")
    assert isinstance(result, eid.EidError) and result.not_an_eid


def test_identity_without_valid_national_number_is_an_error_not_a_half_identity():
    broken = EidIdentity(**{**DEMO_IDENTITY.__dict__, "national_number": "12345678901"})
    result = eid.parse_identity(encode_identity_file(broken))
    assert isinstance(result, eid.EidError)


def test_sex_codes_of_the_three_languages():
    for code, sex in (("M", Sex.MALE), ("V", Sex.FEMALE), ("F", Sex.FEMALE), ("W", Sex.FEMALE)):
        data = encode_identity_file(DEMO_IDENTITY).replace(b"\x0d\x01V", b"\x0d\x01" + code.encode())
        result = eid.parse_identity(data)
        assert isinstance(result, EidIdentity) and result.sex is sex


def test_long_values_use_multi_byte_lengths():
    value = bytes(range(256)) * 2
    assert parse_tlv(encode_tlv([(0x11, value)])) == (TlvRecord(0x11, value),)


def test_truncated_file_is_a_typed_tlv_error():
    data = encode_tlv([(0x07, b"Peeters")])[:-3]
    assert isinstance(parse_tlv(data), TlvError)


@given(st.binary(max_size=600))
def test_tlv_parser_never_crashes_on_arbitrary_bytes(data: bytes):
    result = parse_tlv(data)
    assert isinstance(result, (tuple, TlvError))


@given(st.binary(max_size=400), st.binary(max_size=200))
def test_identity_parser_never_crashes_on_arbitrary_bytes(identity: bytes, address: bytes):
    assert isinstance(eid.parse_identity(identity, address), (EidIdentity, eid.EidError))


@given(st.lists(st.tuples(st.integers(1, 255), st.binary(max_size=300)), max_size=8))
def test_encoded_records_parse_back_to_the_same_records(records: list[tuple[int, bytes]]):
    assert parse_tlv(encode_tlv(records)) == tuple(TlvRecord(t, v) for t, v in records)


@given(st.text(max_size=30))
def test_date_parser_never_crashes(text: str):
    result = eid.parse_card_date(text)
    assert result is None or isinstance(result, date)


@given(st.lists(st.binary(max_size=260), min_size=1, max_size=6))
def test_reading_from_a_card_answering_garbage_never_crashes(answers: list[bytes]):
    replies = iter(answers * 50)
    result = eid.read_identity(lambda apdu: next(replies, b"\x6a\x82"), with_photo=True)
    assert isinstance(result, (EidIdentity, eid.EidError))
