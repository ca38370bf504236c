"""Check-ins (points): only inside the event's window (plus a margin), once per day per event,
within EventSettings.checkinLimit, never for group passes. Cancelling takes the points back."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import datetime, timedelta
from typing import Any

from balie.training.catalog import Event, get_event, require_organizer
from balie.training.clock import at_local, iso, local_day, parse, period_start
from balie.training.passes import Holder, resolve
from balie.training.problems import ApiError, invalid_data, missing_param
from balie.training.web import Request, Response, empty, json_response, page

#: How long before the start and after the end of an event a check-in is still accepted: 30 minutes.
#: The real platform only says "some margin" (NOTES §19); this is the one place the training
#: platform sets it, and balie.policy's default check-in margins mirror it.
CHECKIN_MARGIN = timedelta(minutes=30)


def refusal(conn: sqlite3.Connection, now: datetime, holder: Holder, event: Event) -> str | None:
    """Why this check-in is not allowed now (Dutch, for the cashier), or None."""
    if holder.is_group:
        return "Met een groepspas kan je niet inchecken."
    if now < parse(event.start) - CHECKIN_MARGIN:
        return "Inchecken kan nog niet: de activiteit is nog niet begonnen."
    if now > parse(event.end) + CHECKIN_MARGIN:
        return "Inchecken kan niet meer: de activiteit is voorbij."
    day_start = at_local(local_day(now), "00:00")
    if conn.execute("SELECT 1 FROM checkins WHERE passholder_id = ? AND event_id = ? AND creation_date >= ?",
                    (holder.id, event.id, iso(day_start))).fetchone():
        return "Deze pashouder is vandaag al ingecheckt voor deze activiteit."
    if event.checkin_limit:
        volume, period = event.checkin_limit
        used = conn.execute("SELECT COUNT(*) FROM checkins WHERE passholder_id = ? AND event_id = ?"
                            " AND creation_date >= ?",
                            (holder.id, event.id, iso(period_start(now, period)))).fetchone()[0]
        if used >= volume:
            return "Deze pashouder heeft het maximum aantal check-ins voor deze activiteit bereikt."
    return None


def checkin_json(row: sqlite3.Row | dict[str, Any], event_name: str) -> dict[str, Any]:
    return {"id": row["id"], "creationDate": row["creation_date"], "eventId": row["event_id"],
            "eventTitle": event_name, "uitpasNumber": row["uitpas_number"], "points": row["points"]}


def checkin(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    body = req.json()
    if not isinstance(body, dict):
        raise invalid_data("", "The body must be an object.")
    for name in ("uitpasNumber", "eventId"):
        if not body.get(name):
            raise invalid_data(f"/{name}", f"{name} is required.")
    event = get_event(conn, body["eventId"])
    holder = resolve(conn, body["uitpasNumber"])
    reason = refusal(conn, now, holder, event)
    if reason:
        slug = "uitpas/invalid-card" if holder.is_group else "uitpas/checkin-not-allowed"
        raise ApiError(400, slug, "Check-in not allowed", reason, nl=reason)
    row = {"id": str(uuid.uuid4()), "creation_date": iso(now), "event_id": event.id,
           "uitpas_number": holder.uitpas_number, "points": event.checkin_points}
    conn.execute("INSERT INTO checkins VALUES (?,?,?,?,?,?)",
                 (row["id"], holder.id, holder.uitpas_number, event.id, event.checkin_points, row["creation_date"]))
    conn.execute("UPDATE passholders SET points = points + ? WHERE id = ?", (event.checkin_points, holder.id))
    return json_response(checkin_json(row, event.name), 201)


def status(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    event = get_event(conn, req.q("eventId") or "")
    holder = resolve(conn, req.q("uitpasNumber"))
    reason = refusal(conn, now, holder, event)
    return json_response({"allowed": True} if reason is None else {"allowed": False, "endUserMessage": {"nl": reason}})


def search(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    start, limit = req.paging()
    holder_id, orgs = req.q("passholderId"), req.qlist("organizerId")
    if not holder_id:
        raise missing_param("passholderId")
    if not orgs:
        raise missing_param("organizerId")
    for org in orgs:
        require_organizer(org)
    sql = (" FROM checkins c JOIN events e ON e.id = c.event_id WHERE c.passholder_id = ?"
           f" AND e.organizer_id IN ({','.join('?' * len(orgs))})")
    args: list[Any] = [holder_id, *orgs]
    if req.q("eventTitle"):
        sql += " AND e.name LIKE ?"
        args.append(f"%{req.q('eventTitle')}%")
    total = conn.execute("SELECT COUNT(*)" + sql, args).fetchone()[0]
    rows = conn.execute("SELECT c.*, e.name AS event_name" + sql + " ORDER BY c.creation_date DESC, c.rowid DESC"
                        " LIMIT ? OFFSET ?", [*args, limit, start]).fetchall()
    return json_response(page([checkin_json(r, r["event_name"]) for r in rows], total))


def cancel(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    row = conn.execute("SELECT * FROM checkins WHERE id = ?", (req.params["id"],)).fetchone()
    if row is None:
        raise ApiError(404, "uitpas/checkin-not-found", "Check-in not found",
                       "This check-in does not exist (or was already cancelled).",
                       nl="Deze check-in bestaat niet (meer).")
    get_event(conn, row["event_id"])
    conn.execute("DELETE FROM checkins WHERE id = ?", (row["id"],))
    conn.execute("UPDATE passholders SET points = MAX(points - ?, 0) WHERE id = ?",
                 (row["points"], row["passholder_id"]))
    return empty(204)
