"""Benchmark: what field encryption costs on the decision path of bench/decide.py.

Same 1,000,000-card store and the same identify + sale decision as ``bench/decide.py``, run with
and without a cipher attached to the store. To exercise the sealed fields, ``--cached`` of the
looked-up passes are first remembered in the pass cache (so identification unseals a snapshot for
those) and each gets a cached per-pass tariff answer (looked up by blind index). Runs alternate
clear / sealed several times so drift of the machine hits both equally.

Target (issue 8): encrypted no more than 20 % slower than clear.

The kansentarief list itself is hashed on a live store since issue 12; this benchmark reuses the
clear list of bench/decide.py, so its sealed runs measure the pass cache and tariff cache only.
The hashed list (refresh, conversion, decision) is measured by ``bench/kansen_hash.py``.

    .venv/bin/python bench/crypto_cost.py            # reuses the store bench/decide.py built
    .venv/bin/python bench/crypto_cost.py --rounds 5 --n 2000
"""

from __future__ import annotations

import argparse
import os
import random
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
    CardStatus,
    IdentificationSource,
    Operator,
    PassSnapshot,
    PassType,
    SocialTariffStatus,
    TariffOffer,
    TariffType,
)
from balie.store import Store
from bench.decide import EVENT, NOW, PRICE, ROWS, build, number


def prepare(store: Store, cipher: FieldCipher | None, cached: list[int]) -> None:
    """Empty the caches and refill them the way this mode stores them."""
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM passes_seen")
        conn.exec_driver_sql("DELETE FROM pass_tariffs")
    store.cipher = cipher
    offers = [TariffOffer("SOCIALTARIFF", "Kansentarief", 200, TariffType.SOCIALTARIFF)]
    for i in cached:
        store.passes.remember(PassSnapshot(
            uitpas_number=number(i), passholder_id=f"ph-{i}", pass_type=PassType.INDIVIDUAL,
            first_name="Bench", points=3, postal_code="9000", card_system=None,
            social_tariff_status=SocialTariffStatus.ACTIVE, social_tariff_end_date=None,
            card_status=CardStatus.ACTIVE, fetched_at=NOW), NOW)
        store.reference.save_pass_tariffs(number(i), EVENT.id, PRICE.price, offers, None, NOW)


def measure(store: Store, sequence: list[int]) -> list[float]:
    counter = Counter(store, None, OfflinePolicy(), Operator("bench", "Bench"), clock=lambda: NOW)
    timings = []
    for i in sequence:
        t0 = time.perf_counter()
        ident = counter.identify(number(i), IdentificationSource.TYPED)
        counter.offers_for(ident, EVENT, PRICE)
        timings.append(time.perf_counter() - t0)
    return timings


def summary(timings: list[float]) -> tuple[float, float]:
    ms = sorted(t * 1000 for t in timings)
    return statistics.median(ms), ms[max(0, int(len(ms) * 0.95) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000, help="decisions per run")
    parser.add_argument("--rounds", type=int, default=3, help="clear/sealed alternations")
    parser.add_argument("--cached", type=int, default=1000, help="passes in the pass cache")
    args = parser.parse_args()
    path = Path(tempfile.gettempdir()) / "balie-bench" / "decide-1m.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        build(path)
    rng = random.Random(3)
    cached = rng.sample(range(ROWS * 2), args.cached)
    # half the decisions are passes seen before (cache hit: a snapshot to unseal), half not
    sequence = [rng.choice(cached) if rng.random() < 0.5 else rng.randrange(ROWS * 2)
                for _ in range(args.n)]
    cipher = FieldCipher.from_master(os.urandom(32))
    results: dict[str, list[float]] = {"clear": [], "sealed": []}
    with Store.open(path) as store:
        for _ in range(args.rounds):
            for mode in ("clear", "sealed"):
                prepare(store, cipher if mode == "sealed" else None, cached)
                measure(store, sequence[:200])  # warm-up
                results[mode] += measure(store, sequence)
        prepare(store, None, [])
    clear_med, clear_p95 = summary(results["clear"])
    sealed_med, sealed_p95 = summary(results["sealed"])
    print(f"store: {path} ({ROWS:,} cards), {args.cached} cached passes, "
          f"{args.rounds} x {args.n} decisions per mode")
    print(f"clear : median={clear_med:.3f} ms p95={clear_p95:.3f} ms")
    print(f"sealed: median={sealed_med:.3f} ms p95={sealed_p95:.3f} ms")
    print(f"cost  : median {100 * (sealed_med / clear_med - 1):+.1f} %, "
          f"p95 {100 * (sealed_p95 / clear_p95 - 1):+.1f} % (target <= +20 %)")
    numbers = [number(i) for i in range(100_000)]
    t0 = time.perf_counter()
    for n in numbers:
        cipher.index(n, "uitpas")
    per_index = (time.perf_counter() - t0) / len(numbers)
    print(f"blind index: {per_index * 1e6:.2f} us each -> {per_index * ROWS:.1f} s of HMAC for "
          "a 1M-card list per refresh (the whole cost: bench/kansen_hash.py)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
