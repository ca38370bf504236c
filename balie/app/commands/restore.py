"""``balie restore [FILE]``: put a checked backup of the store in place (see :mod:`balie.backup`).

Without FILE it lists the copies in the backups folder, newest first. With FILE it checks the
copy (integrity and a schema version this balie knows), refuses a bad one with the reason, and
otherwise swaps it in, keeping the replaced store next to it.

It refuses while the counter app runs on the same data dir (the app's OS lock, see
:mod:`balie.app_lock`). When the current store still holds items that did not reach the platform
or wait in "Te behandelen", it names how many and what, and refuses unless they are carried over
into the restored store (``--carry-over``) or a supervisor confirms with their PIN
(``--operator CODE``; the items then stay only in the replaced file kept aside).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from balie.app.commands.identity import add_identity_arguments
from balie.domain import BRUSSELS
from balie.wording import count_nl

if TYPE_CHECKING:
    from balie.config import Config
    from balie.datadir import DataDir


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", type=Path, default=None,
                        help="the backup to restore (default: list the available backups)")
    parser.add_argument("--check-only", action="store_true",
                        help="only check the copy; change nothing")
    parser.add_argument("--carry-over", action="store_true",
                        help="copy the current store's unsent and 'Te behandelen' items into the "
                             "restored store")
    add_identity_arguments(parser)  # a supervisor who confirms dropping open items (PIN)


def run(args: argparse.Namespace) -> int:
    from balie.app.commands.common import load
    from balie.backup import RestoreError, check_copy, list_backups, restore_backup
    from balie.config import ConfigError
    from balie.datadir import DataDirError
    from balie.store.migrate import known_revisions

    try:
        config, data_dir = load(args)
    except ConfigError as exc:
        print(f"Instellingen onbruikbaar: {exc}")
        return 1
    except DataDirError as exc:
        print(f"{exc.problem.message} {exc.problem.next_step}")
        return 1
    if args.file is None:
        copies = list_backups(data_dir.backups)
        if not copies:
            print(f"Geen back-ups gevonden in {data_dir.backups}.")
            return 1
        print(f"Back-ups in {data_dir.backups} (nieuwste eerst):")
        for copy in copies:
            when = copy.taken_at.astimezone(BRUSSELS).strftime("%d/%m/%Y %H:%M")
            print(f"  {when}  {copy.reason:<13}  {copy.path.name}")
        print("Terugzetten: balie restore <bestand>")
        return 0
    known = known_revisions()
    if args.check_only:
        check = check_copy(args.file, known)
        if check.ok:
            print(f"De kopie {args.file.name} is in orde (schemaversie {check.schema_version}).")
            return 0
        assert check.problem is not None
        print(f"{check.problem.message} {check.problem.next_step}")
        return 1
    refused = _guard(args, config, data_dir)
    if refused is not None:
        print(f"Niet teruggezet. {refused}")
        return 1
    from balie.restore_guard import open_items
    from balie.store.rescue import carry_over_readable, mark_confirmed

    # a damaged store's items cannot be counted (nor copied in one go): its readable queue is
    # carried over row by row after the restore, nobody having decided to drop it
    damaged = data_dir.store_path.is_file() and not open_items(data_dir.store_path).readable
    try:
        result = restore_backup(args.file, data_dir.store_path, known,
                                carry_over=args.carry_over and not damaged)
    except RestoreError as exc:
        print(f"Niet teruggezet. {exc.problem.message} {exc.problem.next_step}")
        return 1
    print(f"Teruggezet: {result.restored_from.name} -> {result.store_path}")
    if result.carried_over:
        print(f"Meegenomen uit de vervangen databank: {result.carried_over} handelingen die nog "
              "niet verstuurd of te behandelen waren.")
    if result.replaced_kept_at is not None:
        print(f"De vervangen databank is bewaard als {result.replaced_kept_at}.")
        if damaged:
            rescued = carry_over_readable(result.store_path, result.replaced_kept_at)
            print(f"Uit de beschadigde databank gered: "
                  f"{count_nl(rescued, 'nog niet verstuurde handeling', 'nog niet verstuurde handelingen')}"
                  " terug in de wachtrij.")
        marked = mark_confirmed(result.store_path, result.replaced_kept_at)
        if marked:
            print(f"{count_nl(marked, 'handeling', 'handelingen')} die na de back-up al door UiTPAS bevestigd waren, "
                  "staan als verstuurd (niet opnieuw versturen).")
    return 0


def _guard(args: argparse.Namespace, config: Config, data_dir: DataDir) -> str | None:
    """Why the restore may not go on (Dutch, with the next step), or None."""
    from balie.app_lock import app_holder
    from balie.restore_guard import describe, open_items

    holder = app_holder(data_dir.path)
    if holder is not None:
        return (f"{holder[0].upper()}{holder[1:]} gebruikt deze gegevensmap. Sluit balie af en "
                "probeer opnieuw.")
    items = open_items(data_dir.store_path)
    if not items.total or args.carry_over:
        return None
    what = describe(items)
    if not (getattr(args, "operator", None) or getattr(args, "service", False)):
        return (f"De huidige databank bevat {what}; die staan niet in de back-up en gingen "
                "verloren. Neem ze mee met --carry-over, of laat een verantwoordelijke "
                "bevestigen met --operator CODE (pincode).")
    return _supervisor_confirms(args, config, data_dir, what)


def _supervisor_confirms(args: argparse.Namespace, config: Config, data_dir: DataDir,
                         what: str) -> str | None:
    from balie.app.commands.common import open_store
    from balie.app.commands.identity import operator_for
    from balie.crypto import CryptoError
    from balie.domain import utcnow
    from balie.operators import Permission
    from balie.store import StoreError

    try:
        store = open_store(config, data_dir)
    except (StoreError, CryptoError) as exc:
        return f"{exc.problem.message} {exc.problem.next_step}".strip()
    try:
        who = operator_for(args, store, config, "restore", utcnow(),
                           needs=(Permission.HANDLE_ATTENTION,))
        if who.operator is None:
            return str(who)
        store.audit.record(operator=who.operator, action="restore.drop_open_items",
                           at=utcnow(), detail=what)
    finally:
        store.close()
    print(f"Bevestigd door {who.operator.name}: {what} blijven enkel in de vervangen databank.")
    return None
