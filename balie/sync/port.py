"""The counter's live reads over the UiTPAS client, with a customer waiting at the desk.

:class:`ApiPlatformPort` implements :class:`balie.ports.PlatformPort`. It uses its own client with
short timeouts (connect 1 s, read 2 s by default): when the platform is slow the cashier must get
the offline decision at once, not after the client's default 20 s. Failures are translated into the
two answers the core understands: "could not ask" (:class:`PlatformUnavailable`, decide offline)
and "the platform said no" (:class:`PlatformRefusal`, with its endUserMessage verbatim).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from balie.domain import Cents, IdentifierKind, PassSnapshot, Problem
from balie.numbers import classify_identifier
from balie.ports import (
    CheckinAnswer,
    PlatformRefusal,
    PlatformUnavailable,
    RedeemAnswer,
    TariffAnswer,
)
from balie.sync.client import UitpasClient
from balie.sync.problems import ApiError, ErrorClass, PlatformProblem
from balie.threads import assert_not_gui_thread

log = logging.getLogger(__name__)

LIVE_TIMEOUT = (1.0, 2.0)  # (connect, read) seconds: a customer is waiting


def problem_of(exc: ApiError) -> Problem:
    """The core's Problem for a platform failure (endUserMessage verbatim when given)."""
    return exc.to_problem()


@contextmanager
def _translated(what: str) -> Iterator[None]:
    assert_not_gui_thread(f"live {what}")  # a customer waits: never freeze the screen on it
    try:
        yield
    except ApiError as exc:
        if exc.error_class in (ErrorClass.RETRYABLE, ErrorClass.UNKNOWN_OUTCOME):
            log.info("live %s unavailable: %s", what, type(exc).__name__)
            raise PlatformUnavailable(exc.user_message()) from exc
        if exc.error_class is ErrorClass.AUTH:
            # Not the customer's fault and not a refusal of this pass: decide offline, and let
            # the status bar (fed by the sync worker) tell the cashier to sign in again.
            log.warning("live %s: credentials not accepted", what)
            raise PlatformUnavailable(exc.user_message()) from exc
        if isinstance(exc, PlatformProblem) and exc.status == 403:
            log.warning("live %s: forbidden", what)
        raise PlatformRefusal(problem_of(exc)) from exc


class ApiPlatformPort:
    """PlatformPort over :class:`UitpasClient`. Thread-safe as far as requests' Session is for
    concurrent GETs (the UI calls from one worker thread anyway)."""

    def __init__(self, client: UitpasClient, *, timeout: tuple[float, float] = LIVE_TIMEOUT) -> None:
        self.client = UitpasClient(
            client.base_url, client.tokens, session=client.session, timeout=timeout,
            client_id=client.client_id, clock=client.clock,
        )

    @classmethod
    def for_client(cls, client: UitpasClient,
                   timeout: tuple[float, float] = LIVE_TIMEOUT) -> ApiPlatformPort:
        return cls(client, timeout=timeout)

    def lookup_pass(self, identifier: str) -> PassSnapshot:
        chip = _chip_of(identifier)
        with _translated("pass lookup"):
            return self.client.identify_pass(identifier, chip_number=chip)

    def tariffs(self, *, event_id: str, regular_price: Cents, uitpas_number: str) -> TariffAnswer:
        with _translated("tariffs"):
            quote = self.client.get_tariffs(event_id, regular_price, uitpas_number)
        return TariffAnswer(offers=quote.offers, end_user_message=quote.end_user_message)

    def static_tariffs(self, *, event_id: str, regular_price: Cents) -> TariffAnswer:
        with _translated("static tariffs"):
            quote = self.client.get_static_tariffs(event_id, regular_price)
        return TariffAnswer(offers=quote.offers, end_user_message=quote.end_user_message)

    def checkin_status(self, *, event_id: str, uitpas_number: str) -> CheckinAnswer:
        with _translated("checkin status"):
            status = self.client.checkin_status(uitpas_number, event_id)
        return CheckinAnswer(allowed=status.allowed, end_user_message=status.end_user_message)

    def redeem_status(self, *, reward_id: str, uitpas_number: str) -> RedeemAnswer:
        with _translated("redeem status"):
            status = self.client.reward_redeem_status(reward_id, uitpas_number)
        return RedeemAnswer(redeemable=status.redeemable, reason=status.reason,
                            message=status.message)


def _chip_of(identifier: str) -> str | None:
    """The API never returns chip numbers, so the snapshot remembers the one that was tapped."""
    classified = classify_identifier(identifier)
    if classified is None:
        return None
    kind, validation = classified
    return validation.value if kind is IdentifierKind.CHIP_NUMBER and validation.ok else None

