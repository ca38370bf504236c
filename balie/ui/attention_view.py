"""'Te behandelen': what UiTPAS refused from the queue, and a person's decision on each.

A refusal found by the sync worker happens after the customer left: the cashier (or the
coordinator at the end of the day) needs to see what it was, the platform's own words (verbatim:
they are written for end users), and whether money is at stake — a sale at kansentarief that the
platform refuses may not be reimbursed to the organizer, so that is flagged in red. Each decision
(send again with corrections, cancel, mark handled with a note) asks for confirmation and is
audited by the store.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from balie.domain import BRUSSELS, ActionKind, EventInfo, format_euro
from balie.ui.dialogs import confirm
from balie.ui.port import PRICE_DIFFERENCE_KIND, AttentionItem, AttentionPort
from balie.ui.worker import Runner


class AttentionView(QDialog):
    """``changed`` after each decision (the status bar recounts; a resend wakes the worker)."""

    changed = Signal()
    resent = Signal()

    def __init__(self, port: AttentionPort, runner: Runner, parent: QWidget | None = None,
                 *, ask: Callable[[QWidget, str, str], bool] = confirm) -> None:
        super().__init__(parent)
        self._port = port
        self._runner = runner
        self._ask = ask
        self._items: list[AttentionItem] = []
        self._events: list[EventInfo] = []
        self.setObjectName("attentionView")
        self.resize(1100, 720)
        self._build()
        self.retranslate()

    # ----------------------------------------------------------------- layout
    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setObjectName("title")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("attentionList")
        # a long entry wraps onto a second line; a horizontal scrollbar would cut it in half
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.currentRowChanged.connect(self._show_item)
        self.empty = QLabel(self)
        self.empty.setObjectName("detail")

        self.platform_message = QLabel(self)
        self.platform_message.setObjectName("platformMessage")
        self.platform_message.setWordWrap(True)
        self.kansen_warning = QLabel(self)
        self.kansen_warning.setObjectName("kansenRefused")
        self.kansen_warning.setWordWrap(True)
        self.facts = QLabel(self)
        self.facts.setObjectName("detail")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.event_combo = QComboBox(self)
        self.event_combo.setObjectName("fixEvent")
        self.event_combo.currentIndexChanged.connect(self._fill_prices)
        self.price_combo = QComboBox(self)
        self.price_combo.setObjectName("fixPrice")
        self.quantity = QSpinBox(self)
        self.quantity.setRange(1, 50)
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.form = QFormLayout()
        self.event_label, self.price_label, self.quantity_label, self.note_label = (
            QLabel(self), QLabel(self), QLabel(self), QLabel(self))
        self.event_label.setBuddy(self.event_combo)
        self.price_label.setBuddy(self.price_combo)
        self.quantity_label.setBuddy(self.quantity)
        self.note_label.setBuddy(self.note)
        self.form.addRow(self.event_label, self.event_combo)
        self.form.addRow(self.price_label, self.price_combo)
        self.form.addRow(self.quantity_label, self.quantity)
        self.form.addRow(self.note_label, self.note)

        self.resend_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.handled_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.resend_button.clicked.connect(self.resend)
        self.cancel_button.clicked.connect(self.cancel_entry)
        self.handled_button.clicked.connect(self.mark_handled)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (self.resend_button, self.cancel_button, self.handled_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        detail = QVBoxLayout()
        detail.addWidget(self.platform_message)
        detail.addWidget(self.kansen_warning)
        detail.addWidget(self.facts)
        detail.addLayout(self.form)
        detail.addStretch(1)
        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.empty)
        body.addLayout(left, 2)
        body.addLayout(detail, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Te behandelen"))
        self.title.setText(self.tr("Te behandelen"))
        self.intro.setText(self.tr(
            "Deze acties weigerde UiTPAS na de verkoop. Kies per actie: verbeteren en "
            "opnieuw versturen, annuleren, of als afgehandeld markeren met een notitie."))
        self.empty.setText(self.tr("Niets te behandelen."))
        # Alt+A is "Annuleren": one letter, one key (tests/ui/test_attention_keys.py)
        self.event_label.setText(self.tr("Acti&viteit"))
        self.price_label.setText(self.tr("&Prijscategorie"))
        self.quantity_label.setText(self.tr("Aan&tal"))
        self.note_label.setText(self.tr("&Notitie"))
        self.note.setPlaceholderText(self.tr("Wat is er gebeurd of gedaan?"))
        self.resend_button.setText(self.tr("&Opnieuw versturen"))
        self.cancel_button.setText(self.tr("&Annuleren (niet registreren)"))
        self.handled_button.setText(self.tr("Afge&handeld"))
        self.close_button.setText(self.tr("Sl&uiten"))
        self._show_item(self.list.currentRow())

    # ----------------------------------------------------------------- data
    def reload(self) -> None:
        """Ask for the items (off the GUI thread) and paint them."""
        port = self._port

        def load() -> tuple[Sequence[AttentionItem], Sequence[EventInfo]]:
            return port.attention_items(), port.events()

        self._runner.submit(load, self._loaded, lambda _exc: None)

    def _loaded(self, answer: tuple[Sequence[AttentionItem], Sequence[EventInfo]]) -> None:
        items, events = answer
        self._items, self._events = list(items), list(events)
        self.list.clear()
        for item in self._items:
            when = item.created_at.astimezone(BRUSSELS).strftime("%d/%m %H:%M")
            row = QListWidgetItem(f"{when}  {item.summary}", self.list)
            if item.kansentarief_refused:
                row.setForeground(Qt.GlobalColor.darkRed)
        self.empty.setVisible(not self._items)
        if self._items:
            self.list.setCurrentRow(0)
            self.list.setFocus()
        else:
            self._show_item(-1)

    def current(self) -> AttentionItem | None:
        row = self.list.currentRow()
        return self._items[row] if 0 <= row < len(self._items) else None

    def _kind_name(self, kind: str) -> str:
        return {
            ActionKind.TICKET_SALE.value: self.tr("Ticketverkoop"),
            ActionKind.CHECKIN.value: self.tr("Check-in"),
            ActionKind.REWARD_REDEEM.value: self.tr("Voordeel omruilen"),
            ActionKind.PASSHOLDER_REGISTER.value: self.tr("Nieuwe pashouder"),
            PRICE_DIFFERENCE_KIND: self.tr("Prijsverschil na synchronisatie"),
        }.get(kind, self.tr("Annulering of wijziging"))

    def _show_item(self, _row: int) -> None:
        item = self.current()
        for widget in (self.resend_button, self.cancel_button, self.handled_button):
            widget.setEnabled(item is not None)
        if item is not None and item.kind == PRICE_DIFFERENCE_KIND:  # only settling applies
            self.resend_button.setEnabled(False)
            self.cancel_button.setEnabled(False)
        if item is None:
            self.platform_message.setText("")
            self.platform_message.setVisible(False)
            self.kansen_warning.setVisible(False)
            self.facts.setText("")
            self.event_combo.setEnabled(False)
            self.price_combo.setEnabled(False)
            self.quantity.setEnabled(False)
            return
        self.platform_message.setVisible(True)
        self.platform_message.setText(
            item.platform_message or self.tr("UiTPAS gaf geen uitleg. Details: %1").replace(
                "%1", item.detail or "-"))
        self.kansen_warning.setText(self.tr(
            "Kansentarief al gegeven: de organisator wordt mogelijk niet terugbetaald."))
        self.kansen_warning.setVisible(item.kansentarief_refused)
        lines = [
            self.tr("Soort: %1").replace("%1", self._kind_name(item.kind)),
            self.tr("Wat: %1").replace("%1", item.summary),
            self.tr("Pas: %1").replace("%1", item.uitpas_number or "-"),
        ]
        if item.event_name:  # a reward or a new holder has none: no "Evenement: -"
            lines.append(self.tr("Activiteit: %1").replace("%1", item.event_name))
        if item.tariff_name:
            lines.append(self.tr("Tarief: %1").replace("%1", item.tariff_name))
        if item.amount_cents is not None:
            lines.append(self.tr("Bedrag: %1").replace("%1", format_euro(item.amount_cents)))
        lines.append(self.tr("Wanneer: %1").replace(
            "%1", item.created_at.astimezone(BRUSSELS).strftime("%d/%m/%Y %H:%M")))
        lines.append(self.tr("Kassier: %1").replace("%1", item.operator_name))
        self.facts.setText("\n".join(lines))
        self._fill_events(item)

    def _fill_events(self, item: AttentionItem) -> None:
        fixable = item.kind in (ActionKind.TICKET_SALE.value, ActionKind.CHECKIN.value)
        self.event_combo.blockSignals(True)
        self.event_combo.clear()
        for event in self._events:
            self.event_combo.addItem(event.name, event.id)
        if item.event_id and self.event_combo.findData(item.event_id) < 0:
            self.event_combo.addItem(item.event_name or item.event_id, item.event_id)
        self.event_combo.setCurrentIndex(max(0, self.event_combo.findData(item.event_id)))
        self.event_combo.blockSignals(False)
        self.event_combo.setEnabled(fixable)
        self._fill_prices()
        sale = item.kind == ActionKind.TICKET_SALE.value
        self.price_combo.setEnabled(sale)
        self.quantity.setEnabled(sale)
        self.quantity.setValue(item.quantity)
        # only the fields that apply: a check-in has no price category nor quantity, a reward
        # or a new holder no activity to choose
        self.form.setRowVisible(self.event_combo, fixable)
        self.form.setRowVisible(self.price_combo, sale)
        self.form.setRowVisible(self.quantity, sale)

    def _fill_prices(self, _index: int = 0) -> None:
        item = self.current()
        event = next((e for e in self._events if e.id == self.event_combo.currentData()), None)
        self.price_combo.clear()
        if event is not None:
            for category in event.price_categories:
                self.price_combo.addItem(f"{category.label}  {format_euro(category.price)}",
                                         category.label)
        if item is not None and item.price_label:
            self.price_combo.setCurrentIndex(max(0, self.price_combo.findData(item.price_label)))

    # ----------------------------------------------------------------- decisions
    def _decide(self, title: str, question: str, work: Callable[[AttentionItem, str], bool],
                *, note_required: bool, after: Callable[[], None] | None = None) -> None:
        item = self.current()
        if item is None:
            return
        note = self.note.text().strip()
        if note_required and not note:
            self.note.setFocus()
            self.note.setPlaceholderText(self.tr("Schrijf eerst een notitie: wat is er gedaan?"))
            return
        if not self._ask(self, title, question.replace("%1", item.summary)):
            return

        def done(ok: bool) -> None:
            self.note.clear()
            self.changed.emit()
            if ok and after is not None:
                after()
            self.reload()

        self._runner.submit(lambda: work(item, note), done, lambda _exc: self.reload())

    def resend(self) -> None:
        item = self.current()
        if item is None:
            return
        event_id = self.event_combo.currentData() if self.event_combo.isEnabled() else None
        label = self.price_combo.currentData() if self.price_combo.isEnabled() else None
        quantity = self.quantity.value() if self.quantity.isEnabled() else None
        port = self._port
        self._decide(
            self.tr("Opnieuw versturen"),
            self.tr("Deze actie opnieuw naar UiTPAS sturen?\n%1"),
            lambda it, note: port.resend(it.client_uuid, note or "opnieuw verstuurd",
                                         event_id=event_id, price_label=label,
                                         quantity=quantity),
            note_required=False, after=self.resent.emit)

    def cancel_entry(self) -> None:
        port = self._port
        self._decide(
            self.tr("Annuleren"),
            self.tr("Deze actie annuleren? Ze wordt niet bij UiTPAS geregistreerd.\n%1"),
            lambda it, note: port.cancel_entry(it.client_uuid, note), note_required=True)

    def mark_handled(self) -> None:
        port = self._port
        self._decide(
            self.tr("Afgehandeld"),
            self.tr("Deze actie als afgehandeld markeren?\n%1"),
            lambda it, note: port.mark_handled(it.client_uuid, note), note_required=True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
