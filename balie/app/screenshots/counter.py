"""Render every counter screen state to PNG: ``python -m balie.app.screenshots --out DIR``.

For reviewing the look (calm, large, high contrast, Dutch) without a display: offscreen Qt, the
real store and the in-process training platform, each state reached the way a cashier would
(a tap of a demo pass, a sale, the platform going away). The PNGs are not committed.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

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


@contextlib.contextmanager
def scratch_dir(prefix: str) -> Iterator[Path]:
    """A temporary folder for one run's store and platform, removed afterwards even when a
    thread that was just told to stop (sync, backup, the platform's server) still closes a
    file in it: ``TemporaryDirectory`` then failed with "Directory not empty" on about one run
    in two. The removal is tried again for a few seconds; what stays is reported, not raised."""
    path = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield path
    finally:
        end = time.monotonic() + 5.0
        while True:
            shutil.rmtree(path, ignore_errors=True)
            if not path.exists() or time.monotonic() > end:
                break
            time.sleep(0.1)  # a closing thread, not a condition this process can wait on
        if path.exists():
            print(f"note: could not remove {path} completely", file=sys.stderr)


def _wait(predicate: Callable[[], bool], timeout: float = 10.0) -> bool:
    from PySide6.QtTest import QTest

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        QTest.qWait(20)
    return False


def render(out: Path, *, language: str = "nl") -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from balie.app import build_window, compose_training, demo_pass_numbers
    from balie.domain import IdentificationSource
    from balie.ui.resources import apply_theme, install_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(app)  # type: ignore[arg-type]
    install_language(language)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    numbers = demo_pass_numbers()
    with scratch_dir("balie-shots-") as tmp:
        running = build_window(compose_training(tmp), with_reader=False,
                               virtual_cards="direct", start_sync=False, backup_delay=3600.0)
        window, view = running.window, running.window.view
        window.resize(1366, 768)
        window.show()
        window.start()
        _wait(lambda: view.event_combo.count() > 0)
        _wait(lambda: not window.runner.busy and not window.status_runner.busy)

        def shot(name: str) -> None:
            _wait(lambda: not window.runner.busy and not window.status_runner.busy)
            window.repaint()
            path = out / f"{name}-{language}.png"
            window.grab().save(str(path))
            written.append(path)

        def identify(key: str) -> None:
            before = view.pass_panel.view
            view.banner.clear()
            view.identify(numbers[key], IdentificationSource.SCANNER)
            _wait(lambda: not window.runner.busy and (view.pass_panel.view is not before
                                                      or view.banner.isVisible()))

        shot("00-klaar-voor-een-pas")
        for name, key in PASS_STATES:
            identify(key)
            shot(name)
        identify("kansen_active")
        view.sell()
        _wait(lambda: view.banner.kind.value == "ok")
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
        _wait(lambda: view.banner.isVisible())
        shot("11-geweigerd-onleesbaar-nummer")

        def dialog_shot(name: str, dialog: object) -> None:
            _wait(lambda: not window.runner.busy)
            dialog.repaint()  # type: ignore[attr-defined]
            path = out / f"{name}-{language}.png"
            dialog.grab().save(str(path))  # type: ignore[attr-defined]
            written.append(path)
            dialog.close()  # type: ignore[attr-defined]

        report = window.open_report()
        _wait(lambda: report is not None and report.report is not None)
        dialog_shot("12-dagrapport", report)
        attention = window.open_attention()
        dialog_shot("13-te-behandelen", attention)
        identify("kansen_active")  # sold to above: the sale waits in the queue
        history = window.open_history()
        _wait(lambda: history is not None and not history.loading)
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
            answers: list[Any] = []
            window.runner.submit(lambda passed=passed: running.composition.adapter.reward_options(passed),
                                 answers.append, answers.append)
            _wait(lambda: bool(answers))
            choice = answers[0]
            rewards = RewardsView(choice, passed.pass_.first_name if passed.pass_ else "", window)
            rewards.show()
            dialog_shot(name, rewards)
            platform.clear_faults()
        for index, name in ((0, "15-instellingen-offline-beleid"), (1, "16-instellingen-kaartlezers"),
                            (3, "17-over-balie")):
            settings = window.open_settings(about=index == 3)
            _wait(lambda: settings is not None and not settings.busy
                  and settings.licences_table.rowCount() > 0)
            assert settings is not None, "the settings screen opened"
            settings.tabs.setCurrentIndex(index)
            dialog_shot(name, settings)
        running.stop()
    return written


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
    return 0


if __name__ == "__main__":
    sys.exit(main())
