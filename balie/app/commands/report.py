"""``balie report --day YYYY-MM-DD``: the day report on the terminal, or as CSV for the books.

The same report the counter's day-report screen shows, so support and an organizer's bookkeeping
can get it without the GUI (or from a copy of the store with ``--data-dir``).

``--close OPERATOR --counted 123,45 --operator CODE`` records the day closing of OPERATOR's drawer
(expected cash from the counter's records, the counted amount, the difference). Whoever runs it
signs in with their PIN (:mod:`balie.app.commands.identity`); closing someone else's drawer takes a
role that may manage operators. The report is then printed with the closing in it.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from balie.app.commands.identity import add_identity_arguments

if TYPE_CHECKING:
    from balie.config import Config
    from balie.store import Store


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
    parser.add_argument("--close", metavar="OPERATOR", default=None,
                        help="record the day closing of OPERATOR's drawer (who runs it signs in "
                             "with --operator and a PIN)")
    parser.add_argument("--counted", metavar="EUR", default=None,
                        help="with --close: the cash counted in the drawer, e.g. 123,45")
    parser.add_argument("--float", dest="opening_float", metavar="EUR", default="0",
                        help="with --close: the change put in the drawer that morning (default 0)")
    add_identity_arguments(parser)  # only --close writes: who counted, with their PIN


def run(args: argparse.Namespace) -> int:
    from balie.app.commands.common import explain, load, open_store
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
            print(f"Er zijn nog geen baliegegevens in {data_dir.path}: nog niets te rapporteren.",
                  file=sys.stderr)
            return 1
        store = open_store(config, data_dir)
    except (ConfigError, DataDirError, StoreError, CryptoError) as exc:
        return explain("report", exc, exit_code=2)
    day = args.day or today_in_brussels(utcnow())
    try:
        if args.close is not None:
            closed = _close(store, config, day, args)
            if closed:
                return closed
        report = day_report(store, day, training=args.training)
    finally:
        store.close()
    if args.csv is not None and str(args.csv) == "-":
        sys.stdout.write(to_csv(report))
        return 0
    sys.stdout.write(to_text(report))
    if args.csv is not None:
        try:
            args.csv.write_text(to_csv(report), encoding="utf-8-sig")  # BOM: Excel reads UTF-8
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


def _close(store: Store, config: Config, day: date, args: argparse.Namespace) -> int:
    """Record the closing; 0 when recorded, else the exit code (a message was printed)."""
    from balie.app.commands.identity import operator_for
    from balie.closing import close_day, parse_amount
    from balie.domain import Operator, format_euro, utcnow
    from balie.operators import Permission, load_roles, refusal
    from balie.store import StoreError
    from balie.store.models import OperatorAccount

    if args.counted is None:
        print("Niet afgesloten: geef het getelde bedrag mee, bv. --counted 123,45.",
              file=sys.stderr)
        return 2
    try:
        counted, opening = parse_amount(args.counted), parse_amount(args.opening_float)
    except ValueError as exc:
        print(f"Niet afgesloten: {exc}.", file=sys.stderr)
        return 2
    with store.read() as s:
        account = s.get(OperatorAccount, args.close)
    if account is None:
        print(f"Niet afgesloten: medewerker {args.close} is niet gekend op deze balie.",
              file=sys.stderr)
        return 1
    who = operator_for(args, store, config, "report.close", utcnow())
    if who.operator is None:
        print(f"Niet afgesloten: {who}", file=sys.stderr)
        return 1
    if who.operator.id != account.id:
        refused = refusal(who.operator, Permission.MANAGE_OPERATORS, load_roles(store))
        if refused is not None:
            print(f"Niet afgesloten: {refused.message} {refused.next_step}", file=sys.stderr)
            return 1
    try:
        closing = close_day(store, day, Operator(account.id, account.name, account.role),
                            counted, closed_by=who.operator, now=utcnow(),
                            opening_float_cents=opening, training=args.training)
    except StoreError as exc:
        print(f"Niet afgesloten: {exc.problem.message} {exc.problem.next_step}", file=sys.stderr)
        return 2
    print(f"Kassa van {closing.operator_name} afgesloten: verwacht "
          f"{format_euro(closing.expected_at_closing_cents or 0)}, geteld {format_euro(counted)}, "
          f"verschil {format_euro(closing.difference_cents or 0)}.")
    return 0
