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
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from balie.config import ConfigError, load_config, overrides_from_args
from balie.counter import Counter
from balie.domain import Operator, Problem, utcnow
from balie.policy import OfflinePolicy, OrganizerPolicies
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
    maintenance: Any = None  # Maintenance (daily backup + privacy purge), set by build_window
    config: Any = None  # balie.config.Config it was composed from (None: built-in defaults)
    #: who is at the counter (balie.ui.operator_session.OperatorSession); None: no sign-in
    #: (tests of the counter screens, tools)
    session: Any = None
    #: where the settings screen may save (machine-wide first, then this user's file)
    config_targets: tuple[Path, ...] = ()
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


def _live_port(client: Any) -> Any:
    """The counter's live reads: the interactive timeouts (shorter than the sync worker's, a
    customer waits) behind a circuit breaker, so a slow platform is never worse than none."""
    from balie.sync.breaker import CircuitBreaker, GuardedPlatformPort, probe_for
    from balie.sync.port import ApiPlatformPort

    port = ApiPlatformPort.for_client(client)
    return GuardedPlatformPort(port, CircuitBreaker(probe_for(port.client)))


def _holder_lookup(client: Any) -> Any:
    """Who holds a card the platform refuses (blocked, replaced): the card gives the number of
    a tapped chip, the pass holder search the first name. Short timeouts: a customer waits."""
    from balie.sync.port import ApiPlatformPort
    from balie.ui.port import KnownHolder

    live = ApiPlatformPort.for_client(client).client

    def lookup(uitpas_number: str | None, chip_number: str | None) -> KnownHolder | None:
        number = uitpas_number or live.get_card(chip_number=chip_number).uitpas_number
        found = live.search_passholders(uitpas_number=number, limit=1).items
        return KnownHolder(found[0].first_name, number) if found else None

    return lookup


def _sync_worker(store: Store, client: Any, organizer_id: str, search_url: str | None, *,
                 interval_seconds: float, refresh_hours: float,
                 events_csv: Path | None = None) -> Any:
    """The outbox/reference worker of one counter; callbacks are attached by the window. It
    takes the store's sync lock for each round, shared with ``balie sync``: one sender at a time."""
    from balie.store.worker_lock import WorkerLock
    from balie.sync.refresh import RefreshPlan, Refresher
    from balie.sync.worker import SyncWorker

    plan = RefreshPlan(organizer_ids=(organizer_id,), search_url=search_url,
                       search_client_id=client.client_id, events_csv=events_csv)
    return SyncWorker(store, client, refresher=Refresher(store, client, plan),
                      interval_seconds=interval_seconds, refresh_hours=refresh_hours,
                      worker_lock=WorkerLock(store.path, "de kassa-app (balie)"))


def _operator_session(store: Store, counter: Counter, *, training: bool,
                      scrypt: Any = None, badge_index: Any = None) -> Any:
    """Operators with their roles (balie.operators): the counter refuses what a role may not do,
    and every action carries whoever signed in on the lock screen."""
    from balie.operators import DEFAULT_SCRYPT, default_badge_index, load_roles
    from balie.ui.operator_session import OperatorSession

    return OperatorSession(store, counter, roles=load_roles(store), training=training,
                           scrypt=scrypt or DEFAULT_SCRYPT,
                           badge_index=badge_index or default_badge_index)


def compose_training(data_dir: Path, platform: Any = None, *,
                     organizer_key: str = TRAINING_ORGANIZER,
                     policy: OfflinePolicy | OrganizerPolicies | None = None,
                     sync_interval: float = 30.0, refresh_hours: float = 6.0,
                     operators: bool = False, operator_scrypt: Any = None) -> Composition:
    """A training counter: store in ``data_dir``, counter against the training platform.

    ``platform`` None starts one in-process on a free loopback port with its data in
    ``data_dir/training-platform``; tests hand in their session platform instead.

    The training store stays in clear (no store key): it holds demo data only, and a fresh
    Linux box without a keyring must be able to practise. ``operators`` True (``balie gui
    --training``) adds the lock screen with the demo staff (Kassier 2580, Onthaal 1357,
    Verantwoordelijke 8642); False keeps one always signed-in practice cashier (screen tests).
    ``operator_scrypt``: a cheaper PIN hash for tests (balie.operators.ScryptParams)."""
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
    counter = Counter(store, _live_port(client), policy or OfflinePolicy(),
                      TRAINING_OPERATOR, training=True, organizer_id=organizer_id)
    session = None
    if operators:
        from balie.operators import ScryptParams

        # the demo PINs are printed on the lock screen: a slow hash would only slow the start
        # (~90 ms per PIN with the live setting) and protect nothing
        session = _operator_session(store, counter, training=True,
                                    scrypt=operator_scrypt or ScryptParams(n=2**10))
        session.seed_training()
    adapter = CounterAdapter(counter, organizer_id=organizer_id,
                             holder_lookup=_holder_lookup(client))
    worker = _sync_worker(store, client, organizer_id, platform.search_url,
                          interval_seconds=sync_interval, refresh_hours=refresh_hours)
    composition = Composition(store=store, counter=counter, adapter=adapter,
                              settings=StoreSettings(store), organizer_id=organizer_id,
                              training=True, client=client, platform=platform,
                              search_url=platform.search_url, owns_platform=owns, sync=worker,
                              session=session, config_targets=(data_dir / "balie.ini",))
    composition.on_stop(_link_stop(counter, adapter))
    return composition


def _link_stop(counter: Counter, adapter: Any) -> Callable[[], None]:
    """Ends the breaker's probe and the confirmation threads with the counter."""
    def stop() -> None:
        breaker = getattr(counter.platform, "breaker", None)
        if breaker is not None:
            breaker.stop()
        adapter.quoter.close()

    return stop


def _environment(config: Any) -> Any:
    from balie.sync import environments

    name = config.get("platform", "environment")
    api = config.get("platform", "api_url") or None
    auth = config.get("platform", "auth_url") or None
    search = config.get("platform", "search_url") or None
    if name == "training":
        if not api:
            raise StartRefused(Problem("no-training-url", "Geen adres van het oefenplatform.",
                                       "Vul [platform] api_url in of oefen met --training."))
        return environments.training(api, auth, search)
    return environments.by_name(name).with_overrides(api, auth, search).check()


def _live_client(config: Any, env: Any, *, secret: str | None = None) -> Any:
    """The UitpasClient of a configured counter. Browser sign-in needs a refresh token in the
    keyring; without one this raises StartRefused('sign-in-needed') (the wizard signs in)."""
    from balie.sync.auth import ClientCredentialsProvider, OidcEndpoints, UserSession
    from balie.sync.client import UitpasClient, make_session
    from balie.sync.secrets import SecretStore

    session = make_session(config.get("platform", "ca_bundle") or None)
    timeout = (config.get_float("platform", "connect_timeout"),
               config.get_float("platform", "read_timeout"))
    endpoints = OidcEndpoints.keycloak(env.auth_url, env.realm_path)
    client_id = config.get("platform", "client_id")
    secrets = SecretStore(env.name)
    tokens: Any
    if config.get("platform", "auth_mode") == "client_credentials":
        if secret:
            secrets.save_client_secret(client_id, secret)
        tokens = ClientCredentialsProvider.from_keyring(endpoints, client_id, secrets,
                                                        session=session, timeout=timeout)
    else:
        tokens = UserSession(endpoints, client_id, secrets, session=session, timeout=timeout)
        if not tokens.is_signed_in():
            raise StartRefused(Problem(
                "sign-in-needed", "Er is niemand aangemeld bij UiTPAS op deze balie.",
                "Meld je aan via de wizard (balie gui) met je UiTiD."))
    return UitpasClient(env.api_url, tokens, session=session, timeout=timeout,
                        client_id=client_id)


def compose_configured(config: Any, data_dir: Path | None, *,
                       key_source: Any = None, operator_scrypt: Any = None) -> Composition:
    """The live counter: configured environment, token provider from the keyring, the store in
    the machine's data folder with its personal fields sealed by the store key from the OS
    keyring (never in clear: no keyring or a missing key raises balie.crypto.CryptoError with
    the Dutch problem), the organizer's offline policy, and operators who sign in.

    ``key_source``: where the store key lives (default the OS keyring, KeyringKeySource)."""
    from balie.crypto import KeyringKeySource, attach_cipher
    from balie.datadir import resolve_data_dir
    from balie.ui.counter_adapter import CounterAdapter

    env = _environment(config)
    client = _live_client(config, env)
    folder = resolve_data_dir(data_dir, config_value=config.get("store", "data_dir") or None)
    store = Store.open(folder.store_path, backups=folder.backups)
    try:
        cipher = attach_cipher(store, key_source or KeyringKeySource())
    except BaseException:
        store.close()
        raise
    organizer_id = config.get("counter", "organizer_id").split(",")[0].strip()
    name = config.get("counter", "name") or "Balie"
    counter = Counter(store, _live_port(client), config.policies(),
                      Operator("counter", name), organizer_id=organizer_id or None)
    session = _operator_session(store, counter, training=False, scrypt=operator_scrypt,
                                badge_index=lambda uid: cipher.index(uid.strip().upper(),
                                                                     "badge"))
    events_csv = config.get("platform", "events_csv")
    worker = _sync_worker(store, client, organizer_id, env.search_url,
                          interval_seconds=config.get_float("sync", "interval_seconds"),
                          refresh_hours=config.get_float("sync", "refresh_hours"),
                          events_csv=Path(events_csv) if events_csv else None)
    adapter = CounterAdapter(counter, organizer_id=organizer_id,
                             holder_lookup=_holder_lookup(client))
    composition = Composition(store=store, counter=counter, adapter=adapter,
                              settings=StoreSettings(store), organizer_id=organizer_id,
                              training=False, client=client, search_url=env.search_url,
                              sync=worker, config=config, session=session,
                              config_targets=_config_targets(None))
    composition.on_stop(_link_stop(counter, adapter))
    return composition


class AppWizardServices:
    """The setup wizard's services (balie.ui.setup_wizard.WizardServices); every call blocks and
    runs on the wizard's worker thread."""

    def __init__(self, config_path: Path | None = None, data_dir: Path | None = None,
                 overrides: dict[str, dict[str, str]] | None = None) -> None:
        self.config_path = config_path
        self.data_dir = data_dir
        self.overrides = overrides or {}
        self.urls: dict[str, str] = {}
        self.saved_to: Path | None = None

    def set_platform_urls(self, api_url: str = "", auth_url: str = "",
                          search_url: str = "") -> None:
        self.urls = {"api_url": api_url, "auth_url": auth_url, "search_url": search_url}

    def _config(self, extra: dict[str, dict[str, str]] | None = None) -> Any:
        merged = {k: dict(v) for k, v in self.overrides.items()}
        for section, keys in (extra or {}).items():
            merged.setdefault(section, {}).update(keys)
        existing = self.config_path if self.config_path and self.config_path.is_file() else None
        return load_config(merged, extra_path=existing)

    def list_readers(self) -> list[str]:
        return list_readers() or []

    def sign_in(self, environment: str, auth_mode: str, client_id: str,
                secret: str | None) -> Any:
        from balie.ui.setup_wizard import SignInResult

        platform = {"environment": environment, "auth_mode": auth_mode, "client_id": client_id,
                    **{k: v for k, v in self.urls.items() if v}}
        try:
            config = self._config({"platform": platform})
            env = _environment(config)
            if auth_mode == "browser":
                from balie.sync.auth import OidcEndpoints, sign_in_with_browser
                from balie.sync.secrets import SecretStore

                sign_in_with_browser(OidcEndpoints.keycloak(env.auth_url, env.realm_path),
                                     client_id, SecretStore(env.name))
            client = _live_client(config, env, secret=secret)
            organizers = [(p.organizer.id, p.organizer.name) for p in client.permissions()]
        except StartRefused as refused:
            return SignInResult(False, f"{refused.problem.message} {refused.problem.next_step}")
        except Exception as exc:  # noqa: BLE001 - every failure is a Dutch line in the wizard
            text = exc.user_message() if hasattr(exc, "user_message") else type(exc).__name__
            log.info("wizard sign-in failed: %s", type(exc).__name__)
            return SignInResult(False, f"Aanmelden mislukt: {text}")
        return SignInResult(True, "Aangemeld.", organizers)

    def save(self, values: dict[str, dict[str, str]]) -> None:
        """Machine-wide when allowed (every cashier of this PC), else this user's file; but
        not on a managed PC (a read-only machine file): there a user file would be ignored
        (balie.config, group policy), so IT is asked instead."""
        from balie.config import machine_config_path, user_config_path, write_machine_config

        machine = self.config_path or machine_config_path()
        for target in (machine, user_config_path()):
            try:
                write_machine_config(target, values)
                self.saved_to = target
                return
            except PermissionError:
                if target == machine and machine.is_file():
                    raise PermissionError(
                        "Deze pc wordt beheerd door de IT-dienst: de machine-instellingen "
                        f"({machine}) zijn alleen-lezen. Vraag de IT-dienst om omgeving, "
                        "organisator en balienaam daar in te vullen.") from None
                continue
        raise PermissionError("no writable configuration file")

    def first_sync(self, on_progress: Callable[[str, int, int], None]) -> Any:
        from balie.ui.setup_wizard import FirstSyncResult

        try:
            composition = compose_configured(self._config(), self.data_dir)
        except StartRefused as refused:
            return FirstSyncResult(False, refused.problem.message)
        except Exception as exc:  # noqa: BLE001
            found = getattr(exc, "problem", None)  # store key (CryptoError), damaged store
            if isinstance(found, Problem):
                return FirstSyncResult(False, f"{found.message} {found.next_step}")
            return FirstSyncResult(False, f"Synchroniseren kon niet starten: {type(exc).__name__}")
        try:
            composition.sync.on_progress = lambda p: on_progress(p.label, p.done, p.total or 0)
            report = composition.sync.refresh()
        finally:
            composition.stop()
        if report.ok:
            return FirstSyncResult(True, f"{report.events} evenementen en {report.rewards} "
                                         "voordelen opgehaald.")
        return FirstSyncResult(False, "; ".join(report.failures) or "Het platform antwoordde niet.")


def check_configured(config: Any) -> Problem | None:
    """A counter outside training needs an environment, a client and an organizer."""
    missing = [name for name, value in (
        ("organisator", config.get("counter", "organizer_id")),
        ("client id", config.get("platform", "client_id")),
    ) if not value]
    unreachable_training = (config.get("platform", "environment") == "training"
                            and not config.get("platform", "api_url"))
    if unreachable_training or missing:
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


def training_demo() -> Any:
    """The training platform's demo world (balie.training.demo), for tools that script the
    training counter (screenshots) without importing the training package themselves."""
    from balie.training import demo

    return demo


def online_work(composition: Composition) -> Any:
    """The online-only work (search by name, renewal, memberships, lost cards, pass prices,
    blank cards) over the composition's client: balie.sync.online_work.ClientOnlineWork."""
    from balie.sync.online_work import ClientOnlineWork

    return ClientOnlineWork(composition.client, composition.organizer_id)


def registration_port(composition: Composition, work: Any = None) -> Any:
    """The new-pass-holder form's port: queues through the counter, asks the platform for the
    price, the blank card and the INSZ when it answers (balie.ui.registration_adapter)."""
    from balie.ui.registration_adapter import RegistrationAdapter

    if composition.client is None:
        return RegistrationAdapter(composition.counter, composition.organizer_id)
    work = work or online_work(composition)
    return RegistrationAdapter(composition.counter, composition.organizer_id,
                               membership_price=work.membership_price,
                               check_card=work.check_card, insz_in_use=work.insz_in_use)


def history_port(composition: Composition) -> Any:
    """The pass holder history (balie.ui.history_adapter): from the platform with a short
    timeout (an unreachable UiTPAS falls back to this counter's records within seconds)."""
    from balie.ui.history_adapter import HistoryAdapter

    client = None
    if composition.client is not None:
        from balie.sync.port import ApiPlatformPort

        client = ApiPlatformPort.for_client(composition.client, timeout=(2.0, 5.0)).client
    return HistoryAdapter(composition.store, client, (composition.organizer_id,))


def _config_targets(config_path: Path | None) -> tuple[Path, ...]:
    from balie.config import machine_config_path, user_config_path

    return tuple(dict.fromkeys((config_path or machine_config_path(), user_config_path())))


def list_readers() -> list[str] | None:
    """The PC/SC reader names; None when the PC/SC service (or pyscard) is not there."""
    try:
        from balie.cardreader import pcsc

        context = pcsc.establish()
        try:
            return pcsc.list_readers(context)
        finally:
            pcsc.release(context)
    except Exception as exc:  # noqa: BLE001 - no pcscd / no pyscard: no readers to list
        log.info("listing readers failed: %s", type(exc).__name__)
        return None


def _reader_roles(names: list[str], nfc: str, eid: str) -> dict[str, str]:
    from balie.cardreader.readers import ReaderConfig, assign_roles

    config = ReaderConfig(nfc_reader=nfc or None, eid_reader=eid or None)
    return {name: role.value for name, role in assign_roles(names, config).items()}


def settings_port(composition: Composition, *, readers: Callable[[], list[str] | None] = list_readers
                  ) -> Any:
    """The settings and about screen's port (balie.ui.settings_adapter.SettingsAdapter)."""
    from balie.ui.settings_adapter import SettingsAdapter

    store = composition.store
    return SettingsAdapter(config=composition.config, policies=composition.counter.policies,
                           organizer_ids=(composition.organizer_id,), store_path=store.path,
                           backups_dir=store.backups, training=composition.training,
                           config_targets=composition.config_targets, list_readers=readers,
                           reader_roles=_reader_roles)


def _organizer_names(composition: Composition) -> dict[str, str]:
    if not composition.training:
        return {}
    return {o.id: o.name for o in training_demo().ORGANIZERS.values()}


@dataclass
class Running:
    composition: Composition
    window: Any  # balie.ui.main_window.MainWindow
    signals: Any
    stop: Callable[[], None]


#: the daily backup waits this long after the window opens: the first customer comes first
BACKUP_DELAY_SECONDS = 20.0


def _idle_minutes(config: Any) -> float:
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


def build_window(composition: Composition, *, with_reader: bool = True,
                 virtual_cards: bool | str = True, start_sync: bool = True,
                 backup_delay: float = BACKUP_DELAY_SECONDS,
                 idle_check_ms: int = 5000) -> Running:
    """The main window over a composition, with reader, wedge filter and (training) the dock.

    ``start_sync`` False refreshes the reference data once but leaves the queue alone (tests of
    the offline queue); the sync worker then only runs when asked ("Nu synchroniseren").
    A composition with operators (``composition.session``) gets the lock screen.
    ``virtual_cards="direct"``: the practice cards without PC/SC, whatever the PC has."""
    from PySide6.QtCore import QCoreApplication

    from balie.cardreader.events import CardTapped, EidRead, ReaderState, ReaderStateKind
    from balie.cardreader.wedge import WedgeDetector
    from balie.ui.bridge import ServiceSignals
    from balie.ui.main_window import MainWindow
    from balie.ui.today_adapter import TodayAdapter
    from balie.ui.wedge_filter import WedgeFilter

    signals = ServiceSignals()
    _hold_app_lock(composition)

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

        if virtual_cards == "direct":  # screenshots and layout tests: never the shared pcscd
            from balie.cardreader.virtual import DirectReader

            deck = DirectReader(on_reader_event)
        else:
            deck = open_virtual_cards(on_reader_event)
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
                        organizer_names=_organizer_names(composition),
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
        stops.append(deck.remove)
    if with_reader:
        reader = _start_reader(on_reader_event, composition.config)
        if reader is not None:
            stops.append(reader.stop)
    wedge = WedgeFilter(WedgeDetector(), window)
    wedge.scanned.connect(window.view.identify_scanned)
    wedge.install()
    stops.append(wedge.uninstall)
    signals.reference_updated.connect(window.view.load_events)
    window.passholder_menu = _passholder_menu(composition, window, signals)
    if composition.session is not None:
        from balie.operators import Permission

        window.gate(window.passholder_menu.new_action, Permission.REGISTER_PASSHOLDER)
        window.gate(window.passholder_menu.search_action, Permission.KANSENSTATUUT)
    window.qr_codes = _qr_codes(composition, window)
    maintenance = Maintenance(composition.store, _retention(composition.config), backup_delay)
    composition.maintenance = maintenance
    stops.append(maintenance.cancel)
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
        window.view.confirm_runner.stop(3.0)
        window.view.today_runner.stop(3.0)
        composition.stop()

    return Running(composition, window, signals, stop)


def _retention(config: Any) -> Any:
    from balie.privacy import RetentionPolicy

    if config is None:
        return RetentionPolicy()
    try:
        return RetentionPolicy.from_config(config)
    except ConfigError as exc:
        log.warning("retention setting unusable, default used: %s", type(exc).__name__)
        return RetentionPolicy()


class Maintenance:
    """The daily copy of the store (balie.backup.backup_if_due), then the privacy purge
    (balie.privacy.purge_personal_data): a little after each start and every ``every`` seconds,
    on its own thread (copying a large store must not hold up the first customer). A failure is
    logged, not shown: the next round tries again and 'balie doctor' reports a stale backup."""

    def __init__(self, store: Store, retention: Any, delay: float,
                 every: float = 24 * 3600.0) -> None:
        self._store, self._retention, self._every = store, retention, every
        self._stop = threading.Event()
        #: rounds finished (tests and 'balie doctor'-like checks wait for it)
        self.rounds = 0
        self.last_purge: Any = None
        self.last_integrity: Any = None  # balie.store.health.Verdict of the last full check
        self._thread = threading.Thread(target=self._run, args=(delay,), name="maintenance",
                                        daemon=True)
        self._thread.start()

    def _run(self, delay: float) -> None:
        if self._stop.wait(delay):
            return
        while True:
            self.once()
            if self._stop.wait(self._every):
                return

    def once(self) -> None:
        from balie.backup import backup_if_due
        from balie.privacy import purge_personal_data
        from balie.store.health import Cause, full_check, record_full_check

        store = self._store
        # the full integrity_check (seconds on a year's store) lives here, off the GUI thread;
        # the open only runs quick_check. A damaged store is neither copied over the good
        # backups (retention would prune them) nor purged.
        self.last_integrity = full_check(store.path)
        record_full_check(store.path, self.last_integrity, utcnow())  # doctor shows it
        if self.last_integrity.cause is Cause.CORRUPT:
            log.error("full integrity check failed; no backup, no purge this round")
            self.rounds += 1
            return
        try:
            if backup_if_due(store.path, store.backups) is not None:
                log.info("daily backup written")
        except Exception as exc:  # noqa: BLE001 - the counter works on without it
            log.warning("daily backup failed: %s", type(exc).__name__)
        if not self._stop.is_set():
            try:
                self.last_purge = purge_personal_data(store, utcnow(), self._retention)
            except Exception as exc:  # noqa: BLE001 - tried again tomorrow
                log.warning("privacy purge failed: %s", type(exc).__name__)
        self.rounds += 1

    def cancel(self) -> None:
        """Stop, and wait for a round in progress: its copy must not outlive the store folder."""
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout=10.0)


def _passholder_menu(composition: Composition, window: Any, signals: Any) -> Any:
    """The 'Pashouder' menu (F9 new pass holder, Ctrl+F search by name, online-only work)."""
    from PySide6.QtCore import QCoreApplication

    from balie.domain import today_in_brussels
    from balie.ui.passholder_menu import PassholderWork, install_passholder_menu

    registration = registration_port(composition)
    online = online_work(composition) if composition.client is not None else None
    organizer = next((o.name for o in training_demo().ORGANIZERS.values()
                      if o.id == composition.organizer_id), "") if composition.training else ""
    return install_passholder_menu(window, signals, PassholderWork(
        registration=registration, online=online,
        is_online=registration.is_online if online is not None else (lambda: False),
        card_systems=composition.store.reference.card_systems,
        today=lambda: today_in_brussels(utcnow()), organizer_name=organizer,
        counter_name=QCoreApplication.translate("MainWindow", "Oefenbalie")
        if composition.training else ""))


def _qr_codes(composition: Composition, window: Any) -> Any:
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


def _start_reader(on_event: Callable[[object], None], config: Any = None) -> Any:
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
        from balie.ui.port import SyncResult

        signals.sync_delivered.emit(report.confirmed, report.rejected)
        signals.sync_finished.emit(SyncResult(
            sent=report.confirmed, needs_attention=report.needs_attention,
            pending=report.pending, refused=report.rejected, reachable=report.reachable,
            signed_out=report.auth_failed,
            message=report.message))
        signals.counter_state_stale.emit()

    def on_refresh(report: Any) -> None:
        if report.reachable and not report.auth_failed:
            signals.reference_updated.emit()
        signals.counter_state_stale.emit()

    worker.on_status, worker.on_delivery, worker.on_refresh = on_status, on_delivery, on_refresh

    def sync_now() -> None:
        """F5: also the entries waiting out their own back-off go now (a person asked)."""
        try:
            worker.store.outbox.due_now(utcnow())
        except Exception as exc:  # noqa: BLE001 - the round itself still runs
            log.warning("could not make waiting entries due: %s", type(exc).__name__)
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


def _run_setup_wizard(config_path: Path | None, data_dir: Path | None,
                      overrides_from: object) -> Any:
    """First start of a real counter: the wizard, then the configuration it wrote."""
    from balie.ui.setup_wizard import SetupWizard

    services = AppWizardServices(config_path, data_dir, overrides_from_args(overrides_from))
    wizard = SetupWizard(services)
    if wizard.exec() != SetupWizard.DialogCode.Accepted:
        raise StartRefused(check_configured(load_config(
            overrides_from_args(overrides_from), extra_path=config_path)) or Problem(
            "not-configured", "De balie is niet ingesteld.", "Start balie opnieuw."))
    config = load_config(overrides_from_args(overrides_from), extra_path=config_path)
    problem = check_configured(config)
    if problem is not None:
        raise StartRefused(problem)
    return config


def refusal_dialog(problem: Problem) -> Any:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("Start", "balie kan niet starten"),
                      problem.message)
    box.setInformativeText(problem.next_step)
    return box


def backup_label(backup: Path) -> str:
    """A backup as the damaged-store dialog names it: file name and when it was taken."""
    from balie.backup import list_backups
    from balie.domain import BRUSSELS

    for copy in list_backups(backup.parent):
        if copy.path == backup:
            return f"{backup.name} ({copy.taken_at.astimezone(BRUSSELS):%d/%m/%Y %H:%M})"
    return backup.name


def offer_restore(problem: Problem) -> bool:
    """The damaged-store dialog: True when the newest good backup was put back (start again),
    False when the cashier chose 'Afsluiten' (or there is nothing to restore)."""
    from balie.backup import restore_backup
    from balie.store.migrate import known_revisions
    from balie.ui.damaged_store import DamagedStoreDialog

    found = problem.extras.get("backup")
    restore = None
    if found:
        copy, target = Path(found), Path(problem.extras["store"])

        def restore() -> object:
            from balie.backup import RestoreError
            from balie.store.rescue import carry_over_readable, mark_confirmed

            try:  # the queue since the backup comes along, with its records where readable
                result = restore_backup(copy, target, known_revisions(), carry_over=True)
                rescue = False
            except RestoreError:  # bad pages stop the copy in one go: row by row instead
                result = restore_backup(copy, target, known_revisions())
                rescue = True
            log.info("damaged store replaced by its newest good backup")
            if result.replaced_kept_at is not None:
                if rescue:
                    carry_over_readable(result.store_path, result.replaced_kept_at)
                mark_confirmed(result.store_path, result.replaced_kept_at)
            return result

    dialog = DamagedStoreDialog(problem, backup_label(Path(found)) if found else "", restore)
    return dialog.exec() == DamagedStoreDialog.DialogCode.Accepted


def _compose_or_restore(compose: Callable[[], Composition], *, interactive: bool) -> Composition:
    """Never run on a damaged store: offer its newest good backup (interactive), else refuse
    with the Dutch reason that names the backup and 'balie restore'."""
    from balie.store import StoreError

    for _attempt in range(3):
        try:
            return compose()
        except StoreError as exc:
            if exc.problem.code != "store-damaged":
                raise
            if not interactive or not offer_restore(exc.problem):
                raise StartRefused(exc.problem) from None
    return compose()


def start_gui(*, training: bool, data_dir: Path | None, config_path: Path | None,
              overrides_from: object, language: str | None = None,
              with_reader: bool = True, setup_wizard: bool = True,
              keep: bool = False) -> Running:
    """What ``balie gui`` does, up to a shown window (the caller runs the event loop).

    A counter that is not set up gets the setup wizard (``setup_wizard`` False, e.g. headless:
    refused with the Dutch reason instead)."""
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
        install_language(language or config.get("counter", "language"))
        problem = check_configured(config)
        if problem is not None and not setup_wizard:
            raise StartRefused(problem)
        if problem is not None:
            config = _run_setup_wizard(config_path, data_dir, overrides_from)
        try:
            composition = _compose_or_restore(lambda: compose_configured(config, data_dir),
                                              interactive=setup_wizard)
        except StartRefused:
            raise
        except Exception as exc:  # noqa: BLE001 - store, keyring, URL: a Dutch reason, no trace
            found = getattr(exc, "problem", None)
            if isinstance(found, Problem):
                raise StartRefused(found) from None
            text = exc.user_message() if hasattr(exc, "user_message") else str(exc)
            raise StartRefused(Problem("start-failed", text,
                                       "Laat 'balie doctor' lopen of bel support.")) from None
        composition.config_targets = _config_targets(config_path)
        stored = composition.settings.get(SETTING_LANGUAGE)
        if stored and not language:  # chosen on this counter's settings screen
            install_language(stored)
        running = build_window(composition, with_reader=with_reader)
        running.window.resize(1280, 800)
        running.window.start()
        return running
    # training data never mixes with a real counter's store: the given folder, or a practice
    # folder that goes away when the app ends (--keep: one kept folder per user)
    from balie import practice_folder

    practice_folder.sweep()
    base = data_dir or practice_folder.make(keep=keep)
    throw_away = data_dir is None and not keep
    try:  # the organizer's own offline policy, so training practises what the counter will do
        policies = config.policies()
    except ConfigError as exc:
        raise StartRefused(Problem("config", str(exc), "Herstel het configuratiebestand.")) \
            from None
    composition = _compose_or_restore(lambda: compose_training(
        base, sync_interval=config.get_float("sync", "interval_seconds"),
        refresh_hours=config.get_float("sync", "refresh_hours"), policy=policies,
        operators=True), interactive=setup_wizard)
    composition.config = config
    composition.config_targets = _config_targets(config_path)
    stored = composition.settings.get(SETTING_LANGUAGE)
    install_language(language or stored or config.get("counter", "language"))
    running = build_window(composition, with_reader=with_reader)
    running.window.resize(1280, 800)
    running.window.start()
    if throw_away:
        stop_parts = running.stop

        def stop_and_remove() -> None:
            stop_parts()
            practice_folder.remove(base)

        running.stop = stop_and_remove
    return running
