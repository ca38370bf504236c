"""Writes the demo world (balie.training.demo) into the database, dated from the platform clock."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta

from balie.training import demo
from balie.training.clock import at_local, iso, local_day


def social_end(today_offset: int | None, now: datetime) -> str | None:
    if today_offset is None:
        return None
    return iso(at_local(local_day(now) + timedelta(days=today_offset), "23:59"))


def event_window(ev: demo.DemoEvent, now: datetime) -> tuple[datetime, datetime]:
    if ev.relative_hours is not None:
        return now + timedelta(hours=ev.relative_hours[0]), now + timedelta(hours=ev.relative_hours[1])
    day = local_day(now)
    return (at_local(day + timedelta(days=ev.start[0]), ev.start[1]),
            at_local(day + timedelta(days=ev.end[0]), ev.end[1]))


def seed(conn: sqlite3.Connection, now: datetime) -> None:
    created = iso(now - timedelta(days=400))
    conn.execute("INSERT INTO meta VALUES ('seeded_at', ?)", (iso(now),))
    holders: dict[str, tuple] = {}
    memberships: dict[tuple[str, int], tuple] = {}
    cards = []
    for p in demo.PASSES.values():
        cs = demo.CARD_SYSTEMS[p.card_system]
        holders[p.passholder_id] = (
            p.passholder_id, p.pass_type, p.first_name, p.name, p.insz,
            None if p.pass_type == "GROUP" else p.date_of_birth, p.street, p.postal_code, p.city,
            p.points, created, demo.ORGANIZERS["museum"].id)
        memberships[(p.passholder_id, cs.id)] = (
            p.passholder_id, cs.id, p.social_status, social_end(p.social_end_days, now),
            p.available_tickets, 50 if p.pass_type == "GROUP" else None)
        cards.append((p.uitpas_number, p.chip_number, cs.id, p.card_status,
                      1 if p.uitpas_number[-2] == "1" else 0, p.passholder_id))
    conn.executemany(
        "INSERT INTO passholders (id, kind, first_name, name, insz, date_of_birth, street, postal_code,"
        " city, points, creation_date, registration_organizer_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        holders.values())
    conn.executemany(
        "INSERT INTO memberships (passholder_id, card_system_id, social_status, social_end_date,"
        " available_tickets, total_tickets) VALUES (?,?,?,?,?,?)", memberships.values())
    conn.executemany(
        "INSERT INTO cards (uitpas_number, chip_number, card_system_id, status, social_flag, passholder_id)"
        " VALUES (?,?,?,?,?,?)", cards)
    conn.executemany(
        "INSERT INTO cards (uitpas_number, chip_number, card_system_id, status, social_flag) VALUES (?,?,?,?,?)",
        [(b.uitpas_number, b.chip_number, demo.CARD_SYSTEMS[b.card_system].id, "LOCAL_STOCK",
          int(b.social_tariff)) for b in demo.BLANK_CARDS.values()])
    rows = []
    for ev in demo.EVENTS.values():
        start, end = event_window(ev, now)
        rows.append((
            ev.id, ev.key, demo.ORGANIZERS[ev.organizer].id, ev.name, iso(start), iso(end), ev.checkin_points,
            ev.ticket_limit[0] if ev.ticket_limit else None, ev.ticket_limit[1] if ev.ticket_limit else None,
            ev.checkin_limit[0] if ev.checkin_limit else None, ev.checkin_limit[1] if ev.checkin_limit else None,
            json.dumps([demo.CARD_SYSTEMS[k].id for k in ev.card_systems]),
            json.dumps([list(p) for p in ev.prices])))
    conn.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    coupons = []
    day = local_day(now)
    for p in demo.PASSES.values():
        for n, key in enumerate(p.coupons):
            c = demo.COUPONS[key]
            coupons.append((c.id * 100 + n + list(demo.PASSES).index(p.key), key, p.passholder_id,
                            c.name, c.description, c.price_cents, demo.ORGANIZERS[c.organizer].id,
                            c.volume, c.period, iso(at_local(day + timedelta(days=c.valid_days[0]), "00:00")),
                            iso(at_local(day + timedelta(days=c.valid_days[1]), "23:59"))))
    conn.executemany("INSERT INTO coupons VALUES (?,?,?,?,?,?,?,?,?,?,?)", coupons)
