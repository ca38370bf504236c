"""Card bytes are untrusted: TLV files, eID identity/address files, APDU answers of any card that
is put on the reader, and keyboard-wedge bursts. None of them may raise; each ends in a value."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from balie.cardreader import eid
from balie.cardreader.events import CardTapped, EidRead, ReaderState
from balie.cardreader.identify import identify, read_chip_number
from balie.cardreader.pcsc import CardLinkError
from balie.cardreader.readers import ReaderRole
from balie.cardreader.tlv import TlvError, encode_tlv, parse_tlv
from balie.cardreader.wedge import WedgeDetector, extract_identifier
from tests.fuzz import FUZZ

records = st.lists(st.tuples(st.integers(1, 255), st.binary(max_size=300)), max_size=12)


@FUZZ
@given(st.binary(max_size=2048))
def test_any_bytes_split_into_records_or_a_tlv_error(data: bytes):
    result = parse_tlv(data)
    assert isinstance(result, (tuple, TlvError))


@FUZZ
@given(records)
def test_tlv_round_trips_whatever_the_lengths(recs: list[tuple[int, bytes]]):
    parsed = parse_tlv(encode_tlv(recs))
    assert not isinstance(parsed, TlvError)
    assert [(r.tag, r.value) for r in parsed] == recs


def _mutate(data: bytes, flips: list[tuple[int, int]], cut: int | None) -> bytes:
    out = bytearray(data)
    for pos, value in flips:
        if out:
            out[pos % len(out)] = value
    return bytes(out[:cut] if cut is not None else out)


GOOD_IDENTITY = encode_tlv([
    (0x01, b"592123456789"), (0x03, b"01.01.2020"), (0x04, b"01.01.2030"),
    (0x06, b"85073003328"), (0x07, b"Peeters"), (0x08, b"An Marie"), (0x09, b"J"),
    (0x0A, b"Belg"), (0x0B, b"Gent"), (0x0C, b"30 JUL 1985"), (0x0D, b"V"),
])
GOOD_ADDRESS = encode_tlv([(0x01, b"Korenmarkt 1"), (0x02, b"9000"), (0x03, b"Gent")])


@FUZZ
@given(st.lists(st.tuples(st.integers(0, 4096), st.integers(0, 255)), max_size=8),
       st.one_of(st.none(), st.integers(0, 200)),
       st.lists(st.tuples(st.integers(0, 4096), st.integers(0, 255)), max_size=4),
       st.one_of(st.none(), st.integers(0, 60)))
def test_damaged_eid_files_give_an_identity_or_an_eid_error(id_flips, id_cut, addr_flips, addr_cut):
    result = eid.parse_identity(_mutate(GOOD_IDENTITY, id_flips, id_cut),
                                _mutate(GOOD_ADDRESS, addr_flips, addr_cut))
    assert isinstance(result, (eid.EidError, type(eid.parse_identity(GOOD_IDENTITY, GOOD_ADDRESS))))


@FUZZ
@given(st.binary(max_size=600), st.binary(max_size=300))
def test_random_eid_files_never_raise(identity: bytes, address: bytes):
    eid.parse_identity(identity, address)


@FUZZ
@given(st.text(max_size=40))
def test_any_printed_date_is_a_date_or_none(text: str):
    eid.parse_card_date(text)


def _scripted(answers: list[bytes]):
    """A card that answers each command with the next scripted response (then silence)."""
    queue = list(answers)

    def transmit(_apdu: bytes) -> bytes:
        return queue.pop(0) if queue else b""

    return transmit


apdu_answer = st.one_of(
    st.binary(max_size=260),
    st.tuples(st.binary(max_size=256), st.sampled_from(
        [b"\x90\x00", b"\x6c\x10", b"\x6c\x00", b"\x6b\x00", b"\x62\x82", b"\x6a\x82"]))
    .map(lambda t: t[0] + t[1]),
)


@FUZZ
@given(st.lists(apdu_answer, max_size=40), st.sampled_from(list(ReaderRole)),
       st.binary(max_size=20), st.booleans())
def test_any_card_answers_end_in_an_event_or_a_link_error(answers, role, atr, photo):
    """What the reader service sees: an event, or CardLinkError (which it maps to a state)."""
    try:
        event = identify(_scripted(answers), "Reader 0", role, atr, 1.0, with_photo=photo)
    except CardLinkError:
        return
    assert isinstance(event, (CardTapped, EidRead, ReaderState))


@FUZZ
@given(st.lists(apdu_answer, min_size=1, max_size=80))
def test_read_binary_terminates_on_any_answers(answers):
    calls = 0

    def transmit(apdu: bytes) -> bytes:
        nonlocal calls
        calls += 1
        return answers[calls % len(answers)]  # an endless card: must still stop

    result = eid.read_binary(transmit, max_size=4096)
    assert isinstance(result, (bytes, eid.EidError))
    assert calls <= 4096 + 2 * len(answers) + 2


@FUZZ
@given(st.binary(max_size=40))
def test_any_uid_answer_is_a_chip_number_or_a_state(answer: bytes):
    read_chip_number(lambda _apdu: answer)


@FUZZ
@given(st.text(max_size=300))
def test_any_scanned_payload_gives_an_identifier_or_none(payload: str):
    found = extract_identifier(payload)
    assert found is None or isinstance(found[1], str)


@FUZZ
@given(st.lists(st.tuples(st.characters(), st.floats(0, 0.2, allow_nan=False)), max_size=200),
       st.floats(0, 0.2))
def test_any_key_burst_gives_a_scan_or_normal_typing(keys, enter_gap: float):
    detector = WedgeDetector()
    at = 0.0
    for char, gap in keys:
        at += gap
        detector.feed(char, at)
    scan = detector.enter(at + enter_gap)
    assert scan is None or scan.payload == "".join(c for c, _ in keys)[-len(scan.payload):]
    assert detector.burst == ""


def test_card_alternating_its_6c_answers_does_not_hang_the_reader():
    """Found by fuzzing: 6C10, 6C20, 6C10, ... made read_binary loop forever."""
    answers = [b"\x6c\x10", b"\x6c\x20"]
    calls = 0

    def transmit(_apdu: bytes) -> bytes:
        nonlocal calls
        calls += 1
        assert calls < 100, "read_binary keeps asking"
        return answers[calls % 2]

    assert isinstance(eid.read_binary(transmit), eid.EidError)


@FUZZ
@given(st.lists(st.integers(1, 255).map(lambda n: bytes([0x6C, n])), min_size=1, max_size=6),
       st.lists(apdu_answer, max_size=6))
def test_read_binary_stops_on_any_run_of_6c_answers(sixc: list[bytes], rest: list[bytes]):
    answers = sixc + rest
    calls = 0

    def transmit(_apdu: bytes) -> bytes:
        nonlocal calls
        calls += 1
        assert calls < 20_000, "read_binary keeps asking"
        return answers[calls % len(answers)]

    assert isinstance(eid.read_binary(transmit, max_size=4096), (bytes, eid.EidError))
