"""After sync: what UiTPAS booked against what the counter charged, as a "Te behandelen" item.

Called by the worker for every ticket sale the platform confirmed (by its answer, or found back
after a lost answer). Offline the counter could only re-use earlier platform answers, and for a
holder of another region it charged a price it warned was uncertain; when the booking differs, the
customer is owed money or owes some. That must reach a person with the amount, the customer and the
sale (:mod:`balie.store.differences`), not only a note in the history. Never raises: a failed
bookkeeping write must not stop the queue (the sale itself is confirmed either way).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

from balie.domain import ActionKind, format_euro
from balie.store.db import StoreError
from balie.store.differences import NewPriceDifference, PriceDifferenceItem
from balie.store.models import TicketSale
from balie.store.outbox import OutboxItem
from balie.store.store import Store
from balie.sync import queue
from balie.sync.wire import TicketSaleResult

log = logging.getLogger(__name__)


def difference_message(tariff_name: str, tickets: int, charged: int, booked: int) -> str:
    """Dutch, for the "Te behandelen" list and the report: who owes whom how much."""
    per = f"{tickets} ticket" if tickets == 1 else f"{tickets} tickets"
    total = abs(charged - booked) * tickets
    head = (f"UiTPAS boekte '{tariff_name}' aan {format_euro(booked)} per ticket; aan de balie "
            f"werd {format_euro(charged)} aangerekend ({per}).")
    if charged > booked:
        return f"{head} Geef {format_euro(total)} terug aan de pashouder."
    return f"{head} Vraag nog {format_euro(total)} aan de pashouder."


def note_price_difference(store: Store, item: OutboxItem, booked: Sequence[TicketSaleResult],
                          lines: Sequence[TicketSale] | None, now: datetime
                          ) -> PriceDifferenceItem | None:
    """Record the difference of one confirmed sale, if there is one; the item, or None."""
    if item.kind is not ActionKind.TICKET_SALE or not booked:
        return None
    try:
        if lines is None:
            lines = queue.ticket_lines(store, item.client_uuid)
        if not lines:
            return None
        charged = lines[0].price_cents
        prices = [b.tariff_price for b in booked if b.tariff_price is not None]
        if not prices or all(p == charged for p in prices):
            return None
        booked_price = prices[0]
        name = booked[0].tariff_name or lines[0].tariff_name
        local = lines[0]
        # the records hold a blind index of the number on a live store; the sealed payload has it
        number = str(item.payload.get("uitpasNumber") or booked[0].uitpas_number)
        store.price_differences.record(NewPriceDifference(
            client_uuid=item.client_uuid, event_id=local.event_id, event_name=local.event_name,
            uitpas_number=number, tariff_name=name, tickets=len(lines),
            charged_cents=charged, booked_cents=booked_price,
            message_nl=difference_message(name, len(lines), charged, booked_price),
            sold_at=local.sold_at, training=bool(local.training)), now)
        log.info("ticket sale booked at another price than charged: to be handled")
        return store.price_differences.of_sale(item.client_uuid)
    except StoreError:
        log.warning("price difference of a confirmed sale could not be recorded")
        return None
