"""The counter app's lock on its data dir: "balie is open on this folder" as an OS fact.

``balie restore`` swaps the store file; done while the counter app has the store open, the app
would go on writing sales into the replaced file (or the restored one under its feet). So the app
holds an OS lock on ``balie-app.lock`` in its data dir for as long as it runs, and restore asks the
OS whether anyone holds it. The OS drops the lock when the process ends, also after a crash or a
kill, so a stale lock file never blocks anybody. This is the app's lock only; the sync worker has
its own (one worker per store), both kept small.

POSIX uses ``flock`` on the whole file, Windows ``msvcrt.locking`` on its first byte. Who holds the
lock (process id, machine, since when) is written after that byte, so a refusal can say who.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

log = logging.getLogger(__name__)

LOCK_NAME = "balie-app.lock"
_INFO_OFFSET = 16  # the holder's description lives after the locked byte (Windows)


def _try_lock(fh: IO[bytes]) -> bool:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import msvcrt

        fh.seek(0)
        try:
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fh: IO[bytes]) -> None:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import msvcrt

        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


class AppLock:
    """Held by the running counter app (``acquire`` at start, ``release`` at stop)."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / LOCK_NAME
        self._fh: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._fh is not None

    def acquire(self) -> bool:
        """True when this process now holds the lock; False when another process does."""
        if self._fh is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = self.path.open("a+b")
        if not _try_lock(fh):
            fh.close()
            return False
        info = {"pid": os.getpid(), "host": socket.gethostname(),
                "since": datetime.now(UTC).isoformat(timespec="seconds")}
        fh.seek(_INFO_OFFSET)
        fh.truncate()
        fh.write(json.dumps(info).encode())
        fh.flush()
        self._fh = fh
        return True

    def release(self) -> None:
        fh, self._fh = self._fh, None
        if fh is None:
            return
        try:
            _unlock(fh)
        finally:
            fh.close()


def app_holder(data_dir: Path) -> str | None:
    """None when no counter app runs on ``data_dir``; else who does, in Dutch, for a refusal."""
    path = Path(data_dir) / LOCK_NAME
    if not path.exists():
        return None
    try:
        fh = path.open("r+b")
    except OSError:
        return None
    with fh:
        if _try_lock(fh):
            _unlock(fh)
            return None
        fh.seek(_INFO_OFFSET)
        try:
            info = json.loads(fh.read(512).decode() or "{}")
        except (ValueError, OSError):
            info = {}
    since = info.get("since", "")
    try:
        from balie.domain import BRUSSELS

        since = datetime.fromisoformat(since).astimezone(BRUSSELS).strftime("%d/%m/%Y %H:%M")
    except ValueError:
        pass
    return (f"de kassa-app (proces {info.get('pid', '?')} op {info.get('host', '?')}, "
            f"open sinds {since or '?'})")
