"""The numbers a counter is handed: UiTPAS numbers, chip numbers, Belgian INSZ numbers.

Validation here is advisory where the platform is the judge: a UiTPAS number that fails its Luhn
check is a *probable typo* (the cashier is told so and may still ask the platform), while malformed
input (letters, wrong length) is refused outright because no platform call could succeed with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from balie.domain import IdentifierKind

# ASCII only: ``\d`` would also accept Arabic-Indic and other Unicode digits, which no card carries
# and which the Luhn arithmetic below would silently misread.
_DIGITS_13 = re.compile(r"[0-9]{13}")
_DIGITS_11 = re.compile(r"[0-9]{11}")
_HEX = re.compile(r"[0-9A-F]+")
_SEPARATORS = re.compile(r"[\s:.\-/]")

CHIP_UID_LENGTHS = (4, 7, 10)


@dataclass(frozen=True)
class Validation:
    """Outcome of checking a number: normalised value, or a Dutch reason why not."""

    ok: bool
    value: str
    reason: str = ""
    probable_typo: bool = False


def luhn_ok(digits: str) -> bool:
    """Luhn (mod 10) over all digits, the UiTPAS check digit rule."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_check_digit(partial: str) -> str:
    """The digit that completes ``partial`` into a Luhn-valid number (for demo data and tests)."""
    for d in "0123456789":
        if luhn_ok(partial + d):
            return d
    raise AssertionError("unreachable: one digit always completes a Luhn number")


def validate_uitpas_number(raw: str) -> Validation:
    value = _SEPARATORS.sub("", raw.strip())
    if not _DIGITS_13.fullmatch(value):
        return Validation(False, value, "Een UiTPAS-nummer bestaat uit precies 13 cijfers.")
    if not luhn_ok(value):
        return Validation(
            False,
            value,
            "Dit UiTPAS-nummer klopt niet (controlecijfer). Waarschijnlijk een tikfout: "
            "controleer het nummer op de kaart.",
            probable_typo=True,
        )
    return Validation(True, value)


def normalise_chip_number(raw: str | bytes) -> Validation:
    """Chip UID as the platform writes it: upper-case hex, no separators, 4/7/10 bytes."""
    if isinstance(raw, (bytes, bytearray)):
        value = bytes(raw).hex().upper()
    else:
        value = _SEPARATORS.sub("", raw.strip())
        if not value.isascii():  # 'ﬀ'.upper() == 'FF': never let Unicode case mapping invent hex
            return Validation(False, value, "Dit is geen geldig chipnummer (hexadecimaal).")
        value = value.upper()
        if value.startswith("0X"):
            value = value[2:]
    if not value or not _HEX.fullmatch(value) or len(value) % 2:
        return Validation(False, value, "Dit is geen geldig chipnummer (hexadecimaal).")
    if len(value) // 2 not in CHIP_UID_LENGTHS:
        return Validation(False, value, "Een chipnummer is 4, 7 of 10 bytes lang.")
    return Validation(True, value)


def insz_check_ok(digits: str) -> bool:
    """Belgian national register / BIS number: 97 - (first 9 mod 97) = last 2, with the
    '2' prefix for people born from 2000 on."""
    if not _DIGITS_11.fullmatch(digits):
        return False
    body, check = int(digits[:9]), int(digits[9:])
    return 97 - body % 97 == check or 97 - int("2" + digits[:9]) % 97 == check


def validate_insz(raw: str) -> Validation:
    value = _SEPARATORS.sub("", raw.strip()).replace(",", "")
    if not _DIGITS_11.fullmatch(value):
        return Validation(False, value, "Een rijksregisternummer bestaat uit 11 cijfers.")
    if not insz_check_ok(value):
        return Validation(
            False,
            value,
            "Dit rijksregisternummer klopt niet (controlegetal). Controleer het nummer.",
            probable_typo=True,
        )
    return Validation(True, value)


def insz_birth_date(insz: str) -> date | None:
    """Birth date encoded in a valid INSZ, where it is known (BIS numbers add 20/40 to the month;
    unknown dates use month 0)."""
    if not insz_check_ok(insz):
        return None
    yy, mm, dd = int(insz[0:2]), int(insz[2:4]), int(insz[4:6])
    if mm >= 40:
        mm -= 40
    elif mm >= 20:
        mm -= 20
    century = 2000 if 97 - int("2" + insz[:9]) % 97 == int(insz[9:]) else 1900
    try:
        return date(century + yy, mm, dd)
    except ValueError:
        return None


def classify_identifier(raw: str) -> tuple[IdentifierKind, Validation] | None:
    """Decide what a typed or scanned string is, by its shape (as ``GET /passes`` does).

    13 digits -> UiTPAS number; 11 digits -> INSZ; 8/14/20 hex characters -> chip number.
    Returns None when the shape matches nothing.
    """
    value = _SEPARATORS.sub("", raw.strip())
    digits = value.isascii() and value.isdigit()
    if digits and len(value) == 13:
        return IdentifierKind.UITPAS_NUMBER, validate_uitpas_number(value)
    if digits and len(value) == 11:
        return IdentifierKind.INSZ, validate_insz(value)
    chip = normalise_chip_number(value)
    if chip.ok:
        return IdentifierKind.CHIP_NUMBER, chip
    return None
