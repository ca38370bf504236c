"""What personal data the counter keeps, for how long, and who may take it out.

The counter must work offline, so it keeps some personal data, but only what a decision needs:

- the social-tariff list: card type and available tickets per card, the card numbers only as
  keyed hashes (:func:`balie.crypto.kansen_key`): membership is all the counter needs, and the
  card that is in someone's hand can be hashed and looked up; the list cannot be read back. It
  costs one HMAC per lookup and ~1 s per million rows at refresh.
- passes seen recently (first name, postal code, kansenstatuut): sealed (balie.crypto), looked up
  by blind index, and forgotten after the retention period;
- actions (sales, check-ins, rewards, registrations) until the platform confirmed them and the
  retention period has passed; then the rows go and only counts and amounts per day stay
  (balie.store.retention keeps the report totals). Their pass number and passholder id are blind
  indexes (queries by pass still work), the clear values only in the sealed payload sync sends.

Training stores have no key: the same code keeps their demo data in clear.

The retention period is ``[privacy] retention_days`` (default 30). :func:`purge_personal_data` is
what the maintenance job runs; it is safe to run any time and often.

Exports: reports hold counts and amounts only. A transaction list with pass numbers is personal
data, so :func:`transactions_csv` includes numbers only when the operator's role has
EXPORT_PERSONAL_DATA *and* the operator asked for them; otherwise numbers are masked.
"""

from __future__ import annotations

import io
import json
import logging
import time as clock_time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import CursorResult, delete, select

from balie.crypto import KEY_CHECK_SETTING, FieldCipher, KeySource, is_blinded, open_cipher, unseal
from balie.csv_safe import SafeWriter
from balie.domain import BRUSSELS, Operator, Problem
from balie.operators import Permission, Roles, refusal
from balie.store.models import ChipNumber, OutboxEntry, PassTariff, TicketSale

if TYPE_CHECKING:
    from balie.config import Config
    from balie.store import Store

log = logging.getLogger(__name__)

DEFAULT_RETENTION_DAYS = 30
#: the audit log: a full accounting year plus the month its books are closed in
DEFAULT_AUDIT_RETENTION_DAYS = 400
#: never shorter than a year: an audit of last year's books must find who did what
MIN_AUDIT_RETENTION_DAYS = 366

#: Payload keys of passholder registrations/updates that identify a person beyond the pass.
PERSONAL_PAYLOAD_KEYS = frozenset({
    "firstName", "name", "lastName", "inszNumber", "insz", "dateOfBirth", "birthDate", "gender",
    "email", "phoneNumber", "phone", "address", "street", "postalCode", "city", "nationality",
    "placeOfBirth", "legalTermsPaper", "legalTermsDigital", "remarks", "photo",
})


_BLIND = "blind index (keyed HMAC): equality lookups only, unreadable without the key"
_SEALED = "sealed (AES-256-GCM, key in the OS keyring)"
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
    "outbox.pass_key": _BLIND, "outbox.problem_detail": _PLATFORM_TEXT,
    "outbox.end_user_message": _PLATFORM_TEXT, "outbox.last_error": _PLATFORM_TEXT,
    "outbox.note": _PLATFORM_TEXT, "outbox.operator_id": _STAFF, "outbox.operator_name": _STAFF,
    "ticket_sales.uitpas_number": _BLIND, "ticket_sales.passholder_id": _BLIND,
    "checkins.uitpas_number": _BLIND, "checkins.passholder_id": _BLIND,
    "reward_redemptions.uitpas_number": _BLIND,
    "reward_redemptions.passholder_id": _BLIND,
    "passholder_changes.uitpas_number": _BLIND,
    "social_tariff_cards.uitpas_number": _BLIND + " (membership of the kansentarief list)",
    "operators.name": _STAFF,
    "operators.pin_hash": "scrypt hash, salted and peppered from the keyring (balie.operators)",
    "operators.mac": "keyed MAC of the operator row (balie.operators)",
    "operators.badge_index": _BLIND, "audit_log.operator_id": _STAFF,
    "audit_log.operator_name": _STAFF, "audit_log.detail": "ids and amounts, no holder data",
    "ticket_sales.operator_id": _STAFF, "checkins.operator_id": _STAFF,
    "reward_redemptions.operator_id": _STAFF, "passholder_changes.operator_id": _STAFF,
    "day_closings.operator_id": _STAFF, "day_closings.operator_name": _STAFF,
    "price_differences.uitpas_number": _SEALED + "; deleted after retention once settled",
    "price_differences.message_nl": "amounts and tariff names, no holder data",
    "price_differences.settled_by": _STAFF, "price_differences.settled_note": _PLATFORM_TEXT,
}


@dataclass(frozen=True)
class RetentionPolicy:
    """``retention``: personal data of confirmed actions. ``audit_retention``: the audit log
    (who did what; no holder data), kept longer: see :mod:`balie.store.audit` for the rule."""

    retention: timedelta = timedelta(days=DEFAULT_RETENTION_DAYS)
    audit_retention: timedelta = timedelta(days=DEFAULT_AUDIT_RETENTION_DAYS)

    @classmethod
    def from_config(cls, config: Config) -> RetentionPolicy:
        """Raises ConfigError (Dutch) for a value that is not a whole number of days >= 1."""
        from balie.config import ConfigError

        days = config.get_int("privacy", "retention_days")
        if days < 1 or days > 3650:
            raise ConfigError(f"Instelling [privacy] retention_days = {days} moet tussen 1 en "
                              "3650 dagen liggen.")
        audit_days = config.get_int("privacy", "audit_retention_days")
        if audit_days < MIN_AUDIT_RETENTION_DAYS or audit_days > 3650:
            raise ConfigError(f"Instelling [privacy] audit_retention_days = {audit_days} moet "
                              f"tussen {MIN_AUDIT_RETENTION_DAYS} en 3650 dagen liggen.")
        return cls(timedelta(days=days), timedelta(days=audit_days))


@dataclass(frozen=True)
class PurgeReport:
    """What one purge removed (counts only: this goes to the log)."""

    actions: int
    ticket_lines: int
    passes_forgotten: int
    chips_forgotten: int
    tariff_answers_forgotten: int
    audit_lines: int = 0


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


#: between two purge batches the purge lets go of the interpreter (a sleep of 0: any thread
#: waiting for it, the GUI's, runs first). A sale waiting to write needs no sleep: it goes
#: before the next batch (balie.store.db.WriteGate). It used to sleep 2 ms after every batch:
#: ~2 s of a year's first purge, while the GUI thread's longest pause stayed the same without
#: (bench/year.py's "GUI-thread pause while the purge runs": the purge's batches run in SQLite,
#: which lets go of the interpreter itself)
YIELD_SECONDS = 0.0


def yield_to_counter() -> None:
    clock_time.sleep(YIELD_SECONDS)


def purge_personal_data(store: Store, now: datetime,
                        policy: RetentionPolicy = RetentionPolicy(), *,
                        pause: Callable[[], None] | None = yield_to_counter) -> PurgeReport:
    """Forget what is older than the retention period, then give the freed pages back.
    Unconfirmed actions are never touched: they still have to reach the platform (or a person
    in 'Te behandelen'). ``pause`` runs between the purge's short write transactions."""
    from balie.store.retention import compact, purge_confirmed

    cutoff = now - policy.retention
    purged = purge_confirmed(store, cutoff, pause=pause)
    passes = store.passes.forget_older_than(cutoff)
    store.price_differences.forget_settled_before(cutoff)
    with store.write() as s:  # both walk an index on the time column (migration 0006)
        # a DELETE's result is a CursorResult; Session.execute is typed for any statement
        chips = cast(CursorResult[Any], s.execute(
            delete(ChipNumber).where(ChipNumber.learned_at < cutoff))).rowcount
        tariffs = cast(CursorResult[Any], s.execute(
            delete(PassTariff).where(PassTariff.fetched_at < cutoff))).rowcount
    audit = store.audit.purge_older_than(now - policy.audit_retention)
    report = PurgeReport(purged.outbox_entries, purged.ticket_sales, passes, int(chips or 0),
                         int(tariffs or 0), audit)
    if any((report.actions, passes, chips, tariffs, audit)):
        compacted = compact(store, pause=pause)
        log.info("store compacted after purge: %d -> %d pages%s", compacted.pages_before,
                 compacted.pages_after, " (full vacuum, once)" if compacted.full_vacuum else "")
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
        rows = s.execute(select(TicketSale, OutboxEntry.payload).join(
            OutboxEntry, OutboxEntry.client_uuid == TicketSale.client_uuid).where(
            TicketSale.sold_at >= start, TicketSale.sold_at < end,
            TicketSale.training == training).order_by(TicketSale.sold_at, TicketSale.id))
        for r, payload in rows:
            clear = _clear_number(store, r, payload)
            number = clear if scope.personal else mask_number(clear)
            writer.writerow([f"{r.sold_at.astimezone(BRUSSELS):%H:%M}", r.event_name,
                             r.tariff_name, f"{r.price_cents / 100:.2f}".replace(".", ","),
                             number, "ja" if r.cancelled else "nee",
                             "ja" if r.provisional else "nee"])
    return out.getvalue(), scope


def _clear_number(store: Store, row: TicketSale, payload: str) -> str:
    """The pass number of a sale line: the record holds a blind index on a live store, the
    clear number is only in the sealed payload. Unreadable: fully masked, never the index."""
    from balie.store.action_rows import payload_context

    if not is_blinded(row.uitpas_number):
        return row.uitpas_number
    text = unseal(store.cipher, payload, payload_context(row.client_uuid))
    try:
        return str(json.loads(text)["uitpasNumber"]) if text else "•" * 13
    except (ValueError, KeyError, TypeError):
        return "•" * 13


# -- what older versions left in clear ---------------------------------------------------------------

def attach_cipher(store: Store, source: KeySource, *,
                  progress: Callable[[int, int], None] | None = None,
                  defer_lists: bool = False) -> FieldCipher:
    """Open the key of ``store`` (keyed by its device id) and give the store its cipher. The
    first time, the key check is saved in the store so a wrong key is recognised later. Then
    whatever an older version left in clear (record pass numbers, the card list, unpeppered PIN
    hashes) is converted, once, now that the key is at hand (``progress`` and ``defer_lists``
    are for a large card list, see :func:`protect_clear_leftovers`). Here and not in
    :mod:`balie.crypto`: the conversion needs the store, and the store needs the cipher."""
    check = store.get_setting(KEY_CHECK_SETTING)
    cipher = open_cipher(store.device_id, check, source)
    if check is None:
        store.set_setting(KEY_CHECK_SETTING, cipher.key_check())
    store.cipher = cipher
    protect_clear_leftovers(store, progress=progress, defer_lists=defer_lists)
    return cipher


def protect_clear_leftovers(store: Store, *, progress: Callable[[int, int], None] | None = None,
                            defer_lists: bool = False) -> None:
    """Run when the store gets its key (:func:`attach_cipher`): what an older version left
    in clear is protected now, once. Operator rows signed and PIN hashes peppered
    (:func:`balie.operators.adopt_unsigned`); pass numbers and passholder ids on records and
    the queue's pass keys blinded; the kansentarief lists hashed (:mod:`balie.kansen_list`,
    ``progress`` after each chunk), unless ``defer_lists``: the app hashes them on its
    maintenance thread with progress in the window, lookups find a card in a list still in
    clear meanwhile. Idempotent, and cheap when there is nothing left to do (one scan of each
    small table)."""
    from balie.kansen_list import convert_clear_lists
    from balie.operators import adopt_unsigned

    adopt_unsigned(store)
    if store.cipher is None:
        return
    records = blind_clear_records(store)
    cards = 0 if defer_lists else convert_clear_lists(store, progress=progress)
    if records or cards:
        log.info("privacy upgrade: %d records and %d kansentarief cards blinded", records, cards)


#: set in the store once every record and queue entry holds blind indexes. Only a version from
#: before schema 0006 wrote pass numbers in clear, and none of those opens a store migrated past
#: it: what is blinded stays blinded, and the next look reads nothing.
RECORDS_BLINDED_SETTING = "privacy.records_blinded"


def _not_blinded(column: Any) -> Any:
    """``column`` holds no blind index: below or above every ``i1:...`` value. Two ranges on
    the column's index instead of ``NOT LIKE 'i1:%'``, which read every row: the check runs at
    every start of a live counter (and every command), and the records grow all year (a scan
    of a year's sales, check-ins and queue took ~95 ms before the window)."""
    from sqlalchemy import or_

    from balie.crypto import INDEX_PREFIX

    after = INDEX_PREFIX[:-1] + chr(ord(INDEX_PREFIX[-1]) + 1)
    return or_(column < INDEX_PREFIX, column >= after)


def blind_clear_records(store: Store) -> int:
    """Blind the pass numbers and passholder ids an older version wrote in clear on sales,
    check-ins, rewards, passholder changes, and the queue's pass keys. Returns rows changed.

    Once per store (:data:`RECORDS_BLINDED_SETTING`): it runs at every live start and every
    command, and the queue has no index on its pass keys, so each look read a year's queue."""
    from sqlalchemy import update

    from balie.crypto import PASS_KEY_KIND, blind, holder_key, number_key
    from balie.store.models import Checkin, PassholderChange, RewardRedemption, Setting

    if store.get_setting(RECORDS_BLINDED_SETTING) is not None:
        return 0
    cipher = store.cipher
    changed = 0
    with store.write() as s:
        for model in (TicketSale, Checkin, RewardRedemption):
            clear = s.execute(select(model.id, model.uitpas_number, model.passholder_id)
                              .where(_not_blinded(model.uitpas_number))).all()
            for row_id, number, holder in clear:
                s.execute(update(model).where(model.id == row_id).values(
                    uitpas_number=number_key(cipher, number),
                    passholder_id=holder_key(cipher, holder)))
            changed += len(clear)
        changes = s.execute(select(PassholderChange.id, PassholderChange.uitpas_number).where(
            PassholderChange.uitpas_number.is_not(None),
            _not_blinded(PassholderChange.uitpas_number))).all()
        for row_id, changed_number in changes:  # not None: filtered above
            s.execute(update(PassholderChange).where(PassholderChange.id == row_id)
                      .values(uitpas_number=number_key(cipher, str(changed_number))))
        changed += len(changes)
        keys = s.execute(select(OutboxEntry.id, OutboxEntry.pass_key).where(
            OutboxEntry.pass_key.is_not(None), _not_blinded(OutboxEntry.pass_key))).all()
        for row_id, key in keys:  # not None: filtered above
            s.execute(update(OutboxEntry).where(OutboxEntry.id == row_id)
                      .values(pass_key=blind(cipher, str(key), PASS_KEY_KIND)))
        changed += len(keys)
        s.merge(Setting(key=RECORDS_BLINDED_SETTING, value="1"))
    return changed
