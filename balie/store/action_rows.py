"""The rows of one counter action: its outbox entry and its local records, changed together.

A counter action is an outbox entry (what sync delivers) plus its local records (ticket lines, a
check-in, a redemption, a pass holder change: what reports and history read offline). They are
queued in one transaction, withdrawn together and confirmed together. The rules that touch both
kinds of row live here, so :mod:`balie.store.outbox` (the life of an entry) and
:mod:`balie.store.records` (recording and undoing actions) both use them and neither imports
the other.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, or_, select, update
from sqlalchemy.orm import Session

from balie.crypto import PASS_KEY_KIND, blind_optional, seal
from balie.domain import ActionKind, Operator, OutboxStatus
from balie.store.audit import Audit
from balie.store.db import bulk_insert
from balie.store.handle import Database, next_sequence, next_sequences
from balie.store.models import (
    Checkin,
    OutboxEntry,
    PassholderChange,
    RewardRedemption,
    Setting,
    TicketSale,
    to_db_time,
)

log = logging.getLogger(__name__)

LAST_CONTACT = "last_successful_contact"
#: an entry the platform may confirm: still queued, or sent and waiting for its answer
CONFIRMABLE = (OutboxStatus.PENDING.value, OutboxStatus.SENT.value)
#: every kind of local record of an action; each row names its outbox entry by ``client_uuid``
RECORD_MODELS: tuple[type[TicketSale] | type[Checkin] | type[RewardRedemption]
                     | type[PassholderChange], ...] = (
    TicketSale, Checkin, RewardRedemption, PassholderChange)


@dataclass(frozen=True)
class NewAction:
    """What a use case asks to queue."""

    kind: ActionKind
    payload: Mapping[str, Any]
    pass_key: str | None
    operator: Operator
    client_uuid: str
    depends_on: str | None = None
    provisional: bool = False
    training: bool = False


def payload_context(client_uuid: str) -> str:
    return f"outbox.payload:{client_uuid}"


def queue_key(action: NewAction) -> str | None:
    """The ONE queue key of a pass: its UiTPAS number whenever the action names one (every sale,
    check-in and redemption does, whether it came from a tap, a typed chip, a paper line or a bulk
    action), else what the caller gave. A passholder id is never a key: a paper line knows only
    the number, and two keys for one pass let two of its entries travel side by side."""
    number = action.payload.get("uitpasNumber")
    return str(number) if number else action.pass_key


# -- queueing (inside a use case's transaction) -----------------------------------------


def add_entry(db: Database, session: Session, action: NewAction, now: datetime) -> OutboxEntry:
    """Queue ``action`` in the caller's transaction. The sequence number comes from the counter
    row in that same transaction; a duplicate client UUID fails on the UNIQUE constraint."""
    row = OutboxEntry(**entry_values(db, action, now, next_sequence(session)))
    session.add(row)
    session.flush()
    return row


def add_entries(db: Database, session: Session, actions: Sequence[NewAction],
                now: datetime) -> None:
    """Queue many actions at once in the caller's transaction (a large paper import): the
    same rows as :func:`add_entry`, one block of sequence numbers and one multi-row INSERT, so
    10^6 lines do not cost 10^6 round trips and ORM objects."""
    if not actions:
        return
    sequences = next_sequences(session, len(actions))
    bulk_insert(session, OutboxEntry.__table__,
                [entry_values(db, a, now, n) for a, n in zip(actions, sequences, strict=True)])


def entry_values(db: Database, action: NewAction, now: datetime, sequence: int) -> dict[str, Any]:
    """The column values of a new PENDING entry; the payload sealed when the store is."""
    return dict(
        client_uuid=action.client_uuid, kind=action.kind.value, created_at=now,
        sequence=sequence, device_id=db.device_id,
        operator_id=action.operator.id, operator_name=action.operator.name,
        status=OutboxStatus.PENDING.value, attempts=0, next_attempt_at=None,
        # the per-pass ordering only needs equality: blind on a live store (a cancellation
        # hands over its original's key, already blind, which is kept as it is)
        pass_key=blind_optional(db.cipher, queue_key(action), PASS_KEY_KIND),
        depends_on=action.depends_on,
        provisional=action.provisional, training=action.training,
        payload=seal(db.cipher,
                     json.dumps(dict(action.payload), ensure_ascii=False, sort_keys=True),
                     payload_context(action.client_uuid)),
    )


# -- withdrawing and confirming ----------------------------------------------------------


def mark_records_cancelled(s: Session, client_uuid: str) -> None:
    for model in RECORD_MODELS:
        s.execute(update(model).where(model.client_uuid == client_uuid).values(cancelled=True))


#: records whose platform id names one platform record: at most one local record may hold it
#: (a UNIQUE index per table, migration 0008). Pass holder changes all name the holder's id.
CLAIMING_MODELS: tuple[type[TicketSale] | type[Checkin] | type[RewardRedemption], ...] = (
    TicketSale, Checkin, RewardRedemption)
_IN_CHUNK = 500


def _chunks(values: Sequence[str]) -> list[Sequence[str]]:
    return [values[i:i + _IN_CHUNK] for i in range(0, len(values), _IN_CHUNK)]


def claimed_elsewhere(s: Session, ids_of: Mapping[str, Sequence[str]]) -> dict[str, list[str]]:
    """Which of the platform ids about to be attached another local record already holds (or an
    earlier entry of the same batch claims), per claiming client uuid. Asked again inside the
    confirming transaction, whatever the read-back believed: two local sales tied to one platform
    sale means one platform sale claimed by nobody, and cancelling both would delete one twice."""
    conflicts: dict[str, list[str]] = {}
    uuids = [u for u, ids in ids_of.items() if ids]
    for model in CLAIMING_MODELS:
        mine: set[str] = set()
        for part in _chunks(uuids):
            mine.update(s.scalars(select(model.client_uuid).where(model.client_uuid.in_(part))))
        wanted = {pid: u for u in uuids if u in mine for pid in ids_of[u]}
        if not wanted:
            continue
        holders: dict[str, str] = {}
        for part in _chunks(list(wanted)):
            holders.update({pid: u for u, pid in s.execute(
                select(model.client_uuid, model.platform_id).where(model.platform_id.in_(part)))
                if pid is not None})  # never None: matched by IN; narrows the type
        seen: dict[str, str] = {}
        for u in uuids:
            if u not in mine:
                continue
            for pid in ids_of[u]:
                other = holders.get(pid) or seen.get(pid)
                if other is not None and other != u:
                    conflicts.setdefault(u, []).append(pid)
                seen.setdefault(pid, u)
    return conflicts


def attach_platform_ids(s: Session, ids_of: Mapping[str, Sequence[str]]) -> None:
    """Give local records the platform's ids, for one entry or a whole batch in a few
    executemany statements: ticket lines get the ids in line order; check-ins, redemptions and
    pass holder changes the first id. The platform has these actions now, so their records stop
    being provisional (the day report, the history and the exports must not keep saying "not yet
    confirmed"). The record side of :func:`confirm`; a person settling an entry with the
    platform's id (``Outbox.handle``) uses it too. Callers check :func:`claimed_elsewhere` first."""
    confirmed = [{"b_uuid": u} for u in ids_of]
    if confirmed:
        for flagged in (TicketSale, Checkin, RewardRedemption):
            table = flagged.__table__
            s.execute(update(table).where(table.c.client_uuid == bindparam("b_uuid"),
                                          table.c.provisional.is_(True))
                      .values(provisional=False), confirmed)
    with_ids = {u: list(ids) for u, ids in ids_of.items() if ids}
    if not with_ids:
        return
    sales = TicketSale.__table__
    lines: dict[str, list[int]] = {}
    for part in _chunks(list(with_ids)):
        for u, line in s.execute(select(sales.c.client_uuid, sales.c.line)
                                 .where(sales.c.client_uuid.in_(part))
                                 .order_by(sales.c.client_uuid, sales.c.line)):
            lines.setdefault(u, []).append(line)
    sale_ids = [{"b_uuid": u, "b_line": line, "b_pid": pid}
                for u, ls in lines.items()
                for line, pid in zip(ls, with_ids[u], strict=False)]  # ids beyond the lines: none to tie
    if sale_ids:
        s.execute(update(sales).where(sales.c.client_uuid == bindparam("b_uuid"),
                                      sales.c.line == bindparam("b_line"))
                  .values(platform_id=bindparam("b_pid")), sale_ids)
    others = [{"b_uuid": u, "b_pid": ids[0]} for u, ids in with_ids.items() if u not in lines]
    if others:
        for model in (Checkin, RewardRedemption, PassholderChange):
            table = model.__table__
            s.execute(update(table).where(table.c.client_uuid == bindparam("b_uuid"))
                      .values(platform_id=bindparam("b_pid")), others)


DOUBLE_CLAIM = "balie/double-claim"
DOUBLE_CLAIM_NOTE = ("UiTPAS gaf voor deze actie een id dat al aan een andere actie van "
                     "deze balie gekoppeld is. Controleer in de UiTPAS-backoffice of deze "
                     "actie er staat; annuleer niets voor je dat weet.")


def park_double_claim(s: Session, client_uuid: str, now: datetime) -> None:
    """An entry whose platform id another local record already holds: "Te behandelen", never
    confirmed and never sent again (it may well be on the platform)."""
    row = s.scalar(select(OutboxEntry).where(OutboxEntry.client_uuid == client_uuid))
    if row is None or row.status not in (OutboxStatus.PENDING.value, OutboxStatus.SENT.value):
        return
    row.status = OutboxStatus.NEEDS_ATTENTION.value
    row.last_error = DOUBLE_CLAIM
    row.problem_type = DOUBLE_CLAIM
    row.problem_detail = DOUBLE_CLAIM_NOTE
    row.finished_at = now
    row.note = DOUBLE_CLAIM_NOTE if not row.note else f"{row.note}\n{DOUBLE_CLAIM_NOTE}"
    Audit.add(s, operator=Operator(id="sync", name="Synchronisatie", role="system"),
              action="sync.double_claim", at=now, outbox_uuid=client_uuid,
              detail="platform id already tied to another local record")


@dataclass(frozen=True)
class Confirmation:
    """What :func:`confirm` did: the entries now CONFIRMED, and those parked for a person
    because another local record already holds one of their platform ids."""

    confirmed: frozenset[str]
    parked: frozenset[str]


def confirm(s: Session, ids_of: Mapping[str, Sequence[str]], now: datetime) -> Confirmation:
    """The one rule for "the platform has it" (answered, or found by a read-back), for one entry
    or a whole batch, inside the caller's write transaction: entries still PENDING or SENT become
    CONFIRMED with their platform ids, their records get the ids (:func:`attach_platform_ids`)
    and the last contact is noted. The ids are checked again here, inside the transaction,
    whatever the caller believed: an entry whose id another local record already holds (or an
    earlier entry of the same batch claims) is not confirmed but parked for a person
    (:func:`park_double_claim`); the UNIQUE indexes on ``platform_id`` make a double claim
    impossible even if this check were wrong. An entry in any other status is left alone."""
    waiting: set[str] = set()
    for part in _chunks(list(ids_of)):
        waiting.update(s.scalars(select(OutboxEntry.client_uuid).where(
            OutboxEntry.client_uuid.in_(part), OutboxEntry.status.in_(CONFIRMABLE))))
    conflicts = claimed_elsewhere(s, {u: ids for u, ids in ids_of.items() if u in waiting})
    for u in conflicts:
        log.warning("platform id already tied to another local record; entry parked")
        park_double_claim(s, u, now)
    moved = {u: list(ids) for u, ids in ids_of.items() if u in waiting and u not in conflicts}
    if moved:
        outbox = OutboxEntry.__table__
        # one executemany: "status IN (...)" cannot take a list per row, hence the OR
        s.execute(update(outbox).where(outbox.c.client_uuid == bindparam("b_uuid"),
                                       or_(*(outbox.c.status == st for st in CONFIRMABLE)))
                  .values(status=OutboxStatus.CONFIRMED.value, platform_ids=bindparam("b_ids"),
                          finished_at=now, last_error=None, next_attempt_at=None,
                          lease_until=None),
                  [{"b_uuid": u, "b_ids": json.dumps(ids)} for u, ids in moved.items()])
        attach_platform_ids(s, moved)
        s.merge(Setting(key=LAST_CONTACT, value=to_db_time(now)))
    return Confirmation(frozenset(moved), frozenset(conflicts))
