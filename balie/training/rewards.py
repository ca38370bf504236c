"""Rewards ("voordelen"): POINTS rewards cost points, WELCOME rewards cost nothing and can be
redeemed once; redeem-status explains refusals with the documented reason codes; cancelling a
redemption refunds the points."""

from __future__ import annotations

import secrets
import sqlite3
import uuid
from datetime import datetime, timedelta
from typing import Any

from balie.training import demo
from balie.training.catalog import card_system_json, organizer_json, require_organizer
from balie.training.clock import at_local, iso, local_day, parse, period_start
from balie.training.passes import Holder, resolve
from balie.training.problems import ApiError, invalid_data, missing_param
from balie.training.web import Request, Response, empty, json_response, page

#: reason -> (problem slug, Dutch message)
REASONS: dict[str, tuple[str, str]] = {
    "INVALID_CARD": ("uitpas/invalid-card", "Met deze pas kan je geen voordelen omruilen."),
    "PASSHOLDER_NO_ACTIVE_CARDSYSTEM": ("uitpas/passholder-no-active-cardsystems",
                                        "Deze pashouder heeft geen actief lidmaatschap."),
    "PASSHOLDER_APPLICABLE_CARDSYSTEMS": ("uitpas/reward-passholder-no-applicable-cardsystems",
                                          "Dit voordeel geldt niet in het UiTPAS-gebied van deze pashouder."),
    "REWARD_PERIOD": ("uitpas/reward-period-constraint",
                      "Dit voordeel kan nu niet omgeruild worden (buiten de periode)."),
    "REWARD_VOLUME": ("uitpas/reward-volume-constraint", "Dit voordeel is uitverkocht."),
    "PASSHOLDER_VOLUME": ("uitpas/reward-passholder-volume-constraint",
                          "Deze pashouder heeft dit voordeel al het maximum aantal keer omgeruild."),
    "PASSHOLDER_POINTS": ("uitpas/reward-passholder-points-constraint",
                          "Deze pashouder heeft niet genoeg punten voor dit voordeel."),
}


def reward_by_id(reward_id: str) -> demo.DemoReward:
    reward = next((r for r in demo.REWARDS.values() if r.id == reward_id), None)
    if reward is None:
        raise ApiError(404, "uitpas/reward-not-found", "Reward not found", f"Reward {reward_id} unknown.",
                       nl="Dit voordeel werd niet gevonden.")
    return reward


def redeem_window(conn: sqlite3.Connection, reward: demo.DemoReward) -> tuple[datetime, datetime]:
    seeded = parse(conn.execute("SELECT value FROM meta WHERE key = 'seeded_at'").fetchone()[0])
    day = local_day(seeded)
    return (at_local(day + timedelta(days=reward.redeem_days[0]), "00:00"),
            at_local(day + timedelta(days=reward.redeem_days[1]), "23:59"))


def units_taken(conn: sqlite3.Connection, reward: demo.DemoReward) -> int:
    return reward.units_taken + conn.execute("SELECT COUNT(*) FROM redemptions WHERE reward_id = ?",
                                             (reward.id,)).fetchone()[0]


def reward_json(conn: sqlite3.Connection, reward: demo.DemoReward) -> dict[str, Any]:
    begin, end = redeem_window(conn, reward)
    cs_ids = [demo.CARD_SYSTEMS[k].id for k in reward.card_systems]
    out: dict[str, Any] = {
        "id": reward.id, "title": reward.title, "type": reward.type, "points": reward.points,
        "promotionalDescription": f"[OEFEN] {reward.title}", "categories": list(reward.categories),
        "publicationPeriod": {"begin": iso(begin), "end": iso(end)},
        "grantingPeriod": {"begin": iso(begin), "end": iso(end)},
        "redeemPeriod": {"begin": iso(begin), "end": iso(end)},
        "owningCardSystem": card_system_json(cs_ids[0]),
        "applicableCardSystems": [card_system_json(c) for c in cs_ids], "allCardSystems": False,
        "organizers": [organizer_json(demo.ORGANIZERS[reward.organizer])], "status": "ACTIVE",
        "unitsTaken": units_taken(conn, reward), "online": False, "forKids": False, "sport": False,
        "featured": False, "lastChance": False}
    if reward.max_units is not None:
        out["maxAvailableUnits"] = reward.max_units
    if reward.redeem_constraint:
        out["redeemConstraint"] = {"volume": reward.redeem_constraint[0], "period": reward.redeem_constraint[1]}
    return out


def refusal(conn: sqlite3.Connection, now: datetime, holder: Holder, reward: demo.DemoReward) -> str | None:
    if holder.is_group:
        return "INVALID_CARD"
    active = [m.card_system_id for m in holder.memberships if m.status == "ACTIVE"]
    if not active:
        return "PASSHOLDER_NO_ACTIVE_CARDSYSTEM"
    if not {demo.CARD_SYSTEMS[k].id for k in reward.card_systems} & set(active):
        return "PASSHOLDER_APPLICABLE_CARDSYSTEMS"
    begin, end = redeem_window(conn, reward)
    if not begin <= now <= end:
        return "REWARD_PERIOD"
    if reward.max_units is not None and units_taken(conn, reward) >= reward.max_units:
        return "REWARD_VOLUME"
    if reward.redeem_constraint:
        volume, period = reward.redeem_constraint
        used = conn.execute("SELECT COUNT(*) FROM redemptions WHERE reward_id = ? AND passholder_id = ?"
                            " AND redeem_date >= ?",
                            (reward.id, holder.id, iso(period_start(now, period)))).fetchone()[0]
        if used >= volume:
            return "PASSHOLDER_VOLUME"
    if reward.type == "POINTS" and holder.points < reward.points:
        return "PASSHOLDER_POINTS"
    return None


def list_rewards(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    start, limit = req.paging()
    wanted = (req.q("type") or "POINTS").upper()
    orgs = req.qlist("organizerId")
    holder_id = req.q("isRedeemableByPassholderId")
    everything = (req.q("subset") or "").upper() == "ALL"
    items = []
    for reward in demo.REWARDS.values():
        if wanted != "ANY" and reward.type != wanted:
            continue
        if orgs and demo.ORGANIZERS[reward.organizer].id not in orgs:
            continue
        begin, end = redeem_window(conn, reward)
        if not everything and not begin <= now <= end:
            continue
        if holder_id:
            card = conn.execute("SELECT uitpas_number FROM cards WHERE passholder_id = ? AND status = 'ACTIVE'",
                                (holder_id,)).fetchone()
            if card is None or refusal(conn, now, resolve(conn, card[0]), reward) is not None:
                continue
        items.append(reward_json(conn, reward))
    return json_response(page(items[start:start + limit], len(items)))


def get_reward(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    return json_response(reward_json(conn, reward_by_id(req.params["id"])))


def redeem_status(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    reward = reward_by_id(req.params["id"])
    try:
        holder = resolve(conn, req.q("uitpasNumber"))
    except ApiError as err:
        if err.status == 404:
            raise
        return json_response({"redeemable": False, "reason": "INVALID_CARD", "message": REASONS["INVALID_CARD"][1]})
    reason = refusal(conn, now, holder, reward)
    if reason is None:
        return json_response({"redeemable": True})
    return json_response({"redeemable": False, "reason": reason, "message": REASONS[reason][1]})


def redeemed_json(conn: sqlite3.Connection, row: sqlite3.Row) -> dict[str, Any]:
    reward = reward_by_id(row["reward_id"])
    return {"id": row["id"], "reward": reward_json(conn, reward), "redeemDate": row["redeem_date"],
            "redeemCode": row["redeem_code"], "uitpasNumber": row["uitpas_number"],
            "redeemInfo": {"text": f"Overhandig het voordeel '{reward.title}' (oefening).", "label": "Voordeel"}}


def redeem(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    body = req.json()
    if not isinstance(body, dict):
        raise invalid_data("", "The body must be an object.")
    for name in ("rewardId", "uitpasNumber"):
        if not body.get(name):
            raise invalid_data(f"/{name}", f"{name} is required.")
    reward = reward_by_id(str(body["rewardId"]))
    require_organizer(demo.ORGANIZERS[reward.organizer].id)
    holder = resolve(conn, body["uitpasNumber"])
    reason = refusal(conn, now, holder, reward)
    if reason:
        slug, nl = REASONS[reason]
        raise ApiError(400, slug, "Reward cannot be redeemed", f"Refused: {reason}.", nl=nl, reason=reason)
    cost = reward.points if reward.type == "POINTS" else 0
    redemption_id = str(uuid.uuid4())
    conn.execute("INSERT INTO redemptions VALUES (?,?,?,?,?,?,?)",
                 (redemption_id, reward.id, holder.id, holder.uitpas_number, cost, iso(now),
                  secrets.token_hex(4).upper()))
    conn.execute("UPDATE passholders SET points = points - ? WHERE id = ?", (cost, holder.id))
    row = conn.execute("SELECT * FROM redemptions WHERE id = ?", (redemption_id,)).fetchone()
    return json_response(redeemed_json(conn, row), 201)


def list_redeemed(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    start, limit = req.paging()
    number, holder_id = req.q("uitpasNumber"), req.q("passholderId")
    if bool(number) == bool(holder_id):
        raise missing_param("uitpasNumber or passholderId (exactly one)")
    if holder_id and not req.qlist("organizerId"):
        raise missing_param("organizerId")
    if number:
        holder_id = resolve(conn, number).id
    rows = conn.execute("SELECT * FROM redemptions WHERE passholder_id = ? ORDER BY redeem_date DESC, rowid DESC",
                        (holder_id,)).fetchall()
    wanted = (req.q("rewardType") or "").upper()
    items = [redeemed_json(conn, r) for r in rows]
    if wanted in ("POINTS", "WELCOME"):
        items = [i for i in items if i["reward"]["type"] == wanted]
    return json_response(page(items[start:start + limit], len(items)))


def cancel(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    row = conn.execute("SELECT * FROM redemptions WHERE id = ?", (req.params["id"],)).fetchone()
    if row is None:
        raise ApiError(404, "uitpas/reward-not-found", "Redeemed reward not found",
                       "This redemption does not exist (or was already cancelled).",
                       nl="Deze omruiling bestaat niet (meer).")
    require_organizer(demo.ORGANIZERS[reward_by_id(row["reward_id"]).organizer].id)
    conn.execute("DELETE FROM redemptions WHERE id = ?", (row["id"],))
    conn.execute("UPDATE passholders SET points = points + ? WHERE id = ?", (row["points"], row["passholder_id"]))
    return empty(204)
