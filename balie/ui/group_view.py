"""Group mode (Ctrl+G): a class or a youth group scanned pass by pass, then one key for all.

The cashier taps, scans or types the passes one after another; each lands in the list at once
with its name and price (unknown or blocked cards as refused rows with the reason, a pass already
in the list refused calmly). The activity and price category are chosen once, at the top. F2 sells
one ticket to every pass, F3 checks them all in; each row then says where it stands. F8 undoes the
selected row on its own (pressed twice: it may send a cancellation to UiTPAS).

All work runs on the dialog's own worker thread, one pass at a time, through
:mod:`balie.ui.group_work` (the single customer's paths); the list itself is
:class:`balie.group.GroupList`. The rows' status follows the sync worker: after a round, the saved
rows are looked up again and show "bevestigd" once UiTPAS has them.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from balie.domain import EventInfo, IdentificationSource, format_euro
from balie.group import GroupList, GroupMode, GroupRow, RowState, new_key
from balie.ui.banner import Banner, BannerKind
from balie.ui.group_work import do_row, look_up, undo_row, with_sync_state
from balie.ui.menu_item import WindowMenuItem
from balie.ui.port import CounterPort, TodayPort
from balie.ui.worker import Runner

COLUMNS = 5  # number, pass, name, price, status


@dataclass
class GroupWork:
    """What the group screen needs, built by the composition root."""

    counter: CounterPort
    today: TodayPort
    #: the counter screen's chosen activity and price category (preselected here)
    current_event: Callable[[], str | None] = lambda: None
    current_price: Callable[[], str | None] = lambda: None
    #: after saved actions: the sync worker may send them now (as after a single sale)
    acted: Callable[[], None] = lambda: None
    #: F5 in the group screen: the counter's "sync now"
    sync_now: Callable[[], None] = lambda: None


class GroupDialog(QDialog):
    """One group at a time; closing it forgets the list (what was saved stays saved)."""

    def __init__(self, work: GroupWork, signals: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.group = GroupList()
        self.runner = Runner(self, name="balie-group")
        self._events: list[EventInfo] = []
        self._looking: set[str] = set()
        self._undo_asked: int | None = None
        self._todo: list[int] = []
        self._waiting: set[GroupMode] = set()  # group keys pressed during a look-up, to do after
        self._mode = GroupMode.SELL
        # the banner's last own message, said again in a new language (None: none, or words
        # that are not the dialog's own)
        self._said: tuple[BannerKind, Callable[[], tuple[str, str]]] | None = None
        self._build()
        if signals is not None:
            signals.card_tapped.connect(self._tapped)
            signals.sync_finished.connect(self.refresh_sync_state)
            self._signals = signals
        self.runner.submit(work.counter.events, self._events_loaded, self._failed)

    # -- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.banner = Banner(self)
        # two lines of message and next step stay whole; the list gives up the room
        self.banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.event_combo = QComboBox(self)
        self.event_combo.currentIndexChanged.connect(self._event_changed)
        self.price_combo = QComboBox(self)
        self.price_combo.activated.connect(lambda _index: self._reprice())
        self.scan_field = QLineEdit(self)
        self.scan_field.returnPressed.connect(self._typed)
        self.scan_field.installEventFilter(self)
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(COLUMNS - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.sell_button = QPushButton(self)
        self.sell_button.clicked.connect(lambda: self.do_all(GroupMode.SELL))
        self.checkin_button = QPushButton(self)
        self.checkin_button.clicked.connect(lambda: self.do_all(GroupMode.CHECKIN))
        self.undo_button = QPushButton(self)
        self.undo_button.clicked.connect(self.undo_selected)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.reject)
        self.event_label, self.price_label = QLabel(self), QLabel(self)
        choose = QGridLayout()
        choose.addWidget(self.event_label, 0, 0)
        choose.addWidget(self.event_combo, 0, 1)
        choose.addWidget(self.price_label, 1, 0)
        choose.addWidget(self.price_combo, 1, 1)
        choose.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        for button in (self.sell_button, self.checkin_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.scan_field)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        for key, slot in (("F2", lambda: self.do_all(GroupMode.SELL)),
                          ("F3", lambda: self.do_all(GroupMode.CHECKIN)),
                          ("F8", self.undo_selected), ("Del", self.undo_selected),
                          ("F5", self.work.sync_now),
                          ("F6", self.event_combo.setFocus), ("F7", self.price_combo.setFocus)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.runner.busy_changed.connect(lambda _busy: self._update())
        self.retranslate()
        self.scan_field.setFocus()

    def retranslate(self) -> None:
        """Every text again in the language just chosen: the fixed ones, each row's status, the
        totals and the banner's last own message (a platform's or the core's reason stays as
        it was said)."""
        self.setWindowTitle(self.tr("Groep"))
        self.scan_field.setPlaceholderText(self.tr("Tik, scan of typ de passen na elkaar (Enter)"))
        self.table.setHorizontalHeaderLabels(
            ["#", self.tr("Pas"), self.tr("Naam"), self.tr("Prijs"), self.tr("Status")])
        self.sell_button.setText(self.tr("F2  Alles verkopen"))
        self.checkin_button.setText(self.tr("F3  Alles inchecken"))
        self.undo_button.setText(self.tr("F8  Rij ongedaan maken"))
        self.close_button.setText(self.tr("Sluiten"))
        self.event_label.setText(self.tr("F6 Activiteit"))
        self.price_label.setText(self.tr("F7 Prijs"))
        if self._said is not None:
            self._say(*self._said)
        self._paint()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "summary"):
            self.retranslate()
        super().changeEvent(event)

    def _say(self, kind: BannerKind, words: Callable[[], tuple[str, str]]) -> None:
        """Show the dialog's own message; ``words`` gives it in the current language, so a
        language change says it again."""
        self._said = (kind, words)
        message, next_step = words()
        self.banner.show_message(kind, message, next_step)

    def _say_as_is(self, kind: BannerKind, message: str, next_step: str = "") -> None:
        """Show words that are not the dialog's own (a row's reason): kept as they were said."""
        self._said = None
        self.banner.show_message(kind, message, next_step)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Up/Down in the scan field walk the list: the hands stay on the keys they scan with."""
        if watched is self.scan_field and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.table.rowCount():
                row = self.table.currentRow()
                row = (self.table.rowCount() - 1 if row < 0 else
                       max(0, min(self.table.rowCount() - 1,
                                  row + (1 if key == Qt.Key.Key_Down else -1))))
                self.table.selectRow(row)
                self._undo_asked = None
                return True
        return super().eventFilter(watched, event)

    # -- activity and price -----------------------------------------------------------------
    def _events_loaded(self, events: Sequence[EventInfo]) -> None:
        self._events = list(events)
        self.event_combo.blockSignals(True)
        for event in events:
            self.event_combo.addItem(event.name, event.id)
        wanted = self.work.current_event()
        self.event_combo.setCurrentIndex(max(0, self.event_combo.findData(wanted)))
        self.event_combo.blockSignals(False)
        self._event_changed()
        price = self.work.current_price()
        if price is not None and self.price_combo.findData(price) >= 0:
            self.price_combo.setCurrentIndex(self.price_combo.findData(price))

    def _event_changed(self, _index: int = 0) -> None:
        self.price_combo.clear()
        event = self.current_event()
        for category in event.price_categories if event is not None else ():
            self.price_combo.addItem(f"{category.label} ({format_euro(category.price)})",
                                     category.label)
        self._update()
        self._reprice()

    def _reprice(self) -> None:
        """Another activity or price: the rows still waiting get their price for it (the group
        key asks again anyway; this is what the cashier reads before pressing it)."""
        event, label = self.current_event(), self._price_label() or None
        if event is None:
            return
        counter = self.work.counter
        for index, row in enumerate(self.group):
            if row.state is not RowState.WAITING:
                continue

            def done(found: tuple[object, GroupRow], index: int = index, old: GroupRow = row
                     ) -> None:
                if index < len(self.group) and self.group[index] is old:
                    self.group.update(index, dataclasses.replace(
                        found[1], sale_key=old.sale_key, checkin_key=old.checkin_key))
                    self._paint()

            self.runner.submit(functools.partial(
                look_up, counter, row.identifier, IdentificationSource(row.source),
                event_id=event.id, price_label=label), done, self._failed)

    def current_event(self) -> EventInfo | None:
        wanted = self.event_combo.currentData()
        return next((e for e in self._events if e.id == wanted), None)

    def _price_label(self) -> str:
        return str(self.price_combo.currentData() or "")

    # -- scanning ---------------------------------------------------------------------------------
    def _typed(self) -> None:
        text = self.scan_field.text().strip()
        if text:
            self.scan_field.clear()
            self.add_pass(text, IdentificationSource.TYPED)

    def _tapped(self, _reader: str, chip: str) -> None:
        if self.isVisible():
            self.add_pass(chip, IdentificationSource.NFC)

    def add_pass(self, identifier: str, source: IdentificationSource) -> None:
        """Into the list, looked up on the worker; a pass already there is said, not added."""
        if self._say_if_listed(self.group.position_of(identifier=identifier)) or \
                identifier.strip().upper() in self._looking:
            return
        self._looking.add(identifier.strip().upper())
        event = self.current_event()
        counter, label = self.work.counter, self._price_label() or None
        self.runner.submit(
            lambda: look_up(counter, identifier, source,
                            event_id=event.id if event else None, price_label=label),
            lambda found: self._looked_up(identifier, found[1]),
            lambda exc: self._looked_up(identifier, None, exc))

    def _looked_up(self, identifier: str, row: GroupRow | None,
                   exc: BaseException | None = None) -> None:
        self._looking.discard(identifier.strip().upper())
        if row is None:
            self._failed(exc)
            return
        if self._say_if_listed(self.group.position_of(uitpas_number=row.uitpas_number)
                               if row.uitpas_number else None):
            return
        index = self.group.add(row)
        if index is None:
            return
        self.banner.clear()
        self._said = None
        if row.state is RowState.CARD_REFUSED:
            self._say(BannerKind.REFUSED, lambda: (self.tr(
                "Rij %1: deze kaart kan niet mee.").replace("%1", str(index + 1)), row.reason))
        self._paint()
        self.table.selectRow(index)

    def _say_if_listed(self, index: int | None) -> bool:
        if index is None:
            return False
        self._say(BannerKind.INFO, lambda: (self.tr(
            "Deze pas staat al in de lijst (rij %1).").replace("%1", str(index + 1)),
            self.tr("Scan de volgende pas.")))
        self.table.selectRow(index)
        return True

    # -- the group key ----------------------------------------------------------------------------
    def do_all(self, mode: GroupMode) -> None:
        """F2 / F3: every row still to do, one after another on the worker."""
        if self._todo:
            self.banner.show_message(BannerKind.WARNING, self.tr("De groep is nog bezig."),
                                     self.tr("Wacht tot alle rijen hun status hebben."))
            return
        if self.runner.busy:  # the last pass still being looked up: it is in the group too
            if mode not in self._waiting:
                self._waiting.add(mode)

                def later() -> None:
                    self._waiting.discard(mode)
                    self.do_all(mode)

                self.runner.when_idle(later)
            self.banner.show_message(BannerKind.INFO, self.tr(
                "Even geduld: %1 volgt zodra het vorige klaar is.").replace(
                    "%1", "F2" if mode is GroupMode.SELL else "F3"))
            return
        event = self.current_event()
        if event is None:
            self._say(BannerKind.WARNING, lambda: (self.tr("Kies eerst een activiteit."),
                                                   self.tr("Druk F6 en kies de activiteit.")))
            return
        todo = self.group.to_do(mode)
        if not todo:
            self._say(BannerKind.INFO, lambda: (self.tr("Er staat geen pas meer klaar."),
                                                self.tr("Scan eerst de passen van de groep.")))
            return
        self._mode, self._todo = mode, todo
        self._next(event.id, self._price_label())

    def _next(self, event_id: str, label: str) -> None:
        if not self._todo:
            self._finished()
            return
        index = self._todo[0]
        row, counter, mode = self.group[index], self.work.counter, self._mode
        total = len(self.group)
        self._say(BannerKind.INFO, lambda: (self.tr("Bezig: rij %1 van %2…")
                                            .replace("%1", str(index + 1))
                                            .replace("%2", str(total)), ""))

        def done(new: GroupRow) -> None:
            self._todo.pop(0)
            self.group.update(index, new)
            self._paint()
            self._next(event_id, label)

        def failed(exc: BaseException) -> None:
            self._todo.clear()
            self._failed(exc)

        self.runner.submit(lambda: do_row(counter, row, mode, event_id=event_id,
                                          price_label=label), done, failed)

    def _finished(self) -> None:
        self.work.acted()
        totals = self.group.totals()
        self._say(
            BannerKind.WARNING if totals.refused else BannerKind.OK, lambda: (
                self.tr("Klaar: %n pas(sen) bewaard.", "", totals.saved),
                self.tr("%n geweigerd: zie de reden in de lijst.", "", totals.refused)
                if totals.refused else ""))
        self._paint()

    # -- undo -------------------------------------------------------------------------------------
    def undo_selected(self) -> None:
        """F8 on the selected row: a row only in the list goes at once; a saved one asks for a
        second F8 (it may send a cancellation to UiTPAS), then is undone on its own."""
        if self._todo:  # a row's status may still change: undo what is there once the run ends
            self._say(BannerKind.WARNING, lambda: (self.tr("De groep is nog bezig."),
                                                   self.tr("Druk F8 als alle rijen hun status hebben.")))
            return
        index = self.table.currentRow()
        if index < 0 or index >= len(self.group):
            self._say(BannerKind.INFO, lambda: (self.tr("Kies eerst een rij (pijltjes)."), ""))
            return
        row = self.group[index]
        if row.removable:
            self.group.remove(index)
            self._undo_asked = None
            self._say(BannerKind.OK, lambda: (self.tr("Rij %1 uit de lijst gehaald.")
                                              .replace("%1", str(index + 1)), ""))
            self._paint()
            return
        if not row.undoable:
            self._say(BannerKind.INFO,
                      lambda: (self.tr("Op deze rij valt niets ongedaan te maken."), ""))
            return
        if self._undo_asked != index:
            self._undo_asked = index
            self._say(BannerKind.WARNING, lambda: (
                self.tr("Rij %1 (%2) ongedaan maken?").replace("%1", str(index + 1))
                .replace("%2", row.first_name or row.uitpas_number),
                self.tr("Druk nog eens F8 om te bevestigen.")))
            return
        self._undo_asked = None
        today, key = self.work.today, new_key()

        def done(new: GroupRow) -> None:
            self.group.update(index, new)
            if new.state is RowState.UNDONE:
                self.work.acted()
            kind = BannerKind.OK if new.state is RowState.UNDONE else BannerKind.REFUSED
            self._say_as_is(kind, new.reason, new.next_step)
            self._paint()

        self.runner.submit(lambda: undo_row(today, row, idempotency_key=key), done, self._failed)

    # -- after sync -------------------------------------------------------------------------------
    def refresh_sync_state(self, _result: object = None) -> None:
        """A sync round finished: look the saved rows up again (confirmed, refused, cancelled)."""
        if not self.isVisible() or self._todo or not any(r.client_uuid for r in self.group):
            return
        rows, today = list(self.group), self.work.today

        def done(new_rows: list[GroupRow]) -> None:
            if len(new_rows) != len(self.group) or self._todo:
                return  # the list changed meanwhile: the next round paints it
            for index, row in enumerate(new_rows):
                if self.group[index].sale_key == row.sale_key:
                    self.group.update(index, row)
            self._paint()

        self.runner.submit(lambda: with_sync_state(today, rows), done, self._failed)

    # -- painting ---------------------------------------------------------------------------------
    def _paint(self) -> None:
        selected = self.table.currentRow()
        self.table.setRowCount(len(self.group))
        for index, row in enumerate(self.group):
            status = self.status_text(row)
            cells = (str(index + 1), row.uitpas_number or row.identifier, row.first_name,
                     self._price_text(row), status)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(status if column == COLUMNS - 1 else text)
                self.table.setItem(index, column, item)
        if 0 <= selected < len(self.group):
            self.table.selectRow(selected)
        self._update()

    def _price_text(self, row: GroupRow) -> str:
        if row.done_as is GroupMode.CHECKIN:
            return self.tr("%n punt(en)", "", row.points) if row.points is not None else ""
        if row.price_cents is None:
            return ""
        price = format_euro(row.price_cents)
        return self.tr("%1 kansentarief").replace("%1", price) if row.kansentarief else price

    def status_text(self, row: GroupRow) -> str:
        """One line per row, in the cashier's words (the whole reason is in the tooltip)."""
        reason = f" — {row.reason}" if row.reason else ""
        if row.state is RowState.WAITING:
            return self.tr("Klaar") + reason
        if row.state in (RowState.CARD_REFUSED, RowState.REFUSED):
            return self.tr("Geweigerd") + reason
        if row.state is RowState.REGULAR:
            return self.tr("Gewone prijs: reken af aan de kassa") + reason
        if row.state is RowState.UNDONE:
            return self.tr("Ongedaan gemaakt")
        done = self.tr("Verkocht") if row.done_as is GroupMode.SELL else self.tr("Ingecheckt")
        if row.confirmed:
            return done + self.tr(", bevestigd door UiTPAS")
        if row.state is RowState.QUEUED:
            return done + self.tr(" (voorlopig: wordt verstuurd zodra UiTPAS bereikbaar is)")
        return done

    def _update(self) -> None:
        totals = self.group.totals()
        parts = [self.tr("%n pas(sen) in de lijst", "", totals.passes),
                 self.tr("%n bewaard", "", totals.saved)]
        if totals.queued:
            parts.append(self.tr("%n voorlopig", "", totals.queued))
        if totals.refused:
            parts.append(self.tr("%n geweigerd", "", totals.refused))
        text = " · ".join(parts) + "\n" + self.tr("Totaal via UiTPAS: %1").replace(
            "%1", format_euro(totals.total_cents))
        if totals.regular:
            text += " · " + self.tr("%n aan gewone prijs: %1 apart aan de kassa", "",
                                    totals.regular).replace("%1", format_euro(totals.regular_cents))
        self.summary.setText(text)
        idle = not self.runner.busy and not self._todo
        ready = idle and self.current_event() is not None and bool(len(self.group))
        self.sell_button.setEnabled(ready)
        self.checkin_button.setEnabled(ready)
        self.undo_button.setEnabled(idle and self.table.currentRow() >= 0)

    def _failed(self, exc: BaseException | None) -> None:
        self._say(BannerKind.REFUSED, lambda: (
            self.tr("Dit lukte niet."),
            self.tr("Probeer opnieuw. Blijft het misgaan, herstart balie.")))
        self._update()

    def reject(self) -> None:  # Qt API: Esc and "Sluiten"
        """Not while the group key is at work: the cashier would not see which rows got done."""
        if self._todo:
            self._say(BannerKind.WARNING, lambda: (self.tr("De groep is nog bezig."),
                                                   self.tr("Sluit als alle rijen hun status hebben.")))
            return
        super().reject()

    def done(self, result: int) -> None:  # Qt API: end the worker thread with the dialog
        signals = getattr(self, "_signals", None)
        if signals is not None:
            signals.card_tapped.disconnect(self._tapped)
            signals.sync_finished.disconnect(self.refresh_sync_state)
            self._signals = None
        self.runner.stop(5.0)
        super().done(result)


class GroupMenu(WindowMenuItem):
    """The menu item (Ctrl+G, in the window's Balie menu) and the one group dialog it opens."""

    def __init__(self, window: QMainWindow, menu: QMenu, work: GroupWork, signals: Any,
                 before: QAction | None = None) -> None:
        super().__init__(window, menu, "Ctrl+G", before)
        self.work, self.signals = work, signals
        self.dialog: GroupDialog | None = None

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Groep…"))

    def scan(self, code: str) -> bool:
        """A scanner's code while the group list is open belongs to it (True: taken)."""
        if self.dialog is None or not self.dialog.isVisible():
            return False
        self.dialog.add_pass(code, IdentificationSource.SCANNER)
        return True

    def open(self) -> GroupDialog:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return self.dialog
        self.dialog = GroupDialog(self.work, self.signals, self.window)
        parent = self.window.size()
        self.dialog.resize(min(1200, parent.width() - 40), min(660, parent.height() - 40))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.open()
        return self.dialog
