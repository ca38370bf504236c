"""Small modal questions (confirm a cancellation, a redemption). Keyboard first (Enter/Escape)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget, title: str, question: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    # one context for every caller: the parent's class would need its own "Ja"/"Nee" entries
    translate = QCoreApplication.translate
    box.button(QMessageBox.StandardButton.Yes).setText(translate("Dialogs", "&Ja"))
    box.button(QMessageBox.StandardButton.No).setText(translate("Dialogs", "&Nee"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
