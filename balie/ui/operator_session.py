"""Who is at the counter: the screens' port onto :mod:`balie.operators`, and its adapter.

The lock screen, the operators view and the main window's permission checks talk to a
:class:`SessionPort`; they never see the store. :class:`OperatorSession` adapts
:class:`balie.operators.Operators` and keeps the counter's operator in step (every outbox entry
and audit line carries whoever signed in last). Every call may hash a PIN (scrypt, tens of
milliseconds) or touch the store, so the screens run them on a worker thread; only
:meth:`SessionPort.refusal` is pure and may be asked on the GUI thread.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from balie.domain import Operator, Problem, utcnow
from balie.operators import (
    DEFAULT_SCRYPT,
    OPERATOR_TAMPERED,
    ROLE_LABELS_NL,
    LockoutPolicy,
    Operators,
    Permission,
    Roles,
    ScryptParams,
    SignIn,
    default_badge_index,
    pin_problem,
    refusal,
)

#: the demo staff of a training counter, shown on its lock screen (never on a real counter)
TRAINING_OPERATORS: tuple[tuple[str, str, str, str], ...] = (
    ("kassier", "Kassier", "cashier", "2580"),
    ("onthaal", "Onthaal", "registrar", "1357"),
    ("verantwoordelijke", "Verantwoordelijke", "supervisor", "8642"),
)


@dataclass(frozen=True)
class SignInAnswer:
    """``operator`` when signed in; else the core's Dutch ``problem``, how many tries are left
    before the lock-out, and until when a locked-out operator waits."""

    operator: Operator | None
    problem: Problem | None = None
    attempts_left: int | None = None
    locked_until: datetime | None = None

    @classmethod
    def of(cls, outcome: SignIn) -> SignInAnswer:
        until = None
        if outcome.problem is not None and "until" in outcome.problem.extras \
                and not outcome.problem.extras.get("supervisor"):  # no countdown: waits for one
            until = datetime.fromisoformat(outcome.problem.extras["until"])
        return cls(outcome.operator, outcome.problem, outcome.attempts_left, until)


def role_label(role: str) -> str:
    return ROLE_LABELS_NL.get(role, role)


class SessionPort(Protocol):
    """What the lock screen and the operators view need (all calls may be slow, except
    :meth:`refusal` and :attr:`current`)."""

    training: bool

    @property
    def current(self) -> Operator | None: ...

    def operators(self) -> Sequence[Operator]:
        """Active operators in a stable order (by name): each keeps their digit on the lock
        screen from one sign-in to the next."""
        ...

    def sign_in(self, operator_id: str, pin: str) -> SignInAnswer: ...

    def sign_in_badge(self, chip_number: str) -> SignInAnswer: ...

    def sign_out(self) -> None: ...

    def create_first_supervisor(self, name: str, pin: str) -> SignInAnswer: ...

    def refusal(self, permission: Permission) -> Problem | None: ...

    def roles(self) -> Sequence[str]: ...

    def add(self, name: str, role: str, pin: str, badge: str | None = None) -> Problem | None: ...

    def reset_pin(self, operator_id: str, pin: str) -> Problem | None: ...

    def deactivate(self, operator_id: str) -> Problem | None: ...

    def unlock(self, operator_id: str) -> Problem | None: ...

    def trust_problems(self) -> Sequence[Problem]:
        """Role definitions or operator rows changed outside balie (refused), for the view."""
        ...


def _slug(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "medewerker"


_NOBODY = Operator("locked", "—", "none")


class OperatorSession:
    """The one signed-in operator of this counter window, over :class:`Operators`."""

    def __init__(self, store: Any, counter: Any, *, roles: Roles, training: bool = False,
                 scrypt: ScryptParams = DEFAULT_SCRYPT,
                 badge_index: Callable[[str], str] = default_badge_index,
                 lockout: LockoutPolicy = LockoutPolicy(),
                 clock: Callable[[], datetime] = utcnow) -> None:
        self.training = training
        self._roles = roles
        self._counter = counter
        self._clock = clock
        self._operators = Operators(store, lockout=lockout, scrypt=scrypt, badge_index=badge_index)
        self._current: Operator | None = None
        self._lock = threading.Lock()
        counter.roles = roles
        counter.switch_operator(_NOBODY)  # nobody may act before someone signs in

    @property
    def current(self) -> Operator | None:
        return self._current

    def _switch(self, answer: SignInAnswer) -> SignInAnswer:
        if answer.operator is not None:
            with self._lock:
                self._current = answer.operator
                self._counter.switch_operator(answer.operator)
        return answer

    def operators(self) -> list[Operator]:
        return self._operators.all()

    def sign_in(self, operator_id: str, pin: str) -> SignInAnswer:
        return self._switch(SignInAnswer.of(self._operators.sign_in(operator_id, pin,
                                                                    self._clock())))

    def sign_in_badge(self, chip_number: str) -> SignInAnswer:
        return self._switch(SignInAnswer.of(self._operators.sign_in_badge(chip_number,
                                                                          self._clock())))

    def sign_out(self) -> None:
        with self._lock:
            self._current = None
            self._counter.switch_operator(_NOBODY)

    def create_first_supervisor(self, name: str, pin: str) -> SignInAnswer:
        """Only while no operator exists: afterwards a supervisor adds people (operators view)."""
        if self._operators.all():
            return SignInAnswer(None, Problem("operators-exist", "Er zijn al medewerkers.",
                                              "Meld aan als verantwoordelijke."))
        operator_id = _slug(name)
        problem = self._operators.add(operator_id, name, "supervisor", pin, self._clock(),
                                      roles=self._roles)
        if problem is not None:
            return SignInAnswer(None, problem)
        return self.sign_in(operator_id, pin)

    def refusal(self, permission: Permission) -> Problem | None:
        who = self._current
        if who is None:
            return Problem("not-signed-in", "Er is niemand aangemeld.", "Meld eerst aan.")
        return refusal(who, permission, self._roles)

    def roles(self) -> list[str]:
        return list(self._roles.permissions)

    def _free_id(self, name: str) -> str:
        base = _slug(name)
        taken = {o.id for o in self._operators.all()}
        candidate, n = base, 2
        while candidate in taken:
            candidate, n = f"{base}-{n}", n + 1
        return candidate

    def _manager(self) -> Problem | None:
        return self.refusal(Permission.MANAGE_OPERATORS)

    def add(self, name: str, role: str, pin: str, badge: str | None = None) -> Problem | None:
        if (refused := self._manager()) is not None:
            return refused
        return self._operators.add(self._free_id(name), name, role, pin, self._clock(),
                                   badge_uid=badge or None, roles=self._roles)

    def reset_pin(self, operator_id: str, pin: str) -> Problem | None:
        if (refused := self._manager()) is not None:
            return refused
        return self._operators.set_pin(operator_id, pin)

    def deactivate(self, operator_id: str) -> Problem | None:
        if (refused := self._manager()) is not None:
            return refused
        if self._current is not None and operator_id == self._current.id:
            return Problem("operator-self", "Je kan jezelf niet uitschakelen.",
                           "Laat een andere verantwoordelijke dit doen.")
        self._operators.deactivate(operator_id)
        return None

    def unlock(self, operator_id: str) -> Problem | None:
        if (refused := self._manager()) is not None:
            return refused
        return self._operators.unlock(operator_id)

    def trust_problems(self) -> list[Problem]:
        problems = [self._roles.problem] if self._roles.problem is not None else []
        tampered = self._operators.tampered()
        if tampered:
            problems.append(Problem(
                OPERATOR_TAMPERED.code,
                f"Buiten balie gewijzigd, aanmelden geweigerd: {', '.join(sorted(tampered))}.",
                OPERATOR_TAMPERED.next_step))
        return problems

    def seed_training(self) -> None:
        """The demo staff of a training counter, so `./dev.sh run` needs no set-up."""
        if self._operators.all():
            return
        for operator_id, name, role, pin in TRAINING_OPERATORS:
            self._operators.add(operator_id, name, role, pin, self._clock(), roles=self._roles)


def weak_pin(pin: str) -> Problem | None:
    """The core's PIN rule, for the forms' immediate feedback."""
    return pin_problem(pin)
