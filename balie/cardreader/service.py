"""The reader service: one thread that follows PC/SC and turns card movements into events.

It waits in ``SCardGetStatusChange`` on every useful reader plus the PnP pseudo-reader, so reader
hot-plug and card insert/remove wake it without polling. A card yields one event per placement:
a card left on the reader does not fire again; a new placement does, even when remove and insert
fell between two status calls (the reader's event counter tells). When the PC/SC service dies
(Windows stops it with the last reader; pcscd stopped), the supervisor loop drops the context,
reports SERVICE_NOT_RUNNING, and keeps trying to establish a new one, so the reader comes back
without restarting the app.

Callbacks run on the service thread; the GUI marshals them onto its own thread.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from smartcard import scard

from balie.cardreader import pcsc
from balie.cardreader.events import CardRemoved, ReaderEvent, ReaderState, ReaderStateKind
from balie.cardreader.identify import identify
from balie.cardreader.pcsc import CardLinkError, ContextLost
from balie.cardreader.readers import ReaderConfig, ReaderRole, assign_roles
from balie.threads import assert_not_gui_thread

log = logging.getLogger(__name__)

# After a card error, how long to wait for PC/SC to confirm the card left (pcscd polls a vpcd
# reader every 400 ms; give it two polls and some slack on a busy machine).
REMOVAL_CONFIRM_S = 1.0


@dataclass
class _Slot:
    """What the service remembers about one reader between status calls."""

    role: ReaderRole
    state: int = pcsc.STATE_UNAWARE
    present: bool = False
    counter: int = -1
    pending: bool = False  # a card lies on the reader and still has to be read (e.g. reader busy)
    busy_reported: bool = False


class ReaderService:
    """Watches the PC/SC readers on its own thread and calls ``on_event`` for every event."""

    def __init__(self, config: ReaderConfig, on_event: Callable[[ReaderEvent], None]) -> None:
        self.config = config
        self._on_event = on_event
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._context: int | None = None
        self._readers: dict[str, ReaderRole] = {}
        self._state: ReaderState | None = None
        self._pnp_state = pcsc.STATE_UNAWARE

    @property
    def readers(self) -> dict[str, ReaderRole]:
        """The readers in use now, by name, with their role (ignored slots left out)."""
        return dict(self._readers)

    @property
    def state(self) -> ReaderState | None:
        """The last overall state (READY, NO_READER, SERVICE_NOT_RUNNING), None before the first."""
        return self._state

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="balie-reader", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 3.0) -> None:
        self._stop.set()
        context = self._context
        if context is not None:
            scard.SCardCancel(context)
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    # -- supervisor -----------------------------------------------------------------------------

    def _run(self) -> None:
        assert_not_gui_thread("reader watch loop")  # blocks in SCardGetStatusChange
        while not self._stop.is_set():
            try:
                context = pcsc.establish()
            except ContextLost:
                self._set_state(ReaderStateKind.SERVICE_NOT_RUNNING)
                self._stop.wait(self.config.retry_ms / 1000)
                continue
            self._context = context
            slots: dict[str, _Slot] = {}
            try:
                self._watch(context, slots)
            except ContextLost as exc:
                log.info("PC/SC context lost (%s); re-establishing", exc)
                self._forget(slots)
                self._set_state(ReaderStateKind.SERVICE_NOT_RUNNING)
                self._stop.wait(self.config.retry_ms / 1000)
            except Exception:  # the reader thread must survive anything
                log.exception("reader service error; restarting the PC/SC context")
                self._forget(slots)
                self._set_state(ReaderStateKind.READER_ERROR)
                self._stop.wait(self.config.retry_ms / 1000)
            finally:
                self._context = None
                pcsc.release(context)

    def _watch(self, context: int, slots: dict[str, _Slot]) -> None:
        self._pnp_state = pcsc.STATE_UNAWARE
        self._refresh(context, slots)
        while not self._stop.is_set():
            names = list(slots)
            query = [(name, slots[name].state) for name in names] + [(pcsc.PNP_READER, self._pnp_state)]
            hresult, results = scard.SCardGetStatusChange(context, self.config.poll_ms, query)
            rc = pcsc.code(hresult)
            if self._stop.is_set() or rc in (pcsc.E_TIMEOUT, pcsc.E_CANCELLED):
                continue
            if rc in pcsc.CONTEXT_LOST:
                raise ContextLost(f"status 0x{rc:08X}")
            if rc != pcsc.S_SUCCESS:
                log.warning("SCardGetStatusChange failed 0x%08X; listing readers again", rc)
                self._stop.wait(self.config.retry_ms / 1000)
                self._refresh(context, slots)
                continue
            seen_at = time.monotonic()
            relist = False
            for name, event, atr in results:
                if name == pcsc.PNP_READER:
                    relist |= bool(event & pcsc.STATE_CHANGED)
                    self._pnp_state = event & ~pcsc.STATE_CHANGED
                elif event & pcsc.STATE_UNAVAILABLE:
                    relist = True
                else:
                    slots[name].state = event & ~pcsc.STATE_CHANGED
                    self._follow_card(context, name, slots[name], event, bytes(atr), seen_at)
            if relist:
                self._refresh(context, slots)

    def _refresh(self, context: int, slots: dict[str, _Slot]) -> None:
        roles = assign_roles(pcsc.list_readers(context), self.config)
        for gone in [name for name in slots if name not in roles]:
            if slots.pop(gone).present:
                self._emit(CardRemoved(gone))
        for name, role in roles.items():
            slots.setdefault(name, _Slot(role))
        if roles != self._readers:
            log.info("readers in use: %s", {name: str(role) for name, role in roles.items()})
        self._readers = roles
        self._set_state(ReaderStateKind.READY if roles else ReaderStateKind.NO_READER)

    # -- cards ----------------------------------------------------------------------------------

    def _follow_card(self, context: int, name: str, slot: _Slot, event: int, atr: bytes, seen_at: float) -> None:
        counter = (event >> 16) & 0xFFFF
        if event & pcsc.STATE_PRESENT:
            if not slot.present or counter != slot.counter:
                if slot.present:
                    self._emit(CardRemoved(name))  # swapped between two status calls
                slot.present, slot.counter, slot.pending, slot.busy_reported = True, counter, True, False
                if event & pcsc.STATE_MUTE:
                    slot.pending = False
                    self._emit(ReaderState.of(ReaderStateKind.CARD_UNREADABLE, name))
            if slot.pending:
                slot.pending = self._read(context, name, slot, atr, seen_at)
        else:
            if slot.present:
                self._emit(CardRemoved(name))
            slot.present, slot.counter, slot.pending = False, counter, False

    def _read(self, context: int, name: str, slot: _Slot, atr: bytes, seen_at: float) -> bool:
        """Read the card and emit its event. True means: try again at the next state change."""
        try:
            with pcsc.connect(context, name) as link:
                self._emit(identify(link.transmit, name, slot.role, atr, seen_at, self.config.read_photo))
            return False
        except CardLinkError as exc:
            log.info("card on a %s reader: %s", slot.role, exc)
            if exc.kind is ReaderStateKind.READER_BUSY:
                if not slot.busy_reported:
                    slot.busy_reported = True
                    self._emit(ReaderState.of(exc.kind, name))
                return True
            kind = exc.kind
            if kind is ReaderStateKind.CARD_REMOVED_TOO_EARLY and not self._card_left(context, name):
                kind = ReaderStateKind.CARD_UNREADABLE
            self._emit(ReaderState.of(kind, name))
            return False

    def _card_left(self, context: int, name: str) -> bool:
        """Did the card really leave? A failed exchange with a card still there is a bad card."""
        try:
            return pcsc.wait_for_card(name, present=False, timeout=REMOVAL_CONFIRM_S, context=context)
        except ContextLost:
            return True

    def _forget(self, slots: dict[str, _Slot]) -> None:
        for name, slot in slots.items():
            if slot.present:
                self._emit(CardRemoved(name))
        slots.clear()
        self._readers = {}

    # -- output ---------------------------------------------------------------------------------

    def _set_state(self, kind: ReaderStateKind) -> None:
        if self._state is not None and self._state.kind is kind:
            return
        self._state = ReaderState.of(kind)
        self._emit(self._state)

    def _emit(self, event: ReaderEvent) -> None:
        try:
            self._on_event(event)
        except Exception:  # a broken listener must not stop the reader
            log.exception("reader event listener failed")
