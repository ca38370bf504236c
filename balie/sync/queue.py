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

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import bindparam, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from balie.crypto import PASS_KEY_KIND, blind_optional, number_key
from balie.domain import ActionKind, Operator, OutboxStatus
from balie.store.action_rows import confirm
from balie.store.audit import Audit
from balie.store.models import (
    Checkin,
    OutboxEntry,
    RewardRedemption,
    TicketSale,
)
from balie.store.outbox import OutboxItem, to_item
from balie.store.store import Store

log = logging.getLogger(__name__)
#: how long a SENT row stays its sender's: longer than a batch of requests can take (the worker
#: passes its own, from its timeouts); after it, any worker may read the row back
DEFAULT_LEASE = timedelta(minutes=10)

SYNC_OPERATOR = Operator(id="sync", name="Synchronisatie", role="system")

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
    models: dict[ActionKind, type[TicketSale] | type[Checkin] | type[RewardRedemption]] = {
        ActionKind.TICKET_SALE: TicketSale, ActionKind.CHECKIN: Checkin,
        ActionKind.REWARD_REDEEM: RewardRedemption}
    model = models[kind]
    stored = number_key(store.cipher, uitpas_number)  # blind on a live store
    with store.read() as s:
        return {str(i) for i in s.scalars(
            select(model.platform_id).where(model.uitpas_number == stored,
                                            model.platform_id.is_not(None)))}


def rekey_open(store: Store) -> int:
    """Give every open entry its one queue key (:func:`balie.store.action_rows.queue_key`), read from
    its payload. Entries queued by an older version may carry the passholder id as key (and on a
    live store the keys are blind, so migration 0008 could not fix them without the key): the
    worker does it once, before it claims anything. Returns how many keys changed."""
    open_ = (OutboxStatus.PENDING.value, OutboxStatus.SENT.value,
             OutboxStatus.NEEDS_ATTENTION.value, OutboxStatus.REJECTED.value)
    with store.read() as s:
        rows = list(s.scalars(select(OutboxEntry).where(OutboxEntry.status.in_(open_))))
        items = [to_item(r, store.cipher) for r in rows]
    wanted: dict[str, str] = {}
    for item in items:
        number = item.payload.get("uitpasNumber")
        if not number or item.payload.get("unreadable"):
            continue
        key = blind_optional(store.cipher, str(number), PASS_KEY_KIND)
        if key is not None and key != item.pass_key:
            wanted[item.client_uuid] = key
    cancels = {i.client_uuid: i.depends_on for i in items
               if i.depends_on and i.depends_on in wanted and i.client_uuid not in wanted}
    for cancel, original in cancels.items():
        wanted[cancel] = wanted[str(original)]
    if wanted:
        with store.write() as s:
            s.execute(update(OutboxEntry.__table__).where(
                OutboxEntry.__table__.c.client_uuid == bindparam("b_uuid"))
                .values(pass_key=bindparam("b_key")),
                [{"b_uuid": u, "b_key": k} for u, k in wanted.items()])
        log.info("%d queued entries re-keyed to their pass number", len(wanted))
    return len(wanted)


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


def mark_sent_many(store: Store, client_uuids: list[str], now: datetime, *,
                   owner: str | None = None, lease: timedelta = DEFAULT_LEASE) -> set[str]:
    """``Outbox.mark_sent`` for a whole batch in ONE transaction (one fsync instead of one per
    entry): PENDING -> SENT, committed before any of the requests leaves, with this worker as
    owner and a lease long enough for the requests to end. Returns the uuids that really moved (a
    person or another worker may have taken one meanwhile)."""
    if not client_uuids:
        return set()
    with store.write() as s:
        moved: set[str] = set()
        for i in range(0, len(client_uuids), _IN_CHUNK):
            moved.update(s.scalars(select(OutboxEntry.client_uuid).where(
                OutboxEntry.client_uuid.in_(client_uuids[i:i + _IN_CHUNK]),
                OutboxEntry.status == OutboxStatus.PENDING.value)))
        uuids = list(moved)
        for i in range(0, len(uuids), _IN_CHUNK):
            s.execute(update(OutboxEntry).where(
                OutboxEntry.client_uuid.in_(uuids[i:i + _IN_CHUNK]),
                OutboxEntry.status == OutboxStatus.PENDING.value).values(
                status=OutboxStatus.SENT.value, sent_at=now, attempts=OutboxEntry.attempts + 1,
                sent_by=owner, lease_until=now + lease))
        return moved


def read_back_at(item: OutboxItem, me: str | None, alive: Callable[[str], bool],
                 settle: timedelta) -> datetime | None:
    """From when this worker may read a SENT row back (None: not while its owner lives).

    * Its own rows: when their lease runs out. After a lost answer the worker sets the lease to
      "now + settle", so a request still held up in the network reaches the platform first.
    * Rows of another live worker: only when their lease has run out. Reading back a row that
      worker is still sending, finding "not landed" and resending it is how one sale got
      registered twice.
    * Rows of a worker that is gone (or of none: written before owners existed): ``2 x settle``
      after they were sent (the lost request's own wait plus the settle time)."""
    owner = item.sent_by
    if owner is not None and owner == me:
        return item.lease_until or item.sent_at or item.created_at
    if owner is not None and alive(owner):
        return item.lease_until
    return (item.sent_at or item.created_at) + 2 * settle


def orphaned_sent(store: Store, me: str | None, now: datetime, alive: Callable[[str], bool],
                  settle: timedelta = timedelta(0)) -> tuple[list[OutboxItem], datetime | None]:
    """The SENT rows this worker may read back now (see :func:`read_back_at`), and when the next
    of the others becomes readable (None: none will by itself)."""
    ready: list[OutboxItem] = []
    later: datetime | None = None
    for item in store.outbox.sent_unconfirmed():
        at = read_back_at(item, me, alive, settle)
        if at is None:
            continue
        if at <= now:
            ready.append(item)
        elif later is None or at < later:
            later = at
    return ready, later


def set_lease(store: Store, client_uuids: list[str], until: datetime, owner: str | None) -> None:
    """This worker keeps SENT rows until ``until``: after a lost answer (a request held up in the
    network may still reach the platform after the client gave up on it), or after a failed
    read-back (try again after a back-off, not in every batch). Rows of a gone worker become
    this worker's own this way."""
    if not client_uuids:
        return
    with store.write() as s:
        s.execute(update(OutboxEntry).where(OutboxEntry.client_uuid.in_(client_uuids),
                                            OutboxEntry.status == OutboxStatus.SENT.value)
                  .values(lease_until=until, sent_by=owner))


def confirm_many(store: Store, confirmed: list[tuple[str, list[str]]], now: datetime,
                 notes: list[tuple[str, str, str]] | None = None) -> set[str]:
    """``Outbox.mark_confirmed`` for a whole batch in ONE transaction: the one rule of
    :func:`balie.store.action_rows.confirm` (ids checked again inside the transaction, a double
    claim parked for a person). ``notes`` are ``(client_uuid, note, audit_action)`` lines added
    in the same transaction (see :func:`add_note`), except to parked entries. Returns the uuids
    that really moved to CONFIRMED."""
    if not confirmed and not notes:
        return set()
    with store.write() as s:
        done = confirm(s, dict(confirmed), now)
        for client_uuid, note, action in notes or ():
            if client_uuid not in done.parked:
                _add_note(s, client_uuid, note, now, action)
        return set(done.confirmed)


_IN_CHUNK = 500


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
