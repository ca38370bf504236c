"""What a counter does by itself when it opens: a daily copy of its store, off the GUI thread."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from balie.backup import DAILY, list_backups
from tests.ui.conftest import open_counter


def _daily(store) -> list:
    return [b for b in list_backups(store.backups) if b.reason == DAILY]


def test_opening_the_counter_makes_the_daily_backup_of_the_store(platform, tmp_path, qtbot):
    delay = 0.5
    opened = datetime.now(UTC)
    running = open_counter(platform, tmp_path, qtbot, start_sync=False, backup_delay=delay)
    try:
        store = running.composition.store
        qtbot.waitUntil(lambda: bool(_daily(store)), timeout=10000)
        # not before the counter is ready for a customer: the copy waits its delay (on a busy
        # machine opening may itself take longer than the delay, so the copy's own time is checked)
        assert _daily(store)[0].taken_at >= opened + timedelta(seconds=delay)
        assert _daily(store)[0].path.stat().st_size > 0
        assert not list(store.backups.glob("*.partial"))
    finally:
        running.stop()
