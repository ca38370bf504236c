"""Thread-to-signal translation: the card reader service and the sync worker call back on their own
threads; these relays only emit :class:`balie.ui.bridge.ServiceSignals`, so widgets are touched on the
GUI thread alone, and the window's requests reach the worker without the GUI ever waiting on it."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from balie.domain import utcnow

if TYPE_CHECKING:
    from balie.cardreader.service import ReaderService
    from balie.config import Config
    from balie.sync.status import DeliveryReport, RefreshReport, SyncStatus
    from balie.sync.worker import SyncWorker
    from balie.ui.bridge import ServiceSignals
    from balie.ui.main_window import MainWindow
    from balie.ui.port import SyncView

log = logging.getLogger(__name__)


def reader_relay(signals: ServiceSignals) -> Callable[[object], None]:
    """Reader events (reader thread) -> signals: the callback only emits, never touches a widget;
    Qt queues each emit to the GUI thread where the screens listen."""
    from balie.cardreader.events import CardTapped, EidRead, ReaderState, ReaderStateKind

    def on_reader_event(event: object) -> None:
        if isinstance(event, CardTapped):
            signals.card_tapped.emit(event.reader, event.chip_number)
        elif isinstance(event, EidRead):
            signals.eid_read.emit(event.identity)
        elif isinstance(event, ReaderState):
            signals.reader_state.emit(event.kind is ReaderStateKind.READY, event.message_nl,
                                      event.next_step_nl)

    return on_reader_event


def start_reader(on_event: Callable[[object], None], config: Config | None = None) -> ReaderService | None:
    """The PC/SC reader service; without pyscard/pcscd the counter still works by scan or typing
    (the service itself reports SERVICE_NOT_RUNNING in the status bar)."""
    try:
        from balie.cardreader.readers import ReaderConfig
        from balie.cardreader.service import ReaderService
    except ImportError as exc:  # pragma: no cover - pyscard missing from a broken install
        log.warning("card reader service unavailable: %s", type(exc).__name__)
        return None
    nfc = config.get("readers", "nfc") if config is not None else ""
    eid = config.get("readers", "eid") if config is not None else ""
    service = ReaderService(ReaderConfig(nfc_reader=nfc or None, eid_reader=eid or None), on_event)
    service.start()
    return service


def sync_view(status: SyncStatus) -> SyncView:
    """The worker's :class:`~balie.sync.status.SyncStatus` in the screens' terms."""
    from balie.sync.status import Connection
    from balie.ui.port import SyncView

    online = None if status.connection is Connection.UNKNOWN else status.online
    return SyncView(online=online, queue_length=status.queue_length,
                    needs_attention=status.needs_attention,
                    oldest_pending_at=status.oldest_pending_at,
                    last_contact_at=status.last_contact_at, busy=status.busy,
                    signed_out=status.connection is Connection.AUTH_FAILED,
                    message=status.message, next_step=status.next_step)


def wire_sync(worker: SyncWorker, signals: ServiceSignals, window: MainWindow, *,
              start: bool, heard: Callable[[], None] | None = None,
              begin: Callable[[Callable[[], None]], None] | None = None) -> Callable[[], None]:
    """Worker callbacks (sync thread) -> signals (GUI thread); window requests -> worker.

    Returns the stop function. After each counter action the worker is nudged when the platform
    was reachable, so a sale is confirmed within seconds instead of at the next round. ``heard``
    is told (on the sync thread) whenever a round reached the platform: the counter's link
    probes at once rather than at its next interval. ``begin`` is handed the first round (the
    worker's start, or the one reference refresh) to run when it sees fit; without it, it runs
    now. A stop before that cancels it."""
    state = {"online": False, "running": start, "stopped": False}

    def on_status(status: SyncStatus) -> None:
        state["online"] = status.online
        signals.sync_status.emit(sync_view(status))

    def platform_heard(reachable: bool, auth_failed: bool) -> None:
        if heard is not None and reachable and not auth_failed:
            heard()

    def on_delivery(report: DeliveryReport) -> None:
        from balie.ui.port import SyncResult

        platform_heard(report.reachable, report.auth_failed)
        signals.sync_delivered.emit(report.confirmed, report.rejected)
        signals.sync_finished.emit(SyncResult(
            sent=report.confirmed, needs_attention=report.needs_attention,
            pending=report.pending, refused=report.rejected, reachable=report.reachable,
            signed_out=report.auth_failed,
            message=report.message))
        signals.counter_state_stale.emit()

    def on_refresh(report: RefreshReport) -> None:
        platform_heard(report.reachable, report.auth_failed)
        if report.reachable and not report.auth_failed:
            signals.reference_updated.emit()
        signals.counter_state_stale.emit()

    worker.on_status, worker.on_delivery, worker.on_refresh = on_status, on_delivery, on_refresh

    once: list[threading.Thread] = []  # rounds run without the loop, joined at stop

    def _run_once(target: Callable[[], object], name: str) -> None:
        if state["stopped"]:
            return

        def run() -> None:
            try:
                target()
            except Exception:  # as the worker's own loop: logged, never a dead thread's traceback
                log.exception("%s failed", name)

        thread = threading.Thread(target=run, name=name, daemon=True)
        once[:] = [t for t in once if t.is_alive()] + [thread]
        thread.start()

    def sync_now() -> None:
        """F5: also the entries waiting out their own back-off go now (a person asked)."""
        try:
            worker.store.outbox.due_now(utcnow())
        except Exception as exc:  # noqa: BLE001 - the round itself still runs
            log.warning("could not make waiting entries due: %s", type(exc).__name__)
        if state["running"]:
            worker.sync_now()
        else:  # no loop running: one drain on a short-lived thread
            _run_once(worker.drain, "balie-sync-once")

    def nudge(_outcome: object = None) -> None:
        if state["online"] and state["running"]:
            worker.sync_now()

    window.sync_requested.connect(sync_now)
    window.view.action_done.connect(nudge)

    def first_round() -> None:
        if state["stopped"]:
            return
        if start:
            worker.start()
        else:
            _run_once(worker.refresh, "reference-refresh")

    def stop() -> None:
        """Before the store closes: a round still on its way ends first (it read a closed store
        and died with a traceback on its thread)."""
        state["stopped"] = True
        worker.stop(5.0)
        for thread in once:
            thread.join(5.0)

    (begin or (lambda run: run()))(first_round)
    return stop
