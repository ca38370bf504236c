"""What personal data the counter keeps, for how long, and who may take it out.

The counter must work offline, so it keeps some personal data, but only what a decision needs:

- the social-tariff list: UiTPAS numbers, card type and available tickets; no names, no addresses.
  The numbers stay in clear on purpose. A number is pseudonymous: it names a card, not a person;
  turning it into a person takes the card itself or platform credentials (which live in the OS
  keyring, not on disk). Keeping it clear keeps the hot path one B-tree lookup and lets 'balie
  doctor' count the list. What a disk thief learns is "card X has a kansenstatuut", not who holds
  card X. (A keyed blind index over the list is possible with :meth:`FieldCipher.index`; it costs
  one HMAC per lookup and ~1 s per million rows at refresh; see ``bench/crypto_cost.py``.)
- passes seen recently (first name, postal code, kansenstatuut): sealed (balie.crypto), looked up
  by blind index, and forgotten after the retention period;
- actions (sales, check-ins, rewards, registrations) until the platform confirmed them and the
  retention period has passed; then the rows go and only counts and amounts per day stay
  (balie.store.retention keeps the report totals).

The retention period is ``[privacy] retention_days`` (default 30). :func:`purge_personal_data` is
what the maintenance job runs; it is safe to run any time and often.

Exports: reports hold counts and amounts only. A transaction list with pass numbers is personal
data, so :func:`transactions_csv` includes numbers only when the operator's role has
EXPORT_PERSONAL_DATA *and* the operator asked for them; otherwise numbers are masked.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select

from balie.csv_safe import SafeWriter
from balie.domain import BRUSSELS, Operator, Problem
from balie.operators import Permission, Roles, refusal
from balie.store.models import ChipNumber, PassTariff, TicketSale

if TYPE_CHECKING:
    from balie.config import Config
    from balie.store import Store

log = logging.getLogger(__name__)

DEFAULT_RETENTION_DAYS = 30

#: Payload keys of passholder registrations/updates that identify a person beyond the pass.
PERSONAL_PAYLOAD_KEYS = frozenset({
    "firstName", "name", "lastName", "inszNumber", "insz", "dateOfBirth", "birthDate", "gender",
    "email", "phoneNumber", "phone", "address", "street", "postalCode", "city", "nationality",
    "placeOfBirth", "legalTermsPaper", "legalTermsDigital", "remarks", "photo",
})


_BLIND = "blind index (keyed HMAC): equality lookups only, unreadable without the key"
_SEALED = "sealed (AES-256-GCM, key in the OS keyring)"
_PSEUDONYM = "clear pseudonym (pass number / passholder id); deleted after the retention period"
_PLATFORM_TEXT = "clear platform/worker text, may name the holder; deleted after retention"
_STAFF = "staff name or id, clear (the organizer's own audit data)"

#: Every column that holds (or may hold) personal data, and how it is protected on disk. A test
#: fails when a column that looks personal is added without a line here: a decision, not a default.
PERSONAL_COLUMNS: dict[str, str] = {
    "passes_seen.uitpas_number": _BLIND, "passes_seen.passholder_id": _BLIND,
    "passes_seen.snapshot": _SEALED + " (first name, postal code, kansenstatuut)",
    "chip_numbers.chip_number": _BLIND, "chip_numbers.uitpas_number": _SEALED,
    "pass_tariffs.uitpas_number": _BLIND, "pass_tariffs.end_user_message": _PLATFORM_TEXT,
    "outbox.payload": _SEALED + " (registrations: name, address, INSZ, birth date, contact)",
    "outbox.pass_key": _PSEUDONYM, "outbox.problem_detail": _PLATFORM_TEXT,
    "outbox.end_user_message": _PLATFORM_TEXT, "outbox.last_error": _PLATFORM_TEXT,
    "outbox.note": _PLATFORM_TEXT, "outbox.operator_id": _STAFF, "outbox.operator_name": _STAFF,
    "ticket_sales.uitpas_number": _PSEUDONYM, "ticket_sales.passholder_id": _PSEUDONYM,
    "checkins.uitpas_number": _PSEUDONYM, "checkins.passholder_id": _PSEUDONYM,
    "reward_redemptions.uitpas_number": _PSEUDONYM,
    "reward_redemptions.passholder_id": _PSEUDONYM,
    "passholder_changes.uitpas_number": _PSEUDONYM,
    "social_tariff_cards.uitpas_number": "clear on purpose: pseudonymous card numbers only, "
                                         "no names (see this module's docstring)",
    "operators.name": _STAFF, "operators.pin_hash": "scrypt hash, salted (balie.operators)",
    "operators.badge_index": _BLIND, "audit_log.operator_id": _STAFF,
    "audit_log.operator_name": _STAFF, "audit_log.detail": "ids and amounts, no holder data",
    "ticket_sales.operator_id": _STAFF, "checkins.operator_id": _STAFF,
    "reward_redemptions.operator_id": _STAFF, "passholder_changes.operator_id": _STAFF,
    "day_closings.operator_id": _STAFF, "day_closings.operator_name": _STAFF,
}


@dataclass(frozen=True)
class RetentionPolicy:
    retention: timedelta = timedelta(days=DEFAULT_RETENTION_DAYS)

    @classmethod
    def from_config(cls, config: Config) -> RetentionPolicy:
        """Raises ConfigError (Dutch) for a value that is not a whole number of days >= 1."""
        from balie.config import ConfigError

        days = config.get_int("privacy", "retention_days")
        if days < 1 or days > 3650:
            raise ConfigError(f"Instelling [privacy] retention_days = {days} moet tussen 1 en "
                              "3650 dagen liggen.")
        return cls(timedelta(days=days))


@dataclass(frozen=True)
class PurgeReport:
    """What one purge removed (counts only: this goes to the log)."""

    actions: int
    ticket_lines: int
    passes_forgotten: int
    chips_forgotten: int
    tariff_answers_forgotten: int


def redact_payload(payload: Mapping[str, Any]) -> dict[str, Any]:
    """A registration payload without the person, for support bundles and 'Te behandelen'
    screens of a role without REGISTER_PASSHOLDER: ids and numbers stay, names, address, INSZ,
    birth date and contact details go."""
    out: dict[str, Any] = {}
    for key, value in payload.items():
        if key in PERSONAL_PAYLOAD_KEYS:
            continue
        out[key] = redact_payload(value) if isinstance(value, Mapping) else value
    out["redacted"] = True
    return out


def purge_personal_data(store: Store, now: datetime,
                        policy: RetentionPolicy = RetentionPolicy()) -> PurgeReport:
    """Forget what is older than the retention period. Unconfirmed actions are never touched:
    they still have to reach the platform (or a person in 'Te behandelen')."""
    from balie.store.retention import purge_confirmed

    cutoff = now - policy.retention
    purged = purge_confirmed(store, cutoff)
    passes = store.passes.forget_older_than(cutoff)
    with store.write() as s:
        chips = s.execute(delete(ChipNumber).where(ChipNumber.learned_at < cutoff)).rowcount
        tariffs = s.execute(delete(PassTariff).where(PassTariff.fetched_at < cutoff)).rowcount
    report = PurgeReport(purged.outbox_entries, purged.ticket_sales, passes, int(chips or 0),
                         int(tariffs or 0))
    log.info("privacy purge: %s", report)
    return report


# -- exports ---------------------------------------------------------------------------------------

def mask_number(number: str) -> str:
    """'0900000000115' -> '09•••••••0115': enough to tell two lines apart on paper, not to use."""
    if len(number) <= 6:
        return "•" * len(number)
    return number[:2] + "•" * (len(number) - 6) + number[-4:]


@dataclass(frozen=True)
class ExportScope:
    personal: bool
    problem: Problem | None = None


def export_scope(operator: Operator, roles: Roles, *, asked_personal: bool) -> ExportScope:
    """Personal data only when asked AND allowed; asked but not allowed is said, not silently
    downgraded (the operator must know the file has masked numbers)."""
    if not asked_personal:
        return ExportScope(False)
    problem = refusal(operator, Permission.EXPORT_PERSONAL_DATA, roles)
    return ExportScope(problem is None, problem)


def transactions_csv(store: Store, day: date, operator: Operator, roles: Roles, *,
                     asked_personal: bool = False, training: bool = False) -> tuple[str, ExportScope]:
    """The day's ticket lines as CSV (``;``, Excel nl-BE). Pass numbers masked unless the scope
    allows them. Passholder ids are never exported: they mean nothing outside the platform."""
    scope = export_scope(operator, roles, asked_personal=asked_personal)
    start = datetime.combine(day, time(0), tzinfo=BRUSSELS)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=BRUSSELS)
    out = io.StringIO()
    writer = SafeWriter(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["tijd", "evenement", "tarief", "betaald", "uitpasnummer", "geannuleerd",
                     "voorlopig"])
    with store.read() as s:
        rows = s.scalars(select(TicketSale).where(
            TicketSale.sold_at >= start, TicketSale.sold_at < end,
            TicketSale.training == training).order_by(TicketSale.sold_at, TicketSale.id))
        for r in rows:
            number = r.uitpas_number if scope.personal else mask_number(r.uitpas_number)
            writer.writerow([f"{r.sold_at.astimezone(BRUSSELS):%H:%M}", r.event_name,
                             r.tariff_name, f"{r.price_cents / 100:.2f}".replace(".", ","),
                             number, "ja" if r.cancelled else "nee",
                             "ja" if r.provisional else "nee"])
    return out.getvalue(), scope


# -- what older versions left in clear ---------------------------------------------------------------

def protect_clear_leftovers(store: Store) -> None:
    """Run when the store gets its key (balie.crypto.attach_cipher): operator rows signed and
    PIN hashes peppered (:func:`balie.operators.adopt_unsigned`). Idempotent and cheap when there
    is nothing left to do."""
    from balie.operators import adopt_unsigned

    adopt_unsigned(store)
