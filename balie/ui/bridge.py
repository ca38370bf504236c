"""Signals that carry news from other threads (reader service, sync worker) onto the GUI thread.

The reader service and the sync worker call back on their own threads. Emitting a signal of a
QObject that lives in the GUI thread makes Qt queue the connected slots there, so a widget is only
ever touched by the GUI thread. The composition root translates each service's events into these
plain-value emits; the screens never see the services themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ServiceSignals(QObject):
    #: a card's chip number read from the NFC reader (reader name, chip number)
    card_tapped = Signal(str, str)
    #: a keyboard-wedge scanner delivered a code
    code_scanned = Signal(str)
    #: reader health: ok, Dutch message, Dutch next step
    reader_state = Signal(bool, str, str)
    #: training: the practice cards go through the virtual reader (True) or straight in (False)
    practice_route = Signal(bool)
    #: platform reachability changed
    online_changed = Signal(bool)
    #: outbox length changed, or a sync round finished: ask the counter for its state again
    counter_state_stale = Signal()
    #: events/rewards were refreshed in the store: reload the event choice
    reference_updated = Signal()
    #: the sync worker's picture of things: a balie.ui.port.SyncView
    sync_status = Signal(object)
    #: one delivery round finished: (confirmed, rejected by the platform)
    sync_delivered = Signal(int, int)
    #: the same round in full: a balie.ui.port.SyncResult (F5's answer on screen)
    sync_finished = Signal(object)
    #: a Belgian eID was read: the balie.cardreader.events.EidIdentity (registration form)
    eid_read = Signal(object)
    #: a kansentarief list kept in clear is being hashed (maintenance thread): done, total cards
    kansen_list_progress = Signal(int, int)
