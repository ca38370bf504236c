"""What the reader side tells the rest of the app: taps, removals, eID reads and reader states.

Every failure is a :class:`ReaderState` value with a Dutch message and a next step, never an
exception, so the screen can always show the cashier what is going on and what to do.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date


class ReaderStateKind(enum.StrEnum):
    READY = "READY"
    NO_READER = "NO_READER"
    SERVICE_NOT_RUNNING = "SERVICE_NOT_RUNNING"
    READER_BUSY = "READER_BUSY"
    CARD_REMOVED_TOO_EARLY = "CARD_REMOVED_TOO_EARLY"
    UNKNOWN_CARD = "UNKNOWN_CARD"
    CARD_UNREADABLE = "CARD_UNREADABLE"
    READER_ERROR = "READER_ERROR"


_TEXTS: dict[ReaderStateKind, tuple[str, str]] = {
    ReaderStateKind.READY: (
        "De kaartlezer is klaar.",
        "Leg de UiTPAS op de lezer, of steek de eID in de lezer.",
    ),
    ReaderStateKind.NO_READER: (
        "Er is geen kaartlezer gevonden.",
        "Sluit de kaartlezer aan (USB): de balie vindt hem vanzelf. Intussen: scan of typ het nummer.",
    ),
    ReaderStateKind.SERVICE_NOT_RUNNING: (
        "De kaartlezerdienst draait niet (Windows: dienst 'Smartcard', Linux: pcscd).",
        "De balie maakt vanzelf opnieuw verbinding zodra de dienst terug is. Intussen: scan of typ "
        "het nummer. Blijft het zo, herstart de computer of vraag je IT-dienst.",
    ),
    ReaderStateKind.READER_BUSY: (
        "De kaartlezer is in gebruik door een ander programma.",
        "Sluit het andere programma (bijvoorbeeld de eID-viewer); de kaart wordt dan vanzelf gelezen.",
    ),
    ReaderStateKind.CARD_REMOVED_TOO_EARLY: (
        "De kaart werd weggenomen voor ze gelezen was.",
        "Leg de kaart opnieuw op de lezer en laat ze liggen tot de pas op het scherm staat.",
    ),
    ReaderStateKind.UNKNOWN_CARD: (
        "Deze kaart is geen UiTPAS en geen Belgische eID.",
        "Gebruik de UiTPAS-kaart, scan de code in de UiTPAS-app of tik het UiTPAS-nummer in.",
    ),
    ReaderStateKind.CARD_UNREADABLE: (
        "De kaart gaf een onleesbaar antwoord.",
        "Leg de kaart opnieuw op de lezer. Lukt het weer niet, tik dan het nummer op de kaart in.",
    ),
    ReaderStateKind.READER_ERROR: (
        "De kaartlezer gaf een onverwachte fout.",
        "Trek de kaartlezer uit, steek hem opnieuw in en probeer nog eens.",
    ),
}


@dataclass(frozen=True)
class ReaderState:
    """The reader side's situation as the cashier should see it (``reader`` None = all readers)."""

    kind: ReaderStateKind
    reader: str | None
    message_nl: str
    next_step_nl: str

    @classmethod
    def of(cls, kind: ReaderStateKind, reader: str | None = None) -> ReaderState:
        message, next_step = _TEXTS[kind]
        return cls(kind, reader, message, next_step)


@dataclass(frozen=True)
class CardTapped:
    """One tap of a contactless card. ``at`` is ``time.monotonic()`` when PC/SC reported the card
    (for latency measurement and ordering, not a wall-clock time)."""

    reader: str
    chip_number: str
    at: float


@dataclass(frozen=True)
class CardRemoved:
    reader: str


class Sex(enum.StrEnum):
    MALE = "M"
    FEMALE = "F"
    UNKNOWN = "X"


@dataclass(frozen=True)
class EidIdentity:
    """What a Belgian eID says about its holder, as needed to register a pass holder.

    Dates the card writes in an unknown form stay None (the raw text is kept) rather than failing
    the whole read: the cashier can still type the date.
    """

    national_number: str
    last_name: str
    first_names: str
    third_initial: str
    birth_date: date | None
    birth_date_text: str
    birth_place: str
    sex: Sex
    nationality: str
    card_number: str
    valid_from: date | None
    valid_until: date | None
    street: str = ""
    postal_code: str = ""
    municipality: str = ""
    photo: bytes | None = None


@dataclass(frozen=True)
class EidRead:
    reader: str
    identity: EidIdentity


ReaderEvent = CardTapped | CardRemoved | EidRead | ReaderState
