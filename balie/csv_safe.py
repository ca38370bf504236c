"""CSV cells that a spreadsheet shows as text, never runs as a formula.

Every CSV balie writes ends up in Excel or LibreOffice at an organizer's office. Event names,
tariff names and notes come from outside (the platform, a cashier): a cell starting with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return is taken as a formula there ("CSV injection"), so
such a cell gets a leading apostrophe, which the spreadsheet shows as plain text. A plain number
(``-5.00``, ``-3``) is left alone: it cannot run, and the bookkeeping must be able to add it up.
A line break inside a cell is always written as ``\n`` (so the cell is quoted and stays one cell).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import Any, TextIO

#: what a spreadsheet may read as the start of a formula (OWASP's list)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"-?\d+(?:[.,]\d+)?")


def safe_cell(value: object) -> str:
    """``value`` as text that cannot start a formula."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(text):
        text = "'" + text
    # Python's csv quotes a cell with "\n" but not one with a bare "\r", which then splits the
    # row in two for a reader: a line break inside a cell is written as Excel writes it, "\n"
    return text.replace("\r\n", "\n").replace("\r", "\n")


class SafeWriter:
    """A ``csv.writer`` that passes every cell through :func:`safe_cell`."""

    def __init__(self, out: TextIO, **kwargs: Any) -> None:
        self._writer = csv.writer(out, **kwargs)

    def writerow(self, row: Iterable[object]) -> None:
        self._writer.writerow([safe_cell(cell) for cell in row])


def unescape_cell(text: str) -> str:
    """Undo :func:`safe_cell` when balie reads back a file it wrote itself."""
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text
