"""The sync worker: every queued action lands on the platform exactly once, reference data stays
fresh, and the screens learn how things stand without ever waiting on the network.

It is plain Python with its own ``threading.Thread`` (the composition root wraps the callbacks in
Qt signals; this module never imports Qt). The same code runs headless (``balie sync --once``) by
calling :meth:`SyncWorker.drain` and :meth:`SyncWorker.refresh` directly. The rounds themselves
(send a batch, read back lost answers, park refusals) are in :mod:`balie.sync.drain`.

One delivery, in the order that makes "exactly once" hold across crashes and lost answers:

1. ``mark_sent`` is committed, THEN the request leaves;
2. an answer -> CONFIRMED with the platform ids (or NEEDS_ATTENTION with the platform's words);
3. no answer (timeout/dropped after sending, 502/504, or this PC died in between and the row is
   still SENT at the next start) -> read the platform back (:mod:`balie.sync.reconcile`) and only
   send again when the action is certainly not there.

Transient trouble (no connection, 5xx, 429) puts the entry back with exponential backoff and full
jitter (Retry-After honoured); a refusal parks only that entry and what depends on it.

Exactly once also across workers and entry paths:

* one worker per store: each drain round holds the store's OS lock
  (:mod:`balie.store.worker_lock`), shared by the counter app and ``balie sync``;
* SENT rows carry their sender and a lease; a lost answer is read back only after a settle time
  (a request stalled on the way may still land), a gone sender's rows after twice that;
* one queue key per pass (its UiTPAS number), read-backs of one pass one after another, and a
  platform id confirmed for at most one local record (:func:`balie.sync.queue.confirm_many`).
"""

from __future__ import annotations

import logging
import os
import random
import socket
import threading
from collections.abc import Callable
from datetime import datetime, timedelta

from balie.domain import utcnow
from balie.store.store import Store
from balie.store.worker_lock import WorkerLock
from balie.sync import queue
from balie.sync.backoff import Backoff, BackoffPolicy
from balie.sync.client import UitpasClient
from balie.sync.drain import AuthFailed, DrainRounds, Tally, Unreachable
from balie.sync.leases import earliest, lease_for, settle_for
from balie.sync.problems import ApiError
from balie.sync.status import Connection, DeliveryReport, Progress, RefreshReport, SyncStatus
from balie.threads import assert_not_gui_thread

log = logging.getLogger(__name__)


class _Stopped(BaseException):
    """Raised at a refresh's next step once :meth:`SyncWorker.stop` was asked (a BaseException:
    the refresh's parts catch Exception each, and this must end the whole refresh)."""


RefreshFn = Callable[[Callable[[Progress], None]], RefreshReport]


class SyncWorker(DrainRounds):
    """Delivers the outbox and refreshes reference data, in a thread or on demand.

    ``refresher`` is a callable doing one reference-data refresh (see :mod:`balie.sync.refresh`);
    the composition root builds it with the organizer's settings. Callbacks run on the worker
    thread: keep them short (emit a Qt signal, put on a queue)."""

    def __init__(
        self,
        store: Store,
        client: UitpasClient,
        *,
        refresher: RefreshFn | None = None,
        interval_seconds: float = 30.0,
        refresh_hours: float = 6.0,
        on_status: Callable[[SyncStatus], None] | None = None,
        on_progress: Callable[[Progress], None] | None = None,
        on_delivery: Callable[[DeliveryReport], None] | None = None,
        on_refresh: Callable[[RefreshReport], None] | None = None,
        policy: BackoffPolicy | None = None,
        clock: Callable[[], datetime] = utcnow,
        rng: random.Random | None = None,
        batch_size: int = 200,
        parallel: int = 8,
        worker_lock: WorkerLock | None = None,
        lease: timedelta | None = None,
        settle: timedelta | None = None,
    ) -> None:
        self.store = store
        self.client = client
        self.refresher = refresher
        self.interval = interval_seconds
        self.refresh_every = timedelta(hours=refresh_hours)
        self.on_status = on_status
        self.on_progress = on_progress
        self.on_delivery = on_delivery
        self.on_refresh = on_refresh
        self.policy = policy or BackoffPolicy()
        self.clock = clock
        self.rng = rng or random.Random()
        self.batch_size = batch_size
        self.parallel = parallel
        self.platform_backoff = Backoff(self.policy, self.rng)
        #: one worker per store (balie.store.worker_lock), taken for each drain round, so the
        #: GUI's worker and ``balie sync`` take turns instead of sending the same rows
        self.worker_lock = worker_lock
        self.owner = worker_lock.token if worker_lock is not None else \
            f"{socket.gethostname()[:30]}:{os.getpid()}:{id(self):x}"
        self.lease = lease or lease_for(client, batch_size, parallel)
        #: after a lost answer, wait this long before reading the platform back: a request held
        #: up on the way (a stalled proxy) may reach the platform after the client gave up
        self.settle = settle if settle is not None else settle_for(client)
        self._next_read_back: datetime | None = None
        self._rekeyed = False
        self.connection = Connection.UNKNOWN
        self.message = ""
        self.next_step = ""
        self.paused_until: datetime | None = None
        self.last_refresh_at: datetime | None = None
        self._offset = self._load_offset()
        self._transient_streak = 0
        self._batch_ok = False  # some entry of the batch being booked was answered
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._refresh_requested = threading.Event()
        self._lock = threading.Lock()  # one drain/refresh at a time (thread vs. --once/tests)
        self._busy = False

    # ------------------------------------------------------------------ thread control

    def start(self) -> None:
        """Run in the background: refresh on start, then deliver every ``interval`` seconds."""
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._refresh_requested.set()
        self._thread = threading.Thread(target=self._run, name="balie-sync", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Ask the thread to finish; an in-flight request completes (at most its timeout)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def sync_now(self) -> None:
        """Deliver as soon as possible (also resets the platform backoff: a person asked)."""
        self.platform_backoff.succeeded()
        self.paused_until = None
        self._wake.set()

    def refresh_now(self) -> None:
        self._refresh_requested.set()
        self._wake.set()

    def _run(self) -> None:
        assert_not_gui_thread("sync worker loop")  # it blocks on the network for seconds
        while not self._stop.is_set():
            try:
                if self._refresh_due():
                    self.refresh()
                if not self._stop.is_set():
                    self.drain()
            except Exception:  # the thread must survive anything; logged
                log.exception("sync round failed")
            self._wake.wait(self._seconds_to_next_round())
            self._wake.clear()

    def _refresh_due(self) -> bool:
        if self.refresher is None:
            return False
        if self._refresh_requested.is_set():
            return True
        return self.last_refresh_at is None or self.clock() - self.last_refresh_at >= self.refresh_every

    def _seconds_to_next_round(self) -> float:
        now = self.clock()
        wait = self.interval
        if self.paused_until is not None:
            return max(0.05, (self.paused_until - now).total_seconds())
        nxt = earliest(queue.next_attempt_at(self.store), self._next_read_back) \
            if self.connection is Connection.ONLINE else None
        if nxt is not None:
            wait = min(wait, max(0.05, (nxt - now).total_seconds()))
        return wait

    # ------------------------------------------------------------------ status

    def status(self) -> SyncStatus:
        stats = self.store.outbox.stats()
        return SyncStatus(
            connection=self.connection, queue_length=stats.length,
            needs_attention=stats.needs_attention, oldest_pending_at=stats.oldest_pending_at,
            last_contact_at=stats.last_successful_contact, next_attempt_at=self.paused_until,
            busy=self._busy, message=self.message, next_step=self.next_step,
        )

    def _publish(self) -> None:
        if self.on_status is not None:
            try:
                self.on_status(self.status())
            except Exception:
                log.exception("status callback failed")

    def _set_connection(self, connection: Connection, exc: ApiError | None = None) -> None:
        self.connection = connection
        if exc is None:
            self.message, self.next_step = "", ""
        else:
            self.message, self.next_step = exc.user_message(), exc.next_step

    # ------------------------------------------------------------------ delivery

    def drain(self, *, until: datetime | None = None) -> DeliveryReport:
        """Deliver what may go out now. With ``until``, keep going (sleeping for backoffs) until
        the queue is empty or that moment has passed; otherwise one pass over what is due."""
        with self._lock:
            if self.worker_lock is not None and not self.worker_lock.acquire():
                return self._someone_else_drains()
            try:
                report = self._drain_locked(until)
            finally:
                if self.worker_lock is not None:
                    self.worker_lock.release()
        self._publish()
        if self.on_delivery is not None:
            self.on_delivery(report)
        return report

    def _someone_else_drains(self) -> DeliveryReport:
        """Another process holds the store's sync lock: this round leaves the queue to it."""
        holder = self.worker_lock.holder() if self.worker_lock is not None else None
        who = holder.describe_nl() if holder else "een ander programma"
        self.message = f"De wachtrij wordt al verstuurd door {who}."
        self.next_step = "Er hoeft niets te gebeuren; deze pc probeert het straks opnieuw."
        stats = self.store.outbox.stats()
        report = DeliveryReport(pending=stats.length, needs_attention=stats.needs_attention,
                                reachable=True, message=self.message, busy_elsewhere=True)
        self._publish()
        if self.on_delivery is not None:
            self.on_delivery(report)
        return report

    def _drain_locked(self, until: datetime | None) -> DeliveryReport:
        self._busy = True
        self._publish()
        tally = Tally()
        reachable, auth_failed = True, False
        try:
            while True:
                try:
                    self._drain(tally, until)
                except Unreachable as down:
                    reachable = False
                    delay = self.platform_backoff.failed(down.retry_after)
                    self.paused_until = self.clock() + timedelta(seconds=delay)
                    self._set_connection(Connection.OFFLINE, down.exc)
                    log.info("platform unreachable (%s); next try in %.1f s", down, delay)
                    if until is not None and self.paused_until < until and \
                            not self._stop.wait(delay):
                        continue  # --once and tests: keep trying until the deadline
                    break
                reachable = True
                self.platform_backoff.succeeded()
                self._set_connection(Connection.ONLINE)
                self.paused_until = None
                break
        except AuthFailed as auth:
            auth_failed = True
            self._set_connection(Connection.AUTH_FAILED, auth.exc)
            log.warning("platform refused our credentials (%s)", auth)
        finally:
            self._busy = False
        stats = self.store.outbox.stats()
        report = DeliveryReport(
            confirmed=tally.confirmed, rejected=tally.rejected, reconciled=tally.reconciled,
            retry_later=tally.retry_later, pending=stats.length,
            needs_attention=stats.needs_attention, reachable=reachable,
            auth_failed=auth_failed, message=self.message)
        return report

    # ------------------------------------------------------------------ reference data

    def refresh(self) -> RefreshReport:
        """Refresh reference data now (on start, every ``refresh_hours``, or on demand)."""
        if self.refresher is None:
            return RefreshReport(failures=("Geen verversing ingesteld.",))
        with self._lock:
            self._refresh_requested.clear()
            self._busy = True
            self._publish()
            try:
                report = self.refresher(self._progress)
            except _Stopped:  # stop() was asked: nothing more is read or written
                return RefreshReport(failures=("Verversen gestopt: balie sluit af.",),
                                     reachable=False)
            finally:
                self._busy = False
            if report.auth_failed:
                self.connection = Connection.AUTH_FAILED
            elif not report.reachable:
                self.connection = Connection.OFFLINE
            else:
                self.connection = Connection.ONLINE
                self.store.outbox.record_contact(self.clock())
            if report.reachable and not report.auth_failed:
                self.last_refresh_at = self.clock()
            else:
                # try again at the next round rather than waiting refresh_hours
                self.last_refresh_at = None
        self._publish()
        if self.on_refresh is not None:
            self.on_refresh(report)
        return report

    def _progress(self, progress: Progress) -> None:
        if self._stop.is_set():  # the counter is closing: the refresh ends at its next step
            raise _Stopped
        if self.on_progress is not None:
            self.on_progress(progress)
