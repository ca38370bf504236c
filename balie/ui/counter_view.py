"""The main screen: choose the event, take the pass, show the price, register the action.

Every counter call goes through the :class:`~balie.ui.worker.Runner` (one worker thread) and comes
back as a signal; while a call is in flight the action buttons are disabled (one guard against a
double sale), and each action carries a fresh idempotency key (the use case's own guard).

Keyboard: F2 sale, F3 check in, F4 reward, F8 cancel the last action; F6 then a digit picks the
event, F7 then a digit the price category (two keystrokes, remembered in the counter's settings).
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from balie.domain import (
    EventInfo,
    IdentificationSource,
    TariffOffer,
    TariffType,
    format_euro,
    new_client_uuid,
    utcnow,
)
from balie.ui.banner import Banner, BannerKind
from balie.ui.dialogs import confirm
from balie.ui.pass_panel import PassPanel, default_offer
from balie.ui.port import (
    ActionOutcome,
    CounterPort,
    HistoryKind,
    HistoryState,
    PassView,
    Refused,
    RewardChoice,
    SettingsPort,
    TodayLine,
    TodayPort,
)
from balie.ui.receipt import ReceiptDialog, SaleReceipt
from balie.ui.reflow import ReflowRow
from balie.ui.rewards_view import RewardsView
from balie.ui.today_strip import TodayStrip
from balie.ui.worker import Runner

SETTING_EVENT = "counter.event_id"
SETTING_PRICE = "counter.price_label"


class CounterView(QWidget):
    """``identified`` fires once a pass is painted (with the seconds since the tap/scan/Enter);
    ``confirmed`` when the platform's answer replaced a view painted from the store (None: it
    could not be asked, the view stays provisional); ``action_done`` after each
    sale/check-in/redeem/cancel, so the status bar can refresh."""

    identified = Signal(object, float)
    confirmed = Signal(object, float)
    action_done = Signal(object)

    def __init__(self, counter: CounterPort, settings: SettingsPort, runner: Runner,
                 parent: QWidget | None = None, *, today: TodayPort | None = None,
                 training: bool = False) -> None:
        super().__init__(parent)
        self._training = training  # its bons say they are practice bons
        self._counter = counter
        self._today = today
        self._tap_sales = 0  # tickets sold since the pass on screen was tapped
        self._acting = False  # a sale, check-in, reward or cancellation is on its way
        self._acted = False  # something was registered for the pass on screen
        self._held_tap: str | None = None  # a card tapped while this customer was served
        self._undoable: bool | None = None  # a last action exists for F8 (None: not asked)
        self._waiting_keys: set[str] = set()  # keys pressed while busy, carried out once idle
        self._pressed: str | None = None  # the key whose work the worker is doing now
        self._identified_for: tuple[str | None, str | None] | None = None  # (event, price)
        self._settings = settings
        self._runner = runner
        # confirmations have their own thread: a sale (F2) never waits behind a round trip
        self.confirm_runner = Runner(self, name="balie-confirm")
        # the strip's reads never make the action keys wait (a key pressed meanwhile counts)
        self.today_runner = Runner(self, name="balie-today")
        self._confirming: PassView | None = None  # the view whose confirmation is awaited
        self._ack_price: PassView | None = None  # price changed: F2 once more to sell on it
        self._sold_on: PassView | None = None  # last view a sale was made on
        self._events: list[EventInfo] = []
        self._pending_choice: str | None = None
        self._no_events_shown = False
        self.rewards_view: RewardsView | None = None  # open while the cashier chooses (F4)
        #: the bon of the last sale (Ctrl+B), its pass number only ever shown masked
        self.last_sale_receipt: SaleReceipt | None = None
        self.receipt_dialog: ReceiptDialog | None = None
        self._build()
        runner.busy_changed.connect(self._busy_changed)
        self._update_buttons()

    # ----------------------------------------------------------------- layout
    def _build(self) -> None:
        self.event_combo = QComboBox(self)
        self.event_combo.setObjectName("eventChoice")
        self.price_combo = QComboBox(self)
        self.price_combo.setObjectName("priceChoice")
        for combo in (self.event_combo, self.price_combo):  # a long name must not widen the window
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.event_combo.currentIndexChanged.connect(self._event_changed)
        self.price_combo.currentIndexChanged.connect(self._price_changed)
        choose = QGridLayout()
        self.event_label = QLabel(self)
        self.price_label = QLabel(self)
        # one line for both choices: a 768-pixel-high screen needs the height for the pass
        choose.addWidget(self.event_label, 0, 0)
        choose.addWidget(self.event_combo, 0, 1)
        choose.addWidget(self.price_label, 0, 2)
        choose.addWidget(self.price_combo, 0, 3)
        choose.setColumnStretch(1, 3)
        choose.setColumnStretch(3, 2)

        self.scan_field = QLineEdit(self)
        self.scan_field.setObjectName("scanField")
        self.scan_field.returnPressed.connect(self._typed)

        self.banner = Banner(self)
        self.pass_panel = PassPanel(self)
        self.pass_panel.offer_chosen.connect(lambda _o: self._update_buttons())

        self.quantity = QSpinBox(self)
        self.quantity.setObjectName("quantity")
        self.quantity.setRange(1, 50)
        self.sell_button = QPushButton(self)
        self.checkin_button = QPushButton(self)
        self.reward_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.retranslate()
        self.sell_button.clicked.connect(self.sell)
        self.checkin_button.clicked.connect(self.check_in)
        self.reward_button.clicked.connect(self.redeem_reward)
        self.cancel_button.clicked.connect(self.cancel_last)
        for button in (self.sell_button, self.checkin_button, self.reward_button,
                       self.cancel_button):
            button.setObjectName("actionKey")
        self.quantity.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.actions_row = ReflowRow((self.quantity, self.sell_button, self.checkin_button,
                                      self.reward_button, self.cancel_button), self)

        layout = QVBoxLayout(self)
        # tight rows: at 1280×720 (150 %) every pixel of height goes to the pass and its notes
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(choose)
        layout.addWidget(self.scan_field)
        layout.addWidget(self.banner)
        layout.addWidget(self.pass_panel, 1)
        self.today_strip = TodayStrip(self)
        self.today_strip.undo_requested.connect(self._undo_line)
        layout.addWidget(self.today_strip)
        layout.addWidget(self.actions_row)
        self.why_label = QLabel(self)  # a greyed key says why, on screen, not only in grey
        self.why_label.setObjectName("whyDisabled")
        self.why_label.setWordWrap(True)
        self.why_label.setVisible(False)
        layout.addWidget(self.why_label)

        for key, slot in ((Qt.Key.Key_F2, self.sell), (Qt.Key.Key_F3, self.check_in),
                          (Qt.Key.Key_F4, self.redeem_reward), (Qt.Key.Key_F8, self.cancel_last),
                          (Qt.Key.Key_F6, lambda: self._start_choice("event")),
                          (Qt.Key.Key_F7, lambda: self._start_choice("price")),
                          ("Ctrl+B", self.show_sale_receipt),
                          (Qt.Key.Key_Escape, self.drop_held_tap)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

    def retranslate(self) -> None:
        """Every fixed text again in the language just installed (live switch, no restart)."""
        self.event_label.setText(self.tr("Activiteit (F6)"))
        self.price_label.setText(self.tr("Prijscategorie (F7)"))
        self.scan_field.setPlaceholderText(self.tr("Tik de pas, scan, of typ het nummer + Enter"))
        self.quantity.setPrefix(self.tr("aantal "))
        self.sell_button.setText(self.tr("F2  Verkopen"))
        self.checkin_button.setText(self.tr("F3  Inchecken"))
        self.reward_button.setText(self.tr("F4  Voordeel"))
        # short, so the five keys stay on one line at 1280 pixels; F1 and the tooltip say more
        self.cancel_button.setText(self.tr("F8  Annuleren"))
        self.cancel_button.setToolTip(self.tr("Laatste actie annuleren"))
        self.pass_panel.retranslate()

    # -------------------------------------------------------------- events
    def load_events(self) -> None:
        """Ask the counter for the organizer's events (off the GUI thread)."""
        self._runner.submit(self._counter.events, self._events_loaded, self._failed)
        self.check_undoable()

    def check_undoable(self) -> None:
        """Is there a last action F8 could cancel? Asked on the strip's thread."""
        def known(description: str | None) -> None:
            self._undoable = description is not None
            self._update_buttons()

        self.today_runner.submit(self._counter.describe_last, known, lambda _exc: None)

    def _events_loaded(self, events: Sequence[EventInfo]) -> None:
        self._events = list(events)
        wanted = self._settings.get(SETTING_EVENT)
        self.event_combo.blockSignals(True)
        self.event_combo.clear()
        for index, event in enumerate(self._events, start=1):
            self.event_combo.addItem(f"{index}. {event.name}", event.id)
        self.event_combo.blockSignals(False)
        if not self._events:
            self.banner.show_message(BannerKind.WARNING, self.tr("Geen activiteiten gevonden."),
                                     self.tr("Synchroniseer (F5) of voeg een activiteit toe."))
            self._no_events_shown = True
            self._update_buttons()
            return
        if self._no_events_shown:  # the events came after all: the warning no longer holds
            self._no_events_shown = False
            if self.banner.kind is BannerKind.WARNING:
                self.banner.clear()
        found = self.event_combo.findData(wanted) if wanted else -1
        self.event_combo.setCurrentIndex(max(found, 0))
        self._event_changed(self.event_combo.currentIndex())

    def current_event(self) -> EventInfo | None:
        index = self.event_combo.currentIndex()
        return self._events[index] if 0 <= index < len(self._events) else None

    def current_price_label(self) -> str | None:
        return self.price_combo.currentData()

    def _event_changed(self, index: int) -> None:
        event = self.current_event()
        if event is None:
            return
        self._settings.set(SETTING_EVENT, event.id)
        wanted = self._settings.get(SETTING_PRICE)
        self.price_combo.blockSignals(True)
        self.price_combo.clear()
        for number, category in enumerate(event.price_categories, start=1):
            self.price_combo.addItem(f"{number}. {category.label}  {format_euro(category.price)}",
                                     category.label)
        self.price_combo.blockSignals(False)
        found = self.price_combo.findData(wanted) if wanted else -1
        self.price_combo.setCurrentIndex(max(found, 0))
        self._price_changed(self.price_combo.currentIndex())

    def _price_changed(self, _index: int) -> None:
        label = self.current_price_label()
        if label:
            self._settings.set(SETTING_PRICE, label)
        view = self.pass_panel.view
        # prices depend on the category: ask again for the same pass, but only when the choice
        # changed: the events reloaded after a sync must not reset this tap (its second F2 asks)
        if view is not None and self._identified_for != self._choice():
            self.identify(view.uitpas_number, IdentificationSource.TYPED)
        self._update_buttons()

    def _choice(self) -> tuple[str | None, str | None]:
        """The event and price category a pass is identified for (the remembered ones while
        the events are not listed yet)."""
        event = self.current_event()
        return (event.id if event else self._settings.get(SETTING_EVENT),
                self.current_price_label() or self._settings.get(SETTING_PRICE))

    def _busy_changed(self, busy: bool) -> None:
        if not busy:
            self._pressed = None
        self._update_buttons()

    def _start_choice(self, what: str) -> None:
        combo = self.event_combo if what == "event" else self.price_combo
        if combo.count() == 0:
            key = "F6" if what == "event" else "F7"
            if self._runner.busy and key not in self._waiting_keys:  # the events still load
                self._waiting_keys.add(key)

                def choose() -> None:
                    self._waiting_keys.discard(key)
                    self._start_choice(what)

                self._runner.when_idle(choose)
            return
        self._pending_choice = what
        app = _app()
        app.installEventFilter(self)
        self.banner.show_message(
            BannerKind.INFO,
            self.tr("Kies de activiteit: typ 1 tot %1") if what == "event"
            else self.tr("Kies de prijscategorie: typ 1 tot %1"),
        )
        self.banner._label.setText(self.banner.text().replace("%1", str(min(combo.count(), 9))))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if self._pending_choice and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            what, self._pending_choice = self._pending_choice, None
            _app().removeEventFilter(self)
            self.banner.clear()
            text = event.text()
            if text.isdigit() and text != "0":
                combo = self.event_combo if what == "event" else self.price_combo
                if int(text) <= combo.count():
                    combo.setCurrentIndex(int(text) - 1)
            return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------ identification
    def _typed(self) -> None:
        text = self.scan_field.text().strip()
        if text:
            self.identify(text, IdentificationSource.TYPED)
        elif self._held_tap is not None:  # Enter on an empty field: the card that waits
            self.take_held_tap()

    def half_done(self) -> bool:
        """The customer on screen is being served: an action is on its way, or the cashier
        changed the quantity or picked another price and has not sold yet."""
        view = self.pass_panel.view
        if view is None:
            return False
        if self._acting:
            return True
        offer = self.pass_panel.selected_offer()
        return not self._acted and (self.quantity.value() > 1 or (
            offer is not None and offer != default_offer(view.offers)))

    def take_held_tap(self) -> None:
        chip, self._held_tap = self._held_tap, None
        if chip is not None:
            self.identify(chip, IdentificationSource.NFC)

    def drop_held_tap(self) -> None:
        if self._held_tap is not None:
            self._held_tap = None
            self.banner.clear()

    def identify_scanned(self, code: str) -> None:
        self.identify(code, IdentificationSource.SCANNER)

    def identify_tapped(self, chip_number: str) -> None:
        """A tap never replaces a customer who is half served: the new card waits (Enter shows
        it, Esc forgets it) and the banner says so."""
        view = self.pass_panel.view
        same = view is not None and view.pass_ is not None and \
            (view.pass_.chip_number or "").upper() == chip_number.upper()
        if not same and self.half_done():
            self._held_tap = chip_number
            if not self._acting:
                self.banner.show_message(BannerKind.WARNING, self.tr(
                    "Er is een andere kaart getikt; deze klant blijft op het scherm."),
                    self._held_hint())
            return
        self.identify(chip_number, IdentificationSource.NFC)

    def _held_hint(self) -> str:
        return self.tr("Enter: de nieuwe kaart tonen. Esc: negeren.")

    def identify(self, identifier: str, source: IdentificationSource) -> None:
        started = time.perf_counter()
        event = self.current_event()
        # just started, events not listed yet: the chosen event of last time (from the store)
        event_id = event.id if event else self._settings.get(SETTING_EVENT)
        price_label = self.current_price_label() or self._settings.get(SETTING_PRICE)
        self.scan_field.clear()
        self._confirming = None
        self._identified_for = self._choice()

        def work() -> PassView:
            return self._counter.identify(identifier, source, event_id=event_id,
                                          price_label=price_label)

        def done(view: PassView) -> None:
            self.banner.clear()
            self._ack_price = None
            self._tap_sales = 0
            self._acted = False
            self.pass_panel.show_view(view)
            self._update_buttons()
            self.repaint()
            self.identified.emit(view, time.perf_counter() - started)
            # after the paint: its store read runs on another thread, which took the interpreter
            # from the paint; and only now is the new pass the one on screen
            self.load_today()
            if view.confirming:
                self._confirm(view, started)
            else:
                self._counter.painted()

        typed = identifier if source is IdentificationSource.TYPED else None
        self._run(work, done, clear_pass_on_refusal=True, keep_typed=typed)

    # --------------------------------------------------------- confirmation
    def _confirm(self, view: PassView, started: float) -> None:
        """Ask the platform in the background; the price on screen stays usable meanwhile."""
        self._confirming = view

        def work() -> PassView | None:
            if self._confirming is not view:
                return None  # another pass was tapped meanwhile: nobody waits for this one
            return self._counter.confirm(view)

        self.confirm_runner.submit(
            work, lambda new: self._confirmed(view, new, started),
            lambda exc: self._confirm_failed(view, exc))

    def recheck_points(self) -> None:
        """The sync confirmed actions: a pass on screen whose points were in doubt (read while
        one of this counter's check-ins or rewards was on its way) is read again in the
        background, which settles them (balie.decide.points)."""
        view = self.pass_panel.view
        if view is None or view.points_certain or view.confirming or self._confirming is not None:
            return
        self._confirm(view, time.perf_counter())

    def _confirmed(self, old: PassView, new: PassView | None, started: float) -> None:
        if self.pass_panel.view is not old or self._confirming is not old:
            return  # replaced by another tap or another price category meanwhile
        self._confirming = None
        if new is None:  # not asked after all (slow or no network): the local decision stands
            stays = dataclasses.replace(old, confirming=False)
            self.pass_panel.settle(stays)
            self.confirmed.emit(None, time.perf_counter() - started)
            self._counter.painted()
            return
        chosen = self.pass_panel.selected_offer()
        changes = self._changes(old, new, chosen)
        self.pass_panel.show_view(new)
        self.pass_panel.keep_offer(self._offer_after(old, new, chosen))
        if changes:
            if self._sold_on is old:
                changes.append(self.tr("De verkoop was al bewaard als voorlopig; UiTPAS kijkt "
                                       "ze na bij het doorsturen."))
            self.banner.show_message(BannerKind.WARNING, " ".join(changes),
                                     self.tr("Druk nog eens F2 om aan de nieuwe prijs te "
                                             "verkopen.") if self._ack_price is new else "")
        self._update_buttons()
        self.repaint()  # on screen now, as the first paint: then ``confirmed`` tells the truth
        self.confirmed.emit(new, time.perf_counter() - started)
        self._counter.painted()

    def _changes(self, old: PassView, new: PassView,
                 chosen: TariffOffer | None) -> list[str]:
        """What the platform's answer changed, in the cashier's words. A changed price must be
        acknowledged (a second F2) before it is sold."""
        changes: list[str] = []
        old_status = old.pass_.social_tariff_status if old.pass_ else None
        new_status = new.pass_.social_tariff_status if new.pass_ else None
        if old.pass_ is not None and new.pass_ is not None and (
                old_status is not new_status
                or old.pass_.card_status is not new.pass_.card_status):
            changes.append(self.tr("Status gewijzigd volgens UiTPAS."))
        before = chosen or default_offer(old.offers)
        after = self._offer_after(old, new, chosen)
        if before is not None and after is not None and before.price != after.price:
            changes.append(self.tr("Prijs gewijzigd: %1 wordt %2.")
                           .replace("%1", format_euro(before.price))
                           .replace("%2", format_euro(after.price)))
            self._ack_price = new
        return changes

    @staticmethod
    def _offer_after(old: PassView, new: PassView,
                     chosen: TariffOffer | None) -> TariffOffer | None:
        """The offer chosen once the platform's answer is painted: the same tariff when the
        cashier picked one, else the new default (a kansentarief that appeared is chosen)."""
        if chosen is not None and chosen != default_offer(old.offers):
            same = next((o for o in new.offers if o.type is chosen.type and o.id == chosen.id),
                        None)
            if same is not None:
                return same
        return default_offer(new.offers)

    def _confirm_failed(self, old: PassView, exc: BaseException) -> None:
        """The platform refuses the card after all (blocked, replaced): say so before a sale."""
        if self.pass_panel.view is not old or self._confirming is not old:
            return
        self._counter.painted()
        self._confirming = None
        if isinstance(exc, Refused):
            if exc.holder is not None:
                self.pass_panel.show_refused_holder(exc.holder)
            else:
                self.pass_panel.clear()
            self._failed(exc)
            self.confirmed.emit(None, 0.0)
            return
        stays = dataclasses.replace(old, confirming=False)
        self.pass_panel.settle(stays)
        self.confirmed.emit(None, 0.0)

    # ------------------------------------------------------------- actions
    def _action_allowed(self) -> bool:
        return not self._runner.busy and self.pass_panel.view is not None

    def _update_buttons(self) -> None:
        view = self.pass_panel.view
        idle = not self._runner.busy
        individual = view is not None and not view.is_group
        offer = self.pass_panel.selected_offer()
        sellable = (idle and view is not None and offer is not None
                    and self.current_event() is not None)
        # the regular price is never registered with UiTPAS: nothing to sell through balie
        self.sell_button.setEnabled(sellable and offer is not None
                                    and offer.type is not TariffType.REGULAR)
        self.quantity.setEnabled(self.sell_button.isEnabled())
        if offer is not None and offer.remaining:
            self.quantity.setMaximum(max(1, offer.remaining))
        else:
            self.quantity.setMaximum(50)
        self.checkin_button.setEnabled(idle and individual and view is not None
                                       and view.can_check_in and self.current_event() is not None)
        self.reward_button.setEnabled(idle and individual)
        # F8 greyed when there is nothing to undo (None: not known yet, stays usable)
        self.cancel_button.setEnabled(idle and self._undoable is not False)
        reasons = self.disabled_reasons() if idle else {}
        self.why_label.setText("\n".join(reasons.values()))
        self.why_label.setVisible(bool(reasons))

    def disabled_reasons(self) -> dict[str, str]:
        """Why each greyed key is greyed, in one short line the cashier can act on; keyed by
        "F2"/"F3"/"F4". Nothing while no pass is on screen (the panel says what to do)."""
        view = self.pass_panel.view
        if view is None:
            return {}
        offer = self.pass_panel.selected_offer()
        reasons: dict[str, str] = {}
        if self.current_event() is None:
            reasons["F2"] = self.tr("F2/F3: kies eerst een activiteit (F6).")
        elif offer is not None and offer.type is TariffType.REGULAR:
            reasons["F2"] = self.tr("F2 niet nodig: gewone prijs, reken %1 af aan de kassa.") \
                .replace("%1", format_euro(offer.price))
        if view.is_group:
            reasons["F3"] = self.tr("F3/F4: niet voor een groepspas.")
        elif not view.can_check_in and self.current_event() is not None:
            reasons["F3"] = self.tr("F3: inchecken kan niet voor deze activiteit.")
        return reasons

    def sell(self, *, asked: bool = False) -> None:
        if self._later("F2", lambda: self.sell(asked=asked)):
            return
        view, offer, event = self.pass_panel.view, self.pass_panel.selected_offer(), \
            self.current_event()
        if not self.sell_button.isEnabled() or view is None or offer is None or event is None:
            self._say_why("F2")
            return
        if self._ack_price is view:  # the price just changed: this F2 acknowledges it
            self._ack_price = None
            self.banner.show_message(
                BannerKind.INFO, self.tr("Nieuwe prijs: %1. Druk F2 om te verkopen.")
                .replace("%1", format_euro(offer.price)))
            return
        quantity, label, key = self.quantity.value(), self.current_price_label() or "", new_client_uuid()
        if self._tap_sales and not asked:
            # asked once the key press is handled: no modal loop inside a shortcut's slot
            QTimer.singleShot(0, lambda: self._another_sale(view, quantity))
            return
        self._sold_on = view
        self._pressed = "F2"
        today = self._today

        def work() -> tuple[ActionOutcome, Sequence[TodayLine]]:
            outcome = self._counter.sell(view, offer, event_id=event.id, price_label=label,
                                         quantity=quantity, idempotency_key=key)
            lines = today.today(view.uitpas_number) if today is not None and \
                not outcome.refused else ()
            return outcome, lines

        def finished(result: tuple[ActionOutcome, Sequence[TodayLine]]) -> None:
            outcome, lines = result
            if not outcome.refused:
                self.last_sale_receipt = SaleReceipt(
                    view.uitpas_number, event.name, quantity, offer.price, utcnow(),
                    provisional=outcome.provisional, practice=self._training)
            self._sold(outcome, lines, quantity)

        self._run(work, finished, acting=True)

    def show_sale_receipt(self) -> None:
        """Ctrl+B: the bon of the last sale, to print or save (the number masked on it)."""
        if self.last_sale_receipt is None:
            self.banner.show_message(BannerKind.INFO, self.tr("Er is nog geen verkoop om een "
                                                              "bon van te maken."))
            return
        self.receipt_dialog = ReceiptDialog(self.last_sale_receipt, self)
        self.receipt_dialog.open()

    def _say_why(self, key: str) -> None:
        """A greyed key pressed anyway: its reason in the banner (a key pressed while busy
        waits in :meth:`_later` and never gets here)."""
        reason = self.disabled_reasons().get(key)
        if not reason and self.pass_panel.view is None:
            reason = self.tr("Eerst een klant: tik de pas, scan of typ het nummer.")
        if reason:
            self.banner.show_message(BannerKind.INFO, reason)

    def _later(self, key: str, action: Callable[[], None]) -> bool:
        """While the counter's worker is busy (an action on its way, the events reloaded after
        a sync, a look-up), a key is not dropped: it waits and is carried out once the worker is
        idle, and the banner says so. Only for the customer it was pressed for: when another
        pass (or a first one) is on screen by then, nothing happens and the banner says why (a
        price the cashier has not seen is never sold). True: it waits."""
        if not self._runner.busy:
            return False
        # pressed again while its own work runs (a double press), or twice while waiting (a
        # repeating key): one action, whose answer follows; a second sale is asked after it
        if key == self._pressed or key in self._waiting_keys:
            return True
        self._waiting_keys.add(key)
        view = self.pass_panel.view
        number = view.uitpas_number if view is not None else None

        def run() -> None:
            self._waiting_keys.discard(key)
            shown = self.pass_panel.view
            if (shown.uitpas_number if shown is not None else None) != number:
                self._not_done(key)
                return
            action()

        self._runner.when_idle(run)
        self.banner.show_message(BannerKind.INFO, self.tr(
            "Even geduld: %1 volgt zodra het vorige klaar is.").replace("%1", key))
        return True

    def _not_done(self, key: str) -> None:
        """A key that waited (or a "Ja") no longer fits what the screen shows: said, never
        dropped without a word."""
        self.banner.show_message(
            BannerKind.WARNING, self.tr("%1 niet uitgevoerd: intussen staat er een "
                                        "andere klant op het scherm.").replace("%1", key),
            self.tr("Druk opnieuw %1 als het voor deze klant is.").replace("%1", key))

    def _another_sale(self, view: PassView, quantity: int) -> None:
        """A second F2 on the same tap is asked, never silently sold twice."""
        question = self.tr("Deze klant kreeg op deze tap al %n ticket(s).", "", self._tap_sales) \
            + "\n" + self.tr("Nog %n ticket(s) verkopen?", "", quantity)
        answer = confirm(self, self.tr("Nog een verkoop?"), question)
        self._back_to_scanning()
        # the same customer, even when the platform's answer repainted their view meanwhile
        # (then sell() decides on the repainted one: a changed price still needs its own F2)
        shown = self.pass_panel.view
        if not answer:
            return
        if shown is not None and shown.uitpas_number == view.uitpas_number \
                and self.quantity.value() == quantity:
            self.sell(asked=True)  # waits for the worker when it is busy (never dropped)
        else:  # a "Ja" is never lost without a word
            self._not_done("F2")

    def _sold(self, outcome: ActionOutcome, lines: Sequence[TodayLine], quantity: int) -> None:
        """The sale's banner also says which ticket of today this is for the customer, so a
        double sale cannot pass for a single one."""
        extra = ""
        if not outcome.refused:
            self._tap_sales += quantity
            total = sum(line.count for line in lines if line.kind is HistoryKind.SALE
                        and line.state is not HistoryState.CANCELLED)
            if total:
                first = max(total - quantity + 1, 1)
                extra = (self.tr("Ticket %1 van vandaag voor deze klant.") if first == total
                         else self.tr("Tickets %1 tot %2 van vandaag voor deze klant.")
                         .replace("%2", str(total))).replace("%1", str(first))
        self._action_finished(outcome, extra)

    def check_in(self) -> None:
        if self._later("F3", self.check_in):
            return
        view, event = self.pass_panel.view, self.current_event()
        if not self.checkin_button.isEnabled() or view is None or event is None:
            self._say_why("F3")
            return
        key, self._pressed = new_client_uuid(), "F3"
        self._run(lambda: self._counter.check_in(view, event_id=event.id, idempotency_key=key),
                  self._action_finished, acting=True)

    def redeem_reward(self) -> None:
        if self._later("F4", self.redeem_reward):
            return
        view = self.pass_panel.view
        if not self.reward_button.isEnabled() or view is None:
            self._say_why("F3" if view is not None and view.is_group else "F4")
            return
        if not view.rewards:
            self.banner.show_message(BannerKind.INFO,
                                     self.tr("Geen voordelen beschikbaar voor deze pas."))
            return
        self._pressed = "F4"
        self._run(lambda: self._counter.reward_options(view),
                  lambda choice: self._choose_reward(view, choice))

    def _choose_reward(self, view: PassView, choice: RewardChoice) -> None:
        """F4's screen: each reward with whether (and why not) it can be had now; the view
        stays the same pass even if another was tapped meanwhile (the screen was for this one)."""
        self._update_buttons()
        current = self.pass_panel.view
        if current is None or current.uitpas_number != view.uitpas_number:
            return  # another pass was identified while the rewards were judged
        # the same pass may have been repainted meanwhile (the platform's confirmation of the
        # tap arrives as a new view): that is still this customer, so F4 opens its screen
        view = current
        who = view.pass_.first_name if view.pass_ else view.uitpas_number
        self.rewards_view = RewardsView(choice, who, self)
        accepted = self.rewards_view.exec() == QDialog.DialogCode.Accepted
        reward = self.rewards_view.chosen()
        self.rewards_view.deleteLater()
        self.rewards_view = None
        self._back_to_scanning()
        if not accepted or reward is None:
            return
        key = new_client_uuid()
        self._run(lambda: self._counter.redeem_reward(view, reward, idempotency_key=key),
                  self._action_finished, acting=True)

    def cancel_last(self) -> None:
        if self._later("F8", self.cancel_last):
            return
        if not self.cancel_button.isEnabled():
            self.banner.show_message(BannerKind.INFO, self.tr("Er is geen actie om te annuleren."))
            return
        today, self._pressed = self._today, "F8"

        def work() -> tuple[str | None, int]:
            return (self._counter.describe_last(),
                    today.last_refund() if today is not None else 0)

        self._runner.submit(work, lambda found: self._confirm_cancel(*found), self._failed)

    def _confirm_cancel(self, description: str | None, refund: int = 0) -> None:
        if description is None:
            self.banner.show_message(BannerKind.INFO, self.tr("Er is geen actie om te annuleren."))
            return
        question = self.tr("Deze actie annuleren?\n%1").replace("%1", description)
        answer = confirm(self, self.tr("Laatste actie annuleren"), question)
        self._back_to_scanning()
        if not answer:
            return
        key = new_client_uuid()
        self._run(lambda: self._counter.cancel_last(idempotency_key=key),
                  lambda outcome: self._cancelled(outcome, refund), acting=True)

    def _cancelled(self, outcome: ActionOutcome, refund: int) -> None:
        """After undoing a sale the amount on screen is what goes back, not what was paid."""
        if outcome.refused or not refund:
            self._action_finished(outcome)
            return
        back = self.tr("Terug te geven: %1").replace("%1", format_euro(refund))
        self.pass_panel.show_refund(back)
        self._action_finished(outcome, back + ".")

    def load_today(self) -> None:
        """The "Deze klant vandaag" strip for the pass on screen (from the store, off the GUI
        thread); hidden without a pass."""
        view, today = self.pass_panel.view, self._today
        if view is None or today is None:
            self.today_strip.show_lines(())
            return
        number = view.uitpas_number

        def shown(lines: Sequence[TodayLine]) -> None:
            current = self.pass_panel.view
            if current is not None and current.uitpas_number == number:
                self.today_strip.show_lines(lines)

        self.today_runner.submit(lambda: today.today(number), shown, lambda _exc: None)

    def _undo_line(self, line: TodayLine) -> None:
        """One line of the strip undone, after a Ja/Nee; a sale says what to give back."""
        today = self._today
        if today is None or self._later("F8", lambda: self._undo_line(line)):
            return
        question = self.tr("Deze actie annuleren?\n%1").replace(
            "%1", self.today_strip.describe(line))
        answer = confirm(self, self.tr("Annuleren"), question)
        self._back_to_scanning()
        if not answer:
            return
        key, self._pressed = new_client_uuid(), "F8"
        refund = line.amount_cents if line.kind is HistoryKind.SALE else 0
        self._run(lambda: today.cancel(line.client_uuid, idempotency_key=key),
                  lambda outcome: self._cancelled(outcome, refund), acting=True)

    def _action_finished(self, outcome: ActionOutcome, extra: str = "") -> None:
        self._acting = False
        self.load_today()
        self.check_undoable()
        held = "\n" + self.tr("Er wacht een nieuwe kaart.") + " " + self._held_hint() \
            if self._held_tap is not None else ""
        if outcome.refused and outcome.problem is not None:
            self.banner.show_message(BannerKind.REFUSED, outcome.problem.message,
                                     outcome.problem.next_step + held)
        else:
            self._acted = True
            self._undoable = True  # at once: F8 right after a sale must not wait for the check
            text = outcome.message + (" " + extra if extra else "") + held
            if outcome.provisional:
                text += "\n" + self.tr("Bewaard zonder verbinding: wordt verstuurd zodra "
                                       "de verbinding terug is.")
            self.banner.show_message(BannerKind.OK, text)
            if outcome.points is not None:
                self.pass_panel.update_points(outcome.points)
        self._update_buttons()
        self.action_done.emit(outcome)
        self._back_to_scanning()

    def _back_to_scanning(self) -> None:
        """After a dialog: the window (and its function keys) and the scan field get focus back."""
        self.window().activateWindow()
        self.scan_field.setFocus()

    # -------------------------------------------------------------- plumbing
    def _run(self, work: Callable[[], Any], done: Callable[[Any], None], *,
             clear_pass_on_refusal: bool = False, keep_typed: str | None = None,
             acting: bool = False) -> None:
        """``keep_typed``: a typed number that is refused comes back in the scan field,
        selected, so a cashier corrects one digit instead of typing 13 again (the banner says
        which check failed)."""
        def failed(exc: BaseException) -> None:
            if acting:
                self._acting = False
            if clear_pass_on_refusal:  # a tap refused: nothing more will be painted for it
                self._counter.painted()
                known = exc.holder if isinstance(exc, Refused) else None
                if known is not None:
                    self.pass_panel.show_refused_holder(known)
                else:
                    self.pass_panel.clear()
            self._failed(exc)
            digits = (keep_typed or "").replace(" ", "")
            if isinstance(exc, Refused) and digits.isdigit() and len(digits) not in (11, 13):
                self.banner.show_message(
                    BannerKind.REFUSED, exc.problem.message + "\n" + self.tr(
                        "Je typte %n cijfer(s); een UiTPAS-nummer heeft er 13.", "", len(digits)),
                    exc.problem.next_step)
            if keep_typed and not self.scan_field.text():
                self.scan_field.setText(keep_typed)
                self.scan_field.selectAll()
                self.scan_field.setFocus()

        if acting:
            self._acting = True
        self._update_buttons()
        self._runner.submit(work, done, failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Refused):
            self.banner.show_message(BannerKind.REFUSED, exc.problem.message,
                                     exc.problem.next_step)
        else:
            self.banner.show_message(
                BannerKind.REFUSED,
                self.tr("Er ging iets mis; er is niets geregistreerd."),
                self.tr("Probeer opnieuw. Blijft het misgaan, maak dan een supportbundel."))
        self._update_buttons()


def _app() -> QObject:
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    assert app is not None
    return app

