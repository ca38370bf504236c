"""The day closing: does each operator's drawer hold what the counter says it took in?

At closing time an operator (or the supervisor for them) counts the drawer. The counter knows what
it charged that Brussels day under that operator's name: every ticket sold (cancelled ones taken
off, the money went back) and every new pass sold at registration. Expected cash is that, plus the
opening float put in the drawer in the morning. The count is kept as a :class:`DayClosing` row with
the difference, who entered it and when; a recount adds a row, and the newest one is the one that
counts, so nothing about an earlier count is lost. The counter has no card terminal link: every
amount it charged is treated as cash, which is how the paper procedure works too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select

from balie.domain import BRUSSELS, Cents, Operator, euro_to_cents
from balie.store import Store
from balie.store.audit import Audit
from balie.store.models import DayClosing as ClosingRow
from balie.store.models import OperatorAccount, OutboxEntry, PassholderChange, TicketSale

#: nobody counts a drawer with more in it than this; above it the amount is a typo
MAX_COUNTED_CENTS = 1_000_000 * 100


@dataclass(frozen=True)
class Closing:
    """One operator's day: what the counter expected and (when closed) what was counted."""

    operator_id: str
    operator_name: str
    received_cents: Cents  # charged today by this operator, from the counter's records
    opening_float_cents: Cents = 0
    counted_cents: Cents | None = None  # None: not closed yet
    closed_at: datetime | None = None
    expected_at_closing_cents: Cents | None = None

    @property
    def expected_cents(self) -> Cents:
        return self.opening_float_cents + self.received_cents

    @property
    def closed(self) -> bool:
        return self.counted_cents is not None

    @property
    def difference_cents(self) -> Cents | None:
        """Counted minus expected at the moment of closing: negative means money is missing."""
        if self.counted_cents is None or self.expected_at_closing_cents is None:
            return None
        return self.counted_cents - self.expected_at_closing_cents

    @property
    def changed_since_closing(self) -> bool:
        """A sale or cancellation after the count: the closing no longer covers the whole day."""
        return self.closed and self.expected_at_closing_cents != self.expected_cents


def _bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0), tzinfo=BRUSSELS)
    return start, datetime.combine(day + timedelta(days=1), time(0), tzinfo=BRUSSELS)


def received_per_operator(store: Store, day: date, *, training: bool = False) -> dict[str, Cents]:
    """Operator id -> cents charged that day (tickets not cancelled, new passes)."""
    start, end = _bounds(day)
    out: dict[str, Cents] = {}
    with store.read() as s:
        tickets = s.execute(
            select(TicketSale.operator_id, func.sum(TicketSale.price_cents))
            .where(TicketSale.sold_at >= start, TicketSale.sold_at < end,
                   TicketSale.cancelled.is_(False), TicketSale.training == training)
            .group_by(TicketSale.operator_id)).all()
        passes = s.execute(
            select(PassholderChange.operator_id, func.sum(PassholderChange.price_cents))
            .where(PassholderChange.created_at >= start, PassholderChange.created_at < end,
                   PassholderChange.cancelled.is_(False), PassholderChange.training == training)
            .group_by(PassholderChange.operator_id)).all()
    for operator_id, cents in [*tickets, *passes]:
        out[operator_id] = out.get(operator_id, 0) + int(cents or 0)
    return out


def closings(store: Store, day: date, *, training: bool = False) -> tuple[Closing, ...]:
    """Every operator who took money or closed that day, with the newest count if any."""
    received = received_per_operator(store, day, training=training)
    with store.read() as s:
        rows = list(s.scalars(select(ClosingRow).where(
            ClosingRow.day == day.isoformat(), ClosingRow.training == training)
            .order_by(ClosingRow.id)))
        ids = set(received) | {r.operator_id for r in rows}
        names = dict(s.execute(select(OperatorAccount.id, OperatorAccount.name)
                               .where(OperatorAccount.id.in_(ids))).all())
        for operator_id in ids - set(names):
            names[operator_id] = s.scalar(select(OutboxEntry.operator_name).where(
                OutboxEntry.operator_id == operator_id).limit(1)) or operator_id
    newest = {r.operator_id: r for r in rows}  # ordered by id: the last one wins
    out = []
    for operator_id in sorted(ids, key=lambda i: (names.get(i) or i).lower()):
        row = newest.get(operator_id)
        cents = received.get(operator_id, 0)
        if row is None:
            out.append(Closing(operator_id, names[operator_id], cents))
        else:
            out.append(Closing(operator_id, row.operator_name, cents, row.opening_float_cents,
                               row.counted_cents, row.closed_at, row.expected_cents))
    return tuple(out)


def close_day(store: Store, day: date, operator: Operator, counted_cents: Cents, *,
              closed_by: Operator, now: datetime, opening_float_cents: Cents = 0,
              training: bool = False) -> Closing:
    """Record the count of ``operator``'s drawer; audited under ``closed_by`` (who typed it)."""
    if not 0 <= counted_cents <= MAX_COUNTED_CENTS:
        raise ValueError("het getelde bedrag moet tussen 0 en 1.000.000 euro liggen")
    if not 0 <= opening_float_cents <= MAX_COUNTED_CENTS:
        raise ValueError("het wisselgeld moet tussen 0 en 1.000.000 euro liggen")
    received = received_per_operator(store, day, training=training).get(operator.id, 0)
    expected = opening_float_cents + received
    with store.write() as s:
        s.add(ClosingRow(
            day=day.isoformat(), operator_id=operator.id, operator_name=operator.name,
            opening_float_cents=opening_float_cents, expected_cents=expected,
            counted_cents=counted_cents, difference_cents=counted_cents - expected,
            closed_at=now, closed_by_id=closed_by.id, training=training))
        Audit.add(s, operator=closed_by, action="day.close", at=now,
                  detail=f"{day.isoformat()} {operator.id} expected {expected}c "
                         f"counted {counted_cents}c")
    return Closing(operator.id, operator.name, received, opening_float_cents, counted_cents,
                   now, expected)


def parse_amount(raw: str) -> Cents:
    """A counted amount as typed ('123,45', '€ 1.234,50', '80'); ValueError with a Dutch reason."""
    text = raw.strip().replace("€", "").replace(" ", "")
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise ValueError(f"'{raw}' is geen bedrag (bv. 123,45)") from None
    if not amount.is_finite() or amount < 0 or amount * 100 > MAX_COUNTED_CENTS:
        raise ValueError(f"'{raw}' is geen mogelijk bedrag in een kassa")
    return euro_to_cents(amount)
