"""What the screenshot scenes share: a scratch folder per run and waiting on a condition while Qt
runs. Its own module so the scenes import it, and only ``counter.main`` imports the scenes."""

from __future__ import annotations

import contextlib
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path


@contextlib.contextmanager
def scratch_dir(prefix: str) -> Iterator[Path]:
    """A temporary folder for one run's store and platform, removed afterwards even when a
    thread that was just told to stop (sync, backup, the platform's server) still closes a
    file in it: ``TemporaryDirectory`` then failed with "Directory not empty" on about one run
    in two. The removal is tried again for a few seconds; what stays is reported, not raised."""
    path = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield path
    finally:
        end = time.monotonic() + 5.0
        while True:
            shutil.rmtree(path, ignore_errors=True)
            if not path.exists() or time.monotonic() > end:
                break
            time.sleep(0.1)  # a closing thread, not a condition this process can wait on
        if path.exists():
            print(f"note: could not remove {path} completely", file=sys.stderr)


def wait_until(predicate: Callable[[], bool], timeout: float = 10.0) -> bool:
    from PySide6.QtTest import QTest

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        QTest.qWait(20)
    return False
