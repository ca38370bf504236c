"""Online/offline, queue length, last sync and reader state, always visible at the bottom.

The values arrive from other threads (sync worker, reader service) as Qt signals connected in the
composition root; this widget only paints what it is told, on the GUI thread.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from balie.domain import BRUSSELS


def _restyle(label: QLabel, state: str) -> None:
    label.setProperty("state", state)
    label.style().unpolish(label)
    label.style().polish(label)


class CounterStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.online_label = QLabel(self)
        self.online_label.setObjectName("online")
        self.queue_label = QLabel(self)
        self.queue_label.setObjectName("queue")
        self.sync_label = QLabel(self)
        self.sync_label.setObjectName("lastSync")
        self.reader_label = QLabel(self)
        self.reader_label.setObjectName("reader")
        for label in (self.online_label, self.queue_label, self.sync_label):
            self.addWidget(label)
        self.addPermanentWidget(self.reader_label)
        self.set_online(False)
        self.set_queue_length(0)
        self.set_last_sync(None)
        self.set_reader_state(True, self.tr("Kaartlezer: nog niet gestart"), "")

    @Slot(bool)
    def set_online(self, online: bool) -> None:
        self.online_label.setText(self.tr("Online") if online else self.tr("Offline"))
        _restyle(self.online_label, "online" if online else "offline")

    @Slot(int)
    def set_queue_length(self, count: int) -> None:
        self.queue_label.setText(self.tr("Wachtrij: %n actie(s)", "", count))

    @Slot(object)
    def set_last_sync(self, at: datetime | None) -> None:
        if at is None:
            self.sync_label.setText(self.tr("Laatste synchronisatie: nog niet"))
            return
        local = at.astimezone(BRUSSELS)
        self.sync_label.setText(self.tr("Laatste synchronisatie: %1").replace(
            "%1", local.strftime("%d/%m %H:%M")))

    def set_reader_state(self, ok: bool, message: str, next_step: str) -> None:
        self.reader_label.setText(message)
        self.reader_label.setToolTip(next_step)
        _restyle(self.reader_label, "ok" if ok else "problem")
