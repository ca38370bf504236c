"""The first-start wizard: which platform, who signs in, for which organizer, this counter's name,
which reader is which, a first synchronisation, and a summary.

Whoever sets up a counter is often not IT: every page says what to choose in plain Dutch and every
slow step (sign-in, listing readers, the first synchronisation) runs on the wizard's worker thread
with its progress shown. Secrets never pass through here into the configuration: the secret typed
for a managed PC goes to :meth:`WizardServices.sign_in` only (the services keep it in the OS
keyring), and :meth:`WizardServices.save` receives plain settings.

Order of the service calls: ``sign_in`` (page 2, as often as needed), ``list_readers`` (page 5),
then ``save`` with the complete configuration followed by ``first_sync`` (page 6), so the first
synchronisation works with the counter as it will start next time. If the services object has
``set_platform_urls(api_url, auth_url, search_url)``, the advanced URL overrides are handed to it
before each sign-in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from balie.ui.worker import Runner

ENVIRONMENTS = ("training", "test", "production")
AUTH_BROWSER, AUTH_CLIENT = "browser", "client_credentials"
TRAINING_CLIENT_ID = "balie-training"


@dataclass(frozen=True)
class SignInResult:
    ok: bool
    message_nl: str
    organizers: list[tuple[str, str]] = field(default_factory=list)  # (id, name)


@dataclass(frozen=True)
class FirstSyncResult:
    ok: bool
    message_nl: str


class WizardServices(Protocol):
    """What the wizard needs from the composition root; every call may block."""

    def list_readers(self) -> list[str]: ...

    def sign_in(self, environment: str, auth_mode: str, client_id: str,
                secret: str | None) -> SignInResult: ...

    def first_sync(self, on_progress: Callable[[str, int, int], None]) -> FirstSyncResult:
        """``on_progress(step_nl, done, total)`` may be called from any thread."""
        ...

    def save(self, values: dict[str, dict[str, str]]) -> None: ...


class _Progress(QObject):
    """Lives in the GUI thread: progress emitted from the worker is queued onto it."""

    step = Signal(str, int, int)


def _label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class PlatformPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Met welk UiTPAS-platform werkt deze balie?"))
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(_label(self.tr("Kies het oefenplatform om te leren werken met balie: "
                                        "niets is echt. Kies UiTPAS voor de echte balie."), self))
        for env, text in (("training", self.tr("&Oefenplatform (niets is echt)")),
                          ("test", self.tr("UiTPAS-&testomgeving (voor de beheerder)")),
                          ("production", self.tr("&UiTPAS (de echte balie)"))):
            button = QRadioButton(text, self)
            button.setProperty("environment", env)
            self.group.addButton(button)
            layout.addWidget(button)
        self.group.buttons()[0].setChecked(True)
        self.advanced = QCheckBox(self.tr("&Geavanceerd: eigen adressen"), self)
        self.urls = {key: QLineEdit(self) for key in ("api_url", "auth_url", "search_url")}
        box = QWidget(self)
        form = QFormLayout(box)
        for key, text in (("api_url", self.tr("UiTPAS API")),
                          ("auth_url", self.tr("Aanmelden")),
                          ("search_url", self.tr("UiTdatabank"))):
            self.urls[key].setPlaceholderText("https://")
            form.addRow(text, self.urls[key])
        box.setVisible(False)
        self.advanced.toggled.connect(box.setVisible)
        layout.addWidget(self.advanced)
        layout.addWidget(box)

    def environment(self) -> str:
        checked = self.group.checkedButton()
        return str(checked.property("environment")) if checked else "training"

    def url_values(self) -> dict[str, str]:
        if not self.advanced.isChecked():
            return {key: "" for key in self.urls}
        return {key: edit.text().strip() for key, edit in self.urls.items()}


class SignInPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Aanmelden bij UiTPAS"))
        self.result: SignInResult | None = None
        self.browser = QRadioButton(self.tr("Als &medewerker, via de browser (aanbevolen)"), self)
        self.client = QRadioButton(self.tr("Beheerde pc: met &clientgegevens van publiq"), self)
        self.browser.setChecked(True)
        self.client_id = QLineEdit(self)
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(self.tr("wordt veilig bewaard in de sleutelkluis van "
                                               "deze computer, nooit in een bestand"))
        self.button = QPushButton(self.tr("&Aanmelden"), self)
        self.message = _label("", self)
        form = QFormLayout(self)
        form.addRow(self.browser)
        form.addRow(self.client)
        form.addRow(self.tr("Client &id"), self.client_id)
        form.addRow(self.tr("Client&geheim"), self.secret)
        form.addRow("", self.button)
        form.addRow(self.message)
        self.client.toggled.connect(self.secret.setEnabled)
        self.secret.setEnabled(False)
        self.button.clicked.connect(self.sign_in)
        for widget in (self.browser, self.client):
            widget.toggled.connect(self._forget)
        self.client_id.textEdited.connect(self._forget)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        if self.wiz.platform_page.environment() == "training" and not self.client_id.text():
            self.client_id.setText(TRAINING_CLIENT_ID)
            self.client.setChecked(True)

    def auth_mode(self) -> str:
        return AUTH_CLIENT if self.client.isChecked() else AUTH_BROWSER

    def _forget(self, *_args: Any) -> None:
        if self.result is not None:
            self.result = None
            self.message.setText("")
            self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.result is not None and self.result.ok

    def sign_in(self) -> None:
        client_id = self.client_id.text().strip()
        if not client_id:
            self.message.setText(self.tr("Vul de client id in die publiq gaf."))
            return
        env, mode = self.wiz.platform_page.environment(), self.auth_mode()
        secret = self.secret.text() if mode == AUTH_CLIENT else None
        urls = self.wiz.platform_page.url_values()
        services = self.wiz.services
        self.button.setEnabled(False)
        self.message.setText(self.tr("Bezig met aanmelden…") if mode == AUTH_CLIENT else
                             self.tr("Meld je aan in de browser die nu opent…"))

        def call() -> SignInResult:
            set_urls = getattr(services, "set_platform_urls", None)
            if set_urls is not None:
                set_urls(urls["api_url"], urls["auth_url"], urls["search_url"])
            return services.sign_in(env, mode, client_id, secret)

        self.wiz.runner.submit(call, self._signed_in,
                               lambda exc: self._signed_in(SignInResult(False, str(exc))))

    def _signed_in(self, result: SignInResult) -> None:
        self.button.setEnabled(True)
        self.secret.clear()  # handed to the services; nothing keeps it here
        self.result = result
        self.message.setText(result.message_nl)
        self.completeChanged.emit()


class OrganizerPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Voor welke organisator werkt deze balie?"))
        self.list = QListWidget(self)
        self.list.currentRowChanged.connect(lambda _r: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(_label(self.tr("Dit zijn de organisatoren waarvoor je mag werken."), self))
        layout.addWidget(self.list)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.list.clear()
        result = self.wiz.sign_in_page.result
        for org_id, name in (result.organizers if result else []):
            item = QListWidgetItem(name, self.list)
            item.setData(256, org_id)
        if self.list.count() == 1:
            self.list.setCurrentRow(0)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.list.currentItem() is not None

    def chosen(self) -> tuple[str, str]:
        item = self.list.currentItem()
        return (str(item.data(256)), item.text()) if item is not None else ("", "")


class CounterPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Hoe heet deze balie?"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("bv. Onthaal zwembad"))
        self.name.textChanged.connect(lambda _t: self.completeChanged.emit())
        form = QFormLayout(self)
        form.addRow(_label(self.tr("De naam staat in de dagrapporten en op de bonnen."), self))
        form.addRow(self.tr("&Naam"), self.name)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return bool(self.name.text().strip())


class ReadersPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Welke kaartlezer is welke?"))
        self.nfc, self.eid = QComboBox(self), QComboBox(self)
        self.message = _label("", self)
        form = QFormLayout(self)
        form.addRow(_label(self.tr("Kies 'automatisch' als je het niet weet: balie neemt dan de "
                                   "eerste lezer van de juiste soort."), self))
        form.addRow(self.tr("Lezer voor &UiTPAS-kaarten"), self.nfc)
        form.addRow(self.tr("Lezer voor de &eID"), self.eid)
        form.addRow(self.message)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        for combo in (self.nfc, self.eid):
            combo.clear()
            combo.addItem(self.tr("automatisch"), "")
        self.message.setText(self.tr("Kaartlezers zoeken…"))
        self.wiz.runner.submit(self.wiz.services.list_readers, self._fill,
                               lambda _e: self._fill([]))

    def _fill(self, readers: list[str]) -> None:
        for combo in (self.nfc, self.eid):
            for name in readers:
                combo.addItem(name, name)
        self.message.setText(self.tr("%n kaartlezer(s) gevonden.", "", len(readers))
                             if readers else self.tr("Geen kaartlezer gevonden. Sluit hem aan "
                                                     "en kies later opnieuw, of laat "
                                                     "'automatisch' staan."))


class FirstSyncPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Eerste synchronisatie"))
        self.step = _label("", self)
        self.bar = QProgressBar(self)
        self.result: FirstSyncResult | None = None
        self.message = _label("", self)
        self.retry = QPushButton(self.tr("&Opnieuw proberen"), self)
        self.retry.setVisible(False)
        self.retry.clicked.connect(self.start)
        self.progress = _Progress(self)
        self.progress.step.connect(self._paint_step)
        layout = QVBoxLayout(self)
        layout.addWidget(_label(self.tr("balie haalt de activiteiten, voordelen en kaartgegevens "
                                        "op, zodat de balie ook zonder verbinding kan werken."),
                                self))
        layout.addWidget(self.step)
        layout.addWidget(self.bar)
        layout.addWidget(self.message)
        layout.addWidget(self.retry)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        if self.result is None or not self.result.ok:
            self.start()

    def start(self) -> None:
        self.result = None
        self.retry.setVisible(False)
        self.message.setText("")
        self.bar.setRange(0, 0)
        self.completeChanged.emit()
        services, values, emit = self.wiz.services, self.wiz.values(), self.progress.step.emit

        def call() -> FirstSyncResult:
            services.save(values)
            return services.first_sync(emit)

        self.wiz.runner.submit(call, self._finished,
                               lambda exc: self._finished(FirstSyncResult(False, str(exc))))

    def _paint_step(self, text: str, done: int, total: int) -> None:
        self.step.setText(text)
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def _finished(self, result: FirstSyncResult) -> None:
        self.result = result
        self.step.setText(self.tr("Klaar.") if result.ok else self.tr("Niet gelukt."))
        self.bar.setRange(0, 1)
        self.bar.setValue(1 if result.ok else 0)
        self.message.setText(result.message_nl)
        self.message.setStyleSheet("color: #0b5d1e; font-weight: bold;" if result.ok
                                   else "color: #b00020; font-weight: bold;")
        self.retry.setVisible(not result.ok)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.result is not None


class SummaryPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Klaar"))
        self.text = _label("", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        w = self.wiz
        names = {"training": self.tr("Oefenplatform"), "test": self.tr("UiTPAS-testomgeving"),
                 "production": self.tr("UiTPAS")}
        sync = w.sync_page.result
        lines = [
            self.tr("Platform: %1").replace("%1", names.get(w.platform_page.environment(), "")),
            self.tr("Aanmelden: %1").replace("%1", self.tr("clientgegevens (beheerde pc)")
                                             if w.sign_in_page.auth_mode() == AUTH_CLIENT
                                             else self.tr("medewerker via de browser")),
            self.tr("Organisator: %1").replace("%1", w.organizer_page.chosen()[1]),
            self.tr("Balie: %1").replace("%1", w.counter_page.name.text().strip()),
            self.tr("UiTPAS-lezer: %1").replace("%1", w.readers_page.nfc.currentText()),
            self.tr("eID-lezer: %1").replace("%1", w.readers_page.eid.currentText()),
            self.tr("Synchronisatie: %1").replace("%1", sync.message_nl if sync else ""),
        ]
        if sync is not None and not sync.ok:
            lines.append(self.tr("De balie start toch; ze probeert de synchronisatie later "
                                 "opnieuw."))
        self.text.setText("\n".join(lines))


class SetupWizard(QWizard):
    """Pages in order: platform, sign-in, organizer, counter name, readers, first sync, summary."""

    def __init__(self, services: WizardServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = Runner(self, name="balie-setup")
        self.setWindowTitle(self.tr("balie instellen"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.platform_page = PlatformPage(self)
        self.sign_in_page = SignInPage(self)
        self.organizer_page = OrganizerPage(self)
        self.counter_page = CounterPage(self)
        self.readers_page = ReadersPage(self)
        self.sync_page = FirstSyncPage(self)
        self.summary_page = SummaryPage(self)
        for page in (self.platform_page, self.sign_in_page, self.organizer_page,
                     self.counter_page, self.readers_page, self.sync_page, self.summary_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Volgende >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< V&orige"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Starten"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuleren"))

    def values(self) -> dict[str, dict[str, str]]:
        """The configuration to save: plain settings only, never a secret."""
        platform = {"environment": self.platform_page.environment(),
                    "auth_mode": self.sign_in_page.auth_mode(),
                    "client_id": self.sign_in_page.client_id.text().strip(),
                    **self.platform_page.url_values()}
        return {"platform": platform,
                "counter": {"organizer_id": self.organizer_page.chosen()[0],
                            "name": self.counter_page.name.text().strip()},
                "readers": {"nfc": str(self.readers_page.nfc.currentData() or ""),
                            "eid": str(self.readers_page.eid.currentData() or "")}}

    def done(self, result: int) -> None:  # Qt API: also end the worker thread
        self.runner.stop(2.0)
        super().done(result)
