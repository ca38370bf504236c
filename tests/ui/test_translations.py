"""Dutch is the source; French and English come from the compiled .qm files via QTranslator."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from balie.ui.resources import SETTING_LANGUAGE, i18n_dir, install_language
from balie.ui.status_bar import CounterStatusBar


@pytest.fixture
def language(qapp) -> Iterator[None]:
    yield
    install_language("nl")


@pytest.mark.parametrize(("code", "offline", "queue"), [
    ("nl", "Offline", "Wachtrij: 2 acties"),
    ("fr", "Hors ligne", "File d'attente : 2 actions"),
    ("en", "Offline", "Queue: 2 actions"),
])
def test_status_bar_speaks_the_chosen_language(language, qtbot, code, offline, queue):
    assert install_language(code) == code
    bar = CounterStatusBar()
    qtbot.addWidget(bar)
    bar.set_queue_length(2)
    assert bar.online_label.text() == offline
    assert bar.queue_label.text() == queue


def test_compiled_translations_are_committed_for_every_language():
    for code in ("nl", "fr", "en"):
        assert (i18n_dir() / f"balie_{code}.qm").is_file()
        assert (i18n_dir() / f"balie_{code}.ts").is_file()


def test_unknown_language_falls_back_to_dutch(language):
    assert install_language("de") == "nl"


def test_language_chosen_in_the_menu_switches_the_open_screens_at_once_and_is_stored(
        counter_app, language, qtbot):
    from tests.ui.conftest import identify

    identify(qtbot, counter_app, "kansen_active")
    window = counter_app.window
    french = next(a for a in window.language_actions.actions() if a.data() == "fr")
    french.trigger()
    assert counter_app.composition.settings.get(SETTING_LANGUAGE) == "fr"
    qtbot.waitUntil(lambda: window.view.sell_button.text() == "F2  Vendre", timeout=10000)
    assert window.counter_menu.title() == "&Guichet"
    assert window.view.scan_field.placeholderText().startswith("Présentez la carte")
    assert window.view.pass_panel.who.text().startswith("Mehdi"), "the same pass stays on screen"
    assert window.view.pass_panel.selected_offer() is not None
    dutch = next(a for a in window.language_actions.actions() if a.data() == "nl")
    dutch.trigger()
    qtbot.waitUntil(lambda: window.view.sell_button.text() == "F2  Verkopen", timeout=10000)


@pytest.mark.parametrize(("code", "cancel"), [("nl", "Annuleren"), ("fr", "Annuler")])
def test_qt_own_buttons_speak_the_counter_language(language, qtbot, code, cancel):
    """File dialogs and standard buttons come from Qt itself: its own translations are loaded."""
    from PySide6.QtWidgets import QDialogButtonBox

    install_language(code)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == cancel
