"""The paper fallback: ticket sales and check-ins written on paper while the counter PC was down.

A cashier types the sheet into a CSV file (Excel's ``;`` or ``,``), one action per line::

    soort;uitpasnummer;evenement;prijscategorie;bedrag;datum;uur;tarief;betaald
    verkoop;0900000067513;5a0967f9-...;Basistarief;10,00;2026-06-10;14:05;SOCIALTARIFF;2,00
    checkin;0900000095902;5a0967f9-...;;;10/06/2026;14:07;;

Every line is checked before it may reach the store, because the day report and the platform
believe what is queued: the UiTPAS number with its check digit, a known event, a price category and
amount of that event, a tariff this counter was offered for it, a paid amount between 0 and the
regular price, a date and time not in the future and not more than a year back. Bad lines are
reported with their line number and a Dutch reason. Two identical lines are two sales by design
(two children on one pass), but more often a line typed twice: the second one is refused unless
the caller allows duplicates.

The good lines are queued in ONE transaction: nothing is half-imported. The file is streamed
(encoding detected by :mod:`balie.text_file`) and written in blocks, so a million lines need
neither a million objects in memory nor a million round trips. Each line's client UUID is derived
from its content and its occurrence (uuid5), so importing the same file again queues nothing new,
and a corrected line imports as new.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import io
import itertools
import json
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from balie.crypto import number_key
from balie.domain import BRUSSELS, ActionKind, EventInfo, Operator, TariffType, euro_to_cents
from balie.numbers import validate_uitpas_number
from balie.store.action_rows import NewAction
from balie.store.db import bulk_insert
from balie.store.models import Checkin, OutboxEntry, TicketSale
from balie.store.store import Store
from balie.text_file import open_text

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
SOCIALTARIFF = "SOCIALTARIFF"
#: a paper sheet is typed in within days; a line older than this is a typo (1900, 2002 for 2026)
MAX_AGE = timedelta(days=366)
#: no counter takes this much for one ticket; above it an amount is a typo, never stored
MAX_AMOUNT_CENTS = 100_000 * 100
#: lines written per INSERT block, and how often progress is reported
BATCH = 2_000
PROGRESS_EVERY = 10_000
#: SQLite page cache (KiB) of the importing connection
IMPORT_CACHE_KIB = 32 * 1024
#: bad and good lines kept for the report (the counts are always complete)
MAX_LISTED = 1_000

Progress = Callable[[int], None]


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
    """``bad`` and ``good`` list at most :data:`MAX_LISTED` lines; the counts are complete."""

    queued: int
    already_imported: int
    bad: tuple[BadLine, ...]
    good: tuple[PaperLine, ...] = ()
    bad_count: int = 0
    duplicates: int = 0  # identical to an earlier line (refused, or imported when allowed)
    lines: int = 0  # data lines read

    @property
    def ok(self) -> bool:
        return not self.bad and not self.bad_count


def _money(raw: str) -> int:
    text = raw.strip().replace("€", "").replace(" ", "")
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    try:
        amount = Decimal(text)
    except (InvalidOperation, ValueError):
        raise ValueError(f"'{raw}' is geen bedrag (bv. 10,00)") from None
    if not amount.is_finite():
        raise ValueError(f"'{raw}' is geen bedrag (bv. 10,00)")
    if amount < 0:
        raise ValueError(f"bedrag '{raw}' is negatief")
    if amount * 100 > MAX_AMOUNT_CENTS:  # checked before rounding: 10^40 would not even round
        raise ValueError(f"bedrag '{raw}' is onmogelijk groot voor een ticket (tikfout?)")
    return euro_to_cents(amount)


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


@functools.lru_cache(maxsize=65_536)
def _utc_moment(day: str, hour: str) -> datetime:
    """Date and hour as written (Brussels) -> UTC. A sheet repeats the same few days and minutes
    on many lines, so the parsing (strptime is slow) is cached."""
    try:
        return datetime.combine(_date(day), _time(hour), BRUSSELS).astimezone(UTC)
    except OverflowError:  # 01/01/0001 00:10 Brussels is before year 1 in UTC
        raise ValueError(f"'{day}' is geen bruikbare datum") from None


class _Unreadable(Exception):
    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line, self.reason = line, reason


def _rows(lines: Iterable[str]) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    """The header and a stream of (line number, cells) of the non-empty data lines."""
    lines = iter(lines)
    first = next(lines, "")
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.reader(itertools.chain([first], lines), delimiter=delimiter)
    try:
        header = next(reader, [])
    except csv.Error as exc:
        raise _Unreadable(1, f"onleesbare regel ({exc})") from None

    def data() -> Iterator[tuple[int, list[str]]]:
        try:
            for row in reader:
                if any(c.strip() for c in row):
                    yield reader.line_num, row
        except csv.Error as exc:  # a cell over the field limit, a stray quote or CR, NUL bytes
            raise _Unreadable(max(reader.line_num, 1), f"onleesbare regel ({exc})") from None
        except UnicodeDecodeError:
            raise _Unreadable(reader.line_num + 1, "onleesbare tekens: bewaar het bestand als "
                                                   "CSV UTF-8 en lees het opnieuw in") from None

    return [h.strip().lstrip("\ufeff").lower() for h in header], data()


class _Checker:
    """Checks one line at a time; remembers the reference data it looked up (one query per
    event and price, not per line)."""

    def __init__(self, store: Store, now: datetime) -> None:
        self._store, self._now = store, now
        self._events: dict[str, EventInfo | None] = {}
        self._prices: dict[tuple[str, int], dict[str, int]] = {}

    def event(self, event_id: str) -> EventInfo | None:
        if event_id not in self._events:
            self._events[event_id] = self._store.reference.event(event_id)
        return self._events[event_id]

    def offered(self, number: str, event_id: str, price: int, tariff: str) -> dict[str, int]:
        """Tariff id -> price as this counter was offered them for the event and price: the
        static tariffs, and (only when ``tariff`` is not among those, e.g. a coupon) this pass's
        own last answer, so the common line costs no query."""
        key = (event_id, price)
        if key not in self._prices:
            cached = self._store.reference.static_tariffs(event_id, price)
            self._prices[key] = {o.id: o.price for o in cached.offers} if cached else {}
        if tariff in self._prices[key]:
            return self._prices[key]
        own = self._store.reference.pass_tariffs(number, event_id, price)
        if own is None:
            return self._prices[key]
        return {**self._prices[key], **{o.id: o.price for o in own.offers}}

    def line(self, line: int, f: dict[str, str]) -> PaperLine:
        kind = _KINDS.get(f.get("kind", "").lower())
        if kind is None:
            raise ValueError(f"soort '{f.get('kind', '')}' onbekend: gebruik 'verkoop' of 'checkin'")
        number = validate_uitpas_number(f.get("uitpas", ""))
        if not number.ok:
            raise ValueError(number.reason)
        event = self.event(f.get("event", ""))
        if event is None:
            raise ValueError(f"evenement '{f.get('event', '')}' is niet gekend op deze balie "
                             "(ververs de evenementen of controleer het id)")
        at = self._moment(f)
        if kind is ActionKind.CHECKIN:
            return PaperLine(line, kind, number.value, event, at)
        return self._sale(line, f, number.value, event, at)

    def _moment(self, f: dict[str, str]) -> datetime:
        at = _utc_moment(f["date"], f["time"])
        if at > self._now + timedelta(minutes=5):
            raise ValueError("datum en uur liggen in de toekomst")
        if at < self._now - MAX_AGE:
            raise ValueError(f"datum {f['date']} ligt meer dan een jaar terug (tikfout in het "
                             "jaar?); oudere papieren verkopen registreert de helpdesk")
        return at

    def _sale(self, line: int, f: dict[str, str], number: str, event: EventInfo,
              at: datetime) -> PaperLine:
        label = f.get("category", "")
        category = next((c for c in event.price_categories if c.label.lower() == label.lower()),
                        None)
        if category is None:
            known = ", ".join(c.label for c in event.price_categories) or "geen"
            raise ValueError(f"prijscategorie '{label}' bestaat niet voor dit evenement "
                             f"(wel: {known})")
        if f.get("amount") and _money(f["amount"]) != category.price:
            raise ValueError(f"bedrag {f['amount']} past niet bij '{category.label}' "
                             f"({category.price / 100:.2f} euro)".replace(".", ","))
        tariff = f.get("tariff") or SOCIALTARIFF
        offered = self.offered(number, event.id, category.price, tariff)
        if tariff not in offered and (offered or tariff != SOCIALTARIFF):
            known = ", ".join(sorted(offered)) or "nog geen tarieven opgehaald"
            raise ValueError(f"tarief '{tariff}' werd deze balie nooit aangeboden voor dit "
                             f"evenement en deze prijs (wel: {known})")
        if f.get("paid"):
            paid = _money(f["paid"])
        elif tariff in offered:
            paid = offered[tariff]
        else:
            raise ValueError("betaalde prijs onbekend: vul de kolom 'betaald' in")
        if paid > category.price:
            raise ValueError(f"betaald bedrag {paid / 100:.2f} euro is hoger dan de basisprijs "
                             f"{category.price / 100:.2f} euro".replace(".", ","))
        return PaperLine(line, ActionKind.TICKET_SALE, number, event, at, category.label,
                         category.price, tariff, paid)


def parse(store: Store, text: str, now: datetime) -> tuple[list[PaperLine], list[BadLine]]:
    """Check every line of ``text``; nothing is written. Identical lines are all returned (with
    their own UUIDs): :func:`import_paper` decides whether duplicates may go in."""
    good: list[PaperLine] = []
    bad: list[BadLine] = []
    try:
        for item in _checked(store, io.StringIO(text.lstrip("\ufeff"), newline=""), now):
            if isinstance(item, BadLine):
                bad.append(item)
            else:
                good.append(item[0])
    except _Unreadable as exc:
        return [], [BadLine(exc.line, exc.reason)]
    return good, bad


def _checked(store: Store, lines: Iterable[str], now: datetime
             ) -> Iterator[BadLine | tuple[PaperLine, bool]]:
    """Per data line: a :class:`BadLine`, or the line with its UUID and whether it repeats an
    earlier line. Only a 64-bit hash per line is remembered (10^6 lines: ~60 MB)."""
    header, rows = _rows(lines)
    names = [_COLUMNS.get(h) for h in header]
    missing = [c for c in _REQUIRED if c not in names]
    if missing:
        yield BadLine(1, "De kopregel mist de kolom(men): " + ", ".join(missing)
                      + ". Verwacht: soort;uitpasnummer;evenement;prijscategorie;bedrag;"
                        "datum;uur;tarief;betaald")
        return
    checker = _Checker(store, now)
    seen: set[int] = set()
    repeats: dict[str, int] = {}
    for line, row in rows:
        fields = {n: (row[i].strip() if i < len(row) else "") for i, n in enumerate(names) if n}
        try:
            parsed = checker.line(line, fields)
        except ValueError as exc:
            yield BadLine(line, str(exc))
            continue
        key = json.dumps(fields, sort_keys=True)
        digest = hash(key)
        occurrence = 0
        if digest in seen:
            occurrence = repeats.get(key, 1)
            repeats[key] = occurrence + 1
        else:
            seen.add(digest)
        yield replace(parsed, client_uuid=str(uuid.uuid5(_NS, f"{key}|{occurrence}"))), \
            occurrence > 0


def import_paper(store: Store, text: str, operator: Operator, now: datetime, *,
                 training: bool = False, allow_duplicates: bool = False,
                 progress: Progress | None = None) -> ImportResult:
    """Validate, then queue every good line in ONE write transaction (all or none of them)."""
    return import_lines(store, io.StringIO(text.lstrip("\ufeff"), newline=""), operator, now,
                        training=training, allow_duplicates=allow_duplicates, progress=progress)


def import_file(store: Store, path: Path, operator: Operator, now: datetime, *,
                training: bool = False, allow_duplicates: bool = False,
                progress: Progress | None = None) -> ImportResult:
    """:func:`import_paper` for a file in any encoding Excel saves (streamed, never all read)."""
    fh, _encoding = open_text(path)
    with fh:
        return import_lines(store, fh, operator, now, training=training,
                            allow_duplicates=allow_duplicates, progress=progress)


def import_lines(store: Store, lines: Iterable[str], operator: Operator, now: datetime, *,
                 training: bool = False, allow_duplicates: bool = False,
                 progress: Progress | None = None) -> ImportResult:
    """The streaming import behind :func:`import_paper` and :func:`import_file`."""
    writer = _Writer(store, operator, now, training)
    bad: list[BadLine] = []
    bad_count = duplicates = read = 0
    try:
        with store.write() as s, _big_cache(s):
            for item in _checked(store, lines, now):
                read += 1
                if progress is not None and read % PROGRESS_EVERY == 0:
                    progress(read)
                if isinstance(item, BadLine):
                    bad_count += 1
                    if len(bad) < MAX_LISTED:
                        bad.append(item)
                    continue
                paper, repeated = item
                duplicates += repeated
                if repeated and not allow_duplicates:
                    if not writer.exists(s, paper.client_uuid):
                        bad_count += 1
                        if len(bad) < MAX_LISTED:
                            bad.append(BadLine(paper.line, _DUPLICATE))
                        continue
                writer.add(s, paper)
            writer.flush(s)
    except _Unreadable as exc:
        return ImportResult(0, 0, (BadLine(exc.line, exc.reason),), bad_count=1, lines=read)
    if progress is not None and read >= PROGRESS_EVERY and read % PROGRESS_EVERY:
        progress(read)
    return ImportResult(writer.queued, writer.already, tuple(bad), tuple(writer.listed),
                        bad_count=bad_count, duplicates=duplicates, lines=read)


@contextlib.contextmanager
def _big_cache(s: Session) -> Iterator[None]:
    """A larger page cache for the import's connection while it runs: the outbox's UUID index
    takes inserts at random places, which with SQLite's default 2 MB cache means re-reading
    pages on every block. Back to the default afterwards (the connection returns to the pool)."""
    conn = s.connection()
    conn.exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql("PRAGMA cache_size=-2000")


_DUPLICATE = ("deze regel is gelijk aan een eerdere regel in het bestand; zijn het echt twee "
              "verkopen of check-ins, lees dan in met --allow-duplicates (dubbele regels toestaan)")


class _Writer:
    """Collects good lines and writes them in blocks inside the caller's transaction."""

    def __init__(self, store: Store, operator: Operator, now: datetime, training: bool) -> None:
        self._store, self._operator, self._now, self._training = store, operator, now, training
        self._batch: list[PaperLine] = []
        self.queued = self.already = 0
        self.listed: list[PaperLine] = []

    def exists(self, s: Session, client_uuid: str) -> bool:
        if any(p.client_uuid == client_uuid for p in self._batch):
            return True
        return s.scalar(select(OutboxEntry.id).where(OutboxEntry.client_uuid == client_uuid)) \
            is not None

    def add(self, s: Session, paper: PaperLine) -> None:
        if len(self.listed) < MAX_LISTED:
            self.listed.append(paper)
        self._batch.append(paper)
        if len(self._batch) >= BATCH:
            self.flush(s)

    def flush(self, s: Session) -> None:
        batch, self._batch = self._batch, []
        if not batch:
            return
        existing: set[str] = set()
        uuids = [p.client_uuid for p in batch]
        for i in range(0, len(uuids), 500):
            existing.update(s.scalars(select(OutboxEntry.client_uuid).where(
                OutboxEntry.client_uuid.in_(uuids[i:i + 500]))))
        new = [p for p in batch if p.client_uuid not in existing]
        self.already += len(batch) - len(new)
        self.queued += len(new)
        if not new:
            return
        self._store.outbox.add_many(s, [self._action(p) for p in new], self._now)
        sales = [self._sale_row(p) for p in new if p.kind is ActionKind.TICKET_SALE]
        checkins = [self._checkin_row(p) for p in new if p.kind is ActionKind.CHECKIN]
        if sales:
            bulk_insert(s, TicketSale.__table__, sales)
        if checkins:
            bulk_insert(s, Checkin.__table__, checkins)

    def _action(self, p: PaperLine) -> NewAction:
        payload: dict[str, object] = {"uitpasNumber": p.uitpas_number, "passholderId": None,
                                      "eventId": p.event.id, "paper": True}
        if p.kind is ActionKind.TICKET_SALE:
            payload.update(regularPriceCents=p.regular_price_cents,
                           regularPriceLabel=p.category, tariffId=p.tariff_id, quantity=1)
        return NewAction(p.kind, payload, p.uitpas_number, self._operator, p.client_uuid,
                         provisional=True, training=self._training)

    def _sale_row(self, p: PaperLine) -> dict[str, object]:
        social = p.tariff_id == SOCIALTARIFF
        return dict(
            client_uuid=p.client_uuid, line=0, event_id=p.event.id, event_name=p.event.name,
            uitpas_number=number_key(self._store.cipher, p.uitpas_number), passholder_id=None,
            tariff_id=p.tariff_id or "",
            tariff_name="Kansentarief" if social else (p.tariff_id or ""),
            tariff_type=(TariffType.SOCIALTARIFF if social else TariffType.COUPON).value,
            price_cents=p.paid_cents or 0, regular_price_cents=p.regular_price_cents or 0,
            regular_price_label=p.category, provisional=True, training=self._training,
            platform_id=None, cancelled=False, sold_at=p.at, operator_id=self._operator.id)

    def _checkin_row(self, p: PaperLine) -> dict[str, object]:
        return dict(
            client_uuid=p.client_uuid, event_id=p.event.id, event_name=p.event.name,
            uitpas_number=number_key(self._store.cipher, p.uitpas_number), passholder_id=None,
            points_expected=p.event.checkin_points, provisional=True, training=self._training,
            platform_id=None, cancelled=False, checked_in_at=p.at, operator_id=self._operator.id)
