"""The counter's live reads: fast answers, or a quick 'decide offline', or the platform's words."""

from __future__ import annotations

import time

import pytest

from balie.domain import SocialTariffStatus
from balie.ports import PlatformRefusal, PlatformUnavailable
from balie.sync.port import ApiPlatformPort
from balie.training import TrainingPlatform, demo
from tests.sync.test_worker_helpers import make_client

KANSEN = demo.PASSES["kansen_active"]
MUSEUM = demo.EVENTS["museum_today"]


def _port(platform: TrainingPlatform) -> ApiPlatformPort:
    return ApiPlatformPort(make_client(platform, timeout=(5, 30)), timeout=(1.0, 0.5))


def test_lookup_by_chip_remembers_the_tapped_chip(platform: TrainingPlatform) -> None:
    snapshot = _port(platform).lookup_pass(KANSEN.chip_number)
    assert snapshot.uitpas_number == KANSEN.uitpas_number
    assert snapshot.chip_number == KANSEN.chip_number
    assert snapshot.social_tariff_status is SocialTariffStatus.ACTIVE


def test_tariffs_and_statuses_come_back_as_core_answers(platform: TrainingPlatform) -> None:
    port = _port(platform)
    answer = port.tariffs(event_id=MUSEUM.id, regular_price=1000, uitpas_number=KANSEN.uitpas_number)
    assert any(o.id == "SOCIALTARIFF" for o in answer.offers)
    assert port.static_tariffs(event_id=MUSEUM.id, regular_price=1000).offers
    assert port.checkin_status(event_id=MUSEUM.id, uitpas_number=KANSEN.uitpas_number).allowed
    reward = demo.REWARDS["points_small"]
    assert port.redeem_status(reward_id=reward.id,
                              uitpas_number=demo.PASSES["regular"].uitpas_number).redeemable


def test_refusal_carries_the_platform_end_user_message_verbatim(platform: TrainingPlatform) -> None:
    with pytest.raises(PlatformRefusal) as refused:
        _port(platform).tariffs(event_id=MUSEUM.id, regular_price=1000,
                                uitpas_number=demo.PASSES["kansen_expired"].uitpas_number)
    problem = refused.value.problem
    assert problem.platform_type and problem.end_user_message is not None
    assert problem.message == problem.end_user_message.nl


def test_slow_platform_means_decide_offline_within_the_short_timeout(
        platform: TrainingPlatform) -> None:
    # the answer would come after 8 s and succeed; the port's 0.5 s read timeout must cut it short
    platform.set_faults(latency_ms=8000, paths=["/passes"])
    started = time.monotonic()
    with pytest.raises(PlatformUnavailable):
        _port(platform).lookup_pass(KANSEN.uitpas_number)
    assert time.monotonic() - started < 6.0


def test_platform_down_means_decide_offline(platform: TrainingPlatform) -> None:
    platform.set_faults(refuse_connections=True)
    try:
        with pytest.raises(PlatformUnavailable):
            _port(platform).lookup_pass(KANSEN.uitpas_number)
    finally:
        platform.clear_faults()
