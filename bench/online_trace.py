"""Trace: where an ONLINE tap's time goes, from the tap to the confirmed price on screen.

``bench/online_lookup.py`` says how long a tap takes; this says where the time goes. It runs the
same counter window (offscreen Qt, the real composition, the training platform in its own process
with its latency fault) and stamps, on whichever thread runs it, the entry and exit of each step
of a tap: the GUI's identify, the worker's local decision, the round's requests (sent, answered,
parsed), the cache writes, the answer's delivery to the GUI thread, the paint, the confirmation
applied and repainted. The stamps are wrappers put around the real functions from outside (no
product code knows of them; each costs ~1 µs).

Per step it prints the median and p95 of the moment (ms after the tap) and of its duration, with
the thread it ran on, in the order the steps happen. ``--offline`` adds the same taps with the
link forced local (no round at all), so the local decision's cost with and without requests in
flight can be compared (interpreter contention).

    .venv/bin/python bench/online_trace.py [-n 60] [--latency 0] [--offline]
"""

from __future__ import annotations

import argparse
import functools
import os
import statistics
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from online_lookup import CACHED, _platform, load, pct, quiet_qt, wait_for  # noqa: E402

#: (perf_counter, thread name, label) of the tap being traced
STAMPS: list[tuple[float, str, str]] = []


def stamp(label: str) -> None:
    STAMPS.append((time.perf_counter(), threading.current_thread().name, label))


def wrap(owner: Any, name: str, label: str) -> None:
    """Stamp ``label >`` at the entry and ``label <`` at the exit of ``owner.name``."""
    original: Callable[..., Any] = getattr(owner, name)

    @functools.wraps(original)
    def traced(*args: Any, **kwargs: Any) -> Any:
        stamp(label + " >")
        try:
            return original(*args, **kwargs)
        finally:
            stamp(label + " <")

    setattr(owner, name, traced)


def instrument() -> None:
    import balie.sync.client as client
    from balie.counter import Counter
    from balie.quote import Quoter
    from balie.store.passes import PassCache
    from balie.store.reference import Reference
    from balie.ui.counter_adapter import CounterAdapter
    from balie.ui.counter_view import CounterView
    from balie.ui.pass_panel import PassPanel
    from balie.ui.worker import Runner

    for owner, name, label in (
            (CounterView, "identify", "gui: identify"),
            (CounterAdapter, "identify", "adapter.identify"),
            (Quoter, "ask", "quoter.ask (round submitted)"),
            (Quoter, "local", "quoter.local (local decision)"),
            (Quoter, "wait_if_fast", "quoter.wait_if_fast (fast link)"),
            (Counter, "ask_pass", "counter.ask_pass"),
            (Counter, "ask_tariffs", "counter.ask_tariffs"),
            (Counter, "known_number", "counter.known_number"),
            (client, "send", "http"),
            (client, "json_body", "json"),
            (client.UitpasClient, "_parsed", "parse"),
            (PassCache, "remember", "store: remember pass"),
            (Reference, "save_pass_tariffs", "store: save tariffs"),
            (CounterAdapter, "_view", "adapter._view"),
            (CounterAdapter, "confirm", "adapter.confirm"),
            (Quoter, "confirmed", "quoter.confirmed"),
            (Counter, "offers_for", "counter.offers_for"),
            (Counter, "identify", "counter.identify"),
            (PassPanel, "show_view", "gui: show_view"),
            (CounterView, "repaint", "gui: repaint"),
            (CounterView, "_confirm", "gui: _confirm"),
            (CounterView, "_confirmed", "gui: _confirmed"),
            (CounterView, "load_today", "gui: load_today"),
            (Counter, "points_balance", "counter.points_balance"),
            (CounterAdapter, "_rewards_for", "adapter._rewards_for"),
            (Counter, "_sale_facts", "counter._sale_facts"),
            (PassPanel, "_set_offers", "gui: _set_offers"),
            (PassPanel, "_show_kansen", "gui: _show_kansen"),
            (PassPanel, "show_mark", "gui: show_mark"),
            (PassPanel, "keep_offer", "gui: keep_offer"),
            (CounterView, "_update_buttons", "gui: _update_buttons"),
            (Runner, "_deliver", "gui: runner delivers"),
            (Runner, "submit", "runner.submit"),
    ):
        wrap(owner, name, label)


def report(taps: list[list[tuple[float, str, str]]], starts: list[float]) -> None:
    """Per label (first occurrence in each tap): median/p95 of its moment after the tap."""
    at: dict[str, list[float]] = defaultdict(list)
    threads: dict[str, set[str]] = defaultdict(set)
    for stamps, started in zip(taps, starts, strict=True):
        seen: dict[str, float] = {}
        for t, thread, label in stamps:
            if label in seen:
                continue
            seen[label] = t
            threads[label].add(thread.replace("balie-", "")[:14])
            at[label].append((t - started) * 1000)
    order = sorted(at, key=lambda label: statistics.median(at[label]))
    print(f"  {'step':<44} {'thread':<16} {'n':>3}  {'median':>7}  {'p95':>7}  (ms after the tap)")
    for label in order:
        values = at[label]
        print(f"  {label:<44} {','.join(sorted(threads[label])):<16} {len(values):>3}  "
              f"{statistics.median(values):7.1f}  {pct(values, 0.95):7.1f}")


def durations(taps: list[list[tuple[float, str, str]]], labels: tuple[str, ...]) -> None:
    """Median/p95 of the time between ``label >`` and ``label <`` (first pair per tap)."""
    for label in labels:
        took: list[float] = []
        for stamps in taps:
            enter = next((t for t, _, x in stamps if x == label + " >"), None)
            leave = next((t for t, _, x in stamps if x == label + " <"), None)
            if enter is not None and leave is not None:
                took.append((leave - enter) * 1000)
        if took:
            print(f"  {label:<44} n={len(took):<4} median {statistics.median(took):6.1f} ms  "
                  f"p95 {pct(took, 0.95):6.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=60, help="taps traced")
    parser.add_argument("--latency", type=int, default=0, help="the platform's latency fault, ms")
    parser.add_argument("--offline", action="store_true",
                        help="also trace taps with the link forced local (no round)")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    import balie.ui  # noqa: F401 - PySide6 guard
    from balie.app import build_window, compose_training
    from balie.training.demo import PASSES
    from balie.ui.resources import apply_theme

    qt = QApplication.instance() or QApplication(sys.argv[:1])
    quiet_qt()
    apply_theme(qt)  # type: ignore[arg-type]
    instrument()
    with tempfile.TemporaryDirectory(prefix="balie-trace-") as tmp, \
            _platform(Path(tmp) / "platform", False) as platform:
        composition = compose_training(Path(tmp) / "counter", platform, organizer_key="pool")
        running = build_window(composition, with_reader=False, virtual_cards=False,
                               start_sync=False, backup_delay=3600)
        window, signals = running.window, running.signals
        window._poll.stop()
        window.resize(1280, 800)
        window.show()
        window.start()
        view = window.view
        while view.event_combo.count() == 0:
            wait_for(view.identified, 0.05)
        view.identified.connect(lambda *_: stamp("gui: identified emitted"))
        view.confirmed.connect(lambda *_: stamp("gui: confirmed emitted"))

        def tap(key: str) -> tuple[list[tuple[float, str, str]], float, object]:
            STAMPS.clear()
            started = time.perf_counter()
            signals.card_tapped.emit("Bench PCD", PASSES[key].chip_number)
            painted = wait_for(view.identified, 30)
            assert painted is not None, "no price painted"
            if painted[0].confirming:
                wait_for(view.confirmed, 30)
            else:
                wait_for(view.confirmed, 0.05)  # nothing to confirm: let the turn end
            return list(STAMPS), started, painted[0]

        for key in CACHED * 2:  # regular visitors: seen online, chip and answers cached
            tap(key)
        platform.set_faults(latency_ms=args.latency)
        taps, starts = [], []
        for i in range(args.n):
            stamps, started, _ = tap(CACHED[i % len(CACHED)])
            taps.append(stamps)
            starts.append(started)
        print(f"ONLINE tap traced, platform in its own process, latency fault {args.latency} ms, "
              f"{args.n} cached taps, {load()}")
        report(taps, starts)
        print("durations:")
        durations(taps, ("adapter.identify", "quoter.wait_if_fast (fast link)",
                         "quoter.local (local decision)", "counter.ask_pass",
                         "counter.ask_tariffs", "http", "store: save tariffs",
                         "store: remember pass", "adapter.confirm", "gui: show_view",
                         "gui: repaint", "gui: _confirmed", "gui: load_today",
                         "counter.points_balance", "adapter._rewards_for", "counter._sale_facts",
                         "gui: _set_offers", "gui: _show_kansen", "gui: show_mark",
                         "gui: keep_offer", "gui: _update_buttons", "gui: runner delivers",
                         "counter.identify", "counter.offers_for", "quoter.confirmed"))
        if args.offline:
            breaker = composition.counter.platform.breaker
            breaker._open = True  # the link local: no round, the local decision alone
            taps, starts = [], []
            for i in range(args.n):
                stamps, started, _ = tap(CACHED[i % len(CACHED)])
                taps.append(stamps)
                starts.append(started)
            breaker._open = False
            print(f"the same taps with the link forced local (no round in flight), {load()}")
            report(taps, starts)
            print("durations:")
            durations(taps, ("adapter.identify", "quoter.local (local decision)",
                             "gui: show_view", "gui: repaint"))
        platform.clear_faults()
        running.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
