"""The lock screen: what covers the counter at start, after idle time and between operators.

Counter PCs stand in public halls, so a locked counter shows the counter's name and the staff
who may sign in, never a customer's name, pass or price. Signing in is quick on purpose: a digit
picks one of the operators who signed in lately (the second keystroke after Ctrl+L), then the
PIN and Enter; a badge tap signs in without PIN. The first start of a counter without any
operator shows the "first supervisor" form instead (name, PIN twice).

PIN checks run on the window's worker thread: scrypt takes tens of milliseconds by design and a
lock-out check writes to the store.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from balie.domain import Operator, Problem, utcnow
from balie.ui.operator_session import TRAINING_OPERATORS, SessionPort, SignInAnswer, role_label
from balie.ui.worker import Runner

_DIGIT_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}

#: the theme's colours (resources/balie.qss), for the parts only this screen has
_STYLE = """
QLabel#lockTitle { font-size: 30pt; font-weight: bold; color: #1f4e79; padding: 4px; }
QFrame#lockPanel { background: #ffffff; border: 2px solid #1f4e79; border-radius: 8px; }
QFrame#lockPanel QLabel { background: #ffffff; }
QLineEdit { font-size: 22pt; padding: 8px; border: 2px solid #1f4e79; border-radius: 6px;
            background: #ffffff; }
QPushButton#operatorButton { text-align: left; }
QPushButton#operatorButton:checked { background: #0b3d91; color: #ffffff; }
QPushButton#primary { background: #0b6e4f; color: #ffffff; font-weight: bold; }
QFrame#lockPanel QLabel#lockMessage { color: #b00020; font-weight: bold; }
QFrame#lockPanel QLabel#trainingHint { color: #ffffff; background: #6a1b9a; font-weight: bold;
                                       padding: 8px; }
"""


_PANEL_WIDTH = 640
_TEXT_WIDTH = _PANEL_WIDTH - 40


def _wrapping(label: QLabel) -> QLabel:
    """A word-wrapped label whose height is set from its text (:func:`_fit`), without Qt's
    height-for-width: that one was kept from before the operator rows appeared and squeezed
    them (and the lock-out message) on the panel."""
    label.setWordWrap(True)
    policy = label.sizePolicy()
    policy.setHeightForWidth(False)
    label.setSizePolicy(policy)
    return label


def _fit(label: QLabel, text: str | None = None) -> None:
    if text is not None:
        label.setText(text)
    label.setMinimumHeight(label.heightForWidth(_TEXT_WIDTH) if label.text() else 0)


class _Pages(QWidget):
    """Shows one of its pages. Not a QStackedWidget: a stack keeps the height of its largest
    page from before the operator buttons appeared and squeezed them; hidden pages in a plain
    layout take no room and the shown one gets its full height."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._pages: list[QWidget] = []
        self._current = 0

    def addWidget(self, page: QWidget) -> None:  # noqa: N802 - as QStackedWidget
        self._layout.addWidget(page)
        page.setVisible(not self._pages)
        self._pages.append(page)

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802 - as QStackedWidget
        self._current = index
        for n, page in enumerate(self._pages):
            page.setVisible(n == index)

    def currentIndex(self) -> int:  # noqa: N802 - as QStackedWidget
        return self._current


class LockScreen(QWidget):
    """``signed_in(Operator)`` when someone signed in (PIN, badge or first supervisor)."""

    signed_in = Signal(object)

    SIGN_IN, FIRST_SUPERVISOR = 0, 1

    def __init__(self, port: SessionPort, runner: Runner, parent: QWidget | None = None, *,
                 counter_name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setStyleSheet(_STYLE)
        self._port = port
        self._runner = runner
        # One sign-in at a time (a second Enter must not burn a second attempt). Only our own
        # job counts: the runner is the window's, and its other work (events, today's strip)
        # queues behind or before a sign-in without ever swallowing one.
        self._signing_in = False
        self._counter_name = counter_name
        self._operators: list[Operator] = []
        self.chosen: Operator | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 8, 48, 8)
        outer.addStretch(1)
        self.title = QLabel(self)
        self.title.setObjectName("lockTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.title)
        self.pages = _Pages(self)
        outer.addWidget(self.pages, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self._build_sign_in()
        self._build_first_supervisor()
        self.retranslate()

    # -- building ----------------------------------------------------------------------------------
    def _build_sign_in(self) -> None:
        page = self.sign_in_page = QFrame(self)
        page.setObjectName("lockPanel")
        page.setFixedWidth(_PANEL_WIDTH)
        layout = QVBoxLayout(page)
        self.hint = QLabel(page)
        _wrapping(self.hint)
        layout.addWidget(self.hint)
        self.operator_box = QVBoxLayout()
        layout.addLayout(self.operator_box)
        self.operator_group = QButtonGroup(self)
        self.operator_group.setExclusive(True)
        self.operator_group.idClicked.connect(self.choose)
        self._buttons: list[QPushButton] = []
        for number in range(1, 10):  # made once: the panel lays them out with the rest
            button = QPushButton(page)
            button.setObjectName("operatorButton")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setVisible(False)
            self.operator_group.addButton(button, number)
            self.operator_box.addWidget(button)
            self._buttons.append(button)
        self.pin_label = QLabel(page)
        layout.addWidget(self.pin_label)
        self.pin_field = QLineEdit(page)
        self.pin_field.setObjectName("pinField")
        self.pin_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_field.setMaxLength(12)
        self.pin_field.returnPressed.connect(self.submit)
        self.pin_label.setBuddy(self.pin_field)
        layout.addWidget(self.pin_field)
        self.sign_in_button = QPushButton(page)
        self.sign_in_button.setObjectName("primary")
        self.sign_in_button.clicked.connect(self.submit)
        layout.addWidget(self.sign_in_button)
        self.message = QLabel(page)
        self.message.setObjectName("lockMessage")
        _wrapping(self.message)
        layout.addWidget(self.message)
        self.training_hint = QLabel(page)
        self.training_hint.setObjectName("trainingHint")
        _wrapping(self.training_hint)
        self.training_hint.setVisible(self._port.training)
        layout.addWidget(self.training_hint)
        self.pages.addWidget(page)

    def _build_first_supervisor(self) -> None:
        page = QFrame(self)
        page.setObjectName("lockPanel")
        page.setFixedWidth(_PANEL_WIDTH)
        layout = QVBoxLayout(page)
        self.first_intro = QLabel(page)
        _wrapping(self.first_intro)
        layout.addWidget(self.first_intro)
        form = QFormLayout()
        self.first_name = QLineEdit(page)
        self.first_pin = QLineEdit(page)
        self.first_pin_again = QLineEdit(page)
        for field in (self.first_pin, self.first_pin_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(12)
        self.first_pin_again.returnPressed.connect(self.create_first_supervisor)
        self.first_name_label, self.first_pin_label, self.first_again_label = (
            QLabel(page), QLabel(page), QLabel(page))
        for label, field in ((self.first_name_label, self.first_name),
                             (self.first_pin_label, self.first_pin),
                             (self.first_again_label, self.first_pin_again)):
            label.setBuddy(field)
            form.addRow(label, field)
        layout.addLayout(form)
        self.create_button = QPushButton(page)
        self.create_button.setObjectName("primary")
        self.create_button.clicked.connect(self.create_first_supervisor)
        layout.addWidget(self.create_button)
        self.first_message = QLabel(page)
        self.first_message.setObjectName("lockMessage")
        _wrapping(self.first_message)
        layout.addWidget(self.first_message)
        self.pages.addWidget(page)

    def retranslate(self) -> None:
        self.title.setText(self._counter_name or self.tr("Balie"))
        self.hint.setText(self.tr("Deze balie is vergrendeld. Kies je naam (cijfertoets) en geef "
                                  "je pincode, of tik je badge op de lezer."))
        self.pin_label.setText(self.tr("&Pincode"))
        self.sign_in_button.setText(self.tr("&Aanmelden"))
        self.training_hint.setText(self.tr("Oefenmodus: %1").replace("%1", " · ".join(
            f"{name} {pin}" for _id, name, _role, pin in TRAINING_OPERATORS)))
        self.first_intro.setText(self.tr(
            "Eerste start: maak de eerste verantwoordelijke aan. Die kan daarna andere "
            "medewerkers toevoegen (menu Balie, Medewerkers)."))
        self.first_name_label.setText(self.tr("&Naam"))
        self.first_pin_label.setText(self.tr("&Pincode (4 tot 12 cijfers)"))
        self.first_again_label.setText(self.tr("Pincode &opnieuw"))
        self.create_button.setText(self.tr("Verantwoordelijke &aanmaken"))
        for label in (self.hint, self.training_hint, self.first_intro):
            _fit(label)
        self._paint_operators()

    # -- loading -----------------------------------------------------------------------------------
    def reload(self) -> None:
        """Fresh list of operators (recent first); none at all means: create the first one."""
        self._show(self.message, "")
        self.pin_field.clear()
        self._runner.submit(self._port.operators, self._loaded, self._failed)

    def _loaded(self, operators: Sequence[Operator]) -> None:
        self._operators = list(operators)
        if not self._operators:
            self.pages.setCurrentIndex(self.FIRST_SUPERVISOR)
            self.first_name.setFocus()
            return
        self.pages.setCurrentIndex(self.SIGN_IN)
        if self.chosen is not None and self.chosen.id not in {o.id for o in self._operators}:
            self.chosen = None
        self._paint_operators()
        if self.chosen is None:
            self.setFocus()
        else:
            self.pin_field.setFocus()

    def _paint_operators(self) -> None:
        self.operator_group.setExclusive(False)  # else the chosen one cannot be unchecked
        for number, button in enumerate(self._buttons, start=1):
            operator = self._operators[number - 1] if number <= len(self._operators) else None
            button.setVisible(operator is not None)
            if operator is not None:
                button.setText(f"{number}   {operator.name}  ({role_label(operator.role)})")
            button.setChecked(operator is not None and self.chosen is not None
                              and self.chosen.id == operator.id)
        self.operator_group.setExclusive(True)

    @property
    def operator_buttons(self) -> list[QPushButton]:
        """The visible ones: one per operator (at most nine, one digit each)."""
        return self._buttons[:min(9, len(self._operators))]

    # -- signing in --------------------------------------------------------------------------------
    def choose(self, number: int) -> None:
        """The digit of an operator (the same digit every time): the PIN field is next."""
        if not 1 <= number <= min(9, len(self._operators)):
            return
        self.chosen = self._operators[number - 1]
        button = self.operator_group.button(number)
        if button is not None:
            button.setChecked(True)
        self._show(self.message, "")
        self.pin_field.clear()
        self.pin_field.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Digits pick an operator while the PIN field does not have the focus."""
        number = _DIGIT_KEYS.get(Qt.Key(event.key()))
        if number is not None and not self.pin_field.hasFocus() and \
                self.pages.currentIndex() == self.SIGN_IN:
            self.choose(number)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.chosen = None
            self._paint_operators()
            self.pin_field.clear()
            self.setFocus()
            return
        super().keyPressEvent(event)

    def submit(self) -> None:
        if self.chosen is None:
            self._show(self.message, self.tr("Kies eerst je naam (cijfertoets of klik)."))
            return
        if self._signing_in:
            return
        who, pin = self.chosen, self.pin_field.text()
        self.pin_field.clear()
        self._signing_in = True
        self._runner.submit(lambda: self._port.sign_in(who.id, pin), self._answered,
                            self._sign_in_failed)

    def badge_tapped(self, chip_number: str) -> None:
        if self._signing_in:
            return
        self._signing_in = True
        self._runner.submit(lambda: self._port.sign_in_badge(chip_number), self._answered,
                            self._sign_in_failed)

    def create_first_supervisor(self) -> None:
        name, pin = self.first_name.text().strip(), self.first_pin.text()
        if not name:
            self._show(self.first_message, self.tr("Vul een naam in."))
            return
        if pin != self.first_pin_again.text():
            self._show(self.first_message, self.tr("De twee pincodes verschillen. Typ ze opnieuw."))
            self.first_pin.clear()
            self.first_pin_again.clear()
            self.first_pin.setFocus()
            return
        if self._signing_in:
            return
        self._signing_in = True
        self._runner.submit(lambda: self._port.create_first_supervisor(name, pin),
                            self._first_answered, self._sign_in_failed)

    def _first_answered(self, answer: SignInAnswer) -> None:
        self._signing_in = False
        if answer.operator is None:
            self._show(self.first_message, self._problem_text(answer))
            self.first_pin.clear()
            self.first_pin_again.clear()
            self.first_pin.setFocus()
            return
        for field in (self.first_name, self.first_pin, self.first_pin_again):
            field.clear()
        self._show(self.first_message, "")
        self.signed_in.emit(answer.operator)

    def _answered(self, answer: SignInAnswer) -> None:
        self._signing_in = False
        if answer.operator is not None:
            self._show(self.message, "")
            self.chosen = None
            self.signed_in.emit(answer.operator)
            return
        # back to the start: no one chosen, PIN empty, focus off the PIN field, so the next
        # digit picks a person again (it never joins a PIN, and never burns an attempt)
        self.chosen = None
        self.pin_field.clear()
        self._paint_operators()
        self._show(self.message, self._problem_text(answer) + "\n"
                   + self.tr("Kies opnieuw je naam (cijfer) en typ je pincode."))
        self.setFocus()

    def _problem_text(self, answer: SignInAnswer, now: datetime | None = None) -> str:
        problem = answer.problem or Problem("sign-in", self.tr("Aanmelden lukte niet."))
        lines = [problem.message]
        if answer.locked_until is not None:
            left = answer.locked_until - (now or utcnow())
            minutes = max(1, int(left.total_seconds() + 59) // 60)
            lines.append(self.tr("Nog %n min. geblokkeerd.", "", minutes))
        elif answer.attempts_left is not None and answer.attempts_left > 0:
            lines.append(self.tr("Nog %n poging(en) voor deze medewerker geblokkeerd wordt.", "",
                                 answer.attempts_left))
        if problem.next_step:
            lines.append(problem.next_step)
        return "\n".join(lines)

    def _sign_in_failed(self, exc: BaseException) -> None:
        """A sign-in job failed: the next Enter may try again (the operator list loading failing
        says the same words but leaves a sign-in under way alone)."""
        self._signing_in = False
        self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        self._show(self.message if self.pages.currentIndex() == self.SIGN_IN
                   else self.first_message,
                   self.tr("Aanmelden lukte niet. Probeer opnieuw; blijft het misgaan, bel de "
                           "helpdesk."))

    @staticmethod
    def _show(label: QLabel, text: str) -> None:
        _fit(label, text)
