"""The training authorization server: OpenID discovery, client credentials, authorization code with
PKCE (S256) behind a Dutch login page, refresh-token rotation, userinfo and logout.

Tokens are opaque random strings kept in memory (like the real platform, clients must not parse
them). Lifetimes run on the real monotonic clock, not the settable platform clock, so moving the
demo day does not invalidate sessions; ``expire_all`` is the tool for testing expiry.
"""

from __future__ import annotations

import base64
import hashlib
import html
import secrets
import threading
import time
from dataclasses import dataclass
from urllib.parse import urlencode, urlparse

from balie.training import demo
from balie.training.web import Request, Response, json_response

REALM = "/realms/uitid"
OIDC = REALM + "/protocol/openid-connect"
CODE_LIFETIME_S = 120
REFRESH_LIFETIME_S = 30 * 24 * 3600


@dataclass(frozen=True)
class Grant:
    subject: str  # client id, or "user:<login>"
    expires_at: float


@dataclass(frozen=True)
class PendingCode:
    client_id: str
    redirect_uri: str
    challenge: str
    user: str
    expires_at: float


def discovery(base: str) -> dict[str, object]:
    return {
        "issuer": base + REALM,
        "authorization_endpoint": base + OIDC + "/auth",
        "token_endpoint": base + OIDC + "/token",
        "userinfo_endpoint": base + OIDC + "/userinfo",
        "end_session_endpoint": base + OIDC + "/logout",
        "grant_types_supported": ["authorization_code", "client_credentials", "refresh_token"],
        "response_types_supported": ["code"],
        "code_challenge_methods_supported": ["S256"],
        "scopes_supported": ["openid", "email", "offline_access"],
        "token_endpoint_auth_methods_supported": ["client_secret_post", "client_secret_basic", "none"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["none"],
    }


def _oauth_error(error: str, description: str, status: int = 400) -> Response:
    return json_response({"error": error, "error_description": description}, status)


def redirect_allowed(uri: str) -> bool:
    parts = urlparse(uri)
    return parts.scheme == "http" and parts.hostname in ("127.0.0.1", "localhost")


class AuthServer:
    def __init__(self, token_lifetime: int = 3600) -> None:
        self.token_lifetime = token_lifetime
        self._access: dict[str, Grant] = {}
        self._refresh: dict[str, Grant] = {}
        self._codes: dict[str, PendingCode] = {}
        self._lock = threading.Lock()

    # -- tokens ---------------------------------------------------------------------------------
    def subject_of(self, token: str) -> str | None:
        with self._lock:
            grant = self._access.get(token)
        if grant is None or grant.expires_at <= time.monotonic():
            return None
        return grant.subject

    def expire_all(self) -> None:
        with self._lock:
            self._access.clear()

    def reset(self) -> None:
        with self._lock:
            self._access.clear()
            self._refresh.clear()
            self._codes.clear()

    def issue_client_token(self) -> str:
        """For tests and the CLI: what a client-credentials call would return."""
        return self._issue(demo.CLIENT_ID, refresh=False)["access_token"]  # type: ignore[return-value]

    def _issue(self, subject: str, refresh: bool) -> dict[str, object]:
        token = secrets.token_urlsafe(32)
        now = time.monotonic()
        body: dict[str, object] = {"access_token": token, "expires_in": self.token_lifetime,
                                   "token_type": "Bearer"}
        with self._lock:
            self._access[token] = Grant(subject, now + self.token_lifetime)
            if refresh:
                rt = secrets.token_urlsafe(32)
                self._refresh[rt] = Grant(subject, now + REFRESH_LIFETIME_S)
                body.update(refresh_token=rt, refresh_expires_in=REFRESH_LIFETIME_S,
                            id_token=secrets.token_urlsafe(24), scope="openid email offline_access")
        return body

    # -- endpoints ------------------------------------------------------------------------------
    def token(self, req: Request) -> Response:
        form = req.form()
        client_id, secret = form.get("client_id", ""), form.get("client_secret", "")
        basic = req.headers.get("authorization", "")
        if basic.lower().startswith("basic "):
            try:
                client_id, _, secret = base64.b64decode(basic[6:]).decode().partition(":")
            except ValueError:
                return _oauth_error("invalid_client", "Malformed basic credentials.", 401)
        grant = form.get("grant_type", "")
        if grant == "client_credentials":
            if client_id != demo.CLIENT_ID or secret != demo.CLIENT_SECRET:
                return _oauth_error("invalid_client", "Unknown client or wrong secret.", 401)
            return json_response(self._issue(client_id, refresh=False))
        if grant == "authorization_code":
            return self._exchange_code(form, client_id)
        if grant == "refresh_token":
            with self._lock:
                old = self._refresh.pop(form.get("refresh_token", ""), None)
            if old is None or old.expires_at <= time.monotonic():
                return _oauth_error("invalid_grant", "Refresh token unknown, used or expired.")
            return json_response(self._issue(old.subject, refresh=True))
        return _oauth_error("unsupported_grant_type", f"grant_type '{grant}' is not supported.")

    def _exchange_code(self, form: dict[str, str], client_id: str) -> Response:
        with self._lock:
            pending = self._codes.pop(form.get("code", ""), None)
        if pending is None or pending.expires_at <= time.monotonic():
            return _oauth_error("invalid_grant", "Code unknown, used or expired.")
        if client_id != pending.client_id or form.get("redirect_uri", pending.redirect_uri) != pending.redirect_uri:
            return _oauth_error("invalid_grant", "Code was issued to another client or redirect URI.")
        verifier = form.get("code_verifier", "")
        digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
        if not verifier or digest != pending.challenge:
            return _oauth_error("invalid_grant", "PKCE verification failed.")
        return json_response(self._issue(pending.user, refresh=True))

    def authorize(self, req: Request) -> Response:
        """GET shows the login form; POST checks the demo employee and redirects with a code."""
        params = req.form() if req.method == "POST" else {k: v[0] for k, v in req.query.items()}
        client_id = params.get("client_id", "")
        redirect_uri = params.get("redirect_uri", "")
        if client_id != demo.PUBLIC_CLIENT_ID or not redirect_allowed(redirect_uri):
            return _page("Onbekende toepassing of terugkeeradres.", params, status=400, form=False)
        if params.get("response_type", "code") != "code" or params.get("code_challenge_method") != "S256" \
                or not params.get("code_challenge"):
            return _page("Deze aanmelding vraagt PKCE met S256.", params, status=400, form=False)
        if req.method != "POST":
            return _page("", params)
        login = params.get("username", "")
        known = demo.EMPLOYEES.get(login)
        if known is None or known[0] != params.get("password", ""):
            return _page("Gebruikersnaam of wachtwoord klopt niet.", params)
        code = secrets.token_urlsafe(24)
        with self._lock:
            self._codes[code] = PendingCode(client_id, redirect_uri, params["code_challenge"],
                                            f"user:{login}", time.monotonic() + CODE_LIFETIME_S)
        query = {"code": code}
        if params.get("state"):
            query["state"] = params["state"]
        sep = "&" if "?" in redirect_uri else "?"
        return Response(302, b"", "", {"Location": f"{redirect_uri}{sep}{urlencode(query)}"})

    def userinfo(self, req: Request) -> Response:
        auth = req.headers.get("authorization", "")
        subject = self.subject_of(auth[7:]) if auth.lower().startswith("bearer ") else None
        if subject is None:
            return _oauth_error("invalid_token", "Missing or expired access token.", 401)
        login = subject.removeprefix("user:")
        name, email = (demo.EMPLOYEES[login][1], demo.EMPLOYEES[login][2]) if login in demo.EMPLOYEES \
            else (login, "")
        return json_response({"sub": subject, "given_name": name, "email": email})

    def logout(self, req: Request) -> Response:
        target = req.q("post_logout_redirect_uri")
        if target and redirect_allowed(target):
            return Response(302, b"", "", {"Location": target})
        return Response(200, b"<html><body><p>Je bent afgemeld van de oefenomgeving.</p></body></html>"
, "text/html; charset=utf-8")


_HIDDEN = ("client_id", "redirect_uri", "response_type", "state", "code_challenge",
           "code_challenge_method", "scope", "prompt", "ui_locales")


def _page(error: str, params: dict[str, str], status: int = 200, form: bool = True) -> Response:
    esc = html.escape
    hidden = "".join(f'<input type="hidden" name="{k}" value="{esc(params[k])}">'
                     for k in _HIDDEN if k in params)
    err = f'<p class="fout" role="alert">{esc(error)}</p>' if error else ""
    body = (
        '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Aanmelden – oefenomgeving'
        "</title></head><body><h1>Aanmelden bij de UiTPAS-oefenomgeving</h1>"
        "<p>Dit is een oefenomgeving: niets wordt naar UiTPAS gestuurd. Gebruik bv. <b>kassa</b> / "
        f"<b>training</b>.</p>{err}"
        + (f'<form method="post">{hidden}<label>Gebruikersnaam <input name="username" autofocus></label>'
           '<label>Wachtwoord <input name="password" type="password"></label>'
           '<button type="submit">Aanmelden</button></form>' if form else "")
        + "</body></html>")
    return Response(status, body.encode("utf-8"), "text/html; charset=utf-8")
