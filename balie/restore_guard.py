"""What a restore would throw away: the store's unsent and "Te behandelen" items, and how to keep them.

A backup is older than the store it replaces. Sales, check-ins and registrations queued after the
backup, and items a person still has to handle, exist only in the current store; a quiet restore
loses them (money the cashier took and the platform never hears of). So before a restore,
:func:`open_items` counts them per kind and state, :func:`describe` names them in Dutch, and the
restore either refuses, goes on after a supervisor's PIN, or :func:`carry_over` copies them into
the restored store. Reading uses plain SQLite on the file: no key is needed to count, and a sealed
payload is copied as it is (same store, same key).
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from balie.domain import ActionKind, OutboxStatus
from balie.store.rescue import raw_transaction

UNSENT = (OutboxStatus.PENDING.value, OutboxStatus.SENT.value)
ATTENTION = (OutboxStatus.REJECTED.value, OutboxStatus.NEEDS_ATTENTION.value)
#: the local records an outbox entry owns, copied with it
RECORD_TABLES = ("ticket_sales", "checkins", "reward_redemptions", "passholder_changes")

_KIND_NL = {
    ActionKind.TICKET_SALE.value: ("ticketverkoop", "ticketverkopen"),
    ActionKind.CHECKIN.value: ("check-in", "check-ins"),
    ActionKind.REWARD_REDEEM.value: ("omgeruild voordeel", "omgeruilde voordelen"),
    ActionKind.PASSHOLDER_REGISTER.value: ("registratie", "registraties"),
}


@dataclass(frozen=True)
class OpenItems:
    """Counts per outbox kind: not yet at the platform, and waiting for a person."""

    unsent: Counter[str] = field(default_factory=Counter)
    attention: Counter[str] = field(default_factory=Counter)
    readable: bool = True

    @property
    def total(self) -> int:
        return sum(self.unsent.values()) + sum(self.attention.values())


def open_items(store_path: Path) -> OpenItems:
    """Count the open items of the store at ``store_path`` (read-only; a missing or unreadable
    file has none that can be saved, and says so with ``readable``)."""
    if not store_path.is_file():
        return OpenItems()
    try:
        conn = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True)
        try:
            rows = conn.execute("SELECT status, kind, count(*) FROM outbox "
                                "WHERE status IN (?, ?, ?, ?) GROUP BY status, kind",
                                (*UNSENT, *ATTENTION)).fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return OpenItems(readable=False)
    unsent: Counter[str] = Counter()
    attention: Counter[str] = Counter()
    for status, kind, count in rows:
        (unsent if status in UNSENT else attention)[kind] += int(count)
    return OpenItems(unsent, attention)


def _kinds(counts: Counter[str]) -> str:
    parts = []
    for kind, n in sorted(counts.items()):
        one, many = _KIND_NL.get(kind, (kind, kind))
        parts.append(f"{n} {one if n == 1 else many}")
    return ", ".join(parts)


def describe(items: OpenItems) -> str:
    """'3 nog niet verstuurd naar UiTPAS (2 ticketverkopen, 1 check-in) en 1 te behandelen
    (1 registratie)'."""
    parts = []
    if items.unsent:
        parts.append(f"{sum(items.unsent.values())} nog niet verstuurd naar UiTPAS "
                     f"({_kinds(items.unsent)})")
    if items.attention:
        parts.append(f"{sum(items.attention.values())} te behandelen "
                     f"({_kinds(items.attention)})")
    return " en ".join(parts)


def _columns(conn: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA {schema}.table_info({table})")]


def carry_over(current: Path, restored: Path) -> int:
    """Copy the open items of ``current`` (and the entries they depend on) that ``restored``
    lacks into ``restored``, with their local records, in one transaction. They get sequence
    numbers after the restored store's own, in their original order, so each pass's actions still
    go out in order. Returns how many outbox entries were copied."""
    old = {"old": f"file:{current}?mode=ro"}
    with raw_transaction(restored, timeout=5.0, attach=old) as conn:
        wanted = {u for (u,) in conn.execute(
            "SELECT client_uuid FROM old.outbox WHERE status IN (?, ?, ?, ?)",
            (*UNSENT, *ATTENTION))}
        frontier = set(wanted)
        while frontier:  # a cancellation needs its sale; add what the restored store lacks
            marks = ",".join("?" * len(frontier))
            deps = {d for (d,) in conn.execute(
                f"SELECT depends_on FROM old.outbox WHERE client_uuid IN ({marks}) "
                "AND depends_on IS NOT NULL", tuple(frontier))}
            frontier = deps - wanted
            wanted |= frontier
        have = {u for (u,) in conn.execute("SELECT client_uuid FROM main.outbox")}
        copy = sorted(wanted - have)
        if not copy:
            return 0
        conn.execute("CREATE TEMP TABLE carry(client_uuid TEXT PRIMARY KEY)")
        conn.executemany("INSERT INTO carry VALUES (?)", [(u,) for u in copy])
        start = conn.execute("SELECT coalesce(max(sequence), 0) FROM main.outbox").fetchone()[0]
        cols = [c for c in _columns(conn, "main", "outbox")
                if c in _columns(conn, "old", "outbox") and c not in ("id", "sequence")]
        names = ", ".join(cols)
        conn.execute(
            f"INSERT INTO main.outbox ({names}, sequence) "
            f"SELECT {names}, ? + row_number() OVER (ORDER BY sequence) FROM old.outbox "
            "WHERE client_uuid IN (SELECT client_uuid FROM carry)", (start,))
        for table in RECORD_TABLES:
            both = [c for c in _columns(conn, "main", table)
                    if c in _columns(conn, "old", table) and c != "id"]
            names = ", ".join(both)
            conn.execute(f"INSERT INTO main.{table} ({names}) SELECT {names} FROM old.{table} "
                         "WHERE client_uuid IN (SELECT client_uuid FROM carry)")
        end = conn.execute("SELECT max(sequence) FROM main.outbox").fetchone()[0]
        conn.execute("INSERT INTO main.sequence_counters (name, value) VALUES ('outbox', ?) "
                     "ON CONFLICT(name) DO UPDATE SET value = max(value, excluded.value)",
                     (end,))
        return len(copy)
