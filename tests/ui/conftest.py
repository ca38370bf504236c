"""UI tests run offscreen against real parts: a store on tmp_path, the session's training platform
over HTTP (reset per test), the real counter."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from balie.app import Running, build_window, compose_training
from balie.training import demo


@pytest.fixture(autouse=True)
def dutch(qapp) -> None:
    """Every screen test starts in Dutch with its plural forms, as the app starts (the order of
    tests must not decide whether "1 actie" or "1 actie(s)" is shown)."""
    from balie.ui.resources import install_language

    install_language("nl")


@pytest.fixture
def themed(qapp):
    """The counter's real look (large fonts, padded buttons), as ``balie gui`` applies it: what
    has to fit on a counter's screen. tests/conftest.py takes it off again after the test."""
    from balie.ui.resources import apply_theme

    apply_theme(qapp)
    return qapp


def open_counter(platform, tmp_path, qtbot, *, start_sync: bool,
                 organizer_key: str = "pool", backup_delay: float = 60.0,
                 policy=None) -> Running:
    composition = compose_training(tmp_path / "counter", platform, sync_interval=30.0,
                                   organizer_key=organizer_key, policy=policy)
    running = build_window(composition, with_reader=False, virtual_cards=False,
                           start_sync=start_sync, backup_delay=backup_delay)
    window = running.window
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.view.event_combo.count() > 0, timeout=10000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=5000)
    return running


@pytest.fixture
def counter_app(platform, tmp_path, qtbot) -> Iterator[Running]:
    """The counter window on the training platform, events loaded, scan field focused. The sync
    worker does not run on its own (queued actions stay queued until "Nu synchroniseren")."""
    running = open_counter(platform, tmp_path, qtbot, start_sync=False)
    yield running
    running.stop()


@pytest.fixture
def synced_app(platform, tmp_path, qtbot) -> Iterator[Running]:
    """The counter window with its sync worker running, as a cashier gets it."""
    running = open_counter(platform, tmp_path, qtbot, start_sync=True)
    yield running
    running.stop()


@pytest.fixture
def museum_app(platform, tmp_path, qtbot) -> Iterator[Running]:
    """A counter of the demo museum (ticket limit of 2 a day on today's exhibition); the sync
    worker only runs when asked."""
    running = open_counter(platform, tmp_path, qtbot, start_sync=False, organizer_key="museum")
    combo = running.window.view.event_combo
    combo.setCurrentIndex(combo.findData(demo.EVENTS["museum_today"].id))
    yield running
    running.stop()


def chip_of(key: str) -> str:
    return demo.PASSES[key].chip_number


def number_of(key: str) -> str:
    return demo.PASSES[key].uitpas_number


def identify(qtbot, running: Running, key: str, *, tap: bool = True) -> None:
    view = running.window.view
    before = view.pass_panel.view
    if tap:
        running.signals.card_tapped.emit("Virtual PCD 00 00", chip_of(key))
    else:
        view.identify(number_of(key), __import__("balie.domain").domain.IdentificationSource.TYPED)
    qtbot.waitUntil(lambda: not running.window.runner.busy
                    and (view.pass_panel.view is not before or view.banner.kind.value == "refused"),
                    timeout=10000)
    settled(qtbot, running)


def settled(qtbot, running: Running) -> None:
    """Wait until a view painted from the store has the platform's answer (or its absence)."""
    view = running.window.view
    qtbot.waitUntil(lambda: not view.confirm_runner.busy
                    and (view.pass_panel.view is None or not view.pass_panel.view.confirming),
                    timeout=10000)
