"""Identifying passes: GET /passes, /cards, /grouppasses, and the card/holder resolution every
other rule module starts from."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from balie.numbers import luhn_ok
from balie.training.catalog import card_system_json
from balie.training.clock import iso
from balie.training.problems import ApiError, invalid_uitpas_number, passholder_not_found
from balie.training.web import Request, Response, json_response

_HEX = re.compile(r"^[0-9A-Fa-f]{8,20}$")


@dataclass(frozen=True)
class Membership:
    card_system_id: int
    status: str
    social_status: str
    social_end_date: str | None
    available_tickets: int | None
    total_tickets: int | None


@dataclass(frozen=True)
class Holder:
    id: str
    kind: str  # INDIVIDUAL | GROUP
    first_name: str
    name: str
    points: int
    postal_code: str
    uitpas_number: str  # the card used for this call
    card_system_id: int  # of that card
    memberships: tuple[Membership, ...]

    @property
    def is_group(self) -> bool:
        return self.kind == "GROUP"

    def membership(self, cs_id: int) -> Membership | None:
        return next((m for m in self.memberships if m.card_system_id == cs_id), None)

    def active_social(self) -> list[Membership]:
        return [m for m in self.memberships if m.status == "ACTIVE" and m.social_status == "ACTIVE"]


def check_number(number: Any) -> str:
    if not isinstance(number, str) or not number.isdigit() or len(number) != 13 or not luhn_ok(number):
        raise invalid_uitpas_number(str(number))
    return number


def load_holder(conn: sqlite3.Connection, holder_id: str, number: str, cs_id: int) -> Holder:
    row = conn.execute("SELECT * FROM passholders WHERE id = ?", (holder_id,)).fetchone()
    ms = tuple(Membership(m["card_system_id"], m["status"], m["social_status"], m["social_end_date"],
                          m["available_tickets"], m["total_tickets"])
               for m in conn.execute("SELECT * FROM memberships WHERE passholder_id = ? ORDER BY card_system_id",
                                     (holder_id,)))
    return Holder(row["id"], row["kind"], row["first_name"], row["name"], row["points"], row["postal_code"],
                  number, cs_id, ms)


def card_status_error(card: sqlite3.Row) -> ApiError:
    kind = None
    if card["passholder_id"]:
        kind = "GROUP" if _holder_kind(card) == "GROUP" else "INDIVIDUAL"
    nl = {"BLOCKED": "Deze kaart is geblokkeerd. Vraag de pashouder om contact op te nemen met de UiTPAS-balie.",
          "DELETED": "Deze kaart is niet meer geldig (vervangen of verloren). Vraag naar de nieuwe kaart.",
          "LOCAL_STOCK": "Deze kaart is nog niet geregistreerd. Registreer eerst een pashouder.",
          "PROVISIONED": "Deze kaart is nog niet in gebruik."}.get(card["status"], "Deze kaart is niet actief.")
    ext: dict[str, Any] = {"cardStatus": card["status"]}
    if card["passholder_id"]:
        ext["passholderId"] = card["passholder_id"]
        ext["passType"] = kind
    return ApiError(400, "uitpas/invalid-card-status", "Invalid card status",
                    f"Card status is {card['status']}.", nl=nl, **ext)


def _holder_kind(card: sqlite3.Row) -> str:
    return card["kind"] if "kind" in card.keys() else "INDIVIDUAL"


def card_row(conn: sqlite3.Connection, column: str, value: str) -> sqlite3.Row | None:
    return conn.execute(
        f"SELECT c.*, ph.kind FROM cards c LEFT JOIN passholders ph ON ph.id = c.passholder_id"
        f" WHERE c.{column} = ?", (value,)).fetchone()


def resolve(conn: sqlite3.Connection, number: Any) -> Holder:
    """The active holder behind an UiTPAS number, or the problem the real API would answer."""
    number = check_number(number)
    card = card_row(conn, "uitpas_number", number)
    if card is None or (card["passholder_id"] is None and card["status"] == "ACTIVE"):
        raise passholder_not_found()
    if card["status"] != "ACTIVE":
        raise card_status_error(card)
    return load_holder(conn, card["passholder_id"], number, card["card_system_id"])


def social_json(m: Membership | None) -> dict[str, Any]:
    if m is None or m.social_status == "NONE":
        return {"status": "NONE"}
    out: dict[str, Any] = {"status": "EXPIRED" if m.social_status == "EXPIRED" else m.social_status}
    if m.social_end_date:
        out["endDate"] = m.social_end_date
    return out


def pass_json(h: Holder, now: datetime) -> dict[str, Any]:
    m = h.membership(h.card_system_id)
    social = social_json(m)
    if social["status"] == "SUSPENDED":
        social["status"] = "EXPIRED"
    messages = []
    if social["status"] == "EXPIRED":
        messages.append({"level": "WARN", "text": "Je kansentarief is verlopen. Vraag aan de UiTPAS-balie "
                                                  "hoe je het kan verlengen."})
    elif social["status"] == "ACTIVE" and m and m.social_end_date and m.social_end_date < iso(now):
        messages.append({"level": "INFO", "text": "Je kansentarief is verlopen maar je zit in de overgangsperiode: "
                                                  "je hebt nog recht op kansentarief. Verleng het tijdig."})
    out: dict[str, Any] = {
           "passholderId": h.id, "passType": "GROUP" if h.is_group else "INDIVIDUAL", "uitpasNumber": h.uitpas_number,
           "firstName": h.first_name, "points": 0 if h.is_group else h.points, "postalCode": h.postal_code,
           "cardSystem": card_system_json(h.card_system_id), "socialTariff": social}
    if messages:
        out["messages"] = messages
    return out


def get_pass(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    raw = (req.q("identifier") or "").strip().replace(" ", "")
    if raw.isdigit() and len(raw) == 13:
        card = card_row(conn, "uitpas_number", check_number(raw))
    elif raw.isdigit() and len(raw) == 11:
        holder = conn.execute("SELECT id FROM passholders WHERE insz = ?", (raw,)).fetchone()
        card = None if holder is None else conn.execute(
            "SELECT c.*, ph.kind FROM cards c JOIN passholders ph ON ph.id = c.passholder_id WHERE c.passholder_id = ?"
            " ORDER BY c.status = 'ACTIVE' DESC, c.uitpas_number DESC LIMIT 1", (holder["id"],)).fetchone()
    elif _HEX.match(raw) and len(raw) % 2 == 0:
        card = card_row(conn, "chip_number", raw.upper())
    else:
        raise ApiError(400, "url/query-parameter-invalid", "Invalid identifier",
                       "identifier must be an UiTPAS number, chip number or INSZ number.",
                       nl="Dit is geen UiTPAS-nummer, chipnummer of rijksregisternummer.")
    if card is None or card["passholder_id"] is None and card["status"] == "ACTIVE":
        raise ApiError(404, "uitpas/pass-not-found", "Pass not found", "No pass for this identifier.",
                       nl="Deze pas werd niet gevonden.")
    if card["status"] != "ACTIVE":
        raise card_status_error(card)
    return json_response(pass_json(load_holder(conn, card["passholder_id"], card["uitpas_number"],
                                               card["card_system_id"]), now))


def get_card(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    number, chip = req.q("uitpasNumber"), req.q("chipNumber")
    if number:
        card = card_row(conn, "uitpas_number", check_number(number))
    elif chip:
        card = card_row(conn, "chip_number", chip.strip().upper())
    else:
        raise ApiError(400, "url/query-parameter-invalid", "Missing parameter",
                       "uitpasNumber or chipNumber is required.")
    if card is None:
        raise ApiError(404, "uitpas/card-not-found", "Card not found", "No card with this number.",
                       nl="Deze kaart is niet gekend.")
    return json_response({"uitpasNumber": card["uitpas_number"], "chipNumber": card["chip_number"],
                          "cardSystem": card_system_json(card["card_system_id"]), "cardType": card["card_type"],
                          "status": card["status"], "socialTariff": bool(card["social_flag"])})


def grouppass_json(conn: sqlite3.Connection, holder_id: str) -> dict[str, Any]:
    row = conn.execute("SELECT * FROM passholders WHERE id = ? AND kind = 'GROUP'", (holder_id,)).fetchone()
    if row is None:
        raise ApiError(404, "uitpas/passholder-not-found", "Group pass not found", "No group pass with this id.",
                       nl="Deze groepspas werd niet gevonden.")
    card = conn.execute("SELECT * FROM cards WHERE passholder_id = ? ORDER BY status = 'ACTIVE' DESC",
                        (holder_id,)).fetchone()
    m = conn.execute("SELECT * FROM memberships WHERE passholder_id = ?", (holder_id,)).fetchone()
    social: dict[str, Any] = {"status": m["social_status"] if m["social_status"] != "NONE" else "EXPIRED"}
    if m["social_end_date"]:
        social["endDate"] = m["social_end_date"]
    social.update(totalTicketsPerYear=m["total_tickets"] or 0, availableTickets=m["available_tickets"] or 0)
    return {"id": row["id"], "uitpasNumber": card["uitpas_number"], "name": row["name"],
            "cardStatus": card["status"], "creationDate": row["creation_date"], "socialTariff": social,
            "cardSystem": card_system_json(card["card_system_id"]),
            "address": {"street": row["street"], "postalCode": row["postal_code"], "city": row["city"]}}


def list_grouppasses(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    number, chip = req.q("uitpasNumber"), req.q("chipNumber")
    if not number and not chip:
        raise ApiError(400, "url/query-parameter-invalid", "Missing parameter",
                       "uitpasNumber or chipNumber is required.")
    card = card_row(conn, "uitpas_number", number) if number else card_row(conn, "chip_number", (chip or "").upper())
    members = [grouppass_json(conn, card["passholder_id"])] if card is not None and card["kind"] == "GROUP" else []
    return json_response({"totalItems": len(members), "member": members})


def get_grouppass(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    return json_response(grouppass_json(conn, req.params["id"]))
