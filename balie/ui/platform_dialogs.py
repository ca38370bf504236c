"""Work that only the platform can do: search by name, renew a kansenstatuut, add a membership,
replace a lost card.

These are online-only by design (the platform decides; a queued renewal that fails days later would
have misled the customer), so they never go to the outbox. What matters at the desk is saying so
*before* the cashier starts typing: every dialog here opens with its fields disabled, asks whether
the platform is reachable, and either enables them or says plainly that this needs a connection.
A refusal shows the platform's own words (endUserMessage) verbatim.

:func:`online_call` is the small helper that turns a port call into an :class:`OnlineAnswer` value
(done / refused / offline), so no dialog handles exceptions itself.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from balie import registration as rules
from balie.domain import CardSystemInfo, Problem
from balie.numbers import validate_uitpas_number
from balie.ports import PlatformRefusal, PlatformUnavailable
from balie.registration import CardCheck, CardType, HolderSummary, MembershipOption
from balie.ui.banner import Banner, BannerKind
from balie.ui.worker import Runner


class OnlineWorkPort(Protocol):
    """Implemented over the UiTPAS client (``balie.sync.online_work.ClientOnlineWork``). Methods
    raise PlatformUnavailable (offline) or PlatformRefusal (the platform said no)."""

    def search_by_name(self, name: str, first_name: str = "") -> list[HolderSummary]: ...

    def renew_kansenstatuut(self, passholder_id: str, end_date: date) -> None: ...

    def membership_preview(self, passholder_id: str, card_system_id: int,
                           social_tariff: bool) -> MembershipOption: ...

    def create_membership(self, passholder_id: str, card_system_id: int, *,
                          card_type: CardType, uitpas_number: str = "",
                          kansenstatuut_end: date | None = None) -> None: ...

    def replace_card(self, passholder_id: str, card_system_id: int,
                     new_uitpas_number: str) -> None: ...

    def check_card(self, *, uitpas_number: str | None = None,
                   chip_number: str | None = None) -> CardCheck: ...


@dataclass(frozen=True)
class OnlineAnswer:
    """One online call's outcome as a value: ``value`` when done, else why not."""

    value: Any = None
    problem: Problem | None = None
    offline: str | None = None

    @property
    def done(self) -> bool:
        return self.problem is None and self.offline is None


def online_call(fn: Callable[..., Any]) -> Callable[..., OnlineAnswer]:
    """Decorator: PlatformUnavailable -> offline answer, PlatformRefusal -> its problem."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> OnlineAnswer:
        try:
            return OnlineAnswer(value=fn(*args, **kwargs))
        except PlatformUnavailable as exc:
            return OnlineAnswer(offline=exc.reason or "offline")
        except PlatformRefusal as exc:
            return OnlineAnswer(problem=exc.problem)

    return wrapper


class OnlineOnlyDialog(QDialog):
    """Base: ``self.body`` stays disabled until the platform is known to be reachable."""

    def __init__(self, what: str, is_online: Callable[[], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = what
        self.runner = Runner(self, name="balie-online-only")
        self.banner = Banner(self)
        self.body = QWidget(self)
        self.body.setEnabled(False)
        self.online: bool | None = None
        self.close_button = close = QPushButton(self.tr("&Sluiten"), self)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.body, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.banner.show_message(BannerKind.INFO, self.tr("Verbinding met UiTPAS controleren…"))
        self.runner.submit(is_online, self._paint_online, lambda _e: self._paint_online(False))

    def _paint_online(self, online: bool) -> None:
        self.online = online
        if not online:
            self.say_offline()
            return
        self.banner.clear()
        self.body.setEnabled(True)
        self.first_field().setFocus()

    def say_offline(self, detail: str = "") -> None:
        self.body.setEnabled(False)
        self.banner.show_message(
            BannerKind.WARNING,
            self.tr("%1 kan alleen met verbinding met UiTPAS, en de balie is nu offline.")
            .replace("%1", self.what),
            self.tr("Probeer het later opnieuw, of vraag de klant terug te komen.")
            + (f"\n{detail}" if detail and detail != "offline" else ""))

    def first_field(self) -> QWidget:
        return self.body

    def call(self, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        """Run ``fn`` through :func:`online_call` on the worker; refusals and offline are shown
        here, ``on_done`` gets the value."""
        self.body.setEnabled(False)

        def answered(answer: OnlineAnswer) -> None:
            self.body.setEnabled(answer.offline is None)
            if answer.offline is not None:
                self.say_offline(answer.offline)
            elif answer.problem is not None:
                self.banner.show_message(BannerKind.REFUSED, answer.problem.message,
                                         answer.problem.next_step)
            else:
                on_done(answer.value)

        self.runner.submit(online_call(fn), answered,
                           lambda exc: answered(OnlineAnswer(offline=str(exc))))

    def done(self, result: int) -> None:  # Qt API: also end the worker thread
        self.runner.stop(2.0)
        super().done(result)


def holder_line(holder: HolderSummary) -> str:
    born = rules.format_date_nl(holder.birth_date)
    parts = [f"{holder.name} {holder.first_name}", born, holder.uitpas_number or "",
             f"{holder.postal_code} {holder.city}".strip()]
    return " — ".join(p for p in parts if p)


class SearchByNameDialog(OnlineOnlyDialog):
    """``GET /passholders?name=``: find a holder who forgot the card; ``chosen`` carries them."""

    chosen = Signal(object)
    #: (kind, holder): "renew" | "membership" | "replace" asked for the selected holder
    action_requested = Signal(str, object)

    def __init__(self, port: OnlineWorkPort, is_online: Callable[[], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("SearchByNameDialog", "Zoeken op naam"), is_online, parent)
        self.setWindowTitle(self.tr("Pashouder zoeken op naam"))
        self.port = port
        self.name = QLineEdit(self.body)
        self.first_name = QLineEdit(self.body)
        self.search_button = QPushButton(self.tr("&Zoeken (Enter)"), self.body)
        self.results = QListWidget(self.body)
        self.results.setMinimumSize(640, 240)
        self.count = QLabel("", self.body)
        form = QFormLayout(self.body)
        form.addRow(self.tr("&Familienaam"), self.name)
        form.addRow(self.tr("&Voornaam"), self.first_name)
        form.addRow("", self.search_button)
        form.addRow(self.count)
        form.addRow(self.results)
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.search)
        self.name.returnPressed.connect(self.search)
        self.first_name.returnPressed.connect(self.search)
        self.results.itemActivated.connect(self._activated)
        self.holders: list[HolderSummary] = []
        actions = QHBoxLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        for kind, text in (("renew", self.tr("Kansenstatuut &verlengen")),
                           ("membership", self.tr("&Lidmaatschap")),
                           ("replace", self.tr("Kaart ve&rvangen"))):
            button = QPushButton(text, self.body)
            button.setEnabled(False)
            button.clicked.connect(lambda _c=False, k=kind: self._request(k))
            self.action_buttons[kind] = button
            actions.addWidget(button)
        form.addRow(actions)

    def first_field(self) -> QWidget:
        return self.name

    def search(self) -> None:
        name, first = self.name.text().strip(), self.first_name.text().strip()
        if len(name) < 2 and len(first) < 2:
            self.banner.show_message(BannerKind.INFO, self.tr("Typ minstens 2 letters."))
            return
        self.call(lambda: self.port.search_by_name(name, first), self._paint)

    def _paint(self, holders: list[HolderSummary]) -> None:
        self.banner.clear()
        self.holders = list(holders)
        self.results.clear()
        for holder in self.holders:
            QListWidgetItem(holder_line(holder), self.results)
        self.count.setText(self.tr("%n pashouder(s) gevonden.", "", len(holders))
                           if holders else self.tr("Niemand gevonden met deze naam."))
        for button in self.action_buttons.values():
            button.setEnabled(bool(holders))
        if holders:
            self.results.setCurrentRow(0)
            self.results.setFocus()

    def selected(self) -> HolderSummary | None:
        row = self.results.currentRow()
        return self.holders[row] if 0 <= row < len(self.holders) else None

    def _request(self, kind: str) -> None:
        holder = self.selected()
        if holder is not None:
            self.action_requested.emit(kind, holder)

    def _activated(self, _item: QListWidgetItem) -> None:
        row = self.results.currentRow()
        if 0 <= row < len(self.holders):
            self.chosen.emit(self.holders[row])
            self.accept()


class RenewKansenstatuutDialog(OnlineOnlyDialog):
    """Extend the kansenstatuut: a full ``PUT /passholders/{id}`` with the new end date."""

    renewed = Signal(object)

    def __init__(self, port: OnlineWorkPort, is_online: Callable[[], bool],
                 holder: HolderSummary, today: date, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("RenewKansenstatuutDialog", "Het kansenstatuut verlengen"), is_online, parent)
        self.setWindowTitle(self.tr("Kansenstatuut verlengen"))
        self.port, self.holder = port, holder
        self.current = QLabel(self.tr("Nu geldig tot: %1").replace(
            "%1", rules.format_date_nl(holder.kansenstatuut_until) or self.tr("(geen)")), self.body)
        self.end = QLineEdit(rules.format_date_nl(rules.default_kansenstatuut_end(today)),
                             self.body)
        self.confirm = QPushButton(self.tr("&Verlengen"), self.body)
        self.confirm.clicked.connect(self.renew)
        self.end.returnPressed.connect(self.renew)
        form = QFormLayout(self.body)
        form.addRow(QLabel(holder_line(holder), self.body))
        form.addRow(self.current)
        form.addRow(self.tr("&Nieuwe einddatum"), self.end)
        form.addRow("", self.confirm)
        self.today = today

    def first_field(self) -> QWidget:
        return self.end

    def renew(self) -> None:
        end = rules.parse_date_nl(self.end.text())
        if end is None or end < self.today:
            self.banner.show_message(BannerKind.REFUSED,
                                     self.tr("Typ een einddatum in de toekomst (dd/mm/jjjj)."))
            return
        holder_id = self.holder.passholder_id
        self.call(lambda: self.port.renew_kansenstatuut(holder_id, end),
                  lambda _none: self._done(end))

    def _done(self, end: date) -> None:
        self.banner.show_message(BannerKind.OK, self.tr("Kansenstatuut verlengd tot %1.")
                                 .replace("%1", rules.format_date_nl(end)))
        self.confirm.setEnabled(False)
        self.renewed.emit(end)


class _CardField(QWidget):
    """A new card's number: typed, or filled by a tap (the chip is looked up online)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(self.tr("tik de nieuwe kaart of typ het nummer"))
        self.hint = QLabel("", self)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.number)
        layout.addWidget(self.hint)


class MembershipDialog(OnlineOnlyDialog):
    """Join another card system (or replace a membership): preview first, then create."""

    created = Signal()

    def __init__(self, port: OnlineWorkPort, is_online: Callable[[], bool],
                 holder: HolderSummary, card_systems: list[CardSystemInfo],
                 signals: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("MembershipDialog", "Een lidmaatschap aanmaken"), is_online, parent)
        self.setWindowTitle(self.tr("Lidmaatschap"))
        self.port, self.holder = port, holder
        self.card_system = QComboBox(self.body)
        for cs in card_systems:
            self.card_system.addItem(cs.name, cs.id)
        self.social = QCheckBox(self.tr("Met &kansenstatuut"), self.body)
        self.digital = QCheckBox(self.tr("Digitale pas (zonder kaart)"), self.body)
        self.card = _CardField(self.body)
        self.preview_label = QLabel("", self.body)
        self.preview_label.setWordWrap(True)
        self.preview_button = QPushButton(self.tr("&Bekijken"), self.body)
        self.create_button = QPushButton(self.tr("&Aanmaken"), self.body)
        self.create_button.setEnabled(False)
        self.preview_button.clicked.connect(self.preview)
        self.create_button.clicked.connect(self.create_membership)
        self.card_system.currentIndexChanged.connect(lambda _i: self._reset())
        self.social.toggled.connect(lambda _on: self._reset())
        self.option: MembershipOption | None = None
        form = QFormLayout(self.body)
        form.addRow(QLabel(holder_line(holder), self.body))
        form.addRow(self.tr("UiTPAS-&gebied"), self.card_system)
        form.addRow("", self.social)
        form.addRow("", self.digital)
        form.addRow(self.tr("Nieuwe &kaart"), self.card)
        form.addRow("", self.preview_button)
        form.addRow(self.preview_label)
        form.addRow("", self.create_button)
        if signals is not None:
            signals.card_tapped.connect(self._tapped)

    def first_field(self) -> QWidget:
        return self.card_system

    def _reset(self) -> None:
        self.option = None
        self.create_button.setEnabled(False)
        self.preview_label.setText("")

    def _tapped(self, _reader: str, chip: str) -> None:
        if self.isVisible() and self.body.isEnabled():
            self.call(lambda: self.port.check_card(chip_number=chip), self._paint_card)

    def _paint_card(self, card: CardCheck) -> None:
        verdict = rules.blank_card_verdict(card, self.card_system.currentData())
        self.card.hint.setText(verdict.message)
        if verdict.ok:
            self.card.number.setText(verdict.uitpas_number)

    def preview(self) -> None:
        cs, social = self.card_system.currentData(), self.social.isChecked()
        holder_id = self.holder.passholder_id
        self.call(lambda: self.port.membership_preview(holder_id, cs, social), self._paint_preview)

    def _paint_preview(self, option: MembershipOption) -> None:
        self.option = option
        text = {"NEW_MEMBERSHIP": self.tr("Nieuw lidmaatschap mogelijk."),
                "REPLACE_MEMBERSHIP": self.tr("Dit vervangt het huidige lidmaatschap."),
                }.get(option.kind, self.tr("Een lidmaatschap in dit gebied is niet mogelijk."))
        if option.kansenstatuut_end is not None:
            text += " " + self.tr("Kansenstatuut tot %1.").replace(
                "%1", rules.format_date_nl(option.kansenstatuut_end))
        if option.address_change_required:
            text += " " + self.tr("Eerst moet het adres naar dit gebied verhuizen.")
        self.preview_label.setText(text)
        self.create_button.setEnabled(option.possible and not option.address_change_required)

    def create_membership(self) -> None:
        """Named apart from QWidget.create (Qt's own window creation), which it used to hide."""
        if self.option is None:
            return
        digital = self.digital.isChecked()
        number = self.card.number.text().strip()
        if not digital and not validate_uitpas_number(number).ok:
            self.card.hint.setText(self.tr("Tik de nieuwe kaart of typ het nummer op de kaart."))
            return
        cs, holder_id, end = (self.card_system.currentData(), self.holder.passholder_id,
                              self.option.kansenstatuut_end if self.social.isChecked() else None)
        self.call(lambda: self.port.create_membership(
            holder_id, cs, card_type=CardType.DIGITAL if digital else CardType.NFC_CARD,
            uitpas_number=number, kansenstatuut_end=end), lambda _none: self._done())

    def _done(self) -> None:
        self.banner.show_message(BannerKind.OK, self.tr("Lidmaatschap aangemaakt."))
        self.create_button.setEnabled(False)
        self.created.emit()


class ReplaceCardDialog(OnlineOnlyDialog):
    """A lost card: a new membership with the new card's number (the old card stops working)."""

    replaced = Signal(str)

    def __init__(self, port: OnlineWorkPort, is_online: Callable[[], bool],
                 holder: HolderSummary, card_systems: list[CardSystemInfo],
                 signals: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("ReplaceCardDialog", "Een verloren kaart vervangen"), is_online, parent)
        self.setWindowTitle(self.tr("Kaart vervangen"))
        self.port, self.holder = port, holder
        self.card_system = QComboBox(self.body)
        for cs in card_systems:
            if not holder.card_system_ids or cs.id in holder.card_system_ids:
                self.card_system.addItem(cs.name, cs.id)
        self.card = _CardField(self.body)
        self.confirm = QPushButton(self.tr("&Vervangen"), self.body)
        self.confirm.clicked.connect(self.replace)
        self.card.number.returnPressed.connect(self.replace)
        form = QFormLayout(self.body)
        form.addRow(QLabel(holder_line(holder), self.body))
        form.addRow(self.tr("UiTPAS-&gebied"), self.card_system)
        form.addRow(self.tr("Nieuwe &kaart"), self.card)
        form.addRow(QLabel(self.tr("De oude kaart werkt daarna niet meer."), self.body))
        form.addRow("", self.confirm)
        if signals is not None:
            signals.card_tapped.connect(self._tapped)

    def first_field(self) -> QWidget:
        return self.card.number

    def _tapped(self, _reader: str, chip: str) -> None:
        if self.isVisible() and self.body.isEnabled():
            self.call(lambda: self.port.check_card(chip_number=chip), self._paint_card)

    def _paint_card(self, card: CardCheck) -> None:
        verdict = rules.blank_card_verdict(card, self.card_system.currentData())
        self.card.hint.setText(verdict.message)
        if verdict.ok:
            self.card.number.setText(verdict.uitpas_number)

    def replace(self) -> None:
        checked = validate_uitpas_number(self.card.number.text())
        if not checked.ok:
            self.card.hint.setText(checked.reason)
            return
        cs, holder_id = self.card_system.currentData(), self.holder.passholder_id
        self.call(lambda: self.port.replace_card(holder_id, cs, checked.value),
                  lambda _none: self._done(checked.value))

    def _done(self, number: str) -> None:
        self.banner.show_message(BannerKind.OK, self.tr("Kaart vervangen: de nieuwe kaart is "
                                                        "%1.").replace("%1", number))
        self.confirm.setEnabled(False)
        self.replaced.emit(number)
