"""The training platform as one object: start it, point balie at ``.url``, reset it between tests.

It is the embedded peer of ``balie gui --training``, the peer of every integration test and the
cashiers' practice environment. It binds loopback only and never forwards anything anywhere.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from balie.training import bulk, demo
from balie.training.auth import AuthServer
from balie.training.clock import Clock, parse
from balie.training.db import Database
from balie.training.faults import Decision, FaultInjector, Faults
from balie.training.problems import ApiError
from balie.training.seed import seed
from balie.training.web import Request, Response, empty, json_response

DB_FILE = "training-platform.sqlite3"


class TrainingPlatform:
    def __init__(self, data_dir: Path, port: int = 0, host: str = "127.0.0.1", token_lifetime: int = 3600) -> None:
        if host not in ("127.0.0.1", "localhost", "::1"):
            raise ValueError("the training platform binds loopback only")
        self.data_dir = Path(data_dir)
        self.host = host
        self.port = port
        self.clock = Clock()
        self.auth = AuthServer(token_lifetime)
        self.injector = FaultInjector()
        self._db: Database | None = None
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self._lifecycle = threading.RLock()
        self.refusing = False
        self._reopen_timer: threading.Timer | None = None

    # -- lifecycle ------------------------------------------------------------------------------
    def start(self) -> TrainingPlatform:
        with self._lifecycle:
            if self._db is None:
                self._db = Database(self.data_dir / DB_FILE)
                with self.db.read() as conn:
                    seeded = conn.execute("SELECT 1 FROM meta WHERE key = 'seeded_at'").fetchone()
                if not seeded:
                    self._reseed()
            self._listen()
        return self

    def _listen(self) -> None:
        from balie.training.server import make_server
        self._server = make_server(self, self.host, self.port)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name=f"training-platform:{self.port}", daemon=True)
        self._thread.start()

    def _unlisten(self) -> None:
        """Close the listening socket and the idle keep-alive connections; requests in progress
        finish and their connections close afterwards (``refusing`` makes them drop later ones)."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server.close_idle_connections()
            self._server = None

    def stop(self) -> None:
        with self._lifecycle:
            if self._reopen_timer:
                self._reopen_timer.cancel()
            self._unlisten()
            if self._db is not None:
                self._db.close()
                self._db = None

    def __enter__(self) -> TrainingPlatform:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    @property
    def db(self) -> Database:
        """The platform's database, open from :meth:`start` to :meth:`stop` (every request and
        every test helper runs in between; outside it this is a plain error, not a None)."""
        if self._db is None:
            raise RuntimeError("the training platform is not started")
        return self._db

    # -- addresses ------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def auth_url(self) -> str:
        return self.url

    @property
    def search_url(self) -> str:
        return self.url + "/search"

    @property
    def token_url(self) -> str:
        return self.url + "/realms/uitid/protocol/openid-connect/token"

    client_id = demo.CLIENT_ID
    client_secret = demo.CLIENT_SECRET
    public_client_id = demo.PUBLIC_CLIENT_ID

    # -- control --------------------------------------------------------------------------------
    def reset(self) -> None:
        """Wipe and re-seed the demo world, clear faults, clock back to real time. Tokens survive a
        reset on purpose, so one session-wide token stays valid across tests."""
        self.clear_faults()
        self.clock.set(None)
        self._reseed()

    def _reseed(self) -> None:
        self.db.wipe()
        with self.db.write() as conn:
            seed(conn, self.clock.now())

    def set_faults(self, **kw: Any) -> None:
        """Replace the active faults (see balie.training.faults.Faults for the settings)."""
        faults = Faults.from_kwargs(**kw)
        self.injector.set(faults)
        self._apply_refusal(faults)

    def clear_faults(self) -> None:
        self.injector.set(Faults())
        self._apply_refusal(Faults())

    @property
    def faults(self) -> Faults:
        return self.injector.faults

    def faults_for(self, path: str, is_write: bool) -> Decision:
        return self.injector.decide(path, is_write)

    def _apply_refusal(self, faults: Faults, delay: float = 0.0) -> None:
        with self._lifecycle:
            if self._reopen_timer:
                self._reopen_timer.cancel()
                self._reopen_timer = None
            if faults.refuse_connections and not self.refusing:
                self.refusing = True
                if delay:  # asked over HTTP: let the admin answer go out first
                    threading.Timer(delay, self._close_if_refusing).start()
                else:
                    self._unlisten()
            elif not faults.refuse_connections and self.refusing:
                self.refusing = False
                if self._server is None and self._db is not None:
                    self._listen()
            if faults.refuse_connections and faults.refuse_seconds:
                self._reopen_timer = threading.Timer(faults.refuse_seconds, self.clear_faults)
                self._reopen_timer.daemon = True
                self._reopen_timer.start()

    def _close_if_refusing(self) -> None:
        with self._lifecycle:
            if self.refusing:
                self._unlisten()

    def requests_in_progress(self) -> int:
        """How many requests the platform has read and is answering now (0 when not listening),
        so a test can wait for "my request has arrived" instead of sleeping."""
        server = self._server
        return server.answering if server is not None else 0

    def set_clock(self, dt: datetime | None) -> None:
        self.clock.set(dt)

    def expire_tokens(self) -> None:
        self.auth.expire_all()

    def set_token_lifetime(self, seconds: int) -> None:
        self.auth.token_lifetime = seconds

    def issue_token(self) -> str:
        """A client-credentials access token without an HTTP round trip (CLI, benchmarks)."""
        return self.auth.issue_client_token()

    def add_passholders(self, count: int, *, card_system: str = "dender",
                        kansen: bool = True) -> list[str]:
        """Bulk pass holders for benchmarks (one ACTIVE card each); returns their UiTPAS numbers.
        Their passholder ids are ``bulk.bulk_passholder_id(number)``. A reset removes them."""
        if card_system not in demo.CARD_SYSTEMS:
            raise ValueError(f"unknown card system {card_system!r}")
        with self.db.write() as conn:
            return bulk.add_passholders(conn, self.clock.now(), count, card_system=card_system,
                                        kansen=kansen)

    def add_social_tariff_cards(self, card_system_id: int, count: int) -> int:
        with self.db.write() as conn:
            return bulk.add_social_tariff_cards(conn, card_system_id, count)

    def set_social_status(self, uitpas_number: str, status: str) -> None:
        """The UiTPAS office changes a holder's kansenstatuut (``SUSPENDED``, ``EXPIRED``,
        ``ACTIVE``) while a counter is offline: what the counter decided from its cache is then
        refused when it arrives (the cashier's day, practice). A reset undoes it."""
        with self.db.write() as conn:
            changed = conn.execute(
                "UPDATE memberships SET social_status = ? WHERE social_status != 'NONE' AND"
                " passholder_id = (SELECT passholder_id FROM cards WHERE uitpas_number = ?)",
                (status, uitpas_number)).rowcount
        if not changed:
            raise KeyError(uitpas_number)

    # -- read helpers for tests ("exactly once on the platform") --------------------------------
    def _count(self, table: str, filters: dict[str, Any]) -> int:
        where = " AND ".join(f"{k} = ?" for k, v in filters.items() if v is not None) or "1=1"
        with self.db.read() as conn:
            return conn.execute(f"SELECT COUNT(*) FROM {table} WHERE {where}",  # noqa: S608
                                [v for v in filters.values() if v is not None]).fetchone()[0]

    def count_ticket_sales(self, event_id: str | None = None, uitpas_number: str | None = None,
                           passholder_id: str | None = None, tariff_id: str | None = None) -> int:
        return self._count("ticket_sales", {"event_id": event_id, "uitpas_number": uitpas_number,
                                            "passholder_id": passholder_id, "tariff_id": tariff_id})

    def count_checkins(self, event_id: str | None = None, uitpas_number: str | None = None,
                       passholder_id: str | None = None) -> int:
        return self._count("checkins", {"event_id": event_id, "uitpas_number": uitpas_number,
                                        "passholder_id": passholder_id})

    def count_redeemed_rewards(self, reward_id: str | None = None, uitpas_number: str | None = None,
                               passholder_id: str | None = None) -> int:
        return self._count("redemptions", {"reward_id": reward_id, "uitpas_number": uitpas_number,
                                           "passholder_id": passholder_id})

    def count_passholders(self, insz: str | None = None) -> int:
        return self._count("passholders", {"insz": insz})

    def points(self, uitpas_number: str) -> int:
        with self.db.read() as conn:
            row = conn.execute("SELECT ph.points FROM cards c JOIN passholders ph ON ph.id = c.passholder_id"
                               " WHERE c.uitpas_number = ?", (uitpas_number,)).fetchone()
        if row is None:
            raise KeyError(uitpas_number)
        return int(row[0])

    def card_status(self, uitpas_number: str) -> str:
        with self.db.read() as conn:
            row = conn.execute("SELECT status FROM cards WHERE uitpas_number = ?", (uitpas_number,)).fetchone()
        if row is None:
            raise KeyError(uitpas_number)
        return str(row[0])

    def event_window(self, key: str) -> tuple[datetime, datetime]:
        with self.db.read() as conn:
            row = conn.execute("SELECT start, end FROM events WHERE id = ?", (demo.EVENTS[key].id,)).fetchone()
        return parse(row[0]), parse(row[1])

    # -- used by the server ---------------------------------------------------------------------
    def run(self, handler: Callable[..., Response], req: Request, write: bool) -> Response:
        with self.db.write() as conn:
            return handler(conn, self.clock.now(), req)

    def admin(self, req: Request, path: str) -> Response:
        action = path.removeprefix("/_training").strip("/")
        body = json.loads(req.body or b"{}") if req.method in ("POST", "PUT") else {}
        if (req.method, action) == ("POST", "reset"):
            self.reset()
            return empty(204)
        if action == "faults":
            if req.method == "DELETE":
                self.clear_faults()
                return empty(204)
            if req.method == "POST":
                try:
                    faults = Faults.from_kwargs(**body)
                except (ValueError, TypeError) as exc:
                    raise ApiError(400, "body/invalid-data", "Invalid faults", str(exc)) from None
                self.injector.set(faults)
                self._apply_refusal(faults, delay=0.05)
            return json_response(self.faults.as_json())
        if (req.method, action) == ("POST", "clock"):
            now = body.get("now")
            self.set_clock(parse(now) if now else None)
            return json_response({"now": self.clock.now().isoformat()})
        if (req.method, action) == ("GET", "clock"):
            return json_response({"now": self.clock.now().isoformat()})
        if (req.method, action) == ("GET", "demo"):
            return json_response(json.loads(json.dumps(demo.catalogue(), default=list)))
        if (req.method, action) == ("POST", "expire-tokens"):
            self.expire_tokens()
            return empty(204)
        if (req.method, action) == ("POST", "config"):
            if "token_lifetime" in body:
                self.set_token_lifetime(int(body["token_lifetime"]))
            return json_response({"token_lifetime": self.auth.token_lifetime})
        if (req.method, action) == ("POST", "passholders"):
            try:
                numbers = self.add_passholders(int(body.get("count", 0)),
                                               card_system=str(body.get("cardSystem", "dender")),
                                               kansen=bool(body.get("kansen", True)))
            except (ValueError, TypeError) as exc:
                raise ApiError(400, "body/invalid-data", "Invalid bulk pass holders", str(exc)) from None
            return json_response({"uitpasNumbers": numbers,
                                  "passholderIds": [bulk.bulk_passholder_id(n) for n in numbers]})
        if (req.method, action) == ("POST", "social-tariff-cards"):
            total = self.add_social_tariff_cards(int(body["cardSystemId"]), int(body["count"]))
            return json_response({"cardSystemId": int(body["cardSystemId"]), "bulkCards": total})
        raise ApiError(404, "url/not-found", "Not found", f"No admin action {req.method} {action}.")
