"""``balie report --day YYYY-MM-DD``: the day report on the terminal, or as CSV for the books.

The same report the counter's day-report screen shows, so support and an organizer's bookkeeping
can get it without the GUI (or from a copy of the store with ``--data-dir``).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"geen geldige datum: {text!r} (verwacht JJJJ-MM-DD)") from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--day", type=_day, default=None,
                        help="the Brussels calendar day, YYYY-MM-DD (default: today)")
    parser.add_argument("--csv", type=Path, default=None, metavar="FILE",
                        help="also write the report as CSV (';'-separated) to FILE ('-' = stdout)")
    parser.add_argument("--training", action="store_true",
                        help="report the training-mode actions instead of the real ones")


def run(args: argparse.Namespace) -> int:
    from balie.commands.common import explain, load, open_store
    from balie.config import ConfigError
    from balie.crypto import CryptoError
    from balie.datadir import DataDirError
    from balie.domain import today_in_brussels, utcnow
    from balie.report import day_report, to_csv, to_text
    from balie.store import StoreError

    if args.csv is not None and str(args.csv) != "-":
        unusable = csv_target_problem(args.csv)
        if unusable:
            print(f"balie report: {unusable}", file=sys.stderr)
            return 2
    try:
        config, data_dir = load(args)
        if not data_dir.store_path.exists():
            print(f"Er is nog geen kassa-opslag in {data_dir.path}: nog niets te rapporteren.",
                  file=sys.stderr)
            return 1
        store = open_store(config, data_dir)
    except (ConfigError, DataDirError, StoreError, CryptoError) as exc:
        return explain("report", exc, exit_code=2)
    day = args.day or today_in_brussels(utcnow())
    try:
        report = day_report(store, day, training=args.training)
    finally:
        store.close()
    if args.csv is not None and str(args.csv) == "-":
        sys.stdout.write(to_csv(report))
        return 0
    sys.stdout.write(to_text(report))
    if args.csv is not None:
        try:
            args.csv.write_text(to_csv(report), encoding="utf-8")
        except OSError as exc:
            from balie.datadir import os_error_cause

            print(f"balie report: het CSV-bestand {args.csv} kon niet geschreven worden "
                  f"({os_error_cause(exc)}). Kies een ander bestand met --csv.", file=sys.stderr)
            return 2
        print(f"CSV geschreven naar {args.csv}")
    return 0


def csv_target_problem(target: Path) -> str | None:
    """Why ``--csv`` cannot be written, before the work starts (a folder, a missing folder)."""
    if target.is_dir():
        return (f"{target} is een map; geef de naam van een bestand, bv. "
                f"{target / 'dagrapport.csv'}.")
    if not target.parent.is_dir():
        return (f"de map {target.parent} bestaat niet. Maak ze eerst aan of kies een "
                "bestaande map.")
    return None
