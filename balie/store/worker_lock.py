"""One process at a time: an OS-level lock file next to the store file.

Why: two sync workers draining one store (the counter app's worker and a support engineer's
``balie sync --once``, or a scheduled ``sync --watch``) each sent their own copy of a sale and
registered it twice. The operating system releases the lock when its holder dies, so a killed
worker never leaves a stale lock behind (a PID file alone would).

``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows, on ``<store>.<name>.lock``. Who holds it
(pid, program, since) is written to ``<store>.<name>.owner`` so a second process can say so: the
lock file itself may be unreadable while locked on Windows. The lock is re-entrant within one
object, so a command that holds it for its whole run can hand the same object to the worker.

Small and generic on purpose: the sync worker uses ``name="sync"``; another part (e.g. "the app is
running on this data dir") can take its own lock with another name.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from balie.domain import BRUSSELS, utcnow


@dataclass(frozen=True)
class LockHolder:
    """Who holds a lock, as its holder wrote it down."""

    pid: int
    program: str
    since: datetime
    host: str
    token: str

    def describe_nl(self) -> str:
        """'balie sync (pid 1234) sinds 09:12' for a message to the person waiting."""
        since = self.since.astimezone(BRUSSELS)
        return f"{self.program} (pid {self.pid}) sinds {since:%H:%M:%S}"


class WorkerLock:
    """An exclusive, re-entrant OS lock next to ``store_path``; ``token`` names this holder in
    rows it owns (e.g. the outbox's ``sent_by``)."""

    def __init__(self, store_path: Path, program: str, name: str = "sync") -> None:
        self.path = store_path.with_name(f"{store_path.name}.{name}.lock")
        self.owner_path = store_path.with_name(f"{store_path.name}.{name}.owner")
        self.program = program
        self.token = f"{socket.gethostname()[:30]}:{os.getpid()}:{uuid.uuid4().hex[:12]}"
        self._file: IO[bytes] | None = None
        self._depth = 0
        self._guard = threading.RLock()

    @property
    def held(self) -> bool:
        return self._file is not None

    def acquire(self, wait_seconds: float = 0.0, poll: float = 0.1) -> bool:
        """Take the lock, trying until ``wait_seconds`` have passed. False: someone else has it
        (ask :meth:`holder` who)."""
        deadline = time.monotonic() + wait_seconds
        with self._guard:
            if self._file is not None:
                self._depth += 1
                return True
            while True:
                f = open(self.path, "a+b")  # kept open while held
                if _try_lock(f):
                    self._file, self._depth = f, 1
                    self._write_owner()
                    return True
                f.close()
                if time.monotonic() >= deadline:
                    return False
                time.sleep(poll)

    def release(self) -> None:
        with self._guard:
            if self._file is None:
                return
            self._depth -= 1
            if self._depth > 0:
                return
            try:
                self.owner_path.unlink(missing_ok=True)
            except OSError:
                pass
            _unlock(self._file)
            self._file.close()
            self._file = None

    def __enter__(self) -> WorkerLock:
        if not self.acquire():
            raise LockBusy(self.holder())
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def holder(self) -> LockHolder | None:
        """Who holds the lock now (None: nobody, or a holder that did not say)."""
        if self._file is not None:
            return self._me()
        try:
            data = json.loads(self.owner_path.read_text(encoding="utf-8"))
            return LockHolder(pid=int(data["pid"]), program=str(data["program"]),
                              since=datetime.fromisoformat(data["since"]), host=str(data["host"]),
                              token=str(data["token"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _me(self) -> LockHolder:
        return LockHolder(os.getpid(), self.program, self._since, socket.gethostname(), self.token)

    def _write_owner(self) -> None:
        self._since = utcnow()
        me = self._me()
        tmp = self.owner_path.with_name(self.owner_path.name + ".tmp")
        tmp.write_text(json.dumps({"pid": me.pid, "program": me.program,
                                   "since": me.since.isoformat(), "host": me.host,
                                   "token": me.token}), encoding="utf-8")
        os.replace(tmp, self.owner_path)


class LockBusy(Exception):
    def __init__(self, holder: LockHolder | None) -> None:
        super().__init__(holder.describe_nl() if holder else "onbekend programma")
        self.holder = holder


if sys.platform == "win32":  # pragma: no cover - exercised on the Windows build
    import msvcrt

    def _try_lock(f: IO[bytes]) -> bool:
        try:
            f.seek(0)
            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(f: IO[bytes]) -> None:
        try:
            f.seek(0)
            msvcrt.locking(f.fileno(), msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
else:
    import fcntl

    def _try_lock(f: IO[bytes]) -> bool:
        try:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(f: IO[bytes]) -> None:
        fcntl.flock(f.fileno(), fcntl.LOCK_UN)
