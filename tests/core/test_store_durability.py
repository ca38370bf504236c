"""The store keeps what it said it kept: pragmas, kill -9 mid-stream, a full disk."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
import uuid
from pathlib import Path

from sqlalchemy import event, func, select

from balie.counter import new_action_key
from balie.domain import IdentificationSource
from balie.store import Store
from balie.store.models import OutboxEntry, TicketSale

ROOT = Path(__file__).resolve().parents[2]


def test_every_connection_gets_wal_full_sync_foreign_keys_and_busy_timeout(store: Store):
    assert store.pragma("journal_mode") == "wal"
    assert store.pragma("synchronous") == "2"  # FULL
    assert store.pragma("foreign_keys") == "1"
    assert store.pragma("busy_timeout") == "5000"
    assert (store.path.parent / (store.path.name + "-wal")).exists()


def test_device_id_is_generated_once_and_survives_reopening(tmp_path: Path):
    path = tmp_path / "balie.sqlite3"
    with Store.open(path) as first:
        device = first.device_id
    with Store.open(path) as second:
        assert second.device_id == device
    uuid.UUID(device)


CHILD = textwrap.dedent("""
    import sys, uuid
    from datetime import datetime, timezone
    from pathlib import Path
    from balie.domain import Operator, TariffType
    from balie.store import Store
    from balie.store.records import NewTicketSale
    store = Store.open(Path(sys.argv[1]))
    op = Operator("op-1", "An")
    sale = NewTicketSale("ev-1", "Zwembad", "0900000067513", "ph-1", 1000, "Basistarief",
                         "SOCIALTARIFF", "Kansentarief", TariffType.SOCIALTARIFF, 200, 2, True)
    print("ready", flush=True)
    while True:
        key = str(uuid.uuid4())
        store.records.ticket_sale(sale, op, datetime.now(timezone.utc), client_uuid=key)
        print(key, flush=True)
""")


def test_sales_reported_done_survive_kill_9_with_gapless_sequences(tmp_path: Path):
    path = tmp_path / "balie.sqlite3"
    Store.open(path).close()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE,
                             text=True, env=env)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    done: list[str] = []
    deadline = time.monotonic() + 30
    while len(done) < 150 and time.monotonic() < deadline:
        done.append(child.stdout.readline().strip())
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    done = [d for d in done if d]
    assert len(done) >= 50
    with Store.open(path) as store:
        assert store.integrity_ok()
        with store.read() as s:
            uuids = set(s.scalars(select(OutboxEntry.client_uuid)))
            sequences = list(s.scalars(select(OutboxEntry.sequence).order_by(OutboxEntry.sequence)))
            lines = s.scalar(select(func.count()).select_from(TicketSale))
            orphan_entries = s.scalar(select(func.count()).select_from(OutboxEntry).where(
                OutboxEntry.client_uuid.not_in(select(TicketSale.client_uuid))))
    assert set(done) <= uuids  # every sale printed as done is there
    assert sequences == list(range(1, len(sequences) + 1))  # no gaps, no duplicates
    assert lines == 2 * len(uuids) and orphan_entries == 0  # never half a sale


def test_full_disk_refuses_the_sale_in_dutch_and_writes_nothing(counter, store: Store, demo,
                                                                tmp_path: Path):
    ident = counter.identify(demo.kansen_number, IdentificationSource.TYPED)
    offer = counter.offers_for(ident, demo.event, demo.price).discounts[0]
    assert counter.sell(ident, demo.event, demo.price, offer, 1, action_key=new_action_key()).done
    pages = int(store.pragma("page_count"))

    @event.listens_for(store.engine, "connect")
    def _tiny_disk(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    store.engine.dispose()  # new connections get the cap: the "disk" is now full
    big = "x" * 200_000
    result = counter.register_passholder({"notes": big}, uitpas_number=demo.regular_number,
                                         card_system_id=1, price_cents=500,
                                         action_key=new_action_key())
    assert not result.done
    assert result.problem is not None and result.problem.code == "store-full"
    assert "NIET bewaard" in result.message_nl and "ruimte" in result.next_step_nl
    event.remove(store.engine, "connect", _tiny_disk)
    store.engine.dispose()
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 1
        assert s.scalar(select(func.max(OutboxEntry.sequence))) == 1
    assert store.integrity_ok()
