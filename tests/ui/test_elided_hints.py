"""An elided label measures its text once: a layout asks for its size hints again and again, and
the status bar's labels are set again after every sync round and tap, mostly to a text that
needs the same room. Such a text must not lay the window out again; a text, font or margin
that needs other room must."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot

from balie.ui.elide import ElidedLabel


class _Layouts(QObject):
    """Counts the layout requests a widget gets (what a changed size hint posts)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def _row(qtbot: QtBot, text: str) -> tuple[QWidget, ElidedLabel, _Layouts]:
    row = QWidget()
    qtbot.addWidget(row)
    layout = QHBoxLayout(row)
    label = ElidedLabel(text)
    layout.addWidget(label)
    layout.addWidget(QLabel("Medewerker: Els (kassa)"))
    row.resize(900, 40)
    row.show()
    qtbot.waitExposed(row)
    layouts = _Layouts()
    row.installEventFilter(layouts)
    qtbot.wait(10)  # the first layout is done
    layouts.count = 0
    return row, label, layouts


def test_the_same_text_again_does_not_lay_the_row_out_again(qtbot: QtBot) -> None:
    _row_widget, label, layouts = _row(qtbot, "Laatste synchronisatie: 10:41")
    for _ in range(5):  # the status refresh after each round and tap sets it again
        label.setText("Laatste synchronisatie: 10:41")
    qtbot.wait(10)
    assert layouts.count == 0
    assert label.text() == "Laatste synchronisatie: 10:41"


def test_a_longer_text_gets_its_room(qtbot: QtBot) -> None:
    row, label, layouts = _row(qtbot, "Online")
    before = label.sizeHint().width()
    label.setText("Traag netwerk: lokaal beslist")
    qtbot.waitUntil(lambda: layouts.count > 0)
    qtbot.waitUntil(lambda: label.width() >= label.sizeHint().width())
    assert label.sizeHint().width() > before
    assert label.text() == "Traag netwerk: lokaal beslist"
    assert label.toolTip() == ""  # not cut: it got its room
    assert row.isVisible()


def test_a_bold_text_is_measured_again(qtbot: QtBot) -> None:
    _row_widget, label, _layouts = _row(qtbot, "Offline")
    plain = label.sizeHint().width()
    bold = QFont(label.font())
    bold.setBold(True)
    bold.setPointSize(bold.pointSize() + 6)
    label.setFont(bold)
    assert label.sizeHint().width() > plain


def test_a_margin_is_measured_again(qtbot: QtBot) -> None:
    _row_widget, label, _layouts = _row(qtbot, "Wachtrij: 3")
    before = label.sizeHint().width()
    label.setMargin(10)
    assert label.sizeHint().width() == before + 20
    label.setContentsMargins(5, 0, 7, 0)
    assert label.sizeHint().width() == before + 20 + 12
