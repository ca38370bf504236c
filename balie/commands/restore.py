"""``balie restore [FILE]``: put a checked backup of the store in place (see :mod:`balie.backup`).

Without FILE it lists the copies in the backups folder, newest first. With FILE it checks the
copy (integrity and a schema version this balie knows), refuses a bad one with the reason, and
otherwise swaps it in, keeping the replaced store next to it. Close balie before restoring.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from balie.domain import BRUSSELS


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", type=Path, default=None,
                        help="the backup to restore (default: list the available backups)")
    parser.add_argument("--check-only", action="store_true",
                        help="only check the copy; change nothing")


def run(args: argparse.Namespace) -> int:
    from balie.backup import RestoreError, check_copy, list_backups, restore_backup
    from balie.commands.common import load
    from balie.config import ConfigError
    from balie.datadir import DataDirError
    from balie.store.migrate import known_revisions

    try:
        _config, data_dir = load(args)
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
    try:
        result = restore_backup(args.file, data_dir.store_path, known)
    except RestoreError as exc:
        print(f"Niet teruggezet. {exc.problem.message} {exc.problem.next_step}")
        return 1
    print(f"Teruggezet: {result.restored_from.name} -> {result.store_path}")
    if result.replaced_kept_at is not None:
        print(f"De vervangen databank is bewaard als {result.replaced_kept_at}.")
        from balie.store.rescue import carry_over

        carried = carry_over(result.store_path, result.replaced_kept_at)
        if carried.added or carried.confirmed:
            print(f"Uit de vervangen databank overgenomen: {carried.added} nog niet verstuurde "
                  f"handeling(en) terug in de wachtrij, {carried.confirmed} als al verstuurd "
                  "gemarkeerd.")
    return 0
