"""Makes store_0001.sqlite3: a small real store at schema revision 0001 with some rows.

Kept with the file it made so the upgrade test's input can be re-created and understood. Run once
(the committed file must NOT be regenerated after revision 0001 changes — it never should change):
    .venv/bin/python tests/core/data/make_store_0001.py
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from balie.store.db import make_engine  # noqa: E402
from balie.store.migrate import upgrade  # noqa: E402

TARGET = HERE / "store_0001.sqlite3"
T = "2026-06-10T13:00:00.000000Z"


def main() -> None:
    TARGET.unlink(missing_ok=True)
    engine = make_engine(TARGET)
    upgrade(engine, TARGET, HERE / "backups-unused", target="0001")
    engine.dispose()
    conn = sqlite3.connect(TARGET)
    with conn:
        conn.execute("INSERT INTO settings VALUES ('device_id', '11111111-2222-3333-4444-555555555555')")
        conn.execute("INSERT INTO sequence_counters VALUES ('outbox', 2)")
        for seq, uuid_, status in ((1, "aaaaaaaa-0000-4000-8000-000000000001", "CONFIRMED"),
                                   (2, "aaaaaaaa-0000-4000-8000-000000000002", "PENDING")):
            conn.execute(
                "INSERT INTO outbox (client_uuid, kind, created_at, sequence, device_id, "
                "operator_id, operator_name, status, attempts, pass_key, provisional, training, "
                "payload, platform_ids) VALUES (?, 'TICKET_SALE', ?, ?, "
                "'11111111-2222-3333-4444-555555555555', 'op-1', 'An Kassa', ?, 0, 'ph-1', 0, 0, "
                "'{\"quantity\": 1}', ?)",
                (uuid_, T, seq, status, '["499853"]' if status == "CONFIRMED" else None))
            conn.execute(
                "INSERT INTO ticket_sales (client_uuid, line, event_id, event_name, uitpas_number, "
                "passholder_id, tariff_id, tariff_name, tariff_type, price_cents, "
                "regular_price_cents, provisional, training, cancelled, sold_at, operator_id) "
                "VALUES (?, 0, 'ev-1', 'Zwembad', '0900000067513', 'ph-1', 'SOCIALTARIFF', "
                "'Kansentarief', 'SOCIALTARIFF', 200, 1000, 0, 0, 0, ?, 'op-1')", (uuid_, T))
    conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
    conn.close()


if __name__ == "__main__":
    main()
