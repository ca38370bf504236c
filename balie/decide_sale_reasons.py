"""The Dutch reasons a sale decision gives when it withholds a discount (kept apart so the rules in
:mod:`balie.decide_sale` read without the prose)."""

from __future__ import annotations

from datetime import timedelta

from balie.decide_common import Notice, Refusal, RefusalCode, format_age_nl
from balie.domain import EndUserMessage, MessageLevel, SocialTariffStatus, TariffType

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
        "Het kansentarief van deze pashouder geldt niet voor dit evenement (andere UiTPAS-regio).",
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
        "Zonder verbinding met UiTPAS kan het kansenstatuut van deze pas niet nagekeken worden "
        "(geen kansentarieflijst voor deze regio en geen eerdere gegevens).",
        "Verkoop aan het gewone tarief, of wacht tot de verbinding terug is.",
        TariffType.SOCIALTARIFF,
    )


def no_cached_tariff() -> Refusal:
    return Refusal(
        RefusalCode.NO_CACHED_TARIFF,
        "Het kansentarief voor dit evenement en deze prijs is niet gekend zonder verbinding met UiTPAS.",
        "Verkoop aan het gewone tarief, of wacht tot de verbinding terug is. "
        "Synchroniseer voortaan vóór de activiteit, dan zijn de prijzen gekend.",
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


def limit_reached(kind: TariffType) -> Refusal:
    return Refusal(
        RefusalCode.TICKET_LIMIT_REACHED,
        "Deze pas heeft het maximum aantal tickets met UiTPAS-korting voor dit evenement bereikt.",
        REGULAR_NEXT,
        kind,
    )


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
