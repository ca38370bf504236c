"""Hash a kansentarief card list that an older version kept in clear: fast, visible, resumable.

A live store keeps the list as keyed hashes (:func:`balie.crypto.kansen_key`). A list written in
clear by an older version is converted at the first start with the key. With 10^6 cards this used
to take ~44 s in one go, with nothing on screen, and a counter killed half-way started over. Now:

- phase 1 hashes every card into a scratch (TEMP) table of the conversion's own connection, with
  the HMAC as an SQL function (no Python objects per row beyond the HMAC, no ORM) and no write
  lock held; phase 2 copies it in hash order, a chunk per short write transaction (the counter
  and the sync worker write between two chunks). In hash order each chunk is appended after the
  previous one: written in random order, each chunk rewrote pages all over the list's B-tree,
  and the write-ahead log grew to ten times the list (54 MB against 5 MB at 10^6 cards);
- the hashed rows go into a new snapshot that nobody reads until it is complete; then the
  current-list pointer switches to it in one transaction, like a refresh, so a lookup sees the
  whole clear list or the whole hashed one, never half;
- where phase 2 got to is saved in the same transaction as each chunk (setting
  ``privacy.kansen_conversion.<card system>``): after a kill -9 phase 1 runs again (seconds, and
  nothing of it was kept) and phase 2 goes on after the last chunk that committed;
- a ``progress`` callback gets (cards done, cards in all clear lists) as it goes, each card
  counted half when hashed and half when written, for a progress bar or lines on a terminal.

A refresh of the same card system during the conversion wins: its list is hashed already, so the
conversion stops and drops its half-converted snapshot. That snapshot carries the negated card
system id until the switch, so a refresh never takes it for one of its own orphans.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from balie.crypto import KANSEN_KIND, is_blinded

if TYPE_CHECKING:
    from balie.store import Store

log = logging.getLogger(__name__)

#: rows per chunk: big enough that the per-transaction cost (fsync) disappears, small enough that
#: a sale waiting for the write lock waits well under a second
CHUNK = 25_000
#: page cache of the conversion's own connection (KiB): the scratch table and its sort
CACHE_KIB = 64 * 1024
RESUME_PREFIX = "privacy.kansen_conversion."
#: the SQL function the conversion registers on its connection (the HMAC of balie.crypto), and
#: the scratch table (TEMP: it lives and dies with that connection; a kill -9 leaves nothing)
_SQL_KEY = "balie_kansen_key"
_STAGING = "kansen_staging"

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ClearList:
    """One current list still in clear: its card system, snapshot, fetch time and size."""

    card_system_id: int
    snapshot_id: int
    fetched_at: str
    rows: int


def clear_lists(store: Store) -> list[ClearList]:
    """The current lists whose rows are in clear (cheap: one row of each list is looked at)."""
    with store.read() as s:
        conn = s.connection()
        current = conn.exec_driver_sql(
            "SELECT card_system_id, snapshot_id, fetched_at, row_count FROM social_tariff_current"
            " ORDER BY card_system_id").all()
        found = []
        for cs, snapshot, fetched_at, rows in current:
            first = conn.exec_driver_sql(
                "SELECT uitpas_number FROM social_tariff_cards WHERE snapshot_id = ? LIMIT 1",
                (snapshot,)).scalar()
            if first is not None and not is_blinded(first):
                found.append(ClearList(int(cs), int(snapshot), str(fetched_at), int(rows or 0)))
    return found


class Stopped(Exception):
    """The conversion was asked to stop (the app closes); it goes on at the next start."""


def convert_clear_lists(store: Store, *, progress: Progress | None = None,
                        chunk_size: int = CHUNK, stop: Callable[[], bool] | None = None) -> int:
    """Hash every current clear list of ``store`` (which must have its key); returns the rows
    hashed by this call (a resumed conversion counts only what it did now). ``stop`` is asked
    every chunk; when it says so, :class:`Stopped` is raised (what committed stays)."""
    if store.cipher is None:
        return 0
    lists = clear_lists(store)
    _forget_abandoned(store, {c.snapshot_id for c in lists})
    total = sum(c.rows for c in lists)
    done = 0
    hashed = 0
    for clear in lists:
        before = done
        done, now_hashed = _convert(store, clear, done, total, progress, chunk_size,
                                    stop or (lambda: False))
        hashed += now_hashed
        log.info("kansentarief list of card system %s hashed: %d rows (%d in this run)",
                 clear.card_system_id, done - before, now_hashed)
    return hashed


def _forget_abandoned(store: Store, clear_snapshots: set[int]) -> None:
    """A conversion killed before a refresh replaced its list leaves a half snapshot that no
    refresh drops (it carries the negated card system id): drop it and its resume point."""
    with store.read() as s:
        saved = s.connection().exec_driver_sql(
            "SELECT key, value FROM settings WHERE key LIKE ?", (RESUME_PREFIX + "%",)).all()
    for key, value in saved:
        point = json.loads(value)
        if point.get("from") not in clear_snapshots:
            with store.write() as s:
                s.connection().exec_driver_sql("DELETE FROM settings WHERE key = ?", (key,))
            store.reference.drop_snapshot(int(point["to"]))


def _convert(store: Store, clear: ClearList, done: int, total: int, progress: Progress | None,
             chunk_size: int, stop: Callable[[], bool]) -> tuple[int, int]:
    """Convert one list; returns (rows done over all lists so far, rows written now).

    Progress counts each card twice at half weight: hashed (phase 1), then written (phase 2)."""
    target, after = _resume_point(store, clear)
    key = RESUME_PREFIX + str(clear.card_system_id)
    assert store.cipher is not None
    index = store.cipher.indexer(KANSEN_KIND)
    base = done
    with _raw(store) as conn:
        written = int(conn.execute("SELECT count(*) FROM social_tariff_cards WHERE snapshot_id = ?",
                                   (target,)).fetchone()[0]) if after is not None else 0
        hashed = 0

        def hash_one(number: str) -> str:  # phase 1, called by SQLite once per card
            nonlocal hashed
            hashed += 1
            if hashed % chunk_size == 0:
                if stop():
                    raise Stopped  # SQLite ends the statement; the scratch table goes with it
                if progress is not None:
                    progress(base + (hashed + written) // 2, total)
            return index(number)

        conn.create_function(_SQL_KEY, 1, hash_one, deterministic=True)
        # phase 1: every card hashed into a scratch table of this connection, sorted by its hash
        conn.execute(f"CREATE TEMP TABLE {_STAGING} AS SELECT {_SQL_KEY}(uitpas_number) AS key,"
                     " card_type, available_tickets FROM main.social_tariff_cards"
                     " WHERE snapshot_id = ?", (clear.snapshot_id,))
        conn.execute(f"CREATE INDEX temp.{_STAGING}_key ON {_STAGING}(key)")
        now_written = 0
        # phase 2: in hash order, a chunk per transaction, each appended at the end of the
        # target's part of the table (no page rewritten twice), with its resume point
        while True:
            if stop():
                raise Stopped
            conn.execute("BEGIN IMMEDIATE")
            try:
                last = None if _replaced_raw(conn, clear) else conn.execute(
                    f"SELECT max(key) FROM (SELECT key FROM {_STAGING} WHERE key > ?"
                    " ORDER BY key LIMIT ?)", (after or "", chunk_size)).fetchone()[0]
                if last is None:
                    conn.execute("COMMIT")
                    break
                count = conn.execute(
                    "INSERT OR REPLACE INTO main.social_tariff_cards"
                    " (snapshot_id, uitpas_number, card_type, available_tickets)"
                    f" SELECT ?, key, card_type, available_tickets FROM {_STAGING}"
                    " WHERE key > ? AND key <= ? ORDER BY key",
                    (target, after or "", last)).rowcount
                conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key)"
                             " DO UPDATE SET value = excluded.value",
                             (key, _resume_json(clear.snapshot_id, target, str(last))))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            after = str(last)
            now_written += count
            written += count
            if progress is not None:
                progress(base + (clear.rows + written) // 2, total)
    _switch(store, clear, target, key)
    return base + clear.rows, now_written


@contextlib.contextmanager
def _raw(store: Store) -> Iterator[sqlite3.Connection]:
    """A connection of its own for one conversion: its scratch table and SQL function stay
    with it, and the store's pooled connections keep their settings. Durable like the store's
    (WAL, synchronous FULL); waits for the counter's short writes."""
    conn = sqlite3.connect(store.path, timeout=30.0, isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        yield conn
    finally:
        conn.close()


def _replaced_raw(conn: sqlite3.Connection, clear: ClearList) -> bool:
    row = conn.execute("SELECT snapshot_id FROM social_tariff_current WHERE card_system_id = ?",
                       (clear.card_system_id,)).fetchone()
    return row is None or row[0] != clear.snapshot_id


def _resume_point(store: Store, clear: ClearList) -> tuple[int, str | None]:
    """(target snapshot, last clear number already converted or None) — a new target when
    there is no saved point for this very list, or its target is gone (a refresh dropped it)."""
    key = RESUME_PREFIX + str(clear.card_system_id)
    with store.write() as s:
        conn = s.connection()
        saved = conn.exec_driver_sql("SELECT value FROM settings WHERE key = ?", (key,)).scalar()
        point: dict[str, Any] = json.loads(saved) if saved else {}
        if point.get("from") == clear.snapshot_id and conn.exec_driver_sql(
                "SELECT 1 FROM social_tariff_snapshots WHERE id = ? AND complete = 0",
                (point.get("to"),)).scalar():
            log.info("kansentarief list of card system %s: conversion resumed",
                     clear.card_system_id)
            return int(point["to"]), point.get("after")
        target = conn.exec_driver_sql(
            "INSERT INTO social_tariff_snapshots (card_system_id, started_at, row_count, complete)"
            " VALUES (?, ?, 0, 0) RETURNING id", (-clear.card_system_id, clear.fetched_at)).scalar()
        assert target is not None
        _save_resume(conn, key, clear.snapshot_id, int(target), None)
    return int(target), None


def _replaced(conn: Any, clear: ClearList) -> bool:
    """Did a refresh replace the clear list since the conversion began?"""
    return bool(conn.exec_driver_sql(
        "SELECT snapshot_id FROM social_tariff_current WHERE card_system_id = ?",
        (clear.card_system_id,)).scalar() != clear.snapshot_id)


def _resume_json(source: int, target: int, after: str | None) -> str:
    """The resume point: from which clear snapshot into which target, up to which hashed key."""
    return json.dumps({"from": source, "to": target, "after": after})


def _save_resume(conn: Any, key: str, source: int, target: int, after: str | None) -> None:
    conn.exec_driver_sql(
        "INSERT INTO settings (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, _resume_json(source, target, after)))


def _switch(store: Store, clear: ClearList, target: int, key: str) -> None:
    """Point the card system at the hashed snapshot (same fetch time: the policy sees the same
    age), forget the resume point, then drop the clear rows in chunks."""
    with store.write() as s:
        conn = s.connection()
        count = int(conn.exec_driver_sql(
            "SELECT COUNT(*) FROM social_tariff_cards WHERE snapshot_id = ?", (target,)).scalar()
            or 0)
        conn.exec_driver_sql("DELETE FROM settings WHERE key = ?", (key,))
        if _replaced(conn, clear):  # a refresh replaced the list meanwhile: it wins
            log.info("kansentarief list of card system %s was refreshed during its conversion",
                     clear.card_system_id)
            drop = target
        else:
            conn.exec_driver_sql(
                "UPDATE social_tariff_snapshots SET card_system_id = ?, complete = 1,"
                " row_count = ? WHERE id = ?", (clear.card_system_id, count, target))
            conn.exec_driver_sql(
                "UPDATE social_tariff_current SET snapshot_id = ?, row_count = ?"
                " WHERE card_system_id = ?", (target, count, clear.card_system_id))
            drop = clear.snapshot_id
    store.reference.drop_snapshot(drop)
