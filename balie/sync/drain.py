"""One drain round of the sync worker: send what is due, read back what got lost, park what the
platform refused; the machinery that keeps every queued action on the platform exactly once.

:class:`balie.sync.worker.SyncWorker` owns the thread, the status and the reference-data refresh,
and inherits these rounds from :class:`DrainRounds`. The annotations at the top of that class
name every part of the worker's state a round reads or moves: that list is the seam between the
two modules. The order of a delivery (SENT committed first, lost answers read back before any
resend) is described in :mod:`balie.sync.worker`.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TypeVar

from balie.domain import ActionKind, EndUserMessage, OutboxStatus
from balie.store.models import TicketSale
from balie.store.outbox import OutboxItem
from balie.store.store import Store
from balie.store.worker_lock import WorkerLock
from balie.sync import queue
from balie.sync.backoff import Backoff, BackoffPolicy
from balie.sync.client import UitpasClient
from balie.sync.delivery import Delivered, NothingToDeliver, deliver, refused_kansentarief
from balie.sync.differences import note_price_difference
from balie.sync.leases import earliest, owner_alive, same_pass_groups
from balie.sync.problems import (
    ApiError,
    ErrorClass,
    Offline,
    PlatformProblem,
    ProblemType,
    RateLimited,
    TimedOut,
)
from balie.sync.reconcile import Reconciliation, Verdict, reconcile
from balie.sync.status import Phase, Progress

log = logging.getLogger(__name__)

CLOCK_OFFSET_SETTING = "sync.platform_clock_offset_seconds"
#: consecutive transient failures of single entries after which the platform counts as down
DOWN_AFTER = 8
#: types meaning "that registration already exists": read it back instead of parking it
_ALREADY_DONE = (ProblemType.INSZ_ALREADY_USED, ProblemType.PASSHOLDER_ALREADY_REGISTERED)
_FOUND_BACK = "Antwoord van UiTPAS ging verloren; teruggevonden op het platform."
_READ_BACK_BROKEN = ("Niet na te gaan of deze actie is aangekomen: het antwoord van UiTPAS "
                     "was onleesbaar. Controleer haar in de UiTPAS-backoffice.")
T = TypeVar("T")
U = TypeVar("U")


class Unreachable(Exception):
    """Raised out of a round when nothing can reach the platform (or it asked everyone to slow
    down): the worker pauses the whole queue instead of failing entry after entry."""

    def __init__(self, exc: ApiError, retry_after: float | None = None) -> None:
        super().__init__(type(exc).__name__)
        self.exc = exc
        self.retry_after = retry_after


class AuthFailed(Exception):
    """Raised out of a round when the platform refuses our credentials: no entry can go out until
    a person fixes them, so the round stops and the worker shows it."""

    def __init__(self, exc: ApiError) -> None:
        super().__init__(type(exc).__name__)
        self.exc = exc


@dataclass
class Tally:
    """What one drain did, counted as it goes, for the ``DeliveryReport`` the worker hands
    to the screens."""

    confirmed: int = 0
    rejected: int = 0
    reconciled: int = 0
    retry_later: int = 0


class DrainRounds:
    """The delivery and read-back half of :class:`balie.sync.worker.SyncWorker` (see the module
    docstring). Not used on its own: the worker's ``__init__`` sets every attribute below."""

    store: Store
    client: UitpasClient
    clock: Callable[[], datetime]
    policy: BackoffPolicy
    rng: random.Random
    platform_backoff: Backoff
    batch_size: int
    parallel: int
    worker_lock: WorkerLock | None
    owner: str
    lease: timedelta
    settle: timedelta
    on_progress: Callable[[Progress], None] | None
    _stop: threading.Event
    _next_read_back: datetime | None
    _rekeyed: bool
    _offset: timedelta | None
    _transient_streak: int
    _batch_ok: bool

    def _read_back_due(self, tally: Tally) -> None:
        """Read back the SENT rows whose request has certainly ended (see
        :func:`balie.sync.queue.read_back_at`). Holding the store's lock, no other live worker
        can be sending (requests only leave while their sender holds it); without one, the
        sender's pid and lease decide."""
        alive = (lambda _: False) if self.worker_lock is not None and self.worker_lock.held \
            else owner_alive
        ready, self._next_read_back = queue.orphaned_sent(
            self.store, self.owner, self.clock(), alive, self.settle)
        self._resolve_many(ready, tally)

    def _drain(self, tally: Tally, until: datetime | None) -> None:
        self._batch_ok = False
        if not self._rekeyed:  # entries of an older version: one key per pass before claiming
            queue.rekey_open(self.store)
            self._rekeyed = True
        self._read_back_due(tally)
        done = 0
        while not self._stop.is_set():
            now = self.clock()
            if self._next_read_back is not None and self._next_read_back <= now:
                self._read_back_due(tally)
            batch = queue.deliverable(self.store, now, self.batch_size)
            if not batch:
                nxt = earliest(queue.next_attempt_at(self.store), self._next_read_back)
                if until is None or nxt is None or nxt > until:
                    return
                self._stop.wait(max(0.0, (nxt - self.clock()).total_seconds()))
                continue
            self._deliver_batch(batch, tally)
            done += len(batch)
            if self.on_progress is not None:
                self.on_progress(Progress(Phase.DELIVER, "Wachtrij versturen", done, None))
            if self._stop.is_set() or (until is not None and self.clock() > until):
                return

    def _deliver_batch(self, batch: list[OutboxItem], tally: Tally) -> None:
        """At most one entry per pass is in a batch, so the requests may travel in parallel
        without breaking the per-pass order. SENT is committed for the whole batch first (one
        transaction) before any request leaves; confirmations (with their notes) are committed
        together afterwards; lost answers are read back in parallel too, and only then, per
        entry, is anything sent again."""
        now = self.clock()
        ready = [i for i in batch if not (i.depends_on and self._dependency_moot(i, now))]
        moved = queue.mark_sent_many(self.store, [i.client_uuid for i in ready], now,
                                     owner=self.owner, lease=self.lease)
        items = [replace(i, status=OutboxStatus.SENT, sent_at=now, attempts=i.attempts + 1)
                 for i in ready if i.client_uuid in moved]
        lines = queue.ticket_lines_many(
            self.store, [i.client_uuid for i in items if i.kind is ActionKind.TICKET_SALE])
        outcomes = self._map(lambda i: self._attempt(i, lines.get(i.client_uuid)), items)
        received = self.clock()
        good = [(item, out) for item, out in zip(items, outcomes, strict=True) if isinstance(out, Delivered)]
        moved_ok = queue.confirm_many(
            self.store, [(i.client_uuid, list(d.platform_ids)) for i, d in good], received,
            [(i.client_uuid, note, "sync.price_differs") for i, d in good for note in d.notes])
        for item, delivered in good:
            if item.client_uuid in moved_ok:
                self._after_confirmed(item, delivered, received, tally)
                note_price_difference(self.store, item, delivered.booked,
                                      lines.get(item.client_uuid), received)
            else:
                tally.rejected += 1  # its platform id was already claimed: parked for a person
        # parallel requests have no "consecutive" failures: one answer in the batch shows the
        # platform is up, and each failed entry waits out its own back-off
        self._batch_ok = bool(good)
        if good:
            self.platform_backoff.succeeded()  # it answers: no pause carried over from before
        stop: Exception | None = None
        unknown = [item for item, out in zip(items, outcomes, strict=True) if isinstance(out, ApiError) and (
            out.error_class is ErrorClass.UNKNOWN_OUTCOME
            or (isinstance(out, PlatformProblem) and out.type in _ALREADY_DONE))]
        # a lost request may still be on its way: read it back only after the settle time
        queue.set_lease(self.store, [i.client_uuid for i in unknown], received + self.settle,
                        self.owner)
        if unknown and self.settle <= timedelta(0):
            try:
                self._resolve_many(unknown, tally)
            except (Unreachable, AuthFailed) as exc:
                stop = exc
        elif unknown:
            due = received + self.settle
            self._next_read_back = earliest(self._next_read_back, due)
        lost = {i.client_uuid for i in unknown}
        for item, out in zip(items, outcomes, strict=True):
            if isinstance(out, Delivered) or item.client_uuid in lost:
                continue
            try:
                if isinstance(out, NothingToDeliver):
                    self._park(item, "balie/invalid-payload", None, out.message_nl, tally)
                else:
                    self._failed(item, out, tally)
            except (Unreachable, AuthFailed) as exc:
                stop = stop or exc  # finish the batch's bookkeeping first
        self._batch_ok = False
        if stop is not None:
            raise stop

    def _map(self, fn: Callable[[U], T], items: list[U]) -> list[T]:
        if self.parallel > 1 and len(items) > 1:
            with ThreadPoolExecutor(min(self.parallel, len(items)),
                                    thread_name_prefix="balie-sync-send") as pool:
                return list(pool.map(fn, items))
        return [fn(i) for i in items]

    def _attempt(self, item: OutboxItem, lines: list[TicketSale] | None = None
                 ) -> Delivered | ApiError | NothingToDeliver:
        try:
            return deliver(self.client, self.store, item, lines)
        except (ApiError, NothingToDeliver) as exc:
            return exc

    def _read_back(self, item: OutboxItem) -> Reconciliation | ApiError:
        try:
            return reconcile(self.client, self.store, item, self._offset)
        except ApiError as exc:
            return exc
        except Exception:  # one unreadable answer must not stop the queue
            log.exception("read-back of a %s failed", item.kind.value)
            return Reconciliation(Verdict.UNDECIDED, reason_nl=_READ_BACK_BROKEN)

    def _read_back_pass(self, items: list[OutboxItem]) -> list[tuple[Reconciliation | ApiError,
                                                                       bool]]:
        """The read-backs of ONE pass, one after another, each find confirmed before the next
        one searches: a platform sale found for the first entry is then already tied to it and
        cannot be claimed by the second (side by side, both claimed the same one)."""
        out: list[tuple[Reconciliation | ApiError, bool]] = []
        for item in items:
            result = self._read_back(item)
            confirmed = False
            if isinstance(result, Reconciliation) and result.verdict is Verdict.LANDED:
                confirmed = bool(queue.confirm_many(
                    self.store, [(item.client_uuid, list(result.platform_ids))], self.clock(),
                    [(item.client_uuid, _FOUND_BACK, "sync.reconciled")]))
            out.append((result, confirmed))
        return out

    def _resolve_many(self, items: list[OutboxItem], tally: Tally) -> None:
        """Read back entries whose answer is unknown before anything is sent again. Passes are
        read back in parallel, the entries of one pass one after another (:meth:`_read_back_pass`).
        Entries whose read-back failed stay SENT for the next round; only when nothing at all
        answered does the platform count as unreachable."""
        if not items:
            return
        groups = same_pass_groups(items)
        grouped = self._map(self._read_back_pass, groups)
        items = [i for g in groups for i in g]
        results = [r for g in grouped for r, _ in g]
        confirmed = [c for g in grouped for _, c in g]
        now = self.clock()
        landed = [(i, r) for i, r, c in zip(items, results, confirmed, strict=True)
                  if c and isinstance(r, Reconciliation)]  # confirmed: always a LANDED reconciliation
        if any(isinstance(r, Reconciliation) for r in results) and not landed:
            self.store.outbox.record_contact(now)
        for item, found in landed:
            note_price_difference(self.store, item, found.booked, None, now)
        tally.reconciled += len(landed)
        tally.confirmed += len(landed)
        tally.rejected += sum(1 for r, c in zip(results, confirmed, strict=True) if isinstance(
            r, Reconciliation) and r.verdict is Verdict.LANDED and not c)
        stop: Exception | None = None
        for item, result in zip(items, results, strict=True):
            if isinstance(result, ApiError):
                if result.error_class is ErrorClass.AUTH:
                    stop = AuthFailed(result)
                elif isinstance(result, Offline) or (
                        isinstance(result, RateLimited) and result.retry_after):
                    # nothing can reach the platform, or it asked everyone to slow down: the row
                    # stays SENT and the whole queue pauses
                    retry_after = result.retry_after if isinstance(result, RateLimited) else None
                    stop = stop or Unreachable(result, retry_after)
                else:
                    # this entry's bad luck (its pass waits), not a reason to stop the queue:
                    # it stays SENT and is read back again after a back-off of its own; the
                    # deliveries show soon enough whether the platform itself is down
                    log.info("read-back of a %s failed (%s); it stays SENT",
                             item.kind.value, type(result).__name__)
                    again = now + timedelta(seconds=self.policy.delay(item.attempts, self.rng))
                    queue.set_lease(self.store, [item.client_uuid], again, self.owner)
                    self._next_read_back = earliest(self._next_read_back, again)
            elif result.verdict is Verdict.NOT_LANDED:
                self.store.outbox.mark_retry(item.client_uuid, "not on the platform; resend", now)
            elif result.verdict is Verdict.UNDECIDED and item.client_uuid not in {
                    i.client_uuid for i, _ in landed}:
                self._park(item, "balie/reconcile-undecided", None, result.reason_nl, tally)
        if stop is not None:
            raise stop

    def _dependency_moot(self, item: OutboxItem, now: datetime) -> bool:
        dep = self.store.outbox.get(item.depends_on) if item.depends_on else None
        if dep is None or dep.status is OutboxStatus.CANCELLED or (
                dep.status is OutboxStatus.HANDLED and not dep.platform_ids):
            queue.settle_moot(self.store, item, now,
                              "Niet verstuurd: de oorspronkelijke actie bereikte UiTPAS nooit.")
            return True
        return False

    def _after_confirmed(self, item: OutboxItem, delivered: Delivered, received: datetime,
                         tally: Tally) -> None:
        tally.confirmed += 1
        self._transient_streak = 0
        if delivered.platform_time is not None:
            self._learn_offset(delivered.platform_time - received)

    def _failed(self, item: OutboxItem, exc: ApiError, tally: Tally) -> None:
        now = self.clock()
        cls = exc.error_class
        if cls is ErrorClass.UNKNOWN_OUTCOME:
            log.info("answer lost for %s; reading the platform back", item.kind.value)
            self._resolve_many([item], tally)
            return
        if cls is ErrorClass.AUTH:
            self.store.outbox.mark_retry(item.client_uuid, exc.code, now)
            raise AuthFailed(exc)
        if cls is ErrorClass.RETRYABLE:
            retry_after = exc.retry_after if isinstance(exc, RateLimited) else None
            delay = self.policy.delay(item.attempts + 1, self.rng, retry_after)
            self.store.outbox.mark_retry(item.client_uuid, exc.code, now + timedelta(seconds=delay))
            tally.retry_later += 1
            self._transient_streak += 1
            if not self._batch_ok and (isinstance(exc, (Offline, TimedOut))
                                       or self._transient_streak >= DOWN_AFTER):
                self._transient_streak = 0
                raise Unreachable(exc, retry_after)
            if retry_after:  # the platform asked everyone to slow down, not just this entry
                raise Unreachable(exc, retry_after)
            return
        if isinstance(exc, PlatformProblem) and exc.type in _ALREADY_DONE:
            self._resolve_many([item], tally)
            return
        eum = exc.end_user_message
        ptype = exc.type if isinstance(exc, PlatformProblem) else exc.code
        self._park(item, ptype, eum, str(exc), tally)

    def _park(self, item: OutboxItem, problem_type: str, eum: EndUserMessage | None, detail: str,
              tally: Tally) -> None:
        now = self.clock()
        warning = refused_kansentarief(self.store, item)
        if warning:
            detail = f"{warning}\n{detail}"
        self.store.outbox.mark_rejected(item.client_uuid, problem_type, eum, detail, now)
        self.store.outbox.move_to_needs_attention(item.client_uuid, problem_type, now)
        tally.rejected += 1
        log.info("%s refused by the platform (%s): needs attention", item.kind.value, problem_type)

    # ------------------------------------------------------------------ clock offset

    def _load_offset(self) -> timedelta | None:
        raw = self.store.get_setting(CLOCK_OFFSET_SETTING)
        try:
            return timedelta(seconds=float(raw)) if raw is not None else None
        except ValueError:
            return None

    def _learn_offset(self, measured: timedelta) -> None:
        """Platform clock minus counter clock, from the platform's creation times. Stored only
        when it moved noticeably, so a busy drain does not write a setting per entry."""
        if self._offset is None or abs((measured - self._offset).total_seconds()) > 30:
            self._offset = measured
            self.store.set_setting(CLOCK_OFFSET_SETTING, f"{measured.total_seconds():.3f}")
