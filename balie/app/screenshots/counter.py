"""Render every counter screen state to PNG: ``python -m balie.app.screenshots --out DIR``.

For reviewing the look (calm, large, high contrast, Dutch) without a display: offscreen Qt, the
real store and the in-process training platform, each state reached the way a cashier would
(a tap of a demo pass, a sale, the platform going away). The PNGs are not committed.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from balie.app.screenshots.common import scratch_dir, themed_app, wait_until

#: (file name, demo pass key) for the identification states
PASS_STATES: tuple[tuple[str, str], ...] = (
    ("01-kansentarief-actief", "kansen_active"),
    ("02-kansenstatuut-loopt-af", "kansen_expiring"),
    ("03-overgangsperiode", "kansen_grace"),
    ("04-kansenstatuut-verlopen", "kansen_expired"),
    ("05-kaart-geblokkeerd", "blocked"),
    ("06-groepspas", "group"),
    ("07-geen-kansenstatuut", "regular"),
    ("08-andere-regio", "other_region_kansen"),
)


def render(out: Path, *, language: str = "nl") -> list[Path]:

    from balie.app import build_window, compose_training, demo_pass_numbers
    from balie.domain import IdentificationSource

    _app = themed_app(out, language)  # held for the whole scene
    written: list[Path] = []
    numbers = demo_pass_numbers()
    with scratch_dir("balie-shots-") as tmp:
        running = build_window(compose_training(tmp), with_reader=False,
                               virtual_cards="direct", start_sync=False, backup_delay=3600.0)
        window, view = running.window, running.window.view
        window.resize(1366, 768)
        window.show()
        window.start()
        wait_until(lambda: view.event_combo.count() > 0)
        wait_until(lambda: not window.runner.busy and not window.status_runner.busy)

        def shot(name: str) -> None:
            wait_until(lambda: not window.runner.busy and not window.status_runner.busy)
            window.repaint()
            path = out / f"{name}-{language}.png"
            window.grab().save(str(path))
            written.append(path)

        def identify(key: str) -> None:
            before = view.pass_panel.view
            view.banner.clear()
            view.identify(numbers[key], IdentificationSource.SCANNER)
            wait_until(lambda: not window.runner.busy and (view.pass_panel.view is not before
                                                      or view.banner.isVisible()))

        shot("00-klaar-voor-een-pas")
        for name, key in PASS_STATES:
            identify(key)
            shot(name)
        identify("kansen_active")
        view.sell()
        wait_until(lambda: view.banner.kind.value == "ok")
        shot("09-verkocht")
        platform = running.composition.platform
        assert platform is not None, "a training counter runs against its platform"
        platform.set_faults(refuse_connections=True)
        identify("kansen_expiring")  # seen online above: cached, so decided offline now
        window.refresh_state()
        shot("10-offline-voorlopig-met-wachtrij")
        platform.clear_faults()
        view.banner.clear()
        view.identify("1234", IdentificationSource.TYPED)
        wait_until(lambda: view.banner.isVisible())
        shot("11-geweigerd-onleesbaar-nummer")

        def dialog_shot(name: str, dialog: object) -> None:
            wait_until(lambda: not window.runner.busy)
            dialog.repaint()  # type: ignore[attr-defined]
            path = out / f"{name}-{language}.png"
            dialog.grab().save(str(path))  # type: ignore[attr-defined]
            written.append(path)
            dialog.close()  # type: ignore[attr-defined]

        report = window.open_report()
        wait_until(lambda: report is not None and report.report is not None)
        dialog_shot("12-dagrapport", report)
        attention = window.open_attention()
        dialog_shot("13-te-behandelen", attention)
        identify("kansen_active")  # sold to above: the sale waits in the queue
        history = window.open_history()
        wait_until(lambda: history is not None and not history.loading)
        dialog_shot("14-geschiedenis", history)
        from balie.ui.rewards_view import RewardsView

        for name, offline in (("18-voordelen", False), ("19-voordelen-offline", True)):
            if offline:
                platform.set_faults(refuse_connections=True)
            identify("regular")
            passed = view.pass_panel.view
            assert passed is not None, "the demo pass was identified"
            # on the window's worker, as the counter screen asks it: a live look-up may not run
            # on the GUI thread (balie.threads)
            choice = _on_worker(window, partial(running.composition.adapter.reward_options, passed))
            rewards = RewardsView(choice, passed.pass_.first_name if passed.pass_ else "", window)
            rewards.show()
            dialog_shot(name, rewards)
            platform.clear_faults()
        for index, name in ((0, "15-instellingen-offline-beleid"), (1, "16-instellingen-kaartlezers"),
                            (3, "17-over-balie")):
            settings = window.open_settings(about=index == 3)
            assert settings is not None, "the settings screen opened"
            wait_until(partial(_settings_ready, settings))
            settings.tabs.setCurrentIndex(index)
            dialog_shot(name, settings)
        running.stop()
    return written


def _on_worker(window: Any, ask: Callable[[], Any]) -> Any:
    """``ask`` on the window's counter worker, as the screens do; its answer (or exception)."""
    answers: list[Any] = []
    window.runner.submit(ask, answers.append, answers.append)
    wait_until(lambda: bool(answers))
    return answers[0]


def _settings_ready(settings: Any) -> bool:
    return not settings.busy and settings.licences_table.rowCount() > 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for the PNG files")
    parser.add_argument("--language", choices=("nl", "fr", "en"), default="nl")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import balie.ui  # noqa: F401 - the PySide6 6.12 guard

    for path in render(args.out, language=args.language):
        print(path)
    # new pass holder, receipt, wizard, online
    from balie.app.screenshots.passholder_and_setup import render_all

    for path in render_all(args.out, language=args.language):
        print(path)
    # operators, damaged store
    from balie.app.screenshots.operators import render_all as render_lock

    for path in render_lock(args.out, language=args.language):
        print(path)
    # group mode, QR check-in codes
    from balie.app.screenshots.group_and_qr import render_all as render_group

    for path in render_group(args.out, language=args.language):
        print(path)
    # a cashier's day at 1366x768, the steps of tests/ui/test_cashier_day.py
    from balie.app.screenshots.day import render_day

    for path in render_day(args.out, language=args.language):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
