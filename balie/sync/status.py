"""What the sync worker tells the screens: online or not, how much waits, what went wrong.

These are plain frozen values published through callbacks from the sync thread; the composition
root turns them into Qt signals. The cashier reads them as "Online / Offline, wachtrij: 3, oudste:
10:02, laatste contact: 10:05" and support reads the same through ``balie sync --once``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime


class Connection(enum.StrEnum):
    """The platform as the counter last saw it."""

    UNKNOWN = "UNKNOWN"  # nothing tried yet (just started)
    ONLINE = "ONLINE"
    OFFLINE = "OFFLINE"  # no connection, timeouts, 5xx, 429: the queue waits and is retried
    AUTH_FAILED = "AUTH_FAILED"  # credentials refused or sign-in needed: a person must act


@dataclass(frozen=True)
class SyncStatus:
    """One picture of the sync state. ``message`` is Dutch and meant for the status bar."""

    connection: Connection
    queue_length: int
    needs_attention: int
    oldest_pending_at: datetime | None
    last_contact_at: datetime | None
    next_attempt_at: datetime | None = None
    busy: bool = False
    message: str = ""
    next_step: str = ""

    @property
    def online(self) -> bool:
        return self.connection is Connection.ONLINE


class Phase(enum.StrEnum):
    """Which long step a progress report belongs to."""

    DELIVER = "DELIVER"
    REFRESH = "REFRESH"


@dataclass(frozen=True)
class Progress:
    """Progress of a long step, for a progress bar. ``total`` is None when unknown (streams)."""

    phase: Phase
    label: str  # Dutch, e.g. "Kansentarieflijst UiTPAS Dender"
    done: int
    total: int | None = None


@dataclass(frozen=True)
class DeliveryReport:
    """The outcome of one drain of the outbox (``sync_now`` or one round of the loop)."""

    confirmed: int = 0
    rejected: int = 0
    reconciled: int = 0  # unknown outcomes resolved by reading the platform back
    retry_later: int = 0
    pending: int = 0  # still waiting after this drain
    needs_attention: int = 0
    reachable: bool = True
    auth_failed: bool = False
    message: str = ""
    busy_elsewhere: bool = False  # another process held the store's sync lock: nothing done


@dataclass(frozen=True)
class RefreshReport:
    """The outcome of one refresh of reference data; ``failures`` are Dutch lines per part."""

    card_systems: int = 0
    events: int = 0
    static_tariffs: int = 0
    rewards: int = 0
    social_tariff_cards: int = 0
    seconds: float = 0.0
    failures: tuple[str, ...] = ()
    reachable: bool = True
    auth_failed: bool = False

    @property
    def ok(self) -> bool:
        return not self.failures and self.reachable and not self.auth_failed
