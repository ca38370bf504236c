"""Application-wide keyboard filter that recognises a keyboard-wedge scanner.

A scanner "types" its code in a burst and presses Enter. This filter watches every key (it never
swallows a character, so normal typing in any form field is untouched) and feeds them, with their
arrival time, to a burst detector (the composition root gives it ``balie.cardreader.wedge``'s).
Only the Enter that closes a burst is taken: the burst is removed from the text field it leaked
into and ``scanned`` carries the identifier, so a scan works wherever the focus happens to be.
"""

from __future__ import annotations

import time
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit


class ScanLike(Protocol):
    # read-only members: the reader's Scan is a frozen dataclass
    @property
    def payload(self) -> str: ...
    @property
    def identifier(self) -> str | None: ...


class BurstDetector(Protocol):
    @property
    def burst(self) -> str: ...

    def feed(self, char: str, at: float) -> None: ...

    def enter(self, at: float) -> ScanLike | None: ...

    def reset(self) -> None: ...


class WedgeFilter(QObject):
    #: the identifier found in a scan (or the raw payload when none was recognised)
    scanned = Signal(str)

    def __init__(self, detector: BurstDetector, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._detector = detector

    def install(self) -> None:
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress or watched is not QApplication.focusWidget():
            return False  # each key once: when it reaches the focused widget
        assert isinstance(event, QKeyEvent)
        now = time.monotonic()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            burst = self._detector.burst
            scan = self._detector.enter(now)
            if scan is None:
                return False
            if isinstance(watched, QLineEdit) and burst and watched.text().endswith(burst):
                watched.setText(watched.text()[: -len(burst)])
            self.scanned.emit(scan.identifier or scan.payload)
            return True
        text = event.text()
        if text and text.isprintable():
            self._detector.feed(text, now)
        return False
