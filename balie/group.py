"""A group at the counter: a school class or a youth group scanned pass by pass into one list,
then sold or checked in with one key.

This module is the list and nothing else: which passes are in it, where each one stands, and what
the group costs. It decides no price and writes nothing. Every sale, check-in and undo of a row
goes through the same use cases a single customer's does (:class:`balie.counter.Counter` through
the screens' port), each with its own action key made when the row is added, so pressing the
group key twice, or again after a crash, finds the rows already saved instead of selling twice.

Money here is what the counter registers with UiTPAS (in cents): the group total is the sum of
the rows sold at a UiTPAS tariff, which is what the day report and the drawer count. Rows at the
regular price are registered nowhere (as at a single sale), so they are totalled apart: the
cashier collects them at the till as always.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from balie.domain import Cents, new_client_uuid


class GroupMode(enum.Enum):
    SELL = "sell"
    CHECKIN = "checkin"


class RowState(enum.Enum):
    """Where one pass of the group stands."""

    #: in the list; nothing done yet
    WAITING = "waiting"
    #: refused when scanned (unknown, blocked, replaced card): never sold or checked in
    CARD_REFUSED = "card-refused"
    #: saved at a price or with points UiTPAS gave just now
    DONE = "done"
    #: saved, decided by the counter without UiTPAS (provisional): sent when it answers
    QUEUED = "queued"
    #: no UiTPAS tariff for this pass: regular price at the till, nothing registered
    REGULAR = "regular"
    #: the counter or UiTPAS refused this pass's sale or check-in (``reason`` says why)
    REFUSED = "refused"
    #: saved, then undone on its own
    UNDONE = "undone"


#: rows whose action is saved and counts (sold or checked in, not undone)
SAVED = frozenset({RowState.DONE, RowState.QUEUED})


def new_key() -> str:
    return new_client_uuid()  # time-ordered: see its docstring


@dataclass(frozen=True)
class GroupRow:
    """One pass in the group. ``identifier`` is what was scanned, typed or tapped;
    ``uitpas_number`` the pass it turned out to be. ``sale_key`` / ``checkin_key`` are the action
    keys its sale or check-in is saved under (its client UUID): stable for the row's life."""

    identifier: str
    source: str  # balie.domain.IdentificationSource value
    uitpas_number: str = ""
    first_name: str = ""
    state: RowState = RowState.WAITING
    reason: str = ""
    next_step: str = ""
    price_cents: Cents | None = None
    tariff_name: str = ""
    kansentarief: bool = False
    points: int | None = None
    #: the saved action UiTPAS has confirmed (after sync)
    confirmed: bool = False
    #: the mode the saved action was done in (None: nothing saved yet)
    done_as: GroupMode | None = None
    sale_key: str = field(default_factory=new_key)
    checkin_key: str = field(default_factory=new_key)

    @property
    def client_uuid(self) -> str | None:
        """The saved action this row stands for (what an undo cancels)."""
        if self.done_as is GroupMode.SELL:
            return self.sale_key
        if self.done_as is GroupMode.CHECKIN:
            return self.checkin_key
        return None

    @property
    def undoable(self) -> bool:
        return self.state in SAVED

    @property
    def removable(self) -> bool:
        """Still only in the list: taking it out changes nothing anywhere else."""
        return self.state in (RowState.WAITING, RowState.CARD_REFUSED, RowState.REGULAR) \
            or (self.state is RowState.REFUSED and self.done_as is None)


@dataclass(frozen=True)
class GroupTotals:
    passes: int
    saved: int
    queued: int
    refused: int
    regular: int
    undone: int
    waiting: int
    #: registered with UiTPAS (and so in the day report and the drawer)
    total_cents: Cents
    #: at the regular price, collected at the till apart
    regular_cents: Cents
    kansentarief: int


class GroupList:
    """The ordered rows of one group; a pass is in it at most once."""

    def __init__(self) -> None:
        self._rows: list[GroupRow] = []

    def __iter__(self) -> Iterator[GroupRow]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, index: int) -> GroupRow:
        return self._rows[index]

    def position_of(self, *, identifier: str = "", uitpas_number: str = "") -> int | None:
        """The row (0-based) that already holds this pass, by what was scanned or by number."""
        wanted = identifier.strip().upper()
        for index, row in enumerate(self._rows):
            if wanted and row.identifier.strip().upper() == wanted:
                return index
            if uitpas_number and row.uitpas_number == uitpas_number:
                return index
        return None

    def add(self, row: GroupRow) -> int | None:
        """Append ``row``; None when its pass is already in the list (nothing added)."""
        if self.position_of(identifier=row.identifier, uitpas_number=row.uitpas_number) \
                is not None:
            return None
        self._rows.append(row)
        return len(self._rows) - 1

    def update(self, index: int, row: GroupRow) -> None:
        self._rows[index] = row

    def remove(self, index: int) -> GroupRow:
        row = self._rows[index]
        if not row.removable:
            raise ValueError("a saved row is undone, not removed")
        return self._rows.pop(index)

    def to_do(self, mode: GroupMode) -> list[int]:
        """The rows the group key still has to do: waiting, or refused before anything was
        saved (asked again with the same action key, so never twice)."""
        return [i for i, row in enumerate(self._rows)
                if row.state is RowState.WAITING
                or (row.state is RowState.REFUSED and row.done_as is None)
                or (row.state is RowState.REGULAR and mode is GroupMode.CHECKIN)]

    def totals(self) -> GroupTotals:
        rows = self._rows
        saved = [r for r in rows if r.state in SAVED]
        sold = [r for r in saved if r.done_as is GroupMode.SELL]
        regular = [r for r in rows if r.state is RowState.REGULAR]
        return GroupTotals(
            passes=len(rows), saved=len(saved),
            queued=sum(1 for r in saved if r.state is RowState.QUEUED and not r.confirmed),
            refused=sum(1 for r in rows if r.state in (RowState.REFUSED, RowState.CARD_REFUSED)),
            regular=len(regular), undone=sum(1 for r in rows if r.state is RowState.UNDONE),
            waiting=sum(1 for r in rows if r.state is RowState.WAITING),
            total_cents=sum(r.price_cents or 0 for r in sold),
            regular_cents=sum(r.price_cents or 0 for r in regular),
            kansentarief=sum(1 for r in sold if r.kansentarief))


def undone(row: GroupRow, message: str) -> GroupRow:
    return replace(row, state=RowState.UNDONE, reason=message, next_step="")
