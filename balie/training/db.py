"""The training platform's own SQLite file (never balie.store's).

One shared connection behind one lock: the platform is a training and test peer, not a
high-throughput server, and a single writer makes every request one atomic transaction, so a fault
injected after a commit can never leave half a sale behind. The streamed social-tariff export opens
its own read connection (WAL lets it read while others write).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS passholders (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, first_name TEXT NOT NULL, name TEXT NOT NULL,
    insz TEXT UNIQUE, date_of_birth TEXT, street TEXT, postal_code TEXT NOT NULL, city TEXT NOT NULL,
    country TEXT NOT NULL DEFAULT 'be', email TEXT, phone TEXT, gender TEXT, points INTEGER NOT NULL DEFAULT 0,
    creation_date TEXT NOT NULL, registration_organizer_id TEXT, extra TEXT NOT NULL DEFAULT '{}');
CREATE TABLE IF NOT EXISTS memberships (
    passholder_id TEXT NOT NULL, card_system_id INTEGER NOT NULL, status TEXT NOT NULL DEFAULT 'ACTIVE',
    social_status TEXT NOT NULL DEFAULT 'NONE', social_end_date TEXT,
    available_tickets INTEGER, total_tickets INTEGER, PRIMARY KEY (passholder_id, card_system_id));
CREATE TABLE IF NOT EXISTS cards (
    uitpas_number TEXT PRIMARY KEY, chip_number TEXT UNIQUE, card_system_id INTEGER NOT NULL,
    status TEXT NOT NULL, card_type TEXT NOT NULL DEFAULT 'NFC_CARD', social_flag INTEGER NOT NULL,
    passholder_id TEXT, issued TEXT);
CREATE INDEX IF NOT EXISTS cards_holder ON cards(passholder_id);
CREATE TABLE IF NOT EXISTS bulk_social_cards (card_system_id INTEGER NOT NULL, uitpas_number TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY, key TEXT, organizer_id TEXT NOT NULL, name TEXT NOT NULL, start TEXT NOT NULL,
    end TEXT NOT NULL, checkin_points INTEGER NOT NULL, ticket_limit_volume INTEGER,
    ticket_limit_period TEXT, checkin_limit_volume INTEGER, checkin_limit_period TEXT,
    card_system_ids TEXT NOT NULL, prices TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS ticket_sales (
    id INTEGER PRIMARY KEY AUTOINCREMENT, passholder_id TEXT NOT NULL, uitpas_number TEXT NOT NULL,
    event_id TEXT NOT NULL, regular_price INTEGER NOT NULL, regular_price_label TEXT,
    tariff_id TEXT NOT NULL, tariff_name TEXT NOT NULL, tariff_price INTEGER NOT NULL,
    tariff_type TEXT NOT NULL, coupon_id INTEGER, creation_date TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS sales_holder ON ticket_sales(passholder_id, event_id);
CREATE TABLE IF NOT EXISTS checkins (
    id TEXT PRIMARY KEY, passholder_id TEXT NOT NULL, uitpas_number TEXT NOT NULL, event_id TEXT NOT NULL,
    points INTEGER NOT NULL, creation_date TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS redemptions (
    id TEXT PRIMARY KEY, reward_id TEXT NOT NULL, passholder_id TEXT NOT NULL, uitpas_number TEXT NOT NULL,
    points INTEGER NOT NULL, redeem_date TEXT NOT NULL, redeem_code TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS coupons (
    id INTEGER PRIMARY KEY, coupon_key TEXT NOT NULL, passholder_id TEXT NOT NULL, name TEXT NOT NULL,
    description TEXT NOT NULL, price INTEGER NOT NULL, organizer_id TEXT NOT NULL, volume INTEGER NOT NULL,
    period TEXT NOT NULL, begin TEXT NOT NULL, end TEXT NOT NULL);
"""
TABLES = ("meta", "passholders", "memberships", "cards", "events", "ticket_sales", "checkins",
          "redemptions", "coupons")
FIRST_TICKET_SALE_ID = 500_000


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=30)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    return conn


class Database:
    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = connect(path)
        self._lock = threading.RLock()
        self._conn.executescript(SCHEMA)

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One request = one transaction: all of it commits or none of it does."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    read = write  # reads take the same lock: simple, and consistent with concurrent writers

    def wipe(self) -> None:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            for table in TABLES:
                self._conn.execute(f"DELETE FROM {table}")  # fixed table names
            self._conn.execute("DROP TABLE IF EXISTS bulk_social_cards")
            self._conn.execute("CREATE TABLE bulk_social_cards (card_system_id INTEGER NOT NULL,"
                               " uitpas_number TEXT NOT NULL)")
            self._conn.execute("DELETE FROM sqlite_sequence WHERE name='ticket_sales'")
            self._conn.execute("INSERT INTO sqlite_sequence(name, seq) VALUES ('ticket_sales', ?)",
                               (FIRST_TICKET_SALE_ID,))
            self._conn.execute("COMMIT")

    def reader(self) -> sqlite3.Connection:
        """A separate connection for long streamed reads; the caller closes it."""
        return connect(self.path)

    def close(self) -> None:
        with self._lock:
            self._conn.close()
