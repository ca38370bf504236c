"""After sync, a price UiTPAS booked differently from what the counter charged becomes a
"Te behandelen" item (give back or collect), whichever way the confirmation arrived."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from balie.domain import BRUSSELS, Operator
from balie.privacy import RetentionPolicy, purge_personal_data
from balie.report import day_report, to_csv, to_text
from balie.store import Store
from balie.training import TrainingPlatform, demo
from tests.sync.test_worker_helpers import make_worker, sell

KANSEN = demo.PASSES["kansen_active"]  # UiTPAS Dender: 25 % of the pool's EUR 4.50 = EUR 1.10


def _until() -> datetime:
    return datetime.now(UTC) + timedelta(seconds=20)


def test_a_dender_holder_charged_the_gent_static_price_gets_the_difference_back(
        store: Store, platform: TrainingPlatform) -> None:
    sale = sell(store, "kansen_active", "pool_today", price_cents=150, provisional=True)
    same = sell(store, "other_region_kansen", "pool_today", price_cents=150, provisional=True)
    make_worker(store, platform).drain(until=_until())
    item = store.price_differences.of_sale(sale)
    assert item is not None and (item.charged_cents, item.booked_cents) == (150, 110)
    assert item.give_back_cents == 40 and item.collect_cents == 0
    assert item.uitpas_number == KANSEN.uitpas_number
    assert "Geef € 0,40 terug" in item.message_nl
    assert store.price_differences.of_sale(same) is None  # Gent holder: the static price was right
    report = day_report(store, item.sold_at.astimezone(BRUSSELS).date())
    assert report.paid_cents == 300 and report.to_give_back_cents == 40
    assert "Prijsverschillen met UiTPAS: terug te geven € 0,40" in to_text(report)
    assert KANSEN.uitpas_number not in to_text(report)  # the report names no pass holder
    assert ";PRIJSVERSCHIL;1;-0,40;" in to_csv(report)


def test_an_undercharge_asks_to_collect_and_is_found_after_a_lost_answer_too(
        store: Store, platform: TrainingPlatform) -> None:
    gent = "other_region_kansen"  # UiTPAS Gent at the Dender workshop: EUR 1.50, static EUR 3.80
    sale = sell(store, gent, "museum_weekly", price_cents=100, provisional=True)
    platform.set_faults(drop_next=1)  # the platform registers it, the answer never arrives
    report = make_worker(store, platform).drain(until=_until())
    assert report.reconciled == 1
    item = store.price_differences.of_sale(sale)
    assert item is not None and item.collect_cents == 50 and item.give_back_cents == 0
    assert "Vraag nog € 0,50" in item.message_nl


def test_a_settled_difference_leaves_the_list_and_is_forgotten_after_retention(
        store: Store, platform: TrainingPlatform) -> None:
    sale = sell(store, "kansen_active", "pool_today", price_cents=150, provisional=True)
    make_worker(store, platform).drain(until=_until())
    item = store.price_differences.of_sale(sale)
    assert item is not None and store.price_differences.open_items() == [item]
    boss = Operator("op-2", "Vera Verantwoordelijke")
    now = datetime.now(UTC)
    assert store.price_differences.settle(item.id, boss, "€ 0,40 teruggegeven", now)
    assert not store.price_differences.settle(item.id, boss, "nogmaals", now)
    assert store.price_differences.open_items() == []
    assert any(a.action == "price_difference.settle" for a in store.audit.lines(outbox_uuid=sale))
    purge_personal_data(store, now + timedelta(days=400), RetentionPolicy(timedelta(days=365)))
    assert store.price_differences.of_sale(sale) is None
