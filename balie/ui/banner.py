"""The one strip across the counter view that says what just happened.

A refusal must be impossible to miss and impossible to mistake for success: it gets its own
colour (red, white bold text), the reason in Dutch and the next step. The state is a Qt property
so the style sheet colours it and tests can read it as the cashier sees it.
"""

from __future__ import annotations

import enum

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget


class BannerKind(enum.StrEnum):
    NONE = "none"
    OK = "ok"
    INFO = "info"
    WARNING = "warning"
    REFUSED = "refused"


class Banner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self._label = QLabel(self)
        self._label.setObjectName("bannerText")
        self._label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 6)
        layout.addWidget(self._label)
        self._kind = BannerKind.NONE
        self.clear()

    @property
    def kind(self) -> BannerKind:
        return self._kind

    def text(self) -> str:
        return self._label.text()

    def show_message(self, kind: BannerKind, message: str, next_step: str = "") -> None:
        self._kind = kind
        self._label.setText(message if not next_step else f"{message}\n{next_step}")
        self.setProperty("kind", kind.value)
        self.style().unpolish(self)
        self.style().polish(self)
        self._label.style().unpolish(self._label)
        self._label.style().polish(self._label)
        self.setVisible(kind is not BannerKind.NONE)

    def clear(self) -> None:
        self.show_message(BannerKind.NONE, "")
