"""A cashier's day at a 1366×768 counter, step by step, by keyboard: the same steps drive the
whole-day test (tests/ui/test_cashier_day.py, which asserts what the cashier reads after each)
and the screenshot tool (which saves each step as a PNG: 50-… to 66-…).

Each method is one thing the cashier does; a card on the reader is the one thing that is not a key
(and what the UiTPAS office does meanwhile, :meth:`CashiersDay.office_changes_kansenstatuut`).
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
        self.titles: list[str] = []  # the save dialogs' titles, as the cashier saw them

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

        self.tap_chip(demo.PASSES[pass_key].chip_number, f"pass {pass_key}")

    def tap_chip(self, chip_number: str, what: str = "the tapped card") -> None:
        before = self.view.pass_panel.view
        self.view.banner.clear()
        self.running.signals.card_tapped.emit("Virtual PCD 00 00", chip_number)
        self.wait(lambda: self.view.pass_panel.view is not None
                  and self.view.pass_panel.view is not before, f"{what} on screen")
        self.idle()

    def in_window(self, widget: Any, key: Any, modifier: Any = None) -> None:
        """One key press in another window of the counter (Te behandelen, the day report, a
        form): that window active first, as for a cashier who looks at it."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        if not widget.isActiveWindow():
            widget.activateWindow()
        self.wait(widget.isActiveWindow, f"{type(widget).__name__} active")
        QTest.keyClick(widget, key, modifier or Qt.KeyboardModifier.NoModifier)

    def type_here(self, text: str) -> Any:
        """Typed into the field that has the keyboard focus now; that field."""
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        field = QApplication.focusWidget()
        assert field is not None, "a field with the keyboard focus"
        QTest.keyClicks(field, text)
        return field

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

    def office_changes_kansenstatuut(self, pass_key: str, status: str = "SUSPENDED") -> None:
        """Meanwhile, at the UiTPAS office, the holder's kansenstatuut is suspended: what this
        counter decided offline from its cache is refused when it arrives."""
        from balie.training import demo

        platform = self.running.composition.platform
        assert platform is not None
        platform.set_social_status(demo.PASSES[pass_key].uitpas_number, status)

    def link_back(self) -> None:
        """The counter's live look-ups answer again (its breaker probes every few seconds after
        an outage): a pass it never saw is then asked at UiTPAS, not decided from the cache."""
        platform = self.running.composition.counter.platform
        mode = getattr(platform, "mode", None)
        if mode is not None:
            self.wait(lambda: mode().value == "online", "the live link back after the outage",
                      timeout=30.0)

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

    def register(self, form: Any, blank_key: str = "blank_gent") -> Any:
        """A blank card from the stock on the reader (the form takes it), then F10: the holder
        is registered and the bon shows (closed with Esc); the bon."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        from balie.training import demo

        blank = demo.BLANK_CARDS[blank_key]
        self.running.signals.card_tapped.emit("Virtual PCD 00 00", blank.chip_number)
        self.wait(lambda: form.card_number.text() == blank.uitpas_number and not form.runner.busy
                  and bool(form.paid.text()), "the blank card and the price on the form")
        self.in_window(form, Qt.Key.Key_F10)
        self.wait(lambda: not form.isVisible(),
                  lambda: f"the registration saved (form says {form.banner.text()!r}, "
                  f"{form.errors.text()!r})")
        menu = self.window.passholder_menu
        bon = menu.receipt_dialog if menu is not None else None
        if bon is not None:
            self.wait(bon.isVisible, "the bon of the new pass")
            QTest.keyClick(bon, Qt.Key.Key_Escape)
            self.wait(lambda: not bon.isVisible(), "the bon closed")
        return bon

    def attention(self) -> Any:
        from PySide6.QtCore import Qt

        self.key(Qt.Key.Key_F10)
        view = self.window.attention_view
        if view is not None:
            self.idle()  # its items are read on the counter's worker
            self.wait(lambda: view.list.count() > 0 or view.empty.isVisible(),
                      "the items of Te behandelen")
        return view

    def cancel_refused(self, attention: Any, note: str) -> None:
        """In Te behandelen, the selected item: Alt+N, the note, Alt+A (not registered), Ja."""
        from PySide6.QtCore import Qt

        alt = Qt.KeyboardModifier.AltModifier
        self.in_window(attention, Qt.Key.Key_N, alt)
        self.wait(lambda: attention.note.hasFocus(), "the note field (Alt+N)")
        self.type_here(note)
        self.answer(True)
        self.in_window(attention, Qt.Key.Key_A, alt)
        self.wait(lambda: attention.list.count() == 0 and attention.empty.isVisible()
                  and not self.window.runner.busy, "the refused sale handled")

    def day_report(self) -> Any:
        from PySide6.QtCore import Qt

        self.key(Qt.Key.Key_F11)
        report = self.window.report_view
        if report is not None:
            self.wait(lambda: report.report is not None, "the day report")
        return report

    def export(self, report: Any, folder: Path) -> tuple[Path, Path]:
        """Alt+C and Alt+P in the day report: each asks where to save (Qt's own save dialog),
        the path is typed there and Enter saves it."""
        from PySide6.QtCore import Qt

        csv_path, pdf_path = folder / "dagrapport.csv", folder / "dagrapport.pdf"
        self.titles = [self.save_as(report, Qt.Key.Key_C, csv_path),
                       self.save_as(report, Qt.Key.Key_P, pdf_path)]
        return csv_path, pdf_path

    def save_as(self, report: Any, key: Any, path: Path) -> str:
        """``key`` with Alt in the report, the path typed in the save dialog, Enter; the
        dialog's title."""
        from PySide6.QtCore import Qt, QTimer
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication, QFileDialog

        asked: list[str] = []

        def type_path() -> None:
            dialog = QApplication.activeModalWidget()
            field = QApplication.focusWidget()  # the file name, once the dialog has the keys
            if not isinstance(dialog, QFileDialog) or field is None \
                    or field.window() is not dialog:
                QTimer.singleShot(20, type_path)
                return
            asked.append(dialog.windowTitle())
            QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            QTest.keyClicks(field, str(path))
            QTest.keyClick(field, Qt.Key.Key_Return)

        QTimer.singleShot(20, type_path)
        self.in_window(report, key, Qt.KeyboardModifier.AltModifier)
        self.wait(lambda: path.exists() and QApplication.activeModalWidget() is None,
                  lambda: f"{path.name} saved (asked {asked})")
        return asked[0]


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
            day.sync_now()
            day.go_offline()
            day.tap("kansen_active")
            day.sell()
            shot("56-dag-offline-verkocht")
            day.office_changes_kansenstatuut("kansen_active", "SUSPENDED")
            day.back_online()
            day.sync_now()
            shot("57-dag-f5-verstuurd")
            day.switch_to("Verantwoordelijke")
            attention = day.attention()
            if attention is not None:
                shot("59-dag-te-behandelen", attention)
                day.cancel_refused(attention, "Verschil betaald aan de kassa")
                attention.close()
            form = day.register_with_eid()
            shot("58-dag-nieuwe-pashouder-eid", form)
            day.register(form)
            report = day.day_report()
            if report is not None:
                shot("60-dag-dagrapport", report)
                report.close()
        finally:
            day.back_online()
            running.stop()
    return written
