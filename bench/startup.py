"""Benchmark: cold start to a counter view ready for a scan, and OFFLINE tap-to-price in the GUI.

1. Cold start (target <= 2 s): a fresh ``python`` process per run does what ``balie gui
   --training`` does (imports in its order, starts the training platform in-process,
   opens/creates the store, builds the window). Timed from spawning the process, so interpreter
   start and imports count; balie runs from cached bytecode as an installed counter does (the
   first output line says so: bench/bytecode.py). Median and p95 over ``--runs``, in two cases:
   a. first start ever (empty data dir): when the scan field has the focus, and when the
      organizer's events arrived from the training platform (a first refresh, ~3 s: until then
      a scan gets no price);
   b. a start with yesterday's store (the everyday case; a copy of a data dir that ran once):
      when the window is ready for a scan WITH a price, i.e. the events and prices are on
      screen from the store, without waiting for the platform.
   And over both cases, the longest GUI-thread pause in the 2 s after that (target <= 50 ms).
2. Tap-to-price OFFLINE (target p95 <= 50 ms): the counter window over a store with 1,000,000
   cached social-tariff cards (built by bench/decide.py's helper, copied), without a platform
   port (a counter without network); from the reader's tap (chip UID) or the scanner event being
   emitted to the price painted on screen. The online case (price painted from the store, then
   confirmed by the platform) is bench/online_lookup.py. ``--taps 0`` / ``--runs 0`` skip a
   part.

``--live``: the cold starts of a LIVE counter instead (``balie gui`` without --training, no
tap part): the training platform in its own process on 127.0.0.1 configured as the live URL,
the store sealed with its key in a real keyring backend, operators on the lock screen
(bench/live.py says how). "First start ever" is then a new counter's first start (a new store
and a new key); "events" come from that platform.

    .venv/bin/python bench/startup.py [--runs 5] [--taps 500] [--live]
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
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bytecode import compile_balie  # bench/bytecode.py: what the timed processes run

if TYPE_CHECKING:  # bench/live.py: imported only for --live (keyring must not be in a child)
    from live import Live


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))]


def line(label: str, ms: list[float]) -> str:
    """One figure, with the machine's load average when it was taken (the machine is shared)."""
    return (f"{label}: n={len(ms)} median={statistics.median(ms):.0f} ms "
            f"p95={pct(ms, 0.95):.0f} ms max={max(ms):.0f} ms "
            f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cpus)")


# ------------------------------------------------------------------------------- cold start
#: after "ready with a price", the child watches the GUI thread this long (the first sync round
#: and the status bar's queries land here) for its longest pause
LINGER_SECONDS = 2.0


def child_start(data_dir: Path, live_config: Path | None = None) -> int:
    """Runs in the fresh process: prints READY / EVENTS with wall-clock times, then STALL: the
    longest gap (ms) between ticks of a 2 ms timer on the GUI thread in the LINGER_SECONDS after
    the events were on screen. Imports in the order ``balie gui`` makes them (its load_parts);
    no QtTest, which the app never loads: the waits are Qt event loops. ``live_config``: the
    live counter configured there (``balie gui --config FILE``), its keyring from the
    environment the parent set (bench/live.py)."""
    import argparse as ap

    from balie.app.commands.gui import load_parts

    training = live_config is None
    load_parts(training=training)
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from balie import app as composition

    qt = QApplication(sys.argv[:1])
    running = composition.start_gui(
        training=training, data_dir=data_dir, config_path=live_config,
        overrides_from=ap.Namespace(data_dir=None, platform_url=None, auth_url=None),
        with_reader=False, setup_wizard=training)
    window = running.window
    window.show()
    window.view.scan_field.setFocus()
    qt.processEvents()
    print(f"READY {time.time():.6f}", flush=True)
    loop = QEventLoop()
    ticks = QTimer()
    ticks.setInterval(2)
    deadline = time.perf_counter() + 20
    gaps = [0.0]
    last = [0.0]

    def until_events() -> None:
        if window.view.event_combo.count() > 0 or time.perf_counter() > deadline:
            loop.quit()

    def watch() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now
        if now > deadline:
            loop.quit()

    ticks.timeout.connect(until_events)
    ticks.start()
    if window.view.event_combo.count() == 0:
        loop.exec()
    print(f"EVENTS {time.time():.6f}", flush=True)
    ticks.timeout.disconnect(until_events)
    ticks.timeout.connect(watch)
    last[0] = time.perf_counter()
    deadline = last[0] + LINGER_SECONDS
    loop.exec()
    print(f"STALL {max(gaps) * 1000:.1f}", flush=True)
    running.stop()
    return 0


def child_command(data_dir: Path, live: Live | None) -> tuple[list[str], dict[str, str] | None]:
    """The child's command line and environment (a live counter's keyring; else inherited)."""
    cmd = [sys.executable, __file__, "--child-start", str(data_dir)]
    if live is None:
        return cmd, None
    return [*cmd, "--live-config", str(live.config)], live.env()


def _start_once(data_dir: Path, live: Live | None = None) -> tuple[float, float, float]:
    """(ms to ready for a scan, ms to the events on screen, longest GUI pause after that in ms)
    of one fresh process."""
    cmd, env = child_command(data_dir, live)
    started = time.time()
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=True,
                         env=env).stdout
    marks = dict(line.split() for line in out.splitlines() if line[:5] in ("READY", "EVENT",
                                                                             "STALL"))
    return ((float(marks["READY"]) - started) * 1000, (float(marks["EVENTS"]) - started) * 1000,
            float(marks["STALL"]))


def cold_start(runs: int, live: Live | None = None) -> None:
    import shutil

    platform = "the training platform"
    if live is not None:
        platform = "the platform"
        print("cold starts of a LIVE counter: sealed store, key in a keyring backend, the "
              "platform on 127.0.0.1 in its own process")
    ready, events, stalls = [], [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="balie-start-") as tmp:
            r, e, g = _start_once(Path(tmp), live)
            ready.append(r)
            events.append(e)
            stalls.append(g)
    print(line("first start ever (empty store) -> counter view ready for a scan", ready))
    print(line(f"first start ever (empty store) -> events loaded from {platform}", events))
    with tempfile.TemporaryDirectory(prefix="balie-yesterday-") as tmp:
        yesterday = Path(tmp) / "yesterday"
        if live is not None:  # a counter set up and used before: its staff sign in
            _live_yesterday(yesterday, live)
        _start_once(yesterday, live)  # one session: events and prices are in its store now
        ready, priced = [], []
        for n in range(runs):
            today = Path(tmp) / f"day{n}"
            shutil.copytree(yesterday, today)
            r, e, g = _start_once(today, live)
            ready.append(r)
            priced.append(e)
            stalls.append(g)
    print(line("start with yesterday's store -> counter view ready for a scan", ready))
    print(line("start with yesterday's store -> ready for a scan WITH a price (events from "
               "the store)", priced))
    print(line(f"longest GUI-thread pause in the {LINGER_SECONDS:.0f} s after ready (2 ms timer; "
               "first sync round included), both cases", stalls))


def _live_yesterday(data_dir: Path, live: Live) -> None:
    """A live counter's store as its set-up left it: sealed, key in the keyring, its staff."""
    from live import STORE_NAME, seal

    from balie.domain import utcnow
    from balie.store import Store

    data_dir.mkdir(parents=True)
    with live.keyring(), Store.open(data_dir / STORE_NAME, backups=data_dir / "backups") as store:
        seal(store, utcnow())


# ------------------------------------------------------------------------------- tap-to-price
def _chip(i: int) -> str:
    """A 7-byte NFC UID per bench card (04 is NXP's manufacturer byte, as on real cards)."""
    return f"04{i:012X}"


def tap_to_price(taps: int) -> None:
    """Taps arrive as the reader service reports them (``card_tapped`` with the chip UID), so the
    chip -> number lookup is measured too; the chips of the sampled cards were learnt before, as a
    counter learns them from earlier visits. Scans (the printed number) are measured alongside."""
    import shutil

    sys.path.insert(0, str(ROOT / "bench"))
    import decide as decide_bench  # bench/decide.py: the shared 1M-card store
    from PySide6.QtCore import QEventLoop
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    import balie.ui  # noqa: F401
    from balie.counter import Counter
    from balie.decide import OfflinePolicy
    from balie.domain import Operator
    from balie.store import Store
    from balie.ui.bridge import ServiceSignals
    from balie.ui.counter_adapter import CounterAdapter
    from balie.ui.main_window import MainWindow
    from balie.ui.port import MemorySettings
    from balie.ui.resources import apply_theme

    shared = Path(tempfile.gettempdir()) / "balie-bench" / "decide-1m.sqlite3"
    shared.parent.mkdir(parents=True, exist_ok=True)
    if not shared.exists():
        decide_bench.build(shared)
    work = Path(tempfile.mkdtemp(prefix="balie-taps-"))
    path = work / "store.sqlite3"
    shutil.copyfile(shared, path)  # the chips learnt below must not change the shared store
    rng = random.Random(3)
    now = decide_bench.NOW
    sample = [rng.randrange(decide_bench.ROWS * 2) for _ in range(taps + 50)]
    qt = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(qt)  # type: ignore[arg-type]
    try:
        with Store.open(path, backups=work / "backups") as store:
            for i in sample:
                store.passes.remember_chip(_chip(i), decide_bench.number(i), now, source="LOOKUP")
            counter = Counter(store, None, OfflinePolicy(), Operator("bench", "Bench"),
                              clock=lambda: now)
            adapter = CounterAdapter(counter, clock=lambda: now)
            signals = ServiceSignals()
            window = MainWindow(adapter, MemorySettings(), signals)
            window._poll.stop()  # status polling is not part of the measurement
            window.resize(1280, 800)
            window.show()
            window.start()
            while window.view.event_combo.count() == 0 or window.runner.busy:
                QTest.qWait(5)
            painted: list[float] = []
            # the GUI thread waits in Qt's own event loop, as in the app: a Python busy-wait here
            # would hold the GIL against the worker thread and measure that instead (~5x slower)
            waiting = QEventLoop()

            def on_painted(_view: object, _seconds: float) -> None:
                painted.append(time.perf_counter())
                waiting.quit()

            window.view.identified.connect(on_painted)
            results: dict[str, list[float]] = {"tap": [], "scan": []}
            for n, i in enumerate(sample * 2):
                how = "tap" if n < len(sample) else "scan"
                started = time.perf_counter()
                if how == "tap":
                    signals.card_tapped.emit("Bench PCD", _chip(i))
                else:
                    signals.code_scanned.emit(decide_bench.number(i))
                if len(painted) <= n:
                    waiting.exec()
                if n % len(sample) >= 50:  # the first 50 of each kind warm the caches
                    results[how].append((painted[n] - started) * 1000)
            priced = window.view.pass_panel.price.text()
            window.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    cards = f"{decide_bench.ROWS:,} cached cards, OFFLINE (no platform port)"
    print(line(f"tap-to-price in the GUI, {cards} (chip tapped -> price painted)",
               results["tap"]))
    print(line(f"scan-to-price in the GUI, {cards} (number scanned -> price painted; "
               f"last: {priced!r})", results["scan"]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--taps", type=int, default=500)
    parser.add_argument("--live", action="store_true",
                        help="cold starts of a live counter (sealed store, keyring, platform in "
                             "its own process); no tap part")
    parser.add_argument("--child-start", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--live-config", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_start:
        return child_start(args.child_start, args.live_config)
    print(compile_balie())
    if args.live:
        from live import live_counter

        with tempfile.TemporaryDirectory(prefix="balie-live-") as tmp, \
                live_counter(Path(tmp)) as counter:
            if args.runs > 0:
                cold_start(args.runs, counter)
        return 0
    if args.runs > 0:
        cold_start(args.runs)
    if args.taps > 0:
        tap_to_price(args.taps)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
