"""Benchmark: what checking the store costs, at the open and in the commands, on a large store.

Builds a store (in clear, as in training: sealing makes the rows ~15 % larger and the checks
correspondingly slower): ``--sales`` ticket sales and as many check-ins through the real write
path (balie.store.records, one transaction each, as at the counter), then multiplies
the outbox, sales, check-in and audit rows ``--scale`` times with bulk SQL copies under new client
UUIDs (said so: the copies are not written one transaction per tap). Defaults give ~250,000
actions, about a busy venue's year. Then measures, each ``--runs`` times, median and p95:

- ``PRAGMA quick_check`` (what an open after a crash runs) and ``PRAGMA integrity_check`` (what
  every open ran before; now only the daily maintenance and ``doctor --full``);
- ``Store.open`` in this process after a clean close (header and schema only) and after a crash
  (quick_check);
- ``balie doctor`` and ``balie report --day`` as fresh processes (interpreter start and imports
  included; doctor's platform check is a refused local port, no network wait; no reader service).

    .venv/bin/python bench/store_checks.py [--sales 2000] [--scale 60] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))]


def line(label: str, ms: list[float]) -> str:
    return (f"{label:<44} n={len(ms)} median={statistics.median(ms):7.0f} ms "
            f"p95={pct(ms, 0.95):7.0f} ms")


def build(path: Path, sales: int, scale: int) -> int:
    from balie.domain import EventInfo, Operator, PriceCategory, TariffType
    from balie.numbers import luhn_check_digit
    from balie.store import Store
    from balie.store.records import NewCheckin, NewTicketSale

    operator = Operator("op-1", "An Kassa")
    start = datetime.now(UTC) - timedelta(days=365)
    event = EventInfo(id="ev-pool", name="Zwembad", organizer_id="org-1", start=start,
                      end=start + timedelta(days=400),
                      price_categories=(PriceCategory("Basistarief", 500),))
    with Store.open(path) as store:
        store.reference.save_events([event], start)
        for n in range(sales):
            partial = f"09{n % 5000:09d}1"
            number = partial + luhn_check_digit(partial)
            when = start + timedelta(minutes=15 * n)
            store.records.ticket_sale(NewTicketSale(
                event_id=event.id, event_name=event.name, uitpas_number=number,
                passholder_id=f"ph-{n % 5000}", regular_price_cents=500,
                regular_price_label="Basistarief", tariff_id="SOCIALTARIFF",
                tariff_name="Kansentarief", tariff_type=TariffType.SOCIALTARIFF,
                price_cents=125, quantity=1), operator, when, client_uuid=str(uuid.uuid4()))
            store.records.checkin(NewCheckin(event.id, event.name, number, f"ph-{n % 5000}", 1),
                                  operator, when, client_uuid=str(uuid.uuid4()))
        with store.engine.begin() as conn:
            for k in range(1, scale):
                offset = k * 10_000_000
                conn.exec_driver_sql(
                    "INSERT INTO outbox (client_uuid, kind, created_at, sequence, device_id, "
                    "operator_id, operator_name, status, attempts, pass_key, provisional, "
                    "training, payload, platform_ids) SELECT substr(client_uuid, 1, 28) || "
                    f"printf('%08d', {k}), kind, created_at, sequence + {offset}, device_id, "
                    "operator_id, operator_name, 'CONFIRMED', attempts, pass_key, provisional, "
                    "training, payload, '[\"p\"]' FROM outbox WHERE sequence < 10000000")
                for table in ("ticket_sales", "checkins"):
                    cols = [r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table})")
                            if r[1] not in ("id", "client_uuid")]
                    conn.exec_driver_sql(
                        f"INSERT INTO {table} (client_uuid, {', '.join(cols)}) SELECT "
                        f"substr(client_uuid, 1, 28) || printf('%08d', {k}), {', '.join(cols)} "
                        f"FROM {table} WHERE client_uuid IN "
                        "(SELECT client_uuid FROM outbox WHERE sequence < 10000000)")
                conn.exec_driver_sql(
                    "INSERT INTO audit_log (at, operator_id, operator_name, action, detail) "
                    f"SELECT at, operator_id, operator_name, action, detail FROM audit_log "
                    f"WHERE id <= {2 * sales}")
    return sales


def timed(fn) -> float:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sales", type=int, default=2000)
    parser.add_argument("--scale", type=int, default=60)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from balie.store import Store
    from balie.store.health import full_check, quick_check

    with tempfile.TemporaryDirectory(prefix="balie-bench-checks-") as tmp:
        data = Path(tmp) / "data"
        path = data / "balie.sqlite3"
        t0 = time.perf_counter()
        build(path, args.sales, args.scale)
        import sqlite3

        with sqlite3.connect(path) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            actions = conn.execute("SELECT count(*) FROM outbox").fetchone()[0]
        size = path.stat().st_size / 1e6
        print(f"store: {actions} actions (outbox rows; {2 * args.sales} written through the "
              f"counter's write path, the rest bulk copies), {size:.0f} MB, in clear; built in "
              f"{time.perf_counter() - t0:.0f} s")
        print(f"machine: {os.cpu_count()} cores; runs: {args.runs}; file in the OS cache "
              "(warm), as on a counter that ran a moment ago")
        print(line("PRAGMA quick_check (open after a crash)",
                   [timed(lambda: quick_check(path)) for _ in range(args.runs)]))
        print(line("PRAGMA integrity_check (every open, before)",
                   [timed(lambda: full_check(path)) for _ in range(args.runs)]))
        from balie.store.health import CLEAN_SUFFIX

        def after_crash() -> float:
            path.with_name(path.name + CLEAN_SUFFIX).unlink(missing_ok=True)
            return timed(lambda: Store.open(path).close())

        Store.open(path).close()
        print(line("Store.open after a clean close (schema only)",
                   [timed(lambda: Store.open(path).close()) for _ in range(args.runs)]))
        print(line("Store.open after a crash (quick_check)",
                   [after_crash() for _ in range(args.runs)]))
        Store.open(path).close()
        env = {**os.environ, "PCSCLITE_CSOCK_NAME": str(Path(tmp) / "no-pcscd")}
        day = (datetime.now(UTC) - timedelta(days=300)).date().isoformat()
        for label, argv in (
            ("balie doctor (process)", ["doctor"]),
            ("balie doctor --full (process)", ["doctor", "--full"]),
            ("balie report --day (process)", ["report", "--day", day]),
        ):
            ms = [timed(lambda argv=argv: subprocess.run(
                [sys.executable, "-m", "balie", *argv, "--data-dir", str(data)],
                capture_output=True, env=env, timeout=300)) for _ in range(args.runs)]
            print(line(label, ms))
    return 0


if __name__ == "__main__":
    sys.exit(main())
