"""The paper fallback: ticket sales and check-ins written on paper while the counter PC was down.

A cashier types the sheet into a CSV file (Excel's ``;`` or ``,``), one action per line::

    soort;uitpasnummer;evenement;prijscategorie;bedrag;datum;uur;tarief;betaald
    verkoop;0900000067513;5a0967f9-...;Basistarief;10,00;2026-06-10;14:05;SOCIALTARIFF;2,00
    checkin;0900000095902;5a0967f9-...;;;10/06/2026;14:07;;

Every line is checked (UiTPAS number with its check digit, a known event, price category and
amount of that event, kind, date and time not in the future); bad lines are reported with their line
number and a Dutch reason. The good lines are queued in ONE transaction: nothing is half-imported.
Each line's client UUID is derived from its content (uuid5), so importing the same file again
queues nothing new (the outbox's UNIQUE constraint enforces it), and a corrected line imports as new.
"""

from __future__ import annotations

import csv
import io
import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from balie.domain import BRUSSELS, ActionKind, EventInfo, Operator, TariffType, euro_to_cents
from balie.numbers import validate_uitpas_number
from balie.store.models import Checkin, OutboxEntry, TicketSale
from balie.store.outbox import NewAction
from balie.store.store import Store

_NS = uuid.UUID("0b6f4f5e-8d2c-4c36-9a8e-6a1f1c0d7e21")
_COLUMNS = {
    "soort": "kind", "kind": "kind", "uitpasnummer": "uitpas", "uitpas_number": "uitpas",
    "evenement": "event", "event": "event", "event_id": "event",
    "prijscategorie": "category", "price_category": "category",
    "bedrag": "amount", "amount": "amount", "datum": "date", "date": "date",
    "uur": "time", "time": "time", "tarief": "tariff", "tariff": "tariff",
    "betaald": "paid", "paid": "paid",
}
_KINDS = {"verkoop": ActionKind.TICKET_SALE, "sale": ActionKind.TICKET_SALE,
          "checkin": ActionKind.CHECKIN, "check-in": ActionKind.CHECKIN}
_REQUIRED = ("kind", "uitpas", "event", "date", "time")


@dataclass(frozen=True)
class BadLine:
    line: int
    reason: str  # Dutch


@dataclass(frozen=True)
class PaperLine:
    line: int
    kind: ActionKind
    uitpas_number: str
    event: EventInfo
    at: datetime  # UTC
    category: str | None = None
    regular_price_cents: int | None = None
    tariff_id: str | None = None
    paid_cents: int | None = None
    client_uuid: str = ""


@dataclass(frozen=True)
class ImportResult:
    queued: int
    already_imported: int
    bad: tuple[BadLine, ...]
    good: tuple[PaperLine, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.bad


def _money(raw: str) -> int:
    text = raw.strip().replace("€", "").replace(" ", "")
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    try:
        return euro_to_cents(Decimal(text))
    except (InvalidOperation, ValueError, OverflowError):  # OverflowError: 'Infinity'
        raise ValueError(f"'{raw}' is geen bedrag (bv. 10,00)") from None


def _date(raw: str) -> date:
    text = raw.strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"'{raw}' is geen datum (bv. 10/06/2026)")


def _time(raw: str) -> time:
    text = raw.strip().replace("u", ":").replace(".", ":")
    try:
        return datetime.strptime(text, "%H:%M").time()
    except ValueError:
        raise ValueError(f"'{raw}' is geen uur (bv. 14:05)") from None


def _rows(text: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    sample = text[:2048]
    delimiter = ";" if sample.count(";") >= sample.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    try:
        for row in reader:
            rows.append((reader.line_num, row))
    except csv.Error as exc:  # a cell over the field limit, a stray quote or CR, NUL bytes
        raise _Unreadable(reader.line_num or 1, f"onleesbare regel ({exc})") from None
    if not rows:
        return [], []
    header = [h.strip().lower() for h in rows[0][1]]
    return header, [(n, r) for n, r in rows[1:] if any(c.strip() for c in r)]


class _Unreadable(Exception):
    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line, self.reason = line, reason


def parse(store: Store, text: str, now: datetime) -> tuple[list[PaperLine], list[BadLine]]:
    """Check every line; nothing is written."""
    try:
        header, rows = _rows(text.lstrip("\ufeff"))
    except _Unreadable as exc:
        return [], [BadLine(exc.line, exc.reason)]
    names = [_COLUMNS.get(h) for h in header]
    missing = [c for c in _REQUIRED if c not in names]
    if missing:
        return [], [BadLine(1, "De kopregel mist de kolom(men): " + ", ".join(missing)
                            + ". Verwacht: soort;uitpasnummer;evenement;prijscategorie;bedrag;"
                              "datum;uur;tarief;betaald")]
    good: list[PaperLine] = []
    bad: list[BadLine] = []
    seen: dict[str, int] = {}
    for line, row in rows:
        fields = {n: (row[i].strip() if i < len(row) else "") for i, n in enumerate(names) if n}
        try:
            parsed = _line(store, line, fields, now)
        except ValueError as exc:
            bad.append(BadLine(line, str(exc)))
            continue
        key = json.dumps(fields, sort_keys=True)
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1  # two identical lines are two sales, not one
        good.append(_with_uuid(parsed, f"{key}|{occurrence}"))
    return good, bad


def _with_uuid(line: PaperLine, key: str) -> PaperLine:
    from dataclasses import replace

    return replace(line, client_uuid=str(uuid.uuid5(_NS, key)))


def _line(store: Store, line: int, f: dict[str, str], now: datetime) -> PaperLine:
    kind = _KINDS.get(f.get("kind", "").lower())
    if kind is None:
        raise ValueError(f"soort '{f.get('kind', '')}' onbekend: gebruik 'verkoop' of 'checkin'")
    number = validate_uitpas_number(f.get("uitpas", ""))
    if not number.ok:
        raise ValueError(number.reason)
    event = store.reference.event(f.get("event", ""))
    if event is None:
        raise ValueError(f"evenement '{f.get('event', '')}' is niet gekend op deze balie "
                         "(ververs de evenementen of controleer het id)")
    try:
        at = datetime.combine(_date(f["date"]), _time(f["time"]), BRUSSELS).astimezone(timezone.utc)
    except OverflowError:  # 01/01/0001 00:10 Brussels is before year 1 in UTC
        raise ValueError(f"'{f['date']}' is geen bruikbare datum") from None
    if at > now + timedelta(minutes=5):
        raise ValueError("datum en uur liggen in de toekomst")
    if kind is ActionKind.CHECKIN:
        return PaperLine(line, kind, number.value, event, at)
    label = f.get("category", "")
    category = next((c for c in event.price_categories if c.label.lower() == label.lower()), None)
    if category is None:
        known = ", ".join(c.label for c in event.price_categories) or "geen"
        raise ValueError(f"prijscategorie '{label}' bestaat niet voor dit evenement (wel: {known})")
    if f.get("amount") and _money(f["amount"]) != category.price:
        raise ValueError(f"bedrag {f['amount']} past niet bij '{category.label}' "
                         f"({category.price / 100:.2f} euro)".replace(".", ","))
    tariff = f.get("tariff") or "SOCIALTARIFF"
    if f.get("paid"):
        paid = _money(f["paid"])
    else:
        cached = store.reference.static_tariffs(event.id, category.price)
        offer = next((o for o in cached.offers if o.id == tariff), None) if cached else None
        if offer is None:
            raise ValueError("betaalde prijs onbekend: vul de kolom 'betaald' in")
        paid = offer.price
    return PaperLine(line, kind, number.value, event, at, category.label, category.price,
                     tariff, paid)


def import_paper(store: Store, text: str, operator: Operator, now: datetime, *,
                 training: bool = False) -> ImportResult:
    """Validate, then queue every good line in ONE write transaction (all or none of them)."""
    good, bad = parse(store, text, now)
    queued = already = 0
    with store.write() as s:
        existing = set(s.scalars(select(OutboxEntry.client_uuid).where(
            OutboxEntry.client_uuid.in_([g.client_uuid for g in good]))))
        for g in good:
            if g.client_uuid in existing:
                already += 1
                continue
            _queue(store, s, g, operator, now, training)
            queued += 1
    return ImportResult(queued, already, tuple(bad), tuple(good))


def _queue(store: Store, s: Session, g: PaperLine, operator: Operator, now: datetime,
           training: bool) -> None:
    if g.kind is ActionKind.TICKET_SALE:
        payload = {"uitpasNumber": g.uitpas_number, "passholderId": None, "eventId": g.event.id,
                   "regularPriceCents": g.regular_price_cents, "regularPriceLabel": g.category,
                   "tariffId": g.tariff_id, "quantity": 1, "paper": True}
        store.outbox.add(s, NewAction(g.kind, payload, g.uitpas_number, operator, g.client_uuid,
                                      provisional=True, training=training), now)
        s.add(TicketSale(
            client_uuid=g.client_uuid, line=0, event_id=g.event.id, event_name=g.event.name,
            uitpas_number=g.uitpas_number, passholder_id=None, tariff_id=g.tariff_id or "",
            tariff_name="Kansentarief" if g.tariff_id == "SOCIALTARIFF" else (g.tariff_id or ""),
            tariff_type=TariffType.SOCIALTARIFF.value if g.tariff_id == "SOCIALTARIFF"
            else TariffType.COUPON.value,
            price_cents=g.paid_cents or 0, regular_price_cents=g.regular_price_cents or 0,
            regular_price_label=g.category, provisional=True, training=training, cancelled=False,
            sold_at=g.at, operator_id=operator.id))
    else:
        payload = {"uitpasNumber": g.uitpas_number, "passholderId": None, "eventId": g.event.id,
                   "paper": True}
        store.outbox.add(s, NewAction(g.kind, payload, g.uitpas_number, operator, g.client_uuid,
                                      provisional=True, training=training), now)
        s.add(Checkin(client_uuid=g.client_uuid, event_id=g.event.id, event_name=g.event.name,
                      uitpas_number=g.uitpas_number, passholder_id=None,
                      points_expected=g.event.checkin_points, provisional=True, training=training,
                      cancelled=False, checked_in_at=g.at, operator_id=operator.id))
