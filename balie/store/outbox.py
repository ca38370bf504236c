"""The transactional outbox: every counter action waits here until the platform confirmed it.

A use case writes its local record and its outbox entry in ONE transaction (see
:mod:`balie.store.records`), so the screen may only say "done" once both are on disk. The sync
worker then walks the queue with the queries below. The life of an entry follows
:class:`balie.domain.OutboxStatus`; every transition is a conditional UPDATE on the expected old
status, so two workers (or a worker and a cashier pressing "cancel") can never both win.

Ordering is per pass: a pass's actions go out in sequence order, and a pass whose earliest open
entry is stuck (sent but unconfirmed, rejected, needs attention, waiting for a retry) blocks only
that pass, never the whole queue. An entry whose ``depends_on`` (e.g. the sale a cancellation
undoes) is not confirmed yet waits too.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from balie.crypto import FieldCipher, seal, unseal
from balie.domain import ActionKind, EndUserMessage, Operator, OutboxStatus
from balie.store.action_rows import (
    LAST_CONTACT,
    NewAction,
    add_entries,
    add_entry,
    attach_platform_ids,
    claimed_elsewhere,
    confirm,
    mark_records_cancelled,
    payload_context,
)
from balie.store.audit import Audit
from balie.store.db import rowcount
from balie.store.handle import Database
from balie.store.models import OutboxEntry, Setting

#: statuses that hold up later entries of the same pass
OPEN = (OutboxStatus.PENDING, OutboxStatus.SENT, OutboxStatus.REJECTED, OutboxStatus.NEEDS_ATTENTION)
#: a dependency in one of these has a platform id the dependent entry can use
DONE = (OutboxStatus.CONFIRMED, OutboxStatus.HANDLED)


@dataclass(frozen=True)
class OutboxItem:
    """An outbox entry as the sync worker and the 'Te behandelen' screen see it."""

    client_uuid: str
    kind: ActionKind
    sequence: int
    created_at: datetime
    device_id: str
    operator_id: str
    operator_name: str
    status: OutboxStatus
    attempts: int
    next_attempt_at: datetime | None
    last_error: str | None
    pass_key: str | None
    depends_on: str | None
    provisional: bool
    training: bool
    payload: dict[str, Any]
    platform_ids: tuple[str, ...]
    problem_type: str | None
    end_user_message: EndUserMessage | None
    problem_detail: str | None
    sent_at: datetime | None
    finished_at: datetime | None
    note: str | None
    sent_by: str | None = None
    lease_until: datetime | None = None

    @property
    def platform_id(self) -> str | None:
        return self.platform_ids[0] if self.platform_ids else None


@dataclass(frozen=True)
class QueueStats:
    length: int  # pending + sent (not yet confirmed)
    pending: int
    sent: int
    needs_attention: int  # rejected + needs attention
    oldest_pending_at: datetime | None
    last_successful_contact: datetime | None


def _eum_to_json(eum: EndUserMessage | None) -> str | None:
    if eum is None:
        return None
    return json.dumps({k: v for k, v in vars(eum).items() if v is not None}, ensure_ascii=False)


def _eum_from_json(raw: str | None) -> EndUserMessage | None:
    if not raw:
        return None
    data = json.loads(raw)
    return EndUserMessage(nl=data.get("nl", ""), fr=data.get("fr"), de=data.get("de"),
                          en=data.get("en"))


def _payload(row: OutboxEntry, cipher: FieldCipher | None) -> dict[str, Any]:
    text = unseal(cipher, row.payload, payload_context(row.client_uuid))
    if text is None:
        # sealed with another key, or changed on disk: the entry stays visible (it is a sale),
        # marked so nobody sends a payload that cannot be trusted
        return {"unreadable": True}
    return dict(json.loads(text))


def to_item(row: OutboxEntry, cipher: FieldCipher | None = None) -> OutboxItem:
    """``cipher``: the store's (``db.cipher``), needed to open sealed payloads."""
    return OutboxItem(
        client_uuid=row.client_uuid, kind=ActionKind(row.kind), sequence=row.sequence,
        created_at=row.created_at, device_id=row.device_id, operator_id=row.operator_id,
        operator_name=row.operator_name, status=OutboxStatus(row.status), attempts=row.attempts,
        next_attempt_at=row.next_attempt_at, last_error=row.last_error, pass_key=row.pass_key,
        depends_on=row.depends_on, provisional=row.provisional, training=row.training,
        payload=_payload(row, cipher),
        platform_ids=tuple(json.loads(row.platform_ids)) if row.platform_ids else (),
        problem_type=row.problem_type, end_user_message=_eum_from_json(row.end_user_message),
        problem_detail=row.problem_detail, sent_at=row.sent_at, finished_at=row.finished_at,
        note=row.note, sent_by=row.sent_by, lease_until=row.lease_until,
    )


class Outbox:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- writing (inside a use case's transaction) ------------------------------------------

    def add(self, session: Session, action: NewAction, now: datetime) -> OutboxEntry:
        """Queue ``action`` in the caller's transaction (:func:`balie.store.action_rows.add_entry`)."""
        return add_entry(self._db, session, action, now)

    def add_many(self, session: Session, actions: Sequence[NewAction], now: datetime) -> None:
        """Queue many actions in one block (:func:`balie.store.action_rows.add_entries`)."""
        add_entries(self._db, session, actions, now)

    # -- reading --------------------------------------------------------------------------------

    def get(self, client_uuid: str) -> OutboxItem | None:
        with self._db.read() as s:
            row = s.scalar(select(OutboxEntry).where(OutboxEntry.client_uuid == client_uuid))
            return to_item(row, self._db.cipher) if row else None

    def next_batch(self, now: datetime, limit: int = 20, *,
                   training: bool | None = None) -> list[OutboxItem]:
        """Entries the worker may send now, oldest first: PENDING, due, first open entry of their
        pass, and with their dependency (if any) confirmed or handled."""
        first_open = (
            select(OutboxEntry.pass_key, func.min(OutboxEntry.sequence).label("first_seq"))
            .where(OutboxEntry.status.in_([s.value for s in OPEN]),
                   OutboxEntry.pass_key.is_not(None))
            .group_by(OutboxEntry.pass_key).subquery()
        )
        dep = aliased(OutboxEntry)
        q = (
            select(OutboxEntry)
            .outerjoin(first_open, first_open.c.pass_key == OutboxEntry.pass_key)
            .outerjoin(dep, dep.client_uuid == OutboxEntry.depends_on)
            .where(
                OutboxEntry.status == OutboxStatus.PENDING.value,
                or_(OutboxEntry.next_attempt_at.is_(None), OutboxEntry.next_attempt_at <= now),
                or_(OutboxEntry.pass_key.is_(None), first_open.c.first_seq == OutboxEntry.sequence),
                or_(OutboxEntry.depends_on.is_(None), dep.status.in_([s.value for s in DONE])),
            )
            .order_by(OutboxEntry.sequence).limit(limit)
        )
        if training is not None:
            q = q.where(OutboxEntry.training == training)
        with self._db.read() as s:
            return [to_item(r, self._db.cipher) for r in s.scalars(q)]

    def in_status(self, *statuses: OutboxStatus, limit: int = 500) -> list[OutboxItem]:
        with self._db.read() as s:
            q = (select(OutboxEntry).where(OutboxEntry.status.in_([x.value for x in statuses]))
                 .order_by(OutboxEntry.sequence).limit(limit))
            return [to_item(r, self._db.cipher) for r in s.scalars(q)]

    def sent_unconfirmed(self) -> list[OutboxItem]:
        """SENT rows: the request may or may not have arrived; reconcile before resending."""
        return self.in_status(OutboxStatus.SENT)

    def needs_attention(self) -> list[OutboxItem]:
        """What the 'Te behandelen' screen lists: refused by the platform or parked by the worker."""
        return self.in_status(OutboxStatus.REJECTED, OutboxStatus.NEEDS_ATTENTION)

    def stats(self) -> QueueStats:
        open_ = [x.value for x in OPEN]
        with self._db.read() as s:
            # only the open statuses, through the (status, sequence) index: the status bar asks
            # after every tap, and counting every confirmed entry of a year took 30-40 ms
            counts = dict(s.execute(select(OutboxEntry.status, func.count())
                                    .where(OutboxEntry.status.in_(open_))
                                    .group_by(OutboxEntry.status)).all())
            oldest = s.scalar(select(func.min(OutboxEntry.created_at)).where(
                OutboxEntry.status.in_([OutboxStatus.PENDING.value, OutboxStatus.SENT.value])))
            contact = s.get(Setting, LAST_CONTACT)
        pending = counts.get(OutboxStatus.PENDING.value, 0)
        sent = counts.get(OutboxStatus.SENT.value, 0)
        from balie.store.models import from_db_time

        return QueueStats(
            length=pending + sent, pending=pending, sent=sent,
            needs_attention=counts.get(OutboxStatus.REJECTED.value, 0)
            + counts.get(OutboxStatus.NEEDS_ATTENTION.value, 0),
            oldest_pending_at=from_db_time(oldest) if isinstance(oldest, str) else oldest,
            last_successful_contact=from_db_time(contact.value) if contact else None,
        )

    # -- transitions by the sync worker ------------------------------------------------------------

    def _transition(self, session: Session, client_uuid: str, from_: Sequence[OutboxStatus],
                    **values: Any) -> bool:
        result = session.execute(
            update(OutboxEntry)
            .where(and_(OutboxEntry.client_uuid == client_uuid,
                        OutboxEntry.status.in_([s.value for s in from_])))
            .values(**values)
        )
        return bool(rowcount(result))

    def mark_sent(self, client_uuid: str, now: datetime) -> bool:
        """Call BEFORE the request goes out: if the app dies mid-request the row stays SENT and
        is reconciled against the platform instead of being blindly sent twice."""
        with self._db.write() as s:
            return self._transition(s, client_uuid, [OutboxStatus.PENDING],
                                    status=OutboxStatus.SENT.value, sent_at=now,
                                    attempts=OutboxEntry.attempts + 1)

    def mark_confirmed(self, client_uuid: str, platform_ids: Sequence[str] | str,
                       now: datetime) -> bool:
        """The platform has it (answered, or found by reconciliation): the one rule of
        :func:`balie.store.action_rows.confirm`, for one entry. False: not PENDING or SENT any
        more, or parked because another local record already holds its platform id."""
        ids = [platform_ids] if isinstance(platform_ids, str) else list(platform_ids)
        with self._db.write() as s:
            return client_uuid in confirm(s, {client_uuid: ids}, now).confirmed

    def mark_retry(self, client_uuid: str, error: str, next_attempt_at: datetime) -> bool:
        """A transient failure where the request certainly did not take effect (connection
        refused, 5xx before processing, 429): back to PENDING after a back-off."""
        with self._db.write() as s:
            return self._transition(s, client_uuid, [OutboxStatus.SENT, OutboxStatus.PENDING],
                                    status=OutboxStatus.PENDING.value, last_error=error,
                                    next_attempt_at=next_attempt_at)

    def due_now(self, now: datetime) -> int:
        """A person asked to synchronise now (F5): entries waiting out a back-off may go at once.
        Only the waiting time changes; status and attempts stay, so nothing is sent twice."""
        with self._db.write() as s:
            result = s.execute(
                update(OutboxEntry)
                .where(and_(OutboxEntry.status == OutboxStatus.PENDING.value,
                            OutboxEntry.next_attempt_at.is_not(None),
                            OutboxEntry.next_attempt_at > now))
                .values(next_attempt_at=now))
            return rowcount(result)

    def mark_rejected(self, client_uuid: str, problem_type: str,
                      end_user_message: EndUserMessage | None, detail: str,
                      now: datetime) -> bool:
        """A permanent refusal: kept with the platform's words so the cashier can act on it."""
        with self._db.write() as s:
            return self._transition(
                s, client_uuid, [OutboxStatus.SENT, OutboxStatus.PENDING],
                status=OutboxStatus.REJECTED.value, problem_type=problem_type,
                end_user_message=_eum_to_json(end_user_message), problem_detail=detail,
                finished_at=now, next_attempt_at=None)

    def move_to_needs_attention(self, client_uuid: str, reason: str, now: datetime) -> bool:
        """Park an entry a person must look at (rejected, or reconciliation could not decide)."""
        with self._db.write() as s:
            return self._transition(
                s, client_uuid,
                [OutboxStatus.REJECTED, OutboxStatus.SENT, OutboxStatus.PENDING],
                status=OutboxStatus.NEEDS_ATTENTION.value, last_error=reason, finished_at=now)

    def record_contact(self, now: datetime) -> None:
        """Any successful exchange with the platform (also reads): shown as 'laatste contact'."""
        with self._db.write() as s:
            s.merge(Setting(key=LAST_CONTACT, value=_time(now)))

    # -- decisions by a person (audited) ----------------------------------------------------------

    def resend(self, client_uuid: str, operator: Operator, note: str, now: datetime,
               payload: Mapping[str, Any] | None = None) -> bool:
        """Send again after a fix (optionally with a corrected payload)."""
        values: dict[str, Any] = dict(status=OutboxStatus.PENDING.value, next_attempt_at=now,
                                      finished_at=None, note=note)
        if payload is not None:
            values["payload"] = seal(self._db.cipher,
                                     json.dumps(dict(payload), ensure_ascii=False, sort_keys=True),
                                     payload_context(client_uuid))
        with self._db.write() as s:
            ok = self._transition(s, client_uuid,
                                  [OutboxStatus.REJECTED, OutboxStatus.NEEDS_ATTENTION], **values)
            if ok:
                Audit.add(s, operator=operator, action="outbox.resend", at=now,
                          outbox_uuid=client_uuid, detail=note)
            return ok

    def cancel(self, client_uuid: str, operator: Operator, note: str, now: datetime) -> bool:
        """Give up on an entry that never reached the platform; its local record is cancelled."""
        with self._db.write() as s:
            ok = self._transition(
                s, client_uuid,
                [OutboxStatus.PENDING, OutboxStatus.REJECTED, OutboxStatus.NEEDS_ATTENTION],
                status=OutboxStatus.CANCELLED.value, finished_at=now, note=note)
            if ok:
                mark_records_cancelled(s, client_uuid)
                Audit.add(s, operator=operator, action="outbox.cancel", at=now,
                          outbox_uuid=client_uuid, detail=note)
            return ok

    def handle(self, client_uuid: str, operator: Operator, note: str, now: datetime,
               platform_ids: Sequence[str] = ()) -> bool:
        """Settled outside the app (e.g. registered by hand in the back office)."""
        with self._db.write() as s:
            if platform_ids and claimed_elsewhere(s, {client_uuid: list(platform_ids)}):
                from balie.domain import Problem
                from balie.store.db import StoreError

                raise StoreError(Problem(
                    code="platform-id-claimed",
                    message="Dit UiTPAS-id hoort al bij een andere actie van deze balie.",
                    next_step="Zoek de juiste actie op in de UiTPAS-backoffice en geef "
                              "haar id op."))
            values: dict[str, Any] = dict(status=OutboxStatus.HANDLED.value, finished_at=now,
                                          note=note)
            if platform_ids:
                values["platform_ids"] = json.dumps(list(platform_ids))
            ok = self._transition(
                s, client_uuid,
                [OutboxStatus.REJECTED, OutboxStatus.NEEDS_ATTENTION, OutboxStatus.SENT], **values)
            if ok:
                if platform_ids:
                    attach_platform_ids(s, {client_uuid: list(platform_ids)})
                Audit.add(s, operator=operator, action="outbox.handle", at=now,
                          outbox_uuid=client_uuid, detail=note)
            return ok


def _time(value: datetime) -> str:
    from balie.store.models import to_db_time

    return to_db_time(value)
