""""Deze klant vandaag": what the pass on screen did at this counter today, each line undoable.

A cashier who sold the wrong ticket three actions ago must not have to undo the two after it.
Each line has its own undo (Ctrl+1 … Ctrl+9, numbered as shown); the counter's role rules still
decide, and an action UiTPAS already has gets a cancellation sent rather than a silent delete.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from balie.domain import BRUSSELS, format_euro
from balie.ui.elide import ElidedLabel
from balie.ui.port import HistoryKind, HistoryState, TodayLine

#: lines shown; older ones are counted, not listed (the screen is for the customer in front)
SHOWN = 4


class TodayStrip(QFrame):
    """``undo_requested(TodayLine)``: the cashier asked to undo that line."""

    undo_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayStrip")
        layout = QHBoxLayout(self)  # title beside the lines: a 768-pixel screen has no row to spare
        layout.setContentsMargins(8, 2, 8, 2)
        self.title = QLabel(self)
        self.title.setObjectName("todayTitle")
        layout.addWidget(self.title, 0, Qt.AlignmentFlag.AlignTop)
        self._grid = QGridLayout()
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(0, 1)
        self._grid.setColumnStretch(2, 1)
        layout.addLayout(self._grid, 1)
        self.lines: list[TodayLine] = []
        self.texts: list[ElidedLabel] = []
        self.undo_buttons: list[QPushButton] = []
        for number in range(1, SHOWN + 1):
            text = ElidedLabel(parent=self)
            button = QPushButton(self)
            button.setObjectName("undoLine")
            button.clicked.connect(lambda _=False, n=number: self.undo(n))
            # two lines side by side: four lines take the height of two, so a busy customer's
            # strip does not push the counter past a 768-pixel screen
            row, column = divmod(number - 1, 2)
            self._grid.addWidget(text, row, column * 2)
            self._grid.addWidget(button, row, column * 2 + 1)
            self.texts.append(text)
            self.undo_buttons.append(button)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda n=number: self.undo(n))
        self._older = 0
        self.show_lines(())

    def show_lines(self, lines: Sequence[TodayLine]) -> None:
        """Newest first; hidden when the pass did nothing here today."""
        ordered = sorted(lines, key=lambda line: line.at, reverse=True)
        self.lines = ordered[:SHOWN]
        self._older = max(len(ordered) - SHOWN, 0)
        for index, (text, button) in enumerate(zip(self.texts, self.undo_buttons, strict=True)):
            line = self.lines[index] if index < len(self.lines) else None
            text.setVisible(line is not None)
            button.setVisible(line is not None)
            if line is not None:
                text.setText(self.describe(line))
                button.setText(self.tr("Ctrl+%1 Annuleren").replace("%1", str(index + 1)))
                button.setEnabled(line.state is not HistoryState.CANCELLED)
        self.retranslate()
        self.setVisible(bool(self.lines))

    def retranslate(self) -> None:
        title = self.tr("Deze klant vandaag")
        if self._older:
            title += " " + self.tr("(+%n eerder)", "", self._older)
        self.title.setText(title)

    def describe(self, line: TodayLine) -> str:
        at = line.at.astimezone(BRUSSELS).strftime("%H:%M")
        if line.kind is HistoryKind.SALE:
            what = self.tr("%n ticket(s)", "", line.count) + f" {line.tariff} " \
                + format_euro(line.amount_cents)
        elif line.kind is HistoryKind.CHECKIN:
            what = self.tr("Check-in %1").replace("%1", line.title)
        else:
            what = self.tr("Voordeel %1").replace("%1", line.title)
        state = {HistoryState.PENDING: self.tr("wacht op UiTPAS"),
                 HistoryState.REGISTERED: self.tr("bij UiTPAS"),
                 HistoryState.REFUSED: self.tr("geweigerd"),
                 HistoryState.CANCELLED: self.tr("geannuleerd")}.get(line.state, "")
        return f"{at}  {what}  ·  {state}"

    def undo(self, number: int) -> None:
        if not self.isVisible() or not 1 <= number <= len(self.lines):
            return
        line = self.lines[number - 1]
        if line.state is not HistoryState.CANCELLED:
            self.undo_requested.emit(line)
