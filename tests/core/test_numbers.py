"""The numbers a cashier types, scans or taps: UiTPAS numbers, chip UIDs, INSZ numbers."""

from __future__ import annotations

from datetime import date

from hypothesis import example, given
from hypothesis import strategies as st

from balie.domain import IdentifierKind
from balie.numbers import (
    classify_identifier,
    insz_birth_date,
    insz_check_ok,
    luhn_check_digit,
    luhn_ok,
    normalise_chip_number,
    validate_insz,
    validate_uitpas_number,
)

TEST_DATASET_NUMBERS = ["0900000095902", "0900000045410", "0900000067513", "1000000520006"]
digits = st.text(alphabet="0123456789", min_size=1, max_size=30)


def _insz(body: str, born_2000_or_later: bool) -> str:
    base = int(("2" if born_2000_or_later else "") + body)
    return body + f"{97 - base % 97:02d}"


# --- UiTPAS numbers ---------------------------------------------------------------------------


def test_test_dataset_numbers_are_accepted():
    for number in TEST_DATASET_NUMBERS:
        assert validate_uitpas_number(number).ok


def test_made_up_spec_example_is_flagged_as_probable_typo_not_rejected_as_garbage():
    result = validate_uitpas_number("0560002524314")
    assert not result.ok
    assert result.probable_typo
    assert "tikfout" in result.reason


def test_twelve_digits_is_refused_with_the_expected_length():
    result = validate_uitpas_number("090000009590")
    assert not result.ok and not result.probable_typo
    assert "13 cijfers" in result.reason


def test_spaces_and_dashes_from_a_printed_card_are_removed():
    assert validate_uitpas_number(" 0900 0000-95902 ").value == "0900000095902"


def test_unicode_digits_are_not_a_uitpas_number():
    assert not validate_uitpas_number("٠٩٠٠٠٠٠٠٩٥٩٠٢").ok
    assert classify_identifier("٠٩٠٠٠٠٠٠٩٥٩٠٢") is None


@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_completing_with_the_check_digit_always_gives_a_valid_number(partial: str):
    assert validate_uitpas_number(partial + luhn_check_digit(partial)).ok


@given(st.text(alphabet="0123456789", min_size=13, max_size=13), st.integers(0, 12), st.integers(1, 9))
def test_any_single_digit_typo_in_a_valid_number_is_caught(number: str, position: int, delta: int):
    valid = number[:12] + luhn_check_digit(number[:12])
    typo_digit = str((int(valid[position]) + delta) % 10)
    typo = valid[:position] + typo_digit + valid[position + 1 :]
    result = validate_uitpas_number(typo)
    assert not result.ok and result.probable_typo


@given(st.text(alphabet="0123456789", min_size=13, max_size=13), st.integers(0, 11))
def test_swapping_two_different_neighbouring_digits_is_caught_unless_09_90(number: str, i: int):
    valid = number[:12] + luhn_check_digit(number[:12])
    a, b = valid[i], valid[i + 1]
    swapped = valid[:i] + b + a + valid[i + 2 :]
    if a != b and {a, b} != {"0", "9"}:  # the one transposition Luhn is known to miss
        assert not luhn_ok(swapped)


@given(st.text(max_size=40))
@example("0900000095902\n")
def test_validation_never_crashes_and_accepts_only_13_ascii_digits(raw: str):
    result = validate_uitpas_number(raw)
    if result.ok:
        assert len(result.value) == 13 and result.value.isascii() and result.value.isdigit()
        assert luhn_ok(result.value)


# --- chip numbers -----------------------------------------------------------------------------


def test_reader_bytes_become_upper_case_hex():
    assert normalise_chip_number(bytes.fromhex("04a1b2c3d4e5f6")).value == "04A1B2C3D4E5F6"


def test_typed_chip_with_colons_and_lower_case_is_normalised():
    result = normalise_chip_number("04:a1:b2:c3:d4:e5:f6")
    assert result.ok and result.value == "04A1B2C3D4E5F6"


def test_chip_of_five_bytes_is_refused_with_the_allowed_lengths():
    result = normalise_chip_number("0102030405")
    assert not result.ok and "4, 7 of 10 bytes" in result.reason


def test_unicode_ligature_does_not_turn_into_hex():
    assert not normalise_chip_number("ﬀﬀﬀﬀ").ok


@given(st.sampled_from([4, 7, 10]).flatmap(lambda n: st.binary(min_size=n, max_size=n)))
def test_every_uid_of_an_allowed_length_round_trips_through_text(uid: bytes):
    from_bytes = normalise_chip_number(uid)
    from_text = normalise_chip_number(uid.hex(":"))
    assert from_bytes.ok and from_text.ok
    assert from_bytes.value == from_text.value == uid.hex().upper()


@given(st.binary(max_size=16).filter(lambda b: len(b) not in (4, 7, 10)))
def test_uids_of_other_lengths_are_refused(uid: bytes):
    assert not normalise_chip_number(uid).ok


@given(st.text(max_size=30))
def test_a_normalised_chip_number_is_always_upper_case_hex_of_allowed_length(raw: str):
    result = normalise_chip_number(raw)
    if result.ok:
        assert all(c in "0123456789ABCDEF" for c in result.value)
        assert len(result.value) in (8, 14, 20)


# --- INSZ -------------------------------------------------------------------------------------


def test_insz_born_in_the_1900s_is_valid_and_gives_the_birth_date():
    insz = _insz("850714123", born_2000_or_later=False)
    assert validate_insz(insz).ok
    assert insz_birth_date(insz) == date(1985, 7, 14)


def test_insz_born_from_2000_uses_the_2_prefix_rule():
    insz = _insz("010203123", born_2000_or_later=True)
    assert validate_insz(insz).ok
    assert insz_birth_date(insz) == date(2001, 2, 3)


def test_insz_printed_with_dots_and_dash_is_accepted():
    insz = _insz("850714123", born_2000_or_later=False)
    printed = f"{insz[:2]}.{insz[2:4]}.{insz[4:6]}-{insz[6:9]}.{insz[9:]}"
    assert validate_insz(printed).value == insz


def test_wrong_insz_check_digits_are_a_probable_typo():
    insz = _insz("850714123", born_2000_or_later=False)
    wrong = insz[:9] + f"{(int(insz[9:]) % 97) + 1:02d}"
    result = validate_insz(wrong)
    assert not result.ok and result.probable_typo and "controlegetal" in result.reason


def test_bis_number_month_offset_is_removed_from_the_birth_date():
    insz = _insz("852714123", born_2000_or_later=False)  # BIS: month + 20
    assert insz_birth_date(insz) == date(1985, 7, 14)


@given(st.text(alphabet="0123456789", min_size=9, max_size=9), st.booleans())
def test_every_body_with_its_check_digits_is_valid_and_the_century_is_unambiguous(body: str, y2k: bool):
    insz = _insz(body, y2k)
    assert insz_check_ok(insz)
    other_century = _insz(body, not y2k)
    assert other_century != insz  # 2_000_000_000 % 97 != 0: both rules never agree


@given(digits)
def test_insz_validation_accepts_only_11_digit_numbers(raw: str):
    if validate_insz(raw).ok:
        assert len(raw) == 11


# --- classification ---------------------------------------------------------------------------


def test_shapes_are_classified_like_the_platform_does():
    uitpas = classify_identifier("0900000095902")
    insz = classify_identifier(_insz("850714123", False))
    chip = classify_identifier("04a1b2c3d4e5f6")
    assert uitpas is not None and uitpas[0] is IdentifierKind.UITPAS_NUMBER
    assert insz is not None and insz[0] is IdentifierKind.INSZ
    assert chip is not None and chip[0] is IdentifierKind.CHIP_NUMBER
    assert classify_identifier("hallo") is None


@given(st.text(max_size=25))
def test_classification_never_crashes(raw: str):
    classify_identifier(raw)
