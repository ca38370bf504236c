"""Check-ins (window, once a day, points) and rewards (points, welcome, refusals, refunds)."""

from __future__ import annotations

from datetime import timedelta

from balie.training import TrainingPlatform
from balie.training.checkins import CHECKIN_MARGIN
from balie.training.demo import EVENTS, ORGANIZERS, PASSES, REWARDS
from tests.training.conftest import Api, problem_type


def test_checkin_adds_the_events_points(api: Api, platform: TrainingPlatform) -> None:
    response = api.checkin("regular", "pool_today")
    assert response.status_code == 201
    body = response.json()
    assert body["points"] == 2 and body["eventId"] == EVENTS["pool_today"].id and len(body["id"]) == 36
    assert platform.points(PASSES["regular"].uitpas_number) == 32


def test_checkin_is_allowed_once_per_day_per_event(api: Api, platform: TrainingPlatform) -> None:
    assert api.checkin("regular", "pool_today").status_code == 201
    second = api.checkin("regular", "pool_today")
    assert second.status_code == 400 and problem_type(second) == "uitpas/checkin-not-allowed"
    assert "vandaag al" in second.json()["endUserMessage"]["nl"]
    platform.set_clock(platform.clock.now() + timedelta(days=1))
    assert api.checkin("regular", "pool_today").status_code == 201


def test_checkin_outside_the_window_is_refused_with_reason(api: Api) -> None:
    closed = api.checkin("regular", "museum_closed_today")
    assert problem_type(closed) == "uitpas/checkin-not-allowed" and "voorbij" in closed.json()["endUserMessage"]["nl"]
    early = api.checkin("regular", "youth_upcoming")
    assert "nog niet" in early.json()["endUserMessage"]["nl"]


def test_checkin_margin_around_the_window(api: Api, platform: TrainingPlatform) -> None:
    start, _ = platform.event_window("youth_upcoming")
    platform.set_clock(start - timedelta(minutes=20))
    assert api.checkin("regular", "youth_upcoming").status_code == 201


def test_checkin_margin_is_thirty_minutes_on_both_sides(api: Api, platform: TrainingPlatform) -> None:
    assert CHECKIN_MARGIN == timedelta(minutes=30)
    start, end = platform.event_window("youth_upcoming")
    platform.set_clock(start - CHECKIN_MARGIN - timedelta(minutes=1))
    assert "nog niet" in api.checkin("regular", "youth_upcoming").json()["endUserMessage"]["nl"]
    platform.set_clock(end + CHECKIN_MARGIN - timedelta(minutes=1))
    assert api.checkin("regular", "youth_upcoming").status_code == 201
    platform.set_clock(end + CHECKIN_MARGIN + timedelta(minutes=1))
    assert "voorbij" in api.checkin("few_points", "youth_upcoming").json()["endUserMessage"]["nl"]


def test_checkin_status_mirrors_the_rules(api: Api) -> None:
    params = {"uitpasNumber": PASSES["regular"].uitpas_number, "eventId": EVENTS["pool_today"].id}
    assert api.get("/checkin-status", **params).json() == {"allowed": True}
    api.checkin("regular", "pool_today")
    status = api.get("/checkin-status", **params).json()
    assert status["allowed"] is False and status["endUserMessage"]["nl"]


def test_group_pass_cannot_check_in(api: Api, platform: TrainingPlatform) -> None:
    response = api.checkin("group", "pool_today")
    assert response.status_code == 400 and response.json()["endUserMessage"]["nl"]
    assert platform.count_checkins() == 0


def test_cancelled_checkin_takes_the_points_back_and_lists_newest_first(api: Api, platform: TrainingPlatform) -> None:
    first = api.checkin("regular", "pool_today").json()
    second = api.checkin("regular", "museum_today").json()
    listed = api.get("/checkins", passholderId=PASSES["regular"].passholder_id,
                     organizerId=[ORGANIZERS["pool"].id, ORGANIZERS["museum"].id]).json()
    assert [c["id"] for c in listed["member"]] == [second["id"], first["id"]]
    assert api.delete(f"/checkins/{first['id']}").status_code == 204
    assert platform.points(PASSES["regular"].uitpas_number) == 31
    assert api.delete(f"/checkins/{first['id']}").status_code == 404


def _redeem(api: Api, reward: str, pass_key: str):
    return api.post("/rewards/redeemed", {"rewardId": REWARDS[reward].id,
                                          "uitpasNumber": PASSES[pass_key].uitpas_number})


def test_points_reward_deducts_points_and_cancel_refunds(api: Api, platform: TrainingPlatform) -> None:
    response = _redeem(api, "points_big", "regular")
    assert response.status_code == 201
    body = response.json()
    assert body["reward"]["id"] == REWARDS["points_big"].id and body["redeemDate"] and body["id"]
    assert platform.points(PASSES["regular"].uitpas_number) == 10
    assert api.delete(f"/rewards/redeemed/{body['id']}").status_code == 204
    assert platform.points(PASSES["regular"].uitpas_number) == 30


def test_not_enough_points_is_explained_before_and_refused_on_redeem(api: Api) -> None:
    status = api.get(f"/rewards/{REWARDS['points_small'].id}/redeem-status",
                     uitpasNumber=PASSES["few_points"].uitpas_number).json()
    assert status == {"redeemable": False, "reason": "PASSHOLDER_POINTS", "message": status["message"]}
    response = _redeem(api, "points_small", "few_points")
    assert problem_type(response) == "uitpas/reward-passholder-points-constraint"


def test_welcome_reward_costs_nothing_and_only_once(api: Api, platform: TrainingPlatform) -> None:
    assert _redeem(api, "welcome", "few_points").status_code == 201
    assert platform.points(PASSES["few_points"].uitpas_number) == 2
    again = _redeem(api, "welcome", "few_points")
    assert problem_type(again) == "uitpas/reward-passholder-volume-constraint"


def test_redeem_status_reasons(api: Api) -> None:
    def reason(reward: str, pass_key: str) -> str | None:
        return api.get(f"/rewards/{REWARDS[reward].id}/redeem-status",
                       uitpasNumber=PASSES[pass_key].uitpas_number).json().get("reason")
    assert reason("points_small", "regular") is None
    assert reason("expired", "regular") == "REWARD_PERIOD"
    assert reason("sold_out", "regular") == "REWARD_VOLUME"
    assert reason("gent_only", "regular") == "PASSHOLDER_APPLICABLE_CARDSYSTEMS"
    assert reason("points_small", "group") == "INVALID_CARD"


def test_group_pass_cannot_redeem(api: Api, platform: TrainingPlatform) -> None:
    assert _redeem(api, "points_small", "group").status_code == 400
    assert platform.count_redeemed_rewards() == 0


def test_rewards_list_defaults_to_points_and_any_includes_welcome(api: Api) -> None:
    points = api.get("/rewards").json()
    assert {r["type"] for r in points["member"]} == {"POINTS"}
    everything = api.get("/rewards", type="ANY").json()
    assert any(r["type"] == "WELCOME" for r in everything["member"])
    redeemable = api.get("/rewards", type="ANY", isRedeemableByPassholderId=PASSES["few_points"].passholder_id)
    assert {r["id"] for r in redeemable.json()["member"]} == {REWARDS["welcome"].id}
    assert api.get("/rewards/999999").status_code == 404


def test_redeemed_history_by_uitpas_number(api: Api) -> None:
    _redeem(api, "points_small", "regular")
    history = api.get("/rewards/redeemed", uitpasNumber=PASSES["regular"].uitpas_number).json()
    assert history["totalItems"] == 1 and history["member"][0]["reward"]["id"] == REWARDS["points_small"].id
