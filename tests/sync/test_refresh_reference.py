"""Reference data refresh against the training platform: complete, atomic, streamed, resilient."""

from __future__ import annotations

import threading

from balie.store import Store
from balie.sync.refresh import Refresher, RefreshPlan
from balie.sync.status import Phase, Progress
from balie.training import TrainingPlatform, demo
from tests.sync.test_worker_helpers import make_client, make_worker

MUSEUM = demo.ORGANIZERS["museum"]
KANSEN = demo.PASSES["kansen_active"]


def _refresher(store: Store, platform: TrainingPlatform) -> Refresher:
    return Refresher(store, make_client(platform, timeout=(1.0, 10.0)), RefreshPlan(
        organizer_ids=(MUSEUM.id,), search_url=platform.search_url))


def test_refresh_fills_events_prices_rewards_and_kansentarief_list(
        store: Store, platform: TrainingPlatform) -> None:
    seen: list[Progress] = []
    report = _refresher(store, platform)(seen.append)
    assert report.ok, report.failures
    event = store.reference.event(demo.EVENTS["museum_today"].id)
    assert event is not None and event.card_system_ids == (demo.CARD_SYSTEMS["dender"].id,)
    assert report.static_tariffs >= 1
    base = event.price_categories[0].price
    cached = store.reference.static_tariffs(event.id, base)
    assert cached is not None and any(o.id == "SOCIALTARIFF" for o in cached.offers)
    assert store.reference.rewards()
    assert store.reference.card_systems()
    dender = demo.CARD_SYSTEMS["dender"].id
    assert store.reference.social_tariff_lookup(KANSEN.uitpas_number, dender)
    assert not store.reference.social_tariff_lookup(demo.PASSES["regular"].uitpas_number, dender)
    assert any(p.phase is Phase.REFRESH and p.label.startswith("Kansentarieflijst") for p in seen)


def test_counter_sees_the_old_list_or_the_new_one_never_half(
        store: Store, platform: TrainingPlatform) -> None:
    refresher = _refresher(store, platform)
    assert refresher().ok
    dender = demo.CARD_SYSTEMS["dender"].id
    old = {i.card_system_id: i.row_count for i in store.reference.social_tariff_lists()}[dender]
    platform.add_social_tariff_cards(dender, 30_000)
    observed: set[int] = set()
    done = threading.Event()

    def watch() -> None:
        # pause between looks like a counter does; a spinning watcher would starve the writer
        while not done.wait(0.0005):
            for info in store.reference.social_tariff_lists():
                if info.card_system_id == dender:
                    observed.add(info.row_count)

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        report = refresher()
    finally:
        done.set()
        watcher.join()
    assert report.ok
    assert observed and observed <= {old, old + 30_000}
    assert store.reference.social_tariff_lookup(KANSEN.uitpas_number, dender)


def test_platform_down_keeps_the_old_data_and_says_so(
        store: Store, platform: TrainingPlatform) -> None:
    refresher = _refresher(store, platform)
    refresher()
    platform.set_faults(refuse_connections=True)
    try:
        report = refresher()
    finally:
        platform.clear_faults()
    assert not report.reachable and not report.ok and report.failures
    dender = demo.CARD_SYSTEMS["dender"].id
    assert store.reference.social_tariff_lookup(KANSEN.uitpas_number, dender)
    assert store.reference.event(demo.EVENTS["museum_today"].id) is not None


def test_refresh_now_runs_in_the_worker_thread_and_reports_back(
        store: Store, platform: TrainingPlatform) -> None:
    reports = []
    done = threading.Event()
    worker = make_worker(store, platform, refresher=_refresher(store, platform),
                         on_refresh=lambda r: (reports.append(r), done.set()))
    worker.start()
    try:
        assert done.wait(20)
    finally:
        worker.stop()
    assert reports[0].ok and reports[0].events >= 1
