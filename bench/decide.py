"""Benchmark: one identification + sale decision against a store with 1,000,000 social-tariff cards.

Target: p95 <= 5 ms warm. Prints median, p95 and decisions/s warm, and a separate cold line: the
first lookups in a fresh process on a freshly opened store (OS page cache dropped when we may:
root on Linux writes /proc/sys/vm/drop_caches; otherwise only process and connection are fresh).

    .venv/bin/python bench/decide.py            # builds the 1M-row store once in the tmp dir
    .venv/bin/python bench/decide.py --rebuild  # build it again
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from balie.counter import Counter
from balie.decide import OfflinePolicy
from balie.domain import (
    CardSystemInfo,
    EventInfo,
    IdentificationSource,
    Operator,
    PriceCategory,
    TariffOffer,
    TariffType,
)
from balie.numbers import luhn_check_digit
from balie.store import Store
from balie.store.reference import SocialTariffCardRow

ROWS = 1_000_000
NOW = datetime(2026, 6, 10, 13, 0, tzinfo=UTC)
EVENT = EventInfo("ev-bench", "Zwembad", "org-1", NOW - timedelta(hours=1), NOW + timedelta(hours=5),
                  (PriceCategory("Basistarief", 1000),), 1, (1,))
PRICE = EVENT.price_categories[0]


def number(i: int) -> str:
    partial = f"09{i:09d}1"
    return partial + luhn_check_digit(partial)


def build(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    started = time.perf_counter()
    with Store.open(path) as store:
        store.reference.save_card_systems([CardSystemInfo(1, "UiTPAS Bench", ("9000",))], NOW)
        store.reference.save_events([EVENT], NOW)
        store.reference.save_static_tariffs(
            EVENT.id, PRICE.price,
            [TariffOffer("SOCIALTARIFF", "Kansentarief", 200, TariffType.SOCIALTARIFF)], None, NOW)
        rows = (SocialTariffCardRow(number(i)) for i in range(ROWS))
        store.reference.replace_social_tariff_cards(1, rows, NOW)
    print(f"built {ROWS:,} social-tariff cards in {time.perf_counter() - started:.1f} s")


def measure(path: Path, n: int, seed: int) -> list[float]:
    rng = random.Random(seed)
    with Store.open(path) as store:
        counter = Counter(store, None, OfflinePolicy(), Operator("bench", "Bench"),
                          clock=lambda: NOW)
        timings = []
        for _ in range(n):
            i = rng.randrange(ROWS * 2)  # half in the list, half not
            raw = number(i) if i < ROWS else number(i)
            t0 = time.perf_counter()
            ident = counter.identify(raw, IdentificationSource.TYPED)
            counter.offers_for(ident, EVENT, PRICE)
            timings.append(time.perf_counter() - t0)
        return timings


def drop_os_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def report(label: str, timings: list[float]) -> None:
    ms = sorted(t * 1000 for t in timings)
    p95 = ms[max(0, int(len(ms) * 0.95) - 1)]
    print(f"{label}: n={len(ms)} median={statistics.median(ms):.2f} ms p95={p95:.2f} ms "
          f"decisions/s={len(ms) / (sum(ms) / 1000):.0f}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--cold-child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.cold_child:
        report("cold (fresh process + connection, first 50 decisions)",
               measure(args.cold_child, 50, seed=7))
        return 0
    path = Path(tempfile.gettempdir()) / "balie-bench" / "decide-1m.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    if args.rebuild or not path.exists():
        build(path)
    size = sum(Path(str(path) + s).stat().st_size for s in ("", "-wal")
               if Path(str(path) + s).exists())
    print(f"store: {path} ({size / 1e6:.1f} MB, {ROWS:,} cards)")
    dropped = drop_os_caches()
    print(f"OS page cache dropped before the cold run: {'yes' if dropped else 'no (not root)'}")
    subprocess.run([sys.executable, __file__, "--cold-child", str(path)], check=True)
    measure(path, 200, seed=1)  # warm-up
    report("warm", measure(path, args.n, seed=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
