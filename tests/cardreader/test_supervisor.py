"""The PC/SC service coming and going (Windows stops it with the last reader; pcscd restarts):
the reader service reports it and picks the reader up again without an app restart.

Runs against a private pcscd, with the service in a child process, so stopping pcscd here never
disturbs the session's pcscd or other tests.
"""

from __future__ import annotations

import pytest

from balie.cardreader.emulator import CardEmulator, UitpasCard

pytestmark = pytest.mark.pcsc


def is_state(kind: str):
    return lambda e: e["type"] == "ReaderState" and e["kind"] == kind


def is_tap(chip: str):
    return lambda e: e["type"] == "CardTapped" and e["chip_number"] == chip


def test_service_not_running_then_started_then_stopped_and_back_without_restarting_the_app(private_pcscd):
    watched = private_pcscd.watch()
    state = watched.wait_for(is_state("SERVICE_NOT_RUNNING"))
    assert "pcscd" in state["message_nl"] and state["next_step_nl"]

    private_pcscd.start()
    watched.wait_for(is_state("READY"))
    emulator = CardEmulator(private_pcscd.port)
    emulator.insert(UitpasCard(bytes.fromhex("04AABBCCDDEE80")))
    watched.wait_for(is_tap("04AABBCCDDEE80"))

    private_pcscd.stop()  # the reader and the service disappear, card still on it
    watched.wait_for(lambda e: e["type"] == "CardRemoved")
    watched.wait_for(is_state("SERVICE_NOT_RUNNING"))
    emulator.remove()

    private_pcscd.start()
    watched.wait_for(is_state("READY"))
    emulator.insert(UitpasCard(bytes.fromhex("04112233445566")))
    watched.wait_for(is_tap("04112233445566"))
    emulator.remove()


def test_no_reader_is_reported_and_a_reader_that_appears_is_picked_up(private_pcscd):
    private_pcscd.start(with_reader=False)
    watched = private_pcscd.watch()
    state = watched.wait_for(is_state("NO_READER"))
    assert "kaartlezer" in state["message_nl"]

    private_pcscd.stop()
    private_pcscd.start(with_reader=True)  # on pcsc-lite, serial readers only appear on a restart
    watched.wait_for(is_state("READY"))
    emulator = CardEmulator(private_pcscd.port)
    emulator.insert(UitpasCard(bytes.fromhex("04AABBCCDDEE80")))
    watched.wait_for(is_tap("04AABBCCDDEE80"))
    emulator.remove()
