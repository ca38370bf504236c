"""Price differences found after sync: what UiTPAS booked against what the counter charged.

An offline sale charges a price the counter could only re-use from earlier platform answers; for a
holder of another region it may even be a guess the cashier was warned about. When the platform's
booking comes back with another price, the customer is owed money or owes some: that is a
"Te behandelen" item for a person (give back or collect, the customer, the sale) until someone
settles it, and a line in the day report of the sale's day. One item per sale (client UUID), so a
confirmation seen twice (delivery, then a read-back) records it once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert

from balie.crypto import FieldCipher, seal, unseal
from balie.domain import BRUSSELS, Cents, Operator
from balie.store.audit import Audit
from balie.store.db import rowcount
from balie.store.handle import Database
from balie.store.models import PriceDifference


@dataclass(frozen=True)
class NewPriceDifference:
    """Per ticket: ``charged_cents`` at the counter, ``booked_cents`` by UiTPAS."""

    client_uuid: str
    event_id: str
    event_name: str
    uitpas_number: str
    tariff_name: str
    tickets: int
    charged_cents: Cents
    booked_cents: Cents
    message_nl: str
    sold_at: datetime
    training: bool = False


@dataclass(frozen=True)
class PriceDifferenceItem:
    id: int
    client_uuid: str
    event_name: str
    uitpas_number: str
    tariff_name: str
    tickets: int
    charged_cents: Cents
    booked_cents: Cents
    message_nl: str
    sold_at: datetime
    found_at: datetime
    training: bool
    settled_at: datetime | None
    settled_by: str | None

    @property
    def give_back_cents(self) -> Cents:
        """What the holder gets back (0 when they must pay extra)."""
        return max(0, (self.charged_cents - self.booked_cents) * self.tickets)

    @property
    def collect_cents(self) -> Cents:
        """What the holder still owes (0 when they get money back)."""
        return max(0, (self.booked_cents - self.charged_cents) * self.tickets)

    @property
    def settled(self) -> bool:
        return self.settled_at is not None


def _context(client_uuid: str) -> str:
    return f"price_differences:{client_uuid}"


def _item(row: PriceDifference, cipher: FieldCipher | None) -> PriceDifferenceItem:
    number = unseal(cipher, row.uitpas_number, _context(row.client_uuid)) or "(onleesbaar)"
    return PriceDifferenceItem(
        row.id, row.client_uuid, row.event_name, number, row.tariff_name, row.tickets,
        row.charged_cents, row.booked_cents, row.message_nl, row.sold_at, row.found_at,
        bool(row.training), row.settled_at, row.settled_by)


class PriceDifferences:
    def __init__(self, db: Database) -> None:
        self._db = db

    def record(self, difference: NewPriceDifference, now: datetime) -> bool:
        """Keep one item per sale; False when this sale already has one."""
        d = difference
        with self._db.write() as s:
            result = s.execute(insert(PriceDifference).values(
                client_uuid=d.client_uuid, event_id=d.event_id, event_name=d.event_name,
                uitpas_number=seal(self._db.cipher, d.uitpas_number, _context(d.client_uuid)),
                tariff_name=d.tariff_name, tickets=d.tickets,
                charged_cents=d.charged_cents, booked_cents=d.booked_cents,
                message_nl=d.message_nl, sold_at=d.sold_at, found_at=now, training=d.training,
            ).on_conflict_do_nothing(index_elements=["client_uuid"]))
            return bool(rowcount(result))

    def open_items(self) -> list[PriceDifferenceItem]:
        """The "Te behandelen" list: not settled yet, oldest sale first."""
        with self._db.read() as s:
            rows = s.scalars(select(PriceDifference).where(PriceDifference.settled_at.is_(None))
                             .order_by(PriceDifference.sold_at, PriceDifference.id))
            return [_item(r, self._db.cipher) for r in rows]

    def of_sale(self, client_uuid: str) -> PriceDifferenceItem | None:
        with self._db.read() as s:
            row = s.scalar(select(PriceDifference).where(PriceDifference.client_uuid == client_uuid))
            return _item(row, self._db.cipher) if row is not None else None

    def of_day(self, day: date, *, training: bool = False) -> list[PriceDifferenceItem]:
        """Differences of the sales of one Brussels calendar day (settled or not), for the report."""
        start = datetime.combine(day, datetime.min.time(), tzinfo=BRUSSELS)
        end = datetime.combine(date.fromordinal(day.toordinal() + 1), datetime.min.time(),
                               tzinfo=BRUSSELS)
        with self._db.read() as s:
            rows = s.scalars(select(PriceDifference).where(
                PriceDifference.sold_at >= start, PriceDifference.sold_at < end,
                PriceDifference.training == training).order_by(PriceDifference.sold_at))
            return [_item(r, self._db.cipher) for r in rows]

    def settle(self, item_id: int, operator: Operator, note: str, now: datetime) -> bool:
        """A person gave the money back or collected it (audited). False if already settled."""
        with self._db.write() as s:
            row = s.get(PriceDifference, item_id)
            if row is None or row.settled_at is not None:
                return False
            row.settled_at, row.settled_by, row.settled_note = now, operator.name, note
            Audit.add(s, operator=operator, action="price_difference.settle", at=now,
                      outbox_uuid=row.client_uuid, detail=note)
            return True

    def forget_settled_before(self, cutoff: datetime) -> int:
        """Retention: settled items older than ``cutoff`` go (they name a pass); open ones stay
        until a person settles them."""
        with self._db.write() as s:
            result = s.execute(delete(PriceDifference).where(
                PriceDifference.settled_at.is_not(None), PriceDifference.settled_at < cutoff))
            return rowcount(result)
