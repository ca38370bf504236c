"""Synthetic card numbers in bulk, for benchmarks of the offline kansentarief list (1,000,000
cards must load in seconds), and fresh numbers for digital registrations."""

from __future__ import annotations

import sqlite3
from itertools import islice

from balie.numbers import luhn_check_digit

CHUNK = 50_000


def _luhn_table(weight_from_right_start: int) -> list[int]:
    """Luhn contribution of every 4-digit block placed so that its last digit sits at
    position ``weight_from_right_start`` (0 = the check digit itself)."""
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
_LOW = _luhn_table(2)   # serial's last 4 digits: right-positions 2..5
_HIGH = _luhn_table(6)  # serial's first 4 digits: right-positions 6..9


def bulk_numbers(card_system_id: int, first_serial: int, count: int):  # -> Iterator[str]
    prefix = f"1{card_system_id:02d}"
    fixed = sum((lambda d: (d * 2 - 9 if d > 4 else d * 2) if i % 2 == 1 else d)(int(ch))
                for i, ch in enumerate(reversed(prefix), start=10)) + 2  # flag digit '1' doubled at position 1
    for serial in range(first_serial, first_serial + count):
        hi, lo = divmod(serial, 10_000)
        check = (10 - (fixed + _HIGH[hi] + _LOW[lo]) % 10) % 10
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
