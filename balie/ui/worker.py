"""Run the counter's use cases off the GUI thread and hand the answers back as Qt signals.

The cashier's screen must never freeze on the network, the reader or a long query (Picard's rule:
slow work on workers, results posted back as events). Counter calls go to one worker thread per
:class:`Runner`, so two actions of one counter are applied in the order they were asked and SQLite
sees a single writer. The answer (or the exception) is emitted from the worker through a QObject
that lives in the GUI thread, so Qt queues the slot call onto the GUI thread.

A plain Python thread with a queue, not QThreadPool/QRunnable: PySide6 6.12 crashed (segfault) when
auto-deleted Python QRunnables and their per-job relay objects were torn down, measured in this
project's test suite. One long-lived relay and tickets keep ownership trivial.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from balie.ui.threads import assert_gui_thread, assert_not_gui_thread

log = logging.getLogger(__name__)

_STOP = object()


class _Relay(QObject):
    """Lives in the GUI thread; carries (ticket, ok, value) back there."""

    finished = Signal(int, bool, object)


class Runner(QObject):
    """Queue of counter calls, one at a time, answers delivered on the GUI thread.

    ``busy_changed`` lets screens disable their buttons while something is in flight (one guard
    against double submission; the use case's idempotency key is the other)."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, name: str = "balie-counter") -> None:
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._jobs: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._callbacks: dict[int, tuple[Callable[[Any], None],
                                         Callable[[BaseException], None]]] = {}
        self._tickets = itertools.count(1)
        self._after_idle: list[Callable[[], None]] = []
        self._idle = threading.Event()
        self._idle.set()
        self._pending = 0
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._work, name=name, daemon=True)
        self._thread.start()

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
               on_error: Callable[[BaseException], None]) -> None:
        ticket = next(self._tickets)
        was_busy = self.busy
        self._callbacks[ticket] = (on_done, on_error)
        with self._lock:
            self._pending += 1
            self._idle.clear()
        if not was_busy:
            self.busy_changed.emit(True)
        self._jobs.put((ticket, fn))

    def _work(self) -> None:  # worker thread
        assert_not_gui_thread("counter job runner")
        relay = self._relay
        while True:
            job = self._jobs.get()
            if job is _STOP:
                return
            ticket, fn = job
            try:
                result = fn()
            except Exception as exc:  # noqa: BLE001 - every failure must reach the screen
                log.warning("counter job failed: %s", type(exc).__name__)
                ok, value = False, exc
            else:
                ok, value = True, result
            with self._lock:
                self._pending -= 1
                if self._pending == 0:
                    self._idle.set()
            try:
                relay.finished.emit(ticket, ok, value)
            except RuntimeError:  # the window was closed while we worked: nobody to tell
                return

    def _deliver(self, ticket: int, ok: bool, value: Any) -> None:  # GUI thread
        assert_gui_thread("counter job answer")
        callbacks = self._callbacks.pop(ticket, None)
        if callbacks is None:
            return
        try:
            (callbacks[0] if ok else callbacks[1])(value)
        finally:
            if not self.busy:
                self.busy_changed.emit(False)
                if self._after_idle:  # after every busy_changed slot saw "idle"
                    QTimer.singleShot(0, self._run_after_idle)

    def when_idle(self, action: Callable[[], None]) -> None:
        """Run ``action`` on the GUI thread once no job is in flight (at once when idle).

        A key pressed while a background job runs (the events reloaded after a sync, a look-up)
        is carried out after it instead of being dropped: a greyed key only says "busy", the
        cashier meant it. Actions run in the order they were asked, each on an idle runner; one
        that submits work makes the rest wait for that job too."""
        assert_gui_thread("a key waiting for the counter")
        self._after_idle.append(action)
        if not self.busy:
            QTimer.singleShot(0, self._run_after_idle)

    @property
    def waiting(self) -> int:
        """How many actions wait for the runner to become idle."""
        return len(self._after_idle)

    def _run_after_idle(self) -> None:  # GUI thread
        while self._after_idle and not self.busy:
            self._after_idle.pop(0)()

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """For shutdown and tests: wait until the worker has run every queued call (their
        answers still need the event loop to be delivered)."""
        return self._idle.wait(timeout)

    def stop(self, timeout: float = 5.0) -> None:
        """Finish what is queued, then end the worker thread."""
        self._jobs.put(_STOP)
        self._thread.join(timeout)
