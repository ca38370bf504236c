"""Online/offline, queue length, last sync and reader state, always visible at the bottom.

The values arrive from other threads (sync worker, reader service) as Qt signals connected in the
composition root; this widget only paints what it is told, on the GUI thread.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from balie.domain import BRUSSELS
from balie.ui.elide import ElidedLabel
from balie.ui.port import SyncView
from balie.ui.threads import assert_gui_thread


def _restyle(label: QLabel, state: str) -> None:
    """The label's colours for ``state``. A label already in that state is left alone: the
    status refresh after every tap re-polished unchanged labels, ~1 ms of the GUI thread."""
    if label.property("state") == state:
        return
    label.setProperty("state", state)
    label.style().unpolish(label)
    label.style().polish(label)


class CounterStatusBar(QStatusBar):
    """Each text is an :class:`~balie.ui.elide.ElidedLabel`: on a narrow screen it is cut with
    "…" (whole text in its tooltip) instead of widening the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.online_label = ElidedLabel(parent=self)
        self.online_label.setObjectName("online")
        self.queue_label = ElidedLabel(parent=self)
        self.queue_label.setObjectName("queue")
        self.sync_label = ElidedLabel(parent=self)
        self.sync_label.setObjectName("lastSync")
        self.attention_label = ElidedLabel(parent=self)
        self.attention_label.setObjectName("attention")
        self.attention_label.setVisible(False)
        self.reader_label = ElidedLabel(parent=self)
        self.reader_label.setObjectName("reader")
        self.list_label = ElidedLabel(parent=self)
        self.list_label.setObjectName("kansenList")
        self.list_label.setVisible(False)
        for label in (self.online_label, self.queue_label, self.attention_label, self.sync_label,
                      self.list_label):
            self.addWidget(label)
        self._oldest: datetime | None = None
        self._count = 0
        self._online = False
        self._link_local = False
        self._signed_out = False
        self._attention = 0
        self._last_sync: datetime | None = None
        self.operator_label = ElidedLabel(parent=self)
        self.operator_label.setObjectName("operator")
        self.operator_label.setVisible(False)
        self._operator: tuple[str, str] | None = None
        self.addPermanentWidget(self.operator_label)
        self.addPermanentWidget(self.reader_label)
        self.set_online(False)
        self.set_queue_length(0)
        self.set_last_sync(None)
        self.set_reader_state(True, self.tr("Kaartlezer: nog niet gestart"), "")

    def retranslate(self) -> None:
        """The same state in the language just installed (the reader's own message stays)."""
        local, self._link_local = self._link_local, False
        self.set_online(self._online)
        self.set_link_local(local)
        if self._signed_out:
            self.online_label.setText(self.tr("Niet aangemeld"))
        self.set_queue_length(self._count)
        self.set_needs_attention(self._attention)
        self.set_last_sync(self._last_sync)
        if self._operator is not None:
            self.set_operator(*self._operator)

    def set_operator(self, name: str | None, role: str) -> None:
        """Who is signed in (every action carries this name); hidden while locked."""
        self._operator = (name, role) if name else None
        self.operator_label.setVisible(bool(name))
        if name:
            self.operator_label.setText(self.tr("Medewerker: %1 (%2)").replace("%1", name)
                                        .replace("%2", role))

    @Slot(bool)
    def set_online(self, online: bool) -> None:
        assert_gui_thread("online state")
        self._online = online
        if self._link_local:
            return  # the breaker's mode says more than "offline" until it closes
        self.online_label.setText(self.tr("Online") if online else self.tr("Offline"))
        _restyle(self.online_label, "online" if online else "offline")

    def set_link_local(self, local: bool) -> None:
        """The circuit breaker opened: UiTPAS answers too slowly or not at all, the counter
        decides locally at once (provisional) and checks in the background when it answers."""
        if local == self._link_local:
            return
        self._link_local = local
        if local:
            self.online_label.setText(self.tr("Traag netwerk: lokaal beslist"))
            self.online_label.setToolTip(self.tr("UiTPAS antwoordt te traag. Prijzen komen uit "
                                                 "deze balie en zijn voorlopig; balie kijkt op "
                                                 "de achtergrond of UiTPAS terug antwoordt."))
            _restyle(self.online_label, "local")
        else:
            self.set_online(self._online)

    def set_oldest_pending(self, at: datetime | None) -> None:
        self._oldest = at
        self.set_queue_length(self._count)

    @Slot(int)
    def set_queue_length(self, count: int) -> None:
        self._count = count
        text = self.tr("Wachtrij: %n actie(s)", "", count)
        if count and self._oldest is not None:
            text += " " + self.tr("(oudste %1)").replace(
                "%1", self._oldest.astimezone(BRUSSELS).strftime("%d/%m %H:%M"))
        self.queue_label.setText(text)

    def set_needs_attention(self, count: int) -> None:
        """Items the platform refused stay visible (red) until someone handled them (F10)."""
        self._attention = count
        self.attention_label.setText(self.tr("Te behandelen: %1 (F10)").replace("%1", str(count)))
        self.attention_label.setVisible(count > 0)
        _restyle(self.attention_label, "problem" if count else "ok")

    @Slot(object)
    def set_sync(self, view: SyncView) -> None:
        """What the sync worker reports: reachability, queue, oldest waiting, last contact."""
        self._oldest = view.oldest_pending_at
        if view.online is not None:
            self.set_online(view.online)
        self._signed_out = view.signed_out
        if view.signed_out:
            self.online_label.setText(self.tr("Niet aangemeld"))
        self.online_label.setToolTip(f"{view.message}\n{view.next_step}".strip())
        self.set_queue_length(view.queue_length)
        self.set_needs_attention(view.needs_attention)
        self.set_last_sync(view.last_contact_at)
        if view.busy:
            self.sync_label.setText(self.tr("Synchroniseren…"))

    @Slot(object)
    def set_last_sync(self, at: datetime | None) -> None:
        """Only ever later: the worker's round and the store's last contact both report it,
        and an older report arriving second must not turn the time back."""
        if self._last_sync is not None and (at is None or at < self._last_sync):
            at = self._last_sync
        self._last_sync = at
        if at is None:
            self.sync_label.setText(self.tr("Laatste synchronisatie: nog niet"))
            return
        local = at.astimezone(BRUSSELS)
        self.sync_label.setText(self.tr("Laatste synchronisatie: %1").replace(
            "%1", local.strftime("%d/%m %H:%M")))

    def set_list_progress(self, done: int, total: int) -> None:
        """A kansentarief list kept in clear by an older version is being hashed, once, off the
        GUI thread (10^6 cards take a while): say so, so the cashier and IT see why the disk is
        busy; the counter works on meanwhile. Hidden when done."""
        assert_gui_thread("list progress")
        busy = 0 <= done < total
        self.list_label.setVisible(busy)
        if busy:
            self.list_label.setText(self.tr("Kansentarieflijst beveiligen (eenmalig): %1%").replace(
                "%1", str(100 * done // total)))

    def set_reader_state(self, ok: bool, message: str, next_step: str) -> None:
        assert_gui_thread("reader state")
        self.reader_label.setText(message)
        self.reader_label.setToolTip(next_step)
        _restyle(self.reader_label, "ok" if ok else "problem")
