"""The Dutch reasons a sale decision gives when it withholds a discount (kept apart so the rules in
:mod:`balie.decide.sale` read without the prose)."""

from __future__ import annotations

from datetime import timedelta

from balie.decide.common import Notice, Refusal, RefusalCode, format_age_nl
from balie.domain import (
    Cents,
    EndUserMessage,
    EventInfo,
    MessageLevel,
    PeriodType,
    SocialTariffStatus,
    TariffType,
    format_euro,
)
from balie.policy import UncertainPrice
from balie.wording import count_nl

REGULAR_NEXT = "Verkoop aan het gewone tarief."


def status_refusal(status: SocialTariffStatus) -> Refusal:
    if status is SocialTariffStatus.EXPIRED:
        return Refusal(
            RefusalCode.KANSENSTATUUT_EXPIRED,
            "Het kansenstatuut van deze pashouder is verlopen.",
            "Verkoop aan het gewone tarief. Verwijs de pashouder voor verlenging naar het OCMW "
            "of de UiTPAS-balie.",
            TariffType.SOCIALTARIFF,
        )
    if status is SocialTariffStatus.SUSPENDED:
        return Refusal(
            RefusalCode.KANSENSTATUUT_SUSPENDED,
            "Het kansenstatuut van deze pashouder is tijdelijk opgeschort.",
            REGULAR_NEXT,
            TariffType.SOCIALTARIFF,
        )
    return Refusal(
        RefusalCode.NO_KANSENSTATUUT,
        "Deze pashouder heeft geen kansenstatuut.",
        REGULAR_NEXT,
        TariffType.SOCIALTARIFF,
    )


def not_in_list() -> Refusal:
    return Refusal(
        RefusalCode.NOT_IN_SOCIAL_TARIFF_LIST,
        "Deze pas staat niet op de recentste lijst van kaarten met kansentarief "
        "(kansenstatuut verlopen of kaart geblokkeerd).",
        REGULAR_NEXT,
        TariffType.SOCIALTARIFF,
    )


def outside_card_system() -> Refusal:
    return Refusal(
        RefusalCode.OUTSIDE_CARD_SYSTEM,
        "Het kansentarief van deze pashouder geldt niet voor deze activiteit (andere UiTPAS-regio).",
        REGULAR_NEXT,
        TariffType.SOCIALTARIFF,
    )


def no_discount_cached(message: EndUserMessage | None) -> Refusal:
    text = (
        message.nl
        if message is not None
        else "UiTPAS gaf deze pas bij het laatste contact geen kansentarief."
    )
    return Refusal(
        RefusalCode.NO_DISCOUNT_FROM_PLATFORM, text, REGULAR_NEXT, TariffType.SOCIALTARIFF, message
    )


def no_knowledge() -> Refusal:
    return Refusal(
        RefusalCode.NO_KANSENSTATUUT_KNOWLEDGE,
        "Zonder verbinding met UiTPAS kan het kansenstatuut van deze pas niet nagekeken worden.",
        "Verkoop aan het gewone tarief, of wacht tot de verbinding terug is.",
        TariffType.SOCIALTARIFF,
    )


def no_cached_tariff() -> Refusal:
    return Refusal(
        RefusalCode.NO_CACHED_TARIFF,
        "Het kansentarief voor deze activiteit en deze prijs is niet gekend zonder verbinding met UiTPAS.",
        "Verkoop aan het gewone tarief, of wacht tot de verbinding terug is.",
        TariffType.SOCIALTARIFF,
    )


def offline_social_disabled() -> Refusal:
    return Refusal(
        RefusalCode.OFFLINE_SOCIAL_TARIFF_DISABLED,
        "Zonder verbinding met UiTPAS geeft deze organisatie geen kansentarief.",
        "Verkoop aan het gewone tarief, of wacht tot de verbinding terug is.",
        TariffType.SOCIALTARIFF,
    )


def group_exhausted() -> Refusal:
    return Refusal(
        RefusalCode.GROUP_TICKETS_EXHAUSTED,
        "Deze groepspas heeft geen tickets aan kansentarief meer over.",
        REGULAR_NEXT,
        TariffType.SOCIALTARIFF,
    )


_PERIOD_NL = {PeriodType.DAY: "per dag", PeriodType.WEEK: "per week", PeriodType.MONTH: "per maand",
              PeriodType.QUARTER: "per kwartaal", PeriodType.YEAR: "per jaar",
              PeriodType.ABSOLUTE: "in totaal"}


def limit_reached(kind: TariffType, event: EventInfo | None = None) -> Refusal:
    """The event's ticket limit spent; named as the platform names it ("2 tickets per dag") when
    the counter knows it, so the cashier can tell the pass holder when it opens again."""
    text = "Deze pas heeft het maximum aantal tickets met UiTPAS-korting voor deze activiteit bereikt"
    volume = event.ticket_limit_volume if event is not None else None
    if event is not None and volume is not None:
        period = _PERIOD_NL.get(event.ticket_limit_period, "per periode") \
            if event.ticket_limit_period is not None else "in totaal"
        text += f": {count_nl(volume, 'ticket', 'tickets')} {period}"
    return Refusal(RefusalCode.TICKET_LIMIT_REACHED, text + ".", REGULAR_NEXT, kind)


def old_proof_notice(age: timedelta, too_old: bool, overridden: bool) -> Notice:
    text = (
        f"Het kansenstatuut is het laatst nagekeken {format_age_nl(age)} geleden; "
        "het kansentarief is voorlopig tot UiTPAS het bevestigt."
    )
    if too_old and not overridden:
        text += " Dat is te lang geleden: een verantwoordelijke moet het kansentarief goedkeuren."
    elif too_old:
        text += " Een verantwoordelijke heeft het kansentarief goedgekeurd."
    return Notice(MessageLevel.WARN, text)


def queued_used_up(kind: TariffType) -> Refusal:
    what = "deze kortingsbon" if kind is TariffType.COUPON else "dit tarief"
    return Refusal(
        RefusalCode.USED_BY_QUEUED_SALE,
        f"Een eerdere verkoop op deze balie gebruikt {what} al; die verkoop staat nog in de "
        "wachtrij naar UiTPAS.",
        REGULAR_NEXT,
        kind,
    )


def coupon_may_exist() -> Notice:
    return Notice(
        MessageLevel.INFO,
        "Een kortingsbon is zonder verbinding niet te zien, maar er kan er een bestaan. "
        "Toont de klant een kortingsbon: wacht op de verbinding.",
    )


UNCERTAIN_STATIC_BASIS = (
    "Prijs onzeker: kansentarief van de regio van de organisator; UiTPAS kan voor deze "
    "pashouder een andere prijs boeken."
)
UNCERTAIN_REGULAR_BASIS = (
    "Prijs onzeker: gewone prijs aangerekend als kansentarief; na synchronisatie krijgt de "
    "pashouder het verschil terug."
)


def uncertain_price_notice(region_known: bool, mode: UncertainPrice, static_cents: Cents,
                           charged_cents: Cents) -> Notice:
    """Said BEFORE the sale: the kansentarief of this holder is not known offline."""
    who = ("andere UiTPAS-regio dan de organisator" if region_known
           else "niet zeker tot welke UiTPAS-regio deze pashouder hoort")
    text = f"Prijs onzeker: {who} (kansentarief hier {format_euro(static_cents)}). "
    if mode is UncertainPrice.REGULAR:
        text += f"De balie rekent de gewone prijs ({format_euro(charged_cents)}) als kansentarief; "
    elif mode is UncertainPrice.SUPERVISOR:
        text += f"Een verantwoordelijke moet {format_euro(charged_cents)} goedkeuren; "
    else:
        text += f"De balie rekent voorlopig {format_euro(charged_cents)}; "
    text += "een verschil verschijnt na synchronisatie bij 'Te behandelen'."
    return Notice(MessageLevel.WARN, text)
