"""The background half of the thread rule (balie.threads): blocking work refuses the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest

from balie import threads


@pytest.fixture
def gui_named() -> Iterator[threading.Thread]:
    threads.set_gui_thread()
    try:
        yield threading.current_thread()
    finally:
        threads.forget_gui_thread()


def _in_thread(fn: Callable[[], object]) -> BaseException | None:
    """Run ``fn`` on a fresh thread; what it raised, or None."""
    caught: list[BaseException] = []

    def run() -> None:
        try:
            fn()
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            caught.append(exc)

    worker = threading.Thread(target=run, name="test-worker")
    worker.start()
    worker.join(10)
    assert not worker.is_alive(), "the worker thread did not finish"
    return caught[0] if caught else None


def test_without_a_window_no_thread_is_the_gui_thread():
    """The command line and the sync worker process run blocking work on their main thread."""
    threads.forget_gui_thread()
    assert not threads.on_gui_thread()
    threads.assert_not_gui_thread("balie sync")  # must not raise


def test_blocking_work_started_on_the_gui_thread_fails_and_names_itself(gui_named: threading.Thread):
    assert threads.on_gui_thread()
    with pytest.raises(threads.WrongThread, match="live pass lookup runs on the GUI thread"):
        threads.assert_not_gui_thread("live pass lookup")


def test_blocking_work_on_a_worker_thread_passes_while_a_window_exists(gui_named: threading.Thread):
    assert _in_thread(lambda: threads.assert_not_gui_thread("reader watch loop")) is None
    assert _in_thread(threads.on_gui_thread) is None
    assert threads.gui_thread() is gui_named
