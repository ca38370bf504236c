"""Drain 10,000 queued transactions to the training platform on loopback, with and without 10 %
injected faults; print seconds, transactions/s, duplicates and lost (both must be 0).

Run: .venv/bin/python bench/drain.py [--count 10000] [--fault-rate 0.10]
The faults are split over 5xx, 429 (Retry-After 0) and responses dropped after the commit.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import uuid
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select  # noqa: E402

from balie.domain import ActionKind, OutboxStatus, TariffType  # noqa: E402
from balie.store import Store  # noqa: E402
from balie.store.models import OutboxEntry  # noqa: E402
from balie.store.records import NewTicketSale  # noqa: E402
from balie.sync.backoff import BackoffPolicy  # noqa: E402
from balie.sync.worker import SyncWorker  # noqa: E402
from balie.training import TrainingPlatform, demo  # noqa: E402
from tests.sync.test_worker_helpers import OPERATOR, know_demo_events, make_client  # noqa: E402

PASSES = ("kansen_active", "kansen_expiring", "kansen_grace", "minor", "other_region_kansen",
          "brussel_kansen")


def queue(store: Store, count: int) -> None:
    event = demo.EVENTS["pool_today"]
    now = datetime.now(timezone.utc)
    for i in range(count):
        p = demo.PASSES[PASSES[i % 5]]  # the five kansentarief passes valid at the pool
        store.records.ticket_sale(NewTicketSale(
            event_id=event.id, event_name=event.name, uitpas_number=p.uitpas_number,
            passholder_id=p.passholder_id, regular_price_cents=450,
            regular_price_label="Basistarief", tariff_id="SOCIALTARIFF",
            tariff_name="Kansentarief", tariff_type=TariffType.SOCIALTARIFF, price_cents=110),
            OPERATOR, now, client_uuid=str(uuid.uuid4()))


def run(platform: TrainingPlatform, workdir: Path, count: int, fault_rate: float) -> dict[str, object]:
    platform.reset()
    store = Store.open(workdir / f"drain-{fault_rate}.sqlite3")
    know_demo_events(store)
    t0 = time.perf_counter()
    queue(store, count)
    queued = time.perf_counter() - t0
    if fault_rate:
        platform.set_faults(error_rate=fault_rate / 3, rate_limit_rate=fault_rate / 3, retry_after=0,
                            drop_after_commit_rate=fault_rate / 3, seed=1)
    worker = SyncWorker(store, make_client(platform, timeout=(1.0, 5.0)),
                        policy=BackoffPolicy(base_seconds=0.05, cap_seconds=1.0, min_seconds=0.01))
    t0 = time.perf_counter()
    report = worker.drain(until=datetime.now(timezone.utc) + timedelta(minutes=10))
    seconds = time.perf_counter() - t0
    platform.clear_faults()
    with store.read() as s:
        rows = s.scalars(select(OutboxEntry).where(OutboxEntry.kind == ActionKind.TICKET_SALE.value)).all()
        confirmed = Counter(json.loads(r.payload)["uitpasNumber"] for r in rows
                            if r.status == OutboxStatus.CONFIRMED.value)
    on_platform = {demo.PASSES[k].uitpas_number: platform.count_ticket_sales(
        uitpas_number=demo.PASSES[k].uitpas_number) for k in PASSES[:5]}
    duplicates = sum(max(0, on_platform[n] - confirmed[n]) for n in on_platform)
    lost = sum(max(0, confirmed[n] - on_platform[n]) for n in on_platform) + (count - sum(confirmed.values()))
    store.close()
    return {"faults": f"{fault_rate:.0%}", "transactions": count, "queue_s": round(queued, 1),
            "drain_s": round(seconds, 1), "tx_per_s": round(count / seconds), "reconciled": report.reconciled,
            "duplicates": duplicates, "lost": lost}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--fault-rate", type=float, default=0.10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        platform = TrainingPlatform(Path(tmp) / "platform")
        platform.start()
        try:
            for rate in (0.0, args.fault_rate):
                result = run(platform, Path(tmp), args.count, rate)
                print("  ".join(f"{k}={v}" for k, v in result.items()), flush=True)
        finally:
            platform.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
