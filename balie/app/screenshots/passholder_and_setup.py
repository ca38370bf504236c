"""Screenshots of the second-round screens: new pass holder, receipt, setup wizard, online-only
work. Called by ``python -m balie.app.screenshots`` (see there); each state is reached the way a
cashier would, against the in-process training platform.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from balie.app.screenshots.common import themed_app, wait_until
from balie.ui.setup_wizard import FirstSyncResult, SignInResult


@dataclass(frozen=True)
class _ShowcaseEid:
    """The fields of balie.cardreader.events.EidIdentity the form reads (ui does not import
    the card reader package)."""

    national_number: str
    last_name: str
    first_names: str
    birth_date: date
    street: str
    postal_code: str
    municipality: str
    sex: str = "F"
    nationality: str = "Belg"


class _ShowcaseWizardServices:
    """Stands in for the real services (which need publiq's servers) so the pages can be seen."""

    def list_readers(self) -> list[str]:
        return ["ACS ACR1252 1S CL Reader PICC 0", "Alcor Micro USB Smart Card Reader 0"]

    def sign_in(self, environment: str, auth_mode: str, client_id: str,
                secret: str | None) -> SignInResult:
        return SignInResult(True, "Aangemeld als Kassa Oefenbalie.",
                            [("pool", "[OEFEN] Zwembad Van Eyck Gent"),
                             ("museum", "[OEFEN] Stedelijk Museum Aalst")])

    def first_sync(self, on_progress: Callable[[str, int, int], None]) -> FirstSyncResult:
        on_progress("Voordelen", 3, 4)
        return FirstSyncResult(True, "12 activiteiten, 5 voordelen en 3 UiTPAS-gebieden "
                                     "opgehaald.")

    def save(self, values: dict[str, dict[str, str]]) -> None:
        pass


def render(out: Path, language: str, shot: Callable[[Any, str], None], composition: Any) -> None:
    """``shot(widget, name)`` saves one PNG; ``composition`` is a training composition."""
    from balie.app import online_work, registration_port, training_demo
    from balie.domain import today_in_brussels, utcnow
    from balie.ui.bridge import ServiceSignals
    from balie.ui.platform_dialogs import (
        MembershipDialog,
        RenewKansenstatuutDialog,
        ReplaceCardDialog,
        SearchByNameDialog,
    )
    from balie.ui.receipt import ReceiptDialog
    from balie.ui.registration import RegistrationForm
    from balie.ui.registration_adapter import RegistrationAdapter
    from balie.ui.setup_wizard import SetupWizard

    demo = training_demo()
    client, org = composition.client, composition.organizer_id
    systems = client.card_systems().items
    composition.store.reference.save_card_systems(systems, utcnow())
    composition.store.outbox.record_contact(utcnow())
    work = online_work(composition)
    adapter = registration_port(composition, work)
    signals = ServiceSignals()

    def form() -> RegistrationForm:
        dialog = RegistrationForm(adapter, signals, organizer_name=demo.ORGANIZERS["pool"].name,
                                  counter_name="Oefenbalie")
        dialog.resize(1280, 760)
        dialog.show()
        wait_until(lambda: dialog.online is not None and not dialog.runner.busy)
        return dialog

    eid = _ShowcaseEid(demo.insz("900517", 123), "Janssens", "Ilse Maria", date(1990, 5, 17),
                       "Sleepstraat 3", "9000", "Gent")
    dialog = form()
    shot(dialog, "20-nieuwe-pashouder-leeg")
    dialog.fill_from_eid(eid)
    wait_until(lambda: dialog.card_system.count() > 0)
    signals.card_tapped.emit("reader", demo.BLANK_CARDS["blank_gent"].chip_number)
    wait_until(lambda: dialog.card_number.text() != "" and not dialog.runner.busy)
    wait_until(lambda: not dialog.runner.busy)
    shot(dialog, "21-nieuwe-pashouder-eid-en-kaart")
    dialog.submit()
    wait_until(lambda: dialog.receipt is not None)
    assert dialog.receipt is not None, "the registration was saved"
    receipt = ReceiptDialog(dialog.receipt)
    receipt.resize(560, 720)
    receipt.show()
    shot(receipt, "22-bon-met-qr-code")
    receipt.close()
    dialog = form()
    dialog.fill_from_eid(_ShowcaseEid(demo.insz("150809", 555), "Demir", "Elif", date(2015, 8, 9),
                                      "Molenstraat 8", "9300", "Aalst"))
    wait_until(lambda: dialog.card_system.count() > 0 and not dialog.runner.busy)
    dialog.submit()
    shot(dialog, "23-nieuwe-pashouder-minderjarig-onvolledig")
    dialog.close()
    platform = composition.platform
    platform.set_faults(refuse_connections=True)
    composition.store.outbox.record_contact(utcnow().replace(year=2000))
    offline_adapter = RegistrationAdapter(composition.counter, org, is_online=lambda: False,
                                          membership_price=work.membership_price)
    dialog = RegistrationForm(offline_adapter, signals)
    dialog.resize(1280, 760)
    dialog.show()
    wait_until(lambda: dialog.online is not None and not dialog.runner.busy)
    shot(dialog, "24-nieuwe-pashouder-offline")
    dialog.close()
    search = SearchByNameDialog(work, lambda: False)
    search.resize(800, 500)
    search.show()
    wait_until(lambda: search.online is not None)
    shot(search, "25-zoeken-op-naam-offline")
    search.close()
    platform.clear_faults()
    search = SearchByNameDialog(work, lambda: True)
    search.resize(800, 500)
    search.show()
    wait_until(lambda: search.online is not None)
    search.name.setText("De")
    search.search()
    wait_until(lambda: search.results.count() > 0)
    shot(search, "26-zoeken-op-naam")
    search.close()
    holder = work.holder(demo.PASSES["kansen_expiring"].passholder_id)
    renew = RenewKansenstatuutDialog(work, lambda: True, holder, today_in_brussels(utcnow()))
    renew.resize(700, 360)
    renew.show()
    wait_until(lambda: renew.online is not None)
    shot(renew, "27-kansenstatuut-verlengen")
    renew.renew()
    wait_until(lambda: renew.banner.kind.value == "ok")
    shot(renew, "28-kansenstatuut-verlengd")
    renew.close()
    regular = work.holder(demo.PASSES["regular"].passholder_id)
    member = MembershipDialog(work, lambda: True, regular, list(systems), signals)
    member.resize(800, 520)
    member.show()
    wait_until(lambda: member.online is not None)
    member.card_system.setCurrentIndex(member.card_system.findText("UiTPAS Gent"))
    member.preview()
    wait_until(lambda: member.preview_label.text() != "")
    shot(member, "29-lidmaatschap-bekijken")
    member.close()
    replace = ReplaceCardDialog(work, lambda: True,
                                work.holder(demo.PASSES["kansen_active"].passholder_id),
                                list(systems), signals)
    replace.resize(800, 420)
    replace.show()
    wait_until(lambda: replace.online is not None)
    replace.card.number.setText("0910000090310")
    replace.replace()
    shot(replace, "30-kaart-vervangen-tikfout")
    replace.close()
    wizard = SetupWizard(_ShowcaseWizardServices())
    wizard.resize(900, 620)
    wizard.show()
    shot(wizard, "31-instellen-platform")
    wizard.next()
    wizard.sign_in_page.sign_in()
    wait_until(lambda: wizard.sign_in_page.isComplete())
    shot(wizard, "32-instellen-aanmelden")
    wizard.next()
    wizard.organizer_page.list.setCurrentRow(0)
    wizard.next()
    wizard.counter_page.name.setText("Onthaal zwembad")
    wizard.next()
    wait_until(lambda: wizard.readers_page.nfc.count() > 1)
    shot(wizard, "33-instellen-kaartlezers")
    wizard.next()
    wait_until(lambda: wizard.sync_page.result is not None)
    shot(wizard, "34-instellen-eerste-synchronisatie")
    wizard.next()
    shot(wizard, "35-instellen-klaar")
    wizard.close()


def render_all(out: Path, *, language: str = "nl", platform: Any = None) -> list[Path]:
    """Every second-round screen as PNG in ``out``; a fresh training counter in a temp folder
    (``platform`` None starts an in-process training platform)."""


    from balie.app import compose_training

    _app = themed_app(out, language)  # held for the whole scene
    written: list[Path] = []

    def shot(widget: Any, name: str) -> None:
        wait_until(lambda: False, 0.05)
        widget.repaint()
        path = out / f"{name}-{language}.png"
        widget.grab().save(str(path))
        written.append(path)

    from balie.app.screenshots.common import scratch_dir

    with scratch_dir("balie-shots-2b-") as tmp:
        composition = compose_training(tmp, platform)
        try:
            render(out, language, shot, composition)
        finally:
            if composition.platform is not None:
                composition.platform.clear_faults()
            composition.stop()
    return written
