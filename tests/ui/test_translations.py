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
    ("nl", "Offline", "Wachtrij: 2 actie(s)"),
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


def test_language_chosen_in_the_menu_is_stored_for_the_next_start(counter_app, qtbot):
    window = counter_app.window
    french = next(a for a in window.language_actions.actions() if a.data() == "fr")
    french.trigger()
    assert counter_app.composition.settings.get(SETTING_LANGUAGE) == "fr"
    assert "volgende start" in window.view.banner.text()
