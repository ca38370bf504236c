"""F1: every key of the counter on one screen, and Help/About with the training platform's address.

A cashier works by keyboard; the keys are only useful when they can be looked up at the counter
itself, in the counter's language. The table here is the one list of them (the README repeats it).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from balie import __version__

#: (keys, what they do); the texts are translated in the "Shortcuts" context
SHORTCUTS: tuple[tuple[object, object], ...] = (  # QT_TRANSLATE_NOOP returns its text, typed object
    ("F1", QT_TRANSLATE_NOOP("Shortcuts", "Deze lijst met sneltoetsen")),
    ("F2", QT_TRANSLATE_NOOP("Shortcuts", "Verkopen aan de gekozen prijs")),
    ("F3", QT_TRANSLATE_NOOP("Shortcuts", "Inchecken")),
    ("F4", QT_TRANSLATE_NOOP("Shortcuts", "Voordelen van de pas")),
    ("F5, Ctrl+S", QT_TRANSLATE_NOOP("Shortcuts", "Nu synchroniseren")),
    (QT_TRANSLATE_NOOP("Shortcuts", "F6, cijfer"), QT_TRANSLATE_NOOP("Shortcuts", "Activiteit kiezen")),
    (QT_TRANSLATE_NOOP("Shortcuts", "F7, cijfer"), QT_TRANSLATE_NOOP("Shortcuts", "Prijscategorie kiezen")),
    ("F8", QT_TRANSLATE_NOOP("Shortcuts", "Laatste actie annuleren")),
    ("F9", QT_TRANSLATE_NOOP("Shortcuts", "Nieuwe pashouder")),
    ("F10", QT_TRANSLATE_NOOP("Shortcuts", "Te behandelen")),
    ("F11", QT_TRANSLATE_NOOP("Shortcuts", "Dagrapport")),
    ("F12", QT_TRANSLATE_NOOP("Shortcuts", "Oefenkaarten tonen of verbergen (oefenmodus)")),
    ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "Getypt nummer zoeken")),
    ("Ctrl+B", QT_TRANSLATE_NOOP("Shortcuts", "Bon van de laatste verkoop")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Pashouder zoeken op naam")),
    ("Ctrl+G",
     QT_TRANSLATE_NOOP("Shortcuts", "Groep: passen na elkaar scannen, dan alles verkopen (F2) of inchecken (F3)")),
    ("Ctrl+H", QT_TRANSLATE_NOOP("Shortcuts", "Geschiedenis van de pas")),
    ("Ctrl+K", QT_TRANSLATE_NOOP("Shortcuts", "QR-check-incodes van een activiteit (openen, afdrukken)")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("Shortcuts", "Medewerker wisselen (vergrendelen)")),
    ("Ctrl+,", QT_TRANSLATE_NOOP("Shortcuts", "Instellingen")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "Balie sluiten")),
    ("Alt+B, Alt+P, Alt+I, Alt+H", QT_TRANSLATE_NOOP("Shortcuts", "Menu's Balie, Pashouder, Instellingen, Help")),
    ("Esc", QT_TRANSLATE_NOOP("Shortcuts", "Vergrendeld scherm: een andere naam kiezen")),
)


def _t(text: object) -> str:
    return QCoreApplication.translate("Shortcuts", str(text))


class ShortcutsDialog(QDialog):
    """The keys, large and plain; Esc, Enter or F1 closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Shortcuts", "Sneltoetsen"))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(SHORTCUTS), 2, self)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("Shortcuts", "Toets"),
                                              QCoreApplication.translate("Shortcuts", "Doet")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for row, (keys, does) in enumerate(SHORTCUTS):
            self.table.setItem(row, 0, QTableWidgetItem(_t(keys)))
            self.table.setItem(row, 1, QTableWidgetItem(_t(does)))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        close = QShortcut(QKeySequence("F1"), self)
        close.activated.connect(self.accept)
        self.resize(760, 620)


class AboutDialog(QDialog):
    """Help/About: the version and, in training, where the practice platform answers (a trainer
    points a browser or a second counter at it)."""

    def __init__(self, training_address: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Shortcuts", "Over balie"))
        layout = QVBoxLayout(self)
        lines = [QCoreApplication.translate("Shortcuts", "balie %1: UiTPAS-balie die ook zonder verbinding werkt.")
                 .replace("%1", __version__)]
        if training_address:
            lines.append(QCoreApplication.translate("Shortcuts", "Oefenplatform: %1").replace("%1", training_address))
            lines.append(QCoreApplication.translate(
                "Shortcuts", "Alles in de oefenmodus is oefening: niets gaat naar UiTPAS."))
        self.text = QLabel("\n".join(lines), self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
