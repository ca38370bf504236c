"""Granted coupons of a passholder or a group pass (GET /passholders/{id}/coupons and
GET /grouppasses/{id}/coupons): both answer the same bare array of GrantedCoupon, so one listing
serves both and only the "who is this" check differs."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import Any

from balie.training.clock import iso, period_start
from balie.training.passes import grouppass_json
from balie.training.passholders import holder_json
from balie.training.web import Request, Response, json_response


def granted_coupons(conn: sqlite3.Connection, now: datetime, holder_id: str, req: Request) -> list[dict[str, Any]]:
    """Filtered by ``status`` (ACTIVE default, EXPIRED, ALL) and ``organizerId``; ``remaining``
    counts the ticket sales made with the coupon in its current period."""
    wanted = (req.q("status") or "ACTIVE").upper()
    org = req.q("organizerId")
    out = []
    for c in conn.execute("SELECT * FROM coupons WHERE passholder_id = ? ORDER BY id", (holder_id,)):
        if org and c["organizer_id"] != org:
            continue
        status = "ACTIVE" if c["begin"] <= iso(now) <= c["end"] else "EXPIRED"
        if wanted != "ALL" and status != wanted:
            continue
        used = conn.execute("SELECT COUNT(*) FROM ticket_sales WHERE coupon_id = ? AND creation_date >= ?",
                            (c["id"], iso(period_start(now, c["period"])))).fetchone()[0]
        out.append({"id": c["id"], "coupon": {"id": str(c["id"]), "name": c["name"], "description": c["description"]},
                    "validityPeriod": {"begin": c["begin"], "end": c["end"]}, "status": status,
                    "remaining": {"volume": max(c["volume"] - used, 0), "period": c["period"]}})
    return out


def passholder_coupons(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    holder_json(conn, req.params["id"])  # 404 passholder-not-found
    return json_response(granted_coupons(conn, now, req.params["id"], req))


def grouppass_coupons(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    grouppass_json(conn, req.params["id"])  # 404 for an unknown id or an individual passholder
    return json_response(granted_coupons(conn, now, req.params["id"], req))
