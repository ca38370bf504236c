"""Which of this counter's point changes a platform balance already holds.

The counter shows the platform's last balance plus what it did since. A change (check-in +, reward
-, and the opposite for their cancellations) reaches the platform at one unknown moment between the
sync worker sending it and writing its confirmation; the platform reads the balance at one unknown
moment between the counter asking and being answered. So a change is surely in a read if it was
confirmed before the read started, surely not in it if it was sent after the answer came, and
otherwise unknown. Counting an unknown change again is the double count a cashier would show the
pass holder ("Punten: 32" for 31); leaving it out is never a double count, and the next read after
the confirmation settles it.

A change still PENDING never reached the platform: the worker only puts an entry back to PENDING
when the platform said it did not process it (refused before processing, 5xx, 429), and a sent
request whose answer was lost stays SENT until it is read back.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from balie.domain import OutboxStatus


class InRead(enum.Enum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"
    NEVER = "never"  # refused, withdrawn, handled by hand: not a change the platform will hold


@dataclass(frozen=True)
class PointsChange:
    """One outbox entry's effect on a pass's points, with the times that bound when it landed."""

    points: int  # signed: + check-in, - reward; the opposite for their cancellations
    status: OutboxStatus
    created_at: datetime
    sent_at: datetime | None
    finished_at: datetime | None


@dataclass(frozen=True)
class ReadWindow:
    """When the counter asked the platform for the pass, and when the answer came."""

    started: datetime
    answered: datetime


@dataclass(frozen=True)
class PointsBalance:
    """``points``: what to show (the platform's figure plus what it surely does not hold yet);
    ``lowest``: the least the holder may have (for "enough points?"); ``certain``: no change is in
    doubt, so ``points`` is the balance the platform will hold."""

    points: int
    lowest: int
    certain: bool


def in_read(change: PointsChange, read: ReadWindow) -> InRead:
    """Is this change in a balance read in ``read``?"""
    if change.status is OutboxStatus.PENDING:
        return InRead.NO
    if change.status not in (OutboxStatus.SENT, OutboxStatus.CONFIRMED):
        return InRead.NEVER
    landed_after = change.sent_at or change.created_at
    if change.status is OutboxStatus.CONFIRMED and change.finished_at is not None \
            and change.finished_at <= read.started:
        return InRead.YES
    if landed_after >= read.answered:
        return InRead.NO
    return InRead.UNKNOWN


def balance_after_read(platform_points: int, read: ReadWindow,
                       changes: Iterable[PointsChange]) -> PointsBalance:
    """The balance to go by: the platform's figure plus the changes it surely does not hold.
    A pass cached before reads were stamped at both ends has a window of one moment."""
    shown = lowest = platform_points
    certain = True
    for change in changes:
        state = in_read(change, read)
        if state is InRead.NO:
            shown += change.points
            lowest += change.points
        elif state is InRead.UNKNOWN:
            certain = False
            lowest += min(change.points, 0)
    return PointsBalance(shown, lowest, certain)
