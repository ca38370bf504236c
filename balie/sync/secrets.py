"""Refresh tokens and client secrets live in the operating system's keyring, nowhere else.

A refresh token is as good as a password for UiTPAS. Counter PCs are shared and their data folder
is backed up and copied into support bundles, so secrets never go into files: when no real keyring
backend is available we refuse with a clear Dutch message instead of silently falling back.
"""

from __future__ import annotations

import logging

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from balie.crypto import usable_keyring

log = logging.getLogger(__name__)

SERVICE = "balie-uitpas"


class SecretStoreUnavailable(Exception):
    """No usable OS keyring; sign-in tokens and secrets cannot be stored safely."""

    code = "keyring-unavailable"

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or "no usable keyring backend")
        self.detail = detail

    def user_message(self) -> str:
        return (
            "balie kan je aanmelding niet veilig bewaren: er is geen sleutelbos (keyring) "
            "beschikbaar op deze computer. Vraag de IT-dienst om Windows Credential Manager of "
            "een andere sleutelbos in te schakelen."
        )


class SecretStore:
    """Named secrets for one environment ('test', 'production', 'training')."""

    def __init__(self, environment: str, backend: KeyringBackend | None = None) -> None:
        self.environment = environment
        self._backend = backend

    def _keyring(self) -> KeyringBackend:
        backend = self._backend or keyring.get_keyring()
        if not usable_keyring(backend):
            raise SecretStoreUnavailable(f"keyring backend {type(backend).__name__} is not usable")
        return backend

    def _name(self, kind: str, key: str) -> str:
        return f"{self.environment}/{kind}/{key}"

    def _get(self, name: str) -> str | None:
        try:
            return self._keyring().get_password(SERVICE, name)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreUnavailable(f"keyring read failed: {type(exc).__name__}") from exc

    def _set(self, name: str, value: str) -> None:
        try:
            self._keyring().set_password(SERVICE, name, value)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreUnavailable(f"keyring write failed: {type(exc).__name__}") from exc

    def _delete(self, name: str) -> None:
        try:
            self._keyring().delete_password(SERVICE, name)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            raise SecretStoreUnavailable(f"keyring delete failed: {type(exc).__name__}") from exc

    # refresh tokens, one per (client id, account) — account is who signed in on this PC
    def refresh_token(self, client_id: str, account: str = "default") -> str | None:
        return self._get(self._name("refresh-token", f"{client_id}/{account}"))

    def save_refresh_token(self, client_id: str, token: str, account: str = "default") -> None:
        self._set(self._name("refresh-token", f"{client_id}/{account}"), token)

    def forget_refresh_token(self, client_id: str, account: str = "default") -> None:
        self._delete(self._name("refresh-token", f"{client_id}/{account}"))

    # client secrets for client-credentials deployments
    def client_secret(self, client_id: str) -> str | None:
        return self._get(self._name("client-secret", client_id))

    def save_client_secret(self, client_id: str, secret: str) -> None:
        self._set(self._name("client-secret", client_id), secret)

    def forget_client_secret(self, client_id: str) -> None:
        self._delete(self._name("client-secret", client_id))
