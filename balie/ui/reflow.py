"""A row of buttons that wraps onto a second line instead of widening the window.

The counter's action keys (F2 sale … F8 cancel) need about 1000 pixels side by side at the
counter's large font; a 1366×768 screen with the practice cards beside it, or a 1920×1080
screen at 150 % scaling, has less. A plain row would then either clip the labels ("Verkope")
or force the window wider than the screen. This row puts as many as fit on a line, the rest
below, and stretches each line to the full width.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class ReflowRow(QWidget):
    """Lays out ``widgets`` (already created, any parent) in lines filled left to right."""

    def __init__(self, widgets: Sequence[QWidget], parent: QWidget | None = None,
                 spacing: int = 8) -> None:
        super().__init__(parent)
        self._widgets = list(widgets)
        self._spacing = spacing
        self._laid_width = -1
        for widget in self._widgets:
            widget.setParent(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _shown(self) -> list[QWidget]:
        return [w for w in self._widgets if not w.isHidden()]

    def lines(self, width: int) -> list[list[QWidget]]:
        """The widgets line by line at ``width``: greedy, each line as full as it fits."""
        result: list[list[QWidget]] = []
        used = 0
        for widget in self._shown():
            need = widget.sizeHint().width()
            if result and used + self._spacing + need <= width:
                result[-1].append(widget)
                used += self._spacing + need
            else:
                result.append([widget])
                used = need
        return result

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        lines = self.lines(width)
        heights = [max(w.sizeHint().height() for w in line) for line in lines]
        return sum(heights) + self._spacing * max(len(heights) - 1, 0)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        shown = self._shown()
        width = sum(w.sizeHint().width() for w in shown) + self._spacing * max(len(shown) - 1, 0)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        widest = max((w.sizeHint().width() for w in self._shown()), default=0)
        # the height the lines need at today's width: the window's layout does not ask for it
        return QSize(widest, self.heightForWidth(max(widest, self.width())))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.relayout()

    def relayout(self) -> None:
        """Place the lines; each line's spare width goes to its widgets that may grow."""
        width = self.width()
        y = 0
        for line in self.lines(width):
            hints = [w.sizeHint().width() for w in line]
            spare = width - sum(hints) - self._spacing * (len(line) - 1)
            height = max(w.sizeHint().height() for w in line)
            growers = [w for w in line
                       if w.sizePolicy().horizontalPolicy() is not QSizePolicy.Policy.Fixed]
            growers = growers or line
            x = 0
            for widget, hint in zip(line, hints, strict=True):
                extra = 0
                if widget in growers and spare > 0:
                    index = growers.index(widget)
                    extra = spare // len(growers) + (1 if index < spare % len(growers) else 0)
                wide = hint + extra if spare >= 0 else min(hint, width)
                widget.setGeometry(QRect(x, y, wide, height))
                x += wide + self._spacing
            y += height + self._spacing
        if self.height() != max(y - self._spacing, 0) or self._laid_width != width:
            self._laid_width = width
            self.updateGeometry()  # another number of lines: the window's layout must know
