"""Who stands at the counter and what they pay: the part of the screen the cashier reads aloud.

Shows the first name and card system, the kansenstatuut with its end date (and a warning when it
runs out soon or is in its grace period), the points, the platform's messages verbatim, and the
offers as large choosable buttons. The kansenstatuut is shown here, on the cashier's screen only.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from balie.domain import (
    BRUSSELS,
    PassType,
    SocialTariffStatus,
    TariffOffer,
    TariffType,
    format_euro,
    utcnow,
)
from balie.ui.elide import WrappedLabel
from balie.ui.port import KnownHolder, PassView

#: a kansenstatuut ending within this many days gets a warning, so the cashier can point to renewal
EXPIRY_WARNING_DAYS = 30


def _restyle(widget: QWidget, state: str) -> None:
    """The style sheet's ``state`` look; re-polished only when it changes (a repaint of the
    same pass, as the platform's confirmation mostly is, keeps its look at no cost)."""
    if widget.property("state") == state:
        return
    widget.setProperty("state", state)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def default_offer(offers: tuple[TariffOffer, ...]) -> TariffOffer | None:
    """The kansentarief when there is one, else the regular price. Coupons are never pre-chosen:
    they are often single-use and the holder decides."""
    for kind in (TariffType.SOCIALTARIFF, TariffType.REGULAR):
        for offer in offers:
            if offer.type is kind:
                return offer
    return offers[0] if offers else None


class PassPanel(QWidget):
    """Paints a :class:`PassView`; emits ``offer_chosen`` when the cashier picks another price."""

    offer_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # a long group name takes two lines at most: it must not widen the window nor push the
        # price off the screen (the whole name is in the tooltip)
        self.who = WrappedLabel(2, self)
        self.who.setObjectName("who")
        self.kansen = QLabel(self)
        self.kansen.setObjectName("kansen")
        self.kansen.setWordWrap(True)
        self.points = QLabel(self)
        self.points.setObjectName("detail")
        self.messages = QLabel(self)
        self.messages.setObjectName("notes")  # a size smaller: three notes fit a 720-pixel screen
        self.messages.setWordWrap(True)
        self.provisional = QLabel(self)
        self.provisional.setObjectName("provisional")
        self.price = QLabel(self)
        self.price.setObjectName("price")
        self._offers_box = QWidget(self)
        self._offers_layout = QGridLayout(self._offers_box)
        self._offers_layout.setContentsMargins(0, 0, 0, 0)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: list[tuple[QPushButton, TariffOffer]] = []
        self.provisional.setWordWrap(True)
        # who on the left, the offers beside them; the notes across the whole width below, then
        # the amount with how sure it is beside it: a 768-pixel screen (672 at 150 %) has no
        # height for all of them one under the other, and long notes need the width
        left = QVBoxLayout()
        for widget in (self.who, self.kansen, self.points):
            left.addWidget(widget)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._offers_box)
        right.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(left, 3)
        top.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.messages)
        amount = QHBoxLayout()
        amount.addWidget(self.price)
        amount.addWidget(self.provisional, 1)
        layout.addLayout(amount)
        layout.addStretch(1)
        self._view: PassView | None = None
        self._holder: KnownHolder | None = None
        self.clear()
        self.retranslate()

    def retranslate(self) -> None:
        """Repaint in the language just installed: the same pass, the same choice of price."""
        view, holder, chosen = self._view, self._holder, self.selected_offer()
        if view is not None:
            self.show_view(view)
            for button, offer in self._buttons:
                if offer == chosen:
                    button.setChecked(True)
                    self._paint_price(offer)
        elif holder is not None:
            self.show_refused_holder(holder)
        else:
            self.clear()

    @property
    def view(self) -> PassView | None:
        return self._view

    def offer_buttons(self) -> list[QPushButton]:
        return [button for button, _ in self._buttons]

    def selected_offer(self) -> TariffOffer | None:
        for button, offer in self._buttons:
            if button.isChecked():
                return offer
        return None

    def clear(self) -> None:
        self._view = None
        self._holder = None
        self.who.setText(self.tr("Nog geen pas: tik, scan of typ het nummer"))
        for label in (self.kansen, self.points, self.messages, self.price):
            label.clear()
        self.kansen.setVisible(False)
        self.messages.setVisible(False)
        self.provisional.setVisible(False)
        self._set_offers(())

    def show_refused_holder(self, holder: KnownHolder) -> None:
        """A refused card (blocked, replaced...) still has a holder: the cashier reads the name
        and the number to talk to them, beside the red banner. Nothing can be sold: no view."""
        self.clear()
        self._holder = holder
        self.who.setText(holder.first_name)
        self.points.setText(self.tr("UiTPAS %1").replace("%1", holder.uitpas_number))

    def update_points(self, points: int) -> None:
        """After a check-in or redemption: the balance now, also for the next reward choice."""
        view = self._view
        if view is None or view.pass_ is None or view.is_group:
            return
        self._view = dataclasses.replace(view, pass_=dataclasses.replace(view.pass_,
                                                                         points=points))
        self._show_points(self._view)

    def show_view(self, view: PassView, now: datetime | None = None) -> None:
        self._view = view
        snap = view.pass_
        if snap is None:
            self.who.setText(self.tr("UiTPAS %1").replace("%1", view.uitpas_number))
            self.points.setText(self.tr("Pashouder nog niet gekend op deze balie"))
            self.kansen.setVisible(False)
            self._finish(view)
            return
        system = snap.card_system.name if snap.card_system else self.tr("onbekend kaartsysteem")
        if snap.pass_type is PassType.GROUP:
            self.who.setText(self.tr("Groepspas %1 · %2").replace("%1", snap.first_name)
                             .replace("%2", system))
            self.points.setText(self.tr("Groepspas: geen punten, geen inchecken of voordelen"))
        else:
            self.who.setText(f"{snap.first_name} · {system}")
            self._show_points(view)
        self._show_kansen(view, now or utcnow())
        self._finish(view)

    def _show_points(self, view: PassView) -> None:
        """The balance to go by; marked while it is unknown whether UiTPAS's figure already holds
        a check-in or reward of this counter that reached it during the read."""
        assert view.pass_ is not None
        text = (self.tr("Punten: %1") if view.points_certain
                else self.tr("Punten: %1 (wordt bevestigd)"))
        self.points.setText(text.replace("%1", str(view.pass_.points)))

    def _finish(self, view: PassView) -> None:
        snap = view.pass_
        # the platform's messages verbatim, then the counter's own notes; each line once
        lines = list(dict.fromkeys([m.text for m in (snap.messages if snap else ())]
                                   + list(view.platform_messages) + list(view.notes)))
        self.messages.setText("\n".join(lines))
        self.messages.setVisible(bool(lines))
        self.show_mark(view)
        self._set_offers(view.offers)

    def show_mark(self, view: PassView) -> None:
        """How sure the price is: a calm "wordt bevestigd" while the platform is asked, the
        "voorlopig" warning when the counter decided without it, nothing when confirmed."""
        if view.confirming:
            self.provisional.setText(self.tr("Wordt bevestigd door UiTPAS…"))
            _restyle(self.provisional, "confirming")
        elif view.price_uncertain:
            self.provisional.setText(self.tr("VOORLOPIG, PRIJS ONZEKER: andere regio"))
            _restyle(self.provisional, "")
        else:
            self.provisional.setText(self.tr("VOORLOPIG: beslist zonder verbinding, "
                                             "wordt later bevestigd"))
            _restyle(self.provisional, "")
        self.provisional.setVisible(view.provisional)

    def settle(self, view: PassView) -> None:
        """The same decision, now known to stand as it is (the platform could not be asked):
        only the mark changes, the offers and the cashier's choice stay."""
        self._view = view
        self.show_mark(view)

    def keep_offer(self, offer: TariffOffer | None) -> None:
        """After a repaint in place: the cashier's choice stays chosen when the offer is still
        there (same tariff), else the default stays."""
        if offer is None:
            return
        for button, candidate in self._buttons:
            if candidate.id == offer.id and candidate.type is offer.type:
                button.setChecked(True)
                self._paint_price(candidate)
                return

    def _show_kansen(self, view: PassView, now: datetime) -> None:
        snap = view.pass_
        assert snap is not None
        status = snap.social_tariff_status
        end = snap.social_tariff_end_date
        end_text = end.astimezone(BRUSSELS).strftime("%d/%m/%Y") if end else ""
        self.kansen.setVisible(True)
        if status is SocialTariffStatus.ACTIVE:
            if end is not None and end < now:
                text = self.tr("Kansenstatuut in overgangsperiode (einddatum %1)")
                _restyle(self.kansen, "warning")
            elif end is not None and end - now <= timedelta(days=EXPIRY_WARNING_DAYS):
                text = self.tr("Kansenstatuut loopt af op %1")
                _restyle(self.kansen, "warning")
            elif end is not None:
                text = self.tr("Kansenstatuut geldig tot %1")
                _restyle(self.kansen, "active")
            else:
                text = self.tr("Kansenstatuut actief")
                _restyle(self.kansen, "active")
        elif status is SocialTariffStatus.EXPIRED:
            text = self.tr("Kansenstatuut verlopen sinds %1: gewone prijs.") if end else \
                self.tr("Kansenstatuut verlopen: gewone prijs.")
            _restyle(self.kansen, "warning")
        elif status is SocialTariffStatus.SUSPENDED:
            text = self.tr("Kansenstatuut opgeschort: gewone prijs.")
            _restyle(self.kansen, "warning")
        else:
            text = self.tr("Geen kansenstatuut")
            _restyle(self.kansen, "none")
        self.kansen.setText(text.replace("%1", end_text))

    def _set_offers(self, offers: tuple[TariffOffer, ...]) -> None:
        chosen = default_offer(offers)
        if [offer for _, offer in self._buttons] == list(offers) and all(
                button.text() == self.offer_text(offer) for button, offer in self._buttons):
            # the same offers as on screen (the platform confirmed them): the buttons stay,
            # only the choice goes back to the default, as with new buttons
            self._buttons = [(button, offer) for (button, _), offer in zip(self._buttons, offers,
                                                                          strict=True)]
            for button, offer in self._buttons:
                if offer is chosen:
                    button.setChecked(True)  # an exclusive group: the others go off
            self._paint_price(chosen)
            return
        for button, _ in self._buttons:
            self._group.removeButton(button)
            button.deleteLater()
        self._buttons = []
        for index, offer in enumerate(offers):
            button = QPushButton(self._offers_box)
            button.setObjectName("offer")
            button.setCheckable(True)
            button.setText(self.offer_text(offer))
            button.setChecked(offer is chosen)
            button.clicked.connect(lambda _=False, o=offer: self._choose(o))
            self._group.addButton(button)
            self._offers_layout.addWidget(button, index, 0)
            self._buttons.append((button, offer))
        self._paint_price(chosen)

    def offer_text(self, offer: TariffOffer) -> str:
        if offer.type is TariffType.SOCIALTARIFF:
            name = self.tr("Kansentarief")
        elif offer.type is TariffType.REGULAR:
            name = self.tr("Gewone prijs")
        else:
            name = self.tr("Bon: %1").replace("%1", offer.name)
        text = f"{name}   {format_euro(offer.price)}"
        if offer.remaining is not None and offer.type is not TariffType.REGULAR:
            group = self._view is not None and self._view.is_group
            if offer.remaining == 1 and not group:
                # an individual's remaining is always 1 (publiq): one ticket per sale, not the
                # last one left; "nog 1 ticket" had the cashier refuse the next sale
                text += "\n" + self.tr("1 ticket per aankoop")
            else:  # "(nog 1)" read as "one left" of anything; say what is left
                text += "\n" + self.tr("nog %n ticket(s) aan dit tarief", "", offer.remaining)
        return text

    def _choose(self, offer: TariffOffer) -> None:
        self._paint_price(offer)
        self.offer_chosen.emit(offer)

    def show_refund(self, text: str) -> None:
        """After an undone sale: "Terug te geven: € 1,10" replaces "Te betalen" (marked apart),
        until the next price is painted."""
        self.price.setText(text)
        _restyle(self.price, "refund")

    def _paint_price(self, offer: TariffOffer | None) -> None:
        _restyle(self.price, "pay")
        if offer is None:
            self.price.clear()
            return
        self.price.setText(self.tr("Te betalen: %1").replace("%1", format_euro(offer.price)))
