"""Fault injection: the failures a counter's sync must survive, without corrupting the platform."""

from __future__ import annotations

import socket
import struct
import threading
import time
from collections.abc import Callable

import pytest
import requests

from balie.training import TrainingPlatform
from balie.training.demo import EVENTS, PASSES
from tests.training.conftest import Api, problem_type


def test_latency_slows_api_calls_but_not_auth(api: Api, platform: TrainingPlatform) -> None:
    # 2 s: long enough that a busy machine never makes an undelayed sign-in look delayed
    platform.set_faults(latency_ms=2000)
    started = time.perf_counter()
    assert api.get("/card-systems").status_code == 200
    assert time.perf_counter() - started >= 2.0
    started = time.perf_counter()
    requests.get(platform.url + "/.well-known/openid-configuration", timeout=10)
    assert time.perf_counter() - started < 2.0


def test_fail_next_answers_5xx_problem_and_writes_nothing(api: Api, platform: TrainingPlatform) -> None:
    platform.set_faults(fail_next=1)
    failed = api.sell("kansen_active", "museum_today")
    assert failed.status_code == 503 and failed.json()["type"] == "about:blank"
    assert platform.count_ticket_sales() == 0
    assert api.sell("kansen_active", "museum_today").status_code == 200
    assert platform.count_ticket_sales() == 1


def test_rate_limit_has_retry_after(api: Api, platform: TrainingPlatform) -> None:
    platform.set_faults(rate_limit_rate=1.0, retry_after=7)
    response = api.get("/passes", identifier=PASSES["regular"].uitpas_number)
    assert response.status_code == 429 and response.headers["Retry-After"] == "7"
    assert problem_type(response) == "uitpas/rate-limited"


def test_error_rate_is_random_but_repeatable_with_a_seed(api: Api, platform: TrainingPlatform) -> None:
    def run() -> list[int]:
        platform.set_faults(error_rate=0.5, seed=42)
        return [api.get("/card-systems").status_code for _ in range(20)]
    first = run()
    assert set(first) == {200, 503} and run() == first


def test_dropped_response_after_commit_leaves_the_sale_exactly_once(api: Api, platform: TrainingPlatform) -> None:
    platform.set_faults(drop_next=1)
    with pytest.raises(requests.ConnectionError):
        api.sell("kansen_active", "museum_today")
    assert platform.count_ticket_sales(uitpas_number=PASSES["kansen_active"].uitpas_number) == 1
    found = api.get("/ticket-sales", eventId=EVENTS["museum_today"].id).json()
    assert found["totalItems"] == 1 and found["member"][0]["tariff"]["id"] == "SOCIALTARIFF"


def test_drop_applies_to_writes_only(api: Api, platform: TrainingPlatform) -> None:
    platform.set_faults(drop_after_commit_rate=1.0)
    assert api.get("/passes", identifier=PASSES["regular"].uitpas_number).status_code == 200
    with pytest.raises(requests.ConnectionError):
        api.checkin("regular", "pool_today")
    assert platform.count_checkins() == 1


def test_faults_can_target_paths(api: Api, platform: TrainingPlatform) -> None:
    platform.set_faults(error_rate=1.0, paths=["/checkins"])
    assert api.get("/card-systems").status_code == 200
    assert api.checkin("regular", "pool_today").status_code == 503


def test_refused_connections_then_same_port_again(api: Api, platform: TrainingPlatform) -> None:
    port = platform.port
    platform.set_faults(refuse_connections=True)
    with pytest.raises(requests.ConnectionError):
        requests.get(platform.url + "/card-systems", timeout=5)
    platform.clear_faults()
    assert platform.port == port
    assert api.get("/card-systems").status_code == 200


def test_faults_switch_over_http_admin(platform: TrainingPlatform, api: Api) -> None:
    admin = platform.url + "/_training/faults"
    assert requests.post(admin, json={"fail_next": 2, "fail_status": 502}, timeout=5).json()["fail_next"] == 2
    assert api.get("/card-systems").status_code == 502
    assert requests.delete(admin, timeout=5).status_code == 204
    assert api.get("/card-systems").status_code == 200
    assert requests.post(admin, json={"nonsense": 1}, timeout=5).status_code == 400


def _wait_until(condition: Callable[[], bool], what: str, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"{what} did not happen within {timeout} s"
        time.sleep(0.02)


def _refused(url: str) -> bool:
    try:
        requests.get(url + "/card-systems", timeout=5)
    except requests.ConnectionError:
        return True
    return False


def test_refusal_over_http_ends_by_itself(platform: TrainingPlatform, api: Api) -> None:
    requests.post(platform.url + "/_training/faults", json={"refuse_connections": True, "refuse_seconds": 2},
                  timeout=5)
    _wait_until(lambda: _refused(platform.url), "refusing connections")
    _wait_until(lambda: not _refused(platform.url), "accepting connections again by itself")
    assert requests.get(platform.url + "/card-systems", timeout=5).status_code == 401


def _keep_alive_socket(platform: TrainingPlatform, token: str) -> socket.socket:
    """A raw connection that has had one full answer and stays open, like a pooled connection."""
    sock = socket.create_connection(("127.0.0.1", platform.port), timeout=5)
    sock.sendall(b"GET /card-systems HTTP/1.1\r\nHost: balie\r\nAuthorization: Bearer %s\r\n\r\n" % token.encode())
    head = b""
    while b"\r\n\r\n" not in head:
        head += sock.recv(4096)
    length = int(next(line for line in head.split(b"\r\n") if line.lower().startswith(b"content-length"))
                 .split(b":")[1])
    received = len(head.split(b"\r\n\r\n", 1)[1])
    while received < length:
        received += len(sock.recv(4096))
    return sock


def test_refusing_closes_idle_keep_alive_connections_before_the_next_request(
        platform: TrainingPlatform, platform_token: str) -> None:
    idle = _keep_alive_socket(platform, platform_token)
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {platform_token}"
    assert session.get(platform.url + "/card-systems", timeout=5).status_code == 200
    platform.set_faults(refuse_connections=True)
    assert idle.recv(1) == b""  # closed by the platform while nothing was asked
    idle.close()
    with pytest.raises(requests.ConnectionError) as refused:
        session.post(platform.url + "/ticket-sales", json=[], timeout=5)
    assert "refused" in str(refused.value).lower()  # a fresh connection was tried: nothing was sent
    platform.clear_faults()
    assert session.get(platform.url + "/card-systems", timeout=5).status_code == 200


def test_refusing_lets_a_request_in_progress_finish(api: Api, platform: TrainingPlatform) -> None:
    platform.set_faults(latency_ms=1000)
    answers: list[int] = []
    slow = threading.Thread(target=lambda: answers.append(api.get("/card-systems").status_code))
    slow.start()
    _wait_until(lambda: platform.requests_in_progress() > 0 or bool(answers), "the slow request arriving")
    platform.set_faults(refuse_connections=True)
    slow.join(5)
    assert answers == [200]


def test_a_client_that_hangs_up_leaves_no_traceback(platform: TrainingPlatform, platform_token: str,
                                                    capfd: pytest.CaptureFixture[str]) -> None:
    platform.set_faults(latency_ms=200)
    for _ in range(3):  # hang up while the platform is still busy answering
        with pytest.raises(requests.Timeout):
            requests.get(platform.url + "/card-systems", timeout=0.05,
                         headers={"Authorization": f"Bearer {platform_token}"})
    for _ in range(3):  # reset in the middle of a request body
        sock = socket.create_connection(("127.0.0.1", platform.port), timeout=5)
        sock.sendall(b"POST /ticket-sales HTTP/1.1\r\nHost: balie\r\nContent-Length: 100\r\n\r\n[{")
        time.sleep(0.05)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()
    time.sleep(0.4)
    platform.clear_faults()
    assert requests.get(platform.url + "/card-systems", timeout=5).status_code == 401  # still serving
    err = capfd.readouterr().err
    assert "Traceback" not in err and "Error" not in err
