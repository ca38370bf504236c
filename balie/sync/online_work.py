"""The counter's online-only work over the UiTPAS client: pass prices, blank cards, search by
name, kansenstatuut renewal, memberships and card replacement.

These calls are online-only by design: the platform decides (a renewal, a new membership and a
replaced card change what the holder is entitled to everywhere), so they are never queued. The
screens get the core's answers (:mod:`balie.registration` values) or one of the two exceptions the
core understands (:mod:`balie.ports`): :class:`PlatformUnavailable` ("could not ask": say the
counter is offline) and :class:`PlatformRefusal` (the platform said no: its endUserMessage is
shown verbatim). A write whose answer was lost is neither: it raises PlatformUnavailable with a
message telling the cashier to look the holder up again before trying once more.

The composition root builds one :class:`ClientOnlineWork` and hands its methods to the screens.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from balie.domain import today_in_brussels
from balie.ports import PlatformRefusal, PlatformUnavailable
from balie.registration import (
    CardCheck,
    CardType,
    HolderSummary,
    MembershipOption,
    PassPrice,
    membership_body,
)
from balie.sync.client import UitpasClient, passholder_put_body
from balie.sync.problems import ApiError, ErrorClass
from balie.sync.wire import Passholder
from balie.threads import assert_not_gui_thread

log = logging.getLogger(__name__)

#: a cashier waits for these: fail fast to "offline" rather than hang the dialog
ONLINE_WORK_TIMEOUT = (2.0, 8.0)

UNKNOWN_OUTCOME_NL = ("Het is niet zeker of UiTPAS de wijziging heeft ontvangen (de verbinding "
                      "viel weg). Zoek de pashouder opnieuw op voor je het nog eens probeert.")


@contextmanager
def _translated(what: str, *, write: bool = False) -> Iterator[None]:
    assert_not_gui_thread(f"online {what}")  # up to 10 s of network: never on the GUI thread
    try:
        yield
    except ApiError as exc:
        if write and exc.error_class is ErrorClass.UNKNOWN_OUTCOME:
            log.warning("online %s: outcome unknown (%s)", what, type(exc).__name__)
            raise PlatformUnavailable(UNKNOWN_OUTCOME_NL) from exc
        if exc.error_class in (ErrorClass.RETRYABLE, ErrorClass.UNKNOWN_OUTCOME,
                               ErrorClass.AUTH):
            log.info("online %s unavailable: %s", what, type(exc).__name__)
            raise PlatformUnavailable(exc.user_message()) from exc
        raise PlatformRefusal(exc.to_problem()) from exc


def holder_summary(holder: Passholder) -> HolderSummary:
    ends = [today_in_brussels(m.social_tariff_end_date) for m in holder.memberships
            if m.social_tariff_end_date is not None and m.social_tariff_status.value == "ACTIVE"]
    return HolderSummary(
        passholder_id=holder.id, first_name=holder.first_name, name=holder.name,
        birth_date=holder.date_of_birth, uitpas_number=holder.uitpas_number,
        postal_code=holder.postal_code, city=holder.city,
        kansenstatuut_until=max(ends) if ends else None,
        card_system_ids=tuple(m.card_system.id for m in holder.memberships))


class ClientOnlineWork:
    """Implements ``balie.ui.platform_dialogs.OnlineWorkPort`` and the online callables of
    ``balie.ui.registration_adapter.RegistrationAdapter``. Blocking: call off the GUI thread."""

    def __init__(self, client: UitpasClient, organizer_id: str, *,
                 timeout: tuple[float, float] = ONLINE_WORK_TIMEOUT) -> None:
        self.client = UitpasClient(client.base_url, client.tokens, session=client.session,
                                   timeout=timeout, client_id=client.client_id,
                                   clock=client.clock)
        self.organizer_id = organizer_id

    # -- registration helpers ---------------------------------------------------------------
    def membership_price(self, card_system_id: int, postal_code: str, birth_date: date,
                         social_tariff: bool) -> PassPrice:
        with _translated("membership price"):
            price = self.client.membership_price(card_system_id, postal_code=postal_code,
                                                 date_of_birth=birth_date, card_type="NFC_CARD",
                                                 social_tariff=social_tariff)
        return PassPrice(price.price, price.label)

    def check_card(self, *, uitpas_number: str | None = None,
                   chip_number: str | None = None) -> CardCheck:
        with _translated("card check"):
            card = self.client.get_card(uitpas_number=uitpas_number, chip_number=chip_number)
        return CardCheck(card.uitpas_number, card.status.value, card.social_tariff,
                         card.card_system.id)

    def insz_in_use(self, insz: str) -> bool:
        with _translated("insz status"):
            return self.client.insz_status(insz) == "USED"

    # -- online-only work -----------------------------------------------------------------------
    def search_by_name(self, name: str, first_name: str = "") -> list[HolderSummary]:
        with _translated("passholder search"):
            page = self.client.search_passholders(name=name or None,
                                                  first_name=first_name or None, limit=20)
        return [holder_summary(h) for h in page.items]

    def holder(self, passholder_id: str) -> HolderSummary:
        with _translated("passholder read"):
            return holder_summary(self.client.get_passholder(passholder_id))

    def renew_kansenstatuut(self, passholder_id: str, end_date: date) -> None:
        """A full PUT of the holder as the platform has it now, with the new end date."""
        with _translated("passholder read"):
            current = self.client.get_passholder(passholder_id)
        body = passholder_put_body(current, {"registrationSocialTariffEndDate":
                                             end_date.isoformat()})
        with _translated("kansenstatuut renewal", write=True):
            self.client.update_passholder(passholder_id, body)

    def membership_preview(self, passholder_id: str, card_system_id: int,
                           social_tariff: bool) -> MembershipOption:
        with _translated("membership preview"):
            preview = self.client.membership_preview(passholder_id, card_system_id,
                                                     social_tariff=social_tariff,
                                                     organizer_id=self.organizer_id)
        return MembershipOption(preview.type, preview.address_change_required,
                                preview.social_tariff_end_date)

    def create_membership(self, passholder_id: str, card_system_id: int, *,
                          card_type: CardType, uitpas_number: str = "",
                          kansenstatuut_end: date | None = None) -> None:
        body = membership_body(organizer_id=self.organizer_id, card_type=card_type,
                               uitpas_number=uitpas_number, kansenstatuut_end=kansenstatuut_end)
        with _translated("membership", write=True):
            self.client.create_membership(passholder_id, card_system_id, body)

    def replace_card(self, passholder_id: str, card_system_id: int, new_uitpas_number: str) -> None:
        """A lost card: the membership is renewed with the new card's number (the platform
        deletes the old card). A running kansenstatuut is sent along, or the new membership
        would be registered without it."""
        with _translated("passholder read"):
            current = self.client.get_passholder(passholder_id)
        end = next((today_in_brussels(m.social_tariff_end_date) for m in current.memberships
                    if m.card_system.id == card_system_id and m.social_tariff_end_date is not None
                    and m.social_tariff_status.value == "ACTIVE"), None)
        self.create_membership(passholder_id, card_system_id, card_type=CardType.NFC_CARD,
                               uitpas_number=new_uitpas_number, kansenstatuut_end=end)

    # -- QR check-in codes (balie.ui.qr_codes) ----------------------------------------------------
    def qr_checkin_link(self, event_id: str, file_format: str) -> str:
        """The short-lived link to the event's QR check-in codes; online only (a link asked
        later would have run out)."""
        with _translated("qr check-in link"):
            return self.client.qr_checkin_download_link(event_id, file_format=file_format)

    def download_qr_checkin_codes(self, event_id: str, file_format: str, target: Path) -> int:
        """A fresh link, then its file saved at ``target``; the bytes written."""
        link = self.qr_checkin_link(event_id, file_format)
        with _translated("qr check-in download"):
            return self.client.download_file(link, target)
