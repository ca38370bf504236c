"""The new-pass-holder screen's :class:`~balie.ui.registration.RegistrationPort` over the core.

Registration always goes through the outbox (:meth:`Counter.register_passholder`), online or not,
so a lost connection halfway never loses a customer. What needs the platform *now* comes in as
optional callables from the composition root (the sync side's ``ClientOnlineWork`` methods): the
pass price, the blank card check and the INSZ check. Each may raise
:class:`~balie.ports.PlatformUnavailable` (then the screen works on with what it knows, and says
what will only be confirmed later) or :class:`~balie.ports.PlatformRefusal` (the platform's words
are shown as they are).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from balie.counter import Counter
from balie.domain import CardSystemInfo, IdentifierKind, Problem, today_in_brussels, utcnow
from balie.numbers import classify_identifier
from balie.ports import PlatformRefusal, PlatformUnavailable
from balie.registration import (
    BlankCardVerdict,
    CardCheck,
    PassPrice,
    RegistrationForm,
    blank_card_verdict,
    card_systems_for,
    offline_consequences,
    payload,
    typed_card_verdict,
    validate,
)
from balie.ui.port import ActionOutcome

#: the platform counts as reachable this long after the last successful contact
ONLINE_WINDOW = timedelta(minutes=2)

PriceFn = Callable[[int, str, date, bool], PassPrice]
CardFn = Callable[..., CardCheck]
InszFn = Callable[[str], bool]


@dataclass(frozen=True)
class RegistrationResult:
    """A successful registration, for the receipt."""

    uitpas_number: str
    holder_name: str
    price_cents: int
    provisional: bool


class RegistrationAdapter:
    """Implements RegistrationPort. Blocking calls: the screen runs them on its Runner."""

    def __init__(self, counter: Counter, organizer_id: str, *,
                 membership_price: PriceFn | None = None, check_card: CardFn | None = None,
                 insz_in_use: InszFn | None = None, is_online: Callable[[], bool] | None = None,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self.counter = counter
        self.organizer_id = organizer_id
        self._price = membership_price
        self._check_card = check_card
        self._insz_in_use = insz_in_use
        self._is_online = is_online
        self._clock = clock
        self.last_result: RegistrationResult | None = None

    def today(self) -> date:
        return today_in_brussels(self._clock())

    def is_online(self) -> bool:
        if self._is_online is not None:
            return self._is_online()
        contact = self.counter.queue_stats().last_successful_contact
        return contact is not None and self._clock() - contact <= ONLINE_WINDOW

    def card_systems_for(self, postal_code: str) -> list[CardSystemInfo]:
        return card_systems_for(postal_code, self.counter.store.reference.card_systems())

    def all_card_systems(self) -> list[CardSystemInfo]:
        return self.counter.store.reference.card_systems()

    def membership_price(self, card_system_id: int, postal_code: str, birth_date: date,
                         social_tariff: bool) -> PassPrice | None:
        """None: the price cannot be asked now (offline); it is confirmed when sent."""
        if self._price is None:
            return None
        try:
            return self._price(card_system_id, postal_code, birth_date, social_tariff)
        except (PlatformUnavailable, PlatformRefusal):
            return None

    def insz_in_use(self, insz: str) -> bool | None:
        """True/False from the platform; None when it cannot be asked."""
        if self._insz_in_use is None:
            return None
        try:
            return self._insz_in_use(insz)
        except (PlatformUnavailable, PlatformRefusal):
            return None

    def check_blank_card(self, identifier: str, card_system_id: int | None) -> BlankCardVerdict:
        """A tapped chip or a typed number of a card from the stock: may it be handed out?"""
        classified = classify_identifier(identifier)
        if classified is None:
            return BlankCardVerdict(
                "", False, "Dit is geen UiTPAS-nummer of chipnummer: tik de kaart of typ het nummer.")
        kind, checked = classified
        if kind is IdentifierKind.INSZ:
            return BlankCardVerdict(
                "", False, "Dit is een rijksregisternummer, geen UiTPAS-nummer: tik de nieuwe kaart.")
        if kind is IdentifierKind.UITPAS_NUMBER and not checked.ok:
            return BlankCardVerdict(checked.value, False, checked.reason)
        chip = kind is IdentifierKind.CHIP_NUMBER
        if self._check_card is not None:
            try:
                card = (self._check_card(chip_number=checked.value) if chip
                        else self._check_card(uitpas_number=checked.value))
            except PlatformRefusal as refusal:
                return BlankCardVerdict("" if chip else checked.value, False,
                                        refusal.problem.message)
            except PlatformUnavailable:
                pass
            else:
                verdict = blank_card_verdict(card, card_system_id)
                if chip and verdict.ok:
                    self._remember_chip(checked.value, verdict.uitpas_number)
                return verdict
        if chip:
            return BlankCardVerdict("", False, "Offline kan de chip van een nieuwe kaart niet "
                                               "opgezocht worden: typ het nummer dat op de kaart "
                                               "gedrukt staat.")
        return typed_card_verdict(checked.value)

    def _remember_chip(self, chip: str, number: str) -> None:
        """The next tap of this new card works offline too."""
        try:
            self.counter.remember_chip(chip, number)
        except Exception:  # noqa: BLE001 - a cache, never a reason to stop the registration
            pass

    def register(self, form: RegistrationForm, *, price_cents: int,
                 idempotency_key: str) -> ActionOutcome:
        today = self.today()
        errors = validate(form, today)
        if errors:
            return ActionOutcome("", Problem("invalid-form", errors[0].message,
                                             "Vul het formulier aan."))
        online = self.is_online()
        number = form.uitpas_number.strip() if form.card_type.value == "NFC_CARD" else ""
        result = self.counter.register_passholder(
            payload(form, self.organizer_id, today), uitpas_number=number,
            card_system_id=form.card_system_id, price_cents=price_cents,
            action_key=idempotency_key)
        if not result.done:
            problem = result.problem or Problem("refused", result.message_nl, result.next_step_nl)
            return ActionOutcome(result.message_nl, problem=problem)
        self.last_result = RegistrationResult(
            number, f"{form.first_name.strip()} {form.last_name.strip()}", price_cents,
            provisional=not online)
        if online:
            return ActionOutcome("Registratie bewaard; ze wordt nu doorgestuurd naar UiTPAS.")
        return ActionOutcome("Registratie bewaard zonder verbinding. "
                             + " ".join(offline_consequences(form)), provisional=True)
