"""How fast is an online pass lookup at the counter? Times N (default 300) round trips of
identify (GET /passes) + GET /tariffs through the real client against the training platform on
127.0.0.1, and optionally streams a large social-tariff export.

    .venv/bin/python bench/online_lookup.py [-n 300] [--export 1000000]

Prints median and p95 per call and per pair, with the answer sizes. Loopback numbers show the
client's own overhead (HTTP session, JSON, parsing); add the real network's latency on top.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from balie.sync.auth import ClientCredentialsProvider, discover  # noqa: E402
from balie.sync.client import UitpasClient, make_session  # noqa: E402
from balie.sync.environments import training  # noqa: E402
from balie.training import TrainingPlatform  # noqa: E402
from balie.training.demo import CARD_SYSTEMS, EVENTS, PASSES  # noqa: E402


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _line(name: str, ms: list[float], size: int | None = None) -> str:
    extra = f"  answer {size} bytes" if size is not None else ""
    return f"{name:<24} median {statistics.median(ms):6.2f} ms   p95 {_pct(ms, 0.95):6.2f} ms{extra}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=300, help="number of identify + tariffs round trips")
    parser.add_argument("--export", type=int, default=0, help="also stream an export of this many cards")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp, TrainingPlatform(Path(tmp)) as platform:
        env = training(platform.url, platform.auth_url, platform.search_url)
        session = make_session()
        tokens = ClientCredentialsProvider(discover(session, env), platform.client_id, platform.client_secret,
                                           session=session)
        client = UitpasClient(env.api_url, tokens, session=session)
        holder = PASSES["kansen_active"]
        event = EVENTS["museum_today"]
        price = next(c for cat, _, c in event.prices if cat == "base")

        sizes: dict[str, int] = {}

        def size_hook(name: str):
            def hook(response, *a, **k):  # noqa: ANN001
                sizes[name] = len(response.content)
            return hook

        for _ in range(10):  # warm up: token, connection, sqlite caches
            client.identify_pass(holder.uitpas_number)
            client.get_tariffs(event.id, price, holder.uitpas_number)

        identify_ms, tariffs_ms, pair_ms = [], [], []
        for i in range(args.n):
            session.hooks["response"] = [size_hook("identify")] if i == 0 else []
            t0 = time.perf_counter()
            client.identify_pass(holder.uitpas_number)
            t1 = time.perf_counter()
            session.hooks["response"] = [size_hook("tariffs")] if i == 0 else []
            client.get_tariffs(event.id, price, holder.uitpas_number)
            t2 = time.perf_counter()
            identify_ms.append((t1 - t0) * 1000)
            tariffs_ms.append((t2 - t1) * 1000)
            pair_ms.append((t2 - t0) * 1000)
        session.hooks["response"] = []

        print(f"online lookup against the training platform on 127.0.0.1, n={args.n}")
        print(_line("GET /passes (identify)", identify_ms, sizes.get("identify")))
        print(_line("GET /tariffs", tariffs_ms, sizes.get("tariffs")))
        print(_line("identify + tariffs", pair_ms))

        if args.export:
            cs = CARD_SYSTEMS["dender"].id
            t0 = time.perf_counter()
            platform.add_social_tariff_cards(cs, args.export)
            seeded = time.perf_counter() - t0
            tracemalloc.start()
            t0 = time.perf_counter()
            count = sum(1 for _ in client.iter_social_tariff_cards(cs))
            took = time.perf_counter() - t0
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            print(f"social-tariff export: {count} cards streamed in {took:.1f} s "
                  f"({count / took:,.0f}/s), client peak memory {peak / 1e6:.1f} MB "
                  f"(platform seeding took {seeded:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
