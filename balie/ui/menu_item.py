"""A Balie-menu item with a window-wide shortcut that opens one screen of its own.

Group mode (Ctrl+G) and the QR check-in codes (Ctrl+K) are such items: the key works wherever the
focus is in the window, the item sits in the Balie menu (before a given item, or at the end), and
its text follows a language change. Subclasses give the text (:meth:`retranslate`, so their own
class stays the translation context) and what opening does (:meth:`open`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


class WindowMenuItem(QObject):
    """The menu action with its shortcut; the subclass says its text and what it opens."""

    def __init__(self, window: QMainWindow, menu: QMenu, shortcut: str,
                 before: QAction | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(window)
        self.action.setShortcut(QKeySequence(shortcut))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(lambda _checked=False: self.open())
        if before is not None:
            menu.insertAction(before, self.action)
        else:
            menu.addAction(self.action)
        self.retranslate()
        window.installEventFilter(self)

    def retranslate(self) -> None:
        """Set the action's text in the current language."""
        raise NotImplementedError

    def open(self) -> object:
        """Open (or bring forward) the item's screen."""
        raise NotImplementedError

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
