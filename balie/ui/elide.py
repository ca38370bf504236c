"""Texts that shorten themselves instead of widening the window.

A counter PC often has 1366×768 pixels. A long status text or practice-card label must not set
the window's width: it is cut with "…" where it no longer fits, and the whole text is in the
tooltip, so nothing is lost. Whatever is cut, ``text()`` still gives the whole text (tests and
screen readers read that); the painted text is the base class's.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QWidget

#: the narrowest an elided text gets: a few letters and the "…" still tell what it is about
MIN_CHARS = 8
#: pixels kept free beside a text: bold faces drawn by the font engine are a little wider
#: than their advance says, and a last letter cut in half reads as a typo
SLACK = 4


def text_width(widget: QWidget, text: str) -> int:
    """The pixels ``text`` needs in ``widget``'s font, as painted (the widest of each line)."""
    metrics = widget.fontMetrics()
    return max((max(metrics.horizontalAdvance(line), metrics.boundingRect(line).width())
                for line in text.split("\n")), default=0) + SLACK


_text_width = text_width


class WholeText:
    """The whole text behind a widget that paints less of it: ``text()`` and ``full_text()`` give
    what was set, ``setText`` keeps it and has the widget fit it again (:meth:`_refit`). Shared by
    the labels and the button here, so each only says how it fits."""

    _full: str

    def full_text(self) -> str:
        return self._full

    def text(self) -> str:
        """The whole text (what the widget says); the Qt base class's ``text`` is what is
        painted."""
        return self._full

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        self._full = text
        self._refit()

    def _refit(self) -> None:
        """Fit the whole text into the widget again (cut, wrap, measure)."""
        raise NotImplementedError


class ElidedLabel(WholeText, QLabel):
    """One line of text, cut at the right with "…" when narrower than its text."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._tip = ""
        self._hints: tuple[QSize, QSize] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def _refit(self) -> None:
        """A new text that needs the same room (the next minute of "Laatste synchronisatie")
        does not lay the window out again; one that needs other room does."""
        before = self._hints
        self._hints = None
        self._elide()
        if before is None or self._measured() != before:
            self.updateGeometry()

    def _measured(self) -> tuple[QSize, QSize]:
        """(size hint, minimum size hint), measured once per text, font and style. A layout
        asks for them again and again, and each question from Qt is a call into Python that
        waits for the interpreter while another thread holds it: the status bar's layout after
        a start's first sync round, with the sync worker and the training platform busy, took
        20-35 ms of the GUI thread when each question measured the text anew."""
        if self._hints is None:
            margins = self.contentsMargins()
            extra = margins.left() + margins.right() + 2 * self.margin()
            width = _text_width(self, self._full) + extra
            least = self.fontMetrics().horizontalAdvance("x" * MIN_CHARS + "…") + extra
            self._hints = (QSize(width, super().sizeHint().height()),
                           QSize(min(least, width), super().minimumSizeHint().height()))
        return self._hints

    def setToolTip(self, tip: str) -> None:  # noqa: N802 - Qt API
        """An own tooltip (a next step) is kept; the full text is put in front when cut."""
        self._tip = tip
        self._elide()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self._measured()[0])

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self._measured()[1])

    def setMargin(self, margin: int) -> None:  # noqa: N802 - Qt API
        self._hints = None
        super().setMargin(margin)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """A style change (bold for "Offline") makes the same text wider, and a style sheet's
        padding changes the margins: measure again."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange,
                            QEvent.Type.ContentsRectChange) and hasattr(self, "_full"):
            self._hints = None
            self.updateGeometry()
            self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width() - 2 * self.margin()
        shown = self._full
        if _text_width(self, shown) > width:
            shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                                  max(width - SLACK, 0))
        QLabel.setText(self, shown)
        cut = shown != self._full
        tip = "\n".join(t for t in ((self._full if cut else ""), self._tip) if t)
        QLabel.setToolTip(self, tip)


class ElidedButton(WholeText, QPushButton):
    """A push button whose label is cut with "…" (whole label in the tooltip) when narrow."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setText(text)

    def _refit(self) -> None:
        self._elide()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("x" * MIN_CHARS), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) \
                and hasattr(self, "_full"):
            self._elide()

    def _elide(self) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        room = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option,
                                           self).width()
        shown = self._full
        if _text_width(self, shown) > room:
            shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                                  max(room - SLACK, 0))
        QPushButton.setText(self, shown)
        self.setToolTip(self._full if shown != self._full else "")


class WrappedLabel(WholeText, QLabel):
    """Word-wrapped text on at most ``max_lines`` lines; a text longer than that is cut with "…"
    on the last line and is whole in the tooltip. For a name a cashier reads aloud: a group's
    long name may take two lines, not push the price off a 768-pixel screen."""

    def __init__(self, max_lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._max_lines = max_lines
        self.setWordWrap(True)

    def _refit(self) -> None:
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) \
                and hasattr(self, "_full"):
            self._fit()

    def _lines(self, text: str, width: int) -> int:
        metrics = self.fontMetrics()
        rect = metrics.boundingRect(0, 0, width, 1 << 20, int(Qt.TextFlag.TextWordWrap), text)
        return max(round(rect.height() / max(metrics.lineSpacing(), 1)), 1)

    def _fit(self) -> None:
        width = self.contentsRect().width() - 2 * self.margin() - SLACK
        shown = self._full
        if width > 0 and self._lines(shown, width) > self._max_lines:
            low, high = 0, len(self._full)  # the longest start that fits with its "…"
            while low < high:
                middle = (low + high + 1) // 2
                if self._lines(self._full[:middle].rstrip() + "…", width) <= self._max_lines:
                    low = middle
                else:
                    high = middle - 1
            shown = self._full[:low].rstrip() + "…"
        if shown != QLabel.text(self):
            QLabel.setText(self, shown)
        QLabel.setToolTip(self, self._full if shown != self._full else "")
