"""Medewerkers: a supervisor adds operators, resets a PIN, lifts a lock-out or switches someone
off. Nobody is ever deleted: the outbox and the audit keep naming who did what, so an operator
who leaves is deactivated instead.

A badge is optional: tapped on the reader while the add form is open (the window hands the tap
here), it lets that person sign in without PIN. Only its keyed index is stored (balie.operators).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
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

from balie.domain import Operator, Problem
from balie.ui.operator_session import SessionPort, role_label, weak_pin
from balie.ui.worker import Runner


def _problem_text(problem: Problem) -> str:
    return f"{problem.message}\n{problem.next_step}".strip()


class PinDialog(QDialog):
    """A new PIN, typed twice; refused right here when weak or different."""

    def __init__(self, title: str, parent: QWidget | None = None, *,
                 with_name: bool = False, roles: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        form = QFormLayout(self)
        self.name = QLineEdit(self)
        self.role = QComboBox(self)
        for role in roles:
            self.role.addItem(role_label(role), role)
        self.badge = QLineEdit(self)
        self.badge.setPlaceholderText(self.tr("tik de badge op de lezer (niet verplicht)"))
        if with_name:
            form.addRow(self.tr("&Naam"), self.name)
            form.addRow(self.tr("&Rol"), self.role)
        self.pin = QLineEdit(self)
        self.pin_again = QLineEdit(self)
        for field in (self.pin, self.pin_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(12)
        form.addRow(self.tr("&Pincode"), self.pin)
        form.addRow(self.tr("Pincode &opnieuw"), self.pin_again)
        if with_name:
            form.addRow(self.tr("&Badge"), self.badge)
        self.message = QLabel(self)
        self.message.setObjectName("lockMessage")
        self.message.setWordWrap(True)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Bewaren"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annuleren"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._with_name = with_name

    def badge_tapped(self, chip_number: str) -> None:
        self.badge.setText(chip_number)

    def _check(self) -> None:
        if self._with_name and not self.name.text().strip():
            self.message.setText(self.tr("Vul een naam in."))
            return
        if self.pin.text() != self.pin_again.text():
            self.message.setText(self.tr("De twee pincodes verschillen. Typ ze opnieuw."))
            return
        problem = weak_pin(self.pin.text())
        if problem is not None:
            self.message.setText(_problem_text(problem))
            return
        self.accept()


class OperatorsView(QDialog):
    """The list of active operators with the supervisor's actions."""

    def __init__(self, port: SessionPort, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._port = port
        self._runner = runner
        self.pin_dialog: PinDialog | None = None
        self.setWindowTitle(self.tr("Medewerkers"))
        self.resize(720, 480)
        layout = QVBoxLayout(self)
        self.warning = QLabel(self)
        self.warning.setObjectName("lockMessage")
        self.warning.setWordWrap(True)
        self.warning.setVisible(False)
        layout.addWidget(self.warning)
        self.list = QListWidget(self)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Toevoegen…"), self)
        self.pin_button = QPushButton(self.tr("&Pincode opnieuw instellen…"), self)
        self.unlock_button = QPushButton(self.tr("&Blokkering opheffen"), self)
        self.deactivate_button = QPushButton(self.tr("&Uitschakelen"), self)
        self.close_button = QPushButton(self.tr("&Sluiten"), self)
        for button in (self.add_button, self.pin_button, self.unlock_button,
                       self.deactivate_button, self.close_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.add)
        self.pin_button.clicked.connect(self.reset_pin)
        self.unlock_button.clicked.connect(self.unlock)
        self.deactivate_button.clicked.connect(self.deactivate)
        self.close_button.clicked.connect(self.close)

    def reload(self) -> None:
        self._runner.submit(lambda: (self._port.operators(), self._port.trust_problems()),
                            lambda loaded: self._loaded(*loaded), self._failed)

    def _loaded(self, operators: Sequence[Operator],
                problems: Sequence[Problem] = ()) -> None:
        """``problems``: roles or operator rows changed outside balie, said above all else."""
        self.warning.setText("\n".join(_problem_text(p) for p in problems))
        self.warning.setVisible(bool(problems))
        self.list.clear()
        for operator in sorted(operators, key=lambda o: o.name.lower()):
            item = QListWidgetItem(f"{operator.name}  ·  {role_label(operator.role)}  "
                                   f"·  {operator.id}")
            item.setData(Qt.ItemDataRole.UserRole, operator.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def names(self) -> list[str]:
        return [self.list.item(i).text().split("  ·  ")[0] for i in range(self.list.count())]

    def _selected(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def badge_tapped(self, chip_number: str) -> None:
        if self.pin_dialog is not None and self.pin_dialog.isVisible():
            self.pin_dialog.badge_tapped(chip_number)

    def _ask(self, dialog: PinDialog, then: Callable[[PinDialog], Callable[[], Any]]) -> None:
        """Window-modal, no nested event loop: the counter's timers and taps keep running."""
        self.pin_dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._do(then(dialog)))
        dialog.open()

    def add(self) -> PinDialog:
        dialog = PinDialog(self.tr("Medewerker toevoegen"), self, with_name=True,
                           roles=self._port.roles())
        self._ask(dialog, lambda d: lambda: self._port.add(
            d.name.text().strip(), str(d.role.currentData()), d.pin.text(),
            d.badge.text().strip() or None))
        return dialog

    def reset_pin(self) -> PinDialog | None:
        operator_id = self._selected()
        if operator_id is None:
            return None
        dialog = PinDialog(self.tr("Nieuwe pincode"), self)
        self._ask(dialog, lambda d: lambda: self._port.reset_pin(operator_id, d.pin.text()))
        return dialog

    def unlock(self) -> None:
        operator_id = self._selected()
        if operator_id is not None:
            self._do(lambda: self._port.unlock(operator_id),
                     self.tr("De blokkering is opgeheven."))

    def deactivate(self) -> None:
        operator_id = self._selected()
        if operator_id is not None:
            self._do(lambda: self._port.deactivate(operator_id))

    def _do(self, work: Callable[[], Problem | None], done_text: str = "") -> None:
        def finished(problem: Problem | None) -> None:
            self.message.setText(_problem_text(problem) if problem is not None
                                 else done_text or self.tr("Bewaard."))
            self.reload()

        self._runner.submit(work, finished, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(self.tr("Dat lukte niet. Probeer opnieuw; blijft het misgaan, "
                                     "maak dan een supportbundel."))
