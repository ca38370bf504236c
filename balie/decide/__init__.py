"""The offline decision core: what the counter may offer, and why not, in Dutch.

Pure functions over frozen "facts" (no I/O, no clock: ``now`` is an input), so the counter's use
cases (:mod:`balie.counter`) gather facts from the platform or the store and screens show the
answer. One function per question a cashier has:

- :func:`decide_identification` — who is this pass (online, cached, or "type the printed number")?
- :func:`decide_sale` — which tariffs (regular price always; kansentarief, coupons)?
- :func:`decide_checkin` — may this pass save points at this event now?
- :func:`decide_reward` — may this reward be handed out now?
- :func:`compare_with_platform` — how does a provisional sale differ from the platform's verdict?

The pieces live in the submodules of this package, one idea each; import from here.
"""

from __future__ import annotations

from balie.decide.checkin import CheckinDecision, CheckinFacts, decide_checkin
from balie.decide.common import (
    REGULAR_TARIFF_ID,
    Notice,
    NoticeSource,
    Offer,
    Refusal,
    RefusalCode,
    period_start,
    regular_offer,
)
from balie.decide.compare import DifferenceKind, TariffDifference, compare_with_platform
from balie.decide.identify import (
    IdentificationDecision,
    IdentificationFacts,
    IdentificationOutcome,
    ParsedIdentifier,
    decide_identification,
    parse_identifier,
)
from balie.decide.reward import RewardDecision, RewardFacts, decide_reward, points_balance
from balie.decide.sale import SaleDecision, SaleFacts, SocialListHit, TariffsSeen, decide_sale
from balie.policy import OfflinePolicy, OrganizerPolicies, PolicyError

__all__ = [
    "REGULAR_TARIFF_ID",
    "CheckinDecision",
    "CheckinFacts",
    "DifferenceKind",
    "IdentificationDecision",
    "IdentificationFacts",
    "IdentificationOutcome",
    "Notice",
    "NoticeSource",
    "Offer",
    "OfflinePolicy",
    "OrganizerPolicies",
    "ParsedIdentifier",
    "PolicyError",
    "Refusal",
    "RefusalCode",
    "RewardDecision",
    "RewardFacts",
    "SaleDecision",
    "SaleFacts",
    "SocialListHit",
    "TariffDifference",
    "TariffsSeen",
    "compare_with_platform",
    "decide_checkin",
    "decide_identification",
    "decide_reward",
    "decide_sale",
    "parse_identifier",
    "period_start",
    "points_balance",
    "regular_offer",
]
