"""Soak: many mixed transactions, sync processes killed at random, several at once, a faulty wire;
then the local store is compared with the training platform's own records.

Run: .venv/bin/python bench/soak.py [--count 10000] [--kills 200] [--holders 2500] [--seed 1]

What happens, all against real parts (SQLite file, ``balie sync`` processes, the training platform
in its own process, our fault proxy from ``tests/fixtures/fault_proxy.py`` in between):

* transactions arrive through the counter use cases (``Counter.identify`` online + ``offers_for`` +
  ``sell`` / ``check_in``), as bulk actions (a group at the desk: 5-10 sales in a row; and
  paper-import sheets, ``import_paper``, 25 lines a sheet in one transaction); bulk pass holders
  of the platform. (A kansentarief sale is one ticket per request on the platform, so no
  multi-ticket sales here.)
* meanwhile ``balie sync --once`` processes drain the same store: usually one, for part of the run
  two or three at once (they take turns on the store's sync lock), and one of them is SIGKILLed at
  a random moment until ``--kills`` kills were made;
* the proxy breaks the writes at random: answer dropped after commit, connection reset mid-body,
  truncated body, 502/503/429 without forwarding, answer later than the read timeout, request
  stalled past the client's give-up; and some read-backs (GET) answer 503;
* when the producer is done the sync processes keep draining with the faults on until the queue
  is empty; only what is then still left (``left_for_fault_free_sync``) goes in a last,
  fault-free ``balie sync --once``.

The final line compares, per platform id, the local records with the platform's tables:
``lost`` a transaction the cashier was told was done, confirmed locally but not on the platform
(or missing from the store); ``duplicated`` a platform record that no local record claims (sent
twice) or a platform id claimed twice; ``stuck`` still PENDING/SENT after the final sync;
``silently_dropped`` a recorded transaction that ended CANCELLED/HANDLED without a person, or was
parked without a reason. Parked entries with a reason are reported as ``needs_attention``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from drain import RemotePlatform, start_remote
from sqlalchemy import select

from balie.counter import Counter
from balie.decide import OfflinePolicy
from balie.domain import BRUSSELS, IdentificationSource, Operator, OutboxStatus, TariffType
from balie.paper_import import import_paper
from balie.store import Store
from balie.store.models import Checkin, OutboxEntry, TicketSale
from balie.sync.port import ApiPlatformPort
from balie.training import demo
from balie.training.platform import DB_FILE
from tests.fixtures.fault_proxy import FaultProxy
from tests.sync.test_worker_helpers import know_demo_events, make_client

OPERATOR = Operator("soak", "Soak Kassa")
EVENT = demo.EVENTS["pool_today"]
PAPER_SHEET = 25
READ_TIMEOUT = 1.5


@dataclass
class Tally:
    told_done: list[str] = field(default_factory=list)  # client uuids the screen said were done
    kinds: dict[str, int] = field(default_factory=dict)
    kills: int = 0
    starts: int = 0
    max_parallel: int = 0
    parallel_seconds: float = 0.0
    began: datetime = field(default_factory=lambda: datetime.now(UTC))


def _faults(proxy: FaultProxy, scale: float) -> None:
    proxy.clear()
    for path in ("/ticket-sales", "/checkins"):
        for kind, rate, extra in (("drop", 0.03, {}), ("reset", 0.01, {}), ("truncate", 0.01, {}),
                                  ("status", 0.01, {"status": 502}),
                                  ("status", 0.01, {"status": 503, "retry_after": 0}),
                                  ("status", 0.01, {"status": 429, "retry_after": 1}),
                                  ("delay", 0.005, {"seconds": READ_TIMEOUT + 0.5}),
                                  ("stall", 0.005, {"seconds": READ_TIMEOUT + 0.5})):
            proxy.add(kind, path=path, method="POST", count=None, rate=rate * scale, **extra)
        proxy.add("status", path=path, method="GET", count=None, rate=0.02 * scale, status=503)


def _config(workdir: Path) -> Path:
    path = workdir / "soak.ini"
    # the sync processes use production back-off shape, but short client timeouts so a run fits
    path.write_text(f"[platform]\nconnect_timeout = 1\nread_timeout = {READ_TIMEOUT}\n",
                    encoding="utf-8")
    return path


class SyncFleet:
    """``balie sync --once`` processes on one store; kills one at random moments."""

    def __init__(self, proxy_url: str, data_dir: Path, config: Path, tally: Tally,
                 rng: random.Random) -> None:
        self.proxy_url, self.data_dir, self.config = proxy_url, data_dir, config
        self.tally, self.rng = tally, rng
        self.procs: list[subprocess.Popen[bytes]] = []
        self.env = dict(os.environ, XDG_CONFIG_HOME=str(data_dir.parent / "cfg"), TZ="UTC",
                        LANG="C.UTF-8")

    def spawn(self, timeout: int = 15) -> subprocess.Popen[bytes]:
        proc = subprocess.Popen(
            [sys.executable, "-m", "balie", "--config", str(self.config), "sync", "--once",
             "--training", "--platform-url", self.proxy_url, "--data-dir", str(self.data_dir),
             "--no-refresh", "--timeout", str(timeout), "--wait-lock", "30"],
            cwd=ROOT, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.procs.append(proc)
        self.tally.starts += 1
        return proc

    def reap(self) -> None:
        self.procs = [p for p in self.procs if p.poll() is None]

    def sending(self) -> subprocess.Popen[bytes] | None:
        """The process that holds the store's sync lock right now (it is draining)."""
        try:
            pid = json.loads((self.data_dir / "balie.sqlite3.sync.owner").read_text())["pid"]
        except (OSError, ValueError, KeyError):
            return None
        return next((p for p in self.procs if p.pid == pid), None)

    def kill_one(self) -> None:
        """SIGKILL one process: mostly the one draining (mid-request, mid-read-back, mid-commit),
        sometimes one that is starting or waiting for the lock."""
        self.reap()
        if self.procs:
            busy = self.sending()
            victim = busy if busy is not None and self.rng.random() < 0.8 else \
                self.rng.choice(self.procs)
            victim.send_signal(signal.SIGKILL)
            victim.wait(30)
            self.tally.kills += 1
            self.reap()

    def stop(self) -> None:
        for p in self.procs:
            p.wait(120)
        self.procs = []


def _run_fleet(fleet: SyncFleet, kills: int, producing: threading.Event,
               stop: threading.Event, rng: random.Random, left: Any,
               budget_after: float = 900.0) -> None:
    """Keep 1 (and for a third of the time 2-3) sync processes going; kill at random moments.
    After the producer is done the processes keep draining WITH the faults until the queue is
    empty (or ``budget_after`` seconds), so the deliveries themselves meet the faults."""
    last = time.monotonic()
    ends: float | None = None
    while not stop.is_set():
        fleet.reap()
        now = time.monotonic()
        if len(fleet.procs) >= 2:
            fleet.tally.parallel_seconds += now - last
        last = now
        want = rng.choice((1, 1, 2, 3))
        while len(fleet.procs) < want:
            fleet.spawn()
        fleet.tally.max_parallel = max(fleet.tally.max_parallel, len(fleet.procs))
        if fleet.tally.kills < kills:
            deadline = time.monotonic() + 5
            while fleet.sending() is None and time.monotonic() < deadline and left() \
                    and not stop.is_set():
                time.sleep(0.05)  # until one of them is really draining (if there is work)
            time.sleep(rng.uniform(0.0, 4.0 if left() else 0.5))  # a random moment in its work
            fleet.kill_one()
        elif not producing.is_set():
            ends = ends or time.monotonic() + budget_after
            if left() == 0 or time.monotonic() > ends:
                return
            time.sleep(0.5)
        else:
            time.sleep(0.3)


def _produce(store: Store, counter: Counter, holders: list[str], count: int, tally: Tally,
             rng: random.Random, producing: threading.Event) -> None:
    """``count`` transactions: counter sales (some bulk), counter check-ins, paper sheets."""
    price = EVENT_PRICE
    checked_in: set[str] = set()
    identified: dict[str, Any] = {}
    offers: dict[str, Any] = {}
    burst, group = 0, []
    made = 0
    while made < count:
        roll = rng.random()
        if roll < 0.02 and count - made >= PAPER_SHEET:
            made += _paper_sheet(store, rng.sample(holders, PAPER_SHEET), tally)
            continue
        if burst <= 0 and roll > 0.9:
            burst = rng.randint(5, 10)  # a group at the desk: sales one after another
            group = rng.sample(holders, burst)
        if burst > 0:
            number = group[burst - 1]
            burst -= 1
            roll = 0.5  # a sale
        else:
            number = rng.choice(holders)
        ident = identified.get(number)
        if ident is None:
            ident = identified[number] = counter.identify(number, IdentificationSource.SCANNER)
        key = str(uuid.uuid4())
        if roll < 0.32 and number not in checked_in:
            result = counter.check_in(ident, EVENT.id, action_key=key)
            kind = "checkin"
            checked_in.add(number)
        else:
            offer = offers.get(number)
            if offer is None:
                decision = counter.offers_for(ident, EVENT.id, price)
                offer = offers[number] = next(
                    o for o in decision.offers if o.type is TariffType.SOCIALTARIFF)
            result = counter.sell(ident, EVENT.id, price, offer, 1, action_key=key)
            kind = "group burst sale" if burst else "counter sale"
        if not result.done:
            raise SystemExit(f"the counter refused a {kind}: {result.message_nl}")
        tally.told_done.append(key)
        tally.kinds[kind] = tally.kinds.get(kind, 0) + 1
        made += 1
    producing.clear()


def _paper_sheet(store: Store, numbers: list[str], tally: Tally) -> int:
    from balie.domain import utcnow

    now = utcnow()
    # a paper line is known by its content: each sheet its own minute, or two sheets naming one
    # pass would be the same line imported twice (by design: "already imported")
    sheet = tally.kinds.get("paper line", 0) // PAPER_SHEET
    at = (tally.began - timedelta(minutes=1 + sheet)).astimezone(BRUSSELS)
    _, label, regular = EVENT.prices[0]
    lines = [f"verkoop;{n};{EVENT.id};{label};{regular / 100:.2f}".replace(".", ",") +
             f";{at:%d/%m/%Y};{at:%H:%M};SOCIALTARIFF;1,50" for n in numbers]
    sheet = "soort;uitpasnummer;evenement;prijscategorie;bedrag;datum;uur;tarief;betaald\n" + \
        "\n".join(lines) + "\n"
    result = import_paper(store, sheet, OPERATOR, now)
    if result.bad or result.queued != len(numbers):
        raise SystemExit(f"paper import refused lines: {result.bad}")
    tally.told_done.extend(g.client_uuid for g in result.good)
    tally.kinds["paper line"] = tally.kinds.get("paper line", 0) + len(numbers)
    return len(numbers)


EVENT_PRICE = None  # set in soak(): the pool's base price category


def _platform_ids(platform_dir: Path) -> dict[str, set[str]]:
    conn = sqlite3.connect(f"file:{platform_dir / DB_FILE}?mode=ro", uri=True)
    try:
        return {"ticket_sales": {str(r[0]) for r in conn.execute("SELECT id FROM ticket_sales")},
                "checkins": {str(r[0]) for r in conn.execute("SELECT id FROM checkins")}}
    finally:
        conn.close()


def compare(store: Store, platform_dir: Path, told_done: list[str]) -> dict[str, int]:
    """The four figures, from the local store and the platform's own tables (see module doc)."""
    there = _platform_ids(platform_dir)
    with store.read() as s:
        entries = {e.client_uuid: e for e in s.scalars(select(OutboxEntry))}
        local = {"ticket_sales": [(t.client_uuid, t.platform_id) for t in s.scalars(
                     select(TicketSale).where(TicketSale.cancelled.is_(False)))],
                 "checkins": [(c.client_uuid, c.platform_id) for c in s.scalars(
                     select(Checkin).where(Checkin.cancelled.is_(False)))]}
    lost = duplicated = stuck = dropped = attention = 0
    for table, rows in local.items():
        claimed = [pid for _, pid in rows if pid is not None]
        duplicated += len(claimed) - len(set(claimed))
        duplicated += len(there[table] - set(claimed))
        for client_uuid, pid in rows:
            entry = entries.get(client_uuid)
            if entry is not None and entry.status == OutboxStatus.CONFIRMED.value and (
                    pid is None or pid not in there[table]):
                lost += 1
    for client_uuid in told_done:
        entry = entries.get(client_uuid)
        if entry is None:
            lost += 1
        elif entry.status in (OutboxStatus.PENDING.value, OutboxStatus.SENT.value):
            stuck += 1
        elif entry.status in (OutboxStatus.CANCELLED.value, OutboxStatus.HANDLED.value):
            dropped += 1
        elif entry.status in (OutboxStatus.NEEDS_ATTENTION.value, OutboxStatus.REJECTED.value):
            if entry.note or entry.problem_detail or entry.last_error:
                attention += 1
            else:
                dropped += 1
    return {"lost": lost, "duplicated": duplicated, "stuck": stuck, "silently_dropped": dropped,
            "needs_attention": attention}


def soak(workdir: Path, count: int, kills: int, holders: int, seed: int,
         platform: RemotePlatform | None = None,
         drain_with_faults_s: float = 900.0) -> dict[str, Any]:
    global EVENT_PRICE
    from balie.domain import PriceCategory

    _, label, regular = EVENT.prices[0]
    EVENT_PRICE = PriceCategory(label, regular)
    rng = random.Random(seed)
    own_platform = platform is None
    platform = platform or start_remote(workdir / "platform")
    proxy = FaultProxy(platform.url, seed=seed).start()
    tally = Tally()
    started = time.monotonic()
    try:
        platform.reset()
        numbers = platform.add_passholders(holders)
        data_dir = workdir / "data"
        store = Store.open(data_dir / "balie.sqlite3")
        know_demo_events(store)
        # the counter asks the platform directly (its own, shorter timeouts); only sync is faulty
        counter = Counter(store, ApiPlatformPort.for_client(make_client(platform, (2.0, 10.0))),
                          OfflinePolicy(), OPERATOR)
        _faults(proxy, 1.0)
        fleet = SyncFleet(proxy.url, data_dir, _config(workdir), tally, random.Random(seed + 1))
        producing, stop = threading.Event(), threading.Event()
        producing.set()
        runner = threading.Thread(target=_run_fleet, args=(
            fleet, kills, producing, stop, random.Random(seed + 2),
            lambda: store.outbox.stats().length, drain_with_faults_s))
        runner.start()
        try:
            _produce(store, counter, numbers, count, tally, rng, producing)
            produced = time.monotonic() - started
            runner.join()
        finally:
            stop.set()
            runner.join()
            fleet.stop()
        proxy.clear()
        left_for_clean = store.outbox.stats().length
        rounds = 0
        while store.outbox.stats().length and rounds < 10:  # the last, fault-free syncs
            final = fleet.spawn(timeout=120)
            final.wait(300)
            fleet.reap()
            rounds += 1
        figures = compare(store, platform.data_dir, tally.told_done)
        store.close()
    finally:
        proxy.stop()
        if own_platform and platform.process is not None:
            platform.process.terminate()
            platform.process.wait(10)
    return {"transactions": len(tally.told_done), "mix": dict(sorted(tally.kinds.items())),
            "kills": tally.kills, "sync_starts": tally.starts,
            "max_workers_at_once": tally.max_parallel,
            "seconds_with_2plus_workers": round(tally.parallel_seconds),
            "faults_injected": dict(sorted(proxy.injected.items())),
            "requests_forwarded": proxy.forwarded,
            "requests_seen": dict(proxy.seen.most_common(6)),
            "left_for_fault_free_sync": left_for_clean, "final_syncs": rounds,
            "produce_s": round(produced), "total_s": round(time.monotonic() - started), **figures}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--holders", type=int, default=2_500)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cpus; count={args.count} "
          f"kills={args.kills} holders={args.holders} seed={args.seed}; sync client timeouts "
          f"1 s / {READ_TIMEOUT} s, production back-off", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        result = soak(Path(tmp), args.count, args.kills, args.holders, args.seed)
    figures = ("lost", "duplicated", "stuck", "silently_dropped")
    print("  ".join(f"{k}={json.dumps(v) if isinstance(v, dict) else v}"
                    for k, v in result.items() if k not in figures), flush=True)
    print("  ".join(f"{k}={result[k]}" for k in figures), flush=True)
    return 0 if all(result[k] == 0 for k in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
