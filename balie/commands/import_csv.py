"""``balie import FILE.csv``: queue ticket sales and check-ins that were written on paper.

Every line is checked; bad lines are listed with their line number and the reason, the good ones
are queued in one transaction. Importing the same file again queues nothing twice. Exit code 0:
every line queued (or already queued before); 1: some lines are wrong (fix them and import the file
again: the good lines will not be doubled); 2: the file or the store could not be opened.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from balie.commands.identity import add_identity_arguments


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = (
        "columns (header required, ';' or ','):\n"
        "  soort;uitpasnummer;evenement;prijscategorie;bedrag;datum;uur;tarief;betaald\n"
        "  soort = verkoop | checkin; datum = 10/06/2026 or 2026-06-10; uur = 14:05;\n"
        "  tarief defaults to SOCIALTARIFF; betaald defaults to the cached kansentarief price\n"
        "exit codes: 0 all lines queued, 1 some lines are wrong, 2 file or store unusable")
    parser.add_argument("file", type=Path, help="the CSV file with the paper lines")
    add_identity_arguments(parser)  # who queues the lines: an operator with PIN, or --service
    parser.add_argument("--training", action="store_true", help="mark the lines as training")


def run(args: argparse.Namespace) -> int:
    from balie.commands.common import explain, open_for
    from balie.config import ConfigError
    from balie.crypto import CryptoError
    from balie.datadir import DataDirError
    from balie.domain import utcnow
    from balie.paper_import import import_paper
    from balie.store import StoreError

    try:
        text = args.file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"balie import: kan {args.file} niet lezen ({type(exc).__name__}). "
              "Bewaar het bestand als CSV (UTF-8).", file=sys.stderr)
        return 2
    try:
        config, _data_dir, store = open_for(args)
    except (ConfigError, DataDirError, StoreError, CryptoError) as exc:
        return explain("import", exc, exit_code=2)
    from balie.commands.identity import operator_for
    from balie.operators import Permission

    who = operator_for(args, store, config, "import", utcnow(),
                       needs=(Permission.SELL, Permission.CHECKIN))
    if who.operator is None:
        store.close()
        print(f"balie import: {who}", file=sys.stderr)
        return 2
    try:
        result = import_paper(store, text, who.operator, utcnow(), training=args.training)
    except StoreError as exc:
        print(f"balie import: {exc.problem.message} {exc.problem.next_step}", file=sys.stderr)
        return 2
    finally:
        store.close()
    print(f"In de wachtrij gezet: {result.queued}; al eerder ingelezen: {result.already_imported}; "
          f"fout: {len(result.bad)}.")
    for bad in result.bad:
        print(f"  regel {bad.line}: {bad.reason}")
    if result.bad:
        print("Verbeter de foute regels en lees het bestand opnieuw in; goede regels worden niet "
              "dubbel ingelezen.")
        return 1
    return 0
