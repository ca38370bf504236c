"""A read on a fresh pool connection while another connection holds the write transaction (the
paper import looks up events inside its one write transaction): it must not wait for the writer
or fail with 'locked', also when the store was just opened (no idle pooled connection)."""

from __future__ import annotations

import time
from pathlib import Path

from balie.store import Store


def test_a_new_connection_reads_while_another_one_writes(tmp_path: Path):
    with Store.open(tmp_path / "balie.sqlite3") as store:
        assert store.pragma("auto_vacuum") == "2"  # a new file still gets incremental vacuum
        with store.write() as s:
            s.connection().exec_driver_sql(
                "INSERT INTO settings (key, value) VALUES ('import', 'running')")
            started = time.perf_counter()
            assert store.get_setting("device_id") is not None
            assert store.get_setting("import") is None  # not committed yet: not seen
            assert time.perf_counter() - started < 1.0, "the read waited for the writer"
