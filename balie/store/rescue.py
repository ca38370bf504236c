"""Save the unsent queue of a damaged store before anyone restores an older backup over it.

A backup is at most a day old; the sales queued since then exist only in the damaged file. Most
damage leaves most pages readable, so the outbox rows that were not yet confirmed by the platform
are read row by row (a bad page costs the rows on it, not the rest) and written as JSON next to
the store. Payloads stay as stored: on a live counter they are sealed with the store key, so the
file holds no personal data in clear and support can feed it back on the same counter.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger(__name__)

#: outbox states whose action may not have reached the platform yet
UNSENT = ("PENDING", "SENT", "REJECTED", "NEEDS_ATTENTION")
COLUMNS = ("client_uuid", "kind", "created_at", "sequence", "device_id", "operator_id",
           "operator_name", "status", "attempts", "pass_key", "depends_on", "provisional",
           "training", "payload")


@contextmanager
def raw_transaction(path: Path, *, timeout: float = 10.0,
                    attach: dict[str, str] | None = None) -> Iterator[sqlite3.Connection]:
    """One ``BEGIN IMMEDIATE`` … ``COMMIT`` on a plain sqlite3 connection to ``path``. Restore
    works on files that are not open as a Store (a backup, a damaged copy), so it cannot use the
    ORM's sessions; this keeps its all-or-nothing rule in one place: rolled back on any error,
    always closed. ``attach``: schema name to a database URI, attached before the transaction."""
    conn = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    try:
        for name, uri in (attach or {}).items():
            conn.execute(f"ATTACH DATABASE ? AS {name}", (uri,))
        conn.execute("BEGIN IMMEDIATE")
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()


def export_path(store_path: Path) -> Path:
    """One name per damaged file (its size and time), so repeated opens rewrite one export."""
    try:
        st = store_path.stat()
        stamp = datetime.fromtimestamp(st.st_mtime, UTC).strftime("%Y%m%dT%H%M%SZ")
        tag = f"{stamp}-{st.st_size}"
    except OSError:
        tag = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return store_path.with_name(f"{store_path.stem}-wachtrij-gered-{tag}.json")


def read_unsent(store_path: Path) -> list[dict[str, object]]:
    """The readable unsent outbox rows of a (possibly damaged) store; never raises on damage."""
    rows: list[dict[str, object]] = []
    try:
        conn = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return rows
    try:
        try:
            (top,) = conn.execute("SELECT max(id) FROM outbox").fetchone()
        except sqlite3.Error:
            return rows
        marks = ",".join("?" * len(UNSENT))
        query = f"SELECT {', '.join(COLUMNS)} FROM outbox WHERE status IN ({marks})"
        try:
            found = conn.execute(query, UNSENT).fetchall()
        except sqlite3.Error:  # a bad page in the middle: go row by row around it
            found = []
            for rowid in range(1, int(top or 0) + 1):
                try:
                    found.extend(conn.execute(query + " AND id = ?", (*UNSENT, rowid)).fetchall())
                except sqlite3.Error:
                    continue
        rows = [dict(zip(COLUMNS, row, strict=True)) for row in found]
    finally:
        conn.close()
    return rows


def export_queue(store_path: Path) -> Path | None:
    """Write the unsent queue of the damaged ``store_path`` next to it; the file, or None when
    there was nothing readable to save or it could not be written (logged)."""
    rows = read_unsent(store_path)
    if not rows:
        return None
    target = export_path(store_path)
    tmp = target.with_name(target.name + ".partial")
    try:
        with tmp.open("w", encoding="utf-8") as fh:
            json.dump({"store": store_path.name, "unsent": rows}, fh, ensure_ascii=False,
                      indent=1)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        log.error("could not save the unsent queue of a damaged store: %s", type(exc).__name__)
        return None
    log.warning("saved %d unsent queue entries of a damaged store", len(rows))
    return target


def carry_over_readable(restored: Path, replaced: Path) -> int:
    """After a restore from a *damaged* store: put back the readable unsent actions of
    ``replaced`` that the restored copy lacks. balie.restore_guard.carry_over copies them with
    their records in one SQL statement, which a bad page stops; this reads row by row around
    bad pages and copies the queue entries only (what delivery needs), as stored: sealed payloads
    stay sealed (same store, same key), new sequence numbers after the restored ones, in their
    old order. One transaction: all or nothing. Returns how many were added."""
    unsent = read_unsent(replaced)
    with raw_transaction(restored) as conn:
        known = {u for (u,) in conn.execute("SELECT client_uuid FROM outbox")}
        added = 0
        for row in sorted(unsent, key=lambda r: int(str(r["sequence"]))):
            if row["client_uuid"] in known:
                continue
            conn.execute("INSERT OR IGNORE INTO sequence_counters (name, value) "
                         "VALUES ('outbox', 0)")
            (sequence,) = conn.execute("UPDATE sequence_counters SET value = value + 1 "
                                       "WHERE name = 'outbox' RETURNING value").fetchone()
            values = {**row, "sequence": sequence}
            conn.execute(f"INSERT INTO outbox ({', '.join(values)}) "
                         f"VALUES ({', '.join('?' * len(values))})", tuple(values.values()))
            added += 1
    if added:
        log.warning("restore: %d unsent actions of a damaged store carried over", added)
    return added


def mark_confirmed(restored: Path, replaced: Path) -> int:
    """After a restore: what the replaced store knew the platform had confirmed, but the older
    restored copy still holds as unsent, is marked confirmed (with its platform ids), so the
    sync worker does not register it a second time. Returns how many were marked."""
    confirmed = _confirmed(replaced)
    if not confirmed:
        return 0
    with raw_transaction(restored) as conn:
        marked = 0
        for client_uuid, (platform_ids, sent_at, finished_at) in confirmed.items():
            marked += conn.execute(
                "UPDATE outbox SET status = 'CONFIRMED', platform_ids = ?, sent_at = ?, "
                "finished_at = ?, next_attempt_at = NULL "
                "WHERE client_uuid = ? AND status IN ('PENDING', 'SENT')",
                (platform_ids, sent_at, finished_at, client_uuid)).rowcount
    if marked:
        log.warning("restore: %d actions confirmed after the backup marked confirmed", marked)
    return marked


def _confirmed(store_path: Path) -> dict[str, tuple[object, object, object]]:
    try:
        conn = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return {}
    try:
        return {u: (p, s, f) for u, p, s, f in conn.execute(
            "SELECT client_uuid, platform_ids, sent_at, finished_at FROM outbox "
            "WHERE status = 'CONFIRMED'")}
    except sqlite3.Error:
        return {}
    finally:
        conn.close()
