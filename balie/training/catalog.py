"""Reference data of the training platform: card systems, organizers, permissions, events'
settings, and the streamed social-tariff export."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from balie.training import demo
from balie.training.problems import ApiError, event_not_found, forbidden
from balie.training.web import Request, Response, json_response, page

PERMISSIONS = (
    "PASSES_READ", "CARDS_READ", "GROUPPASSES_SEARCH", "PASSHOLDERS_SEARCH", "PASSHOLDERS_WRITE",
    "PASSHOLDERS_WRITE_SOCIALTARIFF", "MEMBERSHIP_PRICES_READ", "TARIFFS_READ", "TICKETSALES_REGISTER",
    "TICKETSALES_SEARCH", "CHECKINS_WRITE", "CHECKINS_READ", "REWARDS_READ", "REWARDS_REDEEM",
    "REWARDS_PASSHOLDERS_READ", "PASSHOLDER_COUPONS_READ", "GROUPPASS_COUPONS_READ", "EVENT_SETTINGS_READ",
    "ORGANIZERS_SEARCH", "SOCIALTARIFF_EXPORT", "EVENTS_QR_CHECKINCODE",
)
PERMISSION_LABELS_NL = {
    "PASSES_READ": "Passen opvragen", "TARIFFS_READ": "Tarieven opvragen",
    "TICKETSALES_REGISTER": "Ticketverkopen registreren", "CHECKINS_WRITE": "Inchecken",
    "REWARDS_REDEEM": "Voordelen omruilen", "PASSHOLDERS_WRITE": "Pashouders registreren",
    "SOCIALTARIFF_EXPORT": "Lijst kansentarief downloaden",
}
EXPORT_CHUNK_ROWS = 5000


def card_system_json(cs_id: int) -> dict[str, Any]:
    cs = demo.CARD_SYSTEMS_BY_ID[cs_id]
    return {"id": cs.id, "name": cs.name, "permanent": True, "allowsCardlessRegistration": True,
            "cardlessRegistrationType": "REGULAR",
            "cities": [{"postalCode": pc, "name": name} for pc, name in cs.cities],
            "links": {"website": "https://www.uitpas.be"},
            "socialTariffInfo": f"[OEFEN] Kansentarief in {cs.name}: {cs.rule_nl}."}


def card_system_of_postal_code(postal_code: str) -> int | None:
    for cs in demo.CARD_SYSTEMS.values():
        if any(pc == postal_code for pc, _ in cs.cities):
            return cs.id
    return None


def organizer_by_id(org_id: str) -> demo.DemoOrganizer | None:
    return next((o for o in demo.ORGANIZERS.values() if o.id == org_id), None)


def organizer_json(org: demo.DemoOrganizer) -> dict[str, Any]:
    return {"id": org.id, "name": org.name,
            "cardSystems": [card_system_json(demo.CARD_SYSTEMS[org.card_system].id)],
            "address": {"street": org.street, "postalCode": org.postal_code, "city": org.city}}


def require_organizer(org_id: str) -> demo.DemoOrganizer:
    """403 for organizers the training client has no rights for, like the real platform."""
    org = organizer_by_id(org_id)
    if org is None:
        raise ApiError(404, "uitpas/organizer-not-found", "Organizer not found", f"Organizer {org_id} unknown.",
                       nl="Deze organisatie is niet gekend.")
    if not org.permitted:
        raise forbidden(f"Client has no permissions for organizer {org_id}.")
    return org


@dataclass(frozen=True)
class Event:
    id: str
    organizer_id: str
    name: str
    start: str
    end: str
    checkin_points: int
    ticket_limit: tuple[int, str] | None
    checkin_limit: tuple[int, str] | None
    card_system_ids: tuple[int, ...]
    prices: tuple[tuple[str, str, int], ...]


def get_event(conn: sqlite3.Connection, event_id: str, check_permission: bool = True) -> Event:
    row = conn.execute("SELECT * FROM events WHERE id = ?", (event_id or "",)).fetchone()
    if row is None:
        raise event_not_found(event_id)
    if check_permission:
        require_organizer(row["organizer_id"])
    return Event(row["id"], row["organizer_id"], row["name"], row["start"], row["end"], row["checkin_points"],
                 (row["ticket_limit_volume"], row["ticket_limit_period"]) if row["ticket_limit_volume"] else None,
                 (row["checkin_limit_volume"], row["checkin_limit_period"]) if row["checkin_limit_volume"] else None,
                 tuple(json.loads(row["card_system_ids"])), tuple(tuple(p) for p in json.loads(row["prices"])))


def all_events(conn: sqlite3.Connection) -> list[Event]:
    return [get_event(conn, r["id"], check_permission=False)
            for r in conn.execute("SELECT id FROM events ORDER BY start, id")]


# -- endpoints ----------------------------------------------------------------------------------

def list_card_systems(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    """A paginated collection {totalItems, member}, filtered like the real search: ``permanent``
    (default true; every demo card system is permanent), repeated ``postalCode`` and ``city``."""
    start, limit = req.paging()
    permanent = (req.q("permanent") or "true").lower() != "false"
    postal_codes, cities = set(req.qlist("postalCode")), {c.lower() for c in req.qlist("city")}
    for code in postal_codes:
        _check_postal_code(code)
    found = [cs for cs in demo.CARD_SYSTEMS.values() if permanent
             and (not postal_codes or any(pc in postal_codes for pc, _ in cs.cities))
             and (not cities or any(name.lower() in cities for _, name in cs.cities))]
    return json_response(page([card_system_json(cs.id) for cs in found[start:start + limit]], len(found)))


def get_card_system(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    cs_id = _cs_param(req)
    return json_response(card_system_json(cs_id))


def city_settings(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    """``city`` is a plain string (the city name in capitals, as the real platform answers)."""
    cs = demo.CARD_SYSTEMS_BY_ID[_cs_param(req)]
    wanted = req.qlist("postalCode")
    for code in wanted:
        _check_postal_code(code)
        if all(pc != code for pc, _ in cs.cities):
            raise ApiError(400, "uitpas/postal-code-not-in-card-system", "Postal code not in card system",
                           f"Postal code {code} is not part of card system {cs.id}.",
                           nl="Deze postcode hoort niet bij dit UiTPAS-gebied.")
    return json_response([{"city": name.upper(), "allowsCardlessRegistration": True,
                           "contactEmail": f"uitpas@{name.lower()}.oefen.invalid"}
                          for pc, name in cs.cities if not wanted or pc in wanted])


def _check_postal_code(code: str) -> None:
    if not (code.isdigit() and len(code) == 4):
        raise ApiError(400, "uitpas/invalid-postal-code", "Invalid postal code", f"{code!r} is not a postal code.",
                       nl="Deze postcode is ongeldig.")


def _cs_param(req: Request) -> int:
    raw = req.params.get("cs", "")
    if not raw.isdigit() or int(raw) not in demo.CARD_SYSTEMS_BY_ID:
        raise ApiError(404, "uitpas/cardsystem-not-found", "Card system not found", f"Card system {raw} unknown.",
                       nl="Dit UiTPAS-gebied is niet gekend.")
    return int(raw)


def list_organizers(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    start, limit = req.paging()
    name = (req.q("name") or "").lower()
    cs = req.q("cardSystemId")
    orgs = [o for o in demo.ORGANIZERS.values() if o.permitted and name in o.name.lower()
            and (cs is None or str(demo.CARD_SYSTEMS[o.card_system].id) == cs)]
    return json_response({"totalItems": len(orgs), "member": [organizer_json(o) for o in orgs[start:start + limit]]})


def get_organizer(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    return json_response(organizer_json(require_organizer(req.params["id"])))


def permissions(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    out = []
    for org in demo.ORGANIZERS.values():
        if not org.permitted:
            continue
        cs_ids = [cs.id for cs in demo.CARD_SYSTEMS.values()]
        out.append({"organizer": organizer_json(org), "permissions": list(PERMISSIONS),
                    "permissionDetails": [{"id": p, "label": {"nl": PERMISSION_LABELS_NL.get(p, p)},
                                           "cardSystemIds": cs_ids} for p in PERMISSIONS],
                    "linkedOrganizers": []})
    return json_response(out)


def event_settings(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    ev = get_event(conn, req.params["id"])
    body: dict[str, Any] = {"id": ev.id, "checkinPoints": ev.checkin_points}
    if ev.ticket_limit:
        body["passholderTicketLimit"] = {"volume": ev.ticket_limit[0], "periodType": ev.ticket_limit[1]}
    if ev.checkin_limit:
        body["checkinLimit"] = {"volume": ev.checkin_limit[0], "periodType": ev.checkin_limit[1]}
    return json_response(body)


def event_card_systems(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    ev = get_event(conn, req.params["id"])
    return json_response([{"id": cs.id, "name": cs.name, "enabled": cs.id in ev.card_system_ids,
                           "manualDistributionKeys": []} for cs in demo.CARD_SYSTEMS.values()])


def social_tariff_export(conn: sqlite3.Connection, now: datetime, req: Request,
                         reader: sqlite3.Connection) -> Response:
    """A plain JSON array, streamed in chunks from its own connection: 1,000,000 cards never sit in
    memory at once."""
    raw = req.params.get("cs", "")
    if not raw.isdigit() or int(raw) not in demo.CARD_SYSTEMS_BY_ID:
        reader.close()
        raise ApiError(400, "uitpas/cardsystem-not-found", "Card system not found", f"Card system {raw} unknown.",
                       nl="Dit UiTPAS-gebied is niet gekend.")
    return Response(200, content_type="application/json", stream=_export_rows(reader, int(raw)))


def _export_rows(reader: sqlite3.Connection, cs_id: int) -> Iterator[bytes]:
    try:
        first = True
        demo_rows = reader.execute(
            "SELECT c.uitpas_number, ph.kind, m.available_tickets FROM cards c"
            " JOIN memberships m ON m.passholder_id = c.passholder_id AND m.card_system_id = c.card_system_id"
            " JOIN passholders ph ON ph.id = c.passholder_id"
            " WHERE c.card_system_id = ? AND c.status = 'ACTIVE' AND m.status = 'ACTIVE'"
            " AND m.social_status = 'ACTIVE' ORDER BY c.uitpas_number", (cs_id,)).fetchall()
        parts = []
        for number, kind, tickets in demo_rows:
            item: dict[str, Any] = {"uitpasNumber": number, "cardType": "GROUP" if kind == "GROUP" else "REGULAR"}
            if kind == "GROUP":
                item["availableTickets"] = tickets or 0
            parts.append(json.dumps(item))
        yield ("[" + ",".join(parts)).encode()
        first = not parts
        last = 0
        while True:
            rows = reader.execute(
                "SELECT rowid, uitpas_number FROM bulk_social_cards WHERE rowid > ? AND card_system_id = ?"
                " ORDER BY rowid LIMIT ?", (last, cs_id, EXPORT_CHUNK_ROWS)).fetchall()
            if not rows:
                break
            last = rows[-1][0]
            chunk = ",".join(f'{{"uitpasNumber":"{r[1]}","cardType":"REGULAR"}}' for r in rows)
            yield (chunk if first else "," + chunk).encode()
            first = False
        yield b"]"
    finally:
        reader.close()
