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
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


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


def themed_app(out: Path, language: str) -> QApplication:
    """The one QApplication of the run with the counter's theme and ``language`` installed, and
    ``out`` made: what every scene does before its first window."""
    from PySide6.QtWidgets import QApplication

    from balie.ui.resources import apply_theme, install_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(app)  # type: ignore[arg-type]
    install_language(language)
    out.mkdir(parents=True, exist_ok=True)
    return app  # type: ignore[return-value]
