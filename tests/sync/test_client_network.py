"""How the client classifies network failures, against real sockets on 127.0.0.1.

The dangerous case is a write whose request left but whose answer was lost: the platform may have
registered it, so the worker must reconcile (UNKNOWN_OUTCOME) instead of sending it again. A
connection refused before anything was sent is safely RETRYABLE.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable, Iterator

import pytest

import balie
from balie.sync.client import UitpasClient
from balie.sync.problems import ErrorClass, InsecureUrl, InvalidResponse, Offline, OutcomeUnknown, TimedOut
from balie.sync.wire import TicketSaleRequest

Handler = Callable[[socket.socket, bytes], None]


class RawServer:
    """A loopback TCP server whose behaviour per connection is a plain function."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.handler: Handler = lambda conn, req: None
        self.requests: list[bytes] = []
        self._stop = False
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(3)
            data = b""
            try:
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    data += chunk
                head, _, body = data.partition(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":")[1])
                while len(body) < length:
                    body += conn.recv(65536)
                self.requests.append(head + b"\r\n\r\n" + body)
                self.handler(conn, data)
            except OSError:
                return

    def close(self) -> None:
        self._stop = True
        self.sock.close()


def answer(status: int, body: bytes, content_type: str = "application/json") -> Handler:
    def handle(conn: socket.socket, _req: bytes) -> None:
        conn.sendall(
            f"HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n"
            f"Connection: close\r\n\r\n".encode() + body
        )
    return handle


def hang(conn: socket.socket, _req: bytes) -> None:
    threading.Event().wait(2)


def drop(conn: socket.socket, _req: bytes) -> None:
    conn.shutdown(socket.SHUT_RDWR)


@pytest.fixture
def server() -> Iterator[RawServer]:
    s = RawServer()
    yield s
    s.close()


class StaticToken:
    def __init__(self, token: str = "tok-1") -> None:
        self.token = token

    def access_token(self) -> str:
        return self.token

    def invalidate(self, token: str) -> None:
        pass


SALE = TicketSaleRequest("0900000067513", "ev-1", 1000, "SOCIALTARIFF", "Basistarief")


def _client(url: str, read_timeout: float = 5.0) -> UitpasClient:
    return UitpasClient(url, StaticToken(), timeout=(1.0, read_timeout))


def _closed_port_url() -> str:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return f"http://127.0.0.1:{port}"


def test_connection_refused_is_offline_and_retryable_even_for_a_write():
    client = _client(_closed_port_url())
    with pytest.raises(Offline) as read:
        client.identify_pass("0900000095902")
    with pytest.raises(Offline) as write:
        client.register_ticket_sales([SALE])
    assert read.value.error_class is write.value.error_class is ErrorClass.RETRYABLE
    assert "Geen verbinding" in write.value.user_message()


def test_write_whose_answer_is_lost_has_unknown_outcome(server: RawServer):
    server.handler = drop
    with pytest.raises(OutcomeUnknown) as info:
        _client(server.url).register_ticket_sales([SALE])
    assert info.value.error_class is ErrorClass.UNKNOWN_OUTCOME
    assert b"SOCIALTARIFF" in server.requests[0]  # it really did leave
    assert "niet opnieuw invoeren" in info.value.to_problem().next_step


def test_read_whose_answer_is_lost_is_simply_retryable(server: RawServer):
    server.handler = drop
    with pytest.raises(Offline) as info:
        _client(server.url).identify_pass("0900000095902")
    assert info.value.error_class is ErrorClass.RETRYABLE


def test_write_timing_out_after_sending_has_unknown_outcome_and_read_timeout_is_retryable(server: RawServer):
    server.handler = hang
    with pytest.raises(OutcomeUnknown):
        _client(server.url, read_timeout=0.3).register_checkin("0900000095902", "ev-1")
    with pytest.raises(TimedOut) as read:
        _client(server.url, read_timeout=0.3).checkin_status("0900000095902", "ev-1")
    assert read.value.error_class is ErrorClass.RETRYABLE


def test_success_answer_that_is_not_json(server: RawServer):
    server.handler = answer(200, b"<html>captive portal</html>", "text/html")
    with pytest.raises(InvalidResponse) as read:
        _client(server.url).identify_pass("0900000095902")
    assert read.value.error_class is ErrorClass.RETRYABLE
    with pytest.raises(InvalidResponse) as write:
        _client(server.url).register_checkin("0900000095902", "ev-1")
    assert write.value.error_class is ErrorClass.UNKNOWN_OUTCOME
    assert "onverwacht" in write.value.user_message()


def test_success_answer_with_the_wrong_shape_is_a_typed_error(server: RawServer):
    server.handler = answer(200, json.dumps({"unexpected": True}).encode())
    with pytest.raises(InvalidResponse):
        _client(server.url).identify_pass("0900000095902")


def test_gateway_timeout_on_a_write_must_be_reconciled(server: RawServer):
    server.handler = answer(504, b"Gateway Timeout", "text/plain")
    with pytest.raises(Exception) as info:
        _client(server.url).redeem_reward("5687", "0900000095902")
    assert info.value.error_class is ErrorClass.UNKNOWN_OUTCOME


def test_requests_carry_user_agent_and_bearer_token(server: RawServer):
    server.handler = answer(200, b'{"allowed": true}')
    _client(server.url).checkin_status("0900000095902", "ev-1")
    head = server.requests[0].decode()
    assert f"User-Agent: balie/{balie.__version__}" in head
    assert "Authorization: Bearer tok-1" in head


@pytest.mark.parametrize("url", ["http://api.uitpas.be", "http://10.0.0.5:8080", "ftp://api.uitpas.be"])
def test_plain_http_to_a_non_loopback_host_is_refused_before_sending(url: str):
    with pytest.raises(InsecureUrl) as info:
        UitpasClient(url, StaticToken())
    assert "https" in info.value.user_message()


def test_tokens_never_appear_in_logs(server: RawServer, caplog: pytest.LogCaptureFixture):
    server.handler = answer(200, b'{"allowed": false}')
    caplog.set_level("DEBUG")
    _client(server.url).checkin_status("0900000095902", "ev-1")
    assert caplog.records
    assert "tok-1" not in caplog.text and "0900000095902" not in caplog.text
