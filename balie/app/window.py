"""The main window over a composition: reader, wedge filter, training dock, pass holder menu,
maintenance and sync wired to the screens, with one stop function that ends them in order."""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from balie.app.compose import Composition
from balie.app.maintenance import Maintenance, retention_policy
from balie.app.relays import reader_relay, start_reader, wire_sync
from balie.app.screen_ports import (
    history_port,
    online_work,
    organizer_names,
    registration_port,
    settings_port,
)
from balie.app.training import demo_cards, training_demo
from balie.config import ConfigError
from balie.domain import utcnow

if TYPE_CHECKING:
    from balie.app.practice import PracticeTaps
    from balie.cardreader.virtual import VirtualCards
    from balie.cardreader.wedge import WedgeConfig
    from balie.config import Config
    from balie.ui.bridge import ServiceSignals
    from balie.ui.group_view import GroupMenu
    from balie.ui.main_window import MainWindow
    from balie.ui.passholder_menu import PassholderMenu
    from balie.ui.qr_codes import QrCodesMenu

log = logging.getLogger(__name__)


@dataclass
class Running:
    composition: Composition
    window: MainWindow
    signals: ServiceSignals
    stop: Callable[[], None]
    #: what the reader service calls on its thread with each event (the reader-watch seam)
    reader_event: Callable[[object], None] | None = None


#: the daily backup waits this long after the window opens: the first customer comes first
BACKUP_DELAY_SECONDS = 20.0


def _idle_minutes(config: Config | None) -> float:
    """[counter] lock_minutes: idle time before the lock screen (default 5)."""
    if config is None:
        return 5.0
    try:
        minutes = config.get_float("counter", "lock_minutes")
    except (ConfigError, KeyError):
        return 5.0
    return minutes if minutes > 0 else 5.0


def _hold_app_lock(composition: Composition) -> None:
    """The running app's OS lock on its data dir, so ``balie restore`` refuses while it runs
    (balie.app_lock); released when the composition stops, or by the OS when the process ends."""
    from balie.app_lock import AppLock

    lock = AppLock(composition.store.path.parent)
    if lock.acquire():
        composition._stops.append(lock.release)
    else:
        log.warning("another counter app already holds the lock on this data dir")


def wedge_config(config: Config | None) -> WedgeConfig:
    """[scanner] max_gap_ms, min_length, prefix, suffix; a wrong number keeps the default (and is
    logged), so a typo in the file never turns typing into scans."""
    from balie.cardreader.wedge import WedgeConfig

    default = WedgeConfig()
    if config is None:
        return default
    try:
        gap = config.get_float("scanner", "max_gap_ms")
        length = config.get_int("scanner", "min_length")
    except (ConfigError, KeyError, ValueError):
        log.warning("[scanner] max_gap_ms/min_length unreadable; the defaults apply")
        return default
    return WedgeConfig(max_gap_ms=gap if gap > 0 else default.max_gap_ms,
                       min_length=length if length > 0 else default.min_length,
                       prefix=config.get("scanner", "prefix"),
                       suffix=config.get("scanner", "suffix"))


def build_window(composition: Composition, *, with_reader: bool = True,
                 virtual_cards: bool | str | VirtualCards = True, start_sync: bool = True,
                 backup_delay: float = BACKUP_DELAY_SECONDS,
                 idle_check_ms: int = 5000) -> Running:
    """The main window over a composition, with reader, wedge filter and (training) the dock.

    ``start_sync`` False refreshes the reference data once but leaves the queue alone (tests of
    the offline queue); the sync worker then only runs when asked ("Nu synchroniseren").
    A composition with operators (``composition.session``) gets the lock screen.
    ``virtual_cards="direct"``: the practice cards without PC/SC, whatever the PC has; a deck
    (balie.cardreader.virtual) is used as given. A deck through PC/SC falls back to direct
    recognition while the reader service reports the service or the readers gone (app.practice)."""
    from PySide6.QtCore import QCoreApplication

    from balie.cardreader.wedge import WedgeDetector
    from balie.threads import forget_gui_thread, set_gui_thread
    from balie.ui.bridge import ServiceSignals
    from balie.ui.main_window import MainWindow
    from balie.ui.today_adapter import TodayAdapter
    from balie.ui.wedge_filter import WedgeFilter

    signals = ServiceSignals()
    _hold_app_lock(composition)
    # from here on, the background side (reader loop, live and online look-ups) can tell the
    # GUI thread and refuses to run on it (balie.threads); forgotten again when the window stops
    set_gui_thread()

    relay = reader_relay(signals)
    practice: PracticeTaps | None = None

    def on_reader_event(event: object) -> None:
        relay(event)
        if practice is not None:
            practice.reader_event(event)

    cards = None
    how = ""
    deck: VirtualCards | None = None
    if composition.training and virtual_cards:
        from balie.cardreader.virtual import DirectReader, open_virtual_cards

        if virtual_cards == "direct":  # screenshots and layout tests: never the shared pcscd
            deck = DirectReader(on_reader_event)
        elif isinstance(virtual_cards, (bool, str)):
            deck = open_virtual_cards(on_reader_event)
        else:
            deck = virtual_cards
        if deck.through_pcsc:
            from balie.app.practice import PracticeTaps

            practice = PracticeTaps(deck, DirectReader(on_reader_event), signals.practice_route.emit)
            deck = practice
        cards = demo_cards()
        how = (QCoreApplication.translate(
            "TrainingDock", "Klik op een pas: hij wordt op de virtuele kaartlezer gelegd.")
            if deck.through_pcsc else QCoreApplication.translate(
                "TrainingDock", "Klik op een pas: hij wordt rechtstreeks herkend "
                "(geen virtuele kaartlezer op deze computer)."))
    live_name = (composition.config.get("counter", "name")
                 if composition.config is not None and not composition.training else "")
    window = MainWindow(composition.adapter, composition.settings, signals,
                        training=composition.training,
                        counter_name=QCoreApplication.translate("MainWindow", "Oefenbalie")
                        if composition.training
                        else live_name, demo_cards=cards, demo_how=how,
                        attention=composition.adapter, history=history_port(composition),
                        settings_info=settings_port(composition),
                        organizer_names=organizer_names(composition),
                        session=composition.session,
                        idle_minutes=_idle_minutes(composition.config),
                        today=TodayAdapter(composition.store, composition.counter),
                        training_address=composition.platform.url
                        if composition.training and composition.platform is not None else "",
                        idle_check_ms=idle_check_ms)
    stops: list[Callable[[], None]] = []
    if deck is not None and window.training_dock is not None:
        from balie.training import demo

        def tap(key: str) -> None:
            chip = demo.PASSES[key].chip_number
            threading.Thread(target=deck.tap, args=(chip,), daemon=True,
                             name="virtual-card").start()

        window.training_dock.tap_requested.connect(tap)
        signals.practice_route.connect(window.training_dock.set_route)
        stops.append(deck.remove)
    if with_reader:
        reader = start_reader(on_reader_event, composition.config)
        if reader is not None:
            stops.append(reader.stop)
    wedge = WedgeFilter(WedgeDetector(wedge_config(composition.config)), window)
    wedge.scanned.connect(lambda code: _scanned(window, code))
    wedge.install()
    stops.append(wedge.uninstall)
    signals.reference_updated.connect(window.view.load_events)
    window.passholder_menu = _passholder_menu(composition, window, signals)
    if composition.session is not None:
        from balie.operators import Permission

        window.gate(window.passholder_menu.new_action, Permission.REGISTER_PASSHOLDER)
        window.gate(window.passholder_menu.search_action, Permission.KANSENSTATUUT)
    window.qr_codes = _qr_codes(composition, window)
    window.group = _group(composition, window, signals)
    # the maintenance thread only emits; the status bar paints on the GUI thread
    signals.kansen_list_progress.connect(window.status.set_list_progress)
    maintenance = Maintenance(composition.store, retention_policy(composition.config), backup_delay,
                              list_progress=signals.kansen_list_progress.emit)
    composition.maintenance = maintenance
    stops.append(maintenance.cancel)
    if composition.sync is not None:
        # a sync round that reached the platform makes the counter's link probe at once
        breaker = getattr(composition.counter.platform, "breaker", None)
        stops.append(wire_sync(composition.sync, signals, window, start=start_sync,
                               heard=breaker.probe_now if breaker is not None else None,
                               begin=_after_first_turn))

    def stop() -> None:
        for part in reversed(stops):
            try:
                part()
            except Exception:
                log.exception("stopping a part failed")
        window.runner.stop(3.0)
        window.status_runner.stop(3.0)
        window.view.confirm_runner.stop(3.0)
        window.view.today_runner.stop(3.0)
        composition.stop()
        forget_gui_thread()
        gc.unfreeze()

    _settle_start_objects()
    return Running(composition, window, signals, stop, on_reader_event)


def _settle_start_objects() -> None:
    """Take what the start built (modules, Qt wrappers, the models, the window) out of the
    cyclic garbage collector's walks while the window runs; ``stop`` puts them back.

    Why: a full collection walked those ~115,000 objects on whichever thread triggered it, and
    held the interpreter for 47-66 ms. It came in the second after a start (the first sync round
    allocates enough to trigger one), and every thread waited, the GUI thread included: the
    longest GUI pause after a start. They live as long as the window, so walking them finds
    nothing. No collection here: that would be the same pause, just earlier."""
    gc.freeze()


def _after_first_turn(first_round: Callable[[], None]) -> None:
    """The sync worker's first round (deliver the queue, refresh the reference data) starts
    after the event loop's first turn, not while the window is being built and shown: its
    thread (and in training the embedded platform's) took the GIL from the GUI thread and made
    the window ready later. Posted from the first turn, it runs in the second: after what the
    window posted while it was built and shown (layout, the first paint). The counter prices
    from its store meanwhile."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, lambda: QTimer.singleShot(0, first_round))


def _passholder_menu(composition: Composition, window: MainWindow, signals: ServiceSignals) -> PassholderMenu:
    """The 'Pashouder' menu (F9 new pass holder, Ctrl+F search by name, online-only work)."""
    from PySide6.QtCore import QCoreApplication

    from balie.domain import today_in_brussels
    from balie.ui.passholder_menu import PassholderWork, install_passholder_menu

    registration = registration_port(composition)
    online = online_work(composition) if composition.client is not None else None
    organizer = next((o.name for o in training_demo().ORGANIZERS.values()
                      if o.id == composition.organizer_id), "") if composition.training else ""
    return install_passholder_menu(window, signals, PassholderWork(
        # None only without a platform client: is_online is then always False and the menu
        # never calls it (PassholderWork.online predates that case in its annotation)
        registration=registration, online=online,  # type: ignore[arg-type]
        is_online=registration.is_online if online is not None else (lambda: False),
        card_systems=composition.store.reference.card_systems,
        today=lambda: today_in_brussels(utcnow()), organizer_name=organizer,
        counter_name=QCoreApplication.translate("MainWindow", "Oefenbalie")
        if composition.training else "", training=composition.training))


def _scanned(window: MainWindow, code: str) -> None:
    """A scanner's code goes to the open group list, else to the counter screen."""
    group = getattr(window, "group", None)
    if group is not None and group.scan(code):
        return
    window.view.identify_scanned(code)


def _group(composition: Composition, window: MainWindow, signals: ServiceSignals) -> GroupMenu:
    """Ctrl+G: group mode (balie.ui.group_view) over the same counter port and today's records
    the counter screen uses, so a group goes through the single customer's paths."""
    from balie.ui.group_view import GroupMenu, GroupWork
    from balie.ui.today_adapter import TodayAdapter

    work = GroupWork(composition.adapter, TodayAdapter(composition.store, composition.counter),
                     current_event=lambda: window.view.event_combo.currentData(),
                     current_price=window.view.current_price_label,
                     acted=lambda: window.view.action_done.emit(None), sync_now=window.sync_now)
    actions = window.counter_menu.actions()
    before = actions[actions.index(window.switch_action) - 1]  # the separator after Ctrl+H
    return GroupMenu(window, window.counter_menu, work, signals, before=before)


def _qr_codes(composition: Composition, window: MainWindow) -> QrCodesMenu:
    """Ctrl+K: an activity's QR check-in codes (balie.ui.qr_codes), online only: reachable is
    what the status bar calls online (recent contact, the breaker closed)."""
    from balie.ui.qr_codes import QrCodesMenu, QrWork

    adapter = composition.adapter
    port = online_work(composition) if composition.client is not None else None
    work = QrWork(port, is_online=lambda: port is not None and adapter.state().online,
                  events=adapter.events,
                  current_event=lambda: window.view.event_combo.currentData())
    actions = window.counter_menu.actions()
    before = actions[actions.index(window.switch_action) - 1]  # the separator after Ctrl+H
    return QrCodesMenu(window, window.counter_menu, work, before=before)
