"""Settings and about (Ctrl+,): the effective offline policy and where each value comes from, the
real PC/SC readers and their use, saving them, the language switched live, data and licences."""

from __future__ import annotations

import configparser
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from balie.app import settings_port
from balie.config import load_config
from balie.ui.resources import install_language
from balie.ui.settings_adapter import SettingsAdapter
from balie.ui.settings_view import SettingsView


@pytest.fixture
def dutch_after(qapp) -> Iterator[None]:
    yield
    install_language("nl")


def _cells(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def _open(qtbot, running, **kwargs) -> SettingsView:
    window = running.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    view = window.settings_view
    assert view is not None and view.isVisible()
    qtbot.waitUntil(lambda: not view.busy and view.policy_table.rowCount() > 0, timeout=8000)
    return view


def test_policy_shows_each_effective_value_and_the_file_it_comes_from(tmp_path, qtbot):
    machine = tmp_path / "machine.ini"
    machine.write_text("[policy]\noffline_reward_max_points = 10\n\n"
                       "[policy:org-pool]\noffline_checkins = false\n", encoding="utf-8")
    config = load_config(machine_path=machine, user_path=tmp_path / "none.ini")
    adapter = SettingsAdapter(config=config, policies=config.policies(),
                              organizer_ids=("org-pool", "org-museum"),
                              store_path=tmp_path / "s.sqlite3", backups_dir=tmp_path / "b",
                              training=False)
    view = SettingsView(adapter, "nl", organizer_names={"org-pool": "Zwembad"})
    qtbot.addWidget(view)
    view.load()
    qtbot.waitUntil(lambda: view.policy_table.rowCount() > 0 and not view.busy, timeout=5000)
    rows = _cells(view.policy_table)
    pool_checkins = next(r for r in rows if r[0] == "Zwembad"
                         and r[1] == "Inchecken zonder verbinding")
    assert pool_checkins[2] == "nee" and pool_checkins[3] == f"machinebestand {machine}"
    museum_checkins = next(r for r in rows if r[0] == "org-museum"
                           and r[1] == "Inchecken zonder verbinding")
    assert museum_checkins[2:] == ["ja", "standaard van balie"]
    points = [r for r in rows if r[1].startswith("Hoogstens")]
    assert {r[2] for r in points} == {"10 punten"}
    assert all(r[3] == f"machinebestand {machine}" for r in points)
    warn = next(r for r in rows if r[0] == "Zwembad" and r[1].startswith("Waarschuwen als de "
                                                                         "kansentarieflijst"))
    assert warn[2:] == ["24 uur", "standaard van balie"]


def test_readers_of_pcsc_are_listed_with_their_use_and_saved_to_the_config_file(
        counter_app, pcscd, qtbot):
    view = _open(qtbot, counter_app)
    qtbot.waitUntil(lambda: view.readers_table.rowCount() >= 2, timeout=8000)
    rows = _cells(view.readers_table)
    assert any(name == "Virtual PCD 00 00" for name, _use in rows)
    view.nfc_choice.setCurrentIndex(view.nfc_choice.findData("Virtual PCD 00 00"))
    view.eid_choice.setCurrentIndex(view.eid_choice.findData("Virtual PCD 00 01"))
    view.save_button.click()
    qtbot.waitUntil(lambda: "Bewaard in" in view.readers_result.text(), timeout=5000)
    target = counter_app.composition.config_targets[0]
    written = configparser.ConfigParser()
    written.read(target, encoding="utf-8")
    assert written["readers"]["nfc"] == "Virtual PCD 00 00"
    assert written["readers"]["eid"] == "Virtual PCD 00 01"
    qtbot.waitUntil(lambda: not view.busy, timeout=5000)
    uses = dict(_cells(view.readers_table))
    assert uses["Virtual PCD 00 00"] == "UiTPAS-kaarten (NFC)"
    assert uses["Virtual PCD 00 01"] == "identiteitskaart (eID)"


def test_without_pcsc_service_the_screen_says_scanning_and_typing_still_work(
        counter_app, qtbot):
    port = settings_port(counter_app.composition, readers=lambda: None)
    view = SettingsView(port, "nl")
    qtbot.addWidget(view)
    view.load()
    qtbot.waitUntil(lambda: view._readers is not None and not view.busy, timeout=5000)
    assert "PC/SC" in view.readers_result.text() and "werken wel" in view.readers_result.text()
    view.shutdown()


def test_about_names_version_data_location_and_licences(counter_app, qtbot):
    window = counter_app.window
    view = window.open_settings(about=True)
    qtbot.waitUntil(lambda: view.licences_table.rowCount() > 0, timeout=5000)
    assert view.tabs.currentIndex() == 3
    text = view.about_text.text()
    assert "balie versie" in text
    assert str(counter_app.composition.store.path) in text
    assert "Oefenmodus" in text
    licences = {row[0]: row[2] for row in _cells(view.licences_table)}
    assert licences["PySide6-Essentials"] == "LGPLv3"
    assert licences["pyscard"] == "LGPLv2.1+"
    assert licences["SQLAlchemy"] == "MIT"


def test_language_chosen_in_settings_switches_the_counter_and_the_settings_live(
        counter_app, dutch_after, qtbot):
    view = _open(qtbot, counter_app)
    view.language_buttons["en"].click()
    window = counter_app.window
    qtbot.waitUntil(lambda: window.view.sell_button.text() != "F2  Verkopen", timeout=10000)
    assert counter_app.composition.settings.get("ui.language") == "en"
    assert view.tabs.tabText(3) != "Over &balie", "the open settings screen follows too"
    assert next(a for a in window.language_actions.actions() if a.data() == "en").isChecked()
