"""Fixtures the end-to-end tests share: the store they run on, plain (training) or sealed (live)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from balie.crypto import KeyringKeySource
from balie.privacy import attach_cipher
from balie.store import Store
from tests.fixtures.keyring import MemoryKeyring


@pytest.fixture(params=["plain", "sealed"])
def any_store(request: pytest.FixtureRequest, store: Store, tmp_path: Path,
              memory_keyring: MemoryKeyring) -> Iterator[Store]:
    """Each test twice: on a plain store, and on a sealed one as a live counter has it, with its
    key in a real keyring backend."""
    if request.param == "plain":
        yield store
        return
    sealed = Store.open(tmp_path / "live" / "balie.sqlite3")
    attach_cipher(sealed, KeyringKeySource())  # the live counter's key, in the OS keyring
    assert sealed.cipher is not None and memory_keyring.data, "the store key lives in the keyring"
    yield sealed
    sealed.close()
