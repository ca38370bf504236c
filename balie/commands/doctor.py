"""``balie doctor``: run :mod:`balie.doctor`'s checks with the real probes of this PC.

This is the composition root for doctor: it alone knows pyscard (readers), requests (platform,
clock) and the store; :mod:`balie.doctor` only judges what they observed. Doctor reads, it never
repairs: the store is inspected read-only and only opened (which may migrate it) when its schema
is already the newest.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from balie.config import Config, ConfigError, load_config, overrides_from_args
from balie.datadir import DataDir, DataDirError, DataDirKind, resolve_data_dir
from balie.doctor import (
    PCSC_SERVICE_DOWN,
    CheckResult,
    Credentials,
    DoctorProbes,
    DoctorReport,
    PlatformObservation,
    ProbeError,
    QueueFigures,
    Severity,
    diagnose,
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the findings as JSON")


def load(args: argparse.Namespace) -> tuple[Config, DataDir]:
    """Config and data dir as the app would resolve them (shared by doctor/support/restore)."""
    config = load_config(overrides_from_args(args), extra_path=getattr(args, "config", None))
    configured = config.get("store", "data_dir") or None
    return config, resolve_data_dir(getattr(args, "data_dir", None), config_value=configured)


def list_readers() -> list[str]:
    from balie.cardreader import pcsc

    try:
        context = pcsc.establish()
    except pcsc.ContextLost as exc:
        raise ProbeError(PCSC_SERVICE_DOWN, str(exc)) from None
    try:
        return pcsc.list_readers(context)
    except pcsc.ContextLost as exc:
        raise ProbeError(PCSC_SERVICE_DOWN, str(exc)) from None
    finally:
        pcsc.release(context)


def _api_url(config: Config) -> tuple[str, bool]:
    env = config.get("platform", "environment")
    url = config.get("platform", "api_url")
    if url:
        return url.rstrip("/"), env == "training"
    if env == "training":
        return "", True
    from balie.sync.environments import by_name

    return by_name(env).api_url, False


def _network_words(exc: BaseException) -> str:
    import requests

    if isinstance(exc, requests.exceptions.SSLError):
        return "beveiligde verbinding mislukt (TLS)"
    if isinstance(exc, requests.exceptions.Timeout):
        return "geen antwoord binnen de tijd"
    if isinstance(exc, requests.exceptions.ConnectionError):
        text = str(exc).lower()
        if "name or service" in text or "getaddrinfo" in text or "resolve" in text:
            return "servernaam niet gevonden (DNS)"
        return "verbinding geweigerd of verbroken"
    return type(exc).__name__


def observe_platform(config: Config, *, credentials: Callable[[Any, str], tuple[Credentials, str]]
                     | None = None) -> PlatformObservation:
    """One GET to the API: reachable? its Date header for the clock; then the sign-in, if any."""
    import requests

    url, training = _api_url(config)
    if not url:
        return PlatformObservation(url="", training=True, error=None,
                                   detail="oefenmodus: het oefenplatform start mee met balie")
    timeout = (config.get_float("platform", "connect_timeout"),
               config.get_float("platform", "read_timeout"))
    session = requests.Session()
    session.trust_env = not training
    try:
        response = session.get(f"{url}/card-systems", timeout=timeout,
                               headers={"x-client-id": config.get("platform", "client_id")}
                               if config.get("platform", "client_id") else {})
    except requests.RequestException as exc:
        return PlatformObservation(url=url, error=_network_words(exc), training=training)
    if response.status_code >= 500:
        return PlatformObservation(url=url, error=f"het platform antwoordt met fout "
                                                  f"{response.status_code}", training=training)
    server_date = None
    if response.headers.get("Date"):
        try:
            server_date = parsedate_to_datetime(response.headers["Date"]).astimezone(timezone.utc)
        except (TypeError, ValueError):
            server_date = None
    check = credentials or (lambda sess, api: check_sign_in(config, sess, api))
    state, detail = check(session, url)
    return PlatformObservation(url=url, server_date=server_date, credentials=state, detail=detail,
                               training=training)


def check_sign_in(config: Config, session: Any, url: str) -> tuple[Credentials, str]:
    """Prove the configured sign-in against the authorization server: the same token provider
    ``balie sync`` uses (training client, client credentials or the employee's refresh token from
    the keyring) must obtain an access token."""
    from balie.commands.sync import token_provider
    from balie.sync import environments
    from balie.sync.problems import ApiError, CredentialsRejected, SignInRequired, Unauthorized
    from balie.sync.secrets import SecretStoreUnavailable

    env_name = config.get("platform", "environment")
    auth = config.get("platform", "auth_url") or None
    search = config.get("platform", "search_url") or None
    timeout = (config.get_float("platform", "connect_timeout"),
               config.get_float("platform", "read_timeout"))
    try:
        if env_name == "training":
            env = environments.training(url, auth, search)
        else:
            env = environments.by_name(env_name).with_overrides(
                config.get("platform", "api_url") or None, auth, search)
        if env_name != "training" and config.get("platform", "auth_mode") == "client_credentials":
            from balie.sync.secrets import SecretStore

            if not SecretStore(env_name).client_secret(config.get("platform", "client_id")):
                return Credentials.MISSING, "Er staat geen clientgeheim in de sleutelbos."
        tokens, _client_id = token_provider(config, env_name, env, session, timeout)
        tokens.access_token()
    except SecretStoreUnavailable as exc:
        return Credentials.MISSING, exc.user_message()
    except ConfigError as exc:
        return Credentials.MISSING, str(exc)
    except SignInRequired:
        return Credentials.MISSING, ""
    except (CredentialsRejected, Unauthorized):
        return Credentials.REJECTED, ""
    except ApiError as exc:
        return Credentials.NOT_CHECKED, exc.user_message()
    return Credentials.OK, ""


def data_dir_note(data_dir: DataDir) -> CheckResult | None:
    if data_dir.kind is DataDirKind.USER:
        return CheckResult("data_dir", "Gegevensmap", Severity.WARN,
                           f"De kassa bewaart haar gegevens in de map van deze Windows-gebruiker "
                           f"({data_dir.path}); een andere gebruiker ziet de wachtrij niet.",
                           "Installeer balie opnieuw als beheerder (dat maakt C:\\ProgramData\\balie "
                           "aan) of stel [store] data_dir in.")
    return CheckResult("data_dir", "Gegevensmap", Severity.OK, str(data_dir.path))


def store_probes(store_path: Path) -> tuple[set[str], str, Callable[[], datetime | None],
                                            Callable[[], QueueFigures]]:
    from balie.store.migrate import current_revision, head_revision, known_revisions

    known, head = known_revisions(), head_revision()

    def with_store(read: Callable[[Any], Any]) -> Any:
        from balie.store import Store

        revision, _ = current_revision(store_path)
        if revision != head:
            raise RuntimeError("store not at the newest schema; doctor does not migrate")
        store = Store.open(store_path)
        try:
            return read(store)
        finally:
            store.close()

    def refreshed_at() -> datetime | None:
        if not store_path.exists():
            return None
        lists = with_store(lambda s: s.reference.social_tariff_lists())
        return min((x.fetched_at for x in lists), default=None)

    def queue() -> QueueFigures:
        if not store_path.exists():
            return QueueFigures(pending=0)
        stats = with_store(lambda s: s.outbox.stats())
        return QueueFigures(pending=stats.length, oldest_pending_at=stats.oldest_pending_at,
                            needs_attention=stats.needs_attention,
                            counts={"pending": stats.pending, "sent": stats.sent})

    return known, head, refreshed_at, queue


def collect(args: argparse.Namespace, *, readers: Callable[[], Sequence[str]] = list_readers,
            now: Callable[[], datetime] | None = None,
            free: Callable[[Path], int] | None = None) -> tuple[DoctorReport, Config, DataDir]:
    """Run every check; the keyword arguments let tests replace one probe and keep the rest."""
    config, data_dir = load(args)
    known, head, refreshed_at, queue = store_probes(data_dir.store_path)
    extra: dict[str, Any] = {}
    if now is not None:
        extra["now"] = now
    if free is not None:
        extra["free"] = free
    policy = config.policies().for_organizer(config.get("counter", "organizer_id"))
    probes = DoctorProbes(
        list_readers=readers, store_path=data_dir.store_path, known_versions=known,
        head_version=head, observe_platform=lambda: observe_platform(config),
        social_tariff_refreshed_at=refreshed_at, queue_figures=queue,
        nfc_reader=config.get("readers", "nfc"), eid_reader=config.get("readers", "eid"),
        warn_hours=int(policy.social_list_warn_after.total_seconds() // 3600),
        refuse_days=policy.social_list_refuse_after.days,
        data_dir_note=data_dir_note(data_dir), **extra)
    return diagnose(probes), config, data_dir


def run(args: argparse.Namespace) -> int:
    try:
        report, _config, _dd = collect(args)
    except ConfigError as exc:
        print(f"[FOUT] Instellingen: {exc}", file=sys.stderr)
        return 1
    except DataDirError as exc:
        print(f"[FOUT] Gegevensmap: {exc.problem.message} {exc.problem.next_step}", file=sys.stderr)
        return 1
    if getattr(args, "json", False):
        print(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(report.render_text())
    return report.exit_code
