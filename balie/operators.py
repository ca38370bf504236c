"""Who may do what at the counter: operators, roles, PINs, lock-out and auto-lock.

Counter PCs are shared and stand in public halls. Every action must carry the person who did it,
and a walk-away must not leave a signed-in counter behind. So:

- an operator signs in with a personal PIN (or a badge tap) and has ONE role; a role is a set of
  permissions. The three default roles follow the issue (cashier < registrar < supervisor); an
  organizer may redefine them (kept as JSON in the store's settings, not in code);
- a PIN is never stored: only a slow salted ``hashlib.scrypt`` hash whose parameters travel with
  it (so they can be raised later without invalidating old hashes), peppered with a secret from
  the OS keyring (``scrypt-p1``: HMAC(pepper, scrypt digest)), so a copy of the store alone does
  not allow guessing a 4-digit PIN offline. Hashes of older versions are wrapped with the pepper
  at the first start that has the key (:func:`adopt_unsigned`). A badge is kept as a keyed blind
  index (see :mod:`balie.crypto`), never its chip UID;
- every operator row and the role definitions are signed with a MAC keyed by the store key
  (:func:`balie.crypto.sign`). A row or role file changed outside balie (a cashier who makes
  themselves supervisor in the database) no longer matches and is refused with a Dutch message;
- after ``max_failures`` wrong PINs the operator is locked out; each next round in a row lasts
  longer, and after ``supervisor_after_rounds`` only a supervisor unlocks. While locked, the PIN
  is not even checked (a locked account is no oracle for guessing);
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
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from balie.crypto import KEY_CHECK_SETTING, FieldCipher, sign, signed
from balie.domain import Operator, Problem
from balie.store.audit import Audit
from balie.store.models import OperatorAccount, Setting, to_db_time

if TYPE_CHECKING:
    from balie.store import Store

log = logging.getLogger(__name__)

ROLES_SETTING = "operators.roles"
ROLES_MAC_SETTING = "operators.roles.mac"
#: the first revision whose operator rows carry a MAC; rows of a store opened from an older one
#: are signed once at that open (the migration itself has no key)
_MAC_REVISION = "0004"


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
    #: set when the stored role definitions were refused (tampered): the defaults apply instead
    problem: Problem | None = field(default=None, compare=False)

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


ROLES_TAMPERED = Problem(
    "roles-tampered",
    "De rollen in de kassadatabank zijn buiten balie gewijzigd en worden niet vertrouwd. "
    "De standaardrollen (Kassier, Registratie, Verantwoordelijke) gelden.",
    "Laat de verantwoordelijke de rollen opnieuw instellen en meld het aan de helpdesk.")


def load_roles(store: Store) -> Roles:
    """The installation's roles; the defaults when none are saved, when the saved ones are
    broken, or when their signature does not match (edited in the file: refused, with
    :data:`ROLES_TAMPERED` as the reason; never a crash at sign-in)."""
    raw = store.get_setting(ROLES_SETTING)
    mac = store.get_setting(ROLES_MAC_SETTING)
    if raw is None:
        if mac is not None:
            log.warning("stored roles removed outside balie; using the default roles")
            return Roles(problem=ROLES_TAMPERED)
        return Roles()
    if not signed(store.cipher, raw, ROLES_SETTING, mac):
        log.warning("stored roles fail their signature; refused, using the default roles")
        return Roles(problem=ROLES_TAMPERED)
    try:
        return Roles.from_json(raw)
    except ValueError:
        log.warning("stored roles unreadable; using the default roles")
        return Roles()


def save_roles(store: Store, roles: Roles) -> None:
    raw = roles.to_json()
    with store.write() as s:
        s.merge(Setting(key=ROLES_SETTING, value=raw))
        s.merge(Setting(key=ROLES_MAC_SETTING, value=sign(store.cipher, raw, ROLES_SETTING)))


# -- row signatures --------------------------------------------------------------------------------

OPERATOR_TAMPERED = Problem(
    "operator-tampered",
    "De gegevens van deze medewerker zijn buiten balie gewijzigd "
    "en worden niet vertrouwd: aanmelden kan niet.",
    "Laat de verantwoordelijke deze medewerker uitschakelen en opnieuw aanmaken met een nieuwe "
    "code, en meld het aan de helpdesk.")


def _row_text(a: OperatorAccount) -> str:
    """Everything that decides what an operator may do or whether they may sign in."""
    until = to_db_time(a.locked_until) if a.locked_until is not None else None
    return json.dumps([a.id, a.name, a.role, a.pin_hash, a.badge_index, bool(a.active),
                       int(a.failed_attempts or 0), until, int(a.lockout_rounds or 0)],
                      separators=(",", ":"))


def _seal_row(cipher: FieldCipher | None, account: OperatorAccount) -> None:
    account.mac = sign(cipher, _row_text(account), "operators")


def row_trusted(cipher: FieldCipher | None, account: OperatorAccount) -> bool:
    return signed(cipher, _row_text(account), "operators", account.mac)


def adopt_unsigned(store: Store) -> int:
    """Sign what a version before operator MACs left unsigned, and pepper old PIN hashes. Runs
    at every open and is cheap when there is nothing to do. Unsigned rows are only adopted in
    the open that migrated the store past :data:`_MAC_REVISION` (afterwards a missing MAC is
    tampering), and a live store only with its key (never an unkeyed signature on it).
    Returns how many rows changed."""
    cipher = store.cipher
    if cipher is None and store.get_setting(KEY_CHECK_SETTING) is not None:
        return 0
    migration = getattr(store, "migration", None)
    old = getattr(migration, "from_revision", None)
    adopting = old is not None and old < _MAC_REVISION
    changed = 0
    with store.write() as s:
        for account in s.scalars(select(OperatorAccount)):
            trusted = row_trusted(cipher, account) or (adopting and account.mac is None)
            if not trusted:
                continue
            wrapped = pepper_hash(account.pin_hash, cipher.pepper) if cipher is not None else None
            if account.mac is None or wrapped is not None:
                account.pin_hash = wrapped or account.pin_hash
                _seal_row(cipher, account)
                changed += 1
        roles = s.get(Setting, ROLES_SETTING)
        if adopting and roles is not None and s.get(Setting, ROLES_MAC_SETTING) is None:
            s.merge(Setting(key=ROLES_MAC_SETTING,
                            value=sign(cipher, roles.value, ROLES_SETTING)))
    if changed:
        log.info("operator rows signed or peppered: %d", changed)
    return changed


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
    steps = {int(b) - int(a) for a, b in pairwise(pin)}
    if len(steps) == 1 and steps <= {-1, 0, 1}:
        return Problem("pin-too-simple", "Deze pincode is te gemakkelijk te raden.",
                       "Kies een pincode die geen reeks (zoals 1234 of 0000) is.")
    return None


_PEPPERED = "scrypt-p1"


def _peppered(pepper: bytes, digest: bytes) -> bytes:
    return hmac.digest(pepper, b"balie pin\x00" + digest, "sha256")


def hash_pin(pin: str, params: ScryptParams = DEFAULT_SCRYPT, *, salt: bytes | None = None,
             pepper: bytes | None = None) -> str:
    """``scrypt$n$r$p$salt$digest``; with a ``pepper`` (the live store's, from the keyring)
    ``scrypt-p1$...`` whose last part is HMAC(pepper, digest): useless without the keyring."""
    salt = salt if salt is not None else os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=params.n, r=params.r, p=params.p,
                            maxmem=256 * params.n * params.r + 2**20, dklen=32)
    b64 = base64.b64encode
    scheme = "scrypt"
    if pepper is not None:
        scheme, digest = _PEPPERED, _peppered(pepper, digest)
    return f"{scheme}${params.n}${params.r}${params.p}${b64(salt).decode()}${b64(digest).decode()}"


def stand_in_hash(params: ScryptParams = DEFAULT_SCRYPT, *, peppered: bool = False) -> str:
    """A hash in :func:`hash_pin`'s form that no PIN matches, for an unknown operator's
    sign-in: checking a PIN against it costs the same scrypt as against a real one, so the time
    does not tell which codes exist. Random salt and digest, nothing hashed: a real hash of a
    dummy PIN cost the live counter's start ~0.1 s of scrypt (at n=2**15) before its window."""
    b64 = base64.b64encode
    scheme = _PEPPERED if peppered else "scrypt"
    return (f"{scheme}${params.n}${params.r}${params.p}${b64(os.urandom(16)).decode()}$"
            f"{b64(os.urandom(32)).decode()}")


def pepper_hash(stored: str, pepper: bytes) -> str | None:
    """An unpeppered ``scrypt$`` hash wrapped with the pepper (same PIN still verifies), or None
    when it already is peppered or is no hash of ours. No PIN is needed for this, so existing
    operators are protected at once, not only after their next sign-in."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return None
        wrapped = _peppered(pepper, base64.b64decode(digest, validate=True))
    except (ValueError, TypeError):
        return None
    return f"{_PEPPERED}${n}${r}${p}${salt}${base64.b64encode(wrapped).decode()}"


def verify_pin(pin: str, stored: str, pepper: bytes | None = None) -> bool:
    """Constant-time check of ``pin`` against a :func:`hash_pin` string; a malformed hash, or a
    peppered one without the pepper, is a mismatch (never an exception at the sign-in screen)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme not in ("scrypt", _PEPPERED) or (scheme == _PEPPERED and pepper is None):
            return False
        params = ScryptParams(int(n), int(r), int(p))
        if not (2 <= params.n <= 2**20 and 1 <= params.r <= 32 and 1 <= params.p <= 16):
            return False
        expected = base64.b64decode(digest, validate=True)
        actual = hashlib.scrypt(pin.encode(), salt=base64.b64decode(salt, validate=True),
                                n=params.n, r=params.r, p=params.p,
                                maxmem=256 * params.n * params.r + 2**20, dklen=32)
        if scheme == _PEPPERED:
            assert pepper is not None
            actual = _peppered(pepper, actual)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def default_badge_index(badge_uid: str) -> str:
    """Without the keyring's index key (tests, training) a badge is still not stored in clear."""
    return hashlib.sha256(b"balie-badge\x00" + badge_uid.strip().upper().encode()).hexdigest()


# -- sign-in -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class LockoutPolicy:
    """``max_failures`` wrong PINs make one round. Round k (1-based) locks for ``lockout`` times
    ``escalation[k-1]`` (5, 15, 60 minutes by default); from round ``supervisor_after_rounds`` on
    only a supervisor unlocks. A good sign-in starts the rounds over. Someone guessing a 4-digit
    PIN thus gets ~20 tries in the first 80 minutes and then needs a supervisor."""

    max_failures: int = 5
    lockout: timedelta = timedelta(minutes=5)
    escalation: tuple[int, ...] = (1, 3, 12)
    supervisor_after_rounds: int = 4

    def duration(self, round_: int) -> timedelta | None:
        """How long round ``round_`` locks; None: until a supervisor unlocks."""
        if round_ >= self.supervisor_after_rounds:
            return None
        factor = self.escalation[min(round_, len(self.escalation)) - 1] if self.escalation else 1
        return self.lockout * factor


#: ``locked_until`` of a lock-out that only a supervisor lifts (far enough to never pass)
SUPERVISOR_ONLY = datetime(9999, 1, 1, tzinfo=UTC)


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

    if until >= SUPERVISOR_ONLY:
        return Problem("operator-locked-supervisor",
                       "Te veel verkeerde pincodes, herhaaldelijk: deze medewerker is "
                       "geblokkeerd tot de verantwoordelijke de blokkering opheft.",
                       "Vraag de verantwoordelijke om de blokkering op te heffen "
                       "(Medewerkers, Blokkering opheffen).",
                       extras={"until": until.isoformat(), "supervisor": "yes"})
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
        adopt_unsigned(store)

    @property
    def _cipher(self) -> FieldCipher | None:
        return self._store.cipher

    @property
    def _pepper(self) -> bytes | None:
        cipher = self._store.cipher
        return cipher.pepper if cipher is not None else None

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
            return Problem("operator-incomplete", "Code of naam ontbreekt.",
                           "Vul een code en een naam in.")
        account = OperatorAccount(
            id=operator_id.strip(), name=name.strip(), role=role,
            pin_hash=hash_pin(pin, self._scrypt, pepper=self._pepper), active=True,
            failed_attempts=0, lockout_rounds=0,
            badge_index=self._badge_index(badge_uid) if badge_uid else None, created_at=now)
        _seal_row(self._cipher, account)
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
                return Problem("operator-unknown", "Deze medewerker bestaat niet.",
                               "Kies een medewerker uit de lijst.")
            if not row_trusted(self._cipher, account):  # never re-sign a forged role
                return OPERATOR_TAMPERED
            account.pin_hash = hash_pin(pin, self._scrypt, pepper=self._pepper)
            account.failed_attempts = 0
            account.locked_until = None
            account.lockout_rounds = 0
            _seal_row(self._cipher, account)
        return None

    def set_role(self, operator_id: str, role: str) -> Problem | None:
        with self._store.write() as s:
            account = s.get(OperatorAccount, operator_id)
            if account is None:
                return None
            if not row_trusted(self._cipher, account):
                return OPERATOR_TAMPERED
            account.role = role
            _seal_row(self._cipher, account)
        return None

    def deactivate(self, operator_id: str) -> None:
        """Always possible, also for a tampered row: switching someone off is never a risk."""
        with self._store.write() as s:
            account = s.get(OperatorAccount, operator_id)
            if account is not None:
                trusted = row_trusted(self._cipher, account)
                account.active = False
                if trusted:
                    _seal_row(self._cipher, account)

    def unlock(self, operator_id: str) -> Problem | None:
        """A supervisor lifts a lock-out (also one of the last round, which waits for this)."""
        with self._store.write() as s:
            account = s.get(OperatorAccount, operator_id)
            if account is None:
                return None
            if not row_trusted(self._cipher, account):
                return OPERATOR_TAMPERED
            account.failed_attempts = 0
            account.locked_until = None
            account.lockout_rounds = 0
            _seal_row(self._cipher, account)
        return None

    def tampered(self) -> list[str]:
        """Ids of operator rows whose signature does not match (for the operators view)."""
        with self._store.read() as s:
            return [a.id for a in s.scalars(select(OperatorAccount))
                    if not row_trusted(self._cipher, a)]

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
            if account is not None and not row_trusted(self._cipher, account):
                log.warning("operator row fails its signature; sign-in refused")
                return SignIn(None, OPERATOR_TAMPERED, 0)
            stored = account.pin_hash if account is not None and account.active else None
            locked_until = account.locked_until if account is not None else None
        if locked_until is not None and locked_until > now:
            return SignIn(None, _locked(locked_until), 0)
        pepper = self._pepper
        good = (verify_pin(pin, stored or stand_in_hash(self._scrypt, peppered=pepper is not None),
                           pepper) and stored is not None)
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
            if not row_trusted(self._cipher, account):
                log.warning("operator row fails its signature; badge sign-in refused")
                return SignIn(None, OPERATOR_TAMPERED, 0)
            operator_id, locked_until = account.id, account.locked_until
        if locked_until is not None and locked_until > now:
            return SignIn(None, _locked(locked_until), 0)
        return self._settle(operator_id, True, now)

    def _settle(self, operator_id: str, good: bool, now: datetime) -> SignIn:
        with self._store.write() as s:
            account = s.get(OperatorAccount, operator_id)
            if account is None or not account.active:
                return SignIn(None, _WRONG)
            if not row_trusted(self._cipher, account):
                return SignIn(None, OPERATOR_TAMPERED, 0)
            if account.locked_until is not None and account.locked_until > now:
                return SignIn(None, _locked(account.locked_until), 0)
            who = Operator(account.id, account.name, account.role)
            if good:
                account.failed_attempts = 0
                account.locked_until = None
                account.lockout_rounds = 0
                account.last_sign_in_at = now
                _seal_row(self._cipher, account)
                Audit.add(s, operator=who, action="operator.sign_in", at=now)
                log.info("operator signed in (role %s)", account.role)
                return SignIn(who)
            account.failed_attempts += 1
            left = self.lockout.max_failures - account.failed_attempts
            if left <= 0:
                account.lockout_rounds = int(account.lockout_rounds or 0) + 1
                duration = self.lockout.duration(account.lockout_rounds)
                account.locked_until = SUPERVISOR_ONLY if duration is None else now + duration
                account.failed_attempts = 0
                _seal_row(self._cipher, account)
                Audit.add(s, operator=who, action="operator.locked_out", at=now,
                          detail=f"{self.lockout.max_failures} wrong PINs, round "
                                 f"{account.lockout_rounds}"
                                 + (", supervisor unlock" if duration is None else ""))
                log.warning("operator locked out after repeated wrong PINs (round %d)",
                            account.lockout_rounds)
                return SignIn(None, _locked(account.locked_until), 0)
            _seal_row(self._cipher, account)
            return SignIn(None, _WRONG, left)


# -- authorisation and idle lock -------------------------------------------------------------------

def refusal(operator: Operator, permission: Permission, roles: Roles) -> Problem | None:
    """None when ``operator`` may do it; else the Dutch refusal the screen shows."""
    if roles.allows(operator.role, permission):
        return None
    able = " of ".join(sorted(_ROLE_NOUNS_NL.get(r, r) for r, ps in roles.permissions.items()
                              if permission in ps)) or "verantwoordelijke"
    # one reason, one next step: who may, and how to let them (not the role mechanics)
    return Problem("not-allowed",
                   f"{operator.name} mag dit niet doen: dat is voor een {able}.",
                   f"Laat een {able} aanmelden (Ctrl+L).",
                   extras={"permission": permission.value})


#: the roles as a cashier says them in a sentence ("laat een verantwoordelijke aanmelden")
_ROLE_NOUNS_NL = {"cashier": "kassier", "registrar": "medewerker registratie",
                  "supervisor": "verantwoordelijke"}


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

