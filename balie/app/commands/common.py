"""What every command shares: configuration, data dir and the store opened as the counter opens
it (sealed with its key from the OS keyring on a live counter), and failures as Dutch text.

A live store seals its personal fields and queue payloads with a key that lives only in the OS
keyring. A command that opened such a store without its key would read every queued sale as
"unreadable" and the sync worker would park the whole queue in "Te behandelen". So the key is
attached here, before any command sees the store, and a missing or wrong key stops the command
with one message and a non-zero exit, before anything is read or written.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

from balie.domain import Problem

if TYPE_CHECKING:
    from balie.config import Config
    from balie.datadir import DataDir
    from balie.store import Store

#: exit code of a command that could not start its work (config, data dir, store, key)
EXIT_CANNOT_START = 2


def problem_of(exc: BaseException) -> Problem | None:
    """The Dutch problem a balie error carries (StoreError, DataDirError, CryptoError,
    RestoreError, ...) or, for a ConfigError, one made from its text."""
    from balie.config import ConfigError

    found = getattr(exc, "problem", None)
    if isinstance(found, Problem):
        return found
    if isinstance(exc, ConfigError):
        return Problem("config", str(exc), "")
    return None


def explain(command: str, exc: BaseException, *, exit_code: int = EXIT_CANNOT_START) -> int:
    """Print why ``command`` stopped (message and next step, on stderr); return its exit code."""
    problem = problem_of(exc)
    text = f"{problem.message} {problem.next_step}".strip() if problem else str(exc)
    print(f"balie {command}: {text}", file=sys.stderr, flush=True)
    return exit_code


def load_config_only(args: argparse.Namespace) -> Config:
    from balie.config import load_config, overrides_from_args

    return load_config(overrides_from_args(args), extra_path=getattr(args, "config", None))


def load(args: argparse.Namespace) -> tuple[Config, DataDir]:
    """Config and data dir as the app would resolve them."""
    from balie.datadir import resolve_data_dir

    config = load_config_only(args)
    configured = config.get("store", "data_dir") or None
    return config, resolve_data_dir(getattr(args, "data_dir", None), config_value=configured)


def is_live(config: Config) -> bool:
    return config.get("platform", "environment") != "training"


def open_store(config: Config, data_dir: DataDir, *, key_source: Any = None) -> Store:
    """Open (and migrate) the store of ``data_dir`` and attach its key when it is sealed, or
    when this is a live counter (a store a command creates there is sealed from the start, as
    the app would). Raises StoreError / CryptoError with the Dutch problem; the store is closed
    again when its key is missing or wrong, so nothing has been read from the queue."""
    from balie.crypto import KEY_CHECK_SETTING, KeyringKeySource
    from balie.store import Store

    store = Store.open(data_dir.store_path, backups=data_dir.backups)
    try:
        if store.get_setting(KEY_CHECK_SETTING) is not None or is_live(config):
            from balie.privacy import attach_cipher  # only a sealed store needs it

            attach_cipher(store, key_source or KeyringKeySource(), progress=list_progress())
    except BaseException:
        store.close()
        raise
    return store


def list_progress(out: TextIO | None = None) -> Callable[[int, int], None]:
    """Progress lines on stderr while a kansentarief list kept in clear by an older version is
    hashed (once, at the first keyed start: ~10^6 cards take a while), one per 10%."""
    shown: list[int] = []

    def show(done: int, total: int) -> None:
        step = 100 * done // max(total, 1) // 10 * 10
        if not shown or step > shown[-1]:
            shown.append(step)
            print(f"balie: kansentarieflijst beveiligen (eenmalig): {step}% "
                  f"({done:,} van {total:,} kaarten)".replace(",", "."),
                  file=out or sys.stderr, flush=True)

    return show


def open_for(args: argparse.Namespace) -> tuple[Config, DataDir, Store]:
    """:func:`load` then :func:`open_store`; what most commands start with."""
    config, data_dir = load(args)
    return config, data_dir, open_store(config, data_dir)
