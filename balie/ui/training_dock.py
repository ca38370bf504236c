"""Training mode's virtual card panel: one button per demo pass, so a course needs no real cards.

The buttons only say which demo pass to tap; the composition root decides how (through the PC/SC
card emulator when pcscd + vpcd are there, otherwise straight into the identification), which keeps
this panel free of the card reader and training packages.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QPushButton, QVBoxLayout, QWidget


@dataclass(frozen=True)
class DemoCard:
    key: str
    label: str


class TrainingDock(QDockWidget):
    tap_requested = Signal(str)

    def __init__(self, cards: list[DemoCard], how: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Oefenkaarten"), parent)
        self.setObjectName("trainingDock")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        hint = QLabel(how, body)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.buttons: dict[str, QPushButton] = {}
        for card in cards:
            button = QPushButton(card.label, body)
            button.setObjectName(f"demo_{card.key}")
            button.clicked.connect(lambda _=False, k=card.key: self.tap_requested.emit(k))
            layout.addWidget(button)
            self.buttons[card.key] = button
        layout.addStretch(1)
        self.setWidget(body)
