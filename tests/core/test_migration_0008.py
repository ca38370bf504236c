"""Migration 0008 on a store written by the previous version: queue keys become the UiTPAS number
and a platform sale claimed twice keeps only its first claimer (the other goes to a person)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from balie.domain import OutboxStatus
from balie.store import Store
from balie.store.db import make_engine
from balie.store.migrate import upgrade

NUMBER = "0900000067513"


def _old_store(path: Path) -> None:
    """A 0007 store holding what the old code could leave behind: a counter sale keyed by the
    passholder id, a paper line keyed by the number, both tied to platform sale 41, and a
    cancellation of the counter sale keyed like its original."""
    engine = make_engine(path)
    upgrade(engine, path, path.parent / "backups", target="0007")
    rows = [("c-sale", "TICKET_SALE", 1, "CONFIRMED", "ph-1", None, '["41"]'),
            ("c-paper", "TICKET_SALE", 2, "CONFIRMED", NUMBER, None, '["41"]'),
            ("c-cancel", "TICKET_SALE_CANCEL", 3, "PENDING", "ph-1", "c-sale", None)]
    with engine.begin() as conn:
        for uuid_, kind, seq, status, key, dep, ids in rows:
            conn.execute(text(
                "INSERT INTO outbox (client_uuid, kind, created_at, sequence, device_id, "
                "operator_id, operator_name, status, attempts, pass_key, depends_on, provisional, "
                "training, payload, platform_ids) VALUES (:u, :k, '2026-06-10T13:00:00.000000Z', "
                ":s, 'dev', 'op', 'Op', :st, 1, :key, :dep, 0, 0, '{}', :ids)"),
                {"u": uuid_, "k": kind, "s": seq, "st": status, "key": key, "dep": dep,
                 "ids": ids})
        for uuid_ in ("c-sale", "c-paper"):
            conn.execute(text(
                "INSERT INTO ticket_sales (client_uuid, line, event_id, event_name, uitpas_number, "
                "tariff_id, tariff_name, tariff_type, price_cents, regular_price_cents, "
                "provisional, training, platform_id, cancelled, sold_at, operator_id) VALUES "
                "(:u, 0, 'ev', 'Zwembad', :n, 'T', 'Kansentarief', 'SOCIALTARIFF', 150, 450, 0, "
                "0, '41', 0, '2026-06-10T13:00:00.000000Z', 'op')"), {"u": uuid_, "n": NUMBER})
    engine.dispose()


def test_old_queue_keys_become_the_number_and_a_double_claim_goes_to_a_person(tmp_path: Path):
    path = tmp_path / "balie.sqlite3"
    _old_store(path)
    with Store.open(path) as store:
        assert store.migration.from_revision == "0007"
        keys = {u: store.outbox.get(u).pass_key for u in ("c-sale", "c-paper", "c-cancel")}
        assert keys == {"c-sale": NUMBER, "c-paper": NUMBER, "c-cancel": NUMBER}
        assert [t.platform_id for t in store.records.ticket_sales("c-sale")] == ["41"]
        assert [t.platform_id for t in store.records.ticket_sales("c-paper")] == [None]
        later = store.outbox.get("c-paper")
        assert later.status is OutboxStatus.NEEDS_ATTENTION and "backoffice" in (later.note or "")
        assert store.outbox.get("c-sale").status is OutboxStatus.CONFIRMED
