"""Benchmark: hashing a kansentarief list an older version kept in clear (issue 12, privacy).

At the first start of a live store with its key, a clear list becomes keyed hashes. Offline, on a
SQLite file with a list of ``--rows`` cards (default 1,000,000), copied once per run so both start
from the same bytes:

- before: the old code path, one ``Reference.replace_social_tariff_cards`` streaming the clear rows
  into a hashed snapshot (chunks of that function's size);
- after: ``balie.kansen_list.convert_clear_lists`` (all cards hashed by an SQL function into a
  scratch table, then written in hash order, a chunk and its resume point per transaction).

Prints, per mode: total seconds (wall and this process's CPU: on a loaded machine the CPU
figure is the steadier one), rows/s, and median/p95 seconds per chunk (time between two progress
calls; after: phase 1 and 2 alike), with the machine's load average.

    .venv/bin/python bench/kansen_convert.py
    .venv/bin/python bench/kansen_convert.py --rows 200000 --rounds 3
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from balie.crypto import FieldCipher
from balie.kansen_list import CHUNK, convert_clear_lists
from balie.store import Store
from balie.store.reference import CHUNK as REFRESH_CHUNK
from balie.store.reference import SocialTariffCardRow
from bench.decide import number

FETCHED = datetime(2026, 6, 1, 6, 0, tzinfo=UTC)


def build(path: Path, rows: int) -> None:
    with Store.open(path) as store:  # no key: the list is written in clear, as before 0.x
        store.reference.replace_social_tariff_cards(
            1, (SocialTariffCardRow(number(i), "NFC", None) for i in range(rows)), FETCHED)


def before(store: Store, progress: Callable[[int], None]) -> int:
    """The code path this replaced: stream the clear rows into one replace of the list."""
    with store.read() as s:
        snapshot = s.connection().exec_driver_sql(
            "SELECT snapshot_id FROM social_tariff_current WHERE card_system_id = 1").scalar()
        cursor = s.connection().exec_driver_sql(
            "SELECT uitpas_number, card_type, available_tickets FROM social_tariff_cards"
            " WHERE snapshot_id = ?", (snapshot,))
        return store.reference.replace_social_tariff_cards(
            1, (SocialTariffCardRow(n, t, a) for n, t, a in cursor), FETCHED, progress=progress)


def timed(path: Path, master: bytes, mode: str) -> tuple[float, float, list[float], int]:
    """(wall seconds, CPU seconds, seconds per chunk, rows) of one conversion of the file."""
    store = Store.open(path)
    store.cipher = FieldCipher.from_master(master)
    marks = [time.perf_counter()]
    cpu = time.process_time()
    try:
        if mode == "before":
            rows = before(store, lambda _done: marks.append(time.perf_counter()))
        else:
            rows = convert_clear_lists(store, progress=lambda _d, _t: marks.append(time.perf_counter()))
        total = time.perf_counter() - marks[0]
        cpu = time.process_time() - cpu
    finally:
        store.close()
    return total, cpu, [b - a for a, b in zip(marks, marks[1:], strict=False)], rows


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(len(ordered) * 0.95) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000, help="cards in the clear list")
    parser.add_argument("--rounds", type=int, default=1, help="conversions per mode")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="balie-kansen-convert-"))
    master = os.urandom(32)
    results: dict[str, list[tuple[float, float, list[float], int]]] = {"before": [], "after": []}
    try:
        source = folder / "clear.sqlite3"
        started = time.perf_counter()
        build(source, args.rows)
        built = time.perf_counter() - started
        for _ in range(args.rounds):
            for mode in ("before", "after"):  # alternated: drift of the machine hits both
                work = folder / f"{mode}.sqlite3"
                for suffix in ("", "-wal", "-shm"):
                    Path(str(work) + suffix).unlink(missing_ok=True)
                shutil.copy(source, work)
                results[mode].append(timed(work, master, mode))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"offline, SQLite file in {folder.parent}, load average {load:.1f} on {os.cpu_count()} "
          f"cores; clear list of {args.rows:,} cards (built in {built:.1f} s), {args.rounds} "
          f"conversion(s) per mode; chunks: before {REFRESH_CHUNK:,} rows, after {CHUNK:,} rows")
    for mode, runs in results.items():
        totals = [t for t, _, _, _ in runs]
        cpus = [c for _, c, _, _ in runs]
        chunks = [c for _, _, cs, _ in runs for c in cs]
        rows = runs[0][3]
        print(f"{mode:<6}: total median {statistics.median(totals):.1f} s wall "
              f"(max {max(totals):.1f} s), {statistics.median(cpus):.1f} s CPU, "
              f"{rows / statistics.median(totals):,.0f} rows/s; "
              f"per chunk median {statistics.median(chunks) * 1000:.0f} ms, "
              f"p95 {p95(chunks) * 1000:.0f} ms ({len(chunks)} chunks); {rows:,} rows hashed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
