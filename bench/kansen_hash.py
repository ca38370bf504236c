"""Benchmark: what keeping the kansentarief list as keyed hashes costs (issue 12, privacy).

Offline, on one SQLite file per mode with the same 1,000,000-card list (as bench/decide.py):

- refresh: writing the whole list (``replace_social_tariff_cards``), clear vs hashed (one HMAC
  per card), in seconds and cards per second;
- conversion: the one-time hashing of a list an older version stored in clear, at the first
  start with the key (``balie.kansen_list.convert_clear_lists``; bench/kansen_convert.py has
  the per-chunk figures);
- decision: identify + price decision per tap (``Counter.identify`` + ``offers_for``), half the
  numbers in the list, half not, clear vs hashed list, median and p95; runs alternate so drift
  of the machine hits both;
- PIN check at sign-in: scrypt (n=2**15, r=8) with and without the keyring pepper.

    .venv/bin/python bench/kansen_hash.py               # 1M cards, 3 x 2000 decisions
    .venv/bin/python bench/kansen_hash.py --rows 200000 --n 1000
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from balie.counter import Counter
from balie.crypto import FieldCipher
from balie.decide import OfflinePolicy
from balie.domain import (
    CardSystemInfo,
    IdentificationSource,
    Operator,
    TariffOffer,
    TariffType,
)
from balie.kansen_list import convert_clear_lists
from balie.operators import hash_pin, verify_pin
from balie.store import Store
from balie.store.reference import SocialTariffCardRow
from bench.decide import EVENT, NOW, PRICE, number


def summary(seconds: list[float]) -> str:
    ms = sorted(t * 1000 for t in seconds)
    return f"median={statistics.median(ms):.3f} ms p95={ms[max(0, int(len(ms) * 0.95) - 1)]:.3f} ms"


def fresh_store(path: Path) -> Store:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    store = Store.open(path)
    store.reference.save_card_systems([CardSystemInfo(1, "UiTPAS Bench", ("9000",))], NOW)
    store.reference.save_events([EVENT], NOW)
    store.reference.save_static_tariffs(
        EVENT.id, PRICE.price,
        [TariffOffer("SOCIALTARIFF", "Kansentarief", 200, TariffType.SOCIALTARIFF)], None, NOW)
    return store


def refresh(store: Store, numbers: list[str]) -> float:
    """Seconds to write the list (the numbers are made beforehand: not part of the figure)."""
    started = time.perf_counter()
    store.reference.replace_social_tariff_cards(
        1, (SocialTariffCardRow(n) for n in numbers), NOW)
    return time.perf_counter() - started


def decisions(store: Store, sequence: list[int]) -> list[float]:
    counter = Counter(store, None, OfflinePolicy(), Operator("bench", "Bench"), clock=lambda: NOW)
    timings = []
    for i in sequence:
        t0 = time.perf_counter()
        ident = counter.identify(number(i), IdentificationSource.TYPED)
        counter.offers_for(ident, EVENT, PRICE)
        timings.append(time.perf_counter() - t0)
    return timings


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000, help="cards in the list")
    parser.add_argument("--n", type=int, default=2000, help="decisions per run")
    parser.add_argument("--rounds", type=int, default=3, help="clear/hashed alternations")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="balie-kansen-hash-"))
    cipher = FieldCipher.from_master(os.urandom(32))
    numbers = [number(i) for i in range(args.rows)]
    try:
        clear = fresh_store(folder / "clear.sqlite3")
        clear_refresh = refresh(clear, numbers)
        clear.close()
        shutil.copy(folder / "clear.sqlite3", folder / "converted.sqlite3")
        hashed = fresh_store(folder / "hashed.sqlite3")
        hashed.cipher = cipher
        hashed_refresh = refresh(hashed, numbers)

        converted = Store.open(folder / "converted.sqlite3")
        converted.cipher = cipher
        started = time.perf_counter()
        done = convert_clear_lists(converted)
        conversion = time.perf_counter() - started
        converted.close()

        clear = Store.open(folder / "clear.sqlite3")
        rng = random.Random(5)
        sequence = [rng.randrange(args.rows * 2) for _ in range(args.n)]  # half in the list
        results: dict[str, list[float]] = {"clear": [], "hashed": []}
        for _ in range(args.rounds):
            for mode, store in (("clear", clear), ("hashed", hashed)):
                decisions(store, sequence[:200])  # warm-up
                results[mode] += decisions(store, sequence)
        hits = sum(bool(hashed.reference.social_tariff_lookup(number(i))) for i in sequence[:200])
        clear.close()
        hashed.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    pins: dict[str, list[float]] = {"plain": [], "peppered": []}
    for mode in ("plain", "peppered"):
        pepper = cipher.pepper if mode == "peppered" else None
        stored = hash_pin("482913", pepper=pepper)
        for _ in range(15):
            t0 = time.perf_counter()
            assert verify_pin("482913", stored, pepper)
            pins[mode].append(time.perf_counter() - t0)

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"offline, SQLite file on {folder.parent}, load average {load:.1f} on "
          f"{os.cpu_count()} cores, list of {args.rows:,} cards, "
          f"{args.rounds} x {args.n} decisions per mode (half the numbers in the list; "
          f"{hits}/200 sampled hits)")
    print(f"refresh  clear : {clear_refresh:.1f} s ({args.rows / clear_refresh:,.0f} cards/s)")
    print(f"refresh  hashed: {hashed_refresh:.1f} s ({args.rows / hashed_refresh:,.0f} cards/s)")
    print(f"convert clear list at first keyed start: {conversion:.1f} s for {done:,} cards")
    print(f"decision clear : {summary(results['clear'])}")
    print(f"decision hashed: {summary(results['hashed'])}")
    print(f"PIN check plain   : {summary(pins['plain'])} (scrypt n=2**15 r=8, 15 checks)")
    print(f"PIN check peppered: {summary(pins['peppered'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
