"""Small modal questions: confirm a cancellation, pick a reward. Keyboard first (Enter/Escape)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from balie.domain import RewardInfo, RewardType


def confirm(parent: QWidget, title: str, question: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.button(QMessageBox.StandardButton.Yes).setText(parent.tr("Ja"))
    box.button(QMessageBox.StandardButton.No).setText(parent.tr("Nee"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def sorted_rewards(rewards: tuple[RewardInfo, ...]) -> list[RewardInfo]:
    """Welcome rewards first (they are free and easily forgotten), then by points needed."""
    return sorted(rewards, key=lambda r: (r.type is not RewardType.WELCOME, r.points, r.title))


class RewardDialog(QDialog):
    """The rewards of this pass at this organizer: points needed against points held."""

    def __init__(self, rewards: tuple[RewardInfo, ...], points: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Voordeel omruilen"))
        self.list = QListWidget(self)
        self._rewards = sorted_rewards(rewards)
        for reward in self._rewards:
            if reward.type is RewardType.WELCOME:
                text = self.tr("Welkomstvoordeel: %1").replace("%1", reward.title)
            else:
                text = self.tr("%1 — %2 punten").replace("%1", reward.title).replace(
                    "%2", str(reward.points))
            item = QListWidgetItem(text, self.list)
            if reward.type is RewardType.POINTS and reward.points > points:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setText(text + "   " + self.tr("(te weinig punten)"))
        header = QLabel(self.tr("Punten van de pashouder: %1").replace("%1", str(points)), self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Omruilen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        for row, reward in enumerate(self._rewards):
            if self.list.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
                self.list.setCurrentRow(row)
                break

    def chosen(self) -> RewardInfo | None:
        row = self.list.currentRow()
        if row < 0:
            return None
        item = self.list.item(row)
        if not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return self._rewards[row]
