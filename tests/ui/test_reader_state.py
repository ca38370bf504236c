"""The card reader's state in the status bar, and training's practice cards when the smart-card
service goes away: the cashier reads what is wrong and what to do, a practice card still shows its
pass (straight in, and the panel says so), and all is back once the service returns.

Driven through the reader-watch seam: the callback the reader service calls on its own thread
with each event (``Running.reader_event``), so the shared pcscd is never stopped. That the
service itself notices pcscd stopping and starting again, without an app restart, is
tests/cardreader/test_supervisor.py (a private pcscd).
"""

from __future__ import annotations

import socket
import threading

from balie.app import build_window, compose_training
from balie.cardreader.events import ReaderState, ReaderStateKind
from balie.cardreader.virtual import VirtualCardDeck


def _from_reader_thread(running, kind: ReaderStateKind) -> None:
    """As the reader service does: the event arrives on another thread than the GUI's."""
    assert running.reader_event is not None
    thread = threading.Thread(target=running.reader_event, args=(ReaderState.of(kind),))
    thread.start()
    thread.join(5)


def _closed_port() -> int:
    """A port where no virtual reader listens: the vpcd driver went with pcscd."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_service_gone_says_so_and_practice_cards_still_work_then_all_comes_back(
        platform, tmp_path, qtbot):
    composition = compose_training(tmp_path / "counter", platform, organizer_key="pool")
    deck = VirtualCardDeck(port=_closed_port())  # through PC/SC, as with pcscd + vpcd at start
    running = build_window(composition, with_reader=False, virtual_cards=deck,
                           start_sync=False, backup_delay=600.0)
    window = running.window
    try:
        qtbot.addWidget(window)
        window.show()
        window.start()
        qtbot.waitUntil(lambda: window.view.event_combo.count() > 0, timeout=10000)
        dock, reader = window.training_dock, window.status.reader_label
        assert dock is not None and "virtuele kaartlezer" in dock.hint.text()

        _from_reader_thread(running, ReaderStateKind.SERVICE_NOT_RUNNING)
        qtbot.waitUntil(lambda: "kaartlezerdienst draait niet" in reader.text(), timeout=5000)
        assert reader.property("state") == "problem"
        assert "vanzelf opnieuw verbinding" in reader.toolTip()
        assert "scan of typ het nummer" in reader.toolTip()
        qtbot.waitUntil(lambda: "rechtstreeks herkend" in dock.hint.text(), timeout=5000)

        dock.buttons["kansen_active"].click()  # the virtual reader is gone: straight in
        qtbot.waitUntil(lambda: window.view.pass_panel.view is not None, timeout=10000)
        assert window.view.pass_panel.who.text().startswith("Mehdi")

        _from_reader_thread(running, ReaderStateKind.READY)
        qtbot.waitUntil(lambda: reader.text() == "De kaartlezer is klaar.", timeout=5000)
        assert reader.property("state") == "ok"
        qtbot.waitUntil(lambda: "virtuele kaartlezer" in dock.hint.text(), timeout=5000)
    finally:
        running.stop()


def test_a_card_problem_on_one_reader_does_not_switch_the_practice_cards(
        platform, tmp_path, qtbot):
    """Only the overall state counts: a badly placed card is not the service going away."""
    composition = compose_training(tmp_path / "counter", platform, organizer_key="pool")
    running = build_window(composition, with_reader=False,
                           virtual_cards=VirtualCardDeck(port=_closed_port()),
                           start_sync=False, backup_delay=600.0)
    window = running.window
    try:
        qtbot.addWidget(window)
        window.show()
        window.start()
        assert running.reader_event is not None
        running.reader_event(ReaderState.of(ReaderStateKind.CARD_UNREADABLE, "Virtual PCD 00 00"))
        qtbot.waitUntil(lambda: "kaart" in window.status.reader_label.text().lower(),
                        timeout=5000)
        assert "virtuele kaartlezer" in window.training_dock.hint.text()
    finally:
        running.stop()
