"""The day report: what this counter did on one Brussels calendar day.

An organizer is reimbursed for the kansentarief it gave, so the report shows per event and per
tariff how many tickets were sold, what was paid and what the regular price would have been (the
difference is the kansentarief given). Check-in points given and reward points redeemed complete the
day. The report holds counts and amounts only, never who the pass holders were, so it can be printed
or mailed without a role check. Cancelled actions are counted apart; provisional (decided offline
and not yet confirmed by the platform) ones are counted in and flagged, because the cashier did give
that price; once the platform confirms them the flag goes. Every amount received counts, also the
price of a new pass sold at registration, so "Ontvangen" is what belongs in the drawer.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import Integer, and_, func, select, type_coerce

from balie.closing import Closing, closings
from balie.csv_safe import SafeWriter
from balie.domain import BRUSSELS, ActionKind, Cents, OutboxStatus, TariffType, format_euro
from balie.store import Store
from balie.store.differences import PriceDifferenceItem
from balie.store.models import (
    Checkin,
    OutboxEntry,
    PassholderChange,
    RewardRedemption,
    TicketSale,
)
from balie.store.retention import purged_totals
from balie.wording import count_nl


@dataclass(frozen=True)
class SalesLine:
    """Tickets of one event at one tariff."""

    event_name: str
    tariff_name: str
    tariff_type: str
    tickets: int
    paid_cents: Cents
    regular_cents: Cents
    provisional_tickets: int

    @property
    def discount_cents(self) -> Cents:
        return self.regular_cents - self.paid_cents


@dataclass(frozen=True)
class DayReport:
    day: date
    lines: tuple[SalesLine, ...]
    cancelled_tickets: int
    checkins: int
    points_given: int
    redemptions: int
    points_redeemed: int
    archived_tickets: int
    archived_paid_cents: Cents
    passes_sold: int = 0
    pass_sales_cents: Cents = 0
    closings: tuple[Closing, ...] = ()
    #: what UiTPAS booked differently from what was charged, for sales of this day ("Te behandelen"
    #: until settled); the received total stays what the counter charged
    price_differences: tuple[PriceDifferenceItem, ...] = ()

    @property
    def to_give_back_cents(self) -> Cents:
        return sum(d.give_back_cents for d in self.price_differences)

    @property
    def to_collect_cents(self) -> Cents:
        return sum(d.collect_cents for d in self.price_differences)

    @property
    def tickets(self) -> int:
        return sum(line.tickets for line in self.lines) + self.archived_tickets

    @property
    def paid_cents(self) -> Cents:
        """Paid for tickets."""
        return sum(line.paid_cents for line in self.lines) + self.archived_paid_cents

    @property
    def received_cents(self) -> Cents:
        """Everything charged: tickets and new passes (what the drawer should hold)."""
        return self.paid_cents + self.pass_sales_cents

    @property
    def kansentarief_tickets(self) -> int:
        return sum(ln.tickets for ln in self.lines if ln.tariff_type == TariffType.SOCIALTARIFF)

    @property
    def kansentarief_given_cents(self) -> Cents:
        """Regular price minus price paid, over kansentarief tickets: what the organizer and the
        region carried for pass holders with a kansenstatuut."""
        return sum(ln.discount_cents for ln in self.lines
                   if ln.tariff_type == TariffType.SOCIALTARIFF)

    @property
    def provisional_tickets(self) -> int:
        return sum(line.provisional_tickets for line in self.lines)


def _bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0), tzinfo=BRUSSELS)
    return start, datetime.combine(day + timedelta(days=1), time(0), tzinfo=BRUSSELS)


#: outbox states in which the platform has not (yet) said yes: a provisional sale stays flagged
_WAITING = (OutboxStatus.PENDING.value, OutboxStatus.SENT.value, OutboxStatus.REJECTED.value,
            OutboxStatus.NEEDS_ATTENTION.value)


def day_report(store: Store, day: date, *, training: bool = False) -> DayReport:
    """Assemble the report from local records (works offline; confirmed or not)."""
    start, end = _bounds(day)
    waiting = and_(TicketSale.provisional.is_(True), OutboxEntry.status.in_(_WAITING))
    with store.read() as s:
        rows = s.execute(
            select(TicketSale.event_name, TicketSale.tariff_name, TicketSale.tariff_type,
                   func.count(), func.sum(TicketSale.price_cents),
                   func.sum(TicketSale.regular_price_cents),
                   func.sum(type_coerce(waiting, Integer)))
            .join(OutboxEntry, OutboxEntry.client_uuid == TicketSale.client_uuid)
            .where(TicketSale.sold_at >= start, TicketSale.sold_at < end,
                   TicketSale.cancelled.is_(False), TicketSale.training == training)
            .group_by(TicketSale.event_name, TicketSale.tariff_name, TicketSale.tariff_type)
            .order_by(TicketSale.event_name, TicketSale.tariff_name)
        ).all()
        cancelled = s.scalar(select(func.count()).select_from(TicketSale).where(
            TicketSale.sold_at >= start, TicketSale.sold_at < end,
            TicketSale.cancelled.is_(True), TicketSale.training == training)) or 0
        checkins, points_given = s.execute(
            select(func.count(), func.coalesce(func.sum(Checkin.points_expected), 0)).where(
                Checkin.checked_in_at >= start, Checkin.checked_in_at < end,
                Checkin.cancelled.is_(False), Checkin.training == training)).one()
        redemptions, points_redeemed = s.execute(
            select(func.count(), func.coalesce(func.sum(RewardRedemption.points), 0)).where(
                RewardRedemption.redeemed_at >= start, RewardRedemption.redeemed_at < end,
                RewardRedemption.cancelled.is_(False),
                RewardRedemption.training == training)).one()
        passes_sold, pass_sales = s.execute(
            select(func.count(), func.coalesce(func.sum(PassholderChange.price_cents), 0)).where(
                PassholderChange.created_at >= start, PassholderChange.created_at < end,
                PassholderChange.price_cents != 0, PassholderChange.cancelled.is_(False),
                PassholderChange.training == training)).one()
    archived_tickets, archived_paid = (0, 0) if training else purged_totals(
        store, day, ActionKind.TICKET_SALE)
    lines = tuple(
        SalesLine(event, tariff, ttype, int(n), int(paid or 0), int(regular or 0), int(prov or 0))
        for event, tariff, ttype, n, paid, regular, prov in rows
    )
    return DayReport(day, lines, int(cancelled), int(checkins), int(points_given),
                     int(redemptions), int(points_redeemed), archived_tickets, archived_paid,
                     int(passes_sold), int(pass_sales), closings(store, day, training=training),
                     tuple(store.price_differences.of_day(day, training=training)))


CSV_HEADER = ("dag", "activiteit", "tarief", "soort", "tickets", "betaald_eur", "basisprijs_eur",
              "kansentarief_korting_eur", "voorlopig")


def _euro(cents: Cents) -> str:
    """Decimal comma: Belgian Excel reads "2,60" as a number and "2.60" as text or a date."""
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100},{abs(cents) % 100:02d}"


def to_csv(report: DayReport) -> str:
    """One line per event and tariff, then totals; ';'-separated as Belgian spreadsheets expect."""
    out = io.StringIO()
    writer = SafeWriter(out, delimiter=";", lineterminator="\n")
    writer.writerow(CSV_HEADER)
    day = report.day.isoformat()
    for ln in report.lines:
        writer.writerow((day, ln.event_name, ln.tariff_name, ln.tariff_type, ln.tickets,
                         _euro(ln.paid_cents), _euro(ln.regular_cents), _euro(ln.discount_cents),
                         ln.provisional_tickets))
    if report.archived_tickets:
        writer.writerow((day, "(gearchiveerd)", "", "", report.archived_tickets,
                         _euro(report.archived_paid_cents), "", "", 0))
    if report.passes_sold:
        writer.writerow((day, "(nieuwe passen)", "UiTPAS", "PAS", report.passes_sold,
                         _euro(report.pass_sales_cents), "", "", 0))
    writer.writerow((day, "TOTAAL", "", "", report.tickets, _euro(report.received_cents), "",
                     _euro(report.kansentarief_given_cents), report.provisional_tickets))
    for d in report.price_differences:  # betaald_eur: what UiTPAS booked minus what was charged
        writer.writerow((day, d.event_name, d.tariff_name, "PRIJSVERSCHIL", d.tickets,
                         _euro(d.collect_cents - d.give_back_cents), "", "",
                         "afgehandeld" if d.settled else "te behandelen"))
    if any(c.closed for c in report.closings):
        writer.writerow(())
        writer.writerow(CLOSING_HEADER)
        for c in report.closings:
            writer.writerow(_closing_cells(day, c))
    return out.getvalue()


#: the day closing, as a second table under the sales (only once a drawer was counted)
CLOSING_HEADER = ("dag", "medewerker", "wisselgeld_eur", "ontvangen_eur", "verwacht_eur",
                  "geteld_eur", "verschil_eur", "afgesloten_om")


def _closing_cells(day: str, c: Closing) -> tuple[str, ...]:
    if not c.closed:
        return (day, c.operator_name, "", _euro(c.received_cents), _euro(c.expected_cents),
                "", "", "niet afgesloten")
    assert c.counted_cents is not None and c.closed_at is not None
    assert c.expected_at_closing_cents is not None and c.difference_cents is not None
    return (day, c.operator_name, _euro(c.opening_float_cents),
            _euro(c.expected_at_closing_cents - c.opening_float_cents),
            _euro(c.expected_at_closing_cents), _euro(c.counted_cents),
            _euro(c.difference_cents), c.closed_at.astimezone(BRUSSELS).strftime("%H:%M"))


def closing_lines(report: DayReport) -> list[str]:
    """The day closing in Dutch, one line per operator (text report, screen and PDF)."""
    rows: list[str] = []
    for c in report.closings:
        if not c.closed:
            rows.append(f"{c.operator_name}: verwacht {format_euro(c.expected_cents)} "
                        "(ontvangen, zonder wisselgeld), nog niet afgesloten")
            continue
        assert c.counted_cents is not None and c.closed_at is not None
        assert c.expected_at_closing_cents is not None and c.difference_cents is not None
        text = (f"{c.operator_name}: verwacht {format_euro(c.expected_at_closing_cents)}, "
                f"geteld {format_euro(c.counted_cents)}, verschil "
                f"{format_euro(c.difference_cents)} "
                f"(afgesloten {c.closed_at.astimezone(BRUSSELS):%H:%M})")
        if c.changed_since_closing:
            text += (f"; sindsdien gewijzigd, nu verwacht {format_euro(c.expected_cents)}: "
                     "tel opnieuw")
        rows.append(text)
    return rows


def to_text(report: DayReport) -> str:
    """The report as the terminal (and a support call) reads it, in Dutch."""
    rows: list[str] = [f"Dagrapport {report.day.strftime('%d-%m-%Y')}", ""]
    if not report.lines and not report.archived_tickets:
        rows.append("Geen tickets verkocht.")
    for ln in report.lines:
        flag = f"  ({ln.provisional_tickets} voorlopig)" if ln.provisional_tickets else ""
        rows.append(f"{ln.event_name} — {ln.tariff_name}: {ln.tickets} x, "
                    f"betaald {format_euro(ln.paid_cents)}{flag}")
    rows += [
        "",
        f"Tickets: {report.tickets} (geannuleerd: {report.cancelled_tickets})",
        f"Nieuwe passen: {report.passes_sold} ({format_euro(report.pass_sales_cents)})",
        f"Ontvangen: {format_euro(report.received_cents)} (tickets "
        f"{format_euro(report.paid_cents)} + passen {format_euro(report.pass_sales_cents)})",
        f"Kansentarief: {count_nl(report.kansentarief_tickets, 'ticket', 'tickets')}, korting "
        f"{format_euro(report.kansentarief_given_cents)}",
        f"Check-ins: {report.checkins} ({count_nl(report.points_given, 'punt', 'punten')} gegeven)",
        f"Voordelen: {report.redemptions} ({count_nl(report.points_redeemed, 'punt', 'punten')} ingeruild)",
    ]
    if report.provisional_tickets:
        rows.append("Nog niet bevestigd door UiTPAS: "
                    f"{count_nl(report.provisional_tickets, 'ticket', 'tickets')}.")
    if report.price_differences:
        rows += ["", f"Prijsverschillen met UiTPAS: terug te geven "
                     f"{format_euro(report.to_give_back_cents)}, bij te vragen "
                     f"{format_euro(report.to_collect_cents)}"]
        for d in report.price_differences:
            state = "afgehandeld" if d.settled else "Te behandelen"
            rows.append(f"  {d.event_name}: {d.message_nl} ({state})")
    if report.closings:
        rows += ["", "Kassa-afsluiting:"] + ["  " + line for line in closing_lines(report)]
    return "\n".join(rows) + "\n"


def per_tariff_totals(lines: Iterable[SalesLine]) -> dict[str, tuple[int, Cents]]:
    """Tickets and amount per tariff name over all events (for the chart)."""
    out: dict[str, tuple[int, Cents]] = {}
    for ln in lines:
        n, paid = out.get(ln.tariff_name, (0, 0))
        out[ln.tariff_name] = (n + ln.tickets, paid + ln.paid_cents)
    return out
