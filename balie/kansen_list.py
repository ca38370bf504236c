"""Hash a kansentarief card list that an older version kept in clear: fast, visible, resumable.

A live store keeps the list as keyed hashes (:func:`balie.crypto.kansen_key`). A list written in
clear by an older version is converted at the first start with the key. With 10^6 cards this used
to take ~44 s in one go, with nothing on screen, and a counter killed half-way started over. Now:

- the clear rows are taken in key order, a chunk at a time, and hashed, sorted and written by one
  ``INSERT ... SELECT`` per chunk with the HMAC as an SQL function (no Python objects per row
  beyond the HMAC, no ORM), each chunk its own short write transaction, so the counter (and the
  sync worker) can write between two chunks;
- the hashed rows go into a new snapshot that nobody reads until it is complete; then the
  current-list pointer switches to it in one transaction, like a refresh, so a lookup sees the
  whole clear list or the whole hashed one, never half;
- where it got to is saved in the same transaction as each chunk (setting
  ``privacy.kansen_conversion.<card system>``): after a kill -9 it goes on after the last chunk
  that committed. Redoing a chunk is harmless (``INSERT OR REPLACE`` on the same keys);
- a ``progress`` callback gets (rows done, rows in all clear lists) after every chunk, for a
  progress bar in the window or lines on a terminal.

A refresh of the same card system during the conversion wins: its list is hashed already, so the
conversion stops and drops its half-converted snapshot. That snapshot carries the negated card
system id until the switch, so a refresh never takes it for one of its own orphans.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from balie.crypto import KANSEN_KIND, is_blinded

if TYPE_CHECKING:
    from balie.store import Store

log = logging.getLogger(__name__)

#: rows per chunk: big enough that the per-transaction cost (fsync) disappears, small enough that
#: a sale waiting for the write lock waits well under a second
CHUNK = 25_000
#: page cache for the conversion's connection (KiB, negative = size): the new snapshot's keys are
#: random, so each chunk touches pages all over its B-tree; with SQLite's default 2 MB most of them
#: are read again from the OS for every chunk
CACHE_KIB = 64 * 1024
DEFAULT_CACHE = -2000  # SQLite's own default, restored after each chunk
RESUME_PREFIX = "privacy.kansen_conversion."
#: the SQL function the conversion registers on its connection (the HMAC of balie.crypto)
_SQL_KEY = "balie_kansen_key"

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


def convert_clear_lists(store: Store, *, progress: Progress | None = None,
                        chunk_size: int = CHUNK) -> int:
    """Hash every current clear list of ``store`` (which must have its key); returns the rows
    hashed by this call (a resumed conversion counts only what it did now)."""
    if store.cipher is None:
        return 0
    lists = clear_lists(store)
    _forget_abandoned(store, {c.snapshot_id for c in lists})
    total = sum(c.rows for c in lists)
    done = 0
    hashed = 0
    for clear in lists:
        before = done
        done, now_hashed = _convert(store, clear, done, total, progress, chunk_size)
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
             chunk_size: int) -> tuple[int, int]:
    """Convert one list; returns (rows done over all lists so far, rows hashed now)."""
    target, after = _resume_point(store, clear)
    if after is not None:
        with store.read() as s:
            done += int(s.connection().exec_driver_sql(
                "SELECT COUNT(*) FROM social_tariff_cards WHERE snapshot_id = ?"
                " AND uitpas_number <= ?", (clear.snapshot_id, after)).scalar() or 0)
        if progress is not None:
            progress(done, total)
    assert store.cipher is not None
    index = store.cipher.indexer(KANSEN_KIND)
    key = RESUME_PREFIX + str(clear.card_system_id)
    hashed = 0
    while True:
        with store.write() as s:
            conn = s.connection()
            if _replaced(conn, clear):
                break
            last = conn.exec_driver_sql(
                "SELECT max(uitpas_number) FROM (SELECT uitpas_number FROM social_tariff_cards"
                " WHERE snapshot_id = ? AND uitpas_number > ? ORDER BY uitpas_number LIMIT ?)",
                (clear.snapshot_id, after or "", chunk_size)).scalar()
            if last is None:
                break
            # hashing, sorting by hash and inserting all in SQLite's C code: only the HMAC
            # itself runs in Python, once per card
            driver = conn.connection.driver_connection
            assert driver is not None
            driver.create_function(_SQL_KEY, 1, index, deterministic=True)
            conn.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")
            count = conn.exec_driver_sql(
                "INSERT OR REPLACE INTO social_tariff_cards"
                " (snapshot_id, uitpas_number, card_type, available_tickets)"
                f" SELECT ?, {_SQL_KEY}(uitpas_number), card_type, available_tickets"
                " FROM social_tariff_cards WHERE snapshot_id = ? AND uitpas_number > ?"
                " AND uitpas_number <= ? ORDER BY 2",
                (target, clear.snapshot_id, after or "", last)).rowcount
            _save_resume(conn, key, clear.snapshot_id, target, str(last))
            conn.exec_driver_sql(f"PRAGMA cache_size = {DEFAULT_CACHE}")  # a pooled connection
        after = str(last)
        hashed += count
        done += count
        if progress is not None:
            progress(done, total)
    _switch(store, clear, target, key)
    return done, hashed


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


def _save_resume(conn: Any, key: str, source: int, target: int, after: str | None) -> None:
    conn.exec_driver_sql(
        "INSERT INTO settings (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, json.dumps({"from": source, "to": target, "after": after})))


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
