"""One worker per store (issue 11 §1b): an OS lock next to the store file, shared by the counter
app's worker and ``balie sync``; SENT rows of a live worker are never read back by another."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from balie.domain import OutboxStatus
from balie.store import Store
from balie.store.worker_lock import WorkerLock
from balie.training import TrainingPlatform, demo
from tests.sync.test_worker_helpers import know_demo_events, make_worker, sell

PASSES = ("kansen_active", "kansen_expiring", "kansen_grace", "minor")
ROOT = Path(__file__).resolve().parents[2]

_HOLD = """
import sys, time
from pathlib import Path
from balie.store.worker_lock import WorkerLock
lock = WorkerLock(Path(sys.argv[1]), "de kassa-app (balie)")
assert lock.acquire()
print("held", flush=True)
time.sleep(60)
"""


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "cfg"), PYTHONUNBUFFERED="1",
               LANG="C.UTF-8", TZ="UTC")
    env.pop("BALIE_CONFIG", None)
    return env


def _holder(store_path: Path, tmp_path: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", _HOLD, str(store_path)], cwd=ROOT,
                            env=_env(tmp_path), stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_a_second_process_is_told_who_holds_the_lock_and_gets_it_when_the_holder_dies(
        tmp_path: Path) -> None:
    store_path = tmp_path / "balie.sqlite3"
    holder = _holder(store_path, tmp_path)
    try:
        lock = WorkerLock(store_path, "balie sync")
        assert not lock.acquire(wait_seconds=0.3)
        who = lock.holder()
        assert who is not None and who.pid == holder.pid
        assert who.program == "de kassa-app (balie)"
        assert f"(pid {holder.pid}) sinds" in who.describe_nl()
        holder.send_signal(signal.SIGKILL)  # no clean-up: the OS must release it
        holder.wait(10)
        assert lock.acquire(wait_seconds=5), "the lock of a killed holder was not released"
        lock.release()
    finally:
        holder.kill()
        holder.wait(10)


def _sync_cli(platform: TrainingPlatform, data_dir: Path, tmp_path: Path,
              *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "balie", "sync", "--once", "--training", "--platform-url",
         platform.url, "--data-dir", str(data_dir), "--no-refresh", *extra],
        cwd=ROOT, env=_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_sync_once_while_the_counter_app_sends_waits_then_exits_3_naming_it(
        platform: TrainingPlatform, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    with Store.open(data_dir / "balie.sqlite3") as store:
        know_demo_events(store)
        sale = sell(store)
    holder = _holder(data_dir / "balie.sqlite3", tmp_path)
    try:
        cli = _sync_cli(platform, data_dir, tmp_path, "--wait-lock", "1")
        out, err = cli.communicate(timeout=60)
        assert cli.returncode == 3, (out, err)
        assert f"de kassa-app (balie) (pid {holder.pid})" in out + err
        assert "niets verstuurd" in err
    finally:
        holder.kill()
        holder.wait(10)
    assert platform.count_ticket_sales() == 0
    with Store.open(data_dir / "balie.sqlite3") as store:
        assert store.outbox.get(sale).status is OutboxStatus.PENDING


@pytest.mark.parametrize("workers", [2, 3])
def test_several_sync_processes_on_a_slow_link_with_kills_register_each_sale_once(
        workers: int, platform: TrainingPlatform, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    with Store.open(data_dir / "balie.sqlite3") as store:
        know_demo_events(store)
        sales = [sell(store, PASSES[i % len(PASSES)]) for i in range(20)]
    platform.set_faults(latency_ms=150, paths=["/ticket-sales"])
    rng = random.Random(workers)
    procs = [_sync_cli(platform, data_dir, tmp_path, "--timeout", "20", "--wait-lock", "60")
             for _ in range(workers)]
    time.sleep(rng.uniform(1.5, 2.5))  # let one of them be sending when it dies
    procs[0].send_signal(signal.SIGKILL)
    for proc in procs:
        proc.communicate(timeout=120)
    platform.clear_faults()
    final = _sync_cli(platform, data_dir, tmp_path, "--timeout", "20")
    out, err = final.communicate(timeout=120)
    assert final.returncode == 0, (out, err)
    for key in PASSES:
        expected = sum(1 for i in range(20) if PASSES[i % len(PASSES)] == key)
        assert platform.count_ticket_sales(uitpas_number=demo.PASSES[key].uitpas_number) \
            == expected, key
    with Store.open(data_dir / "balie.sqlite3") as store:
        assert all(store.outbox.get(u).status is OutboxStatus.CONFIRMED for u in sales)


def test_a_worker_without_the_lock_leaves_the_rows_a_live_worker_is_sending_alone(
        store: Store, platform: TrainingPlatform) -> None:
    """The lease rule on its own: two workers in one process, no lock, one on a slow link."""
    sales = [sell(store, key) for key in PASSES for _ in range(3)]
    platform.set_faults(latency_ms=1200, paths=["/ticket-sales"])
    slow = make_worker(store, platform, parallel=4)
    until = datetime.now(UTC) + timedelta(seconds=40)
    thread = threading.Thread(target=slow.drain, kwargs={"until": until})
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while store.outbox.stats().sent == 0:
            assert time.monotonic() < deadline, "the slow worker never sent anything"
            time.sleep(0.02)
        other = make_worker(store, platform)
        other.drain()  # finds the slow worker's SENT rows: they are not its to read back
    finally:
        thread.join(60)
    platform.clear_faults()
    for key in PASSES:
        assert platform.count_ticket_sales(uitpas_number=demo.PASSES[key].uitpas_number) == 3
    assert all(store.outbox.get(u).status is OutboxStatus.CONFIRMED for u in sales)


def test_sync_watch_delivers_every_configured_interval(
        platform: TrainingPlatform, tmp_path: Path) -> None:
    """[sync] interval_seconds = 1: a sale queued while --watch runs is sent within seconds
    (with the default 30 s it would still be waiting)."""
    data_dir = tmp_path / "data"
    with Store.open(data_dir / "balie.sqlite3") as store:
        know_demo_events(store)
    config = tmp_path / "extra.ini"
    config.write_text("[sync]\ninterval_seconds = 1\nrefresh_hours = 12\n", encoding="utf-8")
    watch = subprocess.Popen(
        [sys.executable, "-m", "balie", "--config", str(config), "sync", "--watch", "--training",
         "--platform-url", platform.url, "--data-dir", str(data_dir), "--no-refresh"],
        cwd=ROOT, env=_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert watch.stdout is not None
        first = watch.stdout.readline()
        assert "elke 1 s versturen, elke 12 u referentiegegevens verversen" in first, first
        _wait_for(lambda: "wachtrij 0" in watch.stdout.readline(), 20, "the first round")
        with Store.open(data_dir / "balie.sqlite3") as store:
            sell(store)
        _wait_for(lambda: platform.count_ticket_sales() == 1, 8,
                  "the sale queued during --watch was not sent within the interval")
    finally:
        watch.send_signal(signal.SIGTERM)
        watch.communicate(timeout=30)
    assert watch.returncode == 0


def _wait_for(condition: object, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)
