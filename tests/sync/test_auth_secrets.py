"""Secrets go to the OS keyring or nowhere: no keyring means a clear refusal, never a plain file."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backends import fail

from balie.sync.secrets import SecretStore, SecretStoreUnavailable
from tests.fixtures.keyring import MemoryKeyring


def test_refresh_token_is_kept_per_environment_client_and_account(memory_keyring: MemoryKeyring):
    test, prod = SecretStore("test"), SecretStore("production")
    test.save_refresh_token("balie", "rt-test", account="kassa1")
    assert test.refresh_token("balie", account="kassa1") == "rt-test"
    assert test.refresh_token("balie", account="kassa2") is None
    assert prod.refresh_token("balie", account="kassa1") is None
    test.forget_refresh_token("balie", account="kassa1")
    test.forget_refresh_token("balie", account="kassa1")  # twice is fine
    assert test.refresh_token("balie", account="kassa1") is None


def test_client_secret_round_trip(memory_keyring: MemoryKeyring):
    store = SecretStore("test")
    store.save_client_secret("city-client", "s3cret")
    assert store.client_secret("city-client") == "s3cret"


def test_without_a_keyring_balie_refuses_in_dutch_and_writes_no_file(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    store = SecretStore("test", backend=fail.Keyring())
    with pytest.raises(SecretStoreUnavailable) as info:
        store.save_refresh_token("balie", "rt")
    assert "sleutelbos" in info.value.user_message()
    assert list(tmp_path.iterdir()) == []
