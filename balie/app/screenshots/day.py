"""A cashier's day at a 1366×768 counter, step by step, by keyboard: the same steps drive the
whole-day test (tests/ui/test_cashier_day.py, which asserts what the cashier reads after each)
and the screenshot tool (which saves each step as a PNG: 50-… to 66-…).

Each method is one thing the cashier does; the reader tap is the one thing that is not a key.
A step waits for the screen to settle and raises AssertionError naming what it waited for.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from balie.app.screenshots.common import themed_app, wait_until

if TYPE_CHECKING:
    from balie.app.window import Running

#: the demo operators' PINs (balie.app.compose, training with operators)
PINS = {"Kassier": "2580", "Verantwoordelijke": "8642"}


class CashiersDay:
    def __init__(self, running: Running) -> None:
        self.running = running
        self.window = running.window
        self.view = running.window.view

    # ----------------------------------------------------------------- the means
    def wait(self, condition: Callable[[], bool], what: str | Callable[[], str],
             timeout: float = 15.0) -> None:
        if not wait_until(condition, timeout):
            said = what() if callable(what) else what
            raise AssertionError(f"the counter did not get there: {said}")

    def idle(self) -> None:
        window = self.window
        self.wait(lambda: not window.runner.busy and not window.status_runner.busy
                  and not self.view.confirm_runner.busy, "the counter idle")

    def key(self, key: Any, modifier: Any = None) -> None:
        """One key press at the counter; what the banner said before is gone."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        # a function key is a window shortcut: it only works in the active window (a closed
        # dialog does not always give the activation back on every platform)
        self.wait(lambda: QApplication.activeModalWidget() is None, "no question open")
        if not self.window.isActiveWindow():
            self.window.activateWindow()
        self.wait(lambda: self.window.isActiveWindow() and QApplication.activeModalWidget() is None,
                  "the counter window active, no question open")
        self.view.banner.clear()
        for _attempt in range(3):
            before = self._screen()
            QTest.keyClick(self.view.scan_field, key, modifier or Qt.KeyboardModifier.NoModifier)
            # a window that had only just become active can lose a shortcut: when the screen
            # shows no sign of the key at all, it is pressed again (a handled key always shows
            # one at once: a question, work under way, a banner, a view, the lock)
            if wait_until(lambda b=before: self._screen() != b, 0.5):  # type: ignore[misc]
                return
            self.window.activateWindow()

    def _screen(self) -> tuple[object, ...]:
        from PySide6.QtWidgets import QApplication

        window = self.window
        views = (window.report_view, window.attention_view, window.history_view)
        return (self.view.banner.kind, self.view.banner.text(), window.locked,
                QApplication.activeModalWidget(), window.runner.busy,
                tuple(v is not None and v.isVisible() for v in views))

    def answer(self, yes: bool) -> None:
        """The next Ja/Nee question is answered by keys: Space on "Ja", or Esc."""
        from PySide6.QtCore import Qt, QTimer
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication, QMessageBox

        def press() -> None:
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox):
                if yes:
                    QTest.keyClick(box.button(QMessageBox.StandardButton.Yes), Qt.Key.Key_Space)
                else:
                    QTest.keyClick(box, Qt.Key.Key_Escape)
                QTimer.singleShot(300, lambda: still_open(box))
            else:
                QTimer.singleShot(20, press)

        def still_open(box: QMessageBox) -> None:
            """A key that reached a box not yet taking keys (a loaded machine): press again."""
            if QApplication.activeModalWidget() is box:
                press()

        QTimer.singleShot(20, press)

    def tap(self, pass_key: str) -> None:
        """A demo pass on the reader; waits until its price is on screen (confirmed online)."""
        from balie.training import demo

        before = self.view.pass_panel.view
        self.view.banner.clear()
        self.running.signals.card_tapped.emit("Virtual PCD 00 00", demo.PASSES[pass_key].chip_number)
        self.wait(lambda: self.view.pass_panel.view is not None
                  and self.view.pass_panel.view is not before, f"pass {pass_key} on screen")
        self.idle()

    def banner_settled(self) -> str:
        """What the banner says once the action is done (the counter idle again)."""
        from PySide6.QtWidgets import QApplication

        self.wait(lambda: self.view.banner.kind.value != "none" and bool(self.view.banner.text())
                  and not self.window.runner.busy,
                  lambda: f"a banner (now {self.view.banner.kind.value} "
                  f"{self.view.banner.text()!r}, question "
                  f"{type(QApplication.activeModalWidget()).__name__}, "
                  f"busy {self.window.runner.busy})")
        self.idle()
        return self.view.banner.text()

    # ----------------------------------------------------------------- the day
    def sign_in(self, role: str = "Kassier") -> None:
        """The operator's stable digit on the lock screen, then the PIN and Enter."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        lock = self.window.lock_screen
        assert lock is not None, "a counter with operators starts locked"
        self.wait(lambda: len(lock.operator_buttons) >= 2, "the lock screen's operators")
        digit = next(i for i, b in enumerate(lock.operator_buttons, 1) if role in b.text())
        QTest.keyClick(lock, Qt.Key.Key_Escape)  # another name than the last one signed in
        QTest.keyClick(lock, getattr(Qt.Key, f"Key_{digit}"))
        QTest.keyClicks(lock.pin_field, PINS[role])
        QTest.keyClick(lock.pin_field, Qt.Key.Key_Return)
        self.wait(lambda: not self.window.locked, f"{role} signed in")
        self.wait(lambda: self.view.event_combo.count() > 0, "the day's events")
        self.idle()

    def switch_to(self, role: str) -> None:
        """Ctrl+L locks the counter; the next operator signs in."""
        from PySide6.QtCore import Qt

        self.key(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        self.wait(lambda: self.window.locked, "the lock screen")
        self.idle()  # signed out, the list of operators read again
        self.sign_in(role)

    def sell(self, *, asked: bool = False) -> str:
        """F2; ``asked``: a second sale on the same tap is asked first (answered Ja)."""
        from PySide6.QtCore import Qt

        if asked:
            self.answer(True)
        self.key(Qt.Key.Key_F2)
        return self.banner_settled()

    def undo(self) -> str:
        from PySide6.QtCore import Qt

        self.answer(True)
        self.key(Qt.Key.Key_F8)
        return self.banner_settled()

    def check_in(self) -> str:
        from PySide6.QtCore import Qt

        self.key(Qt.Key.Key_F3)
        return self.banner_settled()

    def reward(self) -> str:
        """F4: the rewards list opens with the first one chosen; Enter, then Ja."""
        from PySide6.QtCore import Qt, QTimer
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        from balie.ui.rewards_view import RewardsView

        def choose() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, RewardsView):
                self.answer(True)
                QTest.keyClick(dialog.table, Qt.Key.Key_Return)
            else:
                QTimer.singleShot(20, choose)

        QTimer.singleShot(20, choose)
        self.key(Qt.Key.Key_F4)
        return self.banner_settled()

    def go_offline(self) -> None:
        platform = self.running.composition.platform
        assert platform is not None
        platform.set_faults(refuse_connections=True)

    def back_online(self) -> None:
        platform = self.running.composition.platform
        assert platform is not None
        platform.clear_faults()

    def sync_now(self) -> str:
        from PySide6.QtCore import Qt

        self.key(Qt.Key.Key_F5)
        # "Synchroniseren…" first (info), then the round's result
        self.wait(lambda: self.view.banner.kind.value in ("ok", "warning", "refused"),
                  "the result of F5", timeout=30.0)
        return self.banner_settled()

    def register_with_eid(self) -> Any:
        """F9, then the eID in the reader: the form fills itself."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        from balie.cardreader.eid_demo import DEMO_IDENTITY

        self.key(Qt.Key.Key_F9)
        self.wait(lambda: QApplication.activeModalWidget() is not None, "the registration form")
        form = QApplication.activeModalWidget()
        self.running.signals.eid_read.emit(DEMO_IDENTITY)
        self.wait(lambda: form.last_name.text() == DEMO_IDENTITY.last_name,  # type: ignore[union-attr]
                  "the form filled from the eID")
        self.wait(lambda: not form.runner.busy, "the price for the region")  # type: ignore[union-attr]
        return form

    def attention(self) -> Any:
        from PySide6.QtCore import Qt

        self.key(Qt.Key.Key_F10)
        return self.window.attention_view

    def day_report(self) -> Any:
        from PySide6.QtCore import Qt

        self.key(Qt.Key.Key_F11)
        report = self.window.report_view
        if report is not None:
            self.wait(lambda: report.report is not None, "the day report")
        return report

    def export(self, report: Any, folder: Path) -> tuple[Path, Path]:
        """The report's CSV and PDF (the save dialogs are the desktop's: not part of the day)."""
        csv_path, pdf_path = folder / "dagrapport.csv", folder / "dagrapport.pdf"
        report.export_csv(csv_path)
        report.export_pdf(pdf_path)
        return csv_path, pdf_path


def render_day(out: Path, *, language: str = "nl") -> list[Path]:
    """The day's steps as PNGs, at 1366×768 with the counter's theme."""


    from balie.app import build_window, compose_training
    from balie.app.screenshots.common import scratch_dir
    from balie.operators import ScryptParams

    _app = themed_app(out, language)  # held for the whole scene
    written: list[Path] = []
    with scratch_dir("balie-day-") as tmp:
        composition = compose_training(tmp / "counter", operators=True,
                                       operator_scrypt=ScryptParams(n=16, r=1, p=1))
        running = build_window(composition, with_reader=False, virtual_cards="direct",
                               start_sync=False, backup_delay=3600.0)
        window = running.window
        window.resize(1366, 768 - 72)
        window.show()
        window.start()
        day = CashiersDay(running)

        def shot(name: str, widget: Any = None) -> None:
            day.idle()
            target = widget or window
            target.repaint()
            path = out / f"{name}-{language}.png"
            if not target.grab().save(str(path)):
                raise OSError(f"could not write {path}")
            written.append(path)

        try:
            shot("50-dag-aanmelden")
            day.sign_in()
            day.tap("kansen_active")
            day.sell()
            shot("51-dag-verkocht")
            day.sell(asked=True)
            shot("52-dag-tweede-ticket")
            day.undo()
            shot("53-dag-terug-te-geven")
            day.tap("regular")
            shot("54-dag-geen-kansenstatuut-waarom")
            day.check_in()
            day.reward()
            shot("55-dag-voordeel")
            day.go_offline()
            day.tap("kansen_active")
            day.sell()
            shot("56-dag-offline-verkocht")
            day.back_online()
            day.sync_now()
            shot("57-dag-f5-verstuurd")
            day.switch_to("Verantwoordelijke")
            attention = day.attention()
            if attention is not None:
                day.idle()
                shot("59-dag-te-behandelen", attention)
                attention.close()
            form = day.register_with_eid()
            shot("58-dag-nieuwe-pashouder-eid", form)
            form.reject()
            report = day.day_report()
            if report is not None:
                shot("60-dag-dagrapport", report)
                report.close()
        finally:
            day.back_online()
            running.stop()
    return written
