"""What the core needs from the outside world, stated as interfaces the edges implement.

The counter's use cases (:mod:`balie.counter`) ask the platform for live answers when it can be
reached. The core cannot import the HTTP client (it must run and be tested without ``requests``),
so it states here what it needs; :mod:`balie.sync` provides an adapter over the UiTPAS API client
and the composition root (:mod:`balie.app`) plugs it in. With no adapter, or when the adapter
raises :class:`PlatformUnavailable`, the counter decides offline from the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from balie.domain import Cents, EndUserMessage, PassSnapshot, Problem, TariffOffer


class PlatformUnavailable(Exception):
    """The platform could not answer in time (offline, timeout, 5xx, 429). Decide offline."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class PlatformRefusal(Exception):
    """The platform answered with a permanent problem; its message must reach the cashier."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


@dataclass(frozen=True)
class TariffAnswer:
    """The platform's answer to ``GET /tariffs`` (or ``/tariffs/static``)."""

    offers: tuple[TariffOffer, ...]
    end_user_message: EndUserMessage | None = None


@dataclass(frozen=True)
class CheckinAnswer:
    """The platform's answer to ``GET /checkin-status``."""

    allowed: bool
    end_user_message: EndUserMessage | None = None


@dataclass(frozen=True)
class RedeemAnswer:
    """The platform's answer to ``GET /rewards/{id}/redeem-status``."""

    redeemable: bool
    reason: str | None = None
    message: str | None = None


class PlatformPort(Protocol):
    """Live reads the counter makes while a customer waits. Writes never go through here: they go
    to the outbox and the sync worker delivers them."""

    def lookup_pass(self, identifier: str) -> PassSnapshot:
        """``GET /passes?identifier=``; raises PlatformRefusal for unknown/blocked cards."""
        ...

    def tariffs(self, *, event_id: str, regular_price: Cents, uitpas_number: str) -> TariffAnswer:
        ...

    def static_tariffs(self, *, event_id: str, regular_price: Cents) -> TariffAnswer:
        ...

    def checkin_status(self, *, event_id: str, uitpas_number: str) -> CheckinAnswer:
        ...

    def redeem_status(self, *, reward_id: str, uitpas_number: str) -> RedeemAnswer:
        ...
