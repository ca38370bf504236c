"""Screenshots of the operator screens: the lock screen (training staff, a lock-out), the first
supervisor at first start, a cashier refused 'Te behandelen', the operators view and the
damaged-store dialog. Called by ``python -m balie.app.screenshots``; each state is reached the
way a cashier would, on a training counter with its in-process platform.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from balie.app.screenshots.common import wait_until


def render_all(out: Path, *, language: str = "nl") -> list[Path]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from balie.app import build_window, compose_training, operator_session
    from balie.domain import Problem
    from balie.ui.damaged_store import DamagedStoreDialog

    written: list[Path] = []

    def shot(name: str, widget: Any) -> None:
        QTest.qWait(60)  # let the posted layout requests run: the grab shows the settled screen
        widget.repaint()
        path = out / f"{name}-{language}.png"
        widget.grab().save(str(path))
        written.append(path)

    from balie.app.screenshots.common import scratch_dir

    with scratch_dir("balie-shots-lock-") as tmp:
        running = build_window(compose_training(tmp / "a", operators=True),
                               with_reader=False, virtual_cards="direct", start_sync=False,
                               backup_delay=3600.0)
        window = running.window
        lock = window.lock_screen
        assert lock is not None, "a counter with operators starts locked"
        window.resize(1366, 768)
        window.show()
        window.start()
        wait_until(lambda: len(lock.operator_buttons) == 3 and not window.runner.busy)
        shot("40-vergrendeld", window)
        for pin in ("1111", "2222", "3333", "4444", "5555"):
            lock.choose(2)
            QTest.keyClicks(lock.pin_field, pin)
            lock.submit()
            wait_until(lambda: not window.runner.busy)
        shot("41-medewerker-geblokkeerd", window)
        lock.choose(1)
        QTest.keyClicks(lock.pin_field, "2580")
        lock.submit()
        wait_until(lambda: not window.locked)
        QTest.keyClick(window.view.scan_field, Qt.Key.Key_F10)
        shot("42-kassier-mag-niet-te-behandelen", window)
        window.lock()
        wait_until(lambda: len(lock.operator_buttons) == 3 and not window.runner.busy)
        lock.choose(3)
        QTest.keyClicks(lock.pin_field, "8642")
        lock.submit()
        wait_until(lambda: not window.locked)
        view = window.open_operators()
        wait_until(lambda: view is not None and view.list.count() == 3)
        assert view is not None, "a supervisor opens the operators view"
        shot("43-medewerkers", view)
        dialog = view.add()
        dialog.name.setText("Sofie")
        dialog.badge.setText("04A1B2C3D4E5F6")
        shot("44-medewerker-toevoegen", dialog)
        dialog.reject()
        view.close()
        running.stop()

        first = compose_training(Path(tmp) / "b", platform=None)
        first.session = operator_session(first.store, first.counter, training=False)
        running = build_window(first, with_reader=False, virtual_cards=False, start_sync=False)
        window = running.window
        window.resize(1366, 768)
        window.show()
        window.start()
        first_lock = window.lock_screen
        assert first_lock is not None, "a counter with operators starts locked"
        wait_until(lambda: first_lock.pages.currentIndex() == 1)
        first_lock.first_name.setText("An Peeters")
        shot("45-eerste-verantwoordelijke", window)
        running.stop()

    damaged = DamagedStoreDialog(
        Problem("store-damaged", "De kassadatabank balie.sqlite3 is beschadigd of onvolledig. "
                "balie werkt er niet mee verder, om geen verkopen te verliezen.",
                "Zet de nieuwste goede back-up terug, of bel de helpdesk."),
        "balie-20260610T120000Z-daily.sqlite3 (10/06/2026 14:00)", lambda: None)
    damaged.show()
    shot("46-databank-beschadigd", damaged)
    damaged.reject()
    return written
