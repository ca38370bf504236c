"""A refusal whose answer was cut off on the way still reaches "Te behandelen" readably."""

from __future__ import annotations

from balie.domain import OutboxStatus
from balie.store import Store
from balie.training import TrainingPlatform
from tests.sync.test_worker_helpers import make_worker, sell


def test_cut_off_refusal_is_parked_with_the_status_and_the_raw_answer(
        store: Store, platform: TrainingPlatform) -> None:
    refused = sell(store, "kansen_expired", provisional=True)
    platform.set_faults(cut_refusal_next=1)
    report = make_worker(store, platform).drain()
    assert report.rejected == 1
    item = store.outbox.get(refused)
    assert item.status is OutboxStatus.NEEDS_ATTENTION
    detail = item.problem_detail or ""
    assert "HTTP 400 (Bad Request) zonder leesbare uitleg" in detail, detail
    assert '{"type": "https://api.publiq.be/probs/' in detail  # the raw start, for the helpdesk
    assert "about:blank:" not in detail
    assert platform.count_ticket_sales() == 0
