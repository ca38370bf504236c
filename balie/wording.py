"""Counted words in the core's Dutch messages: "1 ticket", "2 tickets", never "ticket(s)".

The screens count with Qt's plural forms (``tr("%n ticket(s)", "", n)`` with the forms of each
language in the .ts files); the core has no Qt, so its Dutch messages count here. Dutch has two
forms: one for exactly 1, the other for every other number (also 0).
"""

from __future__ import annotations


def count_nl(n: int, one: str, many: str) -> str:
    """``n`` with the Dutch word for it: ``count_nl(1, "ticket", "tickets")`` is "1 ticket"."""
    return f"{n} {one if n == 1 else many}"
