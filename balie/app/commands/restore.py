"""``balie restore [FILE]``: put a checked backup of the store in place (see :mod:`balie.backup`).

Without FILE it lists the copies in the backups folder, newest first. With FILE it checks the
copy (integrity and a schema version this balie knows), refuses a bad one with the reason, and
otherwise swaps it in, keeping the replaced store next to it.

Replacing the store is a supervisor's decision, always: ``--operator CODE`` with the PIN (asked
on a terminal; for scripts from stdin with ``--pin-stdin`` or from the environment variable
``BALIE_PIN``, never on the command line). The sign-in counts towards the lock-out like at the
lock screen and is checked against the current store (the replaced file keeps the audit line of
who replaced it); when that store is damaged or missing, against the backup's own operators. The
restored store gets an audit line ``restore`` with the supervisor's name and the copy's file
name. The machine's service identity cannot restore.

It refuses while the counter app runs on the same data dir (the app's OS lock, see
:mod:`balie.app_lock`). When the current store still holds items that did not reach the platform
or wait in "Te behandelen", it names how many and what, and refuses unless they are carried over
into the restored store (``--carry-over``) or the supervisor confirms dropping them (they then
stay only in the replaced file kept aside).
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from balie.app.commands.identity import add_identity_arguments
from balie.domain import BRUSSELS
from balie.wording import count_nl

if TYPE_CHECKING:
    from balie.config import Config
    from balie.datadir import DataDir
    from balie.domain import Operator
    from balie.store import Store


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", type=Path, default=None,
                        help="the backup to restore (default: list the available backups)")
    parser.add_argument("--check-only", action="store_true",
                        help="only check the copy; change nothing")
    parser.add_argument("--carry-over", action="store_true",
                        help="copy the current store's unsent and 'Te behandelen' items into the "
                             "restored store")
    add_identity_arguments(parser)  # the supervisor who restores (PIN); never --service


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
    if not args.file.is_file():
        print(f"Niet teruggezet. {args.file} is geen bestand. Kies een kopie uit de lijst van "
              "'balie restore'.")
        return 1
    refused = _guard(args, data_dir)
    if refused is not None:
        print(f"Niet teruggezet. {refused}")
        return 1
    who = _supervisor(args, config, data_dir)
    if isinstance(who, str):
        print(f"Niet teruggezet. {who}")
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
    done = [f"uit {result.restored_from.name}"]
    if result.carried_over:
        print(f"Meegenomen uit de vervangen databank: {result.carried_over} acties die nog "
              "niet verstuurd of te behandelen waren.")
        done.append(f"{result.carried_over} meegenomen")
    if result.replaced_kept_at is not None:
        print(f"De vervangen databank is bewaard als {result.replaced_kept_at}.")
        if damaged:
            rescued = carry_over_readable(result.store_path, result.replaced_kept_at)
            print(f"Uit de beschadigde databank gered: "
                  f"{count_nl(rescued, 'nog niet verstuurde actie', 'nog niet verstuurde acties')}"
                  " terug in de wachtrij.")
            done.append(f"{rescued} gered")
        marked = mark_confirmed(result.store_path, result.replaced_kept_at)
        if marked:
            print(f"{count_nl(marked, 'actie', 'acties')} die na de back-up al door UiTPAS bevestigd waren, "
                  "staan als verstuurd (niet opnieuw versturen).")
    _audit_restored(config, data_dir, who, "; ".join(done))
    return 0


def _guard(args: argparse.Namespace, data_dir: DataDir) -> str | None:
    """Why the restore may not go on before anyone signs in (Dutch, with the next step)."""
    from balie.app_lock import app_holder
    from balie.restore_guard import describe, open_items

    holder = app_holder(data_dir.path)
    if holder is not None:
        return (f"{holder[0].upper()}{holder[1:]} gebruikt deze gegevensmap. Sluit balie af en "
                "probeer opnieuw.")
    items = open_items(data_dir.store_path)
    if items.total and not args.carry_over and not getattr(args, "operator", None):
        return (f"De huidige databank bevat {describe(items)}; die staan niet in de back-up en "
                "gingen verloren. Neem ze mee met --carry-over, of laat een verantwoordelijke "
                "bevestigen met --operator CODE (pincode).")
    if getattr(args, "service", False):
        return ("Terugzetten vervangt de hele databank: dat doet een verantwoordelijke met haar "
                "of zijn pincode (--operator CODE), niet het dienstaccount van deze pc.")
    if not getattr(args, "operator", None):
        return ("Terugzetten vervangt de hele databank en vraagt altijd een verantwoordelijke. "
                "Geef --operator CODE; de pincode wordt gevraagd, of gelezen met --pin-stdin of "
                "uit de omgevingsvariabele BALIE_PIN (scripts), nooit op de opdrachtregel.")
    return None


def _supervisor(args: argparse.Namespace, config: Config, data_dir: DataDir) -> Operator | str:
    """The supervisor who signed in (audited), or why not. Dropping open items also needs the
    right to handle 'Te behandelen', and is audited as such."""
    from balie.app.commands.identity import operator_for
    from balie.domain import utcnow
    from balie.operators import Permission
    from balie.restore_guard import describe, open_items

    items = open_items(data_dir.store_path)
    dropping = items.total > 0 and not args.carry_over
    needs = (Permission.SETTINGS, *((Permission.HANDLE_ATTENTION,) if dropping else ()))
    with _sign_in_store(config, data_dir, args.file) as store:
        if isinstance(store, str):
            return store
        who = operator_for(args, store, config, "restore", utcnow(), needs=needs)
        if who.operator is None:
            return str(who)
        if dropping:
            store.audit.record(operator=who.operator, action="restore.drop_open_items",
                               at=utcnow(), detail=describe(items))
    if dropping:
        print(f"Bevestigd door {who.operator.name}: {describe(items)} blijven enkel in de "
              "vervangen databank.")
    return who.operator


#: a healthy store that cannot be used now: the restore would not help, and the sign-in must not
#: move to the backup's operators
_TROUBLE = ("store-disk-full", "store-not-writable", "store-locked", "store-unreadable")


@contextlib.contextmanager
def _sign_in_store(config: Config, data_dir: DataDir, copy: Path) -> Iterator[Store | str]:
    """The store the supervisor signs in on: the current one (with its key), or, when it is
    missing or damaged, a scratch copy of the backup (its own operators; nothing the copy
    learns is kept). A key that is missing or wrong stops here: never a fallback."""
    from balie.app.commands.common import open_store
    from balie.app.commands.identity import attach_store_key
    from balie.crypto import CryptoError
    from balie.store import Store, StoreError

    if data_dir.store_path.is_file():
        try:
            current = open_store(config, data_dir)
        except StoreError as exc:
            if exc.problem.code in _TROUBLE:
                yield f"{exc.problem.message} {exc.problem.next_step}".strip()
                return
        except CryptoError as exc:
            yield f"{exc.problem.message} {exc.problem.next_step}".strip()
            return
        else:
            try:
                yield current
            finally:
                current.close()
            return
    with tempfile.TemporaryDirectory(prefix="balie-restore-") as scratch:
        path = Path(scratch) / "balie.sqlite3"
        shutil.copyfile(copy, path)
        try:
            store = Store.open(path)
        except StoreError as exc:
            yield f"{exc.problem.message} {exc.problem.next_step}".strip()
            return
        try:
            problem = attach_store_key(store)
            yield store if problem is None else f"{problem.message} {problem.next_step}".strip()
        finally:
            store.close()  # before the scratch folder goes (Windows cannot delete an open file)


def _audit_restored(config: Config, data_dir: DataDir, who: Operator, detail: str) -> None:
    """The restored store says who put it back, from which copy. Best effort: the restore is
    done; a store that cannot be opened now is reported by the next command."""
    import logging

    from balie.app.commands.common import open_store
    from balie.domain import utcnow

    try:
        with open_store(config, data_dir) as store:
            store.audit.record(operator=who, action="restore", at=utcnow(), detail=detail)
    except Exception as exc:  # noqa: BLE001 - the restore itself succeeded and was printed
        logging.getLogger(__name__).warning("restore audit line not written: %s",
                                            type(exc).__name__)
