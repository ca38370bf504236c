"""The live counter seals personal data with the store key from the OS keyring; without a
keyring (or with the key gone) it refuses to start with a Dutch reason, never runs in clear."""

from __future__ import annotations

from pathlib import Path

import pytest

import balie.ui  # noqa: F401 - PySide6 6.12 guard before Qt calls
from balie import app
from balie.config import load_config
from balie.crypto import KEY_CHECK_SETTING, CryptoError, KeyringKeySource
from balie.sync.secrets import SecretStore
from balie.training import demo
from tests.ui.test_lock_screen import FAST


def live_config(platform, tmp_path: Path):
    SecretStore("training").save_client_secret(platform.client_id, platform.client_secret)
    return load_config({
        "platform": {"environment": "training", "auth_mode": "client_credentials",
                     "client_id": platform.client_id, "api_url": platform.url,
                     "auth_url": platform.auth_url, "search_url": platform.search_url},
        "counter": {"organizer_id": demo.ORGANIZERS["pool"].id, "name": "Onthaal zwembad"},
        "store": {"data_dir": str(tmp_path / "data")}},
        machine_path=tmp_path / "none.ini", user_path=tmp_path / "none-user.ini")


def test_live_store_is_sealed_with_a_key_kept_in_the_keyring(platform, tmp_path,
                                                              memory_keyring):
    composition = app.compose_configured(live_config(platform, tmp_path), None,
                                         operator_scrypt=FAST)
    try:
        store = composition.store
        assert store.cipher is not None
        assert store.get_setting(KEY_CHECK_SETTING)
        assert ("balie-store", store.device_id) in memory_keyring.data
        assert composition.session is not None  # operators sign in on a live counter
        path, key = store.path, memory_keyring.data[("balie-store", store.device_id)]
    finally:
        composition.stop()
    on_disk = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    assert key.encode() not in on_disk  # the key never lands next to the data


def test_without_a_keyring_the_live_counter_refuses_in_dutch(platform, tmp_path,
                                                             memory_keyring, qtbot):
    from keyring.backends import fail

    config = live_config(platform, tmp_path)
    with pytest.raises(CryptoError) as refused:
        app.compose_configured(config, None, key_source=KeyringKeySource(fail.Keyring()))
    problem = refused.value.problem
    assert problem.code == "keyring-unavailable"
    assert "sleutelbos" in problem.message and problem.next_step
    box = app.refusal_dialog(problem)  # what `balie gui` shows (and prints on stderr)
    qtbot.addWidget(box)
    assert "sleutelbos" in box.text()


def test_a_lost_store_key_is_refused_not_replaced(platform, tmp_path, memory_keyring):
    config = live_config(platform, tmp_path)
    app.compose_configured(config, None, operator_scrypt=FAST).stop()
    for name in [k for k in memory_keyring.data if k[0] == "balie-store"]:
        del memory_keyring.data[name]  # another Windows user, a wiped profile
    with pytest.raises(CryptoError) as refused:
        app.compose_configured(config, None)
    assert refused.value.problem.code == "store-key-missing"
