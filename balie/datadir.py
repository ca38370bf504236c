"""Where the counter keeps its store, backups and logs, and why it refuses some places.

Counter PCs change Windows user at every shift. A per-user folder would strand the unsent sales of
the morning cashier in a queue the afternoon cashier never sees, so the store lives in the
machine-wide data dir (``%ProgramData%\\balie`` on Windows, ``/usr/local/share/balie`` or the XDG
system dir elsewhere). Only when that is not writable (no installer ran, no rights) do we fall back
to the per-user dir; ``--data-dir`` or the config file override both.

A data dir on a network share is refused: SQLite's WAL mode needs shared memory on a local disk,
and over SMB/NFS locking is unreliable, which corrupts databases. The refusal is a typed error with
a Dutch message and a fix, never a stack trace.
"""

from __future__ import annotations

import enum
import errno
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePath, PureWindowsPath

from balie.domain import Problem

APP_NAME = "balie"

#: Linux file system types that live on another machine (or behave like it for locking).
NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p",
    "afs", "ceph", "glusterfs", "fuse.glusterfs", "davfs", "fuse.davfs2", "ncpfs", "fuse.rclone",
    "lustre", "gpfs", "fuse.s3fs", "virtiofs",
})

#: GetDriveTypeW answer for a mapped network drive.
DRIVE_REMOTE = 4


class DataDirKind(enum.StrEnum):
    OVERRIDE = "OVERRIDE"  # --data-dir or config
    MACHINE = "MACHINE"  # machine-wide (ProgramData): the normal case
    USER = "USER"  # per-user fallback: works, but a shift change hides the queue


@dataclass(frozen=True)
class DataDir:
    """The chosen folder and how it was chosen (doctor shows the kind, and warns on USER)."""

    path: Path
    kind: DataDirKind

    @property
    def store_path(self) -> Path:
        return self.path / "balie.sqlite3"

    @property
    def backups(self) -> Path:
        return self.path / "backups"

    @property
    def logs(self) -> Path:
        return self.path / "logs"


class DataDirError(Exception):
    """The data dir cannot be used; ``problem`` says why in Dutch and what to do."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.code)
        self.problem = problem


@dataclass(frozen=True)
class MountEntry:
    mount_point: str
    fs_type: str


def _unescape_mount(field: str) -> str:
    """/proc/self/mounts writes spaces, tabs, newlines and backslashes as octal escapes."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def parse_mounts(text: str) -> list[MountEntry]:
    entries = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            entries.append(MountEntry(_unescape_mount(parts[1]), parts[2]))
    return entries


def read_linux_mounts(path: Path = Path("/proc/self/mounts")) -> list[MountEntry]:
    try:
        return parse_mounts(path.read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return []


def filesystem_type(path: Path, mounts: Iterable[MountEntry]) -> str | None:
    """The fs type of the mount that holds ``path`` (the longest matching mount point)."""
    target = str(path)
    best: MountEntry | None = None
    for entry in mounts:
        mp = entry.mount_point.rstrip("/") or "/"
        inside = target == mp or target.startswith(mp + "/") or mp == "/"
        if inside and (best is None or len(mp) > len(best.mount_point.rstrip("/") or "/")):
            best = entry
    return best.fs_type if best else None


def _network_problem(path: PurePath, what: str) -> DataDirError:
    return DataDirError(Problem(
        code="data-dir-on-network",
        message=f"De gegevensmap {path} staat op een netwerkschijf ({what}). De balie kan daar "
                "niet veilig bewaren: verkopen kunnen verloren gaan.",
        next_step="Kies een map op de lokale schijf van deze pc (bijvoorbeeld C:\\ProgramData\\balie) "
                  "met --data-dir of in het configuratiebestand.",
        extras={"path": str(path), "filesystem": what},
    ))


def check_local_disk(
    path: PurePath,
    *,
    windows: bool | None = None,
    mounts: Iterable[MountEntry] | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> None:
    """Raise :class:`DataDirError` when ``path`` is on a network share.

    ``mounts`` (Linux) and ``drive_type`` (Windows' GetDriveTypeW) are injectable so tests can
    prove the refusal without a real share."""
    windows = sys.platform == "win32" if windows is None else windows
    if windows:
        wpath = PureWindowsPath(str(path))
        if str(wpath).startswith("\\\\") or str(path).startswith("//"):
            raise _network_problem(path, "UNC-pad")
        if drive_type is None:
            drive_type = _windows_drive_type
        if wpath.drive and drive_type(wpath.drive + "\\") == DRIVE_REMOTE:
            raise _network_problem(path, "netwerkstation")
        return
    entries = read_linux_mounts() if mounts is None else mounts
    fs = filesystem_type(Path(os.path.abspath(path)), entries)
    if fs is not None and (fs in NETWORK_FS_TYPES or fs.split(".")[0] in ("nfs", "cifs", "smb3")):
        raise _network_problem(path, fs)


def _windows_drive_type(root: str) -> int:  # pragma: no cover - Windows only
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def os_error_cause(exc: BaseException) -> str:
    """The cause of a failed write in the Dutch words support asks about: a full disk and a
    missing permission need different people (clean up vs. IT), so never one vague "fout"."""
    number = getattr(exc, "errno", None)
    if number in (errno.ENOSPC, errno.EDQUOT):
        return "schijf vol"
    if number == errno.EROFS:
        return "geen schrijfrechten: alleen-lezen schijf"
    if number in (errno.EACCES, errno.EPERM):
        return "geen schrijfrechten"
    if number == errno.ENOENT:
        return "map bestaat niet"
    if number in (errno.ENOTDIR, errno.EEXIST, errno.EISDIR):
        return "een bestand staat in de weg"
    return getattr(exc, "strerror", None) or type(exc).__name__


def write_failure(path: Path) -> OSError | None:
    """Create the folder if needed and prove we can write a file in it: None when we can, else
    the error (see :func:`os_error_cause`). The probe file never stays behind, also not when the
    disk filled up halfway through writing it."""
    probe = path / f".balie-write-test-{os.getpid()}"
    try:
        path.mkdir(parents=True, exist_ok=True)
        with probe.open("wb") as fh:
            fh.write(b"ok" * 2048)  # a few KB: a disk with only inodes left is full too
            fh.flush()
            os.fsync(fh.fileno())
        return None
    except OSError as exc:
        return exc
    finally:
        try:
            probe.unlink(missing_ok=True)
        except OSError:
            pass


def is_writable_dir(path: Path) -> bool:
    return write_failure(path) is None


def _not_writable(path: Path, failure: OSError) -> DataDirError:
    cause = os_error_cause(failure)
    if cause == "schijf vol":
        return DataDirError(Problem(
            code="data-dir-full",
            message=f"De schijf van de gegevensmap {path} is vol: de balie kan niets bewaren.",
            next_step="Maak ruimte vrij op die schijf (of laat de IT-dienst dat doen) en probeer "
                      "opnieuw. Wat al bewaard is, blijft veilig.",
            extras={"path": str(path), "cause": cause},
        ))
    return DataDirError(Problem(
        code="data-dir-not-writable",
        message=f"De gekozen gegevensmap {path} is niet beschrijfbaar ({cause}).",
        next_step="Geef deze Windows-gebruiker schrijfrechten op de map, of kies een "
                  "andere map met --data-dir.",
        extras={"path": str(path), "cause": cause},
    ))


def default_machine_dir() -> Path:
    from platformdirs import site_data_dir

    return Path(site_data_dir(APP_NAME, appauthor=False))


def default_user_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(
    override: Path | None = None,
    *,
    config_value: str | None = None,
    machine_dir: Path | None = None,
    user_dir: Path | None = None,
    mounts: Iterable[MountEntry] | None = None,
    windows: bool | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> DataDir:
    """Pick the data dir: override > config > machine-wide > per-user fallback.

    An explicit choice that cannot be used is an error (the operator asked for it); the default
    machine dir that is not writable silently falls back to the user dir (doctor warns)."""
    mounts = list(read_linux_mounts() if mounts is None else mounts)
    explicit = override or (Path(config_value).expanduser() if config_value else None)
    if explicit is not None:
        check_local_disk(explicit, windows=windows, mounts=mounts, drive_type=drive_type)
        failure = write_failure(Path(explicit))
        if failure is not None:
            raise _not_writable(Path(explicit), failure)
        return DataDir(Path(explicit), DataDirKind.OVERRIDE)
    candidates = (
        (machine_dir or default_machine_dir(), DataDirKind.MACHINE),
        (user_dir or default_user_dir(), DataDirKind.USER),
    )
    for path, kind in candidates:
        check_local_disk(path, windows=windows, mounts=mounts, drive_type=drive_type)
        if is_writable_dir(path):
            return DataDir(path, kind)
    raise DataDirError(Problem(
        code="no-writable-data-dir",
        message="Er is geen beschrijfbare gegevensmap gevonden voor de balie.",
        next_step="Laat de installatie opnieuw uitvoeren (die maakt C:\\ProgramData\\balie aan) of "
                  "kies een map met --data-dir.",
        extras={"tried": ", ".join(str(p) for p, _ in candidates)},
    ))
