"""``balie import FILE.csv``: queue ticket sales and check-ins that were written on paper.

Every line is checked; bad lines are listed with their line number and the reason, the good ones
are queued in one transaction. Importing the same file again queues nothing twice. A line identical
to an earlier one is refused unless ``--allow-duplicates`` says both are real. The file may be in
any encoding Excel saves (UTF-8 with or without BOM, Windows-1252, UTF-16); a large file is
streamed, with progress on stderr. Exit code 0: every line queued (or already queued before); 1:
some lines are wrong (fix them and import the file again: the good lines will not be doubled); 2:
the file or the store could not be opened.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from balie.app.commands.identity import add_identity_arguments

if TYPE_CHECKING:
    from balie.paper_import import ImportResult


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = (
        "columns (header required, ';' or ','):\n"
        "  soort;uitpasnummer;evenement;prijscategorie;bedrag;datum;uur;tarief;betaald\n"
        "  soort = verkoop | checkin; datum = 10/06/2026 or 2026-06-10; uur = 14:05;\n"
        "  tarief defaults to SOCIALTARIFF; betaald defaults to the cached kansentarief price\n"
        "encodings: UTF-8 (with or without BOM), Windows-1252, UTF-16 with BOM\n"
        "exit codes: 0 all lines queued, 1 some lines are wrong, 2 file or store unusable")
    parser.add_argument("file", type=Path, help="the CSV file with the paper lines")
    add_identity_arguments(parser)  # who queues the lines: an operator with PIN, or --service
    parser.add_argument("--training", action="store_true", help="mark the lines as training")
    parser.add_argument("--allow-duplicates", action="store_true",
                        help="identical lines are separate sales or check-ins: import them all")


def run(args: argparse.Namespace) -> int:
    from balie.app.commands.common import explain, open_for
    from balie.config import ConfigError
    from balie.crypto import CryptoError
    from balie.datadir import DataDirError
    from balie.domain import utcnow
    from balie.paper_import import import_file
    from balie.store import StoreError

    if not args.file.is_file():
        print(f"balie import: {args.file} is geen bestand.", file=sys.stderr)
        return 2
    try:
        config, _data_dir, store = open_for(args)
    except (ConfigError, DataDirError, StoreError, CryptoError) as exc:
        return explain("import", exc, exit_code=2)
    from balie.app.commands.identity import operator_for
    from balie.operators import Permission

    who = operator_for(args, store, config, "import", utcnow(),
                       needs=(Permission.SELL, Permission.CHECKIN))
    if who.operator is None:
        store.close()
        print(f"balie import: {who}", file=sys.stderr)
        return 2
    try:
        result = import_file(store, args.file, who.operator, utcnow(),
                             training=args.training, allow_duplicates=args.allow_duplicates,
                             progress=_progress)
    except OSError as exc:
        print(f"balie import: kan {args.file} niet lezen ({type(exc).__name__}).",
              file=sys.stderr)
        return 2
    except StoreError as exc:
        print(f"balie import: {exc.problem.message} {exc.problem.next_step}", file=sys.stderr)
        return 2
    finally:
        store.close()
    return _report(result)


def _progress(lines: int) -> None:
    print(f"  ... {lines} regels gelezen", file=sys.stderr, flush=True)


def _report(result: ImportResult) -> int:
    print(f"In de wachtrij gezet: {result.queued}; al eerder ingelezen: {result.already_imported}; "
          f"fout: {result.bad_count}.")
    for bad in result.bad:
        print(f"  regel {bad.line}: {bad.reason}")
    if result.bad_count > len(result.bad):
        print(f"  ... en nog {result.bad_count - len(result.bad)} foute regels.")
    if result.bad_count:
        print("Verbeter de foute regels en lees het bestand opnieuw in; goede regels worden niet "
              "dubbel ingelezen.")
        return 1
    return 0
