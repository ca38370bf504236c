"""Who runs a writing CLI command: an operator with their PIN, or this PC's service identity.

Roles must hold outside the screen too: ``balie import --operator <supervisor>`` used to record
sales under a supervisor's name without a PIN and without an audit line. Every command that writes
records calls :func:`identify` once, before it writes:

- ``--operator CODE`` signs in like the lock screen does (same PIN check, lock-out, signed operator
  row, role): the PIN is asked without echo on a terminal, or read from stdin with ``--pin-stdin``
  for scripts (``echo 482913 | balie import --operator an --pin-stdin file.csv``), or from the
  environment variable ``BALIE_PIN`` set for that one command; never a PIN on the command line,
  where the process list and shell history would show it;
- ``--service`` runs as the machine's service identity, for scheduled tasks. It is only granted
  to an OS account that IT listed in ``[counter] service_accounts`` of the machine-wide balie.ini
  (a per-user file or ``--config`` cannot grant it), and the account is taken from the OS, not from
  environment variables. It is recorded as ``service:<account>``.

Either way an audit line ``cli.<command>`` says who ran what; the records themselves carry the
operator as every counter action does.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, TextIO

from balie.domain import Operator, Problem

if TYPE_CHECKING:
    from balie.config import Config
    from balie.operators import Permission
    from balie.store import Store

log = logging.getLogger(__name__)

SERVICE_ROLE = "service"
#: the PIN for a script that cannot write it to stdin; set it for the one command only (a
#: variable of the whole session would give every later command the operator's rights)
PIN_ENV = "BALIE_PIN"


def add_identity_arguments(parser: argparse.ArgumentParser) -> None:
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--operator", metavar="CODE",
                     help="the operator who runs this (their PIN is asked, or read with "
                          "--pin-stdin); recorded and audited")
    who.add_argument("--service", action="store_true",
                     help="run as this PC's service identity (only for an OS account listed in "
                          "[counter] service_accounts of the machine-wide balie.ini)")
    parser.add_argument("--pin-stdin", action="store_true",
                        help="read the operator's PIN from the first line of stdin (scripts); "
                             f"or set {PIN_ENV} for this one command. Never on the command line")


@dataclass(frozen=True)
class Identified:
    """``operator`` when identification worked, else the Dutch ``problem`` to print."""

    operator: Operator | None
    problem: Problem | None = None

    def __str__(self) -> str:
        return f"{self.problem.message} {self.problem.next_step}".strip() if self.problem else ""


def os_account() -> str:
    """The account this process runs as, from the OS (not USERNAME/LOGNAME, which anyone sets)."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        size = ctypes.c_ulong(257)
        buf = ctypes.create_unicode_buffer(size.value)
        if ctypes.windll.advapi32.GetUserNameW(buf, ctypes.byref(size)):
            return buf.value
        return ""
    import pwd

    return pwd.getpwuid(os.getuid()).pw_name


def _service_accounts(config: Config) -> set[str]:
    if not config.source_of("counter", "service_accounts").startswith("machine:"):
        return set()
    return {a.strip().lower() for a in config.get("counter", "service_accounts").split(",")
            if a.strip()}


def _read_pin(args: argparse.Namespace, stdin: TextIO,
              ask: Callable[[str], str]) -> str | None:
    if getattr(args, "pin_stdin", False):
        line = stdin.readline()
        return line.strip() or None
    if os.environ.get(PIN_ENV):
        return os.environ[PIN_ENV].strip() or None
    if stdin.isatty():
        return ask(f"Pincode van {args.operator}: ").strip() or None
    return None


def service_identity(account: Callable[[], str] = os_account) -> Operator:
    """This PC's service identity as the OS account it runs under: ``service:<account>``."""
    me = account() or "?"
    return Operator(f"service:{me}", f"Dienstaccount {me}", SERVICE_ROLE)


def identify(args: argparse.Namespace, store: Store, config: Config, command: str,
             now: datetime, *, needs: Sequence[Permission] = (),
             stdin: TextIO | None = None,
             ask: Callable[[str], str] = getpass.getpass,
             account: Callable[[], str] = os_account) -> Identified:
    """Identify who runs ``command`` and write the audit line, or say why not (nothing written
    then, except the failed sign-in that counts towards the lock-out, as at the lock screen)."""
    from balie.operators import Operators, load_roles, refusal

    stdin = stdin if stdin is not None else sys.stdin
    if getattr(args, "service", False):
        me = account()
        if not me or me.lower() not in _service_accounts(config):
            return Identified(None, Problem(
                "service-not-allowed",
                f"Het account '{me or '?'}' is niet het dienstaccount van deze pc.",
                "Meld aan met --operator CODE en de pincode, of laat de IT-dienst het account "
                "opnemen in [counter] service_accounts van de machine-instellingen."))
        who = service_identity(account)
    else:
        code = getattr(args, "operator", None)
        if not code:
            return Identified(None, Problem(
                "operator-missing", "Wie voert dit uit? Deze opdracht schrijft in de balie.",
                "Geef --operator CODE (de pincode wordt gevraagd, of met --pin-stdin gelezen), "
                "of --service voor het dienstaccount van deze pc."))
        pin = _read_pin(args, stdin, ask)
        if pin is None:
            return Identified(None, Problem(
                "pin-missing", "Geen pincode ontvangen.",
                "Typ de pincode wanneer ze gevraagd wordt, of geef ze via stdin met "
                f"--pin-stdin of in de omgevingsvariabele {PIN_ENV} (nooit op de "
                "opdrachtregel)."))
        outcome = Operators(store).sign_in(code, pin, now)
        if outcome.operator is None:
            assert outcome.problem is not None
            return Identified(None, outcome.problem)
        who = outcome.operator
        roles = load_roles(store)
        for permission in needs:
            if (refused := refusal(who, permission, roles)) is not None:
                return Identified(None, refused)
    store.audit.record(operator=who, action=f"cli.{command}", at=now,
                       detail="service identity" if who.role == SERVICE_ROLE else "PIN")
    log.info("cli %s run by %s", command, "the service identity" if who.role == SERVICE_ROLE
             else f"an operator (role {who.role})")
    return Identified(who)


def attach_store_key(store: Store) -> Problem | None:
    """A live store (one that has a key check) gets its key from the OS keyring, so operator
    rows can be verified and what the command writes is sealed like at the counter. Training
    stores have no key and stay in clear."""
    from balie.crypto import KEY_CHECK_SETTING, CryptoError, KeyringKeySource
    from balie.privacy import attach_cipher

    if store.cipher is not None or store.get_setting(KEY_CHECK_SETTING) is None:
        return None
    from balie.app.commands.common import list_progress

    try:
        attach_cipher(store, KeyringKeySource(), progress=list_progress())
    except CryptoError as exc:
        return exc.problem
    return None


def operator_for(args: argparse.Namespace, store: Store, config: Config, command: str,
                 now: datetime, *, needs: Sequence[Permission] = ()) -> Identified:
    """The one call of a writing command: the store key (live stores), then who runs it."""
    problem = attach_store_key(store)
    if problem is not None:
        return Identified(None, problem)
    return identify(args, store, config, command, now, needs=needs)
