"""Byte-compile balie before a start-up benchmark, and say what was measured.

An installed counter (PyInstaller) runs compiled bytecode, and a ``pip install -e`` writes the
``.pyc`` files on its first run. A shell with ``PYTHONDONTWRITEBYTECODE=1`` (this build machine and
CI set it) never writes them, so every process would compile balie's modules from source again
(~0.1 s of each start): a cost no counter pays. The benchmarks that time fresh processes call
:func:`compile_balie` first and print its line, so a figure always says which case it is.
``./dev.sh setup`` (and ``run``, ``test``) compile the same way.
"""

from __future__ import annotations

import compileall
import importlib.util
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _cached(source: Path) -> bool:
    """A .pyc exists that is at least as new as its source (what Python's own check accepts)."""
    compiled = Path(importlib.util.cache_from_source(str(source)))
    return compiled.exists() and compiled.stat().st_mtime >= source.stat().st_mtime


def compile_balie() -> str:
    """Compile balie's stale modules (only those); one line saying what the measured processes
    run. Python still checks each file's time and size at import, so an edited module is never
    run from an old .pyc."""
    sources = sorted((ROOT / "balie").rglob("*.py"))
    stale = [s for s in sources if not _cached(s)]
    ok = compileall.compile_dir(ROOT / "balie", quiet=1)
    missing = [s for s in sources if not _cached(s)]
    dont_write = os.environ.get("PYTHONDONTWRITEBYTECODE", "") not in ("", "0")
    env = ("PYTHONDONTWRITEBYTECODE is set in this shell: Python would not have cached them itself"
           if dont_write else "PYTHONDONTWRITEBYTECODE is not set")
    if not ok or missing:
        return (f"bytecode: {len(missing)} of balie's {len(sources)} modules could NOT be "
                f"compiled; those run from source (slower than an installed counter); {env}")
    return (f"bytecode: balie's {len(sources)} modules run from cached .pyc, as an installed "
            f"counter runs them ({len(stale)} compiled just now, {len(sources) - len(stale)} "
            f"were cached already; {env})")
