"""The composition root: the one module (besides ``balie.commands``) that knows every part.

It opens the store, configures the counter against a platform (the embedded training platform or
the configured UiTPAS environment), starts the card reader service and the keyboard-wedge filter,
and turns their thread callbacks into Qt signals the screens listen to
(:class:`~balie.ui.bridge.ServiceSignals`). The screens get a
:class:`~balie.ui.port.CounterPort` and never see a service.

The sync worker (:class:`balie.sync.worker.SyncWorker`) is built with the composition and started
with the window: its status, delivery and refresh reports become ``signals.sync_status`` (a
:class:`balie.ui.port.SyncView`), ``signals.sync_delivered`` / ``counter_state_stale`` and
``signals.reference_updated``; the window's "Nu synchroniseren" asks it through
``window.sync_requested`` and never waits for it.
"""

from __future__ import annotations

import logging
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from balie.config import ConfigError, load_config, overrides_from_args
from balie.counter import Counter
from balie.domain import Operator, Problem, utcnow
from balie.policy import OfflinePolicy
from balie.store import Store

log = logging.getLogger(__name__)

#: the demo organizer a training counter sells for (a swimming pool: kansentarief, coupons, points)
TRAINING_ORGANIZER = "pool"
TRAINING_OPERATOR = Operator("training", "Oefenkassier")


class StartRefused(Exception):
    """The app cannot start as asked; ``problem`` says why in Dutch and what to do."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.code)
        self.problem = problem


class StoreSettings:
    """Per-counter settings live in the store, so they survive a reinstall and a user change."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self, key: str) -> str | None:
        return self._store.get_setting(key)

    def set(self, key: str, value: str) -> None:
        if self._store.get_setting(key) != value:
            self._store.set_setting(key, value)


@dataclass
class Composition:
    """Everything one counter needs, wired; :meth:`stop` ends what this composition started."""

    store: Store
    counter: Counter
    adapter: Any  # balie.ui.counter_adapter.CounterAdapter
    settings: StoreSettings
    organizer_id: str
    training: bool
    client: Any = None  # balie.sync.client.UitpasClient
    platform: Any = None  # balie.training.TrainingPlatform when started here or handed in
    search_url: str | None = None
    owns_platform: bool = False
    sync: Any = None  # balie.sync.worker.SyncWorker
    _stops: list[Callable[[], None]] = field(default_factory=list)

    def refresh_reference(self) -> bool:
        """One refresh of events, tariffs, rewards and kansentarief lists (blocking; call off the
        GUI thread). A platform that does not answer leaves the store as it was."""
        if self.sync is None:
            return False
        return bool(self.sync.refresh().reachable)

    def on_stop(self, stop: Callable[[], None]) -> None:
        self._stops.append(stop)

    def stop(self) -> None:
        for stop in reversed(self._stops):
            try:
                stop()
            except Exception:  # noqa: BLE001 - shutting down: finish the others
                log.exception("stopping a part failed")
        self._stops.clear()
        self.store.close()
        if self.owns_platform and self.platform is not None:
            self.platform.stop()


def _platform_client(api_url: str, auth_url: str, client_id: str, client_secret: str) -> Any:
    from balie.sync.auth import ClientCredentialsProvider, OidcEndpoints
    from balie.sync.client import UitpasClient, make_session

    session = make_session()
    tokens = ClientCredentialsProvider(OidcEndpoints.keycloak(auth_url), client_id, client_secret,
                                       session=session)
    return UitpasClient(api_url, tokens, session=session, client_id=client_id)


def _sync_worker(store: Store, client: Any, organizer_id: str, search_url: str | None, *,
                 interval_seconds: float, refresh_hours: float,
                 events_csv: Path | None = None) -> Any:
    """The outbox/reference worker of one counter; callbacks are attached by the window."""
    from balie.sync.refresh import RefreshPlan, Refresher
    from balie.sync.worker import SyncWorker

    plan = RefreshPlan(organizer_ids=(organizer_id,), search_url=search_url,
                       search_client_id=client.client_id, events_csv=events_csv)
    return SyncWorker(store, client, refresher=Refresher(store, client, plan),
                      interval_seconds=interval_seconds, refresh_hours=refresh_hours)


def compose_training(data_dir: Path, platform: Any = None, *,
                     organizer_key: str = TRAINING_ORGANIZER,
                     policy: OfflinePolicy | None = None,
                     sync_interval: float = 30.0, refresh_hours: float = 6.0) -> Composition:
    """A training counter: store in ``data_dir``, counter against the training platform.

    ``platform`` None starts one in-process on a free loopback port with its data in
    ``data_dir/training-platform``; tests hand in their session platform instead."""
    from balie.sync.port import ApiPlatformPort
    from balie.training import TrainingPlatform
    from balie.training import demo
    from balie.ui.counter_adapter import CounterAdapter

    data_dir.mkdir(parents=True, exist_ok=True)
    owns = platform is None
    if platform is None:
        platform = TrainingPlatform(data_dir / "training-platform", port=0).start()
    try:
        store = Store.open(data_dir / "balie-training.sqlite3", backups=data_dir / "backups")
    except Exception:
        if owns:
            platform.stop()
        raise
    client = _platform_client(platform.url, platform.auth_url, platform.client_id,
                              platform.client_secret)
    organizer_id = demo.ORGANIZERS[organizer_key].id
    counter = Counter(store, ApiPlatformPort.for_client(client), policy or OfflinePolicy(),
                      TRAINING_OPERATOR, training=True)
    adapter = CounterAdapter(counter, organizer_id=organizer_id)
    worker = _sync_worker(store, client, organizer_id, platform.search_url,
                          interval_seconds=sync_interval, refresh_hours=refresh_hours)
    return Composition(store=store, counter=counter, adapter=adapter,
                       settings=StoreSettings(store), organizer_id=organizer_id, training=True,
                       client=client, platform=platform, search_url=platform.search_url,
                       owns_platform=owns, sync=worker)


def check_configured(config: Any) -> Problem | None:
    """A counter outside training needs an environment, a client and an organizer."""
    missing = [name for name, value in (
        ("organisator", config.get("counter", "organizer_id")),
        ("client id", config.get("platform", "client_id")),
    ) if not value]
    if config.get("platform", "environment") == "training" or missing:
        return Problem(
            "not-configured",
            "Deze balie is nog niet ingesteld: er is geen UiTPAS-platform, organisator of "
            "aanmelding gekozen.",
            "Laat de balie instellen door de beheerder (balie.ini: [platform] environment, "
            "client_id en [counter] organizer_id), of oefen intussen met 'balie gui --training'.",
        )
    return None


def demo_cards() -> list[Any]:
    """One virtual card per demo pass, for the training dock."""
    from balie.training import demo
    from balie.ui.training_dock import DemoCard

    return [DemoCard(key, f"{p.first_name}: {p.description_nl}") for key, p in demo.PASSES.items()]


def demo_pass_numbers() -> dict[str, str]:
    """Demo pass key -> UiTPAS number, for tools that script the training counter."""
    from balie.training import demo

    return {key: p.uitpas_number for key, p in demo.PASSES.items()}


@dataclass
class Running:
    composition: Composition
    window: Any  # balie.ui.main_window.MainWindow
    signals: Any
    stop: Callable[[], None]


def build_window(composition: Composition, *, with_reader: bool = True,
                 virtual_cards: bool = True, start_sync: bool = True) -> Running:
    """The main window over a composition, with reader, wedge filter and (training) the dock.

    ``start_sync`` False refreshes the reference data once but leaves the queue alone (tests of
    the offline queue); the sync worker then only runs when asked ("Nu synchroniseren")."""
    from PySide6.QtCore import QCoreApplication

    from balie.cardreader.events import CardTapped, EidRead, ReaderState, ReaderStateKind
    from balie.cardreader.wedge import WedgeDetector
    from balie.ui.bridge import ServiceSignals
    from balie.ui.main_window import MainWindow
    from balie.ui.wedge_filter import WedgeFilter

    signals = ServiceSignals()

    def on_reader_event(event: object) -> None:  # reader thread: only emit, never touch widgets
        if isinstance(event, CardTapped):
            signals.card_tapped.emit(event.reader, event.chip_number)
        elif isinstance(event, EidRead):
            signals.eid_read.emit(event.identity)
        elif isinstance(event, ReaderState):
            signals.reader_state.emit(event.kind is ReaderStateKind.READY, event.message_nl,
                                      event.next_step_nl)

    cards = None
    how = ""
    deck: Any = None
    if composition.training and virtual_cards:
        from balie.cardreader.virtual import open_virtual_cards

        deck = open_virtual_cards(on_reader_event)
        cards = demo_cards()
        how = (QCoreApplication.translate(
            "TrainingDock", "Klik op een pas: hij wordt op de virtuele kaartlezer gelegd.")
            if deck.through_pcsc else QCoreApplication.translate(
                "TrainingDock", "Klik op een pas: hij wordt rechtstreeks herkend "
                "(geen virtuele kaartlezer op deze computer)."))
    window = MainWindow(composition.adapter, composition.settings, signals,
                        training=composition.training,
                        counter_name=QCoreApplication.translate("MainWindow", "Oefenbalie")
                        if composition.training
                        else "", demo_cards=cards, demo_how=how,
                        attention=composition.adapter)
    stops: list[Callable[[], None]] = []
    if deck is not None and window.training_dock is not None:
        from balie.training import demo

        def tap(key: str) -> None:
            chip = demo.PASSES[key].chip_number
            threading.Thread(target=deck.tap, args=(chip,), daemon=True,
                             name="virtual-card").start()

        window.training_dock.tap_requested.connect(tap)
        stops.append(deck.remove)
    if with_reader:
        reader = _start_reader(on_reader_event)
        if reader is not None:
            stops.append(reader.stop)
    wedge = WedgeFilter(WedgeDetector(), window)
    wedge.scanned.connect(window.view.identify_scanned)
    wedge.install()
    stops.append(wedge.uninstall)
    signals.reference_updated.connect(window.view.load_events)
    if composition.sync is not None:
        stops.append(_wire_sync(composition.sync, signals, window, start=start_sync))

    def stop() -> None:
        for part in reversed(stops):
            try:
                part()
            except Exception:  # noqa: BLE001
                log.exception("stopping a part failed")
        window.runner.stop(3.0)
        window.status_runner.stop(3.0)
        composition.stop()

    return Running(composition, window, signals, stop)


def _start_reader(on_event: Callable[[object], None]) -> Any:
    """The PC/SC reader service; without pyscard/pcscd the counter still works by scan or typing
    (the service itself reports SERVICE_NOT_RUNNING in the status bar)."""
    try:
        from balie.cardreader.readers import ReaderConfig
        from balie.cardreader.service import ReaderService
    except ImportError as exc:  # pragma: no cover - pyscard missing from a broken install
        log.warning("card reader service unavailable: %s", type(exc).__name__)
        return None
    service = ReaderService(ReaderConfig(), on_event)
    service.start()
    return service


def sync_view(status: Any) -> Any:
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


def _wire_sync(worker: Any, signals: Any, window: Any, *, start: bool) -> Callable[[], None]:
    """Worker callbacks (sync thread) -> signals (GUI thread); window requests -> worker.

    Returns the stop function. After each counter action the worker is nudged when the platform
    was reachable, so a sale is confirmed within seconds instead of at the next round."""
    state = {"online": False, "running": start}

    def on_status(status: Any) -> None:
        state["online"] = status.online
        signals.sync_status.emit(sync_view(status))

    def on_delivery(report: Any) -> None:
        signals.sync_delivered.emit(report.confirmed, report.rejected)
        signals.counter_state_stale.emit()

    def on_refresh(report: Any) -> None:
        if report.reachable and not report.auth_failed:
            signals.reference_updated.emit()
        signals.counter_state_stale.emit()

    worker.on_status, worker.on_delivery, worker.on_refresh = on_status, on_delivery, on_refresh

    def sync_now() -> None:
        if state["running"]:
            worker.sync_now()
        else:  # no loop running: one drain on a short-lived thread
            threading.Thread(target=worker.drain, name="balie-sync-once", daemon=True).start()

    def nudge(_outcome: object = None) -> None:
        if state["online"] and state["running"]:
            worker.sync_now()

    window.sync_requested.connect(sync_now)
    window.view.action_done.connect(nudge)
    if start:
        worker.start()
    else:
        threading.Thread(target=worker.refresh, name="reference-refresh", daemon=True).start()
    return lambda: worker.stop(5.0)


def refusal_dialog(problem: Problem) -> Any:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("Start", "balie kan niet starten"),
                      problem.message)
    box.setInformativeText(problem.next_step)
    return box


def start_gui(*, training: bool, data_dir: Path | None, config_path: Path | None,
              overrides_from: object, language: str | None = None,
              with_reader: bool = True) -> Running:
    """What ``balie gui`` does, up to a shown window (the caller runs the event loop)."""
    from PySide6.QtWidgets import QApplication

    from balie.ui.resources import SETTING_LANGUAGE, apply_theme, install_language

    try:
        config = load_config(overrides_from_args(overrides_from), extra_path=config_path)
    except ConfigError as exc:
        raise StartRefused(Problem("config", str(exc), "Herstel het configuratiebestand.")) \
            from None
    app = QApplication.instance()
    assert app is not None, "create the QApplication first"
    apply_theme(app)  # type: ignore[arg-type]
    if not training:
        problem = check_configured(config)
        if problem is not None:
            install_language(language or config.get("counter", "language"))
            raise StartRefused(problem)
        raise StartRefused(Problem(
            "platform-not-available",
            "Werken met het echte UiTPAS-platform zit nog niet in deze versie.",
            "Oefen intussen met 'balie gui --training'."))
    # training data never mixes with a real counter's store: the given folder, or a fresh temp dir
    base = data_dir or Path(tempfile.mkdtemp(prefix="balie-training-"))
    composition = compose_training(base, sync_interval=config.get_float("sync", "interval_seconds"),
                                   refresh_hours=config.get_float("sync", "refresh_hours"))
    stored = composition.settings.get(SETTING_LANGUAGE)
    install_language(language or stored or config.get("counter", "language"))
    running = build_window(composition, with_reader=with_reader)
    running.window.resize(1280, 800)
    running.window.start()
    return running
