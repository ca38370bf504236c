"""What a cashier sees cut off: texts wider than their widget, widgets outside their window.

Used by the screen-size tests. A text "fits" when the pixels its font needs (QFontMetrics) are
within the room the widget's geometry leaves for it; a word-wrapped label fits when its lines at
its width are within its height. An elided text (balie.ui.elide) is measured as painted, so it
fits by design; its whole text is in the tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

#: screens a counter PC has, as the window gets them in logical pixels: the screen at its Windows
#: scaling, minus a 40-pixel task bar and a 32-pixel title bar (a maximised window)
SCREENS: dict[str, QSize] = {
    "1366x768": QSize(1366, 768 - 72),
    "1280x1024": QSize(1280, 1024 - 72),
    "1920x1080@125%": QSize(1536, 864 - 58),
    "1920x1080@150%": QSize(1280, 720 - 48),
}


@dataclass(frozen=True)
class Misfit:
    widget: str
    text: str
    why: str

    def __str__(self) -> str:
        return f"{self.widget} {self.text!r}: {self.why}"


def _plain(label: QLabel) -> str:
    text = QLabel.text(label)
    if label.textFormat().name != "PlainText" and "<" in text:
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _needed(widget: QWidget, text: str) -> int:
    metrics = widget.fontMetrics()
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _inside_scroll_area(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent.parentWidget(), QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _button_room(button: QPushButton) -> int:
    option = QStyleOptionButton()
    button.initStyleOption(option)
    room = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option,
                                         button).width()
    if not button.icon().isNull():
        room -= button.iconSize().width() + 4
    return room


def misfits(window: QWidget) -> list[Misfit]:
    """Every visible label or button of ``window`` whose text does not fit or that lies
    (partly) outside the window."""
    found: list[Misfit] = []
    bounds = window.rect()
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, (QLabel, QAbstractButton)) or not widget.isVisibleTo(window) \
                or widget.window() is not window:  # a dialog of the window is its own window
            continue
        name = f"{type(widget).__name__}#{widget.objectName()}"
        if isinstance(widget, QLabel):
            text = _plain(widget)
            if widget.buddy() is not None:  # "&Dag": the & marks Alt+D, it is not painted
                text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        else:
            text = QAbstractButton.text(widget).replace("&&", "\0").replace("&", "") \
                .replace("\0", "&")
        area = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not _inside_scroll_area(widget, window) and not bounds.contains(area):
            found.append(Misfit(name, text, f"at {area.getRect()}, outside the window "
                                            f"{bounds.width()}x{bounds.height()}"))
        if not text:
            continue
        if isinstance(widget, QLabel):
            room = widget.contentsRect().width() - 2 * widget.margin() - max(widget.indent(), 0)
            if widget.wordWrap():
                if widget.heightForWidth(widget.width()) > widget.height() + 1:
                    found.append(Misfit(name, text, f"needs {widget.heightForWidth(widget.width())}"
                                                    f" px of height, has {widget.height()}"))
                continue
            need = _needed(widget, text)
        elif isinstance(widget, QPushButton):
            room, need = _button_room(widget), _needed(widget, text)
        elif isinstance(widget, (QCheckBox, QRadioButton)):
            room, need = widget.width(), widget.sizeHint().width()
        else:
            continue
        if need > room:
            found.append(Misfit(name, text, f"needs {need} px, has {room}"))
    return found


def assert_fits(window: QWidget, size: QSize, screen: str) -> None:
    """``window`` shown at ``size`` keeps that size and shows every text whole."""
    problems = [str(m) for m in misfits(window)]
    if window.size() != size:
        problems.insert(0, f"window grew to {window.width()}x{window.height()} "
                           f"(needs at least {window.minimumSizeHint().width()}x"
                           f"{window.minimumSizeHint().height()})")
    assert not problems, f"{window.windowTitle()} at {screen}:\n  " + "\n  ".join(problems)
