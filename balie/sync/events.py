"""The organizer's UiTPAS events: from UiTdatabank search, or from a list the organizer keeps.

The UiTPAS API cannot list events; they live in UiTdatabank and the search API finds them with
``uitpas=true``. Counter-only events are often ``audienceType=members`` and hidden by the default
filters, hence ``audienceType=*``. Organizers without UiTdatabank access (or offline set-ups) can
hand balie a CSV instead:

    id,name,start,end,price categories,checkin points
    3f1c...,Zwembad,2026-05-01T08:00,2026-05-01T20:00,Basistarief=4.00;Reductie=3.00,1

Times without an offset are Brussels local time (that is what an organizer types).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import requests

from balie.csv_safe import SafeWriter, unescape_cell
from balie.domain import EventInfo, PriceCategory, euro_to_cents
from balie.sync.client import DEFAULT_TIMEOUT, json_body, make_session, raise_for_answer, send
from balie.sync.parse import parse_datetime
from balie.sync.problems import InvalidResponse

# Permanent events (a museum) have no dates in UiTdatabank; they are open "always".
ALWAYS_FROM = datetime(2000, 1, 1, tzinfo=UTC)
ALWAYS_UNTIL = datetime(2100, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class EventListing:
    """An event plus the indicative kansentarief prices UiTdatabank embeds per card system
    (``embedUitpasPrices``): good enough to show before a pass is known, never to charge."""

    event: EventInfo
    uitpas_prices: tuple[PriceCategory, ...] = ()


class EventListError(Exception):
    """A manual event list could not be read; the message names the line and what is wrong."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(f"line {line}: {reason}")
        self.line = line
        self.reason = reason

    def user_message(self) -> str:
        return f"De evenementenlijst klopt niet op regel {self.line}: {self.reason}"


# ----------------------------------------------------------------------------------------------
# UiTdatabank search


def _text(value: Any) -> str:
    """UiTdatabank names are ``{"nl": ..., "fr": ...}``; prefer Dutch, accept a bare string."""
    if isinstance(value, Mapping):
        for lang in ("nl", "en", "fr", "de"):
            if isinstance(value.get(lang), str):
                return value[lang]
        return next((v for v in value.values() if isinstance(v, str)), "")
    return value if isinstance(value, str) else ""


def _last_segment(uri: Any) -> str:
    return str(uri).rstrip("/").rsplit("/", 1)[-1] if uri else ""


def parse_search_event(item: Mapping[str, Any], organizer_id: str) -> EventListing:
    event_id = str(item.get("@id") and _last_segment(item["@id"]) or item.get("id") or "")
    if not event_id:
        raise InvalidResponse("event without @id in search answer")
    organizer = item.get("organizer")
    if not isinstance(organizer, Mapping):
        organizer = {}
    org_id = _last_segment(organizer.get("@id")) or str(organizer.get("id") or "") or organizer_id
    start = parse_datetime(item.get("startDate")) or parse_datetime(item.get("availableFrom")) or ALWAYS_FROM
    end = parse_datetime(item.get("endDate")) or parse_datetime(item.get("availableTo")) or ALWAYS_UNTIL
    regular: list[PriceCategory] = []
    uitpas: list[PriceCategory] = []
    for price in item.get("priceInfo") or ():
        if not isinstance(price, Mapping) or price.get("price") is None:
            continue
        entry = PriceCategory(label=_text(price.get("name")) or "Basistarief", price=euro_to_cents(price["price"]))
        (uitpas if price.get("category") == "uitpas" else regular).append(entry)
    return EventListing(
        event=EventInfo(id=event_id, name=_text(item.get("name")), organizer_id=org_id, start=start, end=end,
                        price_categories=tuple(regular)),
        uitpas_prices=tuple(uitpas),
    )


def search_uitpas_events(
    search_url: str,
    organizer_id: str,
    *,
    client_id: str | None = None,
    session: requests.Session | None = None,
    timeout: tuple[float, float] = DEFAULT_TIMEOUT,
    page_size: int = 50,
    max_events: int = 2000,
) -> tuple[EventListing, ...]:
    """All UiTPAS events of one organizer, paging through ``GET {search}/events/``."""
    session = session or make_session()
    headers = {"x-client-id": client_id} if client_id else {}
    url = search_url.rstrip("/") + "/events/"
    listings: list[EventListing] = []
    start = 0
    while start < max_events:
        params = {
            "organizerId": organizer_id, "uitpas": "true", "embed": "true", "audienceType": "*",
            "embedUitpasPrices": "true", "start": start, "limit": page_size,
        }
        response = send(session, "GET", url, write=False, timeout=timeout, params=params, headers=headers)
        raise_for_answer(response, write=False)
        data = json_body(response, write=False)
        members = data.get("member") if isinstance(data, Mapping) else None
        if not isinstance(members, list):
            raise InvalidResponse("search answer has no member list")
        listings.extend(parse_search_event(m, organizer_id) for m in members if isinstance(m, Mapping))
        total = int(data.get("totalItems", len(listings)))
        start += len(members)
        if not members or start >= total:
            break
    return tuple(listings)


# ----------------------------------------------------------------------------------------------
# manual CSV list

_COLUMNS = ("id", "name", "start", "end", "price categories", "checkin points")


def _local_time(value: str, line: int, column: str) -> datetime:
    parsed = parse_datetime(value.strip())
    if parsed is None:
        raise EventListError(line, f"'{column}' is geen datum/tijd (voorbeeld: 2026-05-01T09:00).")
    return parsed


def _prices(value: str, line: int) -> tuple[PriceCategory, ...]:
    out: list[PriceCategory] = []
    for part in (x.strip() for x in value.split(";")):
        if not part:
            continue
        label, sep, amount = part.partition("=")
        if not sep or not label.strip():
            raise EventListError(line, f"prijscategorie '{part}' moet de vorm 'Naam=10.00' hebben.")
        try:
            cents = euro_to_cents(Decimal(amount.strip().replace(",", ".")))
        except (InvalidOperation, ValueError):
            raise EventListError(line, f"'{amount.strip()}' is geen bedrag.") from None
        if cents < 0:
            raise EventListError(line, "een prijs kan niet negatief zijn.")
        out.append(PriceCategory(label=label.strip(), price=cents))
    return tuple(out)


def _rows(text: str) -> Iterator[tuple[int, dict[str, str]]]:
    sample = text[:2048]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    header: list[str] | None = None
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:  # a cell over the field limit, a stray quote or CR, NUL bytes
            raise EventListError(reader.line_num or 1, f"onleesbare CSV ({exc}).") from None
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if header is None:
            header = [h.strip().lower().lstrip("\ufeff") for h in row]
            missing = [c for c in _COLUMNS[:4] if c not in header]
            if missing:
                raise EventListError(line, "kolom(men) ontbreken: " + ", ".join(missing) + ".")
            continue
        yield line, {h: (row[i].strip() if i < len(row) else "") for i, h in enumerate(header)}


def parse_events_csv(text: str, organizer_id: str) -> tuple[EventInfo, ...]:
    """Events from the manual list. Raises :class:`EventListError` naming the first bad line."""
    events: list[EventInfo] = []
    seen: set[str] = set()
    for line, row in _rows(text):
        event_id, name = row.get("id", ""), unescape_cell(row.get("name", ""))
        if not event_id:
            raise EventListError(line, "de kolom 'id' is leeg.")
        if event_id in seen:
            raise EventListError(line, f"het evenement '{event_id}' staat er twee keer in.")
        seen.add(event_id)
        if not name:
            raise EventListError(line, "de kolom 'name' is leeg.")
        start = _local_time(row.get("start", ""), line, "start")
        end = _local_time(row.get("end", ""), line, "end")
        if end < start:
            raise EventListError(line, "het einde ligt voor het begin.")
        points_text = row.get("checkin points", "") or "1"
        try:
            points = int(points_text)
        except ValueError:
            raise EventListError(line, f"'{points_text}' is geen aantal punten.") from None
        events.append(EventInfo(
            id=event_id, name=name, organizer_id=organizer_id, start=start, end=end,
            price_categories=_prices(row.get("price categories", ""), line), checkin_points=points,
        ))
    return tuple(events)


def load_events_csv(path: Path, organizer_id: str) -> tuple[EventInfo, ...]:
    """Read the file as UTF-8 (with or without BOM, as Excel writes it)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        text = path.read_text(encoding="cp1252")
    return parse_events_csv(text, organizer_id)


def events_to_csv(events: Iterable[EventInfo]) -> str:
    """The inverse of :func:`parse_events_csv`, for exporting a list to edit."""
    out = io.StringIO()
    writer = SafeWriter(out, lineterminator="\n")
    writer.writerow(_COLUMNS)
    for e in events:
        prices = ";".join(f"{c.label}={c.price // 100}.{c.price % 100:02d}" for c in e.price_categories)
        writer.writerow([e.id, e.name, e.start.isoformat(), e.end.isoformat(), prices, e.checkin_points])
    return out.getvalue()
