"""The widget half of the thread rule (balie.ui.threads): results reach widgets on the GUI thread
only, and the check fires when a slot is called from the wrong thread."""

from __future__ import annotations

import subprocess
import sys

import pytest

from balie.ui.threads import WrongThread, assert_gui_thread, assert_not_gui_thread, on_gui_thread
from balie.ui.worker import Runner
from tests.core.test_threads import _in_thread as _raised_in_thread


def test_a_widget_slot_called_from_a_worker_thread_fails_naming_the_slot_and_thread(qapp):
    assert on_gui_thread()
    assert_gui_thread("sync status")  # on the GUI thread: silent
    raised = _raised_in_thread(lambda: assert_gui_thread("sync status"))
    assert isinstance(raised, WrongThread)
    assert "sync status" in str(raised) and "test-worker" in str(raised)


def test_blocking_work_on_the_gui_thread_fails(qapp):
    with pytest.raises(WrongThread, match="online search runs on the GUI thread"):
        assert_not_gui_thread("online search")
    assert _raised_in_thread(lambda: assert_not_gui_thread("online search")) is None


def test_a_counter_answer_is_delivered_on_the_gui_thread_and_its_job_ran_off_it(qapp, qtbot):
    runner = Runner(name="test-runner")
    seen: dict[str, bool] = {}

    def job() -> str:
        seen["job on gui"] = on_gui_thread()
        return "done"

    try:
        with qtbot.waitSignal(runner.busy_changed, timeout=10_000,
                              check_params_cb=lambda busy: not busy):
            runner.submit(job, lambda value: seen.update({"answer on gui": on_gui_thread()}),
                          lambda exc: seen.update({"error": True}))
        assert seen == {"job on gui": False, "answer on gui": True}
        # delivering an answer straight from a worker thread (bypassing the queued signal) is refused
        raised = _raised_in_thread(lambda: runner._deliver(999, True, None))
        assert isinstance(raised, WrongThread)
    finally:
        runner.stop()


def test_without_a_qapplication_the_main_thread_counts_as_the_gui_thread():
    """Plain unit tests and tools call the same code without creating a QApplication."""
    code = ("import threading\n"
            "from balie.ui.threads import on_gui_thread\n"
            "from PySide6.QtCore import QCoreApplication\n"
            "assert QCoreApplication.instance() is None\n"
            "box = []\n"
            "t = threading.Thread(target=lambda: box.append(on_gui_thread())); t.start(); t.join()\n"
            "print(on_gui_thread(), box[0])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         stdin=subprocess.DEVNULL)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True", "False"]
