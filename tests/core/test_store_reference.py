"""Reference data and caches the counter decides from offline."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from balie.domain import EndUserMessage, SocialTariffStatus, TariffOffer, TariffType
from balie.store import Store
from balie.store.reference import SocialTariffCardRow
from tests.fixtures.store import Demo, uitpas_number

NOW = datetime(2026, 6, 10, 13, 0, tzinfo=UTC)


def _rows(start: int, n: int):
    for i in range(start, start + n):
        yield SocialTariffCardRow(uitpas_number(i, True))


def test_social_tariff_list_is_streamed_in_chunks_with_progress(store: Store):
    seen: list[int] = []
    count = store.reference.replace_social_tariff_cards(1, _rows(0, 2500), NOW,
                                                        progress=seen.append, chunk_size=1000)
    assert count == 2500 and seen == [1000, 2000, 2500]
    hit = store.reference.social_tariff_lookup(uitpas_number(1234, True))
    assert [(h.card_system_id, h.card_type, h.list_fetched_at) for h in hit] == [(1, "REGULAR", NOW)]
    assert store.reference.social_tariff_lookup(uitpas_number(9999, True)) == []
    [info] = store.reference.social_tariff_lists()
    assert (info.card_system_id, info.row_count, info.fetched_at) == (1, 2500, NOW)


def test_new_list_replaces_the_old_one_and_group_rows_keep_their_tickets(store: Store):
    store.reference.replace_social_tariff_cards(1, _rows(0, 10), NOW)
    later = NOW + timedelta(days=1)
    group = uitpas_number(500, True)
    store.reference.replace_social_tariff_cards(
        1, [SocialTariffCardRow(group, "GROUP", 10), SocialTariffCardRow(uitpas_number(3, True))],
        later)
    assert store.reference.social_tariff_lookup(uitpas_number(1, True)) == []  # dropped
    [hit] = store.reference.social_tariff_lookup(group)
    assert (hit.card_type, hit.available_tickets, hit.list_fetched_at) == ("GROUP", 10, later)


def test_readers_see_the_old_list_or_the_new_one_never_half(store: Store):
    """While a 30,000-row list streams in, every lookup of a number that is in both lists finds
    it, and the count of lists with rows never reports the half-loaded snapshot."""
    store.reference.replace_social_tariff_cards(1, _rows(0, 30_000), NOW)
    probe = uitpas_number(29_999, True)
    misses: list[int] = []
    probes: list[int] = []
    stop = threading.Event()

    def reader() -> None:
        # a short pause per probe, as a counter does between customers: a reader spinning on the
        # GIL would starve the writer's per-row executemany (each row re-takes the GIL)
        while not stop.wait(0.0005):
            hits = store.reference.social_tariff_lookup(probe)
            probes.append(1)
            if len(hits) != 1:
                misses.append(len(hits))
            for info in store.reference.social_tariff_lists():
                if info.row_count not in (30_000,):
                    misses.append(info.row_count)

    t = threading.Thread(target=reader)
    t.start()
    try:
        store.reference.replace_social_tariff_cards(1, _rows(0, 30_000), NOW + timedelta(hours=1),
                                                    chunk_size=3000)
    finally:
        stop.set()
        t.join()
    assert misses == []
    assert len(probes) >= 5  # the reader really looked while the new list streamed in


def test_interrupted_download_leaves_the_current_list_in_place(store: Store):
    store.reference.replace_social_tariff_cards(1, _rows(0, 100), NOW)

    def broken():
        yield from _rows(1000, 50)
        raise ConnectionError("download cut")

    try:
        store.reference.replace_social_tariff_cards(1, broken(), NOW, chunk_size=10)
    except ConnectionError:
        pass
    assert store.reference.social_tariff_lists()[0].row_count == 100
    assert store.reference.social_tariff_lookup(uitpas_number(5, True))
    assert store.reference.social_tariff_lookup(uitpas_number(1001, True)) == []
    # the next full download clears the abandoned staging rows
    store.reference.replace_social_tariff_cards(1, _rows(0, 5), NOW)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM social_tariff_cards").scalar() == 5


def test_a_number_listed_twice_counts_once_even_across_chunks(store: Store):
    rows = [*_rows(0, 7), SocialTariffCardRow(uitpas_number(2, True)), *_rows(5, 4)]
    count = store.reference.replace_social_tariff_cards(1, rows, NOW, chunk_size=3)
    assert count == 9  # 0..8, numbers 2, 5 and 6 listed twice
    [info] = store.reference.social_tariff_lists()
    assert info.row_count == 9


def test_replacing_a_big_list_in_chunks_leaves_no_row_of_the_old_one(store: Store):
    store.reference.replace_social_tariff_cards(1, _rows(0, 2_345), NOW, chunk_size=500)
    store.reference.replace_social_tariff_cards(2, _rows(0, 3), NOW)  # another card system stays
    store.reference.replace_social_tariff_cards(1, _rows(10_000, 1_001), NOW, chunk_size=500)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM social_tariff_cards").scalar() == 1_004
        assert conn.exec_driver_sql("SELECT count(*) FROM social_tariff_snapshots").scalar() == 2
    assert [h.card_system_id for h in store.reference.social_tariff_lookup(
        uitpas_number(1, True))] == [2]
    assert [h.card_system_id for h in store.reference.social_tariff_lookup(
        uitpas_number(10_500, True))] == [1]


def test_lookup_by_number_uses_the_primary_key_not_a_scan(store: Store):
    store.reference.replace_social_tariff_cards(1, _rows(0, 10), NOW)
    with store.engine.connect() as conn:
        plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT c.card_type FROM social_tariff_current cur "
            "JOIN social_tariff_cards c ON c.snapshot_id = cur.snapshot_id "
            "WHERE c.uitpas_number = '0900000000011'"))
    assert "SEARCH c USING PRIMARY KEY" in plan


def test_tariff_answers_are_cached_with_their_fetch_time(store: Store):
    offers = [TariffOffer("SOCIALTARIFF", "Kansentarief", 200, TariffType.SOCIALTARIFF, 1),
              TariffOffer("COUPON_1079", "Gratis", 0, TariffType.COUPON, 1)]
    store.reference.save_pass_tariffs("0900000067513", "ev-1", 1000, offers,
                                      EndUserMessage("Nog 1 ticket deze maand."), NOW)
    cached = store.reference.pass_tariffs("0900000067513", "ev-1", 1000)
    assert cached.offers == tuple(offers) and cached.fetched_at == NOW
    assert cached.end_user_message.nl == "Nog 1 ticket deze maand."
    assert store.reference.pass_tariffs("0900000067513", "ev-1", 700) is None
    store.reference.save_static_tariffs("ev-1", 1000, offers[:1], None, NOW)
    assert store.reference.static_tariffs("ev-1", 1000).offers == tuple(offers[:1])


def test_an_older_tariff_answer_written_late_does_not_replace_a_newer_one(store: Store):
    """The counter writes answers off the tap's path: two answers for one pass may land in
    either order, and the one asked last must stay (a stale kansentarief would be sold offline)."""
    newer = [TariffOffer("SOCIALTARIFF", "Kansentarief", 200, TariffType.SOCIALTARIFF, 1)]
    older = [TariffOffer("SOCIALTARIFF", "Kansentarief", 200, TariffType.SOCIALTARIFF, 2)]
    later = NOW + timedelta(seconds=30)
    store.reference.save_pass_tariffs("0900000067513", "ev-1", 1000, newer, None, later)
    store.reference.save_pass_tariffs("0900000067513", "ev-1", 1000, older, None, NOW)
    cached = store.reference.pass_tariffs("0900000067513", "ev-1", 1000)
    assert cached.offers == tuple(newer) and cached.fetched_at == later
    store.reference.save_pass_tariffs("0900000067513", "ev-1", 1000, older, None,
                                      later + timedelta(seconds=1))
    assert store.reference.pass_tariffs("0900000067513", "ev-1", 1000).offers == tuple(older)


def test_an_older_pass_answer_written_late_does_not_replace_a_newer_one(store: Store, demo: Demo):
    newer = demo.pass_snapshot(demo.kansen_number, points=12,
                               fetched_at=NOW + timedelta(seconds=30))
    older = demo.pass_snapshot(demo.kansen_number, points=10, fetched_at=NOW)
    store.passes.remember(newer, NOW + timedelta(seconds=30))
    store.passes.remember(older, NOW + timedelta(seconds=31))
    assert store.passes.get(demo.kansen_number) == newer, "the points read last stay"


def test_events_and_rewards_come_back_as_domain_values(store: Store, demo: Demo):
    assert store.reference.event(demo.event.id) == demo.event
    assert store.reference.reward(demo.reward.id) == demo.reward
    assert store.reference.card_system(1) == demo.card_system


def test_passes_seen_and_chip_pairs_are_remembered(store: Store, demo: Demo):
    snap = demo.pass_snapshot(demo.kansen_number, status=SocialTariffStatus.ACTIVE,
                              chip="04A1B2C3D4E5F6")
    store.passes.remember(snap, NOW)
    assert store.passes.get(demo.kansen_number) == snap
    assert store.passes.by_passholder(snap.passholder_id) == snap
    assert store.passes.number_for_chip("04A1B2C3D4E5F6") == demo.kansen_number
    store.passes.remember_chip("04FFFFFFFFFFFF", demo.regular_number, NOW)
    assert store.passes.number_for_chip("04FFFFFFFFFFFF") == demo.regular_number
    assert store.passes.forget_older_than(NOW + timedelta(days=1)) == 1
    assert store.passes.get(demo.kansen_number) is None
