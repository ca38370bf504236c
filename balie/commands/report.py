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
    from balie.config import ConfigError, load_config, overrides_from_args
    from balie.datadir import DataDirError, resolve_data_dir
    from balie.domain import today_in_brussels, utcnow
    from balie.report import day_report, to_csv, to_text
    from balie.store import Store, StoreError

    try:
        config = load_config(overrides_from_args(args), extra_path=args.config)
        data_dir = resolve_data_dir(args.data_dir,
                                    config_value=config.get("store", "data_dir") or None)
        if not data_dir.store_path.exists():
            print(f"Er is nog geen kassa-opslag in {data_dir.path}: nog niets te rapporteren.",
                  file=sys.stderr)
            return 1
        store = Store.open(data_dir.store_path, backups=data_dir.backups)
    except ConfigError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except (DataDirError, StoreError) as exc:
        print(f"{exc.problem.message} {exc.problem.next_step}".strip(), file=sys.stderr)
        return 2
    day = args.day or today_in_brussels(utcnow())
    report = day_report(store, day, training=args.training)
    if args.csv is not None and str(args.csv) == "-":
        sys.stdout.write(to_csv(report))
        return 0
    sys.stdout.write(to_text(report))
    if args.csv is not None:
        args.csv.write_text(to_csv(report), encoding="utf-8")
        print(f"CSV geschreven naar {args.csv}")
    return 0
