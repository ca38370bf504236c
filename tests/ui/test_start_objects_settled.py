"""The GUI pause after a start: a full garbage collection walked every object the start had built
(~115,000: modules, Qt wrappers, the models, the window) and held the interpreter for 47-66 ms,
GUI thread included, in the second after the window was ready. The window now takes those
objects out of the collector's walks while it runs, and gives them back when it stops, so a
process that opens a second window (tests, ``balie self-test``) keeps no garbage of the first."""

from __future__ import annotations

import gc

from balie.app import build_window, compose_training


def test_a_running_window_keeps_its_start_out_of_full_collections(platform, tmp_path, qtbot):
    gc.unfreeze()
    composition = compose_training(tmp_path / "counter", platform, sync_interval=30.0)
    running = build_window(composition, with_reader=False, virtual_cards=False, start_sync=False)
    try:
        qtbot.addWidget(running.window)
        settled = gc.get_freeze_count()
        # the start's own objects, not a handful: the window, its models, the loaded modules
        assert settled > 10_000, f"only {settled} objects were kept out of full collections"
        walked = len(gc.get_objects())
        assert walked < settled, (
            f"a full collection still walks {walked} objects against {settled} kept out")
    finally:
        running.stop()
    assert gc.get_freeze_count() == 0, "a stopped window left its objects out of collection"
