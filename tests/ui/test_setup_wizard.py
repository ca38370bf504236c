"""The first-start wizard, page by page, against fake services (the real ones need publiq's
servers; a boundary, not a mock of our own code)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtWidgets import QWizard

from balie.ui.setup_wizard import FirstSyncResult, SetupWizard, SignInResult

ORGS = [("org-pool", "Zwembad Van Eyck Gent"), ("org-museum", "Stedelijk Museum Aalst")]


@dataclass
class FakeServices:
    secret_ok: str = "geheim"
    sync_ok: bool = True
    calls: list[tuple] = field(default_factory=list)
    saved: list[dict] = field(default_factory=list)
    threads: set[str] = field(default_factory=set)

    def list_readers(self) -> list[str]:
        self.threads.add(threading.current_thread().name)
        return ["ACS ACR122U PICC 00 00", "Alcor Micro AU9540 00 00"]

    def sign_in(self, environment: str, auth_mode: str, client_id: str,
                secret: str | None) -> SignInResult:
        self.threads.add(threading.current_thread().name)
        self.calls.append((environment, auth_mode, client_id, secret))
        if auth_mode == "client_credentials" and secret != self.secret_ok:
            return SignInResult(False, "Aanmelden mislukt: het clientgeheim klopt niet.")
        return SignInResult(True, "Aangemeld.", ORGS)

    def first_sync(self, on_progress: Callable[[str, int, int], None]) -> FirstSyncResult:
        self.threads.add(threading.current_thread().name)
        for i in range(1, 4):
            on_progress(f"Activiteiten ({i}/3)", i, 3)
        if not self.sync_ok:
            return FirstSyncResult(False, "UiTPAS antwoordt niet. Probeer opnieuw.")
        return FirstSyncResult(True, "12 activiteiten en 3 voordelen opgehaald.")

    def save(self, values: dict[str, dict[str, str]]) -> None:
        self.saved.append(values)


def _wizard(qtbot, services: FakeServices) -> SetupWizard:
    wizard = SetupWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _next_enabled(wizard: SetupWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def _walk_to_sync(qtbot, wizard: SetupWizard, services: FakeServices) -> None:
    wizard.platform_page.group.buttons()[2].setChecked(True)  # production
    wizard.next()
    page = wizard.sign_in_page
    assert not _next_enabled(wizard)
    page.client.setChecked(True)
    page.client_id.setText("counter-client")
    page.secret.setText("geheim")
    page.sign_in()
    qtbot.waitUntil(lambda: page.isComplete(), timeout=5000)
    wizard.next()
    wizard.organizer_page.list.setCurrentRow(0)
    wizard.next()
    qtbot.keyClicks(wizard.counter_page.name, "Onthaal zwembad")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.readers_page.nfc.count() == 3, timeout=5000)
    wizard.readers_page.nfc.setCurrentIndex(1)
    wizard.next()


def test_complete_setup_saves_plain_settings_and_never_the_secret(qtbot):
    services = FakeServices()
    wizard = _wizard(qtbot, services)
    _walk_to_sync(qtbot, wizard, services)
    page = wizard.sync_page
    qtbot.waitUntil(lambda: page.result is not None, timeout=5000)
    assert page.message.text() == "12 activiteiten en 3 voordelen opgehaald."
    assert page.bar.value() == page.bar.maximum()
    assert services.calls == [("production", "client_credentials", "counter-client", "geheim")]
    assert services.saved == [{
        "platform": {"environment": "production", "auth_mode": "client_credentials",
                     "client_id": "counter-client", "api_url": "", "auth_url": "",
                     "search_url": ""},
        "counter": {"organizer_id": "org-pool", "name": "Onthaal zwembad"},
        "readers": {"nfc": "ACS ACR122U PICC 00 00", "eid": ""}}]
    assert "geheim" not in repr(services.saved)
    assert wizard.sign_in_page.secret.text() == ""
    wizard.next()
    summary = wizard.summary_page.text.text()
    for line in ("Platform: UiTPAS", "Organisator: Zwembad Van Eyck Gent",
                 "Balie: Onthaal zwembad", "UiTPAS-lezer: ACS ACR122U PICC 00 00",
                 "eID-lezer: automatisch"):
        assert line in summary
    assert "MainThread" not in services.threads  # every service call ran off the GUI thread


def test_wrong_secret_says_why_and_blocks_next(qtbot):
    services = FakeServices()
    wizard = _wizard(qtbot, services)
    wizard.platform_page.group.buttons()[1].setChecked(True)
    wizard.next()
    page = wizard.sign_in_page
    page.client.setChecked(True)
    page.client_id.setText("counter-client")
    page.secret.setText("fout")
    page.sign_in()
    qtbot.waitUntil(lambda: page.result is not None, timeout=5000)
    assert page.message.text() == "Aanmelden mislukt: het clientgeheim klopt niet."
    assert not _next_enabled(wizard)


def test_training_platform_prefills_the_training_client_and_browser_login_sends_no_secret(qtbot):
    services = FakeServices()
    wizard = _wizard(qtbot, services)
    wizard.next()  # training is the default
    page = wizard.sign_in_page
    assert page.client_id.text() == "balie-training" and page.client.isChecked()
    page.browser.setChecked(True)
    page.secret.setText("typed anyway")
    page.sign_in()
    qtbot.waitUntil(lambda: page.isComplete(), timeout=5000)
    assert services.calls == [("training", "browser", "balie-training", None)]


def test_advanced_urls_are_handed_over_and_saved(qtbot):
    services = FakeServices()
    seen: list[tuple[str, str, str]] = []
    services.set_platform_urls = lambda a, b, c: seen.append((a, b, c))  # type: ignore[attr-defined]
    wizard = _wizard(qtbot, services)
    wizard.platform_page.group.buttons()[1].setChecked(True)
    wizard.platform_page.advanced.setChecked(True)
    wizard.platform_page.urls["api_url"].setText("https://uitpas.stad.example")
    assert wizard.values()["platform"]["api_url"] == "https://uitpas.stad.example"
    wizard.next()
    wizard.sign_in_page.client_id.setText("x")
    wizard.sign_in_page.sign_in()
    qtbot.waitUntil(lambda: wizard.sign_in_page.isComplete(), timeout=5000)
    assert seen == [("https://uitpas.stad.example", "", "")]


def test_failed_first_sync_is_clear_and_can_be_retried(qtbot):
    services = FakeServices(sync_ok=False)
    wizard = _wizard(qtbot, services)
    _walk_to_sync(qtbot, wizard, services)
    page = wizard.sync_page
    qtbot.waitUntil(lambda: page.result is not None, timeout=5000)
    assert page.message.text() == "UiTPAS antwoordt niet. Probeer opnieuw."
    assert page.retry.isVisible()
    services.sync_ok = True
    page.retry.click()
    qtbot.waitUntil(lambda: page.result is not None and page.result.ok, timeout=5000)
    assert not page.retry.isVisible()
    assert len(services.saved) == 2
