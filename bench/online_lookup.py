"""Benchmark: ONLINE tap-to-price at the counter against publiq's web-counter path, with the
training platform made slow on purpose (its latency fault adds the delay to every API answer).

What is measured, per platform latency (0, 50, 150 ms, and a platform answering after 5 s), in
one run, interleaved tap by tap so both paths see the same machine load:

- web-counter path: what publiq's web counter does, one after the other: ``GET /passes``, then
  ``GET /tariffs``, through the real client with a kept-alive session (no GUI);
- cached pass, tap to price on screen: the counter window (offscreen Qt, the real composition)
  from the reader's ``card_tapped`` signal to the price painted (the view's ``identified``
  signal, emitted right after the synchronous repaint; what runs after it in the same GUI turn
  is in the GUI stall); the pass and its chip were seen before (a regular visitor). The
  confirmation's two requests leave at the tap, in parallel with the local decision (on a fast
  link, rounds back within 20 ms, the tap waits for them up to 20 ms before deciding locally);
- cached pass, tap to confirmed price: the same tap until the platform's answer replaced the
  local decision on screen (the ``confirmed`` signal, after its repaint), or, when the answer
  was in before the local decision was painted and so was painted first, the price figure
  (counted apart: "the platform's answer was the first paint");
- uncached pass, scan to first price: a pass this counter never saw, scanned by its number
  (``GET /passes`` and ``GET /tariffs`` in one parallel round);
- GUI stall: the longest gap between ticks of a 2 ms timer on the GUI thread during the counter's
  taps (the web path runs blocking on the GUI thread and is excluded).

With the 5 s platform the first tap opens the circuit breaker (interactive read timeout 2 s);
"taps after the first" are reported apart, as is whether they were marked provisional.

The training platform runs in its own process, as publiq's runs on another machine: its request
handling must not take the counter's interpreter (``--in-process`` puts it back in this process,
as before, where it shares the GIL with the counter). The first line and every latency block say
the machine's load average (this machine is shared).

    .venv/bin/python bench/online_lookup.py [-n 60] [--slow-taps 20] [--in-process]
                                            [--latencies 0,50,150] [--no-slow]
                                            [--export 1000000]

Prints median and p95 (ms) per line, and the ratio web path / counter at each latency.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LATENCIES = (0, 50, 150)
SLOW_MS = 5000
CACHED = ("kansen_active", "regular", "kansen_expiring", "kansen_grace", "minor", "few_points")


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))]


def load() -> str:
    return f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cpus"


@contextlib.contextmanager
def _platform(data_dir: Path, in_process: bool) -> Iterator[Any]:
    """The training platform, in its own process (driven over its admin endpoints, like
    bench/drain.py) or, with ``in_process``, in this one."""
    from balie.training import TrainingPlatform

    if in_process:
        with TrainingPlatform(data_dir) as platform:
            yield platform
        return
    from drain import start_remote

    remote = start_remote(data_dir)
    remote.search_url = remote.url + "/search"  # type: ignore[attr-defined]
    try:
        yield remote
    finally:
        assert remote.process is not None
        remote.process.terminate()
        remote.process.wait(timeout=30)


def line(label: str, ms: list[float]) -> str:
    if not ms:
        return f"  {label:<46} (no samples)"
    return (f"  {label:<46} n={len(ms):<4} median {statistics.median(ms):7.1f} ms   "
            f"p95 {pct(ms, 0.95):7.1f} ms")


class Stall:
    """Largest gap between ticks of a fast timer on the GUI thread: how long the GUI froze."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self._worst = 0.0
        self._timer = QTimer()
        self._timer.setInterval(2)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self._worst = max(self._worst, now - self._last)
        self._last = now

    def begin(self) -> None:
        self._last = time.perf_counter()
        self._worst = 0.0

    def end(self) -> None:
        self._tick()
        self.gaps.append(self._worst * 1000)


#: perf_counter() at the last emission seen by :func:`wait_for`
FIRED_AT = [0.0]


def wait_for(signal, timeout_s: float) -> tuple | None:  # signal: a Qt signal
    """Run Qt's event loop until ``signal`` fires (its arguments) or the timeout (None). The
    moment it fired is kept in ``FIRED_AT``: ``identified`` fires right after the synchronous
    repaint of the price (``confirmed`` after the answer's), so that is when the cashier sees it;
    the slots that run after it in the same turn (the today strip, starting the confirmation)
    are not "waiting for the price" (they are in the GUI-stall figure), as in bench/startup.py."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    got: list[tuple] = []

    def fired(*args: object) -> None:
        if not got:
            FIRED_AT[0] = time.perf_counter()
            got.append(args)
        loop.quit()

    signal.connect(fired)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    signal.disconnect(fired)
    return got[0] if got else None


def quiet_qt() -> None:
    """Qt's offscreen platform says "does not support propagateSizeHints()" at every resize of a
    dialog; hundreds of those lines hid the figures. Every other Qt message is still printed."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind: object, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=60, help="taps per latency and path")
    parser.add_argument("--slow-taps", type=int, default=20, help="taps with the 5 s platform")
    parser.add_argument("--export", type=int, default=0,
                        help="also stream a social-tariff export of this many cards")
    parser.add_argument("--latencies", default=",".join(map(str, LATENCIES)),
                        help="latency faults to measure, ms, comma-separated (default: %(default)s)")
    parser.add_argument("--no-slow", action="store_true", help="skip the 5 s platform")
    parser.add_argument("--in-process", action="store_true",
                        help="run the training platform in this process (shares the GIL)")
    args = parser.parse_args()
    if args.export and not args.in_process:
        parser.error("--export seeds the platform directly: use it with --in-process")

    from PySide6.QtWidgets import QApplication

    import balie.ui  # noqa: F401 - PySide6 guard
    from balie.app import build_window, compose_training
    from balie.sync.auth import ClientCredentialsProvider, discover
    from balie.sync.client import UitpasClient, make_session
    from balie.sync.environments import training
    from balie.training.demo import CARD_SYSTEMS, PASSES
    from balie.ui.resources import apply_theme

    qt = QApplication.instance() or QApplication(sys.argv[:1])
    quiet_qt()
    apply_theme(qt)  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory(prefix="balie-online-") as tmp, \
            _platform(Path(tmp) / "platform", args.in_process) as platform:
        env = training(platform.url, platform.auth_url, platform.search_url)
        session = make_session()
        web = UitpasClient(env.api_url, ClientCredentialsProvider(
            discover(session, env), platform.client_id, platform.client_secret, session=session),
            session=session, timeout=(3.05, 20.0))
        composition = compose_training(Path(tmp) / "counter", platform, organizer_key="pool")
        running = build_window(composition, with_reader=False, virtual_cards=False,
                               start_sync=False, backup_delay=3600)
        window, signals = running.window, running.signals
        window._poll.stop()  # the 5 s status poll is not part of what a tap costs
        window.resize(1280, 800)
        window.show()
        window.start()
        while window.view.event_combo.count() == 0:
            wait_for(window.view.identified, 0.05)
        event = window.view.current_event()
        assert event is not None
        price = event.price_categories[0]
        uncached = platform.add_passholders(args.n * len(LATENCIES) + args.slow_taps + 20)
        stall = Stall()
        view = window.view
        at_once = [0]  # taps whose first paint was already the platform's answer

        def tap(key: str) -> tuple[float, float | None, object]:
            """(ms to price, ms to confirmed or None, the view first painted)."""
            started = time.perf_counter()
            stall.begin()
            signals.card_tapped.emit("Bench PCD", PASSES[key].chip_number)
            painted = wait_for(view.identified, 30)
            assert painted is not None, "no price painted"
            price_ms = (FIRED_AT[0] - started) * 1000
            confirmed_ms = None
            if painted[0].confirming:
                done = wait_for(view.confirmed, 30)
                if done is not None and done[0] is not None:
                    confirmed_ms = (FIRED_AT[0] - started) * 1000
            elif not painted[0].provisional:  # the platform's answer was the first paint
                confirmed_ms = price_ms
                at_once[0] += 1
            stall.end()
            return price_ms, confirmed_ms, painted[0]

        def scan(number: str) -> tuple[float, object]:
            started = time.perf_counter()
            stall.begin()
            signals.code_scanned.emit(number)
            painted = wait_for(view.identified, 30)
            assert painted is not None, "no price painted"
            ms = (FIRED_AT[0] - started) * 1000
            if painted[0].confirming:
                wait_for(view.confirmed, 30)
            stall.end()
            return ms, painted[0]

        def web_path(number: str) -> float:
            started = time.perf_counter()
            web.identify_pass(number)
            web.get_tariffs(event.id, price.price, number)
            return (time.perf_counter() - started) * 1000

        for key in CACHED:  # a regular visitor: seen once online, chip and answers cached
            tap(key)
        for _ in range(5):
            web_path(PASSES["kansen_active"].uitpas_number)

        where = "in this process" if args.in_process else "in its own process"
        print(f"ONLINE counter vs web-counter path; training platform {where} on 127.0.0.1, "
              f"event {event.name!r} at {price.price} cents; interactive timeouts "
              f"connect/read {composition.counter.platform.port.client.timeout} s; "
              f"{args.n} taps per path and latency, interleaved; {load()}")
        summary: list[str] = []
        for latency in (int(x) for x in args.latencies.split(",") if x.strip()):
            platform.set_faults(latency_ms=latency)
            got: dict[str, list[float]] = {"web": [], "price": [], "confirmed": [],
                                           "uncached": []}
            stall.gaps.clear()
            at_once[0] = 0
            for i in range(args.n):
                key = CACHED[i % len(CACHED)]
                got["web"].append(web_path(PASSES[key].uitpas_number))
                price_ms, confirmed_ms, _ = tap(key)
                got["price"].append(price_ms)
                if confirmed_ms is not None:
                    got["confirmed"].append(confirmed_ms)
                got["uncached"].append(scan(uncached.pop())[0])
            ratio = pct(got["web"], 0.95) / pct(got["price"], 0.95)
            print(f"latency fault {latency} ms (one round trip ~ {latency} ms + loopback), "
                  f"{load()}:")
            print(line("web-counter path (identify, then tariffs)", got["web"]))
            print(line("cached pass, tap to price on screen", got["price"]))
            print(line("cached pass, tap to confirmed price", got["confirmed"]))
            print(f"  of which the platform's answer was the first paint: {at_once[0]}"
                  f"/{len(got['confirmed'])}")
            print(line("uncached pass, scan to first price", got["uncached"]))
            print(line("GUI stall per tap (longest timer gap)", stall.gaps))
            print(f"  ratio web path p95 / cached tap-to-price p95: {ratio:.1f}x")
            summary.append(f"{latency} ms: cached p95 {pct(got['price'], 0.95):.1f} ms, "
                           f"confirmed p95 {pct(got['confirmed'], 0.95):.1f} ms, uncached p95 "
                           f"{pct(got['uncached'], 0.95):.1f} ms, web p95 "
                           f"{pct(got['web'], 0.95):.1f} ms, ratio {ratio:.1f}x, "
                           f"stall max {max(stall.gaps):.0f} ms")

        if not args.no_slow:
            platform.set_faults(latency_ms=SLOW_MS)
            stall.gaps.clear()
            first_ms, _, first_view = tap(CACHED[0])
            later: list[float] = []
            provisional = 0
            for i in range(args.slow_taps):
                ms, _, shown = tap(CACHED[(i + 1) % len(CACHED)])
                later.append(ms)
                provisional += bool(shown.provisional and not shown.confirming)
            uncached_slow = [scan(uncached.pop())[0] for _ in range(5)]
            web_slow = [web_path(PASSES["regular"].uitpas_number) for _ in range(2)]
            print(f"platform answering after {SLOW_MS / 1000:.0f} s (circuit breaker), {load()}:")
            print(f"  first tap: price painted in {first_ms:.1f} ms (from the store), its "
                  f"confirmation timed out and opened the breaker; status bar: "
                  f"{window.status.online_label.text()!r}")
            print(line("cached pass, taps after the first, to price", later))
            print(f"  of which marked provisional: {provisional}/{len(later)}")
            print(line("uncached pass, scan to first price", uncached_slow))
            print(line("web-counter path (identify, then tariffs)", web_slow))
            print(line("GUI stall per tap (longest timer gap)", stall.gaps))
            summary.append(f"5 s platform: taps after the first p95 {pct(later, 0.95):.1f} ms, "
                           f"{provisional}/{len(later)} provisional, stall max "
                           f"{max(stall.gaps):.0f} ms")
        platform.clear_faults()
        print("summary:")
        for text in summary:
            print("  " + text)
        running.stop()

        if args.export:
            cs = CARD_SYSTEMS["dender"].id
            t0 = time.perf_counter()
            platform.add_social_tariff_cards(cs, args.export)
            seeded = time.perf_counter() - t0
            tracemalloc.start()
            t0 = time.perf_counter()
            count = sum(1 for _ in web.iter_social_tariff_cards(cs))
            took = time.perf_counter() - t0
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            print(f"social-tariff export: {count} cards streamed in {took:.1f} s "
                  f"({count / took:,.0f}/s), client peak memory {peak / 1e6:.1f} MB "
                  f"(platform seeding took {seeded:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
