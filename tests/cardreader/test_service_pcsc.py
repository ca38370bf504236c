"""The reader service through real pcscd + vpcd: taps, removals, eID, and every card failure."""

from __future__ import annotations

import threading

import pytest
from smartcard import scard

from balie.cardreader import pcsc
from balie.cardreader.eid_demo import DEMO_IDENTITY, DEMO_PHOTO, demo_eid_card
from balie.cardreader.emulator import GarbageCard, UitpasCard, UnknownCard, VanishingCard
from balie.cardreader.events import CardRemoved, CardTapped, EidRead, ReaderState, ReaderStateKind
from balie.cardreader.readers import ReaderConfig, ReaderRole
from tests.fixtures.pcsc import READER0, READER1

pytestmark = pytest.mark.pcsc

UID = bytes.fromhex("04AABBCCDDEE80")


def state_of(kind: ReaderStateKind):
    return lambda e: isinstance(e, ReaderState) and e.kind is kind


def test_tap_gives_one_identification_with_the_platform_chip_number(reader_service, slot0):
    service, events = reader_service()
    events.wait_for(state_of(ReaderStateKind.READY))
    slot0.insert(UitpasCard(UID))
    tapped = events.wait_for(CardTapped)
    assert (tapped.reader, tapped.chip_number) == (READER0, "04AABBCCDDEE80")
    assert service.readers == {READER0: ReaderRole.AUTO, READER1: ReaderRole.AUTO}


def test_card_left_on_the_reader_does_not_trigger_twice_but_a_second_tap_does(reader_service, slot0):
    _, events = reader_service()
    events.wait_for(state_of(ReaderStateKind.READY))
    slot0.insert(UitpasCard(UID))
    events.wait_for(CardTapped)
    # Let pcscd poll the card several times while it lies there.
    assert not pcsc.wait_for_card(READER0, present=False, timeout=1.0)
    assert len(events.of_type(CardTapped)) == 1
    slot0.remove()
    events.wait_for(CardRemoved)
    slot0.insert(UitpasCard(bytes.fromhex("04112233445566")))
    second = events.wait_for(lambda e: isinstance(e, CardTapped) and e.chip_number == "04112233445566")
    assert [e.chip_number for e in events.of_type(CardTapped)] == ["04AABBCCDDEE80", second.chip_number]


def test_card_already_on_the_reader_when_the_app_starts_is_read(reader_service, slot0):
    slot0.insert(UitpasCard(UID))
    _, events = reader_service()
    assert events.wait_for(CardTapped).chip_number == "04AABBCCDDEE80"


def test_two_readers_each_report_their_own_card(reader_service, slot0, slot1):
    _, events = reader_service()
    slot0.insert(UitpasCard(UID))
    slot1.insert(UitpasCard(bytes.fromhex("04010203040506")))
    events.wait_for(lambda e: isinstance(e, CardTapped) and e.reader == READER1)
    events.wait_for(lambda e: isinstance(e, CardTapped) and e.reader == READER0)
    by_reader = {e.reader: e.chip_number for e in events.of_type(CardTapped)}
    assert by_reader == {READER0: "04AABBCCDDEE80", READER1: "04010203040506"}


def test_eid_in_the_configured_eid_reader_is_read_with_address_and_photo(reader_service, slot1):
    _, events = reader_service(ReaderConfig(nfc_reader="00 00", eid_reader="00 01", read_photo=True))
    slot1.insert(demo_eid_card())
    read = events.wait_for(EidRead)
    assert read.reader == READER1
    assert read.identity.national_number == DEMO_IDENTITY.national_number
    assert (read.identity.postal_code, read.identity.municipality) == ("9000", "Gent")
    assert read.identity.photo == DEMO_PHOTO


def test_uitpas_card_in_the_eid_reader_is_an_unknown_card(reader_service, slot1):
    _, events = reader_service(ReaderConfig(nfc_reader="00 00", eid_reader="00 01"))
    slot1.insert(UitpasCard(UID))
    state = events.wait_for(state_of(ReaderStateKind.UNKNOWN_CARD))
    assert state.reader == READER1 and "eID" in state.message_nl
    assert not events.of_type(CardTapped)


def test_a_bank_card_is_an_unknown_card_with_a_next_step(reader_service, slot0):
    _, events = reader_service()
    slot0.insert(UnknownCard())
    state = events.wait_for(state_of(ReaderStateKind.UNKNOWN_CARD))
    assert state.reader == READER0 and "UiTPAS-nummer" in state.next_step_nl


def test_card_answering_garbage_is_reported_as_unreadable(reader_service, slot0):
    _, events = reader_service()
    slot0.insert(GarbageCard())
    state = events.wait_for(state_of(ReaderStateKind.CARD_UNREADABLE))
    assert state.message_nl and state.next_step_nl


def test_card_pulled_away_during_the_read_is_reported_as_removed_too_early(reader_service, slot0):
    _, events = reader_service()
    events.wait_for(state_of(ReaderStateKind.READY))
    slot0.emulator.insert(VanishingCard())
    events.wait_for(state_of(ReaderStateKind.CARD_REMOVED_TOO_EARLY))
    assert not events.of_type(CardTapped)


def test_reader_held_exclusively_by_another_program_is_busy_then_read_once_released(reader_service, slot0):
    slot0.insert(UitpasCard(UID))
    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    hresult, card, _ = scard.SCardConnect(
        context, READER0, scard.SCARD_SHARE_EXCLUSIVE, scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1
    )
    assert hresult == 0
    try:
        _, events = reader_service()
        busy = events.wait_for(state_of(ReaderStateKind.READER_BUSY))
        assert busy.reader == READER0 and "ander programma" in busy.message_nl
        assert not events.of_type(CardTapped)
    finally:
        scard.SCardDisconnect(card, scard.SCARD_LEAVE_CARD)
        scard.SCardReleaseContext(context)
    assert events.wait_for(CardTapped).chip_number == "04AABBCCDDEE80"
    assert len(events.of_type(ReaderState)) == 2  # READY, READER_BUSY: busy is told once


def test_callbacks_run_on_the_service_thread_so_the_gui_must_marshal_them(pcscd, slot0):
    from balie.cardreader.service import ReaderService
    from tests.fixtures.pcsc import EventRecorder

    recorder = EventRecorder()
    service = ReaderService(ReaderConfig(), lambda e: recorder((threading.current_thread().name, e)))
    service.start()
    try:
        slot0.insert(UitpasCard(UID))
        name, _ = recorder.wait_for(lambda item: isinstance(item[1], CardTapped))
    finally:
        service.stop()
    assert name == "balie-reader" != threading.current_thread().name


def test_swapping_cards_reports_removal_and_the_new_card(reader_service, slot0):
    _, events = reader_service()
    slot0.insert(UitpasCard(UID))
    events.wait_for(CardTapped)
    slot0.remove()
    slot0.insert(demo_eid_card())
    events.wait_for(EidRead)
    kinds = [type(e).__name__ for e in events.events if not isinstance(e, ReaderState)]
    assert kinds == ["CardTapped", "CardRemoved", "EidRead"]
