"""Log files a helpdesk can read without seeing anyone's personal data or the counter's secrets.

Counter PCs are supported from a distance: the log is what support asks for first, and it travels
in e-mails and tickets. So nothing that identifies a passholder (INSZ, UiTPAS number, names, e-mail
addresses) and nothing that grants access (bearer tokens, refresh tokens, client secrets) may ever
reach the file. Code should not log such values in the first place; :class:`MaskingFilter` is the
safety net for the places that do (an exception text quoting a URL, a response body at debug level).

The filter sits on the *handlers* (not on a logger) because logger filters do not see records that
propagate up from child loggers, and every record of every library must pass through it.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
from collections.abc import Callable
from pathlib import Path

APP_NAME = "balie"
LOG_FILE_NAME = "balie.log"
#: 5 files of 2 MB: weeks of normal use, small enough to attach to a support ticket.
MAX_BYTES = 2 * 1024 * 1024
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"

MASK = "***"

# Keys whose values are secrets or personal data, in JSON ("key": "v"), form/query (key=v) or
# Python repr ('key': 'v') form. Matching is case-insensitive on the key.
_SECRET_KEYS = (
    "access_token", "refresh_token", "id_token", "client_secret", "password", "code_verifier",
    "code", "secret", "token", "pin", "authorization",
)
_PERSONAL_KEYS = (
    "firstname", "first_name", "lastname", "last_name", "name", "email", "inszNumber", "insz",
    "phoneNumber", "phone", "street", "address", "dateOfBirth", "birth_date",
)
_KEY_ALT = "|".join(sorted({re.escape(k) for k in _SECRET_KEYS + _PERSONAL_KEYS}, key=len,
                           reverse=True))

# "key": "value"  /  'key': 'value'  (value up to the closing quote)
_QUOTED_PAIR = re.compile(
    r"""(?P<k>["'](?:""" + _KEY_ALT + r""")["']\s*:\s*)(?P<q>["'])(?P<v>(?:\\.|(?!(?P=q)).)*)(?P=q)""",
    re.IGNORECASE,
)
# key='value' as in a dataclass or keyword repr: PassSnapshot(first_name='An', ...)
_REPR_PAIR = re.compile(
    r"""(?P<k>(?<![\w-])(?:""" + _KEY_ALT + r""")=)(?P<q>["'])(?P<v>(?:\\.|(?!(?P=q)).)*)(?P=q)""",
    re.IGNORECASE,
)
# key=value in form bodies and query strings (value up to & , space or quote)
_FORM_PAIR = re.compile(
    r"(?P<k>(?<![\w-])(?:" + _KEY_ALT + r")=)(?P<v>[^&\s,'\"]+)", re.IGNORECASE,
)
# https://user:password@host: the password part of a URL (an api_url typed with credentials)
_URL_PASSWORD = re.compile(r"(?P<k>\b[a-z][a-z0-9+.\-]*://[^/\s:@]*:)[^/\s@]+@", re.IGNORECASE)
_BEARER = re.compile(r"(?P<k>\b(?:Bearer|Basic)\s+)[A-Za-z0-9\-._~+/=]+", re.IGNORECASE)
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
# INSZ written as 85073003328, 85.07.30-033.28 or 850730-033-28 (separators optional)
_INSZ = re.compile(r"(?<!\d)(\d{2})[.\-]?(\d{2})[.\-]?(\d{2})[.\- ]?(\d{3})[.\-]?(\d{2})(?!\d)")
_UITPAS = re.compile(r"(?<!\d)\d{13}(?!\d)")
# NFC chip UIDs (7 or 4 bytes, hex, optionally with separators) identify a card just as well
_CHIP = re.compile(r"(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{2}[:\- ]?){6}[0-9A-Fa-f]{2}(?![0-9A-Fa-f])")


def _mask_insz(match: re.Match[str]) -> str:
    return "******" + match.group(5)


def _mask_uitpas(match: re.Match[str]) -> str:
    return "*********" + match.group(0)[-4:]


def _mask_chip(match: re.Match[str]) -> str:
    text = match.group(0)
    if not re.search(r"[A-Fa-f]", text) and not re.search(r"[:\- ]", text):
        return text  # a plain 14-digit number is not a chip UID (timestamps, ids)
    return "chip:" + MASK + text[-2:]


def mask_text(text: str) -> str:
    """Replace secrets and personal data in ``text``; idempotent, so masking twice is harmless.

    Order matters: key/value pairs first (they catch names and tokens of any shape), then bearer
    tokens and e-mail addresses, then the number shapes (UiTPAS before INSZ: 13 digits contain 11)."""
    text = _URL_PASSWORD.sub(lambda m: f"{m.group('k')}{MASK}@", text)
    text = _QUOTED_PAIR.sub(lambda m: f"{m.group('k')}{m.group('q')}{MASK}{m.group('q')}", text)
    text = _REPR_PAIR.sub(lambda m: f"{m.group('k')}{m.group('q')}{MASK}{m.group('q')}", text)
    text = _FORM_PAIR.sub(lambda m: f"{m.group('k')}{MASK}", text)
    text = _BEARER.sub(lambda m: f"{m.group('k')}{MASK}", text)
    text = _EMAIL.sub("<e-mail>", text)
    text = _UITPAS.sub(_mask_uitpas, text)
    text = _INSZ.sub(_mask_insz, text)
    text = _CHIP.sub(_mask_chip, text)
    return text


class MaskingFilter(logging.Filter):
    """Renders each record's message (and traceback) once, masked, so no formatter can undo it."""

    def __init__(self, mask: Callable[[str], str] = mask_text) -> None:
        super().__init__()
        self._mask = mask

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a bad format string must not lose the record
            message = f"{record.msg!r} {record.args!r}"
        record.msg = self._mask(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self._mask(record.exc_text)
        if record.stack_info:
            record.stack_info = self._mask(record.stack_info)
        return True


def default_log_dir(data_dir: Path | None = None) -> Path:
    """``<data-dir>/logs`` when a data dir was given, else the platform's log dir.

    The machine-wide log dir (ProgramData) is preferred so support finds one log per PC, not one per
    Windows user; when it is not writable we fall back to the user's."""
    if data_dir is not None:
        return Path(data_dir) / "logs"
    from platformdirs import site_log_dir, user_log_dir

    site = Path(site_log_dir(APP_NAME, appauthor=False))
    if _writable(site):
        return site
    return Path(user_log_dir(APP_NAME, appauthor=False))


def _writable(path: Path) -> bool:
    from balie.datadir import is_writable_dir

    return is_writable_dir(path)


class _LogFileHandler(logging.handlers.RotatingFileHandler):
    """A log file that cannot be written (disk full, rights taken away while running) must not
    spill Python's "--- Logging error ---" tracebacks onto the cashier's or IT's screen: it says
    once, through ``on_error``, why (the cause in Dutch) and keeps trying quietly."""

    def __init__(self, path: Path, on_error: Callable[[OSError | None], None] | None,
                 **kwargs: object) -> None:
        self._on_error = on_error
        self._reported = False
        super().__init__(path, **kwargs)  # type: ignore[arg-type]

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        error = sys.exc_info()[1]
        if self._reported:
            return
        self._reported = True
        if self._on_error is not None:
            self._on_error(error if isinstance(error, OSError) else None)


def setup_logging(
    log_dir: Path,
    *,
    level: str | int = "INFO",
    console: bool = False,
    max_bytes: int = MAX_BYTES,
    backup_count: int = BACKUP_COUNT,
    on_error: Callable[[OSError | None], None] | None = None,
) -> Path:
    """Send every record of the process to a rotating, masked log file; returns its path.

    Calling it again (tests, a second command in the same process) replaces balie's handlers
    instead of stacking them, so no line is written twice. A folder or file that cannot be opened
    raises OSError here, at once; a write that fails later (disk full) goes to ``on_error`` once.
    ``level`` is a level name (``[logging] level``) or number."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_balie", False):
            root.removeHandler(handler)
            handler.close()
    handlers: list[logging.Handler] = [
        _LogFileHandler(path, on_error, maxBytes=max_bytes, backupCount=backup_count,
                        encoding="utf-8")
    ]
    if console:
        handlers.append(logging.StreamHandler())
    for handler in handlers:
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.addFilter(MaskingFilter())
        handler._balie = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(logging.getLevelName(level.upper()) if isinstance(level, str) else level)
    # urllib3 logs full URLs (with query strings) at DEBUG; keep them masked but not chatty
    logging.getLogger("urllib3").setLevel(max(root.level, logging.INFO))
    logging.captureWarnings(True)
    return path


def log_files(log_dir: Path) -> list[Path]:
    """The current log and its rotated predecessors, newest first (for the support bundle)."""
    if not log_dir.is_dir():
        return []
    files = [p for p in log_dir.iterdir() if p.is_file() and p.name.startswith(LOG_FILE_NAME)]
    return sorted(files, key=lambda p: p.stat().st_mtime, reverse=True)
