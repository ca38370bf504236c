"""The LIVE counter of the start benchmarks (``bench/startup.py --live``, ``bench/year.py
--live``): what ``balie gui`` without ``--training`` starts on a counter PC, set up here.

- The platform: the training platform in its own process on 127.0.0.1 (bench/drain.py's
  ``start_remote``), configured as the counter's live URL: ``[platform] environment =
  production`` with ``api_url``/``auth_url``/``search_url`` pointing at it and client
  credentials. publiq's platform runs on another machine, so it must not share the counter's
  interpreter as the embedded training platform does.
- The store key and the client secret: in a real ``keyring`` backend, the tests' file-backed
  one (tests/fixtures/file_keyring.py), which keyring itself loads in every child from
  ``PYTHON_KEYRING_BACKEND``. Its vault is a file outside the data dir (as Credential Manager's
  is outside ProgramData). Not in these figures: keyring's backend discovery on a counter PC
  (without that variable, keyring imports every installed backend and asks each its priority;
  ~60 ms on this machine) and Credential Manager's own read.
- The store: sealed with that key as the counter seals it (``attach_cipher``, as
  ``compose_configured`` does), with a supervisor and a cashier, so the window opens on the
  lock screen as on any day.

Imported by the benches only; nothing here is timed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fixtures.file_keyring import FILE_ENV, FileKeyring, file_keyring_active  # noqa: E402 - after the path

#: the live counter's store file in its data dir (balie.datadir.DataDir.store_path)
STORE_NAME = "balie.sqlite3"
#: who works at the bench's counter (operators with the live PIN hash)
STAFF = (("bo", "Bo Claes", "supervisor", "775311"), ("an", "An Kassa", "cashier", "482913"))


@dataclass
class Live:
    """One live counter's surroundings: the platform process, the settings IT wrote, the vault."""

    root: Path
    platform: Any  # bench/drain.py's RemotePlatform

    @property
    def vault(self) -> Path:
        return self.root / "os-keyring" / "vault.json"

    @property
    def config(self) -> Path:
        return self.root / "etc" / "balie.ini"

    def env(self) -> dict[str, str]:
        """The environment of a child that must find this counter's keyring (and tests/)."""
        path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
        return {**os.environ, "PYTHON_KEYRING_BACKEND": f"{FileKeyring.__module__}.FileKeyring",
                FILE_ENV: str(self.vault), "PYTHONPATH": path}

    def where(self, data_dir: Path) -> list[str]:
        """The options that point a ``balie`` command at this counter."""
        return ["--data-dir", str(data_dir), "--config", str(self.config)]

    @contextlib.contextmanager
    def keyring(self) -> Iterator[None]:
        """This counter's keyring active in this process (building a store, in-process reads)."""
        with file_keyring_active(self.vault):
            yield

    def adopt_vault(self, kept: Path) -> None:
        """The store keys of kept stores (a kept store is unreadable without its key)."""
        if kept.exists():
            FileKeyring(self.vault).adopt(kept)

    def keep_vault(self, kept: Path) -> None:
        shutil.copy(self.vault, kept)


@contextlib.contextmanager
def live_counter(root: Path) -> Iterator[Live]:
    """The platform in its own process, the machine settings and the keyring with the client
    secret; the platform stops at the end."""
    sys.path.insert(0, str(ROOT / "bench"))
    from drain import start_remote

    from balie.training import demo

    root.mkdir(parents=True, exist_ok=True)
    platform = start_remote(root / "platform")
    live = Live(root, platform)
    try:
        live.vault.parent.mkdir(parents=True, exist_ok=True)
        live.config.parent.mkdir(parents=True, exist_ok=True)
        live.config.write_text(
            "[platform]\nenvironment = production\nauth_mode = client_credentials\n"
            f"client_id = {platform.client_id}\napi_url = {platform.url}\n"
            f"auth_url = {platform.auth_url}\nsearch_url = {platform.url}/search\n\n"
            f"[counter]\norganizer_id = {demo.ORGANIZERS['pool'].id}\nname = Zwembad kassa 1\n",
            encoding="utf-8")
        with live.keyring():
            from balie.sync.secrets import SecretStore

            SecretStore("production").save_client_secret(platform.client_id,
                                                         platform.client_secret)
        yield live
    finally:
        platform.process.terminate()
        platform.process.wait(timeout=30)


def seal(store: Any, now: datetime) -> Any:
    """Give a freshly built store its key (from the active keyring) and the staff, as a live
    counter's first start and its supervisor do. Returns the store's FieldCipher."""
    from balie.crypto import KeyringKeySource
    from balie.operators import Operators
    from balie.privacy import attach_cipher

    cipher = attach_cipher(store, KeyringKeySource())
    operators = Operators(store)
    for code, name, role, pin in STAFF:
        problem = operators.add(code, name, role, pin, now)
        assert problem is None, problem
    return cipher
