"""Maintenance a little after start (and daily): the backup of the store, then the privacy
purge, both off the GUI thread; a pass holder seen longer ago than the retention is forgotten."""

from __future__ import annotations

from datetime import timedelta

import balie.ui  # noqa: F401 - PySide6 6.12 guard before Qt calls
from balie.app import build_window, compose_training
from balie.backup import list_backups
from balie.domain import IdentificationSource, utcnow
from balie.training import demo


def test_after_start_the_store_is_backed_up_and_old_personal_data_forgotten(
        platform, tmp_path, qtbot):
    composition = compose_training(tmp_path / "counter", platform)
    counter = composition.counter
    old, recent = demo.PASSES["kansen_active"].uitpas_number, demo.PASSES["regular"].uitpas_number
    counter.clock = lambda: utcnow() - timedelta(days=45)  # seen 45 days ago (retention 30)
    counter.identify(old, IdentificationSource.TYPED)
    counter.clock = utcnow
    counter.identify(recent, IdentificationSource.TYPED)
    store = composition.store
    assert store.passes.get(old) is not None
    running = build_window(composition, with_reader=False, virtual_cards=False,
                           start_sync=False, backup_delay=0.0)
    try:
        qtbot.addWidget(running.window)
        qtbot.waitUntil(lambda: composition.maintenance.rounds >= 1, timeout=10000)
        assert list_backups(store.backups), "daily backup written"
        assert store.passes.get(old) is None
        assert store.passes.get(recent) is not None
        assert composition.maintenance.last_purge.passes_forgotten == 1
    finally:
        running.stop()
