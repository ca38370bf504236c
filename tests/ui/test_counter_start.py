"""What a counter does by itself when it opens: a daily copy of its store, off the GUI thread."""

from __future__ import annotations

from balie.backup import DAILY, list_backups
from tests.ui.conftest import open_counter


def _daily(store) -> list:
    return [b for b in list_backups(store.backups) if b.reason == DAILY]


def test_opening_the_counter_makes_the_daily_backup_of_the_store(platform, tmp_path, qtbot):
    running = open_counter(platform, tmp_path, qtbot, start_sync=False, backup_delay=0.5)
    try:
        store = running.composition.store
        assert not _daily(store), "not before the counter is ready for a customer"
        qtbot.waitUntil(lambda: bool(_daily(store)), timeout=10000)
        assert _daily(store)[0].path.stat().st_size > 0
        assert not list(store.backups.glob("*.partial"))
    finally:
        running.stop()
