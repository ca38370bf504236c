"""HTTP front of the training platform: routing, bearer check, fault injection, training marking.

Rule modules are plain functions ``(conn, now, request) -> Response`` run inside one database
transaction; this module owns everything about sockets. Every response carries
``X-Balie-Training: 1`` so no client can mistake this peer for the real UiTPAS.
"""

from __future__ import annotations

import json
import logging
import re
import socket
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import parse_qs, urlsplit

from balie.training import (
    catalog,
    checkins,
    coupons,
    passes,
    passholders,
    qr_checkin,
    rewards,
    sales,
    tariffs,
    validation,
)
from balie.training.auth import OIDC, REALM, discovery
from balie.training.faults import Action
from balie.training.problems import ApiError, event_not_found, unauthorized
from balie.training.search import search_events
from balie.training.web import Request, Response, json_response, problem

if TYPE_CHECKING:
    from balie.training.auth import AuthServer
    from balie.training.clock import Clock
    from balie.training.db import Database
    from balie.training.faults import Decision, FaultInjector

log = logging.getLogger(__name__)

API, WRITE, AUTH, ADMIN, SEARCH, EXPORT = "api", "write", "auth", "admin", "search", "export"


class ServedPlatform(Protocol):
    """What this server needs of the platform it serves, and nothing more.

    :class:`balie.training.platform.TrainingPlatform` is the one implementation: it starts this
    server and hands itself in (:func:`make_server`). The server names only this Protocol, so the
    two modules do not import each other and the server can be read (and tested) on its own."""

    @property
    def refusing(self) -> bool:
        """True while faults make the platform refuse connections."""
        ...

    @property
    def injector(self) -> FaultInjector: ...

    @property
    def auth(self) -> AuthServer: ...

    @property
    def clock(self) -> Clock: ...

    @property
    def db(self) -> Database: ...

    @property
    def auth_url(self) -> str: ...

    @property
    def search_url(self) -> str: ...

    def faults_for(self, path: str, is_write: bool) -> Decision: ...

    def run(self, handler: Callable[..., Response], req: Request, write: bool) -> Response:
        """Run a rule handler in one write (or read) transaction of the platform's database."""
        ...

    def admin(self, req: Request, path: str) -> Response:
        """Answer a ``/_training/...`` admin request (reset, faults, clock, bulk data)."""
        ...


@dataclass(frozen=True)
class Route:
    method: str
    pattern: re.Pattern[str]
    handler: Callable[..., Response]
    kind: str
    path: str  # the template, as balie.training.validation.OPERATIONS knows it


def _r(method: str, path: str, handler: Callable[..., Response], kind: str = API) -> Route:
    regex = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", path)
    return Route(method, re.compile(f"^{regex}/?$"), handler, kind, path)


ROUTES: tuple[Route, ...] = (
    _r("GET", "/passes", passes.get_pass),
    _r("GET", "/cards", passes.get_card),
    _r("GET", "/grouppasses", passes.list_grouppasses),
    _r("GET", "/grouppasses/{id}", passes.get_grouppass),
    _r("GET", "/grouppasses/{id}/coupons", coupons.grouppass_coupons),
    _r("GET", "/tariffs", tariffs.get_tariffs),
    _r("GET", "/tariffs/static", tariffs.get_static_tariffs),
    _r("POST", "/ticket-sales", sales.register, WRITE),
    _r("GET", "/ticket-sales", sales.search),
    _r("DELETE", "/ticket-sales/{id}", sales.cancel, WRITE),
    _r("POST", "/checkins", checkins.checkin, WRITE),
    _r("GET", "/checkin-status", checkins.status),
    _r("GET", "/checkins", checkins.search),
    _r("DELETE", "/checkins/{id}", checkins.cancel, WRITE),
    _r("GET", "/rewards", rewards.list_rewards),
    _r("POST", "/rewards/redeemed", rewards.redeem, WRITE),
    _r("GET", "/rewards/redeemed", rewards.list_redeemed),
    _r("DELETE", "/rewards/redeemed/{id}", rewards.cancel, WRITE),
    _r("GET", "/rewards/{id}", rewards.get_reward),
    _r("GET", "/rewards/{id}/redeem-status", rewards.redeem_status),
    _r("GET", "/passholders", passholders.search),
    _r("POST", "/passholders", passholders.register, WRITE),
    _r("GET", "/passholders/status/insz-numbers/{insz}", passholders.insz_status),
    _r("GET", "/passholders/membership-prices/{cs}", passholders.membership_price_new),
    _r("GET", "/passholders/{id}", passholders.get_one),
    _r("PUT", "/passholders/{id}", passholders.update, WRITE),
    _r("GET", "/passholders/{id}/memberships/{cs}", passholders.membership_preview),
    _r("POST", "/passholders/{id}/memberships/{cs}", passholders.membership_create, WRITE),
    _r("GET", "/passholders/{id}/membership-prices/{cs}", passholders.membership_price_existing),
    _r("GET", "/passholders/{id}/coupons", coupons.passholder_coupons),
    _r("GET", "/card-systems", catalog.list_card_systems),
    _r("GET", "/card-systems/{cs}", catalog.get_card_system),
    _r("GET", "/card-systems/{cs}/city-settings", catalog.city_settings),
    _r("GET", "/card-systems/{cs}/membership-prices", passholders.membership_price_list),
    _r("GET", "/cards/social-tariff/{cs}/active", catalog.social_tariff_export, EXPORT),
    _r("GET", "/organizers", catalog.list_organizers),
    _r("GET", "/organizers/{id}", catalog.get_organizer),
    _r("GET", "/permissions", catalog.permissions),
    _r("GET", "/events/{id}/settings", catalog.event_settings),
    _r("GET", "/events/{id}/card-systems", catalog.event_card_systems),
    _r("GET", "/events/{id}/qr-checkincodes/download-link", qr_checkin.download_link),
)
ALL_METHODS = "GET, POST, PUT, DELETE"
AUTH_PATHS = {
    ("GET", REALM + "/.well-known/openid-configuration"), ("GET", "/.well-known/openid-configuration"),
    ("POST", OIDC + "/token"), ("POST", "/oauth/token"), ("GET", OIDC + "/auth"), ("POST", OIDC + "/auth"),
    ("GET", OIDC + "/userinfo"), ("GET", OIDC + "/logout"),
}


class _Server(ThreadingHTTPServer):
    """Keeps track of its open connections and whether each one is idle (waiting for the next
    request on a keep-alive socket), so refusing connections can also close the idle ones."""

    daemon_threads = True
    allow_reuse_address = True
    platform: ServedPlatform

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler]) -> None:
        super().__init__(address, handler)
        self._conn_lock = threading.Lock()
        self._idle: dict[Handler, bool] = {}
        #: requests read whole and being answered now (a connection counted busy may still be
        #: between two requests; a test waiting for "my request arrived" needs this one)
        self.answering = 0

    def track(self, handler: Handler, idle: bool) -> bool:
        """Mark a connection idle or busy; False when it was closed meanwhile (refused)."""
        with self._conn_lock:
            if handler not in self._idle:
                return False
            self._idle[handler] = idle
            return True

    def opened(self, handler: Handler) -> None:
        with self._conn_lock:
            self._idle[handler] = True

    def closed(self, handler: Handler) -> None:
        with self._conn_lock:
            self._idle.pop(handler, None)

    def close_idle_connections(self) -> int:
        """Close every keep-alive connection that is waiting for a request, so a client's next
        request meets a closed connection before it sends anything (not a request read and
        then dropped). Requests being handled finish normally."""
        with self._conn_lock:
            idle = [h for h, is_idle in self._idle.items() if is_idle]
            for handler in idle:
                del self._idle[handler]
                handler.close_connection = True
                try:
                    handler.connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
        if idle:
            log.info("training fault: closed %d idle keep-alive connection(s)", len(idle))
        return len(idle)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that timed out or hung up (broken pipe, reset) is normal traffic here, not a
        traceback on stderr; anything else is still reported."""
        exc = sys.exc_info()[1]
        if isinstance(exc, ConnectionError):
            log.debug("training: client %s went away (%s)", client_address[0], type(exc).__name__)
            return
        super().handle_error(request, client_address)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in two writes: avoid 40 ms delayed-ACK stalls
    server: _Server
    server_version = "balie-training/1"

    def log_message(self, fmt: str, *args: Any) -> None:  # quiet: tests run thousands of requests
        log.debug("training %s", fmt % args)

    def setup(self) -> None:
        super().setup()
        self.server.opened(self)

    def finish(self) -> None:
        self.server.closed(self)
        super().finish()

    def handle_one_request(self) -> None:
        # A connection that was busy when refusal began closes once its answer is out, rather
        # than waiting for a next request it would have to drop.
        if not self.server.platform.refusing and self.server.track(self, idle=True):
            super().handle_one_request()
        else:
            self.close_connection = True

    def parse_request(self) -> bool:
        if not self.server.track(self, idle=False):  # closed by refuse_connections while reading
            self.close_connection = True
            return False
        return super().parse_request()

    def do_GET(self) -> None:
        self._handle()

    # Methods no operation has still get a problem answer (405 with Allow), not a 501 HTML page.
    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_TRACE = do_HEAD = do_GET  # noqa: N815 - http.server's names

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Errors raised by http.server itself (a bad request line, an unknown method, a header
        too long) are answered as problem+json too, like every other answer of the platform."""
        self.close_connection = True
        if code == 501:  # an HTTP method http.server has no handler for
            err = ApiError(405, "method/not-allowed", "Method not allowed",
                           f"{self.command} is not allowed.", headers={"Allow": ALL_METHODS})
        else:
            err = ApiError(code, "about:blank", message or "Bad Request", explain or "")
        try:
            self._send(problem(err))
        except (ConnectionError, AttributeError):  # no socket to answer on, or no request line
            pass

    # ------------------------------------------------------------------------------------------
    def _handle(self) -> None:
        platform = self.server.platform
        if platform.refusing:
            self._drop()
            return
        with self.server._conn_lock:
            self.server.answering += 1
        try:
            self._answer(platform)
        finally:
            with self.server._conn_lock:
                self.server.answering -= 1

    def _answer(self, platform: ServedPlatform) -> None:
        split = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        req = Request(self.command, split.path, parse_qs(split.query, keep_blank_values=True),
                      {k.lower(): v for k, v in self.headers.items()}, body)
        try:
            response = self._dispatch(platform, req)
        except ApiError as err:
            response = problem(err)
        except Exception:  # a bug in the platform: answer like the real API, keep serving
            log.exception("training platform error on %s %s", self.command, split.path)
            response = problem(ApiError(500, "about:blank", "Internal Server Error"))
        if response is None:
            self._drop()
            return
        if 400 <= response.status < 500 and platform.injector.cut_refusal(split.path):
            log.info("training fault: refusal body cut off")
            response.body = response.body[:len(response.body) // 2]
        try:
            self._send(response)
        except ConnectionError:  # the client gave up (timeout): nothing to tell it
            log.debug("training: client went away before the answer to %s %s", self.command, split.path)
            self.close_connection = True

    def _dispatch(self, platform: ServedPlatform, req: Request) -> Response | None:
        path = req.path.rstrip("/") or "/"
        if (req.method, path) in AUTH_PATHS:
            return self._auth(platform, req, path)
        if path.startswith("/_training"):
            if self.client_address[0] not in ("127.0.0.1", "::1"):
                raise ApiError(403, "auth/forbidden", "Forbidden", "Admin endpoints are loopback only.")
            return platform.admin(req, path)
        if path.startswith(qr_checkin.DOWNLOAD_PREFIX) and req.method == "GET":
            # a download link works without a token (it is signed and runs out), as UiTPAS's does
            return platform.run(qr_checkin.serve_download, req, write=False)
        if path.startswith("/search/events"):
            decision = platform.faults_for(path, False)
            return self._faulted(decision) or platform.run(
                lambda conn, now, r: search_events(conn, now, r, platform.search_url), req, write=False)
        for route in ROUTES:
            match = route.pattern.match(path)
            if match is None:
                continue
            if route.method != req.method:
                continue
            req.params = match.groupdict()
            decision = platform.faults_for(path, route.kind == WRITE)
            failed = self._faulted(decision)
            if failed:
                return failed
            token = req.headers.get("authorization", "")
            subject = platform.auth.subject_of(token[7:].strip()) if token.lower().startswith("bearer ") else None
            if subject is None:
                raise unauthorized()
            req.subject = subject
            body = validation.check_request(route.method, route.path, req.params, req.query, req.body)
            for event_id in _events_of(route, req, body):
                if platform.injector.event_unknown(event_id):
                    log.info("training fault: event not known to UiTPAS yet")
                    raise event_not_found(event_id)
            if route.kind == EXPORT:
                return route.handler(None, platform.clock.now(), req, platform.db.reader())
            response = platform.run(route.handler, req, write=route.kind == WRITE)
            if decision.action is Action.DROP_AFTER_COMMIT:
                log.info("training fault: dropping response after commit of %s %s", req.method, path)
                return None
            return response
        allowed = sorted({r.method for r in ROUTES if r.pattern.match(path)})
        if allowed:
            raise ApiError(405, "method/not-allowed", "Method not allowed", f"{req.method} is not allowed here.",
                           headers={"Allow": ", ".join(allowed)})
        raise ApiError(404, "url/not-found", "Not found", f"No endpoint at {path}.")

    def _faulted(self, decision: Any) -> Response | None:
        if decision.latency_s:
            time.sleep(decision.latency_s)
        if decision.action is Action.FAIL:
            status = decision.status or 503
            return problem(ApiError(status, "about:blank", "Service Unavailable" if status == 503 else "Server Error",
                                    "Injected training fault."))
        if decision.action is Action.RATE_LIMIT:
            return problem(ApiError(429, "uitpas/rate-limited", "Too Many Requests", "Injected rate limit.",
                                    nl="Het is even te druk. Probeer het zo meteen opnieuw.",
                                    headers={"Retry-After": str(decision.retry_after)}))
        return None

    def _auth(self, platform: ServedPlatform, req: Request, path: str) -> Response:
        if path.endswith("openid-configuration"):
            return json_response(discovery(platform.auth_url))
        if path.endswith("/token"):
            return platform.auth.token(req)
        if path.endswith("/auth"):
            return platform.auth.authorize(req)
        if path.endswith("/userinfo"):
            return platform.auth.userinfo(req)
        return platform.auth.logout(req)

    def _send(self, response: Response) -> None:
        self.send_response(response.status)
        self.send_header("X-Balie-Training", "1")
        if response.content_type:
            self.send_header("Content-Type", response.content_type)
        for name, value in response.headers.items():
            self.send_header(name, value)
        if response.stream is not None:
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            try:
                for chunk in response.stream:
                    if chunk:
                        self.wfile.write(b"%X\r\n%s\r\n" % (len(chunk), chunk))
                self.wfile.write(b"0\r\n\r\n")
            except ConnectionError:
                log.debug("training: client went away during a streamed answer")
                self.close_connection = True
            return
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if response.body and self.command != "HEAD":
            self.wfile.write(response.body)

    def _drop(self) -> None:
        """Close the socket without a single byte of response (lost answer / refused service)."""
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def _events_of(route: Route, req: Request, body: Any) -> list[str]:
    """The event ids a request is about (query, path or body), for the unknown-event fault."""
    ids = list(req.qlist("eventId"))
    if route.path.startswith("/events/"):
        ids.append(req.params["id"])
    for item in body if isinstance(body, list) else [body]:
        if isinstance(item, dict) and isinstance(item.get("eventId"), str):
            ids.append(item["eventId"])
    return ids


def make_server(platform: ServedPlatform, host: str, port: int) -> _Server:
    server = _Server((host, port), Handler)
    server.platform = platform
    return server


def admin_json(obj: Any) -> Response:
    return Response(200, json.dumps(obj, ensure_ascii=False, default=str).encode("utf-8"))
