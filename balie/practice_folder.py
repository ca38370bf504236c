"""Where ``balie gui --training`` keeps its practice store and platform, and how it is cleaned up.

Practice data is thrown away when the app ends, unless the trainer asked ``--keep`` (then one
fixed folder per user is reused, so a course can continue the next day). A crashed run cannot
clean up after itself: each throw-away folder names its process, and the next start removes the
folders whose process is gone. Nothing here touches a real counter's data folder.
"""

from __future__ import annotations

import getpass
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

PREFIX = "balie-training-"
OWNER = "owner.pid"


def _user() -> str:
    try:
        return "".join(c for c in getpass.getuser() if c.isalnum()) or "user"
    except Exception:  # noqa: BLE001 - no user name (service account): one shared name
        return "user"


def kept_folder(root: Path | None = None) -> Path:
    """The one folder ``--keep`` reuses for this user."""
    return (root or Path(tempfile.gettempdir())) / f"balie-training-kept-{_user()}"


def make(*, keep: bool, root: Path | None = None) -> Path:
    """A folder for this run's practice data (created)."""
    if keep:
        folder = kept_folder(root)
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    folder = Path(tempfile.mkdtemp(prefix=PREFIX, dir=root))
    (folder / OWNER).write_text(str(os.getpid()), encoding="ascii")
    return folder


def remove(folder: Path) -> None:
    """Throw a run's folder away (a file still open is left for the next start's sweep)."""
    shutil.rmtree(folder, ignore_errors=True)
    if folder.exists():
        log.info("practice folder not removed completely; the next start tries again")


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would end the process on Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        try:
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        finally:
            kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: not ours to judge
    return True


def sweep(root: Path | None = None) -> list[Path]:
    """Remove throw-away practice folders left by runs that ended without cleaning up (a
    crash, a killed process); returns what was removed. Folders of running apps stay."""
    removed: list[Path] = []
    base = root or Path(tempfile.gettempdir())
    for folder in base.glob(f"{PREFIX}*"):
        owner = folder / OWNER
        if not folder.is_dir() or not owner.is_file():
            continue  # not made by this module (or a kept folder): leave it
        try:
            pid = int(owner.read_text(encoding="ascii").strip())
        except (OSError, ValueError):
            continue
        if pid != os.getpid() and not _alive(pid):
            remove(folder)
            removed.append(folder)
    if removed:
        log.info("removed %d practice folder(s) of ended runs", len(removed))
    return removed
