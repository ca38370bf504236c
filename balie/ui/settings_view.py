"""Settings and about: the offline policy (read-only, with where each value comes from), the card
readers, the screen language (switched live), the data location, the version and the licences.

Support on the phone asks "what does the screen say under Instellingen?": every value here is the
effective one, and for the policy the file (or command line) it comes from, so the answer leads
straight to what to change. Reading PC/SC and writing the configuration go through the runner.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from balie.ui.port import AboutInfo, PolicyRow, ReaderSetup, SettingsInfoPort
from balie.ui.resources import LANGUAGE_NAMES
from balie.ui.worker import Runner


def _table(parent: QWidget, name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class SettingsView(QDialog):
    """``language_chosen(code)``: the window installs the language and stores the choice."""

    language_chosen = Signal(str)

    def __init__(self, port: SettingsInfoPort, language: str, parent: QWidget | None = None,
                 *, organizer_names: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self._port = port
        self._runner = Runner(self, name="balie-settings")
        self._names = organizer_names or {}
        self._rows: list[PolicyRow] = []
        self._readers: ReaderSetup | None = None
        self._about: AboutInfo | None = None
        self._saved_to = ""
        self.setObjectName("settingsView")
        self.resize(1150, 720)
        self.tabs = QTabWidget(self)
        self._build_policy()
        self._build_readers()
        self._build_language(language)
        self._build_about()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.retranslate()

    # ------------------------------------------------------------------ building
    def _build_policy(self) -> None:
        page = QWidget(self)
        self.policy_intro = QLabel(page)
        self.policy_intro.setWordWrap(True)
        self.policy_table = _table(page, "policyTable", 4)
        header = self.policy_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the source stays whole
        layout = QVBoxLayout(page)
        layout.addWidget(self.policy_intro)
        layout.addWidget(self.policy_table)
        self.tabs.addTab(page, "")

    def _build_readers(self) -> None:
        page = QWidget(self)
        self.readers_intro = QLabel(page)
        self.readers_intro.setWordWrap(True)
        self.readers_table = _table(page, "readersTable", 2)
        self.nfc_choice = QComboBox(page)
        self.nfc_choice.setObjectName("nfcReader")
        self.eid_choice = QComboBox(page)
        self.eid_choice.setObjectName("eidReader")
        for combo in (self.nfc_choice, self.eid_choice):
            combo.setEditable(True)
        self.form = QFormLayout()
        self.nfc_label, self.eid_label = QLabel(page), QLabel(page)
        self.nfc_label.setBuddy(self.nfc_choice)
        self.eid_label.setBuddy(self.eid_choice)
        self.form.addRow(self.nfc_label, self.nfc_choice)
        self.form.addRow(self.eid_label, self.eid_choice)
        self.save_button = QPushButton(page)
        self.save_button.setObjectName("saveReaders")
        self.save_button.clicked.connect(self.save_readers)
        self.reload_button = QPushButton(page)
        self.reload_button.clicked.connect(self.load_readers)
        self.readers_result = QLabel(page)
        self.readers_result.setObjectName("detail")
        self.readers_result.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.readers_intro)
        layout.addWidget(self.readers_table)
        layout.addLayout(self.form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.reload_button)
        layout.addWidget(self.readers_result)
        self.tabs.addTab(page, "")

    def _build_language(self, language: str) -> None:
        page = QWidget(self)
        self.language_intro = QLabel(page)
        self.language_intro.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.language_intro)
        self.language_group = QButtonGroup(page)
        self.language_buttons: dict[str, QRadioButton] = {}
        for code, name in LANGUAGE_NAMES.items():  # each in its own name: findable by anyone
            button = QRadioButton(name, page)
            button.setObjectName(f"language_{code}")
            button.setChecked(code == language)
            button.toggled.connect(lambda on, c=code: self.language_chosen.emit(c) if on else None)
            self.language_group.addButton(button)
            self.language_buttons[code] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.tabs.addTab(page, "")

    def _build_about(self) -> None:
        page = QWidget(self)
        self.about_text = QLabel(page)
        self.about_text.setObjectName("aboutText")
        self.about_text.setWordWrap(True)
        self.about_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.licences_title = QLabel(page)
        self.licences_table = _table(page, "licencesTable", 3)
        layout = QVBoxLayout(page)
        layout.addWidget(self.about_text)
        layout.addWidget(self.licences_title)
        layout.addWidget(self.licences_table, 1)
        self.tabs.addTab(page, "")

    # ------------------------------------------------------------------- loading
    def load(self) -> None:
        self._runner.submit(lambda: (list(self._port.policy_rows()), self._port.about()),
                            self._loaded, lambda _exc: None)
        self.load_readers()

    def _loaded(self, result: tuple[list[PolicyRow], AboutInfo]) -> None:
        self._rows, self._about = result
        self._paint_policy()
        self._paint_about()

    def load_readers(self) -> None:
        self.readers_result.setText(self.tr("Kaartlezers worden gezocht…"))
        self._runner.submit(self._port.readers, self._readers_loaded, lambda _exc: None)

    @property
    def busy(self) -> bool:
        return self._runner.busy

    def _readers_loaded(self, setup: ReaderSetup) -> None:
        self._readers = setup
        names = [row.name for row in setup.readers]
        for combo, current in ((self.nfc_choice, setup.nfc), (self.eid_choice, setup.eid)):
            combo.clear()
            combo.addItem(self.tr("(automatisch)"), "")
            for name in names:
                combo.addItem(name, name)
            if current:
                found = combo.findData(current)
                if found < 0:
                    combo.addItem(current, current)
                    found = combo.count() - 1
                combo.setCurrentIndex(found)
        self._paint_readers()

    def save_readers(self) -> None:
        nfc, eid = self.nfc_choice.currentData(), self.eid_choice.currentData()
        # typed into the editable box: a part of the name, as in the configuration file
        nfc = nfc if nfc is not None else self.nfc_choice.currentText()
        eid = eid if eid is not None else self.eid_choice.currentText()
        self._runner.submit(lambda: self._port.save_readers(nfc or "", eid or ""),
                            self._saved, self._save_failed)

    def _saved(self, path: str) -> None:
        self._saved_to = path
        self.load_readers()  # the roles under the new names
        self.readers_result.setText(
            self.tr("Bewaard in %1. De kaartlezers worden zo gebruikt vanaf de volgende "
                    "start van balie.").replace("%1", path))

    def _save_failed(self, _exc: BaseException) -> None:
        self.readers_result.setText(
            self.tr("Niet bewaard: geen configuratiebestand mag hier geschreven worden. "
                    "Vraag de beheerder om [readers] in balie.ini in te vullen."))

    # ------------------------------------------------------------------ painting
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Instellingen en info"))
        for index, text in enumerate((self.tr("&Offline-beleid"), self.tr("&Kaartlezers"),
                                      self.tr("T&aal"), self.tr("Over &balie"))):
            self.tabs.setTabText(index, text)
        self.policy_intro.setText(self.tr(
            "Wat deze balie zonder verbinding met UiTPAS zelf mag beslissen. De organisatie legt "
            "dit vast in balie.ini ([policy] en [policy:<organisator>]); hier kan het niet "
            "gewijzigd worden."))
        self.policy_table.setHorizontalHeaderLabels(
            [self.tr("Organisator"), self.tr("Instelling"), self.tr("Waarde"),
             self.tr("Komt uit")])
        self.readers_intro.setText(self.tr(
            "De UiTPAS-kaarten worden gelezen met de NFC-lezer, de identiteitskaart met de "
            "eID-lezer. Leeg laten: balie kiest zelf op naam."))
        self.readers_table.setHorizontalHeaderLabels([self.tr("Kaartlezer"), self.tr("Gebruikt voor")])
        self.nfc_label.setText(self.tr("&NFC-lezer (UiTPAS)"))
        self.eid_label.setText(self.tr("&eID-lezer"))
        self.save_button.setText(self.tr("Kaartlezers be&waren"))
        self.reload_button.setText(self.tr("Opnieuw &zoeken"))
        self.language_intro.setText(self.tr(
            "De taal van de schermen. Ze verandert meteen en blijft bewaard voor deze balie."))
        self.licences_title.setText(self.tr("Gebruikte software en hun licenties:"))
        self.licences_table.setHorizontalHeaderLabels(
            [self.tr("Pakket"), self.tr("Versie"), self.tr("Licentie")])
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        self._paint_policy()
        self._paint_readers()
        self._paint_about()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _value(self, row: PolicyRow) -> str:
        if isinstance(row.value, bool):
            return self.tr("ja") if row.value else self.tr("nee")
        unit = {"hours": self.tr("uur"), "days": self.tr("dagen"),
                "minutes": self.tr("minuten")}.get(row.unit, "")
        if row.key == "offline_reward_max_points":
            unit = self.tr("punten")
        return f"{row.value} {unit}".strip()

    def _source(self, source: str) -> str:
        if source == "default":
            return self.tr("standaard van balie")
        if source == "command line":
            return self.tr("opdrachtregel")
        kind, _, path = source.partition(":")
        label = {"machine": self.tr("machinebestand %1"), "user": self.tr("gebruikersbestand %1"),
                 "file": self.tr("bestand %1")}.get(kind, "%1")
        return label.replace("%1", path or source)

    def _paint_policy(self) -> None:
        labels = {
            "social_list_warn_hours": self.tr("Waarschuwen als de kansentarieflijst ouder is dan"),
            "social_list_refuse_days": self.tr("Kansentarief weigeren als de lijst ouder is dan"),
            "tariffs_answer_max_age_hours": self.tr("Tarieven per pas bruikbaar tot"),
            "static_tariffs_max_age_days": self.tr("Vaste tarieven per activiteit bruikbaar tot"),
            "offline_social_tariff": self.tr("Kansentarief zonder verbinding"),
            "offline_coupons": self.tr("Kortingsbonnen zonder verbinding"),
            "offline_checkins": self.tr("Inchecken zonder verbinding"),
            "offline_points_rewards": self.tr("Puntenvoordelen zonder verbinding"),
            "offline_reward_max_points": self.tr("Hoogstens zoveel punten per voordeel offline"),
            "offline_welcome_rewards": self.tr("Welkomstvoordelen zonder verbinding"),
            "checkin_margin_before_minutes": self.tr("Inchecken vóór de start"),
            "checkin_margin_after_minutes": self.tr("Inchecken na het einde"),
            "kansenstatuut_expiry_warning_days": self.tr("Waarschuwen als het kansenstatuut "
                                                         "afloopt binnen"),
        }
        _fill(self.policy_table, [
            (self._names.get(row.organizer_id, row.organizer_id), labels.get(row.key, row.key),
             self._value(row), self._source(row.source)) for row in self._rows])

    def _paint_readers(self) -> None:
        setup = self._readers
        if setup is None:
            return
        roles = {"NFC": self.tr("UiTPAS-kaarten (NFC)"), "EID": self.tr("identiteitskaart (eID)"),
                 "AUTO": self.tr("kijkt naar de kaart (eID of UiTPAS)"),
                 "IGNORED": self.tr("niet gebruikt")}
        _fill(self.readers_table, [(row.name, roles.get(row.role, row.role))
                                   for row in setup.readers])
        if not setup.pcsc_running:
            self.readers_result.setText(self.tr(
                "De kaartlezerdienst (PC/SC) draait niet op deze computer: geen kaartlezers te "
                "zien. Scannen en typen werken wel."))
        elif not setup.readers:
            self.readers_result.setText(self.tr("Geen kaartlezers aangesloten."))
        elif not self._saved_to:
            self.readers_result.setText("")

    def _paint_about(self) -> None:
        about = self._about
        if about is None:
            return
        lines = [
            self.tr("balie versie %1").replace("%1", about.version),
            self.tr("Gegevensmap: %1").replace("%1", about.data_dir),
            self.tr("Databank: %1").replace("%1", about.store_path),
            self.tr("Reservekopieën: %1").replace("%1", about.backups_dir),
            self.tr("Configuratiebestanden: %1").replace(
                "%1", ", ".join(about.config_files) or self.tr("geen (standaardwaarden)")),
        ]
        if about.training:
            lines.append(self.tr("Oefenmodus: deze gegevens zijn niet echt."))
        self.about_text.setText("\n".join(lines))
        _fill(self.licences_table, [(lic.package, lic.version or "—", lic.licence)
                                    for lic in about.licences])

    def shutdown(self) -> None:
        self._runner.stop(3.0)
