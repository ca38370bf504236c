"""Registering a new pass holder at the counter: eID prefill, checks as you type, the new card by
tap, the price, minors, and offline registration with its consequences; the queued registration is
what the sync worker sends to the (training) platform."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from balie.app import Composition, compose_training
from balie.cardreader.events import EidIdentity, Sex
from balie.domain import ActionKind, OutboxStatus, utcnow
from balie.sync.delivery import deliver
from balie.sync.online_work import ClientOnlineWork
from balie.training import demo
from balie.ui.bridge import ServiceSignals
from balie.ui.receipt import receipt_document
from balie.ui.registration import RegistrationForm
from balie.ui.registration_adapter import RegistrationAdapter

NEW_INSZ = demo.insz("900517", 123)  # 17 May 1990, not registered in the demo world


@dataclass
class Desk:
    composition: Composition
    adapter: RegistrationAdapter
    signals: ServiceSignals
    form: RegistrationForm


def _eid(**changes: Any) -> EidIdentity:
    base: dict[str, Any] = dict(
        national_number=NEW_INSZ, last_name="Janssens", first_names="Ilse Maria",
        third_initial="", birth_date=date(1990, 5, 17), birth_date_text="17 MEI 1990",
        birth_place="Gent", sex=Sex.FEMALE, nationality="Belg", card_number="592000000000",
        valid_from=None, valid_until=None, street="Sleepstraat 3", postal_code="9000",
        municipality="Gent")
    base.update(changes)
    return EidIdentity(**base)


def _desk(platform, tmp_path, qtbot, *, online: bool) -> Desk:
    composition = compose_training(tmp_path / "counter", platform)
    systems = composition.client.card_systems().items
    composition.store.reference.save_card_systems(systems, utcnow())
    if online:
        composition.store.outbox.record_contact(utcnow())
    else:
        platform.set_faults(refuse_connections=True)
    work = ClientOnlineWork(composition.client, composition.organizer_id)
    adapter = RegistrationAdapter(composition.counter, composition.organizer_id,
                                  membership_price=work.membership_price,
                                  check_card=work.check_card, insz_in_use=work.insz_in_use)
    signals = ServiceSignals()
    form = RegistrationForm(adapter, signals, organizer_name="Zwembad", counter_name="Onthaal")
    qtbot.addWidget(form)
    form.show()
    qtbot.waitUntil(lambda: form.online is not None, timeout=5000)
    return Desk(composition, adapter, signals, form)


@pytest.fixture
def online_desk(platform, tmp_path, qtbot) -> Iterator[Desk]:
    desk = _desk(platform, tmp_path, qtbot, online=True)
    yield desk
    desk.composition.stop()


@pytest.fixture
def offline_desk(platform, tmp_path, qtbot) -> Iterator[Desk]:
    desk = _desk(platform, tmp_path, qtbot, online=False)
    yield desk
    platform.clear_faults()
    desk.composition.stop()


def _idle(qtbot, form: RegistrationForm) -> None:
    qtbot.waitUntil(lambda: not form.runner.busy, timeout=10000)


def test_eid_fills_the_form_and_postal_code_chooses_the_region(online_desk: Desk, qtbot):
    form = online_desk.form
    online_desk.signals.eid_read.emit(_eid()) if hasattr(online_desk.signals, "eid_read") \
        else form.fill_from_eid(_eid())
    _idle(qtbot, form)
    assert form.last_name.text() == "Janssens"
    assert form.birth_date.text() == "17/05/1990"
    assert form.insz_hint.text() == "Rijksregisternummer klopt."
    assert form.gender.currentText() == "Vrouw"
    qtbot.waitUntil(lambda: form.card_system.currentText() == "UiTPAS Gent", timeout=5000)
    qtbot.waitUntil(lambda: form.price_label.text() == "€ 5,00", timeout=5000)
    assert form.paid.text() == "5,00"
    assert not form.guardian_box.isVisible()


def test_the_postal_code_fills_the_municipality_but_never_over_what_was_typed(
        online_desk: Desk, qtbot):
    form = online_desk.form
    qtbot.keyClicks(form.postal_code, "9300")
    assert form.city.text() == "Aalst"
    form.postal_code.clear()
    qtbot.keyClicks(form.postal_code, "9000")
    assert form.city.text() == "Gent", "a municipality the form filled follows the new code"
    form.city.setText("Sint-Denijs-Westrem")  # the holder names their own part of the city
    form.postal_code.clear()
    qtbot.keyClicks(form.postal_code, "9051")
    assert form.city.text() == "Sint-Denijs-Westrem"
    form.city.clear()
    form.postal_code.clear()
    qtbot.keyClicks(form.postal_code, "9999")  # not in the table: left to the cashier
    assert form.city.text() == ""
    _idle(qtbot, form)


def test_insz_is_checked_as_you_type(online_desk: Desk, qtbot):
    form = online_desk.form
    qtbot.keyClicks(form.insz, "900517")
    assert form.insz_hint.text() == "Nog 5 cijfers."
    qtbot.keyClicks(form.insz, "12399")
    assert "controlegetal" in form.insz_hint.text()
    form.insz.clear()
    qtbot.keyClicks(form.insz, NEW_INSZ)
    assert form.insz_hint.text() == "Rijksregisternummer klopt."
    assert form.birth_date.text() == "17/05/1990"  # derived from the INSZ


def test_insz_of_an_existing_holder_is_flagged_online(online_desk: Desk, qtbot):
    form = online_desk.form
    qtbot.keyClicks(form.insz, demo.PASSES["regular"].insz or "")
    qtbot.waitUntil(lambda: "bestaat al een pashouder" in form.insz_hint.text(), timeout=5000)


def test_tapping_a_used_card_is_refused_and_a_blank_card_is_assigned(online_desk: Desk, qtbot):
    form = online_desk.form
    form.fill_from_eid(_eid())
    qtbot.waitUntil(lambda: form.card_system.currentText() == "UiTPAS Gent", timeout=5000)
    online_desk.signals.card_tapped.emit("reader", demo.PASSES["other_region_kansen"].chip_number)
    qtbot.waitUntil(lambda: "al in gebruik" in form.card_hint.text(), timeout=5000)
    blank = demo.BLANK_CARDS["blank_gent"]
    online_desk.signals.card_tapped.emit("reader", blank.chip_number)
    qtbot.waitUntil(lambda: form.card_number.text() == blank.uitpas_number, timeout=5000)
    assert form.card_hint.text() == "Nieuwe kaart uit de voorraad (gewone kaart)."


def test_online_registration_is_queued_and_delivered_as_the_api_expects(online_desk: Desk, qtbot,
                                                                        platform):
    form = online_desk.form
    form.fill_from_eid(_eid())
    blank = demo.BLANK_CARDS["blank_gent"]
    qtbot.waitUntil(lambda: form.card_system.currentText() == "UiTPAS Gent", timeout=5000)
    online_desk.signals.card_tapped.emit("reader", blank.chip_number)
    qtbot.waitUntil(lambda: form.card_number.text() == blank.uitpas_number, timeout=5000)
    qtbot.waitUntil(lambda: form.paid.text() == "5,00", timeout=5000)
    form.opt_ins["sms"].setChecked(True)
    with qtbot.waitSignal(form.registered, timeout=10000) as signal:
        qtbot.keyClick(form, Qt.Key.Key_F10)
    receipt = signal.args[0]
    assert receipt.uitpas_number == blank.uitpas_number and receipt.price_cents == 500
    assert form.outcome.message == "Registratie bewaard; ze wordt nu doorgestuurd naar UiTPAS."
    store = online_desk.composition.store
    item = next(i for i in store.outbox.in_status(OutboxStatus.PENDING) if i.kind is ActionKind.PASSHOLDER_REGISTER)
    body = item.payload["body"]
    assert body["registrationUitpasNumber"] == blank.uitpas_number
    assert body["optInPreferences"]["sms"] is True
    client = online_desk.composition.client
    delivered = deliver(client, store, item)
    holder = client.get_passholder(delivered.platform_ids[0])
    assert (holder.first_name, holder.name, holder.uitpas_number, holder.insz_number) == \
        ("Ilse Maria", "Janssens", blank.uitpas_number, NEW_INSZ)
    assert holder.raw["optInPreferences"]["sms"] is True


def test_kansenstatuut_registration_prints_only_the_price_paid(online_desk: Desk, qtbot):
    form = online_desk.form
    form.fill_from_eid(_eid(postal_code="9300", municipality="Aalst"))
    qtbot.waitUntil(lambda: form.card_system.currentText() == "UiTPAS Dender", timeout=5000)
    form.kansen.setChecked(True)
    assert form.kansen_end.text() == f"30/04/{online_desk.adapter.today().year + 1}"
    blank = demo.BLANK_CARDS["blank_kansen"]
    online_desk.signals.card_tapped.emit("reader", blank.chip_number)
    qtbot.waitUntil(lambda: form.card_number.text() == blank.uitpas_number, timeout=5000)
    qtbot.waitUntil(lambda: form.price_label.text() == "€ 1,00", timeout=5000)
    with qtbot.waitSignal(form.registered, timeout=10000) as signal:
        form.submit()
    receipt = signal.args[0]
    assert receipt.price_cents == 100
    doc = receipt_document(receipt)
    assert "€ 1,00" in doc.toPlainText()
    assert not re.search("kansen", doc.toPlainText() + doc.toHtml(), re.IGNORECASE)
    item = next(i for i in online_desk.composition.store.outbox.in_status(OutboxStatus.PENDING)
                if i.kind is ActionKind.PASSHOLDER_REGISTER)
    assert item.payload["body"]["registrationSocialTariffEndDate"] == \
        f"{online_desk.adapter.today().year + 1}-04-30"


def test_minor_needs_a_guardian_before_registering(online_desk: Desk, qtbot):
    form = online_desk.form
    form.fill_from_eid(_eid(national_number=demo.insz("150809", 555),
                            birth_date=date(2015, 8, 9)))
    assert form.guardian_box.isVisible()
    assert "minderjarig" in form.age_hint.text()
    form.digital.setChecked(True)
    qtbot.waitUntil(lambda: form.card_system.count() > 0, timeout=5000)
    _idle(qtbot, form)
    form.submit()
    assert "ouder of voogd" in form.errors.text()
    assert form.isVisible()
    form.guardian_name.setText("Ayse Demir")
    form.guardian_consent.setChecked(True)
    with qtbot.waitSignal(form.registered, timeout=10000):
        form.submit()
    body = next(i for i in online_desk.composition.store.outbox.in_status(OutboxStatus.PENDING)
                if i.kind is ActionKind.PASSHOLDER_REGISTER).payload["body"]
    assert body["parentalConsent"] is True and "Ayse Demir" in body["registrationNote"]


def test_missing_fields_are_named_and_nothing_is_queued(online_desk: Desk, qtbot):
    form = online_desk.form
    _idle(qtbot, form)
    form.submit()
    assert "Vul de voornaam in." in form.errors.text()
    assert form.first_name.hasFocus() or not form.isActiveWindow()
    assert not online_desk.composition.store.outbox.in_status(OutboxStatus.PENDING)


def test_offline_the_consequences_are_shown_before_typing(offline_desk: Desk, qtbot):
    form = offline_desk.form
    assert form.banner.kind.value == "warning"
    assert "later doorgestuurd" in form.banner.text()
    form.kansen.setChecked(True)
    form.fill_from_eid(_eid(postal_code="9300", municipality="Aalst"))
    qtbot.waitUntil(lambda: form.card_system.currentText() == "UiTPAS Dender", timeout=5000)
    _idle(qtbot, form)
    assert "bevestigd bij het doorsturen" in form.price_label.text()
    blank = demo.BLANK_CARDS["blank_kansen"]
    offline_desk.signals.card_tapped.emit("reader", blank.chip_number)
    qtbot.waitUntil(lambda: "typ het nummer" in form.card_hint.text(), timeout=5000)
    form.card_number.setText(blank.uitpas_number)
    form.card_number.editingFinished.emit()
    qtbot.waitUntil(lambda: "Offline" in form.card_hint.text(), timeout=5000)
    form.paid.setText("1")
    with qtbot.waitSignal(form.registered, timeout=10000) as signal:
        form.submit()
    assert "De pas werkt pas voor kansentarief na synchronisatie." in form.outcome.message
    assert form.outcome.provisional and signal.args[0].provisional
    assert any(i.kind is ActionKind.PASSHOLDER_REGISTER
               for i in offline_desk.composition.store.outbox.in_status(OutboxStatus.PENDING))
