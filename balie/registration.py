"""Registering a new pass holder: the form's rules and the ``POST /passholders`` body, pure.

The counter registers people while a queue waits, often offline, so every rule the screen needs
to guide the cashier lives here, testable without Qt or a network: which fields are missing or
wrong (with the Dutch sentence to show next to the field), whether the person is a minor (then a
parent or guardian must consent), the kansenstatuut's default end date (30 April of next year,
as the platform itself defaults it), and the request body exactly as the sync worker will send it
(:func:`payload` is what :meth:`balie.counter.Counter.register_passholder` queues; the worker's
delivery posts ``payload["body"]`` unchanged).

Two choices worth knowing:

* The API has no field for the guardian who consented for a minor; ``parentalConsent`` is a
  boolean. The guardian's name goes into ``registrationNote`` (the organizer's private note), so
  the consent can be traced back to a person.
* ``registrationSocialTariffEndDate`` only means something with a social-tariff card (the
  platform reads the kansenstatuut from the card itself). A kansenstatuut without such a card is
  refused here rather than silently registered without one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from balie.domain import CardSystemInfo
from balie.numbers import insz_birth_date, validate_insz, validate_uitpas_number
from balie.wording import count_nl

#: below this age the platform refuses a registration without parental consent
ADULT_AGE = 18
#: the oldest plausible pass holder; an older birth date is a typo
MAX_AGE = 120
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PHONE = re.compile(r"\+?[0-9 ()./-]{8,20}")
_POSTAL_BE = re.compile(r"[0-9]{4}")


class CardType(StrEnum):
    NFC_CARD = "NFC_CARD"
    DIGITAL = "DIGITAL"


class Gender(StrEnum):
    MALE = "MALE"
    FEMALE = "FEMALE"
    X = "X"


@dataclass(frozen=True)
class OptIns:
    """The five contact preferences; the API needs all five whenever the object is sent."""

    service_mails: bool = True
    milestone_mails: bool = False
    info_mails: bool = False
    sms: bool = False
    post: bool = False

    def to_json(self) -> dict[str, bool]:
        return {"serviceMails": self.service_mails, "milestoneMails": self.milestone_mails,
                "infoMails": self.info_mails, "sms": self.sms, "post": self.post}


@dataclass(frozen=True)
class RegistrationForm:
    """What the cashier filled in (from the eID or typed). Strings as typed; checked by
    :func:`validate`. ``uitpas_number`` is the new card's printed number (tapped or typed)."""

    first_name: str = ""
    last_name: str = ""
    birth_date: date | None = None
    insz: str = ""
    gender: Gender | None = None
    nationality: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "BE"
    email: str = ""
    phone: str = ""
    card_system_id: int | None = None
    card_type: CardType = CardType.NFC_CARD
    uitpas_number: str = ""
    kansenstatuut: bool = False
    kansenstatuut_end: date | None = None
    opt_ins: OptIns = field(default_factory=OptIns)
    guardian_name: str = ""
    guardian_consent: bool = False
    legal_terms_paper: bool = True
    legal_terms_digital: bool = False
    note: str = ""


@dataclass(frozen=True)
class FieldError:
    """One problem with one field: ``field`` names the form field, ``message`` is Dutch."""

    field: str
    message: str


@dataclass(frozen=True)
class InszFeedback:
    """What the INSZ field says while the cashier types: valid, and the birth date it encodes."""

    ok: bool
    value: str
    message: str = ""
    birth_date: date | None = None
    complete: bool = False  # 11 digits typed: the message is final, not "keep typing"


def insz_feedback(raw: str) -> InszFeedback:
    """Validation as you type: silent while fewer than 11 digits, then valid or a clear reason."""
    digits = re.sub(r"[^0-9]", "", raw)
    if not raw.strip():
        return InszFeedback(True, "")
    if len(digits) < 11 and not re.search(r"[^0-9\s.\-/]", raw):
        return InszFeedback(False, digits, f"Nog {count_nl(11 - len(digits), 'cijfer', 'cijfers')}.")
    checked = validate_insz(raw)
    if not checked.ok:
        return InszFeedback(False, checked.value, checked.reason, complete=True)
    return InszFeedback(True, checked.value, "Rijksregisternummer klopt.",
                        insz_birth_date(checked.value), complete=True)


def age_on(birth_date: date, today: date) -> int:
    return today.year - birth_date.year - ((today.month, today.day) < (birth_date.month,
                                                                       birth_date.day))


def is_minor(birth_date: date | None, today: date) -> bool:
    return birth_date is not None and age_on(birth_date, today) < ADULT_AGE


def default_kansenstatuut_end(today: date) -> date:
    """30 April of next year: what the platform uses when no end date is given."""
    return date(today.year + 1, 4, 30)


def has_kansen_flag(uitpas_number: str) -> bool:
    """The second-to-last digit of a card number is 1 on cards issued for kansentarief. A hint
    about the card, never about the holder's right (see NOTES §5.1)."""
    return len(uitpas_number) == 13 and uitpas_number[-2] == "1"


def card_systems_for(postal_code: str, systems: Iterable[CardSystemInfo]) -> list[CardSystemInfo]:
    """The card systems whose region includes ``postal_code`` (usually one), best first."""
    code = postal_code.strip()
    return [cs for cs in systems if code and code in cs.postal_codes]


def city_for(postal_code: str, cities: Mapping[str, str]) -> str:
    return cities.get(postal_code.strip(), "")


def validate(form: RegistrationForm, today: date) -> tuple[FieldError, ...]:
    """Every reason the form cannot be registered yet, in the order of the form's fields."""
    errors: list[FieldError] = []

    def need(name: str, value: str, message: str) -> None:
        if not value.strip():
            errors.append(FieldError(name, message))

    need("first_name", form.first_name, "Vul de voornaam in.")
    need("last_name", form.last_name, "Vul de familienaam in.")
    if form.insz.strip():
        checked = validate_insz(form.insz)
        if not checked.ok:
            errors.append(FieldError("insz", checked.reason))
        elif form.birth_date is not None:
            encoded = insz_birth_date(checked.value)
            if encoded is not None and encoded != form.birth_date:
                errors.append(FieldError(
                    "birth_date", "De geboortedatum past niet bij het rijksregisternummer."))
    if form.birth_date is None:
        errors.append(FieldError("birth_date", "Vul de geboortedatum in."))
    elif form.birth_date > today:
        errors.append(FieldError("birth_date", "De geboortedatum ligt in de toekomst."))
    elif age_on(form.birth_date, today) > MAX_AGE:
        errors.append(FieldError("birth_date", "Deze geboortedatum is te lang geleden."))
    country = form.country.strip().upper() or "BE"
    if country == "BE" and not _POSTAL_BE.fullmatch(form.postal_code.strip()):
        errors.append(FieldError("postal_code", "Een Belgische postcode bestaat uit 4 cijfers."))
    need("city", form.city, "Vul de gemeente in.")
    if form.email.strip() and not _EMAIL.fullmatch(form.email.strip()):
        errors.append(FieldError("email", "Dit e-mailadres klopt niet."))
    if form.phone.strip() and not _PHONE.fullmatch(form.phone.strip()):
        errors.append(FieldError("phone", "Dit telefoonnummer klopt niet."))
    if form.card_system_id is None:
        errors.append(FieldError("card_system", "Kies het UiTPAS-gebied (volgt uit de postcode)."))
    errors.extend(_card_errors(form))
    errors.extend(_kansen_errors(form, today))
    if is_minor(form.birth_date, today):
        if not form.guardian_name.strip():
            errors.append(FieldError(
                "guardian_name", "Minderjarig: vul de naam van de ouder of voogd in."))
        if not form.guardian_consent:
            errors.append(FieldError(
                "guardian_consent", "Minderjarig: de ouder of voogd moet toestemming geven."))
    if not (form.legal_terms_paper or form.legal_terms_digital):
        errors.append(FieldError(
            "legal_terms", "Geef de voorwaarden mee (op papier of digitaal)."))
    return tuple(errors)


def _card_errors(form: RegistrationForm) -> list[FieldError]:
    if form.card_type is CardType.DIGITAL:
        return []
    if not form.uitpas_number.strip():
        return [FieldError("uitpas_number",
                           "Leg de nieuwe kaart op de lezer of typ het nummer op de kaart.")]
    checked = validate_uitpas_number(form.uitpas_number)
    return [] if checked.ok else [FieldError("uitpas_number", checked.reason)]


def _kansen_errors(form: RegistrationForm, today: date) -> list[FieldError]:
    if not form.kansenstatuut:
        return []
    errors: list[FieldError] = []
    if form.card_type is CardType.DIGITAL:
        errors.append(FieldError(
            "kansenstatuut", "Kansenstatuut kan hier enkel met een kaart voor kansentarief: "
                             "neem er een uit de voorraad."))
    if form.kansenstatuut_end is None:
        errors.append(FieldError("kansenstatuut_end", "Vul de einddatum van het kansenstatuut in."))
    elif form.kansenstatuut_end < today:
        errors.append(FieldError("kansenstatuut_end",
                                 "De einddatum van het kansenstatuut ligt in het verleden."))
    return errors


def warnings(form: RegistrationForm) -> tuple[str, ...]:
    """Things that do not stop the registration but the cashier should double-check."""
    out: list[str] = []
    number = validate_uitpas_number(form.uitpas_number).value
    if (form.card_type is CardType.NFC_CARD and form.kansenstatuut and len(number) == 13
            and not has_kansen_flag(number)):
        out.append("Dit UiTPAS-nummer is geen kaart voor kansentarief. Controleer of je de juiste "
                   "kaart uit de voorraad nam.")
    if (form.card_type is CardType.NFC_CARD and not form.kansenstatuut and len(number) == 13
            and has_kansen_flag(number)):
        out.append("Dit is een kaart voor kansentarief, maar er is geen kansenstatuut aangeduid.")
    return tuple(out)


def guardian_note(form: RegistrationForm, today: date) -> str:
    """The organizer's private note: the cashier's note plus who consented for a minor."""
    parts = [form.note.strip()] if form.note.strip() else []
    if is_minor(form.birth_date, today) and form.guardian_name.strip():
        parts.append(f"Toestemming ouder/voogd: {form.guardian_name.strip()}")
    return "; ".join(parts)


def request_body(form: RegistrationForm, organizer_id: str, today: date) -> dict[str, Any]:
    """``POST /passholders`` body (NOTES §7.2). Call only on a form without errors."""
    assert form.birth_date is not None and form.card_system_id is not None, "validate() first"
    address: dict[str, str] = {"postalCode": form.postal_code.strip(), "city": form.city.strip(),
                               "country": (form.country.strip() or "BE").lower()}
    if form.street.strip():
        address = {"street": form.street.strip(), **address}
    body: dict[str, Any] = {
        "name": form.last_name.strip(),
        "firstName": form.first_name.strip(),
        "dateOfBirth": form.birth_date.isoformat(),
        "address": address,
        "registrationOrganizer": {"id": organizer_id},
        "registrationCardSystemId": form.card_system_id,
        "registrationCardType": form.card_type.value,
        "optInPreferences": form.opt_ins.to_json(),
        "parentalConsent": is_minor(form.birth_date, today) and form.guardian_consent,
        "legalTermsPaper": form.legal_terms_paper,
        "legalTermsDigital": form.legal_terms_digital,
    }
    if form.insz.strip():
        body["inszNumber"] = validate_insz(form.insz).value
    if form.card_type is CardType.NFC_CARD:
        body["registrationUitpasNumber"] = validate_uitpas_number(form.uitpas_number).value
        if form.kansenstatuut and form.kansenstatuut_end is not None:
            body["registrationSocialTariffEndDate"] = form.kansenstatuut_end.isoformat()
    for key, value in (("gender", form.gender.value if form.gender else ""),
                       ("nationality", form.nationality.strip()),
                       ("email", form.email.strip()), ("phoneNumber", form.phone.strip()),
                       ("registrationNote", guardian_note(form, today))):
        if value:
            body[key] = value
    return body


def payload(form: RegistrationForm, organizer_id: str, today: date) -> dict[str, Any]:
    """What the outbox keeps for ``PASSHOLDER_REGISTER``: the request body under ``body``
    (the sync delivery and reconciliation read ``payload["body"]``)."""
    return {"body": request_body(form, organizer_id, today)}


def offline_consequences(form: RegistrationForm) -> tuple[str, ...]:
    """What changes for the customer when the registration is queued instead of sent now."""
    lines = ["De registratie wordt doorgestuurd zodra UiTPAS bereikbaar is.",
             "Punten sparen en voordelen kan pas na de synchronisatie."]
    if form.kansenstatuut:
        lines.insert(0, "De pas werkt pas voor kansentarief na synchronisatie.")
    if form.insz.strip():
        lines.append("Of dit rijksregisternummer al een pas heeft, wordt pas bij het doorsturen "
                     "gecontroleerd.")
    lines.append("De prijs van de pas wordt bevestigd bij het doorsturen.")
    return tuple(lines)


def gender_from_eid(code: str) -> Gender | None:
    """The eID writes M/F (and X); anything else stays unknown for the cashier to choose."""
    return {"M": Gender.MALE, "F": Gender.FEMALE, "X": Gender.X}.get(code.upper()[:1])


def first_error_for(errors: Sequence[FieldError], name: str) -> str:
    return next((e.message for e in errors if e.field == name), "")


# -- answers of the online-only work (kept here so screens and the sync adapter share them) ------

@dataclass(frozen=True)
class PassPrice:
    """The price of a new pass as the platform computes it (membership price)."""

    price_cents: int
    label: str


@dataclass(frozen=True)
class CardCheck:
    """What the platform says about a card taken from the counter's stock (``GET /cards``)."""

    uitpas_number: str
    status: str  # PROVISIONED | LOCAL_STOCK | ACTIVE | BLOCKED | DELETED
    social_tariff: bool
    card_system_id: int | None


@dataclass(frozen=True)
class BlankCardVerdict:
    uitpas_number: str
    ok: bool
    message: str


def blank_card_verdict(card: CardCheck, card_system_id: int | None) -> BlankCardVerdict:
    """Only a card in the counter's stock (LOCAL_STOCK) of the chosen region can be handed out."""
    if card.status != "LOCAL_STOCK":
        return BlankCardVerdict(card.uitpas_number, False,
                                "Deze kaart is al in gebruik of geblokkeerd. Neem een nieuwe kaart "
                                "uit de voorraad.")
    if card_system_id is not None and card.card_system_id not in (None, card_system_id):
        return BlankCardVerdict(card.uitpas_number, False,
                                "Deze kaart hoort bij een ander UiTPAS-gebied. Neem een kaart van "
                                "dit gebied uit de voorraad.")
    kind = "kaart voor kansentarief" if card.social_tariff else "gewone kaart"
    return BlankCardVerdict(card.uitpas_number, True, f"Nieuwe kaart uit de voorraad ({kind}).")


def typed_card_verdict(raw: str) -> BlankCardVerdict:
    """Offline the platform cannot be asked: the printed number is checked with Luhn only."""
    checked = validate_uitpas_number(raw)
    if not checked.ok:
        return BlankCardVerdict(checked.value, False, checked.reason)
    return BlankCardVerdict(checked.value, True,
                            "Offline: de kaart wordt gecontroleerd bij het doorsturen.")


@dataclass(frozen=True)
class HolderSummary:
    """One search result for the cashier (never shown on a customer-facing display)."""

    passholder_id: str
    first_name: str
    name: str
    birth_date: date | None
    uitpas_number: str | None
    postal_code: str
    city: str
    kansenstatuut_until: date | None = None
    card_system_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class MembershipOption:
    """The platform's preview of joining (or replacing a membership of) a card system."""

    kind: str  # NOT_POSSIBLE | NEW_MEMBERSHIP | REPLACE_MEMBERSHIP
    address_change_required: bool
    kansenstatuut_end: date | None = None

    @property
    def possible(self) -> bool:
        return self.kind != "NOT_POSSIBLE"


def membership_body(*, organizer_id: str, card_type: CardType, uitpas_number: str = "",
                    kansenstatuut_end: date | None = None) -> dict[str, Any]:
    """``POST /passholders/{id}/memberships/{cs}`` body (NOTES §7.4). Replacing a lost card is
    this call with the new card's number."""
    body: dict[str, Any] = {"cardType": card_type.value,
                            "registrationOrganizer": {"id": organizer_id}}
    if card_type is CardType.NFC_CARD:
        body["uitpasNumber"] = validate_uitpas_number(uitpas_number).value
    if kansenstatuut_end is not None:
        body["socialTariff"] = {"socialTariffEndDate": kansenstatuut_end.isoformat()}
    return body


_DATE_NL = re.compile(r"\s*([0-9]{1,2})[/.\- ]([0-9]{1,2})[/.\- ]([0-9]{4})\s*")


def parse_date_nl(text: str) -> date | None:
    """dd/mm/jjjj (also with . - or space), as Belgians write dates; None when not a date."""
    match = _DATE_NL.fullmatch(text)
    if match is None:
        try:
            return date.fromisoformat(text.strip())
        except ValueError:
            return None
    day, month, year = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def format_date_nl(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value is not None else ""
