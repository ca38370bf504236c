"""Synthetic card numbers in bulk, for benchmarks of the offline kansentarief list (1,000,000
cards must load in seconds), synthetic pass holders in bulk (a realistic backlog of 10,000 queued
transactions comes from thousands of customers, not from the dozen demo passes), and fresh
numbers for digital registrations."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from functools import cache
from itertools import islice

from balie.numbers import luhn_check_digit
from balie.training import demo
from balie.training.clock import at_local, iso, local_day

CHUNK = 50_000


@cache
def _luhn_table(weight_from_right_start: int) -> list[int]:
    """Luhn contribution of every 4-digit block placed so that its last digit sits at
    position ``weight_from_right_start`` (0 = the check digit itself). Made at the first bulk
    number, not at import: the platform starts with every training counter (~20 ms)."""
    table = []
    for n in range(10_000):
        total = 0
        for i, ch in enumerate(reversed(f"{n:04d}")):
            d = int(ch)
            if (weight_from_right_start + i) % 2 == 1:
                d = d * 2 - 9 if d > 4 else d * 2
            total += d
        table.append(total)
    return table


# number layout: "1" + card system (2 digits) + serial (8 digits) + kansen flag "1" + check digit
_LOW = 2   # the serial's last 4 digits sit at right-positions 2..5
_HIGH = 6  # its first 4 digits at right-positions 6..9


def bulk_numbers(card_system_id: int, first_serial: int, count: int) -> Iterator[str]:
    prefix = f"1{card_system_id:02d}"
    fixed = sum((lambda d: (d * 2 - 9 if d > 4 else d * 2) if i % 2 == 1 else d)(int(ch))
                for i, ch in enumerate(reversed(prefix), start=10)) + 2  # flag digit '1' doubled at position 1
    high, low = _luhn_table(_HIGH), _luhn_table(_LOW)
    for serial in range(first_serial, first_serial + count):
        hi, lo = divmod(serial, 10_000)
        check = (10 - (fixed + high[hi] + low[lo]) % 10) % 10
        yield f"{prefix}{serial:08d}1{check}"


def add_social_tariff_cards(conn: sqlite3.Connection, card_system_id: int, count: int) -> int:
    """Appends ``count`` kansentarief cards; returns how many the card system now has in bulk."""
    start = conn.execute("SELECT COUNT(*) FROM bulk_social_cards WHERE card_system_id = ?",
                         (card_system_id,)).fetchone()[0]
    numbers = bulk_numbers(card_system_id, start, count)
    while True:
        chunk = list(islice(numbers, CHUNK))
        if not chunk:
            break
        conn.executemany("INSERT INTO bulk_social_cards VALUES (?, ?)", ((card_system_id, n) for n in chunk))
    return start + count


def digital_number(conn: sqlite3.Connection, card_system_id: int) -> str:
    count = conn.execute("SELECT COUNT(*) FROM cards WHERE card_type = 'DIGITAL'").fetchone()[0]
    while True:
        partial = f"09{card_system_id}5{count:07d}0"
        number = partial + luhn_check_digit(partial)
        if conn.execute("SELECT 1 FROM cards WHERE uitpas_number = ?", (number,)).fetchone() is None:
            return number
        count += 1


#: bulk holders' card serials start here (the demo passes use serials in the hundreds)
BULK_HOLDER_SERIAL = 20_000_000
_HOLDER_COUNTER = "bulk_passholders"


def bulk_passholder_id(uitpas_number: str) -> str:
    """The passholder id of a bulk holder, derived from its card number (stable across runs)."""
    return demo.demo_uuid(f"bulk-holder-{uitpas_number}")


def add_passholders(conn: sqlite3.Connection, now: datetime, count: int, *,
                    card_system: str = "dender", kansen: bool = True) -> list[str]:
    """Adds ``count`` individual pass holders, each with one ACTIVE card in ``card_system`` and a
    membership there (kansenstatuut ACTIVE for a year when ``kansen``). Three executemany calls
    in the caller's transaction; returns the new UiTPAS numbers in order."""
    if count < 0 or count > 1_000_000:
        raise ValueError("count must be between 0 and 1,000,000")
    cs = demo.CARD_SYSTEMS[card_system]
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_HOLDER_COUNTER,)).fetchone()
    first = int(row[0]) if row else 0
    conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (_HOLDER_COUNTER, str(first + count)))
    created = iso(now)
    social_end = iso(at_local(local_day(now) + timedelta(days=365), "23:59")) if kansen else None
    organizer = demo.ORGANIZERS["museum"].id
    city_code, city = cs.cities[0]
    numbers = [demo.uitpas_number(cs.id, BULK_HOLDER_SERIAL + first + i, kansen) for i in range(count)]
    ids = [bulk_passholder_id(n) for n in numbers]
    conn.executemany(
        "INSERT INTO passholders (id, kind, first_name, name, insz, date_of_birth, street, postal_code,"
        " city, points, creation_date, registration_organizer_id)"
        " VALUES (?, 'INDIVIDUAL', ?, 'Oefenklant', NULL, '1980-01-01', 'Marktplein 1', ?, ?, 0, ?, ?)",
        [(h, f"Klant {first + i + 1}", city_code, city, created, organizer) for i, h in enumerate(ids)])
    conn.executemany(
        "INSERT INTO memberships (passholder_id, card_system_id, social_status, social_end_date)"
        " VALUES (?, ?, ?, ?)", [(h, cs.id, "ACTIVE" if kansen else "NONE", social_end) for h in ids])
    conn.executemany(
        "INSERT INTO cards (uitpas_number, chip_number, card_system_id, status, social_flag, passholder_id)"
        " VALUES (?, NULL, ?, 'ACTIVE', ?, ?)", [(n, cs.id, int(kansen), h) for n, h in zip(numbers, ids, strict=True)])
    return numbers
