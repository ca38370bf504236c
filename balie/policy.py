"""The offline risk policy: how far an organizer lets the counter go on when UiTPAS is unreachable.

Offline, every kansentarief, coupon, check-in or reward is a bet that the platform will agree later.
publiq says integrators must not compute tariffs, so the counter only re-uses the platform's own
answers fetched ahead of time; this policy says how old those answers may be and which bets are
allowed at all. Organizers differ (a swimming pool with hundreds of kansentarief visits a day accepts
older lists than a museum selling expensive tickets), hence one policy per organizer with defaults.

The config layer reads a plain mapping (TOML/JSON) through :meth:`OfflinePolicy.from_mapping`; a
wrong key or value raises :class:`PolicyError` carrying a Dutch :class:`~balie.domain.Problem`, so a
typo in a config file is reported instead of silently falling back to a default.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import timedelta

from balie.domain import Problem


class PolicyError(ValueError):
    """A policy setting in the configuration is wrong; ``problem`` says which and how to fix it."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


# Config key -> (field name, unit). Durations are written with their unit in the key so a config
# file reads unambiguously ("social_list_warn_hours = 24").
_DURATION_KEYS: dict[str, tuple[str, timedelta]] = {
    "social_list_warn_hours": ("social_list_warn_after", timedelta(hours=1)),
    "social_list_refuse_days": ("social_list_refuse_after", timedelta(days=1)),
    "tariffs_answer_max_age_hours": ("tariffs_answer_max_age", timedelta(hours=1)),
    "static_tariffs_max_age_days": ("static_tariffs_max_age", timedelta(days=1)),
    "checkin_margin_before_minutes": ("checkin_margin_before", timedelta(minutes=1)),
    "checkin_margin_after_minutes": ("checkin_margin_after", timedelta(minutes=1)),
    "kansenstatuut_expiry_warning_days": ("kansenstatuut_expiry_warning", timedelta(days=1)),
}
_BOOL_KEYS = (
    "offline_social_tariff",
    "offline_coupons",
    "offline_checkins",
    "offline_points_rewards",
    "offline_welcome_rewards",
)
_INT_KEYS = ("offline_reward_max_points",)


class UncertainPrice(enum.StrEnum):
    """What the counter charges offline when the kansentarief price of this holder is not known
    for sure: the holder belongs to another card system than the organizer's region (or the
    counter does not know which), and no ``GET /tariffs`` answer for this pass is cached. The
    static tariff is only the price for a holder of the organizer's region; the difference is
    settled after sync ("Te behandelen")."""

    STATIC = "static"  # charge the static kansentarief, provisional (default)
    REGULAR = "regular"  # charge the regular price, registered as kansentarief; refund afterwards
    SUPERVISOR = "supervisor"  # the static kansentarief only after a supervisor confirms


_CHOICE_KEYS: dict[str, type[enum.StrEnum]] = {"uncertain_price": UncertainPrice}

#: Every key ``from_mapping`` understands, by kind; balie.config validates files against these.
DURATION_KEYS: tuple[str, ...] = tuple(_DURATION_KEYS)
BOOL_KEYS: tuple[str, ...] = _BOOL_KEYS
INT_KEYS: tuple[str, ...] = _INT_KEYS
CHOICE_KEYS: tuple[str, ...] = tuple(_CHOICE_KEYS)


@dataclass(frozen=True)
class OfflinePolicy:
    """What the counter may decide on its own while offline, and when it must warn.

    ``social_list_warn_after``: the cached social-tariff list (or other proof of kansenstatuut) is
    older than this -> kansentarief is still offered, with a warning.
    ``social_list_refuse_after``: older than this -> kansentarief only with a supervisor override,
    which the counter records.
    ``tariffs_answer_max_age`` / ``static_tariffs_max_age``: cached ``GET /tariffs`` (per pass) and
    ``GET /tariffs/static`` (per event and price) answers older than this are not used for prices.
    ``checkin_margin_*``: how long before the event's start and after its end a check-in is allowed
    (the platform allows "some margin"; keep this equal to what it accepts, or check-ins queued
    offline will be refused at sync).
    ``kansenstatuut_expiry_warning``: warn the cashier when kansenstatuut ends within this period.
    ``uncertain_price``: see :class:`UncertainPrice`; the cashier is told before the sale either way.
    """

    social_list_warn_after: timedelta = timedelta(hours=24)
    social_list_refuse_after: timedelta = timedelta(days=7)
    tariffs_answer_max_age: timedelta = timedelta(hours=24)
    static_tariffs_max_age: timedelta = timedelta(days=30)
    offline_social_tariff: bool = True
    offline_coupons: bool = True
    offline_checkins: bool = True
    offline_points_rewards: bool = True
    offline_reward_max_points: int = 20
    offline_welcome_rewards: bool = True
    # 30 minutes: no wider than what the training platform accepts, so that a check-in allowed
    # offline is not refused at sync; the real platform's margin is undocumented (NOTES §19).
    checkin_margin_before: timedelta = timedelta(minutes=30)
    checkin_margin_after: timedelta = timedelta(minutes=30)
    kansenstatuut_expiry_warning: timedelta = timedelta(days=30)
    uncertain_price: UncertainPrice = UncertainPrice.STATIC

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, timedelta) and value < timedelta(0):
                raise PolicyError(_problem(f.name, "mag niet negatief zijn"))
        if self.social_list_refuse_after < self.social_list_warn_after:
            raise PolicyError(
                _problem(
                    "social_list_refuse_days",
                    "moet minstens zo lang zijn als de waarschuwingstermijn (social_list_warn_hours)",
                )
            )
        if self.offline_reward_max_points < 0:
            raise PolicyError(_problem("offline_reward_max_points", "mag niet negatief zijn"))

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, object], base: OfflinePolicy | None = None) -> OfflinePolicy:
        """Build a policy from config values, starting from ``base`` (default: the defaults).

        Keys: ``social_list_warn_hours``, ``social_list_refuse_days``, ``tariffs_answer_max_age_hours``,
        ``static_tariffs_max_age_days``, ``checkin_margin_before_minutes``,
        ``checkin_margin_after_minutes``, ``kansenstatuut_expiry_warning_days`` (numbers);
        ``offline_social_tariff``, ``offline_coupons``, ``offline_checkins``,
        ``offline_points_rewards``, ``offline_welcome_rewards`` (true/false);
        ``offline_reward_max_points`` (whole number); ``uncertain_price`` (static, regular or
        supervisor). Unknown keys are an error, not ignored.
        """
        changes: dict[str, object] = {}
        for key, value in mapping.items():
            if key in _DURATION_KEYS:
                name, unit = _DURATION_KEYS[key]
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    raise PolicyError(_problem(key, "moet een getal zijn"))
                changes[name] = unit * value
            elif key in _BOOL_KEYS:
                if not isinstance(value, bool):
                    raise PolicyError(_problem(key, "moet true of false zijn"))
                changes[key] = value
            elif key in _INT_KEYS:
                if isinstance(value, bool) or not isinstance(value, int):
                    raise PolicyError(_problem(key, "moet een geheel getal zijn"))
                changes[key] = value
            elif key in _CHOICE_KEYS:
                choices = _CHOICE_KEYS[key]
                try:
                    changes[key] = choices(str(value).strip().lower())
                except ValueError:
                    allowed = ", ".join(c.value for c in choices)
                    raise PolicyError(_problem(key, f"moet een van deze waarden zijn: {allowed}")) from None
            else:
                raise PolicyError(_problem(str(key), "is geen gekende instelling"))
        return replace(base or cls(), **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class OrganizerPolicies:
    """The default policy plus per-organizer overrides (keyed by UiTPAS organizer id)."""

    default: OfflinePolicy = field(default_factory=OfflinePolicy)
    per_organizer: Mapping[str, OfflinePolicy] = field(default_factory=dict)

    def for_organizer(self, organizer_id: str) -> OfflinePolicy:
        return self.per_organizer.get(organizer_id, self.default)

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, object]) -> OrganizerPolicies:
        """``{"default": {...}, "organizers": {"<organizer id>": {...}}}``; an organizer's settings
        are applied on top of the default section, so it only lists what differs."""
        unknown = set(mapping) - {"default", "organizers"}
        if unknown:
            raise PolicyError(_problem(sorted(unknown)[0], "is geen gekende sectie"))
        default_section = mapping.get("default", {})
        organizers = mapping.get("organizers", {})
        if not isinstance(default_section, Mapping) or not isinstance(organizers, Mapping):
            raise PolicyError(_problem("default/organizers", "moet een tabel met instellingen zijn"))
        default = OfflinePolicy.from_mapping(default_section)
        per: dict[str, OfflinePolicy] = {}
        for organizer_id, section in organizers.items():
            if not isinstance(section, Mapping):
                raise PolicyError(_problem(str(organizer_id), "moet een tabel met instellingen zijn"))
            per[str(organizer_id)] = OfflinePolicy.from_mapping(section, base=default)
        return cls(default=default, per_organizer=per)


def _problem(key: str, what: str) -> Problem:
    return Problem(
        code="POLICY_INVALID",
        message=f"Offlinebeleid: '{key}' {what}.",
        next_step="Pas de instelling aan in het configuratiebestand en start balie opnieuw.",
    )
