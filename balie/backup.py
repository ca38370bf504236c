"""Copies of the store that can really be restored, and a restore that refuses a bad copy.

The store holds sales that have not reached the platform yet: losing it loses money. A file copy of
a live SQLite database in WAL mode can be torn (the newest pages sit in the -wal file), so copies
are made with SQLite's online backup API, which gives a consistent snapshot while the app runs.

When: one a day (the app calls :func:`backup_if_due` at start and periodically) and one before each
schema migration (:func:`make_backup` with ``reason="pre-migration"``). Retention keeps the newest
``keep`` daily copies and a few pre-migration ones, so the backups folder cannot fill the disk.

A restore first proves the copy is usable (``PRAGMA integrity_check`` and a schema version this
balie knows), then swaps it in while keeping the replaced file aside: a restore can be undone.
"""

from __future__ import annotations

import enum
import os
import re
import sqlite3
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from balie.domain import Problem

DAILY = "daily"
PRE_MIGRATION = "pre-migration"
MANUAL = "manual"
REASONS = (DAILY, PRE_MIGRATION, MANUAL)
DEFAULT_KEEP_DAILY = 14
DEFAULT_KEEP_PRE_MIGRATION = 5
DEFAULT_MAX_AGE = timedelta(hours=24)

# Our own names, and the store's pre-migration copies ("balie-<stamp>-before-<revision>.sqlite3",
# made by balie.store.migrate.backup_copy) so retention and restore see those too.
_NAME = re.compile(
    r"^balie-(?P<stamp>\d{8}T\d{6}(?:\d{6})?Z)-(?P<label>[A-Za-z0-9_\-]+)\.sqlite3$"
)
_STAMP = "%Y%m%dT%H%M%S%fZ"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    reason: str


class CopyVerdict(enum.StrEnum):
    OK = "OK"
    MISSING = "MISSING"
    NOT_SQLITE = "NOT_SQLITE"
    CORRUPT = "CORRUPT"
    NO_SCHEMA = "NO_SCHEMA"
    UNKNOWN_SCHEMA = "UNKNOWN_SCHEMA"


@dataclass(frozen=True)
class CopyCheck:
    """What :func:`check_copy` found; ``problem`` is set when the copy must not be used."""

    verdict: CopyVerdict
    schema_version: str | None = None
    problem: Problem | None = None

    @property
    def ok(self) -> bool:
        return self.verdict is CopyVerdict.OK


class RestoreError(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.code)
        self.problem = problem


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    store_path: Path
    replaced_kept_at: Path | None
    schema_version: str
    carried_over: int = 0  # open items of the replaced store copied into the restored one


def _utc(now: datetime | None) -> datetime:
    return (now or datetime.now(UTC)).astimezone(UTC)


def backup_name(taken_at: datetime, reason: str) -> str:
    return f"balie-{_utc(taken_at).strftime(_STAMP)}-{reason}.sqlite3"


def list_backups(backups_dir: Path) -> list[BackupFile]:
    """The copies in ``backups_dir``, newest first; files balie did not name are ignored."""
    if not backups_dir.is_dir():
        return []
    found = []
    for path in backups_dir.iterdir():
        match = _NAME.match(path.name)
        if not match or not path.is_file():
            continue
        stamp = match["stamp"]
        fmt = _STAMP if len(stamp) > 16 else "%Y%m%dT%H%M%SZ"
        try:
            taken = datetime.strptime(stamp, fmt).replace(tzinfo=UTC)
        except ValueError:  # a hand-renamed file: not ours to list or prune
            continue
        label = match["label"]
        reason = PRE_MIGRATION if label.startswith("before-") else label
        if reason not in REASONS:
            continue
        found.append(BackupFile(path, taken, reason))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def make_backup(
    store_path: Path, backups_dir: Path, *, reason: str = DAILY, now: datetime | None = None,
) -> Path:
    """A consistent, compact copy of the store (``VACUUM INTO``); safe while the app writes.

    ``VACUUM INTO`` writes the live pages only: after a privacy purge a store can be half free
    pages, and 14 daily copies of those would cost gigabytes at a busy venue. The copy is
    written under a temporary name and renamed when complete, so a crash (or a full disk)
    mid-copy never leaves a half file that looks like a backup."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if not store_path.is_file():
        raise FileNotFoundError(store_path)
    backups_dir.mkdir(parents=True, exist_ok=True)
    target = backups_dir / backup_name(_utc(now), reason)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)  # VACUUM INTO refuses to overwrite a leftover
    source = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True)
    try:
        source.execute("VACUUM INTO ?", (str(partial),))
    finally:
        source.close()
    dest = sqlite3.connect(partial)
    try:
        # a standalone file: no -wal next to it, readable by any SQLite tool
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()
    os.replace(partial, target)
    return target


def prune_backups(
    backups_dir: Path,
    *,
    keep_daily: int = DEFAULT_KEEP_DAILY,
    keep_pre_migration: int = DEFAULT_KEEP_PRE_MIGRATION,
) -> list[Path]:
    """Delete the oldest copies beyond the retention; returns what was removed.

    Manual copies are never removed automatically: someone made them on purpose."""
    removed: list[Path] = []
    limits = {DAILY: keep_daily, PRE_MIGRATION: keep_pre_migration}
    for reason, keep in limits.items():
        copies = [b for b in list_backups(backups_dir) if b.reason == reason]
        for old in copies[max(keep, 1):]:
            old.path.unlink(missing_ok=True)
            removed.append(old.path)
    for leftover in backups_dir.glob("*.partial") if backups_dir.is_dir() else ():
        leftover.unlink(missing_ok=True)
    return removed


def backup_if_due(
    store_path: Path,
    backups_dir: Path,
    *,
    max_age: timedelta = DEFAULT_MAX_AGE,
    keep_daily: int = DEFAULT_KEEP_DAILY,
    now: datetime | None = None,
) -> Path | None:
    """Make a daily copy when the newest daily one is older than ``max_age`` (or there is none).

    Cheap to call often: it only reads a directory listing unless a copy is due."""
    if not store_path.is_file():
        return None
    moment = _utc(now)
    daily = [b for b in list_backups(backups_dir) if b.reason == DAILY]
    if daily and moment - daily[0].taken_at < max_age:
        return None
    path = make_backup(store_path, backups_dir, reason=DAILY, now=moment)
    prune_backups(backups_dir, keep_daily=keep_daily)
    return path


def newest_backup(backups_dir: Path) -> BackupFile | None:
    copies = list_backups(backups_dir)
    return copies[0] if copies else None


def read_schema_version(conn: sqlite3.Connection) -> str | None:
    """Alembic's revision stamp, or None when the file was never migrated by balie."""
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return str(row[0]) if row else None


def check_copy(path: Path, known_versions: Collection[str]) -> CopyCheck:
    """Is ``path`` a healthy balie store this version can open? Read-only; never changes the file."""
    if not path.is_file():
        return CopyCheck(CopyVerdict.MISSING, problem=Problem(
            code="backup-missing",
            message=f"Het bestand {path} bestaat niet.",
            next_step="Kies een kopie uit de map 'backups' in de gegevensmap van de balie.",
        ))
    with path.open("rb") as fh:
        header = fh.read(16)
    if header != b"SQLite format 3\x00":
        return CopyCheck(CopyVerdict.NOT_SQLITE, problem=Problem(
            code="backup-not-a-database",
            message=f"{path.name} is geen databank van de balie.",
            next_step="Kies een bestand met de naam balie-…sqlite3 uit de map 'backups'.",
        ))
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        try:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
        except sqlite3.DatabaseError as exc:
            result = [str(exc)]
        if result != ["ok"]:
            return CopyCheck(CopyVerdict.CORRUPT, problem=Problem(
                code="backup-corrupt",
                message=f"De kopie {path.name} is beschadigd en kan niet teruggezet worden.",
                next_step="Kies een oudere kopie uit de map 'backups'.",
                extras={"integrity": "; ".join(result[:3])},
            ))
        version = read_schema_version(conn)
    finally:
        conn.close()
    if version is None:
        return CopyCheck(CopyVerdict.NO_SCHEMA, problem=Problem(
            code="backup-no-schema",
            message=f"{path.name} is een databank, maar geen databank van de balie.",
            next_step="Kies een bestand uit de map 'backups' in de gegevensmap van de balie.",
        ))
    if version not in known_versions:
        return CopyCheck(CopyVerdict.UNKNOWN_SCHEMA, schema_version=version, problem=Problem(
            code="backup-unknown-schema",
            message=f"De kopie {path.name} komt van een andere (nieuwere?) versie van balie "
                    f"(schemaversie {version}) en kan met deze versie niet geopend worden.",
            next_step="Installeer de versie van balie waarmee de kopie gemaakt is, of kies een "
                      "andere kopie.",
            extras={"schema_version": version},
        ))
    return CopyCheck(CopyVerdict.OK, schema_version=version)


def restore_backup(
    copy: Path,
    store_path: Path,
    known_versions: Collection[str],
    *,
    now: datetime | None = None,
    carry_over: bool = False,
) -> RestoreResult:
    """Check ``copy`` and put it in place of ``store_path``; the replaced store is kept aside.

    The app must not be running (the restore command checks its lock). The old store's -wal/-shm
    files are moved aside with it: left behind, SQLite would replay them onto the restored file.
    ``carry_over``: the replaced store's unsent and "Te behandelen" items are copied into the
    restored one before it is swapped in (see :mod:`balie.restore_guard`)."""
    check = check_copy(copy, known_versions)
    if not check.ok:
        assert check.problem is not None
        raise RestoreError(check.problem)
    store_path.parent.mkdir(parents=True, exist_ok=True)
    incoming = store_path.with_name(store_path.name + ".restoring")
    try:
        source = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
        try:
            dest = sqlite3.connect(incoming)
            try:
                source.backup(dest)
            finally:
                dest.close()
        finally:
            source.close()
    except (sqlite3.Error, OSError) as exc:  # a full disk: no half copy stays behind
        for leftover in (incoming, incoming.with_name(incoming.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise RestoreError(_copy_failed(exc)) from exc
    carried = 0
    if carry_over and store_path.is_file():
        from balie.restore_guard import carry_over as copy_open_items

        try:
            carried = copy_open_items(store_path, incoming)
        except (sqlite3.Error, OSError) as exc:
            incoming.unlink(missing_ok=True)
            raise RestoreError(_copy_failed(exc)) from exc
    kept: Path | None = None
    stamp = _utc(now).strftime(_STAMP)
    if store_path.exists():
        kept = store_path.with_name(f"{store_path.name}.replaced-{stamp}")
        os.replace(store_path, kept)
    for suffix in ("-wal", "-shm"):
        side = store_path.with_name(store_path.name + suffix)
        if side.exists():
            if kept is not None:
                os.replace(side, kept.with_name(kept.name + suffix))
            else:
                side.unlink()
    os.replace(incoming, store_path)
    assert check.schema_version is not None
    return RestoreResult(copy, store_path, kept, check.schema_version, carried)


def _copy_failed(exc: BaseException) -> Problem:
    text = str(exc).lower()
    full = "full" in text or getattr(exc, "errno", None) == 28
    cause = "de schijf is vol" if full else f"schrijven lukte niet ({type(exc).__name__})"
    return Problem(
        code="restore-disk-full" if full else "restore-write-failed",
        message=f"De back-up kon niet teruggezet worden: {cause}. De huidige databank is niet "
                "veranderd.",
        next_step="Maak ruimte vrij op de schijf van de gegevensmap en probeer opnieuw."
        if full else "Controleer de schrijfrechten op de gegevensmap en probeer opnieuw.",
    )


def newest_good_backup(backups_dir: Path, known_versions: Collection[str]) -> BackupFile | None:
    """The newest copy that passes :func:`check_copy`: the one to offer when the store is damaged."""
    for copy in list_backups(backups_dir):
        if check_copy(copy.path, known_versions).ok:
            return copy
    return None


def damage_at_start(store_path: Path, backups_dir: Path,
                    known_versions: Collection[str]) -> Problem | None:
    """Why the store must NOT be opened (damaged, truncated, overwritten), or None.

    Run before anything writes to the file: running on a damaged store could lose the queue of
    unsent sales, or silently start a fresh empty one. A file that is missing, or empty while no
    backup exists, is a new installation. Schema questions (newer app, not balie) are left to the
    migration check, which refuses those itself."""
    if not store_path.exists():
        return None
    if store_path.stat().st_size == 0 and not list_backups(backups_dir):
        return None
    check = check_copy(store_path, known_versions)
    if check.verdict not in (CopyVerdict.NOT_SQLITE, CopyVerdict.CORRUPT):
        return None
    return damaged_problem(store_path, backups_dir, known_versions, check.verdict.value)


def damaged_problem(store_path: Path, backups_dir: Path, known_versions: Collection[str],
                    verdict: str, queue_export: Path | None = None) -> Problem:
    """The 'store-damaged' problem: names the newest good backup (the only case in which balie
    offers a restore) and, when the unsent queue could be saved first, where it was put."""
    good = newest_good_backup(backups_dir, known_versions)
    extras: dict[str, str] = {"store": str(store_path), "verdict": verdict}
    if queue_export is not None:
        extras["queue_export"] = str(queue_export)
    if good is None:
        next_step = ("Er is geen bruikbare back-up. Verander niets aan de gegevensmap en bel de "
                     "helpdesk.")
        if queue_export is not None:
            next_step += (f" De wachtrij die nog niet verstuurd was, is bewaard in "
                          f"{queue_export.name}.")
    else:
        from balie.domain import BRUSSELS

        extras["backup"] = str(good.path)
        next_step = (f"Zet de nieuwste goede back-up terug met 'balie restore' "
                     f"({good.path.name}, van {good.taken_at.astimezone(BRUSSELS):%d/%m/%Y %H:%M}). ")
        if queue_export is None:
            next_step += ("Acties van na die back-up voer je daarna opnieuw in "
                          "(papieren procedure).")
        else:
            next_step += (f"De wachtrij van na die back-up is eerst bewaard in "
                          f"{queue_export.name} en gaat mee naar de teruggezette databank: voer "
                          "die acties NIET opnieuw in (het dagrapport van die uren kan "
                          "onvolledig zijn).")
    return Problem(
        code="store-damaged",
        message=f"De kassadatabank {store_path.name} is beschadigd of onvolledig. balie werkt er "
                "niet mee verder, om geen verkopen te verliezen.",
        next_step=next_step,
        extras=extras,
    )
