"""Who may do what at the counter: operators, roles, PINs, lock-out and auto-lock.

Counter PCs are shared and stand in public halls. Every action must carry the person who did it,
and a walk-away must not leave a signed-in counter behind. So:

- an operator signs in with a personal PIN (or a badge tap) and has ONE role; a role is a set of
  permissions. The three default roles follow the issue (cashier < registrar < supervisor); an
  organizer may redefine them (kept as JSON in the store's settings, not in code);
- a PIN is never stored: only a slow salted ``hashlib.scrypt`` hash whose parameters travel with
  it (so they can be raised later without invalidating old hashes). A badge is kept as a keyed
  blind index (see :mod:`balie.crypto`), never its chip UID;
- after ``max_failures`` wrong PINs the operator is locked out for ``lockout``; while locked, the
  PIN is not even checked (a locked account is no oracle for guessing);
- :class:`IdleLock` tells the screen when to lock after idle time. Switching operators is the UI's
  two keystrokes; this module only keeps who signed in recently (:meth:`Operators.recent`).
"""

from __future__ import annotations

import base64
import enum
import hashlib
import hmac
import json
import logging
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from balie.domain import Operator, Problem
from balie.store.audit import Audit
from balie.store.models import OperatorAccount

if TYPE_CHECKING:
    from balie.store import Store

log = logging.getLogger(__name__)

ROLES_SETTING = "operators.roles"


class Permission(enum.StrEnum):
    SELL = "SELL"
    CHECKIN = "CHECKIN"
    REDEEM = "REDEEM"
    CANCEL_RECENT = "CANCEL_RECENT"  # undo within the cancel window
    REGISTER_PASSHOLDER = "REGISTER_PASSHOLDER"
    KANSENSTATUUT = "KANSENSTATUUT"
    CANCEL_LATE = "CANCEL_LATE"  # undo after the cancel window
    OFFLINE_OVERRIDE = "OFFLINE_OVERRIDE"
    HANDLE_ATTENTION = "HANDLE_ATTENTION"  # the 'Te behandelen' actions
    SETTINGS = "SETTINGS"
    MANAGE_OPERATORS = "MANAGE_OPERATORS"
    EXPORT_PERSONAL_DATA = "EXPORT_PERSONAL_DATA"


_CASHIER = frozenset({Permission.SELL, Permission.CHECKIN, Permission.REDEEM,
                      Permission.CANCEL_RECENT})
_REGISTRAR = _CASHIER | {Permission.REGISTER_PASSHOLDER, Permission.KANSENSTATUUT}
_SUPERVISOR = frozenset(Permission)

ROLE_LABELS_NL = {"cashier": "Kassier", "registrar": "Registratie", "supervisor": "Verantwoordelijke"}


@dataclass(frozen=True)
class Roles:
    """Role name -> permissions, plus the cancel window that separates CANCEL_RECENT from
    CANCEL_LATE. Configurable per installation (:func:`load_roles` / :func:`save_roles`)."""

    permissions: Mapping[str, frozenset[Permission]] = field(default_factory=lambda: {
        "cashier": _CASHIER, "registrar": _REGISTRAR, "supervisor": _SUPERVISOR})
    cancel_window: timedelta = timedelta(minutes=10)

    def allows(self, role: str, permission: Permission) -> bool:
        return permission in self.permissions.get(role, frozenset())

    def may_cancel(self, role: str, action_at: datetime, now: datetime) -> bool:
        if self.allows(role, Permission.CANCEL_LATE):
            return True
        return self.allows(role, Permission.CANCEL_RECENT) and now - action_at <= self.cancel_window

    def to_json(self) -> str:
        return json.dumps({"cancel_window_minutes": self.cancel_window.total_seconds() / 60,
                           "roles": {r: sorted(p.value for p in ps)
                                     for r, ps in self.permissions.items()}}, sort_keys=True)

    @classmethod
    def from_json(cls, raw: str) -> Roles:
        """Raises ValueError (with a Dutch message) for a role file that cannot be trusted."""
        try:
            data = json.loads(raw)
            roles = {str(name): frozenset(Permission(p) for p in perms)
                     for name, perms in data["roles"].items()}
            window = timedelta(minutes=float(data.get("cancel_window_minutes", 10)))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ValueError("De rollen in de instellingen zijn onleesbaar; de standaardrollen "
                             "worden gebruikt.") from exc
        if not roles or window < timedelta(0):
            raise ValueError("De rollen in de instellingen zijn onvolledig.")
        return cls(roles, window)


def load_roles(store: Store) -> Roles:
    """The installation's roles; the defaults when none are saved or the saved ones are broken
    (logged, never a crash at sign-in)."""
    raw = store.get_setting(ROLES_SETTING)
    if raw is None:
        return Roles()
    try:
        return Roles.from_json(raw)
    except ValueError:
        log.warning("stored roles unreadable; using the default roles")
        return Roles()


def save_roles(store: Store, roles: Roles) -> None:
    store.set_setting(ROLES_SETTING, roles.to_json())


# -- PIN hashing ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class ScryptParams:
    """n=2**15, r=8 takes ~50-100 ms and 32 MiB on a counter PC: invisible at sign-in, slow for
    anyone guessing offline from a stolen disk (a 6-digit PIN space then costs days per account,
    not seconds; short PINs are why lock-out exists as well)."""

    n: int = 2**15
    r: int = 8
    p: int = 1


DEFAULT_SCRYPT = ScryptParams()
_PIN = re.compile(r"^[0-9]{4,12}$")


def pin_problem(pin: str) -> Problem | None:
    """Why ``pin`` may not be chosen, or None. Digits only (counter keypads), 4 to 12 long, and
    not a run like 0000 or 1234 that a bystander guesses first."""
    if not _PIN.match(pin):
        return Problem("pin-format", "Een pincode bestaat uit 4 tot 12 cijfers.",
                       "Kies een andere pincode.")
    steps = {int(b) - int(a) for a, b in zip(pin, pin[1:])}
    if len(steps) == 1 and steps <= {-1, 0, 1}:
        return Problem("pin-too-simple", "Deze pincode is te makkelijk te raden.",
                       "Kies een pincode die geen reeks (zoals 1234 of 0000) is.")
    return None


def hash_pin(pin: str, params: ScryptParams = DEFAULT_SCRYPT, *, salt: bytes | None = None) -> str:
    salt = salt if salt is not None else os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=params.n, r=params.r, p=params.p,
                            maxmem=256 * params.n * params.r + 2**20, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${params.n}${params.r}${params.p}${b64(salt).decode()}${b64(digest).decode()}"


def verify_pin(pin: str, stored: str) -> bool:
    """Constant-time check of ``pin`` against a :func:`hash_pin` string; a malformed hash is a
    mismatch (never an exception at the sign-in screen)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        params = ScryptParams(int(n), int(r), int(p))
        if not (2 <= params.n <= 2**20 and 1 <= params.r <= 32 and 1 <= params.p <= 16):
            return False
        expected = base64.b64decode(digest, validate=True)
        actual = hashlib.scrypt(pin.encode(), salt=base64.b64decode(salt, validate=True),
                                n=params.n, r=params.r, p=params.p,
                                maxmem=256 * params.n * params.r + 2**20, dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def default_badge_index(badge_uid: str) -> str:
    """Without the keyring's index key (tests, training) a badge is still not stored in clear."""
    return hashlib.sha256(b"balie-badge\x00" + badge_uid.strip().upper().encode()).hexdigest()


# -- sign-in -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class LockoutPolicy:
    max_failures: int = 5
    lockout: timedelta = timedelta(minutes=5)


@dataclass(frozen=True)
class SignIn:
    """Outcome of a sign-in: ``operator`` when it worked, else a Dutch ``problem``."""

    operator: Operator | None
    problem: Problem | None = None
    attempts_left: int | None = None

    @property
    def ok(self) -> bool:
        return self.operator is not None


_WRONG = Problem("pin-wrong", "Onbekende medewerker of verkeerde pincode.",
                 "Probeer opnieuw of vraag de verantwoordelijke.")


def _locked(until: datetime) -> Problem:
    from balie.domain import BRUSSELS

    return Problem("operator-locked",
                   "Te veel verkeerde pincodes: deze medewerker is tijdelijk geblokkeerd "
                   f"tot {until.astimezone(BRUSSELS):%H:%M}.",
                   "Wacht tot dan, of laat de verantwoordelijke de blokkering opheffen.",
                   extras={"until": until.isoformat()})


class Operators:
    """The operators of this counter, kept in the store's ``operators`` table."""

    def __init__(self, store: Store, *, lockout: LockoutPolicy = LockoutPolicy(),
                 scrypt: ScryptParams = DEFAULT_SCRYPT,
                 badge_index: Callable[[str], str] = default_badge_index) -> None:
        self._store = store
        self.lockout = lockout
        self._scrypt = scrypt
        self._badge_index = badge_index
        self._dummy_hash = hash_pin("000000", scrypt)

    def add(self, operator_id: str, name: str, role: str, pin: str, now: datetime, *,
            badge_uid: str | None = None, roles: Roles | None = None) -> Problem | None:
        """Create an operator. Returns a problem (unknown role, weak PIN, taken id or badge)."""
        known = (roles or load_roles(self._store)).permissions
        if role not in known:
            return Problem("role-unknown", f"De rol '{role}' bestaat niet.",
                           f"Kies een van: {', '.join(sorted(known))}.")
        if (weak := pin_problem(pin)) is not None:
            return weak
        if not operator_id.strip() or not name.strip():
            return Problem("operator-incomplete", "Vul een code en een naam in.")
        account = OperatorAccount(
            id=operator_id.strip(), name=name.strip(), role=role,
            pin_hash=hash_pin(pin, self._scrypt), active=True, failed_attempts=0,
            badge_index=self._badge_index(badge_uid) if badge_uid else None, created_at=now)
        try:
            with self._store.write() as s:
                s.add(account)
                s.flush()
        except IntegrityError:
            return Problem("operator-exists", "Deze code of badge is al in gebruik.",
                           "Kies een andere code of badge.")
        return None

    def set_pin(self, operator_id: str, pin: str) -> Problem | None:
        if (weak := pin_problem(pin)) is not None:
            return weak
        with self._store.write() as s:
            account = s.get(OperatorAccount, operator_id)
            if account is None:
                return Problem("operator-unknown", "Deze medewerker bestaat niet.")
            account.pin_hash = hash_pin(pin, self._scrypt)
            account.failed_attempts = 0
            account.locked_until = None
        return None

    def set_role(self, operator_id: str, role: str) -> None:
        with self._store.write() as s:
            account = s.get(OperatorAccount, operator_id)
            if account is not None:
                account.role = role

    def deactivate(self, operator_id: str) -> None:
        with self._store.write() as s:
            account = s.get(OperatorAccount, operator_id)
            if account is not None:
                account.active = False

    def unlock(self, operator_id: str) -> None:
        """A supervisor lifts a lock-out."""
        with self._store.write() as s:
            account = s.get(OperatorAccount, operator_id)
            if account is not None:
                account.failed_attempts = 0
                account.locked_until = None

    def all(self) -> list[Operator]:
        with self._store.read() as s:
            return [Operator(a.id, a.name, a.role) for a in s.scalars(
                select(OperatorAccount).where(OperatorAccount.active.is_(True))
                .order_by(OperatorAccount.name))]

    def recent(self, limit: int = 5) -> list[Operator]:
        """Who signed in lately, newest first: the candidates of the two-keystroke switch."""
        with self._store.read() as s:
            return [Operator(a.id, a.name, a.role) for a in s.scalars(
                select(OperatorAccount).where(OperatorAccount.active.is_(True),
                                              OperatorAccount.last_sign_in_at.is_not(None))
                .order_by(OperatorAccount.last_sign_in_at.desc()).limit(limit))]

    def sign_in(self, operator_id: str, pin: str, now: datetime) -> SignIn:
        """Check a PIN, counting failures in the same transaction (two counters cannot both get
        a 'fresh' attempt). The scrypt work happens even for an unknown id, so response time
        does not tell which ids exist."""
        with self._store.read() as s:
            account = s.get(OperatorAccount, operator_id)
            stored = account.pin_hash if account is not None and account.active else None
            locked_until = account.locked_until if account is not None else None
        if locked_until is not None and locked_until > now:
            return SignIn(None, _locked(locked_until), 0)
        good = verify_pin(pin, stored or self._dummy_hash) and stored is not None
        return self._settle(operator_id, good, now)

    def sign_in_badge(self, badge_uid: str, now: datetime) -> SignIn:
        """A badge tap is 'something you have': it signs in without PIN, unless locked out."""
        key = self._badge_index(badge_uid)
        with self._store.read() as s:
            account = s.scalar(select(OperatorAccount).where(OperatorAccount.badge_index == key,
                                                             OperatorAccount.active.is_(True)))
            if account is None:
                return SignIn(None, Problem("badge-unknown", "Deze badge is niet gekend.",
                                            "Meld aan met je code en pincode."))
            operator_id, locked_until = account.id, account.locked_until
        if locked_until is not None and locked_until > now:
            return SignIn(None, _locked(locked_until), 0)
        return self._settle(operator_id, True, now)

    def _settle(self, operator_id: str, good: bool, now: datetime) -> SignIn:
        with self._store.write() as s:
            account = s.get(OperatorAccount, operator_id)
            if account is None or not account.active:
                return SignIn(None, _WRONG)
            if account.locked_until is not None and account.locked_until > now:
                return SignIn(None, _locked(account.locked_until), 0)
            who = Operator(account.id, account.name, account.role)
            if good:
                account.failed_attempts = 0
                account.locked_until = None
                account.last_sign_in_at = now
                Audit.add(s, operator=who, action="operator.sign_in", at=now)
                log.info("operator signed in (role %s)", account.role)
                return SignIn(who)
            account.failed_attempts += 1
            left = self.lockout.max_failures - account.failed_attempts
            if left <= 0:
                account.locked_until = now + self.lockout.lockout
                account.failed_attempts = 0
                Audit.add(s, operator=who, action="operator.locked_out", at=now,
                          detail=f"{self.lockout.max_failures} wrong PINs")
                log.warning("operator locked out after repeated wrong PINs")
                return SignIn(None, _locked(account.locked_until), 0)
            return SignIn(None, _WRONG, left)


# -- authorisation and idle lock -------------------------------------------------------------------

def refusal(operator: Operator, permission: Permission, roles: Roles) -> Problem | None:
    """None when ``operator`` may do it; else the Dutch refusal the screen shows."""
    if roles.allows(operator.role, permission):
        return None
    able = sorted(ROLE_LABELS_NL.get(r, r) for r, ps in roles.permissions.items()
                  if permission in ps)
    return Problem("not-allowed",
                   f"{operator.name} mag dit niet doen met de rol "
                   f"'{ROLE_LABELS_NL.get(operator.role, operator.role)}'.",
                   f"Laat een medewerker met de rol {' of '.join(able) or 'verantwoordelijke'} "
                   "aanmelden (twee toetsen: wissel medewerker).",
                   extras={"permission": permission.value})


@dataclass
class IdleLock:
    """Tracks the last activity; the screen asks :meth:`due` on a timer and locks when True.
    Mutable on purpose: it is the one piece of session state, owned by the screen."""

    idle: timedelta = timedelta(minutes=2)
    last_activity: datetime | None = None

    def touch(self, now: datetime) -> None:
        self.last_activity = now

    def due(self, now: datetime) -> bool:
        return self.last_activity is not None and now - self.last_activity >= self.idle

    def remaining(self, now: datetime) -> timedelta:
        if self.last_activity is None:
            return self.idle
        return max(timedelta(0), self.idle - (now - self.last_activity))

