"""Composing one counter: store, counter, platform client, sync worker and operators, wired into a
:class:`Composition` (training against the embedded platform, or the configured live counter with its
sealed store). Nothing here shows a widget; the window is built over a composition in
:mod:`balie.app.window`."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from balie.app.training import TRAINING_OPERATOR, TRAINING_ORGANIZER
from balie.counter import Counter
from balie.domain import Operator, Problem
from balie.policy import OfflinePolicy, OrganizerPolicies
from balie.store import Store

if TYPE_CHECKING:
    from balie.app.maintenance import Maintenance
    from balie.config import Config
    from balie.crypto import KeySource
    from balie.operators import ScryptParams
    from balie.sync.breaker import GuardedPlatformPort
    from balie.sync.client import TokenProvider, UitpasClient
    from balie.sync.environments import Environment
    from balie.sync.worker import SyncWorker
    from balie.training import TrainingPlatform
    from balie.ui.counter_adapter import CounterAdapter, HolderLookup
    from balie.ui.operator_session import OperatorSession

log = logging.getLogger(__name__)


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
    adapter: CounterAdapter
    settings: StoreSettings
    organizer_id: str
    training: bool
    client: UitpasClient | None = None
    #: the training platform, when started here or handed in
    platform: TrainingPlatform | None = None
    search_url: str | None = None
    owns_platform: bool = False
    sync: SyncWorker | None = None
    #: daily backup, privacy purge and integrity check; set by build_window
    maintenance: Maintenance | None = None
    #: the configuration it was composed from (None: built-in defaults)
    config: Config | None = None
    #: who is at the counter (balie.ui.operator_session.OperatorSession); None: no sign-in
    #: (tests of the counter screens, tools)
    session: OperatorSession | None = None
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
            except Exception:  # shutting down: finish the others
                log.exception("stopping a part failed")
        self._stops.clear()
        self.store.close()
        if self.owns_platform and self.platform is not None:
            self.platform.stop()


def _platform_client(api_url: str, auth_url: str, client_id: str, client_secret: str) -> UitpasClient:
    from balie.sync.auth import ClientCredentialsProvider, OidcEndpoints
    from balie.sync.client import UitpasClient, make_session

    session = make_session()
    tokens = ClientCredentialsProvider(OidcEndpoints.keycloak(auth_url), client_id, client_secret,
                                       session=session)
    return UitpasClient(api_url, tokens, session=session, client_id=client_id)


def _live_port(client: UitpasClient) -> GuardedPlatformPort:
    """The counter's live reads: the interactive timeouts (shorter than the sync worker's, a
    customer waits) behind a circuit breaker, so a slow platform is never worse than none."""
    from balie.sync.breaker import CircuitBreaker, GuardedPlatformPort, probe_for
    from balie.sync.port import ApiPlatformPort

    port = ApiPlatformPort.for_client(client)
    return GuardedPlatformPort(port, CircuitBreaker(probe_for(port.client)))


def _holder_lookup(client: UitpasClient) -> HolderLookup:
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


def _sync_worker(store: Store, client: UitpasClient, organizer_id: str, search_url: str | None, *,
                 interval_seconds: float, refresh_hours: float,
                 events_csv: Path | None = None) -> SyncWorker:
    """The outbox/reference worker of one counter; callbacks are attached by the window. It
    takes the store's sync lock for each round, shared with ``balie sync``: one sender at a time."""
    from balie.store.worker_lock import WorkerLock
    from balie.sync.refresh import Refresher, RefreshPlan
    from balie.sync.worker import SyncWorker

    plan = RefreshPlan(organizer_ids=(organizer_id,), search_url=search_url,
                       search_client_id=client.client_id, events_csv=events_csv)
    return SyncWorker(store, client, refresher=Refresher(store, client, plan),
                      interval_seconds=interval_seconds, refresh_hours=refresh_hours,
                      worker_lock=WorkerLock(store.path, "de kassa-app (balie)"))


def operator_session(store: Store, counter: Counter, *, training: bool,
                      scrypt: ScryptParams | None = None,
                     badge_index: Callable[[str], str] | None = None) -> OperatorSession:
    """Operators with their roles (balie.operators): the counter refuses what a role may not do,
    and every action carries whoever signed in on the lock screen.

    Public because tools and tests give a composition built without operators a session of its
    own (a live counter's first start, in the screenshots and the lock-screen tests)."""
    from balie.operators import DEFAULT_SCRYPT, default_badge_index, load_roles
    from balie.ui.operator_session import OperatorSession

    return OperatorSession(store, counter, roles=load_roles(store), training=training,
                           scrypt=scrypt or DEFAULT_SCRYPT,
                           badge_index=badge_index or default_badge_index)


def compose_training(data_dir: Path, platform: TrainingPlatform | None = None, *,
                     organizer_key: str = TRAINING_ORGANIZER,
                     policy: OfflinePolicy | OrganizerPolicies | None = None,
                     sync_interval: float = 30.0, refresh_hours: float = 6.0,
                     operators: bool = False, operator_scrypt: ScryptParams | None = None) -> Composition:
    """A training counter: store in ``data_dir``, counter against the training platform.

    ``platform`` None starts one in-process on a free loopback port with its data in
    ``data_dir/training-platform``; tests hand in their session platform instead.

    The training store stays in clear (no store key): it holds demo data only, and a fresh
    Linux box without a keyring must be able to practise. ``operators`` True (``balie gui
    --training``) adds the lock screen with the demo staff (Kassier 2580, Onthaal 1357,
    Verantwoordelijke 8642); False keeps one always signed-in practice cashier (screen tests).
    ``operator_scrypt``: a cheaper PIN hash for tests (balie.operators.ScryptParams)."""
    from balie.training import TrainingPlatform, demo
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
        session = operator_session(store, counter, training=True,
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


def _link_stop(counter: Counter, adapter: CounterAdapter) -> Callable[[], None]:
    """Ends the breaker's probe and the confirmation threads with the counter."""
    def stop() -> None:
        breaker = getattr(counter.platform, "breaker", None)
        if breaker is not None:
            breaker.stop()
        adapter.quoter.close()

    return stop


def _environment(config: Config) -> Environment:
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


def _live_client(config: Config, env: Environment, *, secret: str | None = None) -> UitpasClient:
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
    tokens: TokenProvider
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


def compose_configured(config: Config, data_dir: Path | None, *, key_source: KeySource | None = None,
                       operator_scrypt: ScryptParams | None = None) -> Composition:
    """The live counter: configured environment, token provider from the keyring, the store in
    the machine's data folder with its personal fields sealed by the store key from the OS
    keyring (never in clear: no keyring or a missing key raises balie.crypto.CryptoError with
    the Dutch problem), the organizer's offline policy, and operators who sign in.

    ``key_source``: where the store key lives (default the OS keyring, KeyringKeySource)."""
    from balie.crypto import KeyringKeySource
    from balie.datadir import resolve_data_dir
    from balie.privacy import attach_cipher
    from balie.ui.counter_adapter import CounterAdapter

    env = _environment(config)
    client = _live_client(config, env)
    folder = resolve_data_dir(data_dir, config_value=config.get("store", "data_dir") or None)
    store = Store.open(folder.store_path, backups=folder.backups)
    try:
        # a large kansentarief list kept in clear is hashed on the maintenance thread, not here
        cipher = attach_cipher(store, key_source or KeyringKeySource(), defer_lists=True)
    except BaseException:
        store.close()
        raise
    organizer_id = config.get("counter", "organizer_id").split(",")[0].strip()
    name = config.get("counter", "name") or "Balie"
    counter = Counter(store, _live_port(client), config.policies(),
                      Operator("counter", name), organizer_id=organizer_id or None)
    session = operator_session(store, counter, training=False, scrypt=operator_scrypt,
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


def check_configured(config: Config) -> Problem | None:
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


def _config_targets(config_path: Path | None) -> tuple[Path, ...]:
    from balie.config import machine_config_path, user_config_path

    return tuple(dict.fromkeys((config_path or machine_config_path(), user_config_path())))
