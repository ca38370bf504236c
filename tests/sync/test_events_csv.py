"""Organizers without UiTdatabank access keep their events in a small CSV list."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from balie.domain import PriceCategory
from balie.sync.events import EventListError, events_to_csv, load_events_csv, parse_events_csv, parse_search_event

ORG = "0ce87cbc-9299-4528-8d35-92225dc9489f"


def test_csv_events_with_price_categories_and_brussels_times(tmp_path: Path):
    path = tmp_path / "events.csv"
    path.write_text(
        "\ufeffid,name,start,end,price categories,checkin points\n"
        "ev-1,Zwembad Rooigem,2026-07-01T09:00,2026-07-01T18:00,Basistarief=10.00;Reductie=7.50,2\n"
        "ev-2,Museum,2026-01-01,2026-12-31T17:00:00+01:00,Basistarief=8,\n",
        encoding="utf-8",
    )
    first, second = load_events_csv(path, ORG)
    assert first.name == "Zwembad Rooigem" and first.organizer_id == ORG
    assert first.start == datetime(2026, 7, 1, 7, 0, tzinfo=UTC)  # 09:00 summer time
    assert first.price_categories == (PriceCategory("Basistarief", 1000), PriceCategory("Reductie", 750))
    assert first.checkin_points == 2
    assert second.checkin_points == 1 and second.price_categories == (PriceCategory("Basistarief", 800),)


def test_semicolon_separated_file_from_dutch_excel_is_accepted():
    text = ("id;name;start;end;price categories;checkin points\n"
            "ev-1;Kamp;2026-07-01T09:00;2026-07-02T09:00;Basistarief=4,50;1\n")
    (event,) = parse_events_csv(text, ORG)
    assert event.price_categories == (PriceCategory("Basistarief", 450),)


@pytest.mark.parametrize(
    ("row", "fragment"),
    [
        ("ev-1,Kamp,gisteren,2026-07-02T09:00,,1", "'start' is geen datum"),
        ("ev-1,Kamp,2026-07-02T09:00,2026-07-01T09:00,,1", "einde ligt voor het begin"),
        ("ev-1,Kamp,2026-07-01T09:00,2026-07-02T09:00,Basistarief:10,1", "Naam=10.00"),
        ("ev-1,Kamp,2026-07-01T09:00,2026-07-02T09:00,Basistarief=tien,1", "geen bedrag"),
        (",Kamp,2026-07-01T09:00,2026-07-02T09:00,,1", "'id' is leeg"),
        ("ev-1,Kamp,2026-07-01T09:00,2026-07-02T09:00,,veel", "geen aantal punten"),
    ],
)
def test_bad_line_is_refused_with_line_number_and_dutch_reason(row: str, fragment: str):
    text = "id,name,start,end,price categories,checkin points\n" + row + "\n"
    with pytest.raises(EventListError) as info:
        parse_events_csv(text, ORG)
    assert info.value.line == 2
    assert fragment in info.value.user_message() and "regel 2" in info.value.user_message()


def test_missing_columns_are_named():
    with pytest.raises(EventListError, match="start, end"):
        parse_events_csv("id,name\nev-1,x\n", ORG)


def test_duplicate_event_id_is_refused():
    text = "id,name,start,end\nev-1,a,2026-01-01,2026-01-02\nev-1,b,2026-01-01,2026-01-02\n"
    with pytest.raises(EventListError, match="twee keer"):
        parse_events_csv(text, ORG)


def test_export_and_reimport_round_trip():
    events = parse_events_csv(
        "id,name,start,end,price categories,checkin points\n"
        "ev-1,\"Kamp, zomer\",2026-07-01T09:00,2026-07-02T09:00,Basistarief=10.00;Reductie=0.62,3\n", ORG)
    assert parse_events_csv(events_to_csv(events), ORG) == events


def test_uitdatabank_search_item_splits_regular_prices_from_indicative_uitpas_prices():
    item = {
        "@id": "https://io-test.uitdatabank.be/event/5a0967f9-cc06-4c3c-9206-30481a767434",
        "name": {"nl": "Permanente UiTPAS Test Festiviteit", "fr": "Fête"},
        "calendarType": "permanent",
        "organizer": {"@id": f"https://io-test.uitdatabank.be/organizers/{ORG}"},
        "priceInfo": [
            {"category": "base", "name": {"nl": "Basistarief"}, "price": 10, "priceCurrency": "EUR"},
            {"category": "tariff", "name": {"nl": "Reductie"}, "price": 7.5},
            {"category": "uitpas", "name": {"nl": "Kansentarief met UiTPAS Gent"}, "price": 2},
        ],
    }
    listing = parse_search_event(item, "fallback")
    assert listing.event.id == "5a0967f9-cc06-4c3c-9206-30481a767434"
    assert listing.event.organizer_id == ORG
    assert listing.event.name == "Permanente UiTPAS Test Festiviteit"
    assert [c.price for c in listing.event.price_categories] == [1000, 750]
    assert listing.uitpas_prices == (PriceCategory("Kansentarief met UiTPAS Gent", 200),)
    assert listing.event.start < datetime.now(UTC) < listing.event.end  # permanent: always open
