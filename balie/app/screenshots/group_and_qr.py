"""Screenshots of group mode and the QR check-in codes, at 1366x768 (part of
``python -m balie.app.screenshots``).

Reached as a cashier would: Ctrl+G on the counter, a class of demo passes scanned in (one with
kansentarief, one blocked card), F2; then the same group offline; Ctrl+K online and offline.
The QR dialog's "open" goes nowhere here: its seam records the link instead of starting a viewer.
"""

from __future__ import annotations

from pathlib import Path

from balie.app.screenshots.common import scratch_dir, themed_app, wait_until

#: a school class as the group screenshots scan it
CLASS = ("kansen_active", "minor", "regular", "few_points", "blocked")


def render_all(out: Path, *, language: str = "nl") -> list[Path]:
    from PySide6.QtCore import QUrl
    from PySide6.QtTest import QTest

    from balie.app import build_window, compose_training, demo_pass_numbers
    from balie.domain import IdentificationSource
    from balie.group import GroupMode

    _app = themed_app(out, language)  # held for the whole scene
    written: list[Path] = []
    numbers = demo_pass_numbers()
    with scratch_dir("balie-shots-group-") as tmp:
        running = build_window(compose_training(tmp, organizer_key="pool"), with_reader=False,
                               virtual_cards="direct", start_sync=False, backup_delay=3600.0)
        window = running.window
        window.resize(1366, 768)
        window.show()
        window.start()
        wait_until(lambda: window.view.event_combo.count() > 0)
        platform = running.composition.platform
        group_menu, qr_menu = window.group, window.qr_codes
        assert platform is not None and group_menu is not None and qr_menu is not None, \
            "a training window has its platform, group mode and QR codes"

        def shot(name: str, widget: object) -> None:
            QTest.qWait(100)  # the layout settles around the last banner text
            widget.repaint()  # type: ignore[attr-defined]
            path = out / f"{name}-{language}.png"
            widget.grab().save(str(path))  # type: ignore[attr-defined]
            written.append(path)

        def group(offline: bool) -> None:
            dialog = group_menu.open()
            wait_until(lambda: dialog.current_event() is not None)
            for key in CLASS:
                dialog.add_pass(numbers[key], IdentificationSource.SCANNER)
                wait_until(lambda: not dialog.runner.busy)
            if offline:
                platform.set_faults(refuse_connections=True)
            else:
                shot("40-groep-lijst", dialog)
            dialog.do_all(GroupMode.SELL)
            wait_until(lambda: not dialog.runner.busy and not dialog._todo, timeout=60.0)
            shot("42-groep-offline-voorlopig" if offline else "41-groep-verkocht", dialog)
            dialog.reject()
            platform.clear_faults()

        group(offline=False)
        group(offline=True)
        opened: list[QUrl] = []

        def record(url: QUrl) -> bool:
            opened.append(url)
            return True

        reachable = qr_menu.work.is_online

        def qr_codes(offline: bool) -> None:
            qr_menu.work.is_online = (lambda: False) if offline else reachable
            qr = qr_menu.open()
            wait_until(lambda: qr.online is not None)
            if not offline:
                qr.open_codes()
                wait_until(lambda: bool(opened))
            shot("44-qr-check-incodes-offline" if offline else "43-qr-check-incodes", qr)
            qr.reject()

        qr_menu.work.open_url = record
        qr_codes(offline=False)
        qr_codes(offline=True)
        running.stop()
    return written
