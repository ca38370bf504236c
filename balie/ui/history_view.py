"""The pass holder's history (Ctrl+H): what they bought, where they checked in, what they redeemed.

The cashier uses it to answer "did I already get my ticket this week?" or "where did my points
go?". It must say plainly where the answer comes from: UiTPAS knows the holder's whole history at
this organizer, this counter only its own actions — and offline that is all there is. Loading may
take seconds on a slow line, so it runs on the view's own thread; the counter stays usable.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from balie.domain import BRUSSELS, format_euro
from balie.ui.port import (
    HistoryKind,
    HistoryLine,
    HistoryPort,
    HistorySource,
    HistoryState,
    PassHistory,
)
from balie.ui.worker import Runner


def _restyle(widget: QWidget, state: str) -> None:
    widget.setProperty("state", state)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class HistoryView(QDialog):
    """Non-modal: opened for one pass, reloaded when opened for the next."""

    def __init__(self, port: HistoryPort, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._port = port
        self._runner = Runner(self, name="balie-history")
        self._history: PassHistory | None = None
        self._who = ""
        self._number = ""
        self.setObjectName("historyView")
        self.resize(1100, 700)
        self.title = QLabel(self)
        self.title.setObjectName("title")
        self.source = QLabel(self)
        self.source.setObjectName("historySource")
        self.source.setWordWrap(True)
        self.table = self._table("historyTable")
        self.pending_title = QLabel(self)
        self.pending_title.setObjectName("detail")
        self.pending = self._table("historyPending")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.source):
            layout.addWidget(widget)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.pending_title)
        layout.addWidget(self.pending, 1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget(0, 4, self)
        table.setObjectName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        return table

    # ------------------------------------------------------------------ loading
    def load(self, uitpas_number: str, passholder_id: str | None, who: str) -> None:
        """Ask the port on this view's thread; the old answer is cleared at once, so one holder's
        history is never shown under another's name."""
        self._who, self._number, self._history = who, uitpas_number, None
        self.table.setRowCount(0)
        self.pending.setRowCount(0)
        self.retranslate()
        self._runner.submit(lambda: self._port.history(uitpas_number, passholder_id),
                            self._loaded, self._failed)

    @property
    def loading(self) -> bool:
        return self._runner.busy

    def _loaded(self, history: PassHistory) -> None:
        if history.uitpas_number != self._number:
            return  # an answer for the previous pass, overtaken by a newer request
        self._history = history
        self._fill(self.table, history.lines)
        self._fill(self.pending, history.pending)
        self._paint_source()

    def _failed(self, _exc: BaseException) -> None:
        self.source.setText(self.tr("De geschiedenis kon niet gelezen worden. Probeer opnieuw."))
        _restyle(self.source, "local")

    # ----------------------------------------------------------------- painting
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Geschiedenis van de pas"))
        self.title.setText(self.tr("Geschiedenis: %1 · UiTPAS %2").replace("%1", self._who)
                           .replace("%2", self._number))
        headers = [self.tr("Datum"), self.tr("Wat"), self.tr("Details"), self.tr("Stand")]
        self.table.setHorizontalHeaderLabels(headers)
        self.pending.setHorizontalHeaderLabels(headers)
        self.pending_title.setText(
            self.tr("Van deze balie, nog niet bij UiTPAS (wordt doorgestuurd):"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        if self._history is None:
            self.source.setText(self.tr("Geschiedenis wordt opgehaald…"))
            _restyle(self.source, "loading")
            self.pending_title.setVisible(False)
            self.pending.setVisible(False)
        else:
            self._paint_source()
            self._fill(self.table, self._history.lines)
            self._fill(self.pending, self._history.pending)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _paint_source(self) -> None:
        history = self._history
        assert history is not None
        if history.source is HistorySource.PLATFORM:
            text = self.tr("Van UiTPAS: alles wat deze pashouder bij deze organisatie deed.")
            state = "platform"
        else:
            why = {
                HistorySource.OFFLINE: self.tr("UiTPAS is niet bereikbaar."),
                HistorySource.NO_HOLDER: self.tr("Deze pashouder is nog niet gekend op deze "
                                                 "balie."),
                HistorySource.NO_PLATFORM: self.tr("Deze balie heeft geen verbinding met UiTPAS "
                                                   "ingesteld."),
            }.get(history.source, "")
            text = self.tr("Enkel van deze balie: %1 Andere balies en vroegere bezoeken staan "
                           "hier niet bij.").replace("%1", why)
            if history.platform_message:
                text += "\n" + history.platform_message
            state = "local"
        if not history.lines:
            text += "\n" + (self.tr("UiTPAS heeft hier nog niets van deze pas.")
                            if history.from_platform
                            else self.tr("Deze balie deed nog niets met deze pas."))
        self.source.setText(text)
        _restyle(self.source, state)
        self.pending_title.setVisible(bool(history.pending))
        self.pending.setVisible(bool(history.pending))

    def _fill(self, table: QTableWidget, lines: tuple[HistoryLine, ...]) -> None:
        table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            when = self.when(line)
            for column, text in enumerate((when, self._what(line), self._details(line),
                                           self._state(line.state))):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(row, column, item)

    def when(self, line: HistoryLine) -> str:
        """When the cashier made it, local time; UiTPAS's time beside it when that is another
        minute (the action waited offline)."""
        if line.at is None:
            return ""
        text = line.at.astimezone(BRUSSELS).strftime("%d/%m/%Y %H:%M")
        if line.synced_at is not None:
            synced = line.synced_at.astimezone(BRUSSELS).strftime("%H:%M")
            if synced != line.at.astimezone(BRUSSELS).strftime("%H:%M"):
                text += " " + self.tr("(bij UiTPAS %1)").replace("%1", synced)
        return text

    def _what(self, line: HistoryLine) -> str:
        label = {HistoryKind.SALE: self.tr("Ticket"), HistoryKind.CHECKIN: self.tr("Check-in"),
                 HistoryKind.REWARD: self.tr("Voordeel")}[line.kind]
        return f"{label}: {line.what}"

    def _details(self, line: HistoryLine) -> str:
        if line.kind is HistoryKind.SALE:
            parts = [line.tariff] if line.tariff else []
            if line.quantity > 1:
                parts.append(self.tr("%n ticket(s)", "", line.quantity))
            if line.amount_cents is not None:
                parts.append(format_euro(line.amount_cents))
            return " · ".join(parts)
        if line.points is None:
            return ""
        if line.points >= 0:
            return self.tr("+%n punt(en)", "", line.points)
        return self.tr("-%n punt(en)", "", -line.points)

    def _state(self, state: HistoryState) -> str:
        return {HistoryState.REGISTERED: self.tr("bij UiTPAS"),
                HistoryState.PENDING: self.tr("nog niet bij UiTPAS"),
                HistoryState.REFUSED: self.tr("geweigerd door UiTPAS (Te behandelen)"),
                HistoryState.CANCELLED: self.tr("geannuleerd")}[state]

    def shutdown(self) -> None:
        self._runner.stop(3.0)
