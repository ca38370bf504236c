"""The offline risk policy as an organizer configures it."""

from __future__ import annotations

from datetime import timedelta

import pytest

from balie.policy import OfflinePolicy, OrganizerPolicies, PolicyError, UncertainPrice


def test_defaults_warn_after_a_day_and_need_a_supervisor_after_a_week():
    policy = OfflinePolicy()
    assert policy.social_list_warn_after == timedelta(hours=24)
    assert policy.social_list_refuse_after == timedelta(days=7)


def test_config_values_are_read_in_the_unit_their_key_names():
    policy = OfflinePolicy.from_mapping(
        {
            "social_list_warn_hours": 12,
            "social_list_refuse_days": 2,
            "tariffs_answer_max_age_hours": 6,
            "checkin_margin_before_minutes": 30,
            "offline_points_rewards": False,
            "offline_reward_max_points": 5,
        }
    )
    assert policy.social_list_warn_after == timedelta(hours=12)
    assert policy.social_list_refuse_after == timedelta(days=2)
    assert policy.tariffs_answer_max_age == timedelta(hours=6)
    assert policy.checkin_margin_before == timedelta(minutes=30)
    assert policy.offline_points_rewards is False
    assert policy.offline_reward_max_points == 5


def test_a_misspelled_key_is_reported_in_dutch_instead_of_ignored():
    with pytest.raises(PolicyError) as raised:
        OfflinePolicy.from_mapping({"social_list_warn_hour": 12})
    assert "social_list_warn_hour" in raised.value.problem.message
    assert "geen gekende instelling" in raised.value.problem.message
    assert raised.value.problem.next_step


def test_a_word_where_a_number_belongs_is_refused():
    with pytest.raises(PolicyError, match="moet een getal zijn"):
        OfflinePolicy.from_mapping({"social_list_warn_hours": "24"})


def test_yes_no_settings_only_take_true_or_false():
    with pytest.raises(PolicyError, match="true of false"):
        OfflinePolicy.from_mapping({"offline_coupons": 1})


def test_refusing_sooner_than_warning_is_an_inconsistent_policy():
    with pytest.raises(PolicyError, match="waarschuwingstermijn"):
        OfflinePolicy.from_mapping({"social_list_warn_hours": 48, "social_list_refuse_days": 1})


def test_negative_durations_are_refused():
    with pytest.raises(PolicyError, match="negatief"):
        OfflinePolicy.from_mapping({"checkin_margin_after_minutes": -5})


def test_an_organizer_only_lists_what_differs_from_the_default():
    policies = OrganizerPolicies.from_mapping(
        {
            "default": {"social_list_warn_hours": 12},
            "organizers": {"museum": {"offline_social_tariff": False}},
        }
    )
    museum = policies.for_organizer("museum")
    assert museum.offline_social_tariff is False
    assert museum.social_list_warn_after == timedelta(hours=12)
    assert policies.for_organizer("zwembad") == policies.default
    assert policies.default.offline_social_tariff is True


def test_an_unknown_section_is_reported():
    with pytest.raises(PolicyError, match="sectie"):
        OrganizerPolicies.from_mapping({"organisers": {}})


def test_an_uncertain_offline_price_defaults_to_the_static_tariff_and_can_be_chosen():
    assert OfflinePolicy().uncertain_price is UncertainPrice.STATIC
    chosen = OfflinePolicy.from_mapping({"uncertain_price": "Supervisor"})
    assert chosen.uncertain_price is UncertainPrice.SUPERVISOR
    with pytest.raises(PolicyError) as err:
        OfflinePolicy.from_mapping({"uncertain_price": "gratis"})
    assert "static, regular, supervisor" in err.value.problem.message
