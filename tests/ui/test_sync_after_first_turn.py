"""The window comes first, the platform after: the sync worker's first round (deliver the queue,
refresh the reference data) starts after the event loop's first turn, not while the window is
being built and shown, where its thread (and in training the embedded platform's) took the GIL
from the GUI thread. A window stopped before that leaves no worker behind."""

from __future__ import annotations

import threading

import pytest

from balie.app import build_window, compose_training


def _sync_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name in ("balie-sync", "reference-refresh")]


def test_sync_worker_starts_at_the_first_turn_of_the_event_loop(platform, tmp_path, qtbot):
    composition = compose_training(tmp_path / "counter", platform, sync_interval=30.0)
    running = build_window(composition, with_reader=False, virtual_cards=False, start_sync=True)
    try:
        qtbot.addWidget(running.window)
        running.window.show()
        running.window.start()
        assert _sync_threads() == [], "the sync worker ran while the window was being built"
        qtbot.waitUntil(lambda: "balie-sync" in _sync_threads(), timeout=5000)
        # and it does its work: the organizer's events arrive from the platform
        qtbot.waitUntil(lambda: running.window.view.event_combo.count() > 0, timeout=10000)
    finally:
        running.stop()


@pytest.mark.parametrize("start_sync", [True, False])
def test_a_window_stopped_before_the_first_turn_runs_no_sync_round(platform, tmp_path, qtbot,
                                                                   qapp, start_sync):
    composition = compose_training(tmp_path / "counter", platform, sync_interval=30.0)
    assert composition.sync is not None
    rounds: list[str] = []
    composition.sync.refresh = lambda: rounds.append("refresh")  # type: ignore[method-assign]
    composition.sync.start = lambda: rounds.append("start")  # type: ignore[method-assign]
    running = build_window(composition, with_reader=False, virtual_cards=False,
                           start_sync=start_sync)
    qtbot.addWidget(running.window)
    assert rounds == [], "a first round ran inside build_window"
    running.stop()
    for _turn in range(3):  # the turns in which the first round was due
        qapp.processEvents()
    assert rounds == [], "a stopped window still ran its first round"


def test_a_window_stopped_while_its_reference_refresh_runs_waits_for_it(platform, tmp_path,
                                                                        qtbot):
    """Without the worker loop (a window whose sync is not started), the one reference refresh
    ran on a thread nobody waited for: a window stopped meanwhile closed the store under it, and
    the refresh died with a traceback on its thread (seen in CI). Stopping now waits for it."""
    composition = compose_training(tmp_path / "counter", platform, sync_interval=30.0)
    running = build_window(composition, with_reader=False, virtual_cards=False, start_sync=False)
    died: list[threading.ExceptHookArgs] = []
    hook = threading.excepthook
    threading.excepthook = died.append
    platform.set_faults(latency_ms=700)  # the refresh is on its way when the window stops
    try:
        qtbot.addWidget(running.window)
        running.window.show()
        running.window.start()
        qtbot.waitUntil(lambda: "reference-refresh" in _sync_threads(), timeout=5000)
        running.stop()
        assert "reference-refresh" not in _sync_threads(), "stop returned before the refresh ended"
    finally:
        platform.clear_faults()
        threading.excepthook = hook
    assert not died, f"the refresh died: {died[0].exc_value!r}"
