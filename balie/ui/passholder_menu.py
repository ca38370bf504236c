"""The 'Pashouder' menu of the counter window: new pass holder (F9), search by name (Ctrl+F), and
from a search result the online-only work (renew kansenstatuut, membership, replace a card).

Kept apart from the main window so the window only gains one call: the composition root calls
:func:`install_passholder_menu` with the ports it built. Dialogs open window-modal (``open()``,
never a nested ``exec()`` loop), so the counter keeps running behind them and a card tapped while
one is open belongs to that dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from balie.domain import CardSystemInfo
from balie.registration import HolderSummary
from balie.ui.platform_dialogs import (
    MembershipDialog,
    OnlineWorkPort,
    RenewKansenstatuutDialog,
    ReplaceCardDialog,
    SearchByNameDialog,
)
from balie.ui.receipt import Receipt, ReceiptDialog
from balie.ui.registration import RegistrationForm, RegistrationPort


@dataclass
class PassholderWork:
    """What the menu needs, all built by the composition root."""

    registration: RegistrationPort
    online: OnlineWorkPort
    is_online: Callable[[], bool]
    card_systems: Callable[[], list[CardSystemInfo]]
    today: Callable[[], date]
    organizer_name: str = ""
    counter_name: str = ""
    training: bool = False


class PassholderMenu(QObject):
    """Owns the open dialogs (one of each at a time) and the menu actions."""

    def __init__(self, window: QMainWindow, signals: Any, work: PassholderWork) -> None:
        super().__init__(window)
        self.window, self.signals, self.work = window, signals, work
        self.dialog: Any = None
        self.receipt_dialog: ReceiptDialog | None = None
        menu = window.menuBar().addMenu(self.tr("&Pashouder"))
        self.new_action = self._action(menu, self.tr("&Nieuwe pashouder"), self.open_registration,
                                       "F9")
        self.search_action = self._action(menu, self.tr("Zoeken op &naam"), self.open_search,
                                          "Ctrl+F")

    def _action(self, menu: Any, text: str, slot: Callable[[], Any], key: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _show(self, dialog: Any) -> Any:
        self.dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
        return dialog

    def open_registration(self) -> RegistrationForm:
        form = RegistrationForm(self.work.registration, self.signals, self.window,
                                organizer_name=self.work.organizer_name,
                                counter_name=self.work.counter_name,
                                training=self.work.training)
        form.resize(1280, 760)
        form.registered.connect(self.show_receipt)
        return self._show(form)

    def show_receipt(self, receipt: Receipt | None) -> ReceiptDialog | None:
        if receipt is None:
            return None
        self.receipt_dialog = ReceiptDialog(receipt, self.window)
        self.receipt_dialog.show()
        return self.receipt_dialog

    def open_search(self) -> SearchByNameDialog:
        search = SearchByNameDialog(self.work.online, self.work.is_online, self.window)
        search.resize(900, 560)
        search.action_requested.connect(self.open_for_holder)
        return self._show(search)

    def open_for_holder(self, kind: str, holder: HolderSummary) -> Any:
        if self.dialog is not None:
            self.dialog.close()
        work = self.work
        if kind == "renew":
            dialog: Any = RenewKansenstatuutDialog(work.online, work.is_online, holder,
                                                   work.today(), self.window)
        elif kind == "membership":
            dialog = MembershipDialog(work.online, work.is_online, holder, work.card_systems(),
                                      self.signals, self.window)
        else:
            dialog = ReplaceCardDialog(work.online, work.is_online, holder, work.card_systems(),
                                       self.signals, self.window)
        dialog.resize(820, 520)
        return self._show(dialog)


def install_passholder_menu(window: QMainWindow, signals: Any,
                            work: PassholderWork) -> PassholderMenu:
    return PassholderMenu(window, signals, work)
