"""Training mode's virtual cards: through PC/SC when the vpcd reader exists, directly otherwise;
and the emulator as a command for trying a reader setup by hand."""

from __future__ import annotations

import queue
import subprocess
import sys
import threading

import pytest

from balie.cardreader import pcsc
from balie.cardreader.eid_demo import DEMO_IDENTITY
from balie.cardreader.events import CardRemoved, CardTapped, EidRead
from balie.cardreader.virtual import DirectReader, VirtualCardDeck, open_virtual_cards
from tests.fixtures import children
from tests.fixtures.pcsc import READER0, EventRecorder


@pytest.mark.pcsc
def test_virtual_deck_tap_reaches_the_reader_service_through_pcsc(reader_service, slot0):
    _, events = reader_service()
    cards = open_virtual_cards(lambda e: None)
    assert isinstance(cards, VirtualCardDeck) and cards.through_pcsc
    try:
        assert cards.tap("04:aa:bb:cc:dd:ee:80").ok
        assert events.wait_for(CardTapped).chip_number == "04AABBCCDDEE80"
        cards.remove()
        events.wait_for(CardRemoved)
        assert pcsc.wait_for_card(READER0, present=False)
        cards.insert_eid()
        assert events.wait_for(EidRead).identity.last_name == DEMO_IDENTITY.last_name
    finally:
        cards.remove()


def test_invalid_chip_number_is_refused_with_a_dutch_reason():
    events = EventRecorder()
    result = DirectReader(events).tap("xyz")
    assert not result.ok and "chipnummer" in result.reason
    assert events.events == []


def test_direct_reader_emits_the_same_events_without_pcsc():
    events = EventRecorder()
    cards = DirectReader(events)
    cards.tap("04AABBCCDDEE80")
    cards.insert_eid()
    cards.remove()
    kinds = [type(e) for e in events.events]
    assert kinds == [CardTapped, CardRemoved, EidRead, CardRemoved]
    assert events.events[0].chip_number == "04AABBCCDDEE80"


@pytest.mark.pcsc
def test_emulator_command_puts_a_card_with_the_given_uid_on_the_reader(slot0):
    # Through a pipe, as a script would start it: its "inserted" line must come without
    # PYTHONUNBUFFERED (the test environment removes it) and without waiting for more output.
    proc = children.popen(
        [sys.executable, "-m", "balie.cardreader.emulate", "--uid", "04AABBCCDDEE80"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: lines.put(proc.stdout.readline()), daemon=True).start()
        try:
            first = lines.get(timeout=15)
        except queue.Empty:
            raise AssertionError("the emulator printed no 'inserted' line within 15 s (output not flushed?)") from None
        assert "inserted" in first, first
        assert pcsc.wait_for_card(READER0, present=True), "pcscd does not see the emulator's card"
        context = pcsc.establish()
        try:
            with pcsc.connect(context, READER0) as link:
                assert link.transmit(bytes.fromhex("FFCA000000")).hex().upper() == "04AABBCCDDEE809000"
        finally:
            pcsc.release(context)
    finally:
        children.stop(proc)
