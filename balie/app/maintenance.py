"""Daily care of the store while the app runs: integrity check, backup and privacy purge, on a
thread of their own so the first customer never waits for them."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from balie.config import ConfigError
from balie.domain import utcnow
from balie.store import Store

if TYPE_CHECKING:
    from balie.config import Config
    from balie.privacy import PurgeReport, RetentionPolicy
    from balie.store.health import Verdict

log = logging.getLogger(__name__)


def retention_policy(config: Config | None) -> RetentionPolicy:
    """The [privacy] retention of the purge; an unusable setting falls back to the default (logged)."""
    from balie.privacy import RetentionPolicy

    if config is None:
        return RetentionPolicy()
    try:
        return RetentionPolicy.from_config(config)
    except ConfigError as exc:
        log.warning("retention setting unusable, default used: %s", type(exc).__name__)
        return RetentionPolicy()


class Maintenance:
    """The daily copy of the store (balie.backup.backup_if_due), then the privacy purge
    (balie.privacy.purge_personal_data): a little after each start and every ``every`` seconds,
    on its own thread (copying a large store must not hold up the first customer). A failure is
    logged, not shown: the next round tries again and 'balie doctor' reports a stale backup."""

    def __init__(self, store: Store, retention: RetentionPolicy, delay: float,
                 every: float = 24 * 3600.0,
                 list_progress: Callable[[int, int], None] | None = None) -> None:
        self._store, self._retention, self._every = store, retention, every
        #: told (done, total) while a kansentarief list kept in clear is hashed (any thread)
        self._list_progress = list_progress
        self._stop = threading.Event()
        #: rounds finished (tests and 'balie doctor'-like checks wait for it)
        self.rounds = 0
        self.last_purge: PurgeReport | None = None
        #: the last full integrity check
        self.last_integrity: Verdict | None = None
        #: set once a kansentarief list kept in clear by an older version is hashed (or none was)
        self.lists_hashed = threading.Event()
        self._logged_step = 0
        self._thread = threading.Thread(target=self._run, args=(delay,), name="maintenance",
                                        daemon=True)
        self._thread.start()

    def _run(self, delay: float) -> None:
        self._hash_clear_lists()
        if self._stop.wait(delay):
            return
        while True:
            self.once()
            if self._stop.wait(self._every):
                return

    def _hash_clear_lists(self) -> None:
        """At once, not after the delay: a list an older version kept in clear is hashed here,
        off the GUI thread (the app opens the store with ``defer_lists``; the counter finds cards
        in the clear list meanwhile). Stopped with the app, it goes on at the next start."""
        from balie.kansen_list import clear_lists, convert_clear_lists

        try:
            if self._store.cipher is not None and clear_lists(self._store):
                log.info("hashing the kansentarief list kept in clear (once)")
                convert_clear_lists(self._store, progress=self._log_progress,
                                    stop=self._stop.is_set)
        except Exception as exc:  # noqa: BLE001 - tried again at the next start
            log.warning("kansentarief list not hashed yet: %s", type(exc).__name__)
        finally:
            if self._list_progress is not None:
                self._list_progress(0, 0)  # done, or stopped: nothing more to show
            self.lists_hashed.set()

    def _log_progress(self, done: int, total: int) -> None:
        if self._list_progress is not None:
            self._list_progress(done, total)
        step = 10 * done // max(total, 1)
        if step > self._logged_step:  # one line per tenth
            self._logged_step = step
            log.info("kansentarief list hashed %d of %d", done, total)

    def once(self) -> None:
        from balie.backup import backup_if_due
        from balie.privacy import purge_personal_data
        from balie.store.health import Cause, full_check, record_full_check

        store = self._store
        # the full integrity_check (seconds on a year's store) lives here, off the GUI thread;
        # the open only runs quick_check. A damaged store is neither copied over the good
        # backups (retention would prune them) nor purged.
        self.last_integrity = full_check(store.path)
        record_full_check(store.path, self.last_integrity, utcnow())  # doctor shows it
        if self.last_integrity.cause is Cause.CORRUPT:
            log.error("full integrity check failed; no backup, no purge this round")
            self.rounds += 1
            return
        try:
            if backup_if_due(store.path, store.backups) is not None:
                log.info("daily backup written")
        except Exception as exc:  # noqa: BLE001 - the counter works on without it
            log.warning("daily backup failed: %s", type(exc).__name__)
        if not self._stop.is_set():
            try:
                self.last_purge = purge_personal_data(store, utcnow(), self._retention)
            except Exception as exc:  # noqa: BLE001 - tried again tomorrow
                log.warning("privacy purge failed: %s", type(exc).__name__)
        self.rounds += 1

    def cancel(self) -> None:
        """Stop, and wait for a round in progress: its copy must not outlive the store folder."""
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout=10.0)
