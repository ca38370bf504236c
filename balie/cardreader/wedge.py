"""Keyboard-wedge scanners: telling a scanned code from a person typing, and finding the number in it.

A barcode/QR scanner in keyboard mode "types" its payload in a burst, a few milliseconds per key,
and ends with Enter. People type 100+ ms per key. But speed alone is no signature: a remote
desktop (RDP, Citrix) batches a person's keys and delivers a typed file name just as fast. So a
scan is a burst of at least ``min_length`` keys, each within ``max_gap_ms`` of the previous one,
closed by Enter, carrying the scanner's configured prefix and suffix (if any), and holding a pass
identifier (a UiTPAS number, a chip number, an INSZ, or a QR payload with a UiTPAS number in it).
Anything else is typing and is left alone (the cashier's typing in a form field is never stolen).
The thresholds and the prefix/suffix are the ``[scanner]`` config keys.

Pure logic, no Qt: the GUI's event filter feeds it characters with timestamps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from balie.domain import IdentifierKind
from balie.numbers import classify_identifier, luhn_ok

# A scanner set to US QWERTY on a Belgian/French AZERTY keyboard types the unshifted digit row.
_AZERTY_DIGITS = str.maketrans("&é\"'(§è!çà-_", "123456789068")
_THIRTEEN = re.compile(r"(?<![0-9])[0-9]{13}(?![0-9])")


@dataclass(frozen=True)
class WedgeConfig:
    """``max_gap_ms``: slowest gap between two scanner keys; ``min_length``: shortest scan;
    ``prefix``/``suffix``: what the scanner is set to send around each code (empty: nothing)."""

    max_gap_ms: float = 30.0
    min_length: int = 8
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class Scan:
    """A recognised scan: the raw payload and, when one was found, the identifier in it."""

    payload: str
    kind: IdentifierKind | None
    identifier: str | None
    at: float


def extract_identifier(payload: str) -> tuple[IdentifierKind, str] | None:
    """The pass identifier in a scanned payload.

    A bare number (UiTPAS 13 digits, chip number in hex, INSZ 11 digits), or a QR/URL payload that
    contains a 13-digit UiTPAS number (the Luhn-valid one wins when there are several).
    """
    text = payload.strip()
    if text and all(c in "&é\"'(§è!çà-_" for c in text):
        text = text.translate(_AZERTY_DIGITS)
    found = classify_identifier(text)
    if found is not None and found[1].ok:
        return found[0], found[1].value
    candidates = _THIRTEEN.findall(text)
    for number in candidates:
        if luhn_ok(number):
            return IdentifierKind.UITPAS_NUMBER, number
    if found is not None:  # shape is right but the check digit is not: let the screen say so
        return found[0], found[1].value
    if candidates:
        return IdentifierKind.UITPAS_NUMBER, candidates[0]
    return None


class WedgeDetector:
    """Feed every printable key with :meth:`feed` and Enter with :meth:`enter`.

    ``burst`` is the run of fast keys so far; a GUI filter can use its length to take a scanned
    payload back out of a text field it leaked into.
    """

    def __init__(self, config: WedgeConfig | None = None) -> None:
        self.config = config or WedgeConfig()
        self._burst: list[str] = []
        self._last: float | None = None

    @property
    def burst(self) -> str:
        return "".join(self._burst)

    def feed(self, char: str, at: float) -> None:
        """One typed character at ``at`` seconds (any monotonic clock)."""
        if self._last is None or (at - self._last) * 1000 > self.config.max_gap_ms:
            self._burst = []
        self._burst.append(char)
        self._last = at

    def enter(self, at: float) -> Scan | None:
        """Enter pressed: a Scan if it closes a fast burst, else None (normal typing)."""
        burst, last = self.burst, self._last
        self.reset()
        if last is None or (at - last) * 1000 > self.config.max_gap_ms:
            return None
        if len(burst) < self.config.min_length:
            return None
        prefix, suffix = self.config.prefix, self.config.suffix
        if not burst.startswith(prefix) or not burst.endswith(suffix) \
                or len(burst) < len(prefix) + len(suffix):
            return None
        payload = burst[len(prefix):len(burst) - len(suffix)]
        found = extract_identifier(payload)
        if found is None:  # fast, but no pass in it: a remote desktop's batched typing
            return None
        return Scan(payload, found[0], found[1], at)

    def reset(self) -> None:
        self._burst = []
        self._last = None
