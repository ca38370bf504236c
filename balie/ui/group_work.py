"""The group screen's work, one pass at a time, through the single customer's paths.

Each function here runs on the group screen's worker thread and calls the same
:class:`~balie.ui.port.CounterPort` the counter screen uses: ``identify`` (and ``confirm`` for the
platform's answer), ``sell`` with quantity 1 at the pass's own UiTPAS tariff, ``check_in``, and
:class:`~balie.ui.port.TodayPort`'s ``cancel`` for an undo. There is no second money path: the
outbox, the exactly-once keys, the role rules and the offline decisions are the counter's. What
comes back is a new :class:`~balie.group.GroupRow` to paint; nothing raises for a refusal.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from balie.domain import IdentificationSource, TariffOffer, TariffType
from balie.group import GroupMode, GroupRow, RowState, undone
from balie.ui.port import CounterPort, HistoryState, PassView, Refused, TodayLine, TodayPort


def look_up(counter: CounterPort, identifier: str, source: IdentificationSource, *,
            event_id: str | None, price_label: str | None) -> tuple[PassView | None, GroupRow]:
    """Who this pass is and what it would pay (the platform's answer when it gives one). A card
    the counter refuses comes back as a refused row with the reason, never as an error."""
    row = GroupRow(identifier=identifier.strip(), source=source.value)
    try:
        view = counter.identify(identifier, source, event_id=event_id, price_label=price_label)
        if view.confirming:
            view = counter.confirm(view) or view
    except Refused as refused:
        counter.painted()  # nothing more is asked for this row: its answers may be kept now
        holder = refused.holder
        return None, dataclasses.replace(
            row, state=RowState.CARD_REFUSED, reason=refused.problem.message,
            next_step=refused.problem.next_step,
            uitpas_number=holder.uitpas_number if holder else "",
            first_name=holder.first_name if holder else "")
    # The row takes its final answer from here, and the counter screen's hold on the answers'
    # cache writes (until its tap is painted) must not make every row's writes wait it out.
    counter.painted()
    offer = group_offer(view)
    return view, dataclasses.replace(
        row, uitpas_number=view.uitpas_number,
        first_name=view.pass_.first_name if view.pass_ is not None else "",
        price_cents=offer.price if offer is not None else None,
        tariff_name=offer.name if offer is not None else "",
        kansentarief=offer is not None and offer.type is TariffType.SOCIALTARIFF,
        reason=_why_regular(view) if offer is not None and offer.type is TariffType.REGULAR
        else "")


def group_offer(view: PassView) -> TariffOffer | None:
    """The tariff a group sale uses for this pass: its kansentarief when UiTPAS (or the counter
    offline) offers one, else the regular price. Coupons are the holder's own choice at a single
    sale; a group sale never spends one."""
    social = next((o for o in view.offers if o.type is TariffType.SOCIALTARIFF), None)
    if social is not None:
        return social
    return next((o for o in view.offers if o.type is TariffType.REGULAR), None)


def _why_regular(view: PassView) -> str:
    """The platform's own words first (e.g. why there is no kansentarief), else the counter's."""
    return next(iter(view.platform_messages), "") or next(iter(view.notes), "")


def do_row(counter: CounterPort, row: GroupRow, mode: GroupMode, *, event_id: str,
           price_label: str) -> GroupRow:
    """Sell one ticket to, or check in, this row's pass; asked afresh (the event or the pass
    may have changed since the scan). The row's own action key makes a repeat harmless."""
    view, looked = look_up(counter, row.identifier, IdentificationSource(row.source),
                           event_id=event_id, price_label=price_label)
    row = dataclasses.replace(looked, sale_key=row.sale_key, checkin_key=row.checkin_key)
    if view is None:
        return row
    if mode is GroupMode.CHECKIN:
        if not view.can_check_in:
            return dataclasses.replace(row, state=RowState.REFUSED,
                                       reason="Een groepspas kan niet inchecken.",
                                       next_step="Check de leden met hun eigen pas in.")
        outcome = counter.check_in(view, event_id=event_id, idempotency_key=row.checkin_key)
    else:
        offer = group_offer(view)
        if offer is None:
            return dataclasses.replace(row, state=RowState.REFUSED,
                                       reason="Geen prijs gekend voor deze pas.",
                                       next_step="Verkoop deze pas apart aan de balie.")
        if offer.type is TariffType.REGULAR:
            return dataclasses.replace(row, state=RowState.REGULAR)
        outcome = counter.sell(view, offer, event_id=event_id, price_label=price_label,
                               quantity=1, idempotency_key=row.sale_key)
    if outcome.problem is not None:
        return dataclasses.replace(row, state=RowState.REFUSED, reason=outcome.problem.message,
                                   next_step=outcome.problem.next_step)
    return dataclasses.replace(
        row, state=RowState.QUEUED if outcome.provisional else RowState.DONE,
        reason=outcome.message, next_step="", done_as=mode,
        points=outcome.points if mode is GroupMode.CHECKIN else None,
        price_cents=row.price_cents if mode is GroupMode.SELL else None)


def undo_row(today: TodayPort, row: GroupRow, *, idempotency_key: str) -> GroupRow:
    """Undo this row's saved action on its own (the counter's role rules; a delivered one gets
    a cancellation at UiTPAS). Refused: the row stays as it was, with the reason."""
    client_uuid = row.client_uuid
    if client_uuid is None:
        return row
    outcome = today.cancel(client_uuid, idempotency_key=idempotency_key)
    if outcome.problem is not None:
        return dataclasses.replace(row, reason=outcome.problem.message,
                                   next_step=outcome.problem.next_step)
    return undone(row, outcome.message)


def with_sync_state(today: TodayPort, rows: Sequence[GroupRow]) -> list[GroupRow]:
    """The rows again with where their saved actions stand now (after a sync round): confirmed
    by UiTPAS, refused by it (then "Te behandelen" has it), or cancelled."""
    lines: dict[str, TodayLine] = {}
    for number in {r.uitpas_number for r in rows if r.client_uuid and r.uitpas_number}:
        lines.update({line.client_uuid: line for line in today.today(number)})
    out = []
    for row in rows:
        line = lines.get(row.client_uuid or "")
        if line is None or row.state not in (RowState.DONE, RowState.QUEUED):
            out.append(row)
        elif line.state is HistoryState.REGISTERED:
            out.append(dataclasses.replace(row, confirmed=True))
        elif line.state is HistoryState.REFUSED:
            out.append(dataclasses.replace(
                row, state=RowState.REFUSED, reason="UiTPAS weigerde dit na het versturen.",
                next_step="Zie Te behandelen (F10)."))
        elif line.state is HistoryState.CANCELLED:
            out.append(undone(row, "Geannuleerd."))
        else:
            out.append(row)
    return out
