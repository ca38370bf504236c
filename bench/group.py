"""Benchmark: a group at the counter (Ctrl+G), online at several platform latencies and offline.

What is measured, per condition, for ``--groups`` groups of ``--size`` kansentarief passes each
(fresh bulk pass holders of the training platform, so no pass has a history):

- scan: one pass from its scanned number to its row (identify, and online the platform's
  answer: ``GET /passes`` and ``GET /tariffs`` in one parallel round), per pass;
- sell: one row of the group key (F2): asked again and sold, one ticket, saved with its outbox
  entry, per pass;
- group: the whole F2 for one group, first row to last.

It drives the group screen's own work functions (``balie.ui.group_work``) over the real
composition (the store on disk, the counter, the training platform in this process), as the
dialog's worker thread does; the Qt painting of the rows is left out. Online conditions add the
latency fault to every API answer; offline refuses connections (the counter decides from its
store; the passes were never seen, so the kansentarief list decides). After each condition the
queue is drained and every sale is checked to be on the platform exactly once.

    .venv/bin/python bench/group.py [--size 20] [--groups 5]

Prints median and p95 (ms) per line, with the machine's load average.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LATENCIES = (0, 50, 150)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))]


def line(label: str, ms: list[float]) -> str:
    return (f"  {label:<34} n={len(ms):<4} median {statistics.median(ms):8.1f} ms   "
            f"p95 {pct(ms, 0.95):8.1f} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20, help="passes per group")
    parser.add_argument("--groups", type=int, default=5, help="groups per condition")
    args = parser.parse_args(argv)

    from balie.app import compose_training
    from balie.domain import IdentificationSource
    from balie.group import GroupMode, RowState
    from balie.training import TrainingPlatform, demo
    from balie.ui.group_work import do_row, look_up

    event = demo.EVENTS["pool_today"]
    label = event.prices[0][1]
    print(f"group benchmark: {args.groups} groups of {args.size} kansentarief passes per condition, "
          f"event {event.name!r}, training platform in-process on loopback; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory(prefix="balie-bench-group-") as tmp:
        platform = TrainingPlatform(Path(tmp) / "platform").start()
        composition = compose_training(Path(tmp) / "counter", platform, organizer_key="pool")
        try:
            conditions = [f"online, +{ms} ms per answer" for ms in LATENCIES] + ["offline"]
            needed = args.size * args.groups * len(conditions)
            numbers = iter(platform.add_passholders(needed, card_system="dender", kansen=True))
            assert composition.refresh_reference(), "the training platform did not answer"
            counter = composition.adapter
            for condition in conditions:
                offline = condition == "offline"
                if offline:
                    platform.set_faults(refuse_connections=True)
                else:
                    platform.set_faults(latency_ms=int(condition.split("+")[1].split()[0]))
                scans: list[float] = []
                sells: list[float] = []
                groups: list[float] = []
                sold: list[str] = []
                for _ in range(args.groups):
                    rows = []
                    for _pass in range(args.size):
                        number = next(numbers)
                        started = time.perf_counter()
                        _view, row = look_up(counter, number, IdentificationSource.SCANNER,
                                             event_id=event.id, price_label=label)
                        scans.append((time.perf_counter() - started) * 1000)
                        rows.append(row)
                    group_started = time.perf_counter()
                    for row in rows:
                        started = time.perf_counter()
                        done = do_row(counter, row, GroupMode.SELL, event_id=event.id,
                                      price_label=label)
                        sells.append((time.perf_counter() - started) * 1000)
                        if done.state in (RowState.DONE, RowState.QUEUED):
                            sold.append(done.uitpas_number)
                        else:
                            print(f"    row not sold: {done.state.value} {done.reason}")
                    groups.append((time.perf_counter() - group_started) * 1000)
                platform.clear_faults()
                composition.sync.drain(until=datetime.now(UTC) + timedelta(seconds=120))
                once = all(platform.count_ticket_sales(event.id, n) == 1 for n in sold)
                print(f"{condition}: {len(sold)} of {args.size * args.groups} sold"
                      f"{' (voorlopig)' if offline else ''}; after sync each on the platform "
                      f"exactly once: {'yes' if once else 'NO'}")
                print(line("scan, per pass", scans))
                print(line("F2, per pass", sells))
                print(line(f"F2, whole group of {args.size}", groups))
        finally:
            composition.stop()
            platform.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
