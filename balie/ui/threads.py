"""Is this the GUI thread? The widget side of the thread rule (:mod:`balie.threads` has the rest).

A widget may only be touched from the thread that owns the QApplication; a slot that receives a
worker's result must therefore run there, which Qt guarantees only when the signal's sender lives
in the GUI thread and the connection is queued. The slots that take background results call
:func:`assert_gui_thread` first, so a wrong connection fails in the tests instead of corrupting a
widget now and then at the counter. Works without a QApplication too (then the main thread is the
one that would own it), so plain unit tests can call the same code.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QThread

from balie.threads import WrongThread

__all__ = ["WrongThread", "assert_gui_thread", "assert_not_gui_thread", "on_gui_thread"]


def on_gui_thread() -> bool:
    """True on the thread that owns the QApplication (the main thread while there is none)."""
    app = QCoreApplication.instance()
    if app is None:
        return threading.current_thread() is threading.main_thread()
    return QThread.currentThread() == app.thread()


def assert_gui_thread(what: str) -> None:
    """``what`` (a short English name of the slot) touches widgets: it must run on the GUI thread."""
    if not on_gui_thread():
        raise WrongThread(f"{what} touches widgets from thread {threading.current_thread().name!r}; "
                          f"deliver the result by a queued Qt signal instead of calling it directly")


def assert_not_gui_thread(what: str) -> None:
    """``what`` is background work (a worker's loop, a blocking call): on the GUI thread it would
    freeze the screen for as long as it runs."""
    if on_gui_thread():
        raise WrongThread(f"{what} runs on the GUI thread; start it on a worker thread "
                          f"and deliver its result by a Qt signal")
