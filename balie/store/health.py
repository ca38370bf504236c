"""Is the store fit to open? Disk trouble is not damage.

A clean close leaves a small marker next to the store with the file's size and modification time
(:func:`mark_clean`). At the next open, a store that is exactly as it was left only gets a cheap
check (header and schema readable); anything else (a crash, a power cut, the file changed or
copied in while balie was closed) gets SQLite's ``quick_check``, which reads every page once and
checks the B-tree structure but not each index entry against its row: it catches truncated,
overwritten and garbled files at a fraction of a full ``integrity_check``. Both grow with the
file (seconds for a year of sales), so the full check runs in the daily maintenance instead
(:func:`full_check`, off the GUI thread) and on request in ``balie doctor --full``.

Whatever stops the check is sorted into its cause before anyone says "damaged": a full disk, a
folder without write rights (or a read-only copy), and another program holding the file are the
PC's trouble, and the file is fine. Offering a restore for those would throw away the newest queue
for nothing. Only a file that SQLite itself calls corrupt (or that is no SQLite file) is damaged;
then the readable part of its unsent queue is exported next to it first (:mod:`balie.store.rescue`),
so a restore of an older backup can never silently lose it.
"""

from __future__ import annotations

import enum
import json
import logging
import os
import sqlite3
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from balie.datadir import os_error_cause, write_failure
from balie.domain import Problem

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"


class Cause(enum.StrEnum):
    OK = "OK"
    DISK_FULL = "DISK_FULL"
    NOT_WRITABLE = "NOT_WRITABLE"  # no rights, read-only disk or copy, -shm cannot be made
    LOCKED = "LOCKED"  # another process holds the file
    CORRUPT = "CORRUPT"
    UNREADABLE = "UNREADABLE"  # an I/O error we cannot name (failing disk, unplugged USB)


@dataclass(frozen=True)
class Verdict:
    cause: Cause
    detail: str = ""


def classify(exc: BaseException, folder: Path) -> Verdict:
    """The cause behind a SQLite (or OS) error met while opening or checking the store."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or "malformed" in text \
            or "not a database" in text:
        return Verdict(Cause.CORRUPT, str(exc))
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in text:
        return Verdict(Cause.LOCKED, str(exc))
    if primary == sqlite3.SQLITE_FULL or "disk is full" in text:
        return Verdict(Cause.DISK_FULL, "schijf vol")
    if primary == sqlite3.SQLITE_READONLY or "readonly" in text:
        return Verdict(Cause.NOT_WRITABLE, "geen schrijfrechten")
    # CANTOPEN, IOERR (e.g. the -shm file cannot be made) and OS errors: ask the folder itself
    failure = write_failure(folder) if isinstance(exc, (sqlite3.Error, OSError)) else None
    if failure is not None:
        cause = os_error_cause(failure)
        return Verdict(Cause.DISK_FULL if cause == "schijf vol" else Cause.NOT_WRITABLE, cause)
    if isinstance(exc, OSError):
        cause = os_error_cause(exc)
        return Verdict(Cause.DISK_FULL if cause == "schijf vol" else Cause.NOT_WRITABLE, cause)
    return Verdict(Cause.UNREADABLE, str(exc))


def _integrity(store_path: Path, pragma: str) -> Verdict:
    try:
        conn = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error as exc:
        return classify(exc, store_path.parent)
    try:
        rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
    except sqlite3.Error as exc:
        return classify(exc, store_path.parent)
    finally:
        conn.close()
    if rows == ["ok"]:
        return Verdict(Cause.OK)
    return Verdict(Cause.CORRUPT, "; ".join(rows[:3]))


CLEAN_SUFFIX = ".closed-cleanly"


def _marker(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + CLEAN_SUFFIX)


def _stamp(store_path: Path) -> dict[str, int]:
    """What a later open compares: the file and its WAL as the clean close left them."""
    st = store_path.stat()
    wal = store_path.with_name(store_path.name + "-wal")
    wst = wal.stat() if wal.exists() else None
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns,
            "wal_size": wst.st_size if wst else -1, "wal_mtime_ns": wst.st_mtime_ns if wst else -1}


def mark_clean(store_path: Path) -> None:
    """Called by Store.close after the last connection closed. Best effort: without the marker
    the next open simply runs quick_check."""
    marker = _marker(store_path)
    try:
        tmp = marker.with_name(marker.name + ".tmp")
        tmp.write_text(json.dumps(_stamp(store_path)), encoding="utf-8")
        os.replace(tmp, marker)
    except OSError:
        log.debug("no clean-close marker written")


def closed_cleanly(store_path: Path, *, use_up: bool = True) -> bool:
    """Was the store closed cleanly and left exactly so? An open uses the marker up, so a crash
    of this run makes the next open check the pages (``use_up`` False: only look, for doctor)."""
    marker = _marker(store_path)
    try:
        seen = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    try:
        if use_up:
            marker.unlink()
    except OSError:
        return False  # cannot use it up: better check
    try:
        return bool(seen == _stamp(store_path))
    except OSError:
        return False


def schema_check(store_path: Path) -> Verdict:
    """The cheap check of a cleanly closed store: the header page and the schema are readable."""
    try:
        conn = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error as exc:
        return classify(exc, store_path.parent)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        return classify(exc, store_path.parent)
    finally:
        conn.close()
    return Verdict(Cause.OK)


def quick_check(store_path: Path) -> Verdict:
    """The check at open (see the module docstring)."""
    return _integrity(store_path, "quick_check")


def full_check(store_path: Path) -> Verdict:
    """``PRAGMA integrity_check``: for maintenance and support, never on the GUI thread."""
    return _integrity(store_path, "integrity_check")


FULL_CHECK_SUFFIX = ".full-check.json"


def record_full_check(store_path: Path, verdict: Verdict, at: datetime) -> None:
    """Keep the outcome of the daily full check next to the store (not in it: a damaged store
    must not be written to), so ``balie doctor`` can show it. Best effort."""
    target = store_path.with_name(store_path.name + FULL_CHECK_SUFFIX)
    try:
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_text(json.dumps({"at": at.astimezone(UTC).isoformat(),
                                   "cause": verdict.cause.value, "detail": verdict.detail[:300]}),
                       encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        log.debug("full check outcome not written")


def last_full_check(store_path: Path) -> tuple[datetime, Verdict] | None:
    try:
        seen = json.loads(store_path.with_name(store_path.name + FULL_CHECK_SUFFIX)
                          .read_text(encoding="utf-8"))
        return (datetime.fromisoformat(seen["at"]),
                Verdict(Cause(seen["cause"]), str(seen.get("detail", ""))))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def trouble_problem(verdict: Verdict, store_path: Path) -> Problem:
    """The Dutch problem for a healthy store that cannot be used now (not for CORRUPT)."""
    folder = store_path.parent
    extras = {"store": str(store_path), "cause": verdict.cause.value}
    if verdict.cause is Cause.DISK_FULL:
        return Problem(
            code="store-disk-full",
            message=f"De schijf met de kassadatabank is vol (schijf vol, {folder}). De databank "
                    "zelf is in orde; er gaat niets verloren.",
            next_step="Maak ruimte vrij op die schijf (of laat de IT-dienst dat doen) en start "
                      "balie opnieuw. Zet GEEN back-up terug.",
            extras=extras)
    if verdict.cause is Cause.NOT_WRITABLE:
        return Problem(
            code="store-not-writable",
            message=f"balie mag niet schrijven bij de kassadatabank ({verdict.detail}, {folder}). "
                    "De databank zelf is in orde; er gaat niets verloren.",
            next_step="Laat de IT-dienst de schrijfrechten op de gegevensmap nakijken, of open "
                      "een kopie vanuit een map waarin je mag schrijven. Zet GEEN back-up terug.",
            extras=extras)
    if verdict.cause is Cause.LOCKED:
        return Problem(
            code="store-locked",
            message="De kassadatabank is vergrendeld door een ander programma. De databank zelf "
                    "is in orde.",
            next_step="Sluit het andere programma (een tweede balie, een back-up- of "
                      "virusscanner die het bestand vasthoudt) en probeer opnieuw.",
            extras=extras)
    return Problem(
        code="store-unreadable",
        message=f"De kassadatabank kon niet gelezen worden ({verdict.detail}).",
        next_step="Controleer of de schijf nog aangesloten en in orde is en probeer opnieuw; "
                  "blijft het, bel de helpdesk. Zet nog geen back-up terug.",
        extras=extras)


def problem_at_open(store_path: Path, backups_dir: Path,
                    known_versions: Collection[str]) -> Problem | None:
    """Why the store must NOT be opened now, or None. Runs before anything writes to the file.

    A missing file, or an empty one without any backup, is a new installation. Schema questions
    (newer app, not balie) are left to the migration check."""
    from balie.backup import damaged_problem, list_backups

    if not store_path.exists():
        return None
    try:
        size = store_path.stat().st_size
        if size == 0 and not list_backups(backups_dir):
            return None
        with store_path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        return trouble_problem(classify(exc, store_path.parent), store_path)
    if header != SQLITE_HEADER:
        verdict = Verdict(Cause.CORRUPT, "geen SQLite-bestand")
    elif closed_cleanly(store_path):
        verdict = schema_check(store_path)
    else:
        verdict = quick_check(store_path)
    if verdict.cause is Cause.OK:
        return None
    if verdict.cause is not Cause.CORRUPT:
        log.warning("store cannot be opened now: %s", verdict.cause.value)
        return trouble_problem(verdict, store_path)
    log.error("store damaged at open: %s", verdict.detail[:200])
    from balie.store.rescue import export_queue

    exported = export_queue(store_path)
    return damaged_problem(store_path, backups_dir, known_versions,
                           "NOT_SQLITE" if header != SQLITE_HEADER else "CORRUPT", exported)
