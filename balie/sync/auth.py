"""Getting and keeping a UiTPAS access token, the two ways a counter may.

(a) An employee signs in through the system browser: OAuth2 authorization code with PKCE (S256)
and a one-shot loopback listener (RFC 8252), ``prompt=login`` because counter PCs are shared.
The refresh token goes to the OS keyring. Refresh tokens rotate: each refresh returns a new one and
kills the old, so the new one is saved *before* the new access token is used — a crash in between
must not leave us holding only a dead token.

(b) Client credentials, for deployments run by a city's IT; the secret sits in the keyring.

Both hand out tokens through :class:`TokenProvider`: renewed a few minutes before expiry (clock
skew), and on demand after a 401. Tokens are opaque (never decoded) and never logged.
"""

from __future__ import annotations

import base64
import hashlib
import html
import logging
import secrets as pysecrets
import threading
import time
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlencode, urlsplit

import requests

from balie.sync.client import DEFAULT_TIMEOUT, make_session, send
from balie.sync.environments import Environment
from balie.sync.problems import (
    CredentialsRejected,
    InvalidResponse,
    SignInFailed,
    SignInRequired,
    problem_from_answer,
)

if TYPE_CHECKING:  # the keyring is loaded by whoever makes a SecretStore (not a training start)
    from balie.sync.secrets import SecretStore

log = logging.getLogger(__name__)

DEFAULT_REFRESH_MARGIN = 300.0  # seconds before expiry we renew
SCOPES = "openid email offline_access"


# ----------------------------------------------------------------------------------------------
# discovery


@dataclass(frozen=True)
class OidcEndpoints:
    token: str
    authorization: str
    userinfo: str | None = None
    end_session: str | None = None

    @classmethod
    def keycloak(cls, auth_url: str, realm_path: str = "/realms/uitid") -> OidcEndpoints:
        base = auth_url.rstrip("/") + realm_path + "/protocol/openid-connect"
        return cls(token=base + "/token", authorization=base + "/auth", userinfo=base + "/userinfo",
                   end_session=base + "/logout")


def discover(session: requests.Session, env: Environment,
             timeout: tuple[float, float] = DEFAULT_TIMEOUT) -> OidcEndpoints:
    """Read the discovery document (realm path first, then the host root); fall back to
    Keycloak's fixed paths when neither answers, so sign-in works even if discovery is down."""
    base = env.auth_url.rstrip("/")
    for url in (f"{base}{env.realm_path}/.well-known/openid-configuration", f"{base}/.well-known/openid-configuration"):
        try:
            response = send(session, "GET", url, write=False, timeout=timeout)
            if response.status_code == 200:
                doc = response.json()
                return OidcEndpoints(
                    token=doc["token_endpoint"], authorization=doc["authorization_endpoint"],
                    userinfo=doc.get("userinfo_endpoint"), end_session=doc.get("end_session_endpoint"),
                )
        except (ValueError, KeyError, TypeError):
            continue
    return OidcEndpoints.keycloak(base, env.realm_path)


# ----------------------------------------------------------------------------------------------
# tokens


@dataclass(frozen=True)
class TokenSet:
    """An access token and when (monotonic clock) we stop trusting it."""

    access_token: str
    renew_at: float
    refresh_token: str | None = None
    id_token: str | None = None

    def __repr__(self) -> str:  # never print tokens, not even in a traceback
        return f"TokenSet(renew_at={self.renew_at:.0f}, refresh={'yes' if self.refresh_token else 'no'})"


def _token_request(session: requests.Session, endpoints: OidcEndpoints, form: dict[str, str],
                   timeout: tuple[float, float], clock: Callable[[], float], margin: float) -> TokenSet:
    response = send(session, "POST", endpoints.token, write=False, timeout=timeout, data=form)
    if response.status_code in (400, 401):
        try:
            error = str(response.json().get("error", ""))
        except ValueError:
            error = ""
        if form["grant_type"] == "client_credentials":
            raise CredentialsRejected(f"token endpoint said {error or response.status_code}")
        raise SignInRequired(f"token endpoint said {error or response.status_code}")
    if response.status_code != 200:
        raise problem_from_answer(response.status_code, response.content, "", response.headers.get("Retry-After"))
    try:
        doc = response.json()
        access = str(doc["access_token"])
        lifetime = float(doc.get("expires_in", 300))
    except (ValueError, KeyError, TypeError, AttributeError):
        raise InvalidResponse("token endpoint answer is not a token") from None
    early = min(margin, lifetime / 2)
    return TokenSet(
        access_token=access,
        renew_at=clock() + lifetime - early,
        refresh_token=doc.get("refresh_token"),
        id_token=doc.get("id_token"),
    )


class _CachingProvider:
    """Shared logic: hand out the cached token until it is due, renew under a lock."""

    def __init__(self, clock: Callable[[], float], margin: float) -> None:
        self._clock = clock
        self._margin = margin
        self._lock = threading.Lock()
        self._tokens: TokenSet | None = None

    def _renew(self) -> TokenSet:
        raise NotImplementedError

    def access_token(self) -> str:
        with self._lock:
            if self._tokens is None or self._clock() >= self._tokens.renew_at:
                self._tokens = self._renew()
            return self._tokens.access_token

    def invalidate(self, token: str) -> None:
        with self._lock:
            if self._tokens is not None and self._tokens.access_token == token:
                self._tokens = TokenSet("", renew_at=float("-inf"), refresh_token=self._tokens.refresh_token,
                                        id_token=self._tokens.id_token)


class ClientCredentialsProvider(_CachingProvider):
    """Client access token for city-managed deployments (the secret never leaves the keyring)."""

    def __init__(self, endpoints: OidcEndpoints, client_id: str, client_secret: str, *,
                 session: requests.Session | None = None, timeout: tuple[float, float] = DEFAULT_TIMEOUT,
                 clock: Callable[[], float] = time.monotonic, margin: float = DEFAULT_REFRESH_MARGIN) -> None:
        super().__init__(clock, margin)
        self.endpoints = endpoints
        self.client_id = client_id
        self._secret = client_secret
        self._session = session or make_session()
        self._timeout = timeout

    @classmethod
    def from_keyring(cls, endpoints: OidcEndpoints, client_id: str, store: SecretStore,
                     **kwargs: Any) -> ClientCredentialsProvider:
        secret = store.client_secret(client_id)
        if not secret:
            raise CredentialsRejected("no client secret stored for this client id")
        return cls(endpoints, client_id, secret, **kwargs)

    def _renew(self) -> TokenSet:
        log.info("requesting client access token")
        form = {"grant_type": "client_credentials", "client_id": self.client_id, "client_secret": self._secret}
        return _token_request(self._session, self.endpoints, form, self._timeout, self._clock, self._margin)


class UserSession(_CachingProvider):
    """An employee's sign-in: access tokens from the refresh token kept in the keyring."""

    def __init__(self, endpoints: OidcEndpoints, client_id: str, store: SecretStore, *, account: str = "default",
                 session: requests.Session | None = None, timeout: tuple[float, float] = DEFAULT_TIMEOUT,
                 clock: Callable[[], float] = time.monotonic, margin: float = DEFAULT_REFRESH_MARGIN,
                 initial: TokenSet | None = None) -> None:
        super().__init__(clock, margin)
        self.endpoints = endpoints
        self.client_id = client_id
        self.account = account
        self._store = store
        self._session = session or make_session()
        self._timeout = timeout
        self._tokens = initial
        self.id_token: str | None = initial.id_token if initial else None

    def is_signed_in(self) -> bool:
        return bool(self._store.refresh_token(self.client_id, self.account))

    def _renew(self) -> TokenSet:
        refresh = self._store.refresh_token(self.client_id, self.account)
        if not refresh:
            raise SignInRequired("no refresh token stored")
        form = {"grant_type": "refresh_token", "client_id": self.client_id, "refresh_token": refresh}
        try:
            tokens = _token_request(self._session, self.endpoints, form, self._timeout, self._clock, self._margin)
        except SignInRequired:
            self._store.forget_refresh_token(self.client_id, self.account)
            raise
        if tokens.refresh_token:
            # rotation: the old refresh token is dead now; persist the new one before using anything
            self._store.save_refresh_token(self.client_id, tokens.refresh_token, self.account)
        if tokens.id_token:
            self.id_token = tokens.id_token
        log.info("access token refreshed for a signed-in user")
        return tokens

    def sign_out(self, post_logout_redirect_uri: str | None = None) -> str | None:
        """Forget the refresh token here and return the logout URL the browser must visit (without
        it, single sign-on logs the next person at this PC in as this one)."""
        self._store.forget_refresh_token(self.client_id, self.account)
        with self._lock:
            self._tokens = None
        if not self.endpoints.end_session:
            return None
        params = {"client_id": self.client_id}
        if self.id_token:
            params["id_token_hint"] = self.id_token
        if post_logout_redirect_uri:
            params["post_logout_redirect_uri"] = post_logout_redirect_uri
        return self.endpoints.end_session + "?" + urlencode(params)


# ----------------------------------------------------------------------------------------------
# PKCE sign-in through the system browser


def make_code_verifier() -> str:
    """43-128 unreserved characters (RFC 7636 §4.1); 64 from 48 random bytes."""
    return pysecrets.token_urlsafe(48)


def code_challenge(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def authorization_url(endpoints: OidcEndpoints, client_id: str, redirect_uri: str, verifier: str, state: str,
                      *, prompt: str = "login", ui_locales: str = "nl") -> str:
    params = {
        "response_type": "code", "client_id": client_id, "redirect_uri": redirect_uri, "scope": SCOPES,
        "code_challenge": code_challenge(verifier), "code_challenge_method": "S256", "state": state,
        "prompt": prompt, "ui_locales": ui_locales,
    }
    return endpoints.authorization + "?" + urlencode(params)


_DONE_PAGE = """<!doctype html><html lang="nl"><meta charset="utf-8"><title>balie</title>
<body style="font-family:sans-serif"><h1>{title}</h1><p>{text}</p></body></html>"""


class LoopbackReceiver:
    """A one-shot HTTP listener on 127.0.0.1:<ephemeral port> that catches the redirect."""

    PATH = "/callback"

    def __init__(self) -> None:
        self.result: dict[str, str] | None = None
        self._done = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # http.server naming
                parts = urlsplit(self.path)
                if parts.path != LoopbackReceiver.PATH or receiver._done.is_set():
                    self.send_response(404)
                    self.end_headers()
                    return
                query = {k: v[0] for k, v in parse_qs(parts.query).items()}
                ok = "code" in query
                page = _DONE_PAGE.format(
                    title="Aangemeld" if ok else "Aanmelden mislukt",
                    text=html.escape("Je bent aangemeld bij balie. Je mag dit venster sluiten." if ok
                                     else "Ga terug naar balie en probeer opnieuw."),
                ).encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(page)))
                self.end_headers()
                self.wfile.write(page)
                receiver.result = query
                receiver._done.set()

            def log_message(self, format: str, *args: Any) -> None:  # the query holds the code
                pass

        self._server = HTTPServer(("127.0.0.1", 0), Handler)
        self._server.timeout = 0.2
        self.redirect_uri = f"http://127.0.0.1:{self._server.server_address[1]}{self.PATH}"
        self._thread = threading.Thread(target=self._serve, name="balie-oauth-loopback", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._done.is_set() and not getattr(self, "_closed", False):
            self._server.handle_request()

    def wait(self, timeout: float) -> dict[str, str] | None:
        self._done.wait(timeout)
        return self.result

    def close(self) -> None:
        self._closed = True
        self._done.set()
        self._thread.join(timeout=2)
        self._server.server_close()


def sign_in_with_browser(
    endpoints: OidcEndpoints,
    client_id: str,
    store: SecretStore,
    *,
    account: str = "default",
    browser_opener: Callable[[str], Any] = webbrowser.open,
    timeout: float = 300.0,
    session: requests.Session | None = None,
    http_timeout: tuple[float, float] = DEFAULT_TIMEOUT,
    clock: Callable[[], float] = time.monotonic,
    margin: float = DEFAULT_REFRESH_MARGIN,
) -> UserSession:
    """Open the browser on the sign-in page, wait for the redirect, exchange the code, keep the
    refresh token in the keyring, and return a ready :class:`UserSession`."""
    session = session or make_session()
    verifier = make_code_verifier()
    state = pysecrets.token_urlsafe(24)
    receiver = LoopbackReceiver()
    try:
        browser_opener(authorization_url(endpoints, client_id, receiver.redirect_uri, verifier, state))
        result = receiver.wait(timeout)
    finally:
        receiver.close()
    if not result:
        raise SignInFailed("no answer from the browser in time")
    if result.get("state") != state:
        raise SignInFailed("state mismatch on the sign-in redirect")
    if "error" in result or "code" not in result:
        raise SignInFailed(f"authorization server said {result.get('error', 'no code')}")
    form = {
        "grant_type": "authorization_code", "client_id": client_id, "code": result["code"],
        "code_verifier": verifier, "redirect_uri": receiver.redirect_uri,
    }
    try:
        tokens = _token_request(session, endpoints, form, http_timeout, clock, margin)
    except SignInRequired as exc:
        raise SignInFailed(exc.detail) from None
    if not tokens.refresh_token:
        raise SignInFailed("no refresh token returned (offline_access missing?)")
    store.save_refresh_token(client_id, tokens.refresh_token, account)
    log.info("user signed in through the browser")
    return UserSession(endpoints, client_id, store, account=account, session=session, timeout=http_timeout,
                       clock=clock, margin=margin, initial=tokens)
