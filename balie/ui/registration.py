"""The new-pass-holder form: filled from the eID (or typed), checked as the cashier types, the
new card assigned by tapping it, and registered online or queued offline with the consequences
spelled out before anyone starts typing.

The rules (what is missing, minors, default end date, the API body) are the core's
(:mod:`balie.registration`); this screen only shows them next to the right field. Slow answers
(card check, pass price, INSZ in use) come from the :class:`RegistrationPort` on the dialog's own
worker thread, so typing never stutters.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from balie import registration as rules
from balie.counter import new_action_key
from balie.domain import CardSystemInfo, format_euro, utcnow
from balie.numbers import validate_uitpas_number
from balie.registration import BlankCardVerdict, CardType, Gender, OptIns, PassPrice
from balie.ui.banner import Banner, BannerKind
from balie.ui.port import ActionOutcome
from balie.ui.postcodes import municipality
from balie.ui.receipt import Receipt
from balie.ui.threads import assert_gui_thread
from balie.ui.worker import Runner

_INVALID = "border: 3px solid #b00020;"


class RegistrationPort(Protocol):
    """What the form needs; every call may block (SQLite, network) and runs on the Runner."""

    def today(self) -> date: ...

    def is_online(self) -> bool: ...

    def card_systems_for(self, postal_code: str) -> list[CardSystemInfo]: ...

    def all_card_systems(self) -> list[CardSystemInfo]: ...

    def membership_price(self, card_system_id: int, postal_code: str, birth_date: date,
                         social_tariff: bool) -> PassPrice | None:
        """None offline: the screen says the price will be confirmed."""
        ...

    def insz_in_use(self, insz: str) -> bool | None: ...

    def check_blank_card(self, identifier: str, card_system_id: int | None) -> BlankCardVerdict:
        """A tapped chip or typed number: (uitpas_number, ok, message)."""
        ...

    def register(self, form: rules.RegistrationForm, *, price_cents: int,
                 idempotency_key: str) -> ActionOutcome: ...


def parse_euro(text: str) -> int | None:
    """'5', '5,5', '€ 5,00' -> cents; None when it is no amount."""
    cleaned = text.replace("€", "").replace(" ", "").replace(",", ".")
    if not cleaned:
        return None
    try:
        value = round(float(cleaned) * 100)
    except ValueError:
        return None
    return value if 0 <= value <= 100_000 else None


class RegistrationForm(QDialog):
    """Register a new pass holder. ``registered`` carries the :class:`Receipt` to print."""

    registered = Signal(object)

    def __init__(self, port: RegistrationPort, signals: Any, parent: QWidget | None = None, *,
                 organizer_name: str = "", counter_name: str = "", training: bool = False) -> None:
        super().__init__(parent)
        self.port = port
        self._training = training
        self._city_filled = ""  # the municipality the form filled from the postal code
        self._organizer_name = organizer_name
        self._counter_name = counter_name
        self.runner = Runner(self, name="balie-registration")
        self.action_key = new_action_key()
        self.online: bool | None = None
        self.price: PassPrice | None = None
        self.receipt: Receipt | None = None
        self._today = date.today()
        self.setWindowTitle(self.tr("Nieuwe pashouder"))
        self._build()
        signals.card_tapped.connect(self._card_tapped)
        if hasattr(signals, "eid_read"):
            signals.eid_read.connect(self.fill_from_eid)
        self.runner.submit(lambda: (port.today(), port.is_online()), self._paint_start,
                           lambda _e: None)

    # -- layout ------------------------------------------------------------------------------
    def _line(self, placeholder: str = "") -> QLineEdit:
        field = QLineEdit(self)
        field.setPlaceholderText(placeholder)
        return field

    def _build(self) -> None:
        self.banner = Banner(self)
        self.hint = QLabel(self.tr("Steek de eID in de kaartlezer om het formulier in te vullen, "
                                   "of typ de gegevens."), self)
        self.hint.setWordWrap(True)
        person = QGroupBox(self.tr("Persoon"), self)
        form = QFormLayout(person)
        self.first_name, self.last_name = self._line(), self._line()
        self.insz = self._line(self.tr("11 cijfers"))
        self.insz_hint = QLabel("", self)
        self.birth_date = self._line(self.tr("dd/mm/jjjj"))
        self.age_hint = QLabel("", self)
        for hint in (self.insz_hint, self.age_hint):
            hint.setWordWrap(True)
        self.gender = QComboBox(self)
        for text, value in ((self.tr("(niet opgegeven)"), None), (self.tr("Man"), Gender.MALE),
                            (self.tr("Vrouw"), Gender.FEMALE), (self.tr("X"), Gender.X)):
            self.gender.addItem(text, value)
        self.nationality, self.email, self.phone = self._line(), self._line(), self._line()
        for label, widget in ((self.tr("&Voornaam"), self.first_name),
                              (self.tr("&Familienaam"), self.last_name),
                              (self.tr("&Rijksregisternummer"), self.insz), ("", self.insz_hint),
                              (self.tr("&Geboortedatum"), self.birth_date), ("", self.age_hint),
                              (self.tr("Geslacht"), self.gender),
                              (self.tr("Nationaliteit"), self.nationality),
                              (self.tr("&E-mail"), self.email), (self.tr("&Telefoon"), self.phone)):
            form.addRow(label, widget)
        address = QGroupBox(self.tr("Adres en pas"), self)
        aform = QFormLayout(address)
        self.street, self.postal_code, self.city = self._line(), self._line("9000"), self._line()
        self.card_system = QComboBox(self)
        self.card_number = self._line(self.tr("tik de nieuwe kaart of typ het nummer"))
        self.card_hint = QLabel(self.tr("Leg de nieuwe kaart uit de voorraad op de lezer."), self)
        self.card_hint.setWordWrap(True)
        self.digital = QCheckBox(self.tr("Digitale pas (zonder kaart)"), self)
        self.kansen = QCheckBox(self.tr("&Kansenstatuut"), self)
        self.kansen_end = self._line(self.tr("dd/mm/jjjj"))
        self.kansen_end.setEnabled(False)
        self.kansen_end.setMinimumWidth(170)
        self.price_label = QLabel("", self)
        self.price_label.setWordWrap(True)
        self.paid = self._line(self.tr("bedrag in euro"))
        self.postal_code.setMaximumWidth(110)
        place = QHBoxLayout()
        place.addWidget(self.postal_code)
        place.addWidget(self.city, 1)
        place_label = QLabel(self.tr("&Postcode, gemeente"), self)
        place_label.setBuddy(self.postal_code)
        kansen_row = QHBoxLayout()
        kansen_row.addWidget(self.kansen)
        kansen_row.addWidget(QLabel(self.tr("tot"), self))
        kansen_row.addWidget(self.kansen_end, 1)
        rows: tuple[tuple[str | QLabel, QWidget | QLayout], ...] = (
            (self.tr("&Straat en nummer"), self.street),
            (place_label, place),
            (self.tr("UiTPAS-gebied"), self.card_system),
            (self.tr("&Nieuwe kaart"), self.card_number), ("", self.card_hint),
            ("", self.digital), ("", kansen_row),
            (self.tr("Prijs van de pas"), self.price_label),
            (self.tr("&Betaald"), self.paid))
        for caption, field in rows:
            aform.addRow(caption, field)
        consent = QGroupBox(self.tr("Toestemmingen"), self)
        grid = QGridLayout(consent)
        self.opt_ins = {key: QCheckBox(text, self) for key, text in (
            ("service_mails", self.tr("Servicemails")), ("milestone_mails", self.tr("Mijlpalen")),
            ("info_mails", self.tr("Infomails")), ("sms", self.tr("Sms")),
            ("post", self.tr("Post")))}
        self.opt_ins["service_mails"].setChecked(True)
        for i, box in enumerate(self.opt_ins.values()):
            grid.addWidget(box, 0, i)
        self.terms_paper = QCheckBox(self.tr("Voorwaarden op papier meegegeven"), self)
        self.terms_paper.setChecked(True)
        self.terms_digital = QCheckBox(self.tr("Voorwaarden digitaal bezorgd"), self)
        grid.addWidget(self.terms_paper, 1, 0, 1, 3)
        grid.addWidget(self.terms_digital, 1, 3, 1, 2)
        self.guardian_box = QGroupBox(self.tr("Minderjarig: ouder of voogd"), self)
        gform = QFormLayout(self.guardian_box)
        self.guardian_name = self._line()
        self.guardian_consent = QCheckBox(self.tr("De ouder of voogd geeft toestemming"), self)
        gform.addRow(self.tr("Naam ouder/voogd"), self.guardian_name)
        gform.addRow("", self.guardian_consent)
        self.guardian_box.setVisible(False)
        self.errors = QLabel("", self)
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #b00020; font-weight: bold;")
        self.register_button = QPushButton(self.tr("&Registreren (F10)"), self)
        self.register_button.clicked.connect(self.submit)
        QShortcut(QKeySequence("F10"), self, self.submit)
        cancel = QPushButton(self.tr("Annuleren (Esc)"), self)
        cancel.clicked.connect(self.reject)
        left = QVBoxLayout()
        left.addWidget(person)
        left.addWidget(self.guardian_box)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(address, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.register_button)
        # the form scrolls on a small screen; what the cashier must see stays outside it
        inner = QWidget(self)
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        inner_layout.addWidget(self.hint)
        inner_layout.addLayout(columns)
        inner_layout.addWidget(consent)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.errors)
        layout.addLayout(buttons)
        self.insz.textEdited.connect(self._insz_edited)
        self.birth_date.textChanged.connect(self._birth_changed)
        self.postal_code.textChanged.connect(self._postal_changed)
        self.card_system.currentIndexChanged.connect(lambda _i: self._ask_price())
        self.kansen.toggled.connect(self._kansen_toggled)
        self.digital.toggled.connect(lambda on: self.card_number.setEnabled(not on))
        self.card_number.editingFinished.connect(self._card_typed)
        self.first_name.setFocus()

    # -- start and live feedback ----------------------------------------------------------------
    def _paint_start(self, answer: tuple[date, bool]) -> None:
        self._today, self.online = answer
        if not self.online:
            lines = rules.offline_consequences(self.current_form())
            self.banner.show_message(
                BannerKind.WARNING,
                self.tr("Geen verbinding met UiTPAS: de registratie wordt bewaard en later "
                        "doorgestuurd."), "\n".join(lines))
        self._ask_price()

    def _insz_edited(self, text: str) -> None:
        feedback = rules.insz_feedback(text)
        self.insz_hint.setText(feedback.message)
        self.insz.setStyleSheet(_INVALID if feedback.complete and not feedback.ok else "")
        if feedback.ok and feedback.birth_date is not None:
            if not self.birth_date.text().strip():
                self.birth_date.setText(rules.format_date_nl(feedback.birth_date))
            if self.online:
                value = feedback.value
                self.runner.submit(lambda: self.port.insz_in_use(value), self._insz_used,
                                   lambda _e: None)

    def _insz_used(self, used: bool | None) -> None:
        if used:
            self.insz_hint.setText(self.tr("Er bestaat al een pashouder met dit "
                                           "rijksregisternummer: zoek de pashouder op."))
            self.insz.setStyleSheet(_INVALID)

    def _birth_changed(self, text: str) -> None:
        born = rules.parse_date_nl(text)
        minor = rules.is_minor(born, self._today)
        self.guardian_box.setVisible(minor)
        if born is None:
            self.age_hint.setText("")
        else:
            age = rules.age_on(born, self._today)
            self.age_hint.setText(self.tr("%1 jaar").replace("%1", str(age))
                                  + (self.tr(" — minderjarig: toestemming van ouder of voogd "
                                             "nodig") if minor else ""))
        self._ask_price()

    def _postal_changed(self, text: str) -> None:
        code = text.strip()
        if len(code) != 4 or not code.isdigit():
            return
        known = municipality(code)
        typed = self.city.text().strip()
        # fill an empty field, or replace what the form filled itself; never what was typed
        if known and (not typed or typed == self._city_filled):
            self.city.setText(known)
            self._city_filled = known
        self.runner.submit(lambda: (self.port.card_systems_for(code)
                                    or self.port.all_card_systems()),
                           self._fill_card_systems, lambda _e: None)

    def _fill_card_systems(self, systems: list[CardSystemInfo]) -> None:
        chosen = self.card_system.currentData()
        self.card_system.blockSignals(True)
        self.card_system.clear()
        for cs in systems:
            self.card_system.addItem(cs.name, cs.id)
        index = self.card_system.findData(chosen)
        self.card_system.setCurrentIndex(index if index >= 0 else 0)
        self.card_system.blockSignals(False)
        self._ask_price()

    def _kansen_toggled(self, on: bool) -> None:
        self.kansen_end.setEnabled(on)
        if on and not self.kansen_end.text().strip():
            self.kansen_end.setText(rules.format_date_nl(
                rules.default_kansenstatuut_end(self._today)))
        self._ask_price()

    def _ask_price(self) -> None:
        born = rules.parse_date_nl(self.birth_date.text())
        cs = self.card_system.currentData()
        postal = self.postal_code.text().strip()
        if born is None or cs is None or len(postal) != 4:
            self.price_label.setText(self.tr("Volgt uit gebied, postcode en geboortedatum."))
            return
        social = self.kansen.isChecked()
        self.runner.submit(lambda: self.port.membership_price(cs, postal, born, social),
                           self._paint_price, lambda _e: None)

    def _paint_price(self, price: PassPrice | None) -> None:
        self.price = price
        if price is None:
            self.price_label.setText(self.tr("Offline: de prijs wordt bevestigd bij het "
                                             "doorsturen. Reken af volgens de prijslijst."))
            return
        self.price_label.setText(format_euro(price.price_cents))
        self.paid.setText(format_euro(price.price_cents).replace("€ ", ""))

    # -- the new card -----------------------------------------------------------------------------
    def _card_tapped(self, _reader: str, chip: str) -> None:
        assert_gui_thread("card tapped (registration)")
        if not self.isVisible() or self.digital.isChecked():
            return
        self.card_hint.setText(self.tr("Kaart wordt gecontroleerd…"))
        self._check_card(chip)

    def _card_typed(self) -> None:
        text = self.card_number.text().strip()
        if text and text != getattr(self, "_checked_number", None):
            self._check_card(text)

    def _check_card(self, identifier: str) -> None:
        cs = self.card_system.currentData()
        self.runner.submit(lambda: self.port.check_blank_card(identifier, cs),
                           self._paint_card, lambda _e: None)

    def _paint_card(self, verdict: BlankCardVerdict) -> None:
        self.card_hint.setText(verdict.message)
        if verdict.uitpas_number:
            self._checked_number = verdict.uitpas_number
            self.card_number.setText(verdict.uitpas_number)
        self.card_number.setStyleSheet("" if verdict.ok else _INVALID)
        if verdict.ok and rules.has_kansen_flag(verdict.uitpas_number) \
                and not self.kansen.isChecked():
            self.card_hint.setText(verdict.message + " " + self.tr(
                "Duid het kansenstatuut aan als de klant er recht op heeft."))

    # -- eID -----------------------------------------------------------------------------------
    def fill_from_eid(self, identity: Any) -> None:
        """Prefill from a read eID (balie.cardreader.events.EidIdentity); all fields stay
        editable, the cashier checks them with the customer."""
        assert_gui_thread("eID read")
        self.first_name.setText(identity.first_names)
        self.last_name.setText(identity.last_name)
        self.insz.setText(identity.national_number)
        self._insz_edited(identity.national_number)
        if identity.birth_date is not None:
            self.birth_date.setText(rules.format_date_nl(identity.birth_date))
        gender = rules.gender_from_eid(str(getattr(identity.sex, "value", identity.sex)))
        self.gender.setCurrentIndex(max(0, self.gender.findData(gender)))
        self.nationality.setText(identity.nationality)
        self.street.setText(identity.street)
        self.city.setText(identity.municipality)
        self.postal_code.setText(identity.postal_code)
        self.hint.setText(self.tr("Gegevens van de eID ingevuld. Controleer ze met de klant."))
        self.email.setFocus()

    # -- submit ----------------------------------------------------------------------------------
    def current_form(self) -> rules.RegistrationForm:
        return rules.RegistrationForm(
            first_name=self.first_name.text(), last_name=self.last_name.text(),
            birth_date=rules.parse_date_nl(self.birth_date.text()), insz=self.insz.text(),
            gender=Gender(self.gender.currentData()) if self.gender.currentData() else None,
            nationality=self.nationality.text(),
            street=self.street.text(), postal_code=self.postal_code.text(),
            city=self.city.text(), email=self.email.text(), phone=self.phone.text(),
            card_system_id=self.card_system.currentData(),
            card_type=CardType.DIGITAL if self.digital.isChecked() else CardType.NFC_CARD,
            uitpas_number=self.card_number.text(), kansenstatuut=self.kansen.isChecked(),
            kansenstatuut_end=rules.parse_date_nl(self.kansen_end.text()),
            opt_ins=OptIns(**{k: b.isChecked() for k, b in self.opt_ins.items()}),
            guardian_name=self.guardian_name.text(),
            guardian_consent=self.guardian_consent.isChecked(),
            legal_terms_paper=self.terms_paper.isChecked(),
            legal_terms_digital=self.terms_digital.isChecked())

    def _fields(self) -> dict[str, QWidget]:
        return {"first_name": self.first_name, "last_name": self.last_name, "insz": self.insz,
                "birth_date": self.birth_date, "postal_code": self.postal_code,
                "city": self.city, "email": self.email, "phone": self.phone,
                "card_system": self.card_system, "uitpas_number": self.card_number,
                "kansenstatuut": self.kansen, "kansenstatuut_end": self.kansen_end,
                "guardian_name": self.guardian_name, "guardian_consent": self.guardian_consent,
                "legal_terms": self.terms_paper}

    def submit(self) -> None:
        if not self.register_button.isEnabled():  # in flight: one registration per press
            return
        form = self.current_form()
        errors = rules.validate(form, self._today)
        fields = self._fields()
        for name, widget in fields.items():
            widget.setStyleSheet(_INVALID if any(e.field == name for e in errors) else "")
        paid = parse_euro(self.paid.text())
        messages = [e.message for e in errors]
        if paid is None:
            messages.append(self.tr("Vul het betaalde bedrag voor de pas in."))
            self.paid.setStyleSheet(_INVALID)
        if messages:
            self.errors.setText("\n".join(messages))
            first = next((fields[e.field] for e in errors if e.field in fields), self.paid)
            first.setFocus()
            return
        self.errors.setText("\n".join(rules.warnings(form)))
        self.register_button.setEnabled(False)
        key = self.action_key
        self.runner.submit(lambda: self.port.register(form, price_cents=paid or 0,
                                                      idempotency_key=key),
                           lambda outcome: self._done(form, paid or 0, outcome),
                           self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.register_button.setEnabled(True)
        self.banner.show_message(BannerKind.REFUSED, self.tr("De registratie is niet bewaard."),
                                 str(exc))

    def _done(self, form: rules.RegistrationForm, paid: int, outcome: ActionOutcome) -> None:
        self.register_button.setEnabled(True)
        if outcome.refused:
            assert outcome.problem is not None
            self.banner.show_message(BannerKind.REFUSED, outcome.problem.message,
                                     outcome.problem.next_step)
            return
        self.banner.show_message(BannerKind.WARNING if outcome.provisional else BannerKind.OK,
                                 outcome.message)
        if form.card_type is CardType.NFC_CARD:
            self.receipt = Receipt(
                holder_name=f"{form.first_name.strip()} {form.last_name.strip()}",
                uitpas_number=validate_uitpas_number(form.uitpas_number).value,
                price_cents=paid, issued_at=utcnow(), organizer_name=self._organizer_name,
                counter_name=self._counter_name, provisional=outcome.provisional,
                practice=self._training)
        self.outcome = outcome
        self.registered.emit(self.receipt)
        self.accept()

    def done(self, result: int) -> None:  # Qt API: also ends the worker thread
        self.runner.stop(2.0)
        super().done(result)

