"""Passholders: search, read, registration on a LOCAL_STOCK card, full-replacement update,
memberships, membership prices and INSZ status (coupons: balie.training.coupons)."""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import date, datetime
from typing import Any

from balie.numbers import insz_check_ok, luhn_ok
from balie.training import demo
from balie.training.catalog import card_system_json, card_system_of_postal_code, require_organizer
from balie.training.clock import at_local, iso, local_day
from balie.training.problems import ApiError, invalid_data, passholder_not_found
from balie.training.tariffs import euro
from balie.training.web import Request, Response, empty, json_response, page

ADULT_AGE = 18
#: Stored registration extras a read may show. parentalConsent, legalTermsPaper and legalTermsDigital
#: are kept too but are write-only in the API: accepted on POST, never returned.
READABLE_EXTRA = ("optInPreferences", "nationality")


def _invalid_insz() -> ApiError:
    return ApiError(400, "uitpas/invalid-insz-number", "Invalid INSZ number", "INSZ fails the mod-97 check.",
                    nl="Dit rijksregisternummer is ongeldig.")


def _membership_json(conn: sqlite3.Connection, m: sqlite3.Row, holder_id: str, now_iso: str) -> dict[str, Any]:
    card = conn.execute("SELECT * FROM cards WHERE passholder_id = ? AND card_system_id = ?"
                        " ORDER BY status = 'ACTIVE' DESC, rowid DESC", (holder_id, m["card_system_id"])).fetchone()
    out: dict[str, Any] = {"cardSystem": card_system_json(m["card_system_id"]), "status": m["status"]}
    if card is not None:
        out["currentCard"] = {"uitpasNumber": card["uitpas_number"], "cardType": card["card_type"],
                              "status": card["status"]}
        if card["status"] == "ACTIVE":
            out["uitpasNumber"] = card["uitpas_number"]
    if m["social_status"] != "NONE":
        st: dict[str, Any] = {"status": m["social_status"]}
        if m["social_end_date"]:
            st["endDate"] = m["social_end_date"]
        st["inGracePeriod"] = (m["social_status"] == "ACTIVE" and bool(m["social_end_date"])
                               and m["social_end_date"] < now_iso)
        st["expired"] = m["social_status"] == "EXPIRED"
        out["socialTariff"] = st
    return out


def holder_json(conn: sqlite3.Connection, holder_id: str, now: datetime | None = None) -> dict[str, Any]:
    row = conn.execute("SELECT * FROM passholders WHERE id = ? AND kind = 'INDIVIDUAL'", (holder_id,)).fetchone()
    if row is None:
        raise passholder_not_found()
    ms = conn.execute("SELECT * FROM memberships WHERE passholder_id = ? ORDER BY card_system_id",
                      (holder_id,)).fetchall()
    now_iso = iso(now or datetime.now().astimezone())
    memberships = [_membership_json(conn, m, holder_id, now_iso) for m in ms]
    extra = json.loads(row["extra"])
    out: dict[str, Any] = {
        "id": row["id"], "name": row["name"], "firstName": row["first_name"], "points": row["points"],
        "creationDate": row["creation_date"], "dateOfBirth": row["date_of_birth"], "uitidStatus": "UNREGISTERED",
        # a field the holder has no value for is left out: the API never writes null for a string
        "address": {k: v for k, v in (("street", row["street"]), ("postalCode", row["postal_code"]),
                                      ("city", row["city"]), ("country", row["country"])) if v is not None},
        "postalCode": row["postal_code"], "city": row["city"], "cardSystemMemberships": memberships}
    number = next((m["uitpasNumber"] for m in memberships if m.get("uitpasNumber")), None)
    for key, value in (("inszNumber", row["insz"]), ("uitpasNumber", number), ("email", row["email"]),
                       ("phoneNumber", row["phone"]), ("gender", row["gender"])):
        if value:
            out[key] = value
    if row["registration_organizer_id"]:
        org = next((o for o in demo.ORGANIZERS.values() if o.id == row["registration_organizer_id"]), None)
        out["registrationOrganizer"] = {"id": row["registration_organizer_id"], "name": org.name if org else ""}
    out.update({k: v for k, v in extra.items() if k in READABLE_EXTRA})
    return out


def search(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    start, limit = req.paging()
    where, args = ["ph.kind = 'INDIVIDUAL'"], []
    if req.q("inszNumber"):
        where.append("ph.insz = ?")
        args.append(req.q("inszNumber"))
    if req.q("uitpasNumber"):
        where.append("ph.id IN (SELECT passholder_id FROM cards WHERE uitpas_number = ?)")
        args.append(req.q("uitpasNumber"))
    if req.q("chipNumber"):
        where.append("ph.id IN (SELECT passholder_id FROM cards WHERE chip_number = ?)")
        args.append((req.q("chipNumber") or "").upper())
    for param, column in (("name", "ph.name"), ("firstName", "ph.first_name"), ("email", "ph.email"),
                          ("address.city", "ph.city")):
        if req.q(param):
            where.append(f"{column} LIKE ?")
            args.append("%" + (req.q(param) or "").replace("*", "%") + "%")
    sql = " FROM passholders ph WHERE " + " AND ".join(where)
    total = conn.execute("SELECT COUNT(*)" + sql, args).fetchone()[0]
    order = "DESC" if (req.q("sort[name]") or "asc").lower() == "desc" else "ASC"
    ids = [r[0] for r in conn.execute(f"SELECT ph.id{sql} ORDER BY ph.name {order}, ph.first_name LIMIT ? OFFSET ?",
                                      [*args, limit, start])]
    return json_response(page([holder_json(conn, i, now) for i in ids], total))


def get_one(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    return json_response(holder_json(conn, req.params["id"], now))


def _age(dob: str, today: date) -> int:
    born = date.fromisoformat(dob)
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def default_social_end(now: datetime) -> str:
    """30 April of next year, 23:59 Brussels."""
    return iso(at_local(date(local_day(now).year + 1, 4, 30), "23:59"))


def _check_person(body: dict[str, Any], now: datetime) -> None:
    for name in ("name", "firstName", "dateOfBirth"):
        if not isinstance(body.get(name), str) or not body[name].strip():
            raise invalid_data(f"/{name}", f"{name} is required.")
    try:
        date.fromisoformat(body["dateOfBirth"])
    except ValueError:
        raise invalid_data("/dateOfBirth", "dateOfBirth must be yyyy-mm-dd.") from None
    address = body.get("address")
    if not isinstance(address, dict) or not address.get("postalCode") or not address.get("city"):
        raise invalid_data("/address", "address.postalCode and address.city are required.")
    if body.get("inszNumber") and not insz_check_ok(str(body["inszNumber"])):
        raise _invalid_insz()
    if _age(body["dateOfBirth"], local_day(now)) < ADULT_AGE and body.get("parentalConsent") is False:
        raise ApiError(400, "uitpas/forbidden-underaged", "Parental consent required",
                       "A minor needs parental consent.",
                       nl="Voor een minderjarige is toestemming van een ouder nodig.")


def register(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    body = req.json()
    if not isinstance(body, dict):
        raise invalid_data("", "The body must be an object.")
    _check_person(body, now)
    org_id = (body.get("registrationOrganizer") or {}).get("id")
    if not org_id:
        raise invalid_data("/registrationOrganizer/id", "registrationOrganizer.id is required.")
    require_organizer(org_id)
    cs_id = body.get("registrationCardSystemId")
    if cs_id not in demo.CARD_SYSTEMS_BY_ID:
        raise ApiError(400, "uitpas/cardsystem-not-found", "Card system not found", f"Card system {cs_id} unknown.",
                       nl="Dit UiTPAS-gebied is niet gekend.")
    card_type = body.get("registrationCardType")
    if card_type not in ("NFC_CARD", "DIGITAL"):
        raise invalid_data("/registrationCardType", "registrationCardType must be NFC_CARD or DIGITAL.")
    insz = body.get("inszNumber")
    if insz and conn.execute("SELECT 1 FROM passholders WHERE insz = ?", (insz,)).fetchone():
        raise ApiError(400, "uitpas/insz-already-used", "INSZ already used", "A passholder with this INSZ exists.",
                       nl="Er bestaat al een pashouder met dit rijksregisternummer. Zoek de pashouder op.")
    social_flag = 0
    number = None
    if card_type == "NFC_CARD":
        number = body.get("registrationUitpasNumber")
        if not isinstance(number, str) or len(number) != 13 or not number.isdigit() or not luhn_ok(number):
            raise ApiError(400, "uitpas/invalid-uitpas-number", "Invalid UiTPAS number",
                           "registrationUitpasNumber is not a valid UiTPAS number.",
                           nl="Dit kaartnummer is ongeldig.")
        card = conn.execute("SELECT * FROM cards WHERE uitpas_number = ?", (number,)).fetchone()
        if card is None or card["card_system_id"] != cs_id:
            raise ApiError(400, "uitpas/invalid-card", "Invalid card", "Card unknown in this card system.",
                           nl="Deze kaart hoort niet bij dit UiTPAS-gebied.")
        if card["status"] != "LOCAL_STOCK":
            raise ApiError(400, "uitpas/invalid-card-status", "Invalid card status",
                           f"Card status is {card['status']}, LOCAL_STOCK required.",
                           nl="Deze kaart is al in gebruik. Neem een nieuwe kaart uit de voorraad.",
                           cardStatus=card["status"])
        social_flag = card["social_flag"]
    holder_id = str(uuid.uuid4())
    address = body["address"]
    extra = {k: body[k] for k in ("optInPreferences", "nationality", "parentalConsent", "legalTermsPaper",
                                  "legalTermsDigital") if k in body}
    conn.execute(
        "INSERT INTO passholders (id, kind, first_name, name, insz, date_of_birth, street, postal_code, city, country,"
        " email, phone, gender, points, creation_date, registration_organizer_id, extra)"
        " VALUES (?, 'INDIVIDUAL', ?,?,?,?,?,?,?,?,?,?,?,0,?,?,?)",
        (holder_id, body["firstName"], body["name"], insz or None, body["dateOfBirth"], address.get("street"),
         address["postalCode"], address["city"], address.get("country", "be"), body.get("email"),
         body.get("phoneNumber"), body.get("gender"), iso(now), org_id, json.dumps(extra)))
    social_end = body.get("registrationSocialTariffEndDate") or (default_social_end(now) if social_flag else None)
    conn.execute("INSERT INTO memberships (passholder_id, card_system_id, social_status, social_end_date)"
                 " VALUES (?,?,?,?)", (holder_id, cs_id, "ACTIVE" if social_flag else "NONE", social_end))
    if number:
        conn.execute("UPDATE cards SET status = 'ACTIVE', passholder_id = ? WHERE uitpas_number = ?",
                     (holder_id, number))
    else:
        from balie.training.bulk import digital_number
        conn.execute("INSERT INTO cards (uitpas_number, card_system_id, status, card_type, social_flag, passholder_id)"
                     " VALUES (?,?, 'ACTIVE', 'DIGITAL', 0, ?)", (digital_number(conn, cs_id), cs_id, holder_id))
    return json_response(holder_json(conn, holder_id, now), 200)


def update(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    """Full replacement, like the real API: omitted optional fields are cleared."""
    holder_id = req.params["id"]
    holder_json(conn, holder_id)
    body = req.json()
    if not isinstance(body, dict):
        raise invalid_data("", "The body must be an object.")
    _check_person(body, now)
    insz = body.get("inszNumber")
    if insz and conn.execute("SELECT 1 FROM passholders WHERE insz = ? AND id != ?", (insz, holder_id)).fetchone():
        raise ApiError(400, "uitpas/insz-already-used", "INSZ already used", "Another passholder has this INSZ.",
                       nl="Een andere pashouder heeft dit rijksregisternummer al.")
    address = body["address"]
    conn.execute("UPDATE passholders SET first_name=?, name=?, insz=?, date_of_birth=?, street=?, postal_code=?,"
                 " city=?, country=?, email=?, phone=?, gender=? WHERE id = ?",
                 (body["firstName"], body["name"], insz or None, body["dateOfBirth"], address.get("street"),
                  address["postalCode"], address["city"], address.get("country", "be"), body.get("email"),
                  body.get("phoneNumber"), body.get("gender"), holder_id))
    if body.get("registrationSocialTariffEndDate"):
        end = body["registrationSocialTariffEndDate"]
        end_iso = iso(at_local(date.fromisoformat(end[:10]), "23:59"))
        conn.execute("UPDATE memberships SET social_status = 'ACTIVE', social_end_date = ? WHERE passholder_id = ?"
                     " AND social_status != 'NONE'", (end_iso, holder_id))
    return empty(204)


def membership_preview(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    holder_json(conn, req.params["id"])
    cs_id = int(req.params["cs"]) if req.params["cs"].isdigit() else -1
    if cs_id not in demo.CARD_SYSTEMS_BY_ID:
        raise ApiError(404, "uitpas/cardsystem-not-found", "Card system not found", "Unknown card system.")
    existing = conn.execute("SELECT * FROM memberships WHERE passholder_id = ? AND card_system_id = ?",
                            (req.params["id"], cs_id)).fetchone()
    social = (req.q("socialTariff") or "false").lower() == "true"
    row = conn.execute("SELECT postal_code FROM passholders WHERE id = ?", (req.params["id"],)).fetchone()
    kind = "REPLACE_MEMBERSHIP" if existing else "NEW_MEMBERSHIP"
    out: dict[str, Any] = {"type": kind, "addressChangeRequired":
                           social and card_system_of_postal_code(row["postal_code"]) != cs_id}
    if social:
        out["socialTariffEndDate"] = default_social_end(now)[:10]
    return json_response(out)


def membership_create(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    holder_id = req.params["id"]
    holder_json(conn, holder_id)
    body = req.json()
    cs_id = int(req.params["cs"]) if req.params["cs"].isdigit() else -1
    if cs_id not in demo.CARD_SYSTEMS_BY_ID:
        raise ApiError(404, "uitpas/cardsystem-not-found", "Card system not found", "Unknown card system.")
    if not isinstance(body, dict) or body.get("cardType") not in ("NFC_CARD", "DIGITAL"):
        raise invalid_data("/cardType", "cardType must be NFC_CARD or DIGITAL.")
    require_organizer((body.get("registrationOrganizer") or {}).get("id", ""))
    social = body.get("socialTariff")
    end = (social or {}).get("socialTariffEndDate")
    end_iso = (iso(at_local(date.fromisoformat(end[:10]), "23:59")) if end
               else (default_social_end(now) if social else None))
    conn.execute("INSERT INTO memberships (passholder_id, card_system_id, social_status, social_end_date)"
                 " VALUES (?,?,?,?) ON CONFLICT(passholder_id, card_system_id) DO UPDATE SET"
                 " social_status=excluded.social_status, social_end_date=excluded.social_end_date, status='ACTIVE'",
                 (holder_id, cs_id, "ACTIVE" if social else "NONE", end_iso))
    number = body.get("uitpasNumber")
    if body["cardType"] == "NFC_CARD":
        card = conn.execute("SELECT * FROM cards WHERE uitpas_number = ?", (number or "",)).fetchone()
        if card is None or card["status"] != "LOCAL_STOCK" or card["card_system_id"] != cs_id:
            raise ApiError(400, "uitpas/invalid-card-status", "Invalid card",
                           "Card must be LOCAL_STOCK in this system.",
                           nl="Deze kaart kan niet gebruikt worden.", cardStatus=card["status"] if card else None)
        conn.execute("UPDATE cards SET status = 'DELETED' WHERE passholder_id = ? AND card_system_id = ?"
                     " AND status = 'ACTIVE'", (holder_id, cs_id))
        conn.execute("UPDATE cards SET status = 'ACTIVE', passholder_id = ? WHERE uitpas_number = ?",
                     (holder_id, number))
    return empty(201)


def price_for(cs_id: int, postal_code: str, age: int, social: bool) -> dict[str, Any]:
    inhabitant = card_system_of_postal_code(postal_code) == cs_id
    if social:
        cents, label = 100, "UiTPAS Kansenpas"
    elif age < ADULT_AGE:
        cents, label = (0, "Inwoner -18") if inhabitant else (200, "Niet-inwoner -18")
    else:
        cents, label = (500, "Inwoner +18") if inhabitant else (700, "Niet-inwoner +18")
    return {"price": euro(cents), "label": label, "description": f"[OEFEN] Prijs voor een UiTPAS: {label}"}


def membership_price_new(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    cs_id = int(req.params["cs"]) if req.params["cs"].isdigit() else -1
    if cs_id not in demo.CARD_SYSTEMS_BY_ID:
        raise ApiError(404, "uitpas/cardsystem-not-found", "Card system not found", "Unknown card system.")
    postal, dob = req.q("postalCode") or "", req.q("dateOfBirth") or ""
    if not (postal.isdigit() and len(postal) == 4):
        raise ApiError(400, "uitpas/invalid-postal-code", "Invalid postal code", "postalCode must be 4 digits.",
                       nl="Deze postcode is ongeldig.")
    try:
        age = _age(dob, local_day(now))
    except ValueError:
        raise ApiError(400, "url/query-parameter-invalid", "Invalid dateOfBirth",
                       "dateOfBirth must be yyyy-mm-dd.") from None
    return json_response(price_for(cs_id, postal, age, (req.q("socialTariff") or "").lower() == "true"))


def membership_price_existing(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    holder = holder_json(conn, req.params["id"])
    cs_id = int(req.params["cs"]) if req.params["cs"].isdigit() else -1
    if cs_id not in demo.CARD_SYSTEMS_BY_ID:
        raise ApiError(404, "uitpas/cardsystem-not-found", "Card system not found", "Unknown card system.")
    return json_response(price_for(cs_id, holder["address"]["postalCode"], _age(holder["dateOfBirth"], local_day(now)),
                                   (req.q("socialTariff") or "").lower() == "true"))


def membership_price_list(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    cs_id = int(req.params["cs"]) if req.params["cs"].isdigit() else -1
    if cs_id not in demo.CARD_SYSTEMS_BY_ID:
        raise ApiError(404, "uitpas/cardsystem-not-found", "Card system not found", "Unknown card system.")
    inside = demo.CARD_SYSTEMS_BY_ID[cs_id].cities[0][0]
    return json_response([price_for(cs_id, inside, 30, False), price_for(cs_id, inside, 10, False),
                          price_for(cs_id, "0000", 30, False), price_for(cs_id, "0000", 10, False),
                          price_for(cs_id, inside, 30, True)])


def insz_status(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    insz = req.params["insz"]
    if not insz_check_ok(insz):
        raise _invalid_insz()
    used = conn.execute("SELECT 1 FROM passholders WHERE insz = ?", (insz,)).fetchone()
    return json_response({"state": "USED" if used else "UNUSED"})

