"""Drain 10,000 queued transactions to the training platform on loopback, with and without 10 %
injected faults; print seconds, transactions/s, duplicates and lost (both must be 0).

Run: .venv/bin/python bench/drain.py [--count 10000] [--holders 2000] [--fault-rate 0.10]
                                     [--in-process] [--waits shortened|production|both]

``--waits`` says which waits the faulty run uses, and every result line says which it was:
``shortened`` (back-off base 0.05 s, cap 1 s, 429 with Retry-After 0, read back at once after a
lost answer, client timeouts 1 s / 5 s: the pure throughput of the queue) or ``production`` (the
worker's defaults as shipped: BackoffPolicy() base 1 s, cap 300 s; 429 with Retry-After 1 s as the
platform sends it; client timeouts 3.05 s / 20 s; settle = read timeout before a read-back).
Besides the total it prints the time from the start of the drain to each transaction's
confirmation (median and p95).

The backlog is what a busy counter collects while offline: ticket sales at kansentarief and
check-ins at the pool, spread over ``--holders`` customers (bulk pass holders of the training
platform), in a shuffled order; per customer 1 check-in and the rest sales. The faults are split
over 5xx, 429 (Retry-After 0) and responses dropped after the commit. The platform runs in its
own process (as the real one does: its CPU is not the counter's), unless ``--in-process``.
Duplicates and lost are counted per pass and kind: confirmed locally vs. present on the platform.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import requests
from sqlalchemy import select

from balie.domain import ActionKind, OutboxStatus, TariffType
from balie.store import Store
from balie.store.models import OutboxEntry
from balie.store.records import NewCheckin, NewTicketSale
from balie.sync.backoff import BackoffPolicy
from balie.sync.client import DEFAULT_TIMEOUT
from balie.sync.worker import SyncWorker
from balie.training import TrainingPlatform, demo
from balie.training.bulk import bulk_passholder_id
from balie.training.platform import DB_FILE
from tests.sync.test_worker_helpers import OPERATOR, know_demo_events, make_client

CHECKINS_PER_HOLDER = 1


@dataclass
class RemotePlatform:
    """The training platform in another process, driven over its admin endpoints."""

    url: str
    data_dir: Path
    process: subprocess.Popen[bytes] | None = None
    client_id: str = demo.CLIENT_ID
    client_secret: str = demo.CLIENT_SECRET

    @property
    def auth_url(self) -> str:
        return self.url

    def _post(self, path: str, body: Any = None) -> Any:
        r = requests.post(self.url + "/_training/" + path, json=body or {}, timeout=120)
        r.raise_for_status()
        return r.json() if r.content else None

    def reset(self) -> None:
        self._post("reset")

    def add_passholders(self, count: int) -> list[str]:
        return list(self._post("passholders", {"count": count})["uitpasNumbers"])

    def set_faults(self, **kw: Any) -> None:
        self._post("faults", kw)

    def clear_faults(self) -> None:
        requests.delete(self.url + "/_training/faults", timeout=10).raise_for_status()

    def counts(self, table: str) -> Counter[str]:
        conn = sqlite3.connect(f"file:{self.data_dir / DB_FILE}?mode=ro", uri=True)
        try:
            return Counter(dict(conn.execute(
                f"SELECT uitpas_number, COUNT(*) FROM {table} GROUP BY uitpas_number")))
        finally:
            conn.close()


class LocalPlatform(RemotePlatform):
    def __init__(self, platform: TrainingPlatform) -> None:
        super().__init__(platform.url, platform.data_dir)
        self.platform = platform

    def reset(self) -> None:
        self.platform.reset()

    def add_passholders(self, count: int) -> list[str]:
        return self.platform.add_passholders(count)

    def set_faults(self, **kw: Any) -> None:
        self.platform.set_faults(**kw)

    def clear_faults(self) -> None:
        self.platform.clear_faults()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_remote(data_dir: Path) -> RemotePlatform:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "balie", "training-platform", "--port", str(port), "--data-dir",
         str(data_dir), "--reset"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    remote = RemotePlatform(f"http://127.0.0.1:{port}", data_dir / "training", proc)
    for _ in range(300):
        try:
            requests.get(remote.url + "/_training/clock", timeout=1)
            return remote
        except requests.RequestException:
            time.sleep(0.1)
    proc.terminate()
    raise SystemExit("the training platform did not start")


def queue(store: Store, count: int, holders: list[str]) -> Counter[str]:
    """Queue ``count`` actions over ``holders`` in a shuffled (but seeded) order."""
    event = demo.EVENTS["pool_today"]
    per_holder = max(1, -(-count // len(holders)))
    plan = [(n, "checkin" if k < CHECKINS_PER_HOLDER else "sale")
            for n in holders for k in range(per_holder)][:count]
    random.Random(7).shuffle(plan)
    now = datetime.now(UTC)
    for number, kind in plan:
        holder_id = bulk_passholder_id(number)
        if kind == "sale":
            store.records.ticket_sale(NewTicketSale(
                event_id=event.id, event_name=event.name, uitpas_number=number,
                passholder_id=holder_id, regular_price_cents=450,
                regular_price_label="Basistarief", tariff_id="SOCIALTARIFF",
                tariff_name="Kansentarief", tariff_type=TariffType.SOCIALTARIFF, price_cents=110),
                OPERATOR, now, client_uuid=str(uuid.uuid4()))
        else:
            store.records.checkin(NewCheckin(event.id, event.name, number, holder_id, 2),
                                  OPERATOR, now, client_uuid=str(uuid.uuid4()))
    return Counter(kind for _, kind in plan)


def _confirmed(store: Store, kind: ActionKind) -> Counter[str]:
    with store.read() as s:
        rows = s.scalars(select(OutboxEntry).where(OutboxEntry.kind == kind.value,
                                                   OutboxEntry.status == OutboxStatus.CONFIRMED.value))
        return Counter(json.loads(r.payload)["uitpasNumber"] for r in rows)


def _confirmation_times(store: Store, started: datetime) -> list[float]:
    with store.read() as s:
        done = s.scalars(select(OutboxEntry.finished_at).where(
            OutboxEntry.status == OutboxStatus.CONFIRMED.value)).all()
    return sorted((t - started).total_seconds() for t in done if t is not None)


def _pct(values: list[float], q: float) -> float:
    return values[min(len(values) - 1, int(q * len(values)))] if values else float("nan")


def run(platform: RemotePlatform, workdir: Path, count: int, holders: int,
        fault_rate: float, waits: str = "shortened") -> dict[str, object]:
    platform.reset()
    numbers = platform.add_passholders(holders)
    store = Store.open(workdir / f"drain-{fault_rate}-{waits}.sqlite3")
    know_demo_events(store)
    t0 = time.perf_counter()
    mix = queue(store, count, numbers)
    queued = time.perf_counter() - t0
    production = waits == "production"
    if fault_rate:
        platform.set_faults(error_rate=fault_rate / 3, rate_limit_rate=fault_rate / 3,
                            retry_after=1 if production else 0,
                            drop_after_commit_rate=fault_rate / 3, seed=1)
    if production:
        worker = SyncWorker(store, make_client(platform, timeout=DEFAULT_TIMEOUT))  # type: ignore[arg-type]
    else:
        worker = SyncWorker(store, make_client(platform, timeout=(1.0, 5.0)),  # type: ignore[arg-type]
                            policy=BackoffPolicy(base_seconds=0.05, cap_seconds=1.0,
                                                 min_seconds=0.01), settle=timedelta(0))
    started = datetime.now(UTC)
    t0 = time.perf_counter()
    report = worker.drain(until=datetime.now(UTC) + timedelta(minutes=30))
    seconds = time.perf_counter() - t0
    times = _confirmation_times(store, started)
    platform.clear_faults()
    duplicates = lost = 0
    confirmed_total = 0
    for kind, table in ((ActionKind.TICKET_SALE, "ticket_sales"), (ActionKind.CHECKIN, "checkins")):
        here, there = _confirmed(store, kind), platform.counts(table)
        confirmed_total += sum(here.values())
        duplicates += sum(max(0, there[n] - here[n]) for n in set(here) | set(there))
        lost += sum(max(0, here[n] - there[n]) for n in here)
    lost += count - confirmed_total
    store.close()
    return {"faults": f"{fault_rate:.0%}", "waits": waits, "transactions": count,
            "mix": f"{mix['sale']} sales + {mix['checkin']} check-ins over {holders} holders",
            "queue_s": round(queued, 1), "drain_s": round(seconds, 1),
            "tx_per_s": round(count / seconds),
            "to_confirmed_median_s": round(_pct(times, 0.5), 1),
            "to_confirmed_p95_s": round(_pct(times, 0.95), 1), "reconciled": report.reconciled,
            "needs_attention": report.needs_attention, "duplicates": duplicates, "lost": lost}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--holders", type=int, default=2_000)
    parser.add_argument("--fault-rate", type=float, default=0.10)
    parser.add_argument("--in-process", action="store_true",
                        help="run the training platform in this process (shares its CPU and GIL)")
    parser.add_argument("--only-faults", action="store_true", help="skip the run without faults")
    parser.add_argument("--waits", choices=("shortened", "production", "both"), default="both",
                        help="back-off / Retry-After / settle settings of the faulty run "
                             "(default: both, one line each)")
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cpus", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        local: TrainingPlatform | None = None
        if args.in_process:
            local = TrainingPlatform(Path(tmp) / "platform").start()
            platform: RemotePlatform = LocalPlatform(local)
        else:
            platform = start_remote(Path(tmp) / "platform")
        try:
            waits = ("shortened", "production") if args.waits == "both" else (args.waits,)
            runs = [] if args.only_faults else [(0.0, "production")]
            runs += [(args.fault_rate, w) for w in waits]
            for rate, wait in runs:
                result = run(platform, Path(tmp), args.count, args.holders, rate, wait)
                print("  ".join(f"{k}={v}" for k, v in result.items()), flush=True)
        finally:
            if local is not None:
                local.stop()
            if platform.process is not None:
                platform.process.terminate()
                platform.process.wait(10)
    print(f"load average {os.getloadavg()[0]:.2f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
