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
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from balie.app.commands.common import load
from balie.config import Config, ConfigError
from balie.datadir import DataDir, DataDirError, DataDirKind
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
    check_ignored_user_settings,
    diagnose,
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the findings as JSON")
    parser.add_argument("--full", action="store_true",
                        help="check every page and index of the store (integrity_check; slow on "
                             "a large store) instead of the quick check")


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

    from balie.logs import mask_text

    url, training = _api_url(config)
    shown = mask_text(url)  # a password typed into api_url never reaches the screen or a bundle
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
        return PlatformObservation(url=shown, error=_network_words(exc), training=training)
    if response.status_code >= 500:
        return PlatformObservation(url=shown, error=f"het platform antwoordt met fout "
                                                  f"{response.status_code}", training=training)
    server_date = None
    if response.headers.get("Date"):
        try:
            server_date = parsedate_to_datetime(response.headers["Date"]).astimezone(UTC)
        except (TypeError, ValueError):
            server_date = None
    check = credentials or (lambda sess, api: check_sign_in(config, sess, api))
    state, detail = check(session, url)
    return PlatformObservation(url=shown, server_date=server_date, credentials=state, detail=detail,
                               training=training)


def check_sign_in(config: Config, session: Any, url: str) -> tuple[Credentials, str]:
    """Prove the configured sign-in against the authorization server: the same token provider
    ``balie sync`` uses (training client, client credentials or the employee's refresh token from
    the keyring) must obtain an access token."""
    from balie.app.commands.sync import token_provider
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
    except ApiError as exc:  # the API answered, the sign-in did not: not "reachable, fine"
        return Credentials.FAILED, exc.user_message()
    return Credentials.OK, ""


def data_dir_note(data_dir: DataDir) -> CheckResult | None:
    if data_dir.kind is DataDirKind.USER:
        return CheckResult("data_dir", "Gegevensmap", Severity.WARN,
                           f"De balie bewaart haar gegevens in de map van deze Windows-gebruiker "
                           f"({data_dir.path}); een andere gebruiker ziet de wachtrij niet.",
                           "Installeer balie opnieuw als beheerder (dat maakt C:\\ProgramData\\balie "
                           "aan) of stel [store] data_dir in.")
    return CheckResult("data_dir", "Gegevensmap", Severity.OK, str(data_dir.path))


def _load_even_unwritable(args: argparse.Namespace) -> tuple[Config, DataDir,
                                                              CheckResult | None]:
    """Doctor only reads: a chosen data dir on a full or read-only disk is a finding (with its
    cause), not a reason to stop before the other checks."""
    from balie.app.commands.common import load_config_only

    try:
        config, data_dir = load(args)
        return config, data_dir, data_dir_note(data_dir)
    except DataDirError as exc:
        if exc.problem.code not in ("data-dir-full", "data-dir-not-writable"):
            raise
        note = CheckResult("data_dir", "Gegevensmap", Severity.FAIL, exc.problem.message,
                           exc.problem.next_step)
        return (load_config_only(args), DataDir(Path(exc.problem.extras["path"]),
                                                DataDirKind.OVERRIDE), note)


class StoreProbes:
    """The store as doctor (and the support bundle) sees it: checked once (quick_check, or the
    full integrity_check with ``--full``), then opened at most once for the figures, and only
    when the check passed and the schema is already the newest (doctor does not migrate)."""

    def __init__(self, config: Config, data_dir: DataDir, *, full: bool = False) -> None:
        from balie.doctor import check_store
        from balie.store.migrate import head_revision, known_revisions

        self.config, self.data_dir = config, data_dir
        self.known, self.head = known_revisions(), head_revision()
        self.result = check_store(data_dir.store_path, self.known, self.head, full=full)
        self._store: Any = None

    @property
    def usable(self) -> bool:
        return self.data_dir.store_path.exists() and self.result.severity is Severity.OK

    def store(self) -> Any:
        from balie.store import Store

        if self._store is None:
            if not self.usable:
                raise ProbeError("store-unusable", self.result.detail)
            self._store = Store.open(self.data_dir.store_path, backups=self.data_dir.backups,
                                     checked=True)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def refreshed_at(self) -> datetime | None:
        if not self.data_dir.store_path.exists():
            return None
        lists = self.store().reference.social_tariff_lists()
        return min((x.fetched_at for x in lists), default=None)

    def queue(self) -> QueueFigures:
        if not self.data_dir.store_path.exists():
            return QueueFigures(pending=0)
        stats = self.store().outbox.stats()
        return QueueFigures(pending=stats.length, oldest_pending_at=stats.oldest_pending_at,
                            needs_attention=stats.needs_attention,
                            counts={"pending": stats.pending, "sent": stats.sent})

    def key(self) -> CheckResult | None:
        """Is the key of a sealed (live) store in this user's keyring, and the right one?"""
        from balie.app.commands.common import is_live
        from balie.crypto import KEY_CHECK_SETTING, CryptoError, KeyringKeySource, open_cipher

        title = "Sleutel van de databank"
        if not self.usable:
            return None
        store = self.store()
        check = store.get_setting(KEY_CHECK_SETTING)
        if check is None:
            if not is_live(self.config):
                return None  # a training store is kept in clear
            return CheckResult("store_key", title, Severity.INFO,
                               "Nog geen sleutel: balie maakt hem bij de eerste start in de "
                               "sleutelbos van het besturingssysteem.")
        try:
            open_cipher(store.device_id, check, KeyringKeySource())
        except CryptoError as exc:
            return CheckResult("store_key", title, Severity.FAIL, exc.problem.message,
                               exc.problem.next_step)
        return CheckResult("store_key", title, Severity.OK,
                           "De sleutel staat in de sleutelbos en past bij de databank.")


def collect(args: argparse.Namespace, *, readers: Callable[[], Sequence[str]] = list_readers,
            now: Callable[[], datetime] | None = None,
            free: Callable[[Path], int] | None = None,
            keep: list[StoreProbes] | None = None) -> tuple[DoctorReport, Config, DataDir]:
    """Run every check; the keyword arguments let tests replace one probe and keep the rest.
    ``keep``: receives the store probes (open) for a caller that reads more from the store
    (the support bundle), which then closes them; otherwise they are closed here."""
    config, data_dir, note = _load_even_unwritable(args)
    platform = (lambda: PlatformObservation(url="", skipped=True)) \
        if getattr(args, "skip_platform", False) else (lambda: observe_platform(config))
    store = StoreProbes(config, data_dir, full=getattr(args, "full", False))
    extra: dict[str, Any] = {}
    if now is not None:
        extra["now"] = now
    if free is not None:
        extra["free"] = free
    policy = config.policies().for_organizer(config.get("counter", "organizer_id"))
    probes = DoctorProbes(
        list_readers=readers, store_path=data_dir.store_path, known_versions=store.known,
        head_version=store.head, observe_platform=platform,
        social_tariff_refreshed_at=store.refreshed_at, queue_figures=store.queue,
        nfc_reader=config.get("readers", "nfc"), eid_reader=config.get("readers", "eid"),
        warn_hours=int(policy.social_list_warn_after.total_seconds() // 3600),
        refuse_days=policy.social_list_refuse_after.days,
        data_dir_note=note, store_result=store.result, store_key=store.key,
        **extra)
    try:
        report = diagnose(probes)
        ignored = check_ignored_user_settings(config.ignored)
        if ignored is not None:
            report = DoctorReport((*report.results, ignored))
        return report, config, data_dir
    finally:
        if keep is not None:
            keep.append(store)
        else:
            store.close()


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
