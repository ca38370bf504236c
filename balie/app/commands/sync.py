"""``balie sync``: deliver the queue and refresh reference data without the GUI.

For support and scheduled tasks: ``balie sync --once`` pushes what is queued, refreshes reference
data and exits with a code a script can act on; ``balie sync --watch`` keeps running like the
GUI's background worker, printing one line per change.

It records nothing a cashier did not record: it delivers the queue and marks entries confirmed or
"Te behandelen". So it needs no operator's PIN, and runs as this PC's service identity
(``service:<OS account>``), written to the audit log as such: ``cli.sync.start`` (mode, queue)
and ``cli.sync.end`` (confirmed during the run, waiting for a person, still queued, exit code).
"""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

EXIT_ALL_DELIVERED = 0
EXIT_NEEDS_ATTENTION = 1
EXIT_UNREACHABLE = 2
EXIT_BUSY_ELSEWHERE = 3
PROGRAM = "balie sync"

EPILOG = """exit codes (--once):
  0  everything delivered, nothing needs attention, reference data refreshed
  1  items need attention ("Te behandelen"), items still pending, or a part of the refresh failed
  2  the platform could not be reached, or the credentials were refused (sign in again), or
     the store could not be opened (its key is not in this user's keyring, disk, settings);
     then nothing in the queue was touched
  3  another program (the counter app, another balie sync) kept this store's queue busy
     for the whole --wait-lock time; nothing was sent by this run
One worker per store: --once waits up to --wait-lock seconds for the store's sync lock;
--watch takes turns with the counter app, one round at a time, every [sync] interval_seconds,
and refreshes reference data every [sync] refresh_hours.
In training (platform.environment = training) the training client id/secret are used."""

TRAINING_CLIENT_ID = "balie-training"
TRAINING_CLIENT_SECRET = "balie-training-secret"  # public training credentials


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = EPILOG
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--once", action="store_true", default=True,
                      help="deliver and refresh once, then exit with a status code (default)")
    mode.add_argument("--watch", action="store_true", help="keep running until Ctrl+C")
    parser.add_argument("--timeout", type=float, default=60.0,
                        help="--once: keep retrying transient failures this many seconds (default 60)")
    parser.add_argument("--no-refresh", action="store_true", help="only deliver the queue")
    parser.add_argument("--wait-lock", type=float, default=60.0,
                        help="--once: wait this many seconds while another program sends this "
                             "store's queue (default 60), then exit with code 3")
    parser.add_argument("--training", action="store_true",
                        help="use the training platform (needs --platform-url)")


def token_provider(config: Any, env_name: str, env: Any, session: Any,
                   timeout: tuple[float, float]) -> tuple[Any, str | None]:
    """(token provider, client id) for the configured sign-in: the training client, client
    credentials from the keyring, or the employee's browser sign-in (refresh token in the keyring).
    Shared by ``balie sync`` and ``balie doctor`` so both prove the same credentials."""
    from balie.config import ConfigError
    from balie.sync.auth import ClientCredentialsProvider, OidcEndpoints, UserSession
    from balie.sync.secrets import SecretStore

    endpoints = OidcEndpoints.keycloak(env.auth_url, env.realm_path)
    if env_name == "training":
        return ClientCredentialsProvider(endpoints, TRAINING_CLIENT_ID, TRAINING_CLIENT_SECRET,
                                         session=session, timeout=timeout), TRAINING_CLIENT_ID
    client_id = config.get("platform", "client_id")
    if not client_id:
        raise ConfigError("Geen client-id ingesteld ([platform] client_id). "
                          "Vraag de IT-dienst om balie in te stellen.")
    secrets = SecretStore(env_name)
    if config.get("platform", "auth_mode") == "client_credentials":
        return ClientCredentialsProvider.from_keyring(endpoints, client_id, secrets,
                                                      session=session, timeout=timeout), client_id
    return UserSession(endpoints, client_id, secrets, session=session, timeout=timeout), client_id


def _say(text: str) -> None:
    print(text, flush=True)


def _build(args: argparse.Namespace) -> tuple[Any, Any, Any, Any]:
    """(store, client, refresher, config) from configuration + command line; raises with Dutch
    text."""
    from balie.app.commands.common import load, open_store
    from balie.config import ConfigError
    from balie.sync import environments
    from balie.sync.client import UitpasClient, make_session
    from balie.sync.refresh import Refresher, RefreshPlan

    config, data_dir = load(args)
    env_name = "training" if args.training else config.get("platform", "environment")
    api = config.get("platform", "api_url") or None
    auth = config.get("platform", "auth_url") or None
    search = config.get("platform", "search_url") or None
    if env_name == "training":
        if not api:
            raise ConfigError("Geen oefenplatform opgegeven: gebruik --platform-url "
                             "(bv. het adres dat 'balie training-platform' toont).")
        env = environments.training(api, auth, search)
    else:
        env = environments.by_name(env_name).with_overrides(api, auth, search).check()
    # first the store with its key: without it nothing may be read, whatever the sign-in says
    store = open_store(config, data_dir)
    try:
        session = make_session(config.get("platform", "ca_bundle") or None)
        timeout = (config.get_float("platform", "connect_timeout"),
                   config.get_float("platform", "read_timeout"))
        tokens, client_id = token_provider(config, env_name, env, session, timeout)
    except BaseException:
        store.close()
        raise
    client = UitpasClient(env.api_url, tokens, session=session, timeout=timeout,
                          client_id=client_id)
    organizers = tuple(o.strip() for o in config.get("counter", "organizer_id").split(",")
                       if o.strip())
    events_csv = config.get("platform", "events_csv")
    plan = RefreshPlan(organizer_ids=organizers, search_url=env.search_url,
                       search_client_id=client_id,
                       events_csv=Path(events_csv) if events_csv else None)
    refresher = None if args.no_refresh else Refresher(store, client, plan)
    return store, client, refresher, config


def run(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING)
    from balie.app.commands.common import explain
    from balie.config import ConfigError
    from balie.crypto import CryptoError
    from balie.datadir import DataDirError
    from balie.store import StoreError
    from balie.sync.problems import ApiError
    from balie.sync.secrets import SecretStoreUnavailable

    try:
        store, client, refresher, config = _build(args)
    except (ConfigError, StoreError, DataDirError, CryptoError) as exc:
        return explain("sync", exc, exit_code=EXIT_UNREACHABLE)
    except (ApiError, SecretStoreUnavailable) as exc:
        message = getattr(exc, "problem", None)
        text = message.message if message is not None else (
            exc.user_message() if hasattr(exc, "user_message") else str(exc))
        print(f"balie sync: {text}", file=sys.stderr)
        return EXIT_UNREACHABLE
    from balie.store.worker_lock import WorkerLock

    lock = WorkerLock(store.path, PROGRAM)
    run = _Audited(store, "watch" if args.watch else "once")
    try:
        if args.watch:
            run.code = _watch(store, client, refresher, lock,
                              interval=config.get_float("sync", "interval_seconds"),
                              refresh_hours=config.get_float("sync", "refresh_hours"))
            return run.code
        if not _take(lock, args.wait_lock):
            run.code = EXIT_BUSY_ELSEWHERE
            return run.code
        try:
            run.code = _once(store, client, refresher, args.timeout, lock)
            return run.code
        finally:
            lock.release()
    finally:
        run.end()
        store.close()


class _Audited:
    """The audit lines of one run, as the service identity: start now, end with the counts."""

    def __init__(self, store: Any, mode: str) -> None:
        from balie.app.commands.identity import service_identity
        from balie.domain import utcnow

        self.store, self.who, self.started = store, service_identity(), utcnow()
        self.code: int | None = None
        stats = store.outbox.stats()
        store.audit.record(operator=self.who, action="cli.sync.start", at=self.started,
                           detail=f"{mode}; wachtrij {stats.length}, te behandelen "
                                  f"{stats.needs_attention}")

    def end(self) -> None:
        """Best effort: a run that ends because the store failed cannot write its end line."""
        from sqlalchemy import func, select

        from balie.domain import OutboxStatus, utcnow
        from balie.store.models import OutboxEntry

        try:
            with self.store.read() as s:
                confirmed = s.scalar(select(func.count()).where(
                    OutboxEntry.status == OutboxStatus.CONFIRMED.value,
                    OutboxEntry.finished_at >= self.started))
            stats = self.store.outbox.stats()
            code = "onderbroken" if self.code is None else str(self.code)
            self.store.audit.record(
                operator=self.who, action="cli.sync.end", at=utcnow(),
                detail=f"bevestigd {int(confirmed or 0)}, te behandelen {stats.needs_attention},"
                       f" nog in de wachtrij {stats.length}; exitcode {code}")
        except Exception as exc:  # noqa: BLE001 - the run's own outcome was already printed
            logging.getLogger(__name__).warning("sync end audit line not written: %s",
                                                type(exc).__name__)


def _take(lock: Any, wait_seconds: float) -> bool:
    """The store's sync lock for this whole run, waiting while another program has it."""
    if lock.acquire():
        return True
    holder = lock.holder()
    who = holder.describe_nl() if holder else "een ander programma"
    _say(f"De wachtrij van deze gegevens wordt al verstuurd door {who}. "
         f"balie sync wacht tot {wait_seconds:.0f} s tot die klaar is.")
    if lock.acquire(wait_seconds):
        return True
    holder = lock.holder()
    who = holder.describe_nl() if holder else "een ander programma"
    print(f"balie sync: de wachtrij wordt nog altijd verstuurd door {who}; er is niets "
          "verstuurd. Dat is veilig: dat programma verstuurt alles. Probeer later opnieuw of "
          "sluit eerst dat programma.", file=sys.stderr)
    return False


def _once(store: Any, client: Any, refresher: Any, timeout: float, lock: Any = None) -> int:
    from balie.domain import BRUSSELS, utcnow
    from balie.sync.worker import SyncWorker

    worker = SyncWorker(store, client, refresher=refresher, worker_lock=lock)
    refresh_ok = True
    if refresher is not None:
        refreshed = worker.refresh()
        if refreshed.auth_failed or not refreshed.reachable:
            _say(f"Verversen mislukt: {'; '.join(refreshed.failures)}")
            return EXIT_UNREACHABLE
        refresh_ok = refreshed.ok
        _say(f"Ververst: {refreshed.events} activiteiten, {refreshed.static_tariffs} prijzen, "
             f"{refreshed.rewards} voordelen, {refreshed.social_tariff_cards} kansentariefkaarten "
             f"({refreshed.seconds:.1f} s).")
        for failure in refreshed.failures:
            _say(f"  - {failure}")
    report = worker.drain(until=utcnow() + timedelta(seconds=timeout))
    _say(f"Verstuurd: {report.confirmed} (waarvan {report.reconciled} teruggevonden na een "
         f"verloren antwoord), te behandelen: {report.needs_attention}, "
         f"nog in de wachtrij: {report.pending}.")
    status = worker.status()
    if status.oldest_pending_at is not None:
        _say(f"Oudste wachtende actie: "
             f"{status.oldest_pending_at.astimezone(BRUSSELS):%d/%m/%Y %H:%M}.")
    if report.auth_failed or not report.reachable:
        _say(f"{status.message} {status.next_step}".strip())
        return EXIT_UNREACHABLE
    if report.pending or report.needs_attention or not refresh_ok:
        return EXIT_NEEDS_ATTENTION
    return EXIT_ALL_DELIVERED


def _watch(store: Any, client: Any, refresher: Any, lock: Any, *, interval: float,
           refresh_hours: float) -> int:
    import signal
    import threading

    from balie.sync.worker import SyncWorker

    stop = threading.Event()
    last: list[tuple[object, ...]] = []

    def show(status: Any) -> None:
        key = (status.connection, status.queue_length, status.needs_attention, status.message)
        if not last or last[-1] != key:
            last.append(key)
            _say(f"{status.connection.value}: wachtrij {status.queue_length}, "
                 f"te behandelen {status.needs_attention}. {status.message}".strip())

    _say(f"balie sync --watch: elke {interval:g} s versturen, elke {refresh_hours:g} u "
         "referentiegegevens verversen; Ctrl+C stopt.")
    worker = SyncWorker(store, client, refresher=refresher, on_status=show, worker_lock=lock,
                        interval_seconds=interval, refresh_hours=refresh_hours)
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    worker.start()
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        worker.stop()
    return EXIT_ALL_DELIVERED
