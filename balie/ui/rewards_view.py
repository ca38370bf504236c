"""The rewards screen (F4): what this pass can get here, what each costs against the points held,
and — without UiTPAS — what the organizer's policy allows, spelled out before anything is handed
over (a reward handed out offline cannot be taken back if UiTPAS refuses it later).

Every reward was judged before the screen opened (UiTPAS's redeem-status per reward online, the
offline policy otherwise), so a refused one shows its reason instead of failing after the click.
Keyboard: arrows choose, Enter redeems (after a Ja/Nee confirmation), Escape closes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
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

from balie.domain import RewardInfo, RewardType
from balie.ui.dialogs import confirm
from balie.ui.port import RewardChoice, RewardOption


def ordered(options: tuple[RewardOption, ...]) -> list[RewardOption]:
    """Welcome rewards first (free and easily forgotten), then what can be had, by points."""
    return sorted(options, key=lambda o: (o.reward.type is not RewardType.WELCOME,
                                          not o.allowed, o.points_cost, o.reward.title))


class RewardsView(QDialog):
    def __init__(self, choice: RewardChoice, who: str, parent: QWidget | None = None, *,
                 ask: Callable[[QWidget, str, str], bool] = confirm) -> None:
        super().__init__(parent)
        self._choice = choice
        self._options = ordered(choice.options)
        self._who = who
        self._ask = ask
        self._chosen: RewardInfo | None = None
        self.setObjectName("rewardsView")
        self.resize(1000, 640)
        self.title = QLabel(self)
        self.title.setObjectName("title")
        self.points = QLabel(self)
        self.points.setObjectName("who")
        self.offline = QLabel(self)
        self.offline.setObjectName("offlineRules")
        self.offline.setWordWrap(True)
        self.offline.setVisible(choice.offline)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("rewardsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(lambda _item: self.redeem_chosen())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.redeem_chosen)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.points, self.offline):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        first = next((row for row, o in enumerate(self._options) if o.allowed), None)
        if first is not None:
            self.table.selectRow(first)
        self.table.setFocus()

    # ------------------------------------------------------------------ choosing
    def current(self) -> RewardOption | None:
        row = self.table.currentRow()
        return self._options[row] if 0 <= row < len(self._options) else None

    def chosen(self) -> RewardInfo | None:
        """The reward to redeem, once confirmed (None: closed without choosing)."""
        return self._chosen

    def redeem_chosen(self) -> None:
        option = self.current()
        if option is None or not option.allowed:
            return
        if self._ask(self, self.tr("Voordeel omruilen"), self._question(option)):
            self._chosen = option.reward
            self.accept()

    def _question(self, option: RewardOption) -> str:
        lines = [self.tr("'%1' omruilen voor %2?").replace("%1", option.reward.title)
                 .replace("%2", self._who or self.tr("deze pashouder"))]
        if option.points_cost:
            lines.append(self.tr("Kost %n punt(en).", "", option.points_cost))
            if option.balance_after is not None:
                lines.append(self.tr("Daarna nog %n punt(en).", "", option.balance_after))
        if option.provisional:
            lines.append(self.tr("Zonder verbinding: de omruiling wordt bewaard en later "
                                 "doorgestuurd naar UiTPAS."))
        return "\n".join(lines)

    # ------------------------------------------------------------------ painting
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Voordelen"))
        self.title.setText(self.tr("Voordelen voor %1").replace("%1", self._who))
        balance = self._choice.balance
        if balance is None:
            self.points.setText(self.tr("Punten: niet gekend zonder verbinding"))
        else:
            self.points.setText((self.tr("Punten: %1") if self._choice.balance_certain
                                 else self.tr("Punten: %1 (wordt bevestigd)"))
                                .replace("%1", str(balance)))
        self.offline.setText(self._offline_text())
        self.table.setHorizontalHeaderLabels(
            [self.tr("Voordeel"), self.tr("Nodig"), self.tr("Kan het?")])
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Omruilen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("&Annuleren"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _offline_text(self) -> str:
        rules = self._choice.rules
        welcome = (self.tr("welkomstvoordelen mogen") if rules.welcome_rewards
                   else self.tr("welkomstvoordelen niet"))
        points = (self.tr("puntenvoordelen tot %n punt(en)", "", rules.max_points)
                  if rules.points_rewards else self.tr("puntenvoordelen niet"))
        return self.tr(
            "Zonder verbinding: %1; %2. Weigert UiTPAS een omruiling later, dan staat ze bij "
            "Te behandelen (F10)."
        ).replace("%1", welcome).replace("%2", points)

    def _fill(self) -> None:
        self.table.setRowCount(len(self._options))
        for row, option in enumerate(self._options):
            reward = option.reward
            name = (self.tr("Welkomstvoordeel: %1").replace("%1", reward.title)
                    if reward.type is RewardType.WELCOME else reward.title)
            cost = (self.tr("gratis") if option.points_cost == 0
                    else self.tr("%n punt(en)", "", option.points_cost))
            verdict = self.tr("ja") if option.allowed else option.reason
            if option.allowed and option.provisional:
                verdict = self.tr("ja, voorlopig (zonder verbinding)")
            for column, text in enumerate((name, cost, verdict)):
                item = QTableWidgetItem(text)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                item.setFlags(flags if option.allowed else Qt.ItemFlag.NoItemFlags)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        """Row heights once the columns have their real widths (long reasons wrap)."""
        super().showEvent(event)
        self.table.resizeRowsToContents()
