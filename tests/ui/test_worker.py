"""The GUI thread never runs a counter call: it is handed to a worker and answered by signal."""

from __future__ import annotations

import threading

from balie.ui.worker import Runner


def test_counter_call_runs_off_the_gui_thread_and_answers_on_it(qtbot):
    runner = Runner()
    gui_thread = threading.get_ident()
    seen: dict[str, int] = {}

    release = threading.Event()

    def slow_call() -> str:
        seen["worker"] = threading.get_ident()
        assert release.wait(10), "the test never released the call"
        return "klaar"

    answers: list[str] = []

    def on_done(value: str) -> None:
        seen["answer"] = threading.get_ident()
        answers.append(value)

    # the call cannot finish before the test releases it: if submit waited for it, this would hang
    runner.submit(slow_call, on_done, lambda exc: None)
    assert runner.busy and answers == [], "submit must return at once"
    release.set()
    qtbot.waitUntil(lambda: answers == ["klaar"], timeout=10000)
    assert seen["worker"] != gui_thread
    assert seen["answer"] == gui_thread
    assert not runner.busy


def test_failed_call_reaches_the_screen_as_a_value(qtbot):
    runner = Runner()
    errors: list[BaseException] = []

    def broken() -> None:
        raise ValueError("kapot")

    runner.submit(broken, lambda _v: None, errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=10000)
    assert isinstance(errors[0], ValueError)


def test_busy_signal_brackets_a_burst_of_calls_in_order(qtbot):
    runner = Runner()
    states: list[bool] = []
    runner.busy_changed.connect(states.append)
    order: list[int] = []
    for n in range(5):
        runner.submit(lambda n=n: n, order.append, lambda exc: None)
    qtbot.waitUntil(lambda: len(order) == 5, timeout=10000)
    assert order == [0, 1, 2, 3, 4]
    assert states == [True, False]


def test_many_answers_returning_none_do_not_crash_the_interpreter(qtbot):
    """PySide6 6.12 on Python 3.11 loses a reference to None/True on each void call or emit."""
    runner = Runner()
    done: list[None] = []
    for _ in range(3000):
        runner.submit(lambda: None, done.append, lambda exc: None)
    qtbot.waitUntil(lambda: len(done) == 3000, timeout=10000)
    for _ in range(50000):
        runner.busy_changed.emit(False)


def test_an_action_asked_while_busy_runs_once_idle_in_order_after_the_work_it_started(qtbot):
    """A key pressed while a job runs is not lost: it runs after the job, and a second one waits
    for the work the first one submitted (the order the cashier pressed them in)."""
    runner = Runner()
    gate = threading.Event()
    done: list[str] = []
    runner.submit(lambda: gate.wait(10), lambda _r: done.append("job"), lambda _e: None)

    def first() -> None:
        done.append("first")
        runner.submit(lambda: "sale", done.append, lambda _e: None)

    runner.when_idle(first)
    runner.when_idle(lambda: done.append("second"))
    qtbot.wait(50)
    assert done == [] and runner.waiting == 2, "nothing runs while the job is busy"
    gate.set()
    qtbot.waitUntil(lambda: len(done) == 4, timeout=5000)
    assert done == ["job", "first", "sale", "second"]
    assert runner.waiting == 0 and not runner.busy
    runner.when_idle(lambda: done.append("idle"))  # idle: at once (on the next turn)
    qtbot.waitUntil(lambda: done[-1] == "idle", timeout=5000)
    runner.stop()
