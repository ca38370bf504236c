"""``balie import`` at real size: lines per second and peak memory at 10^4, 10^5 and 10^6 lines.

Offline (no platform involved: an import only writes the local store). For each size a sheet of
paper lines is written (Windows-1252, ';', as Excel on a Belgian PC saves it; 80 % kansentarief
sales, 20 % check-ins, 10,007 passes, 3 events with their static tariffs cached, no two lines
alike), then a fresh child process imports it with the same code path as ``balie import`` (encoding detection,
every check, one transaction, blocks of 2,000 lines). Printed per size: total seconds, lines/s
(wall clock, and per CPU-second of the importing process, which a machine shared with other work
does not distort), the load average, the median and p95 time of each block of 10,000 lines
(from the progress callback), and the child's peak RSS (ru_maxrss).
Targets (issue 12 §5): >= 5,000 lines/s, < 300 MB at 10^6 lines.
Run: .venv/bin/python bench/import.py [--sizes 10000 100000 1000000]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
NOW = datetime(2026, 6, 10, 18, 0, tzinfo=UTC)
EVENTS = ("bench-event-zwembad", "bench-event-museum", "bench-event-theater")


def _number(serial: int) -> str:
    sys.path.insert(0, str(ROOT))
    from balie.numbers import luhn_check_digit

    partial = f"09{serial:09d}1"
    return partial + luhn_check_digit(partial)


def write_sheet(path: Path, lines: int) -> None:
    numbers = [_number(i) for i in range(1, 10_008)]
    start = NOW - timedelta(days=2)
    with path.open("w", encoding="cp1252", newline="") as fh:
        fh.write("soort;uitpasnummer;evenement;prijscategorie;bedrag;datum;uur;tarief;betaald;"
                 "opmerking\r\n")
        for i in range(lines):
            # 10,007 passes (a prime) x one minute per round: no line repeats another
            at = start + timedelta(minutes=i // 10_007)
            day, hour = at.strftime("%d/%m/%Y"), at.strftime("%H:%M")
            number, event = numbers[i % 10_007], EVENTS[i % 3]
            if i % 5:
                fh.write(f"verkoop;{number};{event};Basistarief;10,00;{day};{hour};SOCIALTARIFF;"
                         f"2,00;kassa {i} café\r\n")
            else:
                fh.write(f"checkin;{number};{event};;;{day};{hour};;;€ {i}\r\n")


def prepare_store(store_path: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from balie.domain import EventInfo, PriceCategory, TariffOffer, TariffType
    from balie.store import Store

    with Store.open(store_path) as store:
        store.reference.save_events([
            EventInfo(id=e, name=e.replace("bench-event-", "").title(), organizer_id="org-1",
                      start=NOW - timedelta(days=5), end=NOW + timedelta(days=5),
                      price_categories=(PriceCategory("Basistarief", 1000),))
            for e in EVENTS], NOW)
        for e in EVENTS:
            store.reference.save_static_tariffs(
                e, 1000, [TariffOffer("SOCIALTARIFF", "Kansentarief", 200,
                                      TariffType.SOCIALTARIFF)], None, NOW)


def child(store_path: str, sheet: str) -> None:
    """The measured process: one import of the whole sheet, as ``balie import`` does it."""
    sys.path.insert(0, str(ROOT))
    from balie.domain import Operator
    from balie.paper_import import import_file
    from balie.store import Store

    marks: list[float] = []
    store = Store.open(Path(store_path))
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    result = import_file(store, Path(sheet), Operator("papier", "papier"), NOW,
                         progress=lambda _n: marks.append(time.perf_counter()))
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    store.close()
    blocks = [b - a for a, b in pairwise([t0, *marks])]
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"queued": result.queued, "bad": result.bad_count, "seconds": seconds,
                      "cpu": cpu,
                      "blocks": blocks, "peak_mb": peak_kb / 1024}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0
    print("balie import benchmark (offline: local store only; Windows-1252 ';' sheet, "
          "80% kansentarief sales / 20% check-ins, blocks of 2,000 lines, one transaction)")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            sheet, store_path = Path(tmp) / "papier.csv", Path(tmp) / "balie.sqlite3"
            write_sheet(sheet, size)
            prepare_store(store_path)
            proc = subprocess.run([PY, __file__, "--child", str(store_path), str(sheet)],
                                  capture_output=True, text=True, check=False)
            if proc.returncode:
                print(proc.stderr, file=sys.stderr)
                return 1
            out = json.loads(proc.stdout.strip().splitlines()[-1])
            blocks = sorted(out["blocks"]) or [out["seconds"]]
            p95 = blocks[min(len(blocks) - 1, int(0.95 * len(blocks)))]
            print(f"{size:>9,} lines ({sheet.stat().st_size / 1e6:6.1f} MB): "
                  f"{out['seconds']:7.1f} s, {size / out['seconds']:8,.0f} lines/s wall "
                  f"({size / out['cpu']:,.0f} per CPU-second, {out['cpu']:.1f} s CPU; "
                  f"load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores), "
                  f"per 10,000-line block median {statistics.median(blocks) * 1000:6.0f} ms "
                  f"p95 {p95 * 1000:6.0f} ms, peak RSS {out['peak_mb']:6.0f} MB, "
                  f"queued {out['queued']:,}, refused {out['bad']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
