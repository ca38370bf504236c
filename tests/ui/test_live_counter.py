"""The live path: the setup wizard's services sign in, save and sync; then 'balie gui' (not
training) starts a counter on the configured platform (here the training platform on 127.0.0.1,
chosen as an environment with its URL, with client credentials in a keyring)."""

from __future__ import annotations

import argparse

from balie import app as composition
from balie.training import demo


def test_wizard_services_sign_in_save_sync_then_the_live_counter_starts(
        platform, tmp_path, memory_keyring, qtbot):
    config_file = tmp_path / "balie.ini"
    services = composition.AppWizardServices(config_file, tmp_path / "data")
    services.set_platform_urls(platform.url, platform.auth_url, platform.search_url)
    wrong = services.sign_in("training", "client_credentials", platform.client_id, "wrong")
    assert not wrong.ok and wrong.message_nl
    result = services.sign_in("training", "client_credentials", platform.client_id,
                              platform.client_secret)
    assert result.ok, result.message_nl
    pool = demo.ORGANIZERS["pool"].id
    assert pool in [org_id for org_id, _name in result.organizers]
    assert platform.client_secret in memory_keyring.data.values()  # kept in the keyring
    services.save({"platform": {"environment": "training", "auth_mode": "client_credentials",
                                "client_id": platform.client_id, "api_url": platform.url,
                                "auth_url": platform.auth_url, "search_url": platform.search_url},
                   "counter": {"organizer_id": pool, "name": "Onthaal zwembad"}})
    assert platform.client_secret not in config_file.read_text(encoding="utf-8")
    steps: list[str] = []
    synced = services.first_sync(lambda step, _done, _total: steps.append(step))
    assert synced.ok, synced.message_nl
    assert steps

    args = argparse.Namespace(data_dir=None, platform_url=None, auth_url=None)
    running = composition.start_gui(training=False, data_dir=tmp_path / "data",
                                    config_path=config_file, overrides_from=args,
                                    with_reader=False, setup_wizard=False)
    try:
        window = running.window
        qtbot.addWidget(window)
        window.show()
        assert not window.training_mark.isVisible()
        qtbot.waitUntil(lambda: window.view.event_combo.count() > 0, timeout=10000)
        assert "Vrij zwemmen" in window.view.event_combo.itemText(0)
        qtbot.waitUntil(lambda: window.status.online_label.text() == "Online", timeout=10000)
    finally:
        running.stop()
