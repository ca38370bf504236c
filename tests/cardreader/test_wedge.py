"""Keyboard-wedge scanner: fast bursts ending in Enter are scans, human typing is not."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from balie.cardreader.wedge import WedgeConfig, WedgeDetector, extract_identifier
from balie.domain import IdentifierKind
from balie.numbers import luhn_check_digit

UITPAS = "0930000" + "12560"
UITPAS += luhn_check_digit(UITPAS)


def type_text(detector: WedgeDetector, text: str, start: float, gap_s: float) -> float:
    at = start
    for char in text:
        detector.feed(char, at)
        at += gap_s
    return at


def test_scanner_burst_ending_in_enter_is_a_scan_with_the_uitpas_number():
    detector = WedgeDetector()
    end = type_text(detector, UITPAS, 100.0, 0.004)
    scan = detector.enter(end)
    assert scan is not None
    assert (scan.kind, scan.identifier) == (IdentifierKind.UITPAS_NUMBER, UITPAS)


def test_person_typing_the_same_number_is_not_taken_as_a_scan():
    detector = WedgeDetector()
    end = type_text(detector, UITPAS, 100.0, 0.150)
    assert detector.enter(end) is None


def test_short_fast_burst_like_a_shortcut_is_not_a_scan():
    detector = WedgeDetector()
    end = type_text(detector, "1234", 5.0, 0.003)
    assert detector.enter(end) is None


def test_scan_right_after_slow_typing_still_counts_only_the_burst():
    detector = WedgeDetector()
    at = type_text(detector, "Jan", 1.0, 0.2)
    end = type_text(detector, UITPAS, at + 0.5, 0.005)
    scan = detector.enter(end)
    assert scan is not None and scan.payload == UITPAS


def test_enter_long_after_the_burst_is_typing_not_a_scan():
    detector = WedgeDetector()
    end = type_text(detector, UITPAS, 1.0, 0.005)
    assert detector.enter(end + 1.0) is None


def test_qr_code_url_of_the_uitpas_app_yields_the_number_inside():
    payload = f"https://www.uitpas.be/pas?uitpasnummer={UITPAS}&v=2"
    assert extract_identifier(payload) == (IdentifierKind.UITPAS_NUMBER, UITPAS)


def test_payload_with_several_numbers_prefers_the_luhn_valid_one():
    wrong = UITPAS[:-1] + str((int(UITPAS[-1]) + 1) % 10)
    assert extract_identifier(f"{wrong};{UITPAS}") == (IdentifierKind.UITPAS_NUMBER, UITPAS)


def test_chip_number_typed_by_an_nfc_wedge_reader_is_recognised():
    assert extract_identifier("04aabbccddee80") == (IdentifierKind.CHIP_NUMBER, "04AABBCCDDEE80")


def test_scanner_in_qwerty_mode_on_an_azerty_keyboard_still_gives_the_number():
    azerty = UITPAS.translate(str.maketrans("1234567890", "&é\"'(§è!çà"))
    assert extract_identifier(azerty) == (IdentifierKind.UITPAS_NUMBER, UITPAS)


def test_fast_typing_without_a_pass_in_it_is_not_a_scan():
    """A remote desktop (RDP, Citrix) batches keys: a file name arrives as fast as a scan."""
    detector = WedgeDetector()
    end = type_text(detector, r"C:\Users\kassa\Documents\dagrapport.pdf", 1.0, 0.002)
    assert detector.enter(end) is None


def test_a_scanner_set_to_send_a_prefix_and_suffix_is_recognised_by_them():
    config = WedgeConfig(prefix="]C1", suffix="#")
    detector = WedgeDetector(config)
    end = type_text(detector, f"]C1{UITPAS}#", 1.0, 0.003)
    scan = detector.enter(end)
    assert scan is not None and scan.payload == UITPAS and scan.identifier == UITPAS
    # the same number fast but without the scanner's signature: batched typing, not a scan
    detector = WedgeDetector(config)
    end = type_text(detector, UITPAS, 1.0, 0.003)
    assert detector.enter(end) is None


def test_thresholds_are_configurable():
    detector = WedgeDetector(WedgeConfig(max_gap_ms=60, min_length=13))
    end = type_text(detector, UITPAS, 1.0, 0.050)
    assert detector.enter(end) is not None


@given(st.text(min_size=1, max_size=40), st.floats(min_value=0.031, max_value=2.0))
def test_typing_slower_than_the_threshold_is_never_a_scan(text: str, gap: float):
    detector = WedgeDetector()
    end = type_text(detector, text, 10.0, gap)
    assert detector.enter(end + gap) is None


@given(st.text(min_size=8, max_size=60), st.floats(min_value=0.0, max_value=0.029))
def test_a_fast_burst_is_a_scan_exactly_when_it_holds_a_pass_and_never_crashes(
        text: str, gap: float):
    detector = WedgeDetector()
    end = type_text(detector, text, 10.0, gap)
    scan = detector.enter(end - gap)
    if extract_identifier(text) is None:
        assert scan is None
    else:
        assert scan is not None and scan.payload == text


@given(st.text(max_size=30), st.text(max_size=30))
def test_a_valid_number_is_found_inside_any_surrounding_text(prefix: str, suffix: str):
    prefix = prefix.rstrip("0123456789") if prefix else prefix
    suffix = suffix.lstrip("0123456789") if suffix else suffix
    found = extract_identifier(prefix + UITPAS + suffix)
    assert found is not None
