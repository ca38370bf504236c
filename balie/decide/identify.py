"""Who is at the counter: turning a tap, scan or typed number into a pass, online or offline.

Offline the hard case is the chip: the platform's social-tariff export holds UiTPAS numbers only and
the API never returns chip numbers, so a chip UID maps to a number only through passes this counter
has seen before. An unknown chip offline is not an error but a question to the cashier: "scan or
type the number printed on the card" — after which the counter remembers the pair.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from balie.decide.common import (
    Notice,
    NoticeSource,
    Refusal,
    RefusalCode,
    format_date_nl,
    kansenstatuut_notices,
    platform_refusal,
)
from balie.domain import (
    CardStatus,
    IdentificationSource,
    IdentifierKind,
    MessageLevel,
    PassSnapshot,
    Problem,
)
from balie.numbers import classify_identifier, normalise_chip_number
from balie.policy import OfflinePolicy


@dataclass(frozen=True)
class ParsedIdentifier:
    """What a raw identification is by its shape, normalised. ``kind`` None = unusable input.

    ``probable_typo``: a 13-digit UiTPAS number (or INSZ) whose check digit fails. Online the
    counter still asks the platform (it is the judge) and shows ``refusal`` as a warning; offline
    it is refused.
    """

    kind: IdentifierKind | None
    value: str
    refusal: Refusal | None = None
    probable_typo: bool = False


def parse_identifier(raw: str | bytes) -> ParsedIdentifier:
    """Classify and normalise a typed/scanned string, or a chip UID as bytes from a reader."""
    if isinstance(raw, (bytes, bytearray)):
        chip = normalise_chip_number(bytes(raw))
        if chip.ok:
            return ParsedIdentifier(IdentifierKind.CHIP_NUMBER, chip.value)
        return ParsedIdentifier(None, chip.value, _malformed(chip.reason))
    found = classify_identifier(raw)
    if found is None:
        return ParsedIdentifier(
            None,
            raw.strip(),
            _malformed("Dit is geen UiTPAS-nummer, chipnummer of rijksregisternummer."),
        )
    kind, validation = found
    if validation.ok:
        return ParsedIdentifier(kind, validation.value)
    code = RefusalCode.PROBABLE_TYPO if validation.probable_typo else RefusalCode.MALFORMED_IDENTIFIER
    refusal = Refusal(code, validation.reason, "Controleer het nummer en probeer opnieuw.")
    if validation.probable_typo:
        return ParsedIdentifier(kind, validation.value, refusal, probable_typo=True)
    return ParsedIdentifier(None, validation.value, refusal)


def _malformed(reason: str) -> Refusal:
    return Refusal(
        RefusalCode.MALFORMED_IDENTIFIER,
        reason,
        "Scan de kaart opnieuw of typ het nummer dat op de kaart gedrukt staat.",
    )


class IdentificationOutcome(enum.StrEnum):
    IDENTIFIED = "IDENTIFIED"  # uitpas_number known (pass_ may still be None offline)
    ASK_PRINTED_NUMBER = "ASK_PRINTED_NUMBER"  # unknown chip offline: scan/type the printed number
    REFUSED = "REFUSED"  # see refusals; only the regular price is possible


@dataclass(frozen=True)
class IdentificationFacts:
    """Everything known about one identification attempt; the counter gathers it, no I/O here.

    ``online``: the platform answered ``GET /passes`` for this identifier, either with
    ``platform_pass`` or with a permanent ``platform_problem``. Offline: ``cached_pass`` is the pass
    seen before (looked up by number, or by chip through the remembered pair) and
    ``chip_uitpas_number`` the remembered chip -> number pair, if any.
    """

    now: datetime
    parsed: ParsedIdentifier
    source: IdentificationSource
    online: bool
    platform_pass: PassSnapshot | None = None
    platform_problem: Problem | None = None
    cached_pass: PassSnapshot | None = None
    chip_uitpas_number: str | None = None
    policy: OfflinePolicy = OfflinePolicy()


@dataclass(frozen=True)
class IdentificationDecision:
    """The answer to "who is this?".

    ``provisional``: based on what this counter cached, not on a live answer. ``chip_number``: the
    normalised chip UID when the identification was a chip (to remember with the number typed next).
    ``learn_chip``: (chip number, UiTPAS number) pair the counter should remember now.
    """

    outcome: IdentificationOutcome
    uitpas_number: str | None
    pass_: PassSnapshot | None
    provisional: bool
    chip_number: str | None = None
    learn_chip: tuple[str, str] | None = None
    refusals: tuple[Refusal, ...] = ()
    notices: tuple[Notice, ...] = ()


def decide_identification(facts: IdentificationFacts) -> IdentificationDecision:
    """Decide whether the counter knows the pass, online from the platform or offline from cache."""
    parsed = facts.parsed
    if parsed.kind is None:
        refusal = parsed.refusal or _malformed("Onbekend nummer.")
        return IdentificationDecision(IdentificationOutcome.REFUSED, None, None, False, refusals=(refusal,))
    chip = parsed.value if parsed.kind is IdentifierKind.CHIP_NUMBER else None
    if facts.online and (facts.platform_pass is not None or facts.platform_problem is not None):
        return _online(facts, chip)
    return _offline(facts, chip)


def _online(facts: IdentificationFacts, chip: str | None) -> IdentificationDecision:
    if facts.platform_problem is not None or facts.platform_pass is None:
        problem = facts.platform_problem or Problem(
            "PASS_NOT_FOUND", "Deze pas is niet gevonden.",
            "Controleer het nummer op de kaart, of registreer de pashouder (F9).")
        refusal = platform_refusal(RefusalCode.PASS_REFUSED_BY_PLATFORM, problem)
        return IdentificationDecision(
            IdentificationOutcome.REFUSED, None, None, False, chip, refusals=(refusal,)
        )
    pass_ = facts.platform_pass
    notices = tuple(Notice(m.level, m.text, NoticeSource.PLATFORM) for m in pass_.messages)
    notices += kansenstatuut_notices(
        pass_.social_tariff_status,
        pass_.social_tariff_end_date,
        facts.now,
        facts.policy.kansenstatuut_expiry_warning,
    )
    learn = (chip, pass_.uitpas_number) if chip is not None else None
    return IdentificationDecision(
        IdentificationOutcome.IDENTIFIED,
        pass_.uitpas_number,
        pass_,
        provisional=False,
        chip_number=chip,
        learn_chip=learn,
        notices=notices,
    )


def _offline(facts: IdentificationFacts, chip: str | None) -> IdentificationDecision:
    parsed = facts.parsed
    if parsed.probable_typo and parsed.refusal is not None:
        return IdentificationDecision(
            IdentificationOutcome.REFUSED, None, None, True, chip, refusals=(parsed.refusal,)
        )
    cached = facts.cached_pass
    if parsed.kind is IdentifierKind.INSZ:
        if cached is None:
            refusal = Refusal(
                RefusalCode.INSZ_NEEDS_PLATFORM,
                "Zonder verbinding met UiTPAS kan een pas niet via het rijksregisternummer gevonden worden.",
                "Vraag de UiTPAS-kaart en scan ze, of typ het nummer dat op de kaart gedrukt staat.",
            )
            return IdentificationDecision(
                IdentificationOutcome.REFUSED, None, None, True, refusals=(refusal,)
            )
        number = cached.uitpas_number
    elif parsed.kind is IdentifierKind.CHIP_NUMBER:
        learned = facts.chip_uitpas_number or (cached.uitpas_number if cached else None)
        if learned is None:
            refusal = Refusal(
                RefusalCode.UNKNOWN_CHIP_OFFLINE,
                "Deze kaart is nog niet gekend op deze balie en UiTPAS is nu niet bereikbaar.",
                "Scan de streepjescode of typ het nummer dat op de kaart gedrukt staat.",
            )
            return IdentificationDecision(
                IdentificationOutcome.ASK_PRINTED_NUMBER, None, None, True, chip, refusals=(refusal,)
            )
        number = learned
    else:
        number = parsed.value
    if cached is not None and cached.uitpas_number != number:
        cached = None  # a stale cache row for another number must not lend its data
    notices: list[Notice] = []
    if cached is None:
        notices.append(
            Notice(
                MessageLevel.INFO,
                "Pas nog niet gekend en UiTPAS niet bereikbaar: wat je registreert, wordt later "
                "bevestigd.",
            )
        )
    else:
        notices.append(
            Notice(
                MessageLevel.INFO,
                "UiTPAS is niet bereikbaar: gegevens van deze pas zijn van "
                f"{format_date_nl(cached.fetched_at)}.",
            )
        )
        if cached.card_status is not CardStatus.ACTIVE:
            notices.append(
                Notice(
                    MessageLevel.WARN,
                    "Bij het laatste contact met UiTPAS was deze kaart niet actief.",
                )
            )
        notices.extend(
            kansenstatuut_notices(
                cached.social_tariff_status,
                cached.social_tariff_end_date,
                facts.now,
                facts.policy.kansenstatuut_expiry_warning,
            )
        )
    return IdentificationDecision(
        IdentificationOutcome.IDENTIFIED,
        number,
        cached,
        provisional=True,
        chip_number=chip,
        notices=tuple(notices),
    )
