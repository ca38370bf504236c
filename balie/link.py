"""How the counter's link to the platform is doing, as the core and the screens need to know it.

A cashier must never wait on a slow network: after a timeout or a run of failures the link is
"local" (a circuit breaker opened), and every decision is made from the store at once and marked
provisional until the platform answers again. The breaker itself lives with the HTTP client
(:mod:`balie.sync.breaker`); the core only reads its mode through :class:`PlatformLink`, so it
stays free of ``requests`` and can be tested with any object that has a ``mode()``.
"""

from __future__ import annotations

import enum
from typing import Protocol


class LinkMode(enum.StrEnum):
    """``ONLINE``: live answers are asked (and confirm the local decision). ``LOCAL``: the
    platform was too slow or failed repeatedly; decisions are local and provisional while a probe
    in the background waits for the platform to answer again. ``NONE``: no platform at all."""

    ONLINE = "online"
    LOCAL = "local"
    NONE = "none"


class PlatformLink(Protocol):
    """The state of the link, cheap to ask (no I/O): the counter asks it on every tap."""

    def mode(self) -> LinkMode: ...
