"""The audit log: who did what at this counter, and when.

Lines name the operator and the outbox entry, never the passholder: the outbox row already tells
which pass, and the audit log is kept longer than personal data may be.

Retention rule (``[privacy] audit_retention_days``, default 400, never under 366): a line is kept
for a full accounting year plus the month the books are closed in, so an audit of last year
finds who sold, cancelled, corrected or handled what, and who changed operators or roles. Older
lines go with the daily privacy purge, except the lines of an action that is still open in the
outbox (not yet confirmed, cancelled or handled): its history stays until it is settled. Without
a rule the log grew ~58 MB a year at a busy venue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session

from balie.domain import Operator
from balie.store.handle import Database
from balie.store.models import AuditLine, OutboxEntry


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    operator_id: str
    operator_name: str
    action: str
    outbox_uuid: str | None
    detail: str


class Audit:
    def __init__(self, db: Database) -> None:
        self._db = db

    @staticmethod
    def add(session: Session, *, operator: Operator, action: str, at: datetime,
            outbox_uuid: str | None = None, detail: str = "") -> None:
        """Write one line inside the caller's transaction (it lands with the action or not at all)."""
        session.add(AuditLine(at=at, operator_id=operator.id, operator_name=operator.name,
                              action=action, outbox_uuid=outbox_uuid, detail=detail))

    def record(self, *, operator: Operator, action: str, at: datetime,
               outbox_uuid: str | None = None, detail: str = "") -> None:
        with self._db.write() as s:
            self.add(s, operator=operator, action=action, at=at, outbox_uuid=outbox_uuid,
                     detail=detail)

    def lines(self, *, outbox_uuid: str | None = None, limit: int = 200) -> list[AuditEntry]:
        with self._db.read() as s:
            q = select(AuditLine).order_by(AuditLine.id.desc()).limit(limit)
            if outbox_uuid is not None:
                q = q.where(AuditLine.outbox_uuid == outbox_uuid)
            return [AuditEntry(r.at, r.operator_id, r.operator_name, r.action, r.outbox_uuid,
                               r.detail) for r in s.scalars(q)]

    def purge_older_than(self, cutoff: datetime, *, batch: int = 5000) -> int:
        """Delete lines older than ``cutoff`` (the retention rule above), oldest first, in short
        write transactions; returns how many went."""
        from balie.store.retention import FINAL

        settled = [x.value for x in FINAL]
        still_open = exists().where(OutboxEntry.client_uuid == AuditLine.outbox_uuid,
                                    OutboxEntry.status.not_in(settled))
        total = 0
        while True:
            with self._db.write() as s:
                ids = list(s.scalars(select(AuditLine.id)
                                     .where(AuditLine.at < cutoff, ~still_open)
                                     .order_by(AuditLine.at).limit(batch)))
                if not ids:
                    return total
                s.execute(delete(AuditLine).where(AuditLine.id.in_(ids)))
                total += len(ids)
