"""The sync worker's reading of the outbox: what may go out now, and the records it needs.

State changes go through :class:`balie.store.outbox.Outbox` (``mark_sent`` before the request,
``mark_confirmed`` / ``mark_retry`` / ``mark_rejected`` after). The selection of what goes out is
here because the worker applies a slightly different rule than ``Outbox.next_batch``:

* per pass, entries go out in sequence order: an earlier entry of the same pass that is still
  PENDING or SENT holds back the later ones (a cancellation never overtakes its sale);
* an entry whose ``depends_on`` is not done waits; one whose dependency was cancelled, or handled
  by a person without a platform id, is settled without a call (nothing to undo on the platform);
* a rejected entry (needs attention) blocks only what depends on it, not the later, independent
  actions of the same pass holder (the acceptance rule: one refusal never blocks the rest).
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import bindparam, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from balie.domain import ActionKind, Operator, OutboxStatus
from balie.store.audit import Audit
from balie.store.models import (
    Checkin,
    OutboxEntry,
    PassholderChange,
    RewardRedemption,
    Setting,
    TicketSale,
    to_db_time,
)
from balie.store.outbox import LAST_CONTACT, OutboxItem, to_item
from balie.store.store import Store

SYNC_OPERATOR = Operator(id="sync", name="Synchronisatie", role="system")

_HOLDS_PASS = (OutboxStatus.PENDING.value, OutboxStatus.SENT.value)
_DONE = (OutboxStatus.CONFIRMED.value, OutboxStatus.HANDLED.value)
_PARKED = (OutboxStatus.NEEDS_ATTENTION.value, OutboxStatus.REJECTED.value)


def deliverable(store: Store, now: datetime, limit: int = 200) -> list[OutboxItem]:
    """The next entries that may go out now, in sequence order (see module docstring): at most
    one per pass (its earliest PENDING/SENT entry, not counting entries parked behind a refused
    dependency), due, and with a dependency that is done. Dependants of a cancelled dependency are
    included: the worker settles them without a call. One indexed query, whatever the queue size."""
    waiting = (OutboxStatus.PENDING.value, OutboxStatus.SENT.value)
    dep = aliased(OutboxEntry)
    first_open = (
        select(OutboxEntry.pass_key, func.min(OutboxEntry.sequence).label("first_seq"))
        .outerjoin(dep, dep.client_uuid == OutboxEntry.depends_on)
        .where(OutboxEntry.status.in_(waiting), OutboxEntry.pass_key.is_not(None),
               or_(dep.status.is_(None), dep.status.not_in(_PARKED)))
        .group_by(OutboxEntry.pass_key).subquery())
    dep2 = aliased(OutboxEntry)
    q = (
        select(OutboxEntry)
        .outerjoin(first_open, first_open.c.pass_key == OutboxEntry.pass_key)
        .outerjoin(dep2, dep2.client_uuid == OutboxEntry.depends_on)
        .where(OutboxEntry.status == OutboxStatus.PENDING.value,
               or_(OutboxEntry.next_attempt_at.is_(None), OutboxEntry.next_attempt_at <= now),
               or_(OutboxEntry.pass_key.is_(None), first_open.c.first_seq == OutboxEntry.sequence),
               or_(OutboxEntry.depends_on.is_(None), dep2.status.is_(None),
                   dep2.status.not_in((*waiting, *_PARKED))))
        .order_by(OutboxEntry.sequence).limit(limit))
    with store.read() as s:
        return [to_item(r, store.cipher) for r in s.scalars(q)]


def _statuses(s: Session, uuids: set[str | None]) -> dict[str | None, str]:
    wanted = {u for u in uuids if u}
    if not wanted:
        return {}
    rows = s.execute(select(OutboxEntry.client_uuid, OutboxEntry.status)
                     .where(OutboxEntry.client_uuid.in_(wanted))).all()
    return {u: st for u, st in rows}


def settle_moot(store: Store, item: OutboxItem, now: datetime, note: str) -> bool:
    """The entry needs no call (what it would undo never reached the platform): HANDLED, audited."""
    with store.write() as s:
        row = s.scalar(select(OutboxEntry).where(OutboxEntry.client_uuid == item.client_uuid,
                                                 OutboxEntry.status == OutboxStatus.PENDING.value))
        if row is None:
            return False
        row.status = OutboxStatus.HANDLED.value
        row.finished_at = now
        row.note = note
        Audit.add(s, operator=SYNC_OPERATOR, action="sync.settled", at=now,
                  outbox_uuid=item.client_uuid, detail="dependency never reached the platform")
        return True


def add_note(store: Store, client_uuid: str, note: str, now: datetime, action: str) -> None:
    """Append a Dutch note (e.g. 'the platform charged another price') and audit it."""
    with store.write() as s:
        _add_note(s, client_uuid, note, now, action)


def _add_note(s: Session, client_uuid: str, note: str, now: datetime, action: str) -> None:
    row = s.scalar(select(OutboxEntry).where(OutboxEntry.client_uuid == client_uuid))
    if row is None:
        return
    row.note = note if not row.note else f"{row.note}\n{note}"
    Audit.add(s, operator=SYNC_OPERATOR, action=action, at=now, outbox_uuid=client_uuid,
              detail=note[:200])


def ticket_lines(store: Store, client_uuid: str) -> list[TicketSale]:
    with store.read() as s:
        return list(s.scalars(select(TicketSale).where(TicketSale.client_uuid == client_uuid)
                              .order_by(TicketSale.line)))


def linked_ids(store: Store, kind: ActionKind, uitpas_number: str) -> set[str]:
    """Platform ids this counter already tied to one of its own actions for this pass: a
    reconciliation must never claim them a second time."""
    model = {ActionKind.TICKET_SALE: TicketSale, ActionKind.CHECKIN: Checkin,
             ActionKind.REWARD_REDEEM: RewardRedemption}[kind]
    with store.read() as s:
        return {str(i) for i in s.scalars(
            select(model.platform_id).where(model.uitpas_number == uitpas_number,
                                            model.platform_id.is_not(None)))}


def status_of(store: Store, client_uuid: str) -> OutboxStatus | None:
    with store.read() as s:
        st = s.scalar(select(OutboxEntry.status).where(OutboxEntry.client_uuid == client_uuid))
        return OutboxStatus(st) if st else None


def next_attempt_at(store: Store) -> datetime | None:
    """When the earliest entry waiting for a retry becomes due (None: nothing waits)."""
    with store.read() as s:
        return s.scalar(select(func.min(OutboxEntry.next_attempt_at)).where(
            OutboxEntry.status == OutboxStatus.PENDING.value,
            OutboxEntry.next_attempt_at.is_not(None)))


def mark_sent_many(store: Store, client_uuids: list[str], now: datetime) -> set[str]:
    """``Outbox.mark_sent`` for a whole batch in ONE transaction (one fsync instead of one per
    entry): PENDING -> SENT, committed before any of the requests leaves. Returns the uuids that
    really moved (a person may have cancelled one meanwhile)."""
    if not client_uuids:
        return set()
    with store.write() as s:
        moved = set(s.scalars(select(OutboxEntry.client_uuid).where(
            OutboxEntry.client_uuid.in_(client_uuids),
            OutboxEntry.status == OutboxStatus.PENDING.value)))
        s.execute(update(OutboxEntry).where(OutboxEntry.client_uuid.in_(moved)).values(
            status=OutboxStatus.SENT.value, sent_at=now, attempts=OutboxEntry.attempts + 1))
        return moved


def confirm_many(store: Store, confirmed: list[tuple[str, list[str]]], now: datetime,
                 notes: list[tuple[str, str, str]] | None = None) -> set[str]:
    """``Outbox.mark_confirmed`` for a whole batch in ONE transaction: a few executemany
    statements instead of ORM work per entry (the platform ids go onto the local records exactly
    as :func:`balie.store.records.attach_platform_ids` puts them: ticket lines in line order,
    check-ins / redemptions / pass holder changes the first id). ``notes`` are
    ``(client_uuid, note, audit_action)`` lines added in the same transaction (see
    :func:`add_note`). Returns the uuids that really moved to CONFIRMED."""
    if not confirmed and not notes:
        return set()
    ids_of = {u: ids for u, ids in confirmed}
    with store.write() as s:
        moved: set[str] = set()
        uuids = list(ids_of)
        for i in range(0, len(uuids), _IN_CHUNK):
            moved.update(s.scalars(select(OutboxEntry.client_uuid).where(
                OutboxEntry.client_uuid.in_(uuids[i:i + _IN_CHUNK]),
                OutboxEntry.status.in_(_HOLDS_PASS))))
        if moved:
            _confirm_moved(s, {u: ids_of[u] for u in moved}, now)
            s.merge(Setting(key=LAST_CONTACT, value=to_db_time(now)))
        for client_uuid, note, action in notes or ():
            _add_note(s, client_uuid, note, now, action)
        return moved


_IN_CHUNK = 500


def _confirm_moved(s: Session, ids_of: dict[str, list[str]], now: datetime) -> None:
    outbox = OutboxEntry.__table__
    s.execute(update(outbox).where(outbox.c.client_uuid == bindparam("b_uuid"),
                                   or_(*(outbox.c.status == st for st in _HOLDS_PASS)))
              .values(status=OutboxStatus.CONFIRMED.value, platform_ids=bindparam("b_ids"),
                      finished_at=now, last_error=None, next_attempt_at=None),
              [{"b_uuid": u, "b_ids": json.dumps(ids)} for u, ids in ids_of.items()])
    with_ids = {u: ids for u, ids in ids_of.items() if ids}
    if not with_ids:
        return
    sales = TicketSale.__table__
    lines: dict[str, list[int]] = {}
    uuids = list(with_ids)
    for i in range(0, len(uuids), _IN_CHUNK):
        for u, line in s.execute(select(sales.c.client_uuid, sales.c.line)
                                 .where(sales.c.client_uuid.in_(uuids[i:i + _IN_CHUNK]))
                                 .order_by(sales.c.client_uuid, sales.c.line)):
            lines.setdefault(u, []).append(line)
    sale_ids = [{"b_uuid": u, "b_line": line, "b_pid": pid}
                for u, ls in lines.items() for line, pid in zip(ls, with_ids[u])]
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


def ticket_lines_many(store: Store, client_uuids: list[str]) -> dict[str, list[TicketSale]]:
    """The ticket lines of several sales in one read (the worker needs them per batch)."""
    out: dict[str, list[TicketSale]] = {}
    if not client_uuids:
        return out
    with store.read() as s:
        for i in range(0, len(client_uuids), _IN_CHUNK):
            for row in s.scalars(select(TicketSale)
                                 .where(TicketSale.client_uuid.in_(client_uuids[i:i + _IN_CHUNK]))
                                 .order_by(TicketSale.client_uuid, TicketSale.line)):
                out.setdefault(row.client_uuid, []).append(row)
    return out
