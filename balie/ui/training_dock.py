"""Training mode's practice cards ("Oefenkaarten"): one button per demo pass, so a course needs no
real cards.

The buttons only say which demo pass to tap; the composition root decides how (through the PC/SC
card emulator when pcscd + vpcd are there, otherwise straight into the identification), which keeps
this panel free of the card reader and training packages.

The panel must not set the window's width on a 1366×768 counter screen: it has a bounded width,
its card labels are cut with "…" (whole label in the tooltip), and it folds to a narrow strip
(its button, or F12) when the cashier needs the room.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from balie.ui.elide import ElidedButton, ElidedLabel

#: the widest the unfolded panel gets, in pixels at 100 % scaling
MAX_WIDTH = 340


@dataclass(frozen=True)
class DemoCard:
    key: str
    label: str


class TrainingDock(QDockWidget):
    """``tap_requested(key)``: the cashier clicked the practice card of demo pass ``key``."""

    tap_requested = Signal(str)

    def __init__(self, cards: list[DemoCard], how: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingDock")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.setTitleBarWidget(QWidget(self))  # the title is in the body, so it folds with it
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.folded = False
        self.fold_button = QPushButton(body)
        self.fold_button.setObjectName("foldPractice")
        self.fold_button.clicked.connect(lambda _=False: self.set_folded(not self.folded))
        layout.addWidget(self.fold_button)
        self.title = ElidedLabel(parent=body)
        self.title.setObjectName("practiceTitle")
        layout.addWidget(self.title)
        self.hint = QLabel(how, body)
        self.hint.setObjectName("practiceHow")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.cards = QScrollArea(body)  # a 768-pixel-high screen does not hold every card
        self.cards.setWidgetResizable(True)
        self.cards.setFrameShape(QFrame.Shape.NoFrame)
        self.cards.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        deck = QWidget(self.cards)
        deck_layout = QVBoxLayout(deck)
        deck_layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        for card in cards:
            button = ElidedButton(card.label, deck)
            button.setObjectName(f"demo_{card.key}")
            button.clicked.connect(lambda _=False, k=card.key: self.tap_requested.emit(k))
            deck_layout.addWidget(button)
            self.buttons[card.key] = button
        deck_layout.addStretch(1)
        self.cards.setWidget(deck)
        layout.addWidget(self.cards, 1)
        self.setWidget(body)
        self.folded = False
        self.set_folded(False)

    def set_route(self, through_pcsc: bool) -> None:
        """Say how a practice card arrives now: on the virtual reader, or (the smart-card service
        being gone) straight into the identification, so a click never seems to do nothing."""
        self.hint.setText(self.tr("Klik op een pas: hij wordt op de virtuele kaartlezer gelegd.")
                          if through_pcsc else
                          self.tr("De kaartlezerdienst is weg: een pas wordt nu rechtstreeks "
                                  "herkend, zonder kaartlezer."))
        self.hint.setProperty("state", "ok" if through_pcsc else "fallback")
        self.hint.style().unpolish(self.hint)
        self.hint.style().polish(self.hint)

    def set_folded(self, folded: bool) -> None:
        """Folded: only the unfold button stays, a narrow strip at the window's edge."""
        self.folded = folded
        for widget in (self.title, self.hint, self.cards):
            widget.setVisible(not folded)
        self.widget().setMaximumWidth(self.fold_button.sizeHint().width() + 24 if folded
                                      else MAX_WIDTH)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Oefenkaarten"))
        self.title.setText(self.tr("Oefenkaarten"))
        self.fold_button.setText("«" if self.folded else self.tr("» Verbergen (F12)"))
        self.fold_button.setToolTip(self.tr("Oefenkaarten tonen (F12)") if self.folded
                                    else self.tr("Oefenkaarten verbergen (F12)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "folded"):
            self.retranslate()
        super().changeEvent(event)
