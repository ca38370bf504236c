"""Kill -9 at random moments while a counter records and syncs: nothing the cashier was told is
done gets lost, and after sync each transaction is on the platform exactly once.

The training platform runs in this process; a long-lived child process records sales (printing
each client UUID only after its commit, i.e. when the screen would say "done") and drains the
outbox in a loop. It is SIGKILLed at random moments (also while a request is in flight: the
platform adds latency), restarted on the same store, 50 times.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from balie.domain import ActionKind, OutboxStatus
from balie.store import Store
from balie.store.models import OutboxEntry
from balie.training import TrainingPlatform, demo
from tests.fixtures import children

KILLS = int(os.environ.get("BALIE_CRASH_KILLS", "50"))
PASSES = ("kansen_active", "kansen_expiring", "kansen_grace", "minor")
ROOT = Path(__file__).resolve().parents[2]


def _die_with(sig: int) -> None:
    """Ask the kernel to send ``sig`` to this process when its parent dies (PR_SET_PDEATHSIG):
    an aborted test run (pytest-timeout's exit, kill -9) then leaves no counter running."""
    import ctypes

    ctypes.CDLL(None, use_errno=True).prctl(1, sig, 0, 0, 0)
    if os.getppid() == 1:  # the parent died before the guard was set
        os._exit(1)


def _zygote_main() -> None:
    """The long-lived child: imports everything once, then forks one short-lived counter per
    "go" line and waits for it to be killed (fork keeps each restart to milliseconds)."""
    import balie.sync.worker  # noqa: F401
    import tests.sync.test_worker_helpers  # noqa: F401 - warm the imports before forking

    for line in sys.stdin:
        if line.strip() != "go":
            break
        pid = os.fork()
        if pid == 0:
            try:
                _die_with(signal.SIGKILL)  # a forked child does not inherit the zygote's guard
                _counter_main()
            finally:
                os._exit(1)
        print(pid, flush=True)
        os.waitpid(pid, 0)
        print("dead", flush=True)


def _counter_main() -> None:
    """Record a sale, write its UUID to the 'done' file (what the screen would show), sync;
    forever, until killed."""
    from balie.sync.worker import SyncWorker
    from tests.sync.test_worker_helpers import FAST, know_demo_events, make_client, sell

    store_path, url, client_secret, done_path = sys.argv[1:5]

    class _Platform:  # the attributes make_client reads
        auth_url = url
        client_id = "balie-training"

    _Platform.url = url  # type: ignore[attr-defined]
    _Platform.client_secret = client_secret  # type: ignore[attr-defined]
    store = Store.open(Path(store_path))
    know_demo_events(store)
    worker = SyncWorker(store, make_client(_Platform, timeout=(1.0, 2.0)),  # type: ignore[arg-type]
                        policy=FAST)
    rng = random.Random()
    fd = os.open(done_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
    while True:
        client_uuid = sell(store, rng.choice(PASSES))
        os.write(fd, f"{client_uuid}\n".encode())  # after the commit: "done" for the cashier
        worker.drain()


def _start(store_path: Path, platform: TrainingPlatform, done: Path) -> subprocess.Popen[str]:
    return children.popen(  # ends with the test run, however it ends (tests.fixtures.children)
        [sys.executable, "-c", "from tests.e2e.test_crash_sync import _zygote_main; _zygote_main()",
         str(store_path), platform.url, platform.client_secret, str(done)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        text=True)


def _wait_for_growth(path: Path, size: int, timeout: float = 5.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end and (path.stat().st_size if path.exists() else 0) <= size:
        time.sleep(0.005)


def test_sigkill_at_random_moments_loses_nothing_and_doubles_nothing(
        tmp_path: Path, platform: TrainingPlatform) -> None:
    from tests.sync.test_worker_helpers import make_worker

    store_path = tmp_path / "balie.sqlite3"
    Store.open(store_path).close()
    platform.set_faults(latency_ms=15, paths=["/ticket-sales", "/passes"])
    rng = random.Random(4)
    done = tmp_path / "done.txt"
    zygote = _start(store_path, platform, done)
    assert zygote.stdin is not None and zygote.stdout is not None
    kills = 0
    started = time.monotonic()
    try:
        while kills < KILLS:
            size = done.stat().st_size if done.exists() else 0
            zygote.stdin.write("go\n")
            zygote.stdin.flush()
            pid = int(zygote.stdout.readline())
            _wait_for_growth(done, size)  # the counter is up and sold something
            time.sleep(rng.uniform(0.0, 0.15))
            os.kill(pid, signal.SIGKILL)
            assert zygote.stdout.readline().strip() == "dead"
            kills += 1
    finally:
        zygote.stdin.close()
        children.stop(zygote, timeout=10)
    told_done = done.read_text().split()
    platform.clear_faults()

    with Store.open(store_path) as store:
        assert store.integrity_ok()
        for client_uuid in told_done:  # every sale the cashier saw as done is still there
            assert store.outbox.get(client_uuid) is not None
        worker = make_worker(store, platform)
        report = worker.drain(until=datetime.now(UTC) + timedelta(seconds=30))
        assert report.pending == 0 and report.needs_attention == 0
        with store.read() as s:
            rows = s.scalars(select(OutboxEntry).where(
                OutboxEntry.kind == ActionKind.TICKET_SALE.value)).all()
            assert all(r.status == OutboxStatus.CONFIRMED.value for r in rows)
            local = Counter(__import__("json").loads(r.payload)["uitpasNumber"] for r in rows)
    for key in PASSES:
        number = demo.PASSES[key].uitpas_number
        assert platform.count_ticket_sales(uitpas_number=number) == local[number], key
    assert len(told_done) >= KILLS
    print(f"{kills} kills, {len(rows)} sales, {time.monotonic() - started:.1f} s")


def test_a_counter_forked_by_the_crash_test_ends_when_its_parent_is_killed(
        tmp_path: Path, platform: TrainingPlatform) -> None:
    """An aborted run (pytest-timeout, kill -9) kills the zygote through its guard; the counter
    it forked must not stay behind selling into a store nobody watches."""
    store_path = tmp_path / "balie.sqlite3"
    Store.open(store_path).close()
    done = tmp_path / "done.txt"
    zygote = _start(store_path, platform, done)
    assert zygote.stdin is not None and zygote.stdout is not None
    try:
        zygote.stdin.write("go\n")
        zygote.stdin.flush()
        counter = int(zygote.stdout.readline())
        _wait_for_growth(done, 0, timeout=30)  # the counter is up and sold something
        assert children._identity(counter) is not None, "the forked counter did not start"
        os.kill(zygote.pid, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while children._identity(counter) is not None:
            assert time.monotonic() < deadline, "the forked counter outlived its parent by 10 s"
            time.sleep(0.05)
    finally:
        children.stop(zygote)
