"""Real damage offers the newest good backup, but never at the cost of the queue: the unsent
actions of the damaged file are saved first and come along with the restore, and what the
platform already confirmed after the backup is not sent a second time."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from balie.backup import make_backup
from balie.operators import Operators, ScryptParams
from balie.store import Store, StoreError
from tests.sync.test_worker_helpers import know_demo_events, sell

PAGE = 4096


def checkpoint(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


@pytest.fixture
def damaged(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A store whose last pages (settings filler) are garbled after three sales: one before
    the daily backup and confirmed since, two queued after it."""
    path = tmp_path / "balie.sqlite3"
    with Store.open(path) as store:
        know_demo_events(store)
        Operators(store, scrypt=ScryptParams(2**10, 8, 1)).add(
            "bo", "Bo Claes", "supervisor", "775311", datetime.now(UTC))
        before = sell(store, "kansen_active")
        make_backup(path, store.backups)
        after = [sell(store, "regular"), sell(store, "minor")]
        with store.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE outbox SET status = 'CONFIRMED', platform_ids = '[\"p-1\"]'"
                                 " WHERE client_uuid = ?", (before,))
        for n in range(120):  # the pages that get damaged: none of them is the outbox's
            store.set_setting(f"filler.{n}", os.urandom(400).hex())
    checkpoint(path)
    data = bytearray(path.read_bytes())
    for page in range(len(data) // PAGE - 6, len(data) // PAGE - 1):
        data[page * PAGE + 8:page * PAGE + 1000] = os.urandom(992)
    path.write_bytes(bytes(data))
    return path, {"confirmed": before, "first": after[0], "second": after[1]}


def test_damage_saves_the_unsent_queue_before_offering_the_backup(damaged):
    path, sale = damaged
    with pytest.raises(StoreError) as refused:
        Store.open(path)
    problem = refused.value.problem
    assert problem.code == "store-damaged" and "backup" in problem.extras
    export = Path(problem.extras["queue_export"])
    saved = json.loads(export.read_text(encoding="utf-8"))["unsent"]
    assert {r["client_uuid"] for r in saved} == {sale["first"], sale["second"]}
    assert export.name in problem.next_step and "NIET opnieuw" in problem.next_step


def test_restore_brings_the_queue_since_the_backup_along_and_sends_nothing_twice(damaged):
    path, sale = damaged
    with pytest.raises(StoreError) as refused:
        Store.open(path)
    backup = refused.value.problem.extras["backup"]
    # the damaged store's operators cannot be read: the supervisor signs in on the backup's
    done = subprocess.run([sys.executable, "-m", "balie", "restore", "--data-dir",
                           str(path.parent), backup, "--carry-over", "--operator", "bo"],
                          capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
                          env={**os.environ, "BALIE_PIN": "775311"})
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Meegenomen uit de vervangen databank: 2 acties" in done.stdout
    with sqlite3.connect(path) as conn:  # the restored store says who put it back
        assert conn.execute("SELECT operator_name FROM audit_log WHERE action = 'restore'"
                            ).fetchall() == [("Bo Claes",)]
    assert "1 actie die na de back-up al door UiTPAS bevestigd" in done.stdout
    with Store.open(path) as store:
        status = {u: store.outbox.get(u) for u in sale.values()}
        assert status[sale["confirmed"]].status.value == "CONFIRMED"  # type: ignore[union-attr]
        first, second = status[sale["first"]], status[sale["second"]]
        assert first is not None and second is not None
        assert first.status.value == second.status.value == "PENDING"
        assert first.sequence < second.sequence  # the old order
        assert first.payload["uitpasNumber"] and not first.payload.get("unreadable")


def test_a_queue_that_cannot_be_copied_in_one_go_is_rescued_row_by_row(damaged, tmp_path):
    from balie.backup import restore_backup
    from balie.store.migrate import known_revisions
    from balie.store.rescue import carry_over_readable, mark_confirmed

    path, sale = damaged
    with pytest.raises(StoreError) as refused:
        Store.open(path)
    result = restore_backup(Path(refused.value.problem.extras["backup"]), path, known_revisions())
    assert result.replaced_kept_at is not None
    assert carry_over_readable(path, result.replaced_kept_at) == 2
    assert carry_over_readable(path, result.replaced_kept_at) == 0  # never twice
    assert mark_confirmed(path, result.replaced_kept_at) == 1
    with Store.open(path) as store:
        assert store.outbox.stats().pending == 2


def test_the_dialog_says_the_queue_comes_along_instead_of_retyping_it(qtbot, tmp_path: Path):
    from balie.domain import Problem
    from balie.ui.damaged_store import DamagedStoreDialog

    problem = Problem("store-damaged", "De kassadatabank is beschadigd.", "",
                      extras={"queue_export": str(tmp_path / "balie-wachtrij-gered-x.json")})
    dialog = DamagedStoreDialog(problem, "10/06/2026 14:00", lambda: None)
    qtbot.addWidget(dialog)
    text = dialog.backup_line.text()
    assert "balie-wachtrij-gered-x.json" in text and "NIET opnieuw" in text
    assert "papieren procedure" not in text
