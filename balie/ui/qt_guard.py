"""Keep PySide6 6.12 from crashing the counter on Python 3.11.

Measured on this project's toolchain (PySide6-Essentials 6.12.0, CPython 3.11.7): every call of a
void Qt method (``setText``, ``setEnabled``, ``processEvents``...) drops one reference of ``None``
and every ``Signal.emit`` one of ``True``, without ever taking it. From Python 3.12 on these
singletons are immortal and nothing happens; on 3.11 their count reaches zero after some tens of
thousands of calls and the interpreter aborts ("Fatal Python error: none_dealloc"), i.e. a counter
would die after minutes of use. PySide6 6.11.3 does not have the defect.

Until the dependency is pinned to a fixed release, we give the three singletons a reference count
no session can exhaust (2**40). They are never deallocated anyway, so this changes nothing else.
"""

from __future__ import annotations

import ctypes
import platform
import sys

_RESERVE = 1 << 40
_applied = False


def protect_singletons() -> bool:
    """Apply once; returns True when the reserve was added (CPython before 3.12)."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object header
        ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE
    _applied = True
    return True
