"""The setup wizard's real services (sign-in, readers, saving the configuration, the first sync),
and running the wizard on the first start of a counter that is not set up."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from balie.app.compose import (
    StartRefused,
    _environment,
    _live_client,
    check_configured,
    compose_configured,
)
from balie.app.screen_ports import list_readers
from balie.config import load_config, overrides_from_args
from balie.domain import Problem

if TYPE_CHECKING:
    from balie.config import Config
    from balie.ui.setup_wizard import FirstSyncResult, SignInResult

log = logging.getLogger(__name__)


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

    def _config(self, extra: dict[str, dict[str, str]] | None = None) -> Config:
        merged = {k: dict(v) for k, v in self.overrides.items()}
        for section, keys in (extra or {}).items():
            merged.setdefault(section, {}).update(keys)
        existing = self.config_path if self.config_path and self.config_path.is_file() else None
        return load_config(merged, extra_path=existing)

    def list_readers(self) -> list[str]:
        return list_readers() or []

    def sign_in(self, environment: str, auth_mode: str, client_id: str,
                secret: str | None) -> SignInResult:
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
        from balie.config import (
            machine_config_path,
            user_config_path,
            write_machine_config,
        )

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

    def first_sync(self, on_progress: Callable[[str, int, int], None]) -> FirstSyncResult:
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
            worker = composition.sync
            assert worker is not None, "a configured composition has a sync worker"
            worker.on_progress = lambda p: on_progress(p.label, p.done, p.total or 0)
            report = worker.refresh()
        finally:
            composition.stop()
        if report.ok:
            return FirstSyncResult(True, f"{report.events} activiteiten en {report.rewards} "
                                         "voordelen opgehaald.")
        return FirstSyncResult(False, "; ".join(report.failures) or "UiTPAS antwoordde niet.")


def _run_setup_wizard(config_path: Path | None, data_dir: Path | None,
                      overrides_from: object) -> Config:
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
