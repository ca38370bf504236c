"""``balie gui --training`` without a data folder: its practice folder goes when the app ends."""

from __future__ import annotations

import argparse

from balie import app as composition


def test_training_without_data_dir_removes_its_practice_folder_at_the_end(qtbot, monkeypatch,
                                                                          tmp_path):
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))  # the sweep and the folder stay here
    args = argparse.Namespace(data_dir=None, platform_url=None, auth_url=None)
    running = composition.start_gui(training=True, data_dir=None, config_path=None,
                                    overrides_from=args, with_reader=False)
    folder = running.composition.store.path.parent
    try:
        qtbot.addWidget(running.window)
        assert folder.parent == tmp_path and folder.name.startswith("balie-training-")
        assert (folder / "training-platform").is_dir()
        window = running.window
        qtbot.waitUntil(lambda: window.view.event_combo.count() > 0, timeout=10000)
        qtbot.waitUntil(lambda: not window.runner.busy and not window.status_runner.busy,
                        timeout=10000)
    finally:
        running.stop()
    assert not folder.exists(), "practice data is thrown away when the app ends"
