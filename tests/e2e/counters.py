"""One store's counter twice: online against the training platform, and with the link down; the
kansentarief offer of a decision, and the sync that delivers what they queued."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from balie.counter import Counter
from balie.decide import Offer, SaleDecision
from balie.domain import TariffType
from balie.policy import OfflinePolicy
from balie.store import Store
from balie.sync.port import ApiPlatformPort
from balie.sync.refresh import Refresher, RefreshPlan
from balie.sync.worker import SyncWorker
from balie.training import TrainingPlatform, demo
from tests.sync.test_worker_helpers import FAST, OPERATOR, make_client


def online_and_offline(store: Store, platform: TrainingPlatform) -> tuple[Counter, Counter]:
    """The same counter online (reference data refreshed as at start) and with the link down."""
    client = make_client(platform, timeout=(2.0, 10.0))
    organizers = tuple(o.id for o in demo.ORGANIZERS.values() if o.permitted)
    report = Refresher(store, client, RefreshPlan(organizer_ids=organizers,
                                                  search_url=platform.search_url))()
    assert report.ok, report.failures
    online = Counter(store, ApiPlatformPort(client, timeout=(2.0, 10.0)), OfflinePolicy(), OPERATOR)
    return online, Counter(store, None, OfflinePolicy(), OPERATOR)


def social_offer(decision: SaleDecision) -> Offer | None:
    """The decision's kansentarief offer, if it has one."""
    return next((o for o in decision.discounts if o.type is TariffType.SOCIALTARIFF), None)


def sync_all(store: Store, platform: TrainingPlatform) -> None:
    """Deliver everything queued; a transient failure on a loaded machine is retried."""
    worker = SyncWorker(store, make_client(platform, timeout=(2.0, 10.0)), policy=FAST)
    worker.drain(until=datetime.now(UTC) + timedelta(seconds=30))
