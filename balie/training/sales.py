"""Ticket sales: all-or-nothing multi-ticket registration, search and cancellation."""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import datetime
from typing import Any

from balie.training.catalog import get_event, require_organizer
from balie.training.clock import iso
from balie.training.passes import resolve
from balie.training.problems import ApiError, invalid_data, missing_param
from balie.training.tariffs import cents, compute, euro, too_many_nl
from balie.training.web import Request, Response, empty, json_response, page


def sale_json(row: sqlite3.Row, event_name: str) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": str(row["id"]), "creationDate": row["creation_date"], "regularPrice": euro(row["regular_price"]),
        "tariff": {"id": row["tariff_id"], "name": row["tariff_name"], "price": euro(row["tariff_price"]),
                   "type": row["tariff_type"]},
        "eventId": row["event_id"], "eventTitle": event_name, "uitpasNumber": row["uitpas_number"]}
    if row["regular_price_label"]:
        out["regularPriceLabel"] = row["regular_price_label"]
    return out


def _validate(body: Any) -> list[dict[str, Any]]:
    if not isinstance(body, list) or not body:
        raise invalid_data("", "The body must be a non-empty array of ticket sales.")
    for i, item in enumerate(body):
        if not isinstance(item, dict):
            raise invalid_data(f"/{i}", "Each ticket sale must be an object.")
        for name in ("uitpasNumber", "eventId", "regularPrice"):
            if name not in item:
                raise invalid_data(f"/{i}/{name}", f"{name} is required.")
        tariff = item.get("tariff") or ({"id": item["tariffId"]} if item.get("tariffId") else None)
        if not isinstance(tariff, dict) or not isinstance(tariff.get("id"), str):
            raise invalid_data(f"/{i}/tariff/id", "tariff.id is required.")
        try:
            cents(item["regularPrice"])
        except ValueError as exc:
            raise invalid_data(f"/{i}/regularPrice", str(exc)) from None
        item["_tariff_id"] = tariff["id"]
    return body


def register(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    """Every element is checked against the offers first; only then is anything written."""
    items = _validate(req.json())
    wanted: Counter[tuple[str, str, str]] = Counter()
    plans = []
    for i, item in enumerate(items):
        event = get_event(conn, item["eventId"])
        holder = resolve(conn, item["uitpasNumber"])
        regular = cents(item["regularPrice"])
        offers = compute(conn, now, holder, event, regular)
        offer = next((o for o in offers.available if o.id == item["_tariff_id"]), None)
        if offer is None:
            if offers.limit_reached:
                raise ApiError(400, "uitpas/maximum-reached", "Maximum reached",
                               f"Ticket sale {i}: the ticket limit is reached.", nl=offers.message_nl,
                               jsonPointer=f"/{i}")
            slug = "uitpas/invalid-coupon" if item["_tariff_id"].startswith("COUPON") else "uitpas/invalid-card"
            raise ApiError(400, slug, "Tariff not available",
                           f"Ticket sale {i}: tariff {item['_tariff_id']} is not available for this pass and event.",
                           nl=offers.message_nl or "Deze korting is niet beschikbaar voor deze pas.",
                           jsonPointer=f"/{i}")
        key = (holder.id, event.id, offer.id)
        wanted[key] += 1
        if wanted[key] > offer.remaining:
            tickets = "ticket" if offer.remaining == 1 else "tickets"
            detail = (f"at most {offer.remaining} {tickets} per sale" if offer.per_sale
                      else f"only {offer.remaining} {tickets} left")
            raise ApiError(400, "uitpas/invalid-number-of-tickets", "Invalid number of tickets",
                           f"Ticket sale {i}: {detail} at tariff {offer.id}.",
                           nl=too_many_nl(offer), jsonPointer=f"/{i}")
        plans.append((item, event, holder, regular, offer))
    out = []
    stamp = iso(now)
    for item, event, holder, regular, offer in plans:
        cur = conn.execute(
            "INSERT INTO ticket_sales (passholder_id, uitpas_number, event_id, regular_price, regular_price_label,"
            " tariff_id, tariff_name, tariff_price, tariff_type, coupon_id, creation_date)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (holder.id, holder.uitpas_number, event.id, regular, item.get("regularPriceLabel"), offer.id,
             offer.name, offer.price, offer.type, offer.coupon_id, stamp))
        if holder.is_group and offer.type == "SOCIALTARIFF":
            conn.execute("UPDATE memberships SET available_tickets = available_tickets - 1 WHERE passholder_id = ?"
                         " AND card_system_id IN (SELECT value FROM json_each(?))",
                         (holder.id, str(list(event.card_system_ids))))
        row = conn.execute("SELECT * FROM ticket_sales WHERE id = ?", (cur.lastrowid,)).fetchone()
        out.append(sale_json(row, event.name))
    return json_response(out, 200)


def search(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    start, limit = req.paging()
    event_id, holder_id, orgs = req.q("eventId"), req.q("passholderId"), req.qlist("organizerId")
    where, args = [], []
    if event_id:
        get_event(conn, event_id)
        where.append("s.event_id = ?")
        args.append(event_id)
    elif holder_id:
        if not orgs:
            raise missing_param("organizerId")
    else:
        raise missing_param("eventId")
    if holder_id:
        where.append("s.passholder_id = ?")
        args.append(holder_id)
    if orgs:
        for org in orgs:
            require_organizer(org)
        where.append(f"e.organizer_id IN ({','.join('?' * len(orgs))})")
        args += orgs
    if req.q("eventTitle"):
        where.append("e.name LIKE ?")
        args.append(f"%{req.q('eventTitle')}%")
    sql = f" FROM ticket_sales s JOIN events e ON e.id = s.event_id WHERE {' AND '.join(where)}"
    total = conn.execute("SELECT COUNT(*)" + sql, args).fetchone()[0]
    rows = conn.execute("SELECT s.*, e.name AS event_name" + sql + " ORDER BY s.id DESC LIMIT ? OFFSET ?",
                        [*args, limit, start]).fetchall()
    return json_response(page([sale_json(r, r["event_name"]) for r in rows], total))


def cancel(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    raw = req.params["id"]
    row = conn.execute("SELECT * FROM ticket_sales WHERE id = ?", (int(raw) if raw.isdigit() else -1,)).fetchone()
    if row is None:
        raise ApiError(404, "uitpas/ticket-sale-not-found", "Ticket sale not found",
                       f"Ticket sale {raw} does not exist (or was already cancelled).",
                       nl="Deze ticketverkoop bestaat niet (meer).")
    event = get_event(conn, row["event_id"])
    conn.execute("DELETE FROM ticket_sales WHERE id = ?", (row["id"],))
    kind = conn.execute("SELECT kind FROM passholders WHERE id = ?", (row["passholder_id"],)).fetchone()
    if kind and kind["kind"] == "GROUP" and row["tariff_type"] == "SOCIALTARIFF":
        conn.execute("UPDATE memberships SET available_tickets = available_tickets + 1 WHERE passholder_id = ?"
                     " AND card_system_id IN (SELECT value FROM json_each(?))",
                     (row["passholder_id"], str(list(event.card_system_ids))))
    return empty(204)
