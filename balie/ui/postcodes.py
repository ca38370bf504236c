"""The municipality of a Belgian postal code, for the registration form: typing 9300 fills Aalst.

The table is resources/postcodes_be.csv (small on purpose: the Flemish centres, the Brussels
municipalities and the training platform's demo places). A code that is not in it leaves the
field to the cashier; the form never overwrites a municipality the cashier typed.
"""

from __future__ import annotations

from functools import cache

from balie.ui.resources import resources_dir


@cache
def _table() -> dict[str, str]:
    path = resources_dir() / "postcodes_be.csv"
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, _sep, name = line.partition(";")
        table[code.strip()] = name.strip()
    return table


def municipality(postal_code: str) -> str | None:
    """The municipality of a 4-digit code, or None when the table does not know it."""
    return _table().get(postal_code.strip())
