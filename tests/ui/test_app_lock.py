"""The running counter app holds the OS lock on its data dir that ``balie restore`` checks."""

from __future__ import annotations

from balie.app_lock import app_holder


def test_the_running_counter_app_holds_its_data_dir_and_lets_go_when_stopped(
        platform, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import open_counter

    running = open_counter(platform, tmp_path, qtbot, start_sync=False)
    data_dir = running.composition.store.path.parent
    try:
        holder = app_holder(data_dir)
        assert holder is not None and "de kassa-app (proces" in holder
    finally:
        running.stop()
    assert app_holder(data_dir) is None
