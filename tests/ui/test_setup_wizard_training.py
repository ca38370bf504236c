"""The setup wizard with the real services (balie.app.AppWizardServices) against the training
platform over HTTP: client credentials go to the keyring, the configuration file gets plain
settings only, and the first synchronisation really fetches the organizer's events."""

from __future__ import annotations

import configparser
from pathlib import Path

from balie.app import AppWizardServices
from balie.training import demo
from balie.ui.setup_wizard import SetupWizard


def test_setup_against_the_training_platform(qtbot, platform, tmp_path: Path, memory_keyring):
    config_path = tmp_path / "balie.ini"
    services = AppWizardServices(config_path, tmp_path / "data")
    wizard = SetupWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.platform_page
    page.advanced.setChecked(True)
    page.urls["api_url"].setText(platform.url)
    page.urls["auth_url"].setText(platform.auth_url)
    page.urls["search_url"].setText(platform.search_url)
    wizard.next()
    sign_in = wizard.sign_in_page
    assert sign_in.client_id.text() == demo.CLIENT_ID and sign_in.client.isChecked()
    sign_in.secret.setText(demo.CLIENT_SECRET)
    sign_in.sign_in()
    qtbot.waitUntil(lambda: sign_in.result is not None, timeout=15000)
    assert sign_in.result.ok, sign_in.message.text()
    wizard.next()
    organizers = wizard.organizer_page.list
    names = [organizers.item(i).text() for i in range(organizers.count())]
    pool = demo.ORGANIZERS["pool"]
    assert pool.name in names
    organizers.setCurrentRow(names.index(pool.name))
    wizard.next()
    wizard.counter_page.name.setText("Onthaal zwembad")
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.runner.busy, timeout=15000)
    wizard.next()
    sync = wizard.sync_page
    qtbot.waitUntil(lambda: sync.result is not None, timeout=30000)
    assert sync.result.ok, sync.message.text()
    written = config_path.read_text(encoding="utf-8")
    assert demo.CLIENT_SECRET not in written
    parsed = configparser.ConfigParser()
    parsed.read_string(written)
    assert parsed["counter"]["organizer_id"] == pool.id
    assert parsed["platform"]["auth_mode"] == "client_credentials"
    assert demo.CLIENT_SECRET in memory_keyring.data.values()
