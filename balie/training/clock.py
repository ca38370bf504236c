"""The platform's settable 'now', so tests and trainers can visit any day.

A set clock is frozen (it does not tick): tests get exact, repeatable timestamps. ``None`` means real
time. Token lifetimes deliberately ignore this clock (see auth), so moving the demo to next week does
not log everyone out.
"""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

BRUSSELS = ZoneInfo("Europe/Brussels")


class Clock:
    def __init__(self) -> None:
        self._fixed: datetime | None = None
        self._lock = threading.Lock()

    def set(self, when: datetime | None) -> None:
        if when is not None and when.tzinfo is None:
            raise ValueError("the training clock needs a timezone-aware datetime")
        with self._lock:
            self._fixed = None if when is None else when.astimezone(UTC)

    def now(self) -> datetime:
        with self._lock:
            return self._fixed or datetime.now(UTC)


def iso(dt: datetime) -> str:
    """Storage and wire format: RFC 3339 in UTC, fixed width so strings sort like times (the year
    always has four digits, where strftime's %Y would write year 114 as '114')."""
    return dt.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def parse(value: str) -> datetime:
    dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def local_day(now: datetime) -> date:
    return now.astimezone(BRUSSELS).date()


def at_local(day: date, hhmm: str) -> datetime:
    h, m = (int(x) for x in hhmm.split(":"))
    return datetime(day.year, day.month, day.day, h, m, tzinfo=BRUSSELS).astimezone(UTC)


def period_start(now: datetime, period: str) -> datetime:
    """Start of the calendar period containing ``now`` (Brussels time), for quota rules.
    ABSOLUTE means 'ever'."""
    day = local_day(now)
    if period == "DAY":
        start = day
    elif period == "WEEK":
        start = day - timedelta(days=day.weekday())
    elif period == "MONTH":
        start = day.replace(day=1)
    elif period == "QUARTER":
        start = day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)
    elif period == "YEAR":
        start = day.replace(month=1, day=1)
    else:
        return datetime(2000, 1, 1, tzinfo=UTC)
    return at_local(start, "00:00")
