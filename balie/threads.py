"""Which thread is this? The one rule the counter's threads follow, checked where it matters.

The cashier's screen must never wait on the network, the reader or a long query, and a widget may
only be touched from the GUI thread (Qt does not lock). So work starts off the GUI thread and its
results come back by a queued Qt signal. This module lets the background side check the first half
without importing Qt (the core and the sync/cardreader edges stay Qt-free): the composition root
names the GUI thread when it builds the window (:func:`set_gui_thread`) and forgets it when the
window is gone. While no GUI thread is named (the command line, the sync worker process, tests
without a window) nothing here can fail. The widget side, which knows Qt, checks the other half
with :mod:`balie.ui.threads`.

A wrong thread is a programming error, not a situation a cashier can fix: :class:`WrongThread`
is an ``AssertionError`` so tests fail loudly on it, and its message says which code ran where.
"""

from __future__ import annotations

import threading


class WrongThread(AssertionError):
    """Code ran on the wrong thread: GUI work in the background or background work on the GUI."""


_gui_thread: threading.Thread | None = None


def set_gui_thread(thread: threading.Thread | None = None) -> None:
    """Name the GUI thread (default: the calling one). Called by the composition root once its
    window exists."""
    global _gui_thread
    _gui_thread = thread if thread is not None else threading.current_thread()


def forget_gui_thread() -> None:
    """The window is gone: no thread is the GUI thread any more (the next window names its own)."""
    global _gui_thread
    _gui_thread = None


def gui_thread() -> threading.Thread | None:
    """The named GUI thread, or None when this process has no counter window."""
    return _gui_thread


def on_gui_thread() -> bool:
    """Is the caller the named GUI thread? False when no GUI thread is named."""
    return _gui_thread is not None and threading.current_thread() is _gui_thread


def assert_not_gui_thread(what: str) -> None:
    """Background work (``what``: a short English name) must not start on the GUI thread: the
    screen would freeze for as long as it runs."""
    if on_gui_thread():
        raise WrongThread(f"{what} runs on the GUI thread; start it on a worker thread "
                          f"and deliver its result by a Qt signal")
